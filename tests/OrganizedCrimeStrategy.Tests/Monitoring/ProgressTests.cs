using OrganizedCrimeStrategy.Monitoring;

namespace OrganizedCrimeStrategy.Tests.Monitoring;

/// <summary>Progress arithmetic against cases worked by hand. Dates: a ten-day span, so day 5 expects 50 %.</summary>
public class ProgressTests
{
    private static readonly DateOnly Day0 = new(2024, 1, 1);
    private static readonly DateOnly Day5 = Day0.AddDays(5);
    private static readonly DateOnly Day10 = Day0.AddDays(10);

    internal static QuantitativeIndicator Quantitative(double baseline, double target, DesiredDirection? direction, params double[] values) => new()
    {
        Id = "q",
        Name = "quantitative",
        Level = IndicatorLevel.Outcome,
        Unit = "cases",
        Direction = direction,
        Baseline = new QuantitativeValue(baseline, Day0),
        Target = new QuantitativeValue(target, Day10),
        Measurements = values.Select((v, i) => new QuantitativeMeasurement(Day0.AddDays(1 + i), v)).ToArray(),
    };

    internal static QualitativeIndicator Qualitative(string baseline, string target, params string[] levels) => new()
    {
        Id = "l",
        Name = "qualitative",
        Level = IndicatorLevel.Output,
        Scale = ["none", "drafted", "adopted", "implemented"],
        Baseline = new QualitativeValue(baseline, Day0),
        Target = new QualitativeValue(target, Day10),
        Measurements = levels.Select((l, i) => new QualitativeMeasurement(Day0.AddDays(1 + i), l)).ToArray(),
    };

    [Theory]
    [InlineData(150, 50, ProgressStatus.OnTrack)]
    [InlineData(141, 41, ProgressStatus.OnTrack)]
    [InlineData(140, 40, ProgressStatus.OnTrack)]
    [InlineData(130, 30, ProgressStatus.AtRisk)]
    [InlineData(125, 25, ProgressStatus.AtRisk)]
    [InlineData(120, 20, ProgressStatus.OffTrack)]
    [InlineData(200, 100, ProgressStatus.Achieved)]
    [InlineData(250, 150, ProgressStatus.Achieved)]
    [InlineData(80, -20, ProgressStatus.OffTrack)]
    [InlineData(100, 0, ProgressStatus.OffTrack)]
    public void Increase_from_100_to_200_at_half_time(double measured, double percent, ProgressStatus status)
    {
        var progress = IndicatorProgress.Of(Quantitative(100, 200, DesiredDirection.Increase, measured), Day5);

        Assert.Equal(percent, progress.Percent!.Value, 9);
        Assert.Equal(Math.Clamp(percent, 0, 100), progress.ClampedPercent!.Value, 9);
        Assert.Equal(50, progress.Expected);
        Assert.Equal(status, progress.Status);
        Assert.Null(progress.Reason);
    }

    [Theory]
    [InlineData(9, 50, ProgressStatus.OnTrack)]
    [InlineData(6, 100, ProgressStatus.Achieved)]
    [InlineData(3, 150, ProgressStatus.Achieved)]
    [InlineData(10.5, 25, ProgressStatus.AtRisk)]
    [InlineData(12, 0, ProgressStatus.OffTrack)]
    [InlineData(15, -50, ProgressStatus.OffTrack)]
    public void Decrease_from_12_to_6_at_half_time_is_the_mirror(double measured, double percent, ProgressStatus status)
    {
        var progress = IndicatorProgress.Of(Quantitative(12, 6, DesiredDirection.Decrease, measured), Day5);

        Assert.Equal(percent, progress.Percent!.Value, 9);
        Assert.Equal(status, progress.Status);
    }

    [Theory]
    [InlineData(50, 100, ProgressStatus.Achieved)]
    [InlineData(52.5, 100, ProgressStatus.Achieved)]
    [InlineData(47.5, 100, ProgressStatus.Achieved)]
    [InlineData(52.6, 0, ProgressStatus.OffTrack)]
    [InlineData(40, 0, ProgressStatus.OffTrack)]
    public void Maintain_is_100_within_5_percent_of_the_baseline_and_0_outside(double measured, double percent, ProgressStatus status)
    {
        var progress = IndicatorProgress.Of(Quantitative(50, 50, DesiredDirection.Maintain, measured), Day5);

        Assert.Equal(percent, progress.Percent);
        Assert.Equal(100, progress.Expected);
        Assert.Equal(status, progress.Status);
    }

