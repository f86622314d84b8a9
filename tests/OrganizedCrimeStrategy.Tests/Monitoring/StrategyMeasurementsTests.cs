using OrganizedCrimeStrategy.Monitoring;

namespace OrganizedCrimeStrategy.Tests.Monitoring;

public class StrategyMeasurementsTests
{
    private static readonly Strategy Sample = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;

    private static T IndicatorOf<T>(Strategy strategy, string id)
        where T : Indicator => (T)strategy.Indicators.Single(e => e.Indicator.Id == id).Indicator;

    [Fact]
    public void Recording_returns_a_new_strategy_and_leaves_the_old_one_as_it_was()
    {
        var before = StrategyJson.Write(Sample);

        var after = StrategyMeasurements.Record(Sample, "ind-joint-teams", new QuantitativeMeasurement(new DateOnly(2025, 12, 31), 14)).AsT0;

        Assert.Equal(before, StrategyJson.Write(Sample));
        Assert.Equal([5.0, 14], IndicatorOf<QuantitativeIndicator>(after, "ind-joint-teams").Measurements.Select(m => m.Value));
        Assert.Equal(ProgressStatus.Achieved, Scorecard.Of(after, new DateOnly(2026, 1, 1)).Find("ind-joint-teams")!.Status);
        Assert.Equal(Sample with { Directions = after.Directions }, after);
        Assert.Empty(after.FindIntegrityProblems());
    }

    [Fact]
    public void Measurements_stay_in_date_order_wherever_the_new_one_falls()
    {
        var strategy = Sample;
        foreach (var (date, value) in new[] { (new DateOnly(2025, 6, 30), 100.0), (new DateOnly(2027, 6, 30), 2000), (new DateOnly(2025, 1, 15), 10) })
        {
            strategy = StrategyMeasurements.Record(strategy, "ind-schools-module", new QuantitativeMeasurement(date, value)).AsT0;
        }

        var dates = IndicatorOf<QuantitativeIndicator>(strategy, "ind-schools-module").Measurements.Select(m => m.Date).ToArray();
        Assert.Equal(["2025-01-15", "2025-06-30", "2025-12-31", "2026-06-30", "2027-06-30"], dates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_second_measurement_on_the_same_date_replaces_the_first()
    {
        var corrected = StrategyMeasurements.Record(Sample, "ind-schools-module", new QuantitativeMeasurement(new DateOnly(2025, 12, 31), 480, "Corrected count")).AsT0;

        var measurements = IndicatorOf<QuantitativeIndicator>(corrected, "ind-schools-module").Measurements;
        Assert.Equal(2, measurements.Count);
        Assert.Equal(480, measurements[0].Value);
        Assert.Equal("Corrected count", measurements[0].Note!.Get());
    }

    [Fact]
    public void Qualitative_levels_are_recorded_on_action_and_objective_indicators()
    {
        var date = new DateOnly(2026, 3, 1);
        var strategy = StrategyMeasurements.Record(Sample, "ind-procurement-screening", new QualitativeMeasurement(date, "adopted")).AsT0;
        strategy = StrategyMeasurements.Record(strategy, "ind-mechanism", new QualitativeMeasurement(date, "established")).AsT0;

        Assert.Equal(["drafted", "adopted"], IndicatorOf<QualitativeIndicator>(strategy, "ind-procurement-screening").Measurements.Select(m => m.Level));
        Assert.Equal("established", Assert.Single(IndicatorOf<QualitativeIndicator>(strategy, "ind-mechanism").Measurements).Level);
        Assert.Equal(200.0 / 3, Scorecard.Of(strategy, date).Find("ind-procurement-screening")!.Percent!.Value, 9);
    }

    [Fact]
    public void A_level_not_on_the_scale_fails()
    {
        var failure = StrategyMeasurements.Record(Sample, "ind-sit-rules", new QualitativeMeasurement(new DateOnly(2026, 1, 1), "enacted")).AsT1;

        Assert.Equal(DiagnosticCode.LevelNotOnScale, failure.Code);
        Assert.Contains("'ind-sit-rules'", failure.Message, StringComparison.Ordinal);
        Assert.Equal("/directions/1/objectives/0/actions/1/indicators/0/measurements", failure.Place);
        Assert.Contains("'enacted'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("none, drafted, adopted, implemented", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_before_the_baseline_fails_and_the_baseline_date_itself_is_accepted()
    {
        var failure = StrategyMeasurements.Record(Sample, "ind-bribery", new QuantitativeMeasurement(new DateOnly(2024, 12, 30), 11)).AsT1;

        Assert.Equal(DiagnosticCode.BeforeBaseline, failure.Code);
        Assert.Equal("The measurement of indicator 'ind-bribery' is dated 2024-12-30, before its baseline of 2024-12-31.", failure.Message);
        Assert.True(StrategyMeasurements.Record(Sample, "ind-bribery", new QuantitativeMeasurement(new DateOnly(2024, 12, 31), 11)).IsT0);
        Assert.Equal(
            DiagnosticCode.BeforeBaseline,
            StrategyMeasurements.Record(Sample, "ind-witness-programme", new QualitativeMeasurement(new DateOnly(2020, 1, 1), "drafted")).AsT1.Code);
    }

    [Theory]
    [InlineData("no-such-indicator", "No indicator has the id 'no-such-indicator'.")]
    [InlineData("act-nrm", "'act-nrm' is an action, not an indicator.")]
    [InlineData("moi", "'moi' is a stakeholder, not an indicator.")]
    public void An_unknown_indicator_id_fails(string id, string message)
    {
        var failure = StrategyMeasurements.Record(Sample, id, new QuantitativeMeasurement(new DateOnly(2026, 1, 1), 1)).AsT1;

        Assert.Equal(new Diagnostic(DiagnosticCode.UnknownIndicator, message, ""), failure);
        Assert.Equal($"/ unknownIndicator: {message}", failure.ToString());
    }

    [Fact]
    public void A_measurement_of_the_wrong_kind_fails()
    {
        var date = new DateOnly(2026, 1, 1);
        Assert.Equal(DiagnosticCode.WrongKind, StrategyMeasurements.Record(Sample, "ind-sit-rules", new QuantitativeMeasurement(date, 1)).AsT1.Code);
        Assert.Equal(DiagnosticCode.WrongKind, StrategyMeasurements.Record(Sample, "ind-bribery", new QualitativeMeasurement(date, "none")).AsT1.Code);
        Assert.Equal(
            "/directions/0/objectives/1/indicators/0/measurements wrongKind: Indicator 'ind-bribery' is quantitative: record a value, not a level.",
            StrategyMeasurements.Record(Sample, "ind-bribery", new QualitativeMeasurement(date, "none")).AsT1.ToString());
    }

    [Fact]
    public void A_recorded_strategy_round_trips_through_json()
    {
        var recorded = StrategyMeasurements.Record(Sample, "ind-youth-awareness", new QuantitativeMeasurement(new DateOnly(2026, 12, 31), 48)).AsT0;

        Assert.Equal(recorded, StrategyJson.Read(StrategyJson.Write(recorded)).AsT0);
    }
}