    [Fact]
    public void The_maintain_tolerance_is_the_callers()
    {
        var indicator = Quantitative(50, 50, DesiredDirection.Maintain, 55);

        Assert.Equal(0, IndicatorProgress.Of(indicator, Day5).Percent);
        Assert.Equal(100, IndicatorProgress.Of(indicator, Day5, ProgressThresholds.Default with { MaintainTolerance = 0.1 }).Percent);
        Assert.Equal(0, ProgressFormulas.PercentAchieved(Quantitative(0, 0, DesiredDirection.Maintain), 0.001));
        Assert.Equal(100, ProgressFormulas.PercentAchieved(Quantitative(0, 0, DesiredDirection.Maintain), 0));
    }

    [Theory]
    [InlineData("none", "implemented", "drafted", 100.0 / 3)]
    [InlineData("none", "implemented", "adopted", 200.0 / 3)]
    [InlineData("none", "implemented", "implemented", 100)]
    [InlineData("none", "implemented", "none", 0)]
    [InlineData("drafted", "implemented", "adopted", 50)]
    [InlineData("drafted", "implemented", "none", -50)]
    [InlineData("none", "adopted", "implemented", 150)]
    [InlineData("adopted", "adopted", "implemented", 100)]
    [InlineData("adopted", "adopted", "adopted", 100)]
    [InlineData("adopted", "adopted", "drafted", 0)]
    public void Qualitative_by_rank_on_the_scale(string baseline, string target, string measured, double percent) =>
        Assert.Equal(percent, IndicatorProgress.Of(Qualitative(baseline, target, measured), Day5).Percent!.Value, 9);

    [Fact]
    public void The_samples_trafficking_indicator_worked_by_hand()
    {
        // Baseline 1.2 victims per 100,000 at 2024-12-31, target 2.5 at 2029-12-31, measured 1.4 at 2025-12-31.
        var sample = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;
        var progress = Scorecard.Of(sample, new DateOnly(2026, 1, 1)).Find("ind-tip-victims")!;

        Assert.Equal(0.2 / 1.3 * 100, progress.Percent!.Value, 9);             // 15.38 %
        Assert.Equal(366.0 / 1826 * 100, progress.Expected!.Value, 9);         // 366 of 1826 days: 20.04 %
        Assert.Equal(ProgressStatus.OnTrack, progress.Status);                 // 15.4 ≥ 20.0 − 10
        Assert.Equal(new DateOnly(2025, 12, 31), progress.Latest!.Date);
        Assert.Equal([0, progress.Percent], progress.Trend.Select(p => p.Percent).ToArray());
    }

    [Fact]
    public void Expected_progress_is_linear_in_time_and_clamped()
    {
        Assert.Equal(0, ProgressFormulas.ExpectedProgress(Day0, Day10, Day0.AddDays(-3)));
        Assert.Equal(0, ProgressFormulas.ExpectedProgress(Day0, Day10, Day0));
        Assert.Equal(30, ProgressFormulas.ExpectedProgress(Day0, Day10, Day0.AddDays(3)), 9);
        Assert.Equal(100, ProgressFormulas.ExpectedProgress(Day0, Day10, Day10));
        Assert.Equal(100, ProgressFormulas.ExpectedProgress(Day0, Day10, Day10.AddYears(1)));
        Assert.Equal(0, ProgressFormulas.ExpectedProgress(Day10, Day0, Day0.AddDays(-1)));
        Assert.Equal(100, ProgressFormulas.ExpectedProgress(Day10, Day0, Day5));
    }

    [Fact]
    public void The_latest_measurement_is_the_last_on_or_before_the_as_of_date()
    {
        // Measurements on day 1, 2, 3 (110, 150, 190).
        var indicator = Quantitative(100, 200, DesiredDirection.Increase, 110, 150, 190);

        Assert.Equal(NoDataReason.NoMeasurement, IndicatorProgress.Of(indicator, Day0).Reason);
        Assert.Equal(10, IndicatorProgress.Of(indicator, Day0.AddDays(1)).Percent!.Value, 9);
        Assert.Equal(50, IndicatorProgress.Of(indicator, Day0.AddDays(2)).Percent!.Value, 9);
        Assert.Equal(90, IndicatorProgress.Of(indicator, Day10).Percent!.Value, 9);
        Assert.Equal(4, IndicatorProgress.Of(indicator, Day10).Trend.Count);
        Assert.Equal(2, IndicatorProgress.Of(indicator, Day0.AddDays(1)).Trend.Count);
    }

    [Fact]
    public void Of_two_measurements_on_one_date_the_last_counts_and_the_trend_has_one_point_per_date()
    {
        var indicator = Quantitative(100, 200, DesiredDirection.Increase) with
        {
            Measurements = [new(Day5, 190), new(Day0.AddDays(2), 120), new(Day5, 160), new(Day0, 105)],
        };

        var progress = IndicatorProgress.Of(indicator, Day10);

        Assert.Equal(60, progress.Percent!.Value, 9);
        Assert.Equal([Day0, Day0.AddDays(2), Day5], progress.Trend.Select(p => p.Date).ToArray());
        Assert.Equal([105.0, 120, 160], progress.Trend.Select(p => p.Value).ToArray());
    }

    [Fact]
    public void No_data_says_why()
    {
        var complete = Quantitative(100, 200, DesiredDirection.Increase, 150);

        Assert.Equal(NoDataReason.NoBaseline, IndicatorProgress.Of(complete with { Baseline = null }, Day5).Reason);
        Assert.Equal(NoDataReason.NoTarget, IndicatorProgress.Of(complete with { Target = null }, Day5).Reason);
        Assert.Equal(NoDataReason.NoMeasurement, IndicatorProgress.Of(complete with { Measurements = [] }, Day5).Reason);
        Assert.Equal(NoDataReason.TargetAgainstDirection, IndicatorProgress.Of(complete with { Direction = DesiredDirection.Decrease }, Day5).Reason);
        Assert.Equal(NoDataReason.TargetAgainstDirection, IndicatorProgress.Of(Qualitative("adopted", "drafted", "adopted"), Day5).Reason);
        Assert.Equal(NoDataReason.TargetEqualsBaseline, IndicatorProgress.Of(Quantitative(5, 5, DesiredDirection.Increase, 6), Day5).Reason);
        foreach (var progress in new[] { IndicatorProgress.Of(complete with { Baseline = null }, Day5), IndicatorProgress.Of(complete with { Measurements = [] }, Day5) })
        {
            Assert.Equal(ProgressStatus.NoData, progress.Status);
            Assert.Null(progress.Percent);
            Assert.Null(progress.ClampedPercent);
        }

        Assert.Null(IndicatorProgress.Of(complete with { Target = null }, Day5).Expected);
        Assert.Equal(50, IndicatorProgress.Of(complete with { Measurements = [] }, Day5).Expected);
    }

    [Theory]
    [InlineData(100, 200, 150, 50)]
    [InlineData(200, 100, 150, 50)]
    [InlineData(200, 100, 250, -50)]
    [InlineData(7, 7, 7, 100)]
    public void Without_a_direction_the_target_gives_it(double baseline, double target, double measured, double percent) =>
        Assert.Equal(percent, IndicatorProgress.Of(Quantitative(baseline, target, null, measured), Day5).Percent);

    [Fact]
    public void The_thresholds_are_the_callers()
    {
        var at30 = Quantitative(100, 200, DesiredDirection.Increase, 130);

        Assert.Equal(ProgressStatus.AtRisk, IndicatorProgress.Of(at30, Day5).Status);
        Assert.Equal(ProgressStatus.OnTrack, IndicatorProgress.Of(at30, Day5, ProgressThresholds.Default with { OnTrackTolerance = 20 }).Status);
        Assert.Equal(ProgressStatus.OffTrack, IndicatorProgress.Of(at30, Day5, ProgressThresholds.Default with { AtRiskTolerance = 15 }).Status);
        Assert.Equal(ProgressStatus.Achieved, IndicatorProgress.Of(at30, Day5, ProgressThresholds.Default with { AchievedPercent = 30 }).Status);
        Assert.Throws<ArgumentException>(() => ProgressThresholds.Default with { OnTrackTolerance = -1 });
        Assert.Throws<ArgumentException>(() => ProgressThresholds.Default with { AtRiskTolerance = double.NaN });
        Assert.Throws<ArgumentException>(() => ProgressThresholds.Default with { AchievedPercent = 0 });
    }

    [Fact]
    public void Extreme_values_give_no_NaN()
    {
        var indicator = Quantitative(-double.MaxValue, double.MaxValue, DesiredDirection.Increase, 0, double.MaxValue);

        Assert.Equal(50, ProgressFormulas.PercentAchieved(indicator, 0)!.Value, 9);
        Assert.Equal(100, ProgressFormulas.PercentAchieved(indicator, double.MaxValue)!.Value, 9);
        Assert.False(double.IsNaN(ProgressFormulas.PercentAchieved(Quantitative(0, double.Epsilon, DesiredDirection.Increase), double.MaxValue)!.Value));
    }
}
