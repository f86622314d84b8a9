using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Tests.Generators;

namespace OrganizedCrimeStrategy.Tests.Interchange;

/// <summary>Model → StratML → model: with embedded model data, the strategy comes back equal, with nothing to report.</summary>
public class StratMLRoundTripProperties
{
    internal static StratMLImport ImportOrFail(StratMLDocument document) =>
        StratML.Import(document.Utf8).Match(i => i, failures => throw new Xunit.Sdk.XunitException($"Import failed:\n{failures}\n--- document ---\n{document}"));

    [Property(Arbitrary = [typeof(StrategyGenerators)], MaxTest = 150)]
    public void Every_flavor_gives_back_an_equal_strategy(Strategy strategy)
    {
        foreach (var flavor in Enum.GetValues<StratMLFlavor>())
        {
            var document = StratML.Export(strategy, flavor);
            var imported = ImportOrFail(document);
            Assert.Empty(document.Warnings);
            Assert.True(imported.Notes.IsEmpty, $"{flavor}: {string.Join("\n", imported.Notes)}");
            Assert.Equal(flavor, imported.Flavor);
            if (imported.Strategy != strategy)
            {
                Assert.Fail($"{flavor}: the imported strategy differs.\n--- expected ---\n{StrategyJson.Write(strategy)}\n--- imported ---\n{StrategyJson.Write(imported.Strategy)}\n--- document ---\n{document}");
            }
        }
    }

    [Property(Arbitrary = [typeof(StrategyGenerators)], MaxTest = 100)]
    public void Any_export_language_and_layout_gives_back_an_equal_strategy(Strategy strategy)
    {
        foreach (var language in (string[])["ru", "uz-Cyrl", "de"])
        {
            var document = StratML.Export(strategy, StratMLFlavor.Part2PerformanceReport, new StratMLExportOptions { Language = language, Indented = false });
            Assert.Equal(strategy, ImportOrFail(document).Strategy);
        }
    }

    /// <summary>
    /// Without model data a document holds what StratML can: the ids, titles (in one language), pillars, objectives,
    /// actions with their stakeholders, and, in a Part 2 report, the indicators with baselines, targets and measurements.
    /// </summary>
    [Property(Arbitrary = [typeof(StrategyGenerators)], MaxTest = 100)]
    public void Without_model_data_the_structure_titles_and_indicator_values_survive(Strategy strategy)
    {
        var options = new StratMLExportOptions { EmbedModelData = false };
        var imported = ImportOrFail(StratML.Export(strategy, StratMLFlavor.Part2PerformanceReport, options)).Strategy;
        Assert.Equal(strategy.Id, imported.Id);
        Assert.Equal(strategy.Country, imported.Country);
        Assert.Equal(strategy.Stage, imported.Stage);
        Assert.Equal(strategy.Period, imported.Period);
        Assert.Equal(Titles(strategy), Titles(imported));
        Assert.Equal(strategy.Directions.Select(d => (d.Id, d.Pillar)), imported.Directions.Select(d => (d.Id, d.Pillar)));
        Assert.Equal(strategy.Actions.Select(a => a.Action.Id), imported.Actions.Select(a => a.Action.Id));
        Assert.Equal(strategy.Indicators.Select(Values), imported.Indicators.Select(Values));

        static IEnumerable<string> Titles(Strategy s) =>
            [s.Title.Get("en"), .. s.Directions.Select(d => d.Title.Get("en")), .. s.Directions.SelectMany(d => d.Objectives).Select(o => o.Title.Get("en")), .. s.Actions.Select(a => a.Action.Title.Get("en"))];

        static string Values(IndicatorEntry entry) => entry.Indicator switch
        {
            QuantitativeIndicator q => $"{q.Id} {q.Baseline?.Value} {q.Baseline?.Date} {q.Target?.Value} {q.Target?.Date} {string.Join(",", q.Measurements.Select(m => $"{m.Date}={m.Value}"))}",
            QualitativeIndicator q => $"{q.Id} {q.Baseline?.Level} {q.Target?.Level} {string.Join(",", q.Measurements.Select(m => $"{m.Date}={m.Level}"))}",
            _ => string.Empty,
        };
    }

    [Fact]
    public void The_uzbek_sample_comes_back_equal_from_every_flavor()
    {
        var strategy = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;
        foreach (var flavor in Enum.GetValues<StratMLFlavor>())
        {
            var imported = ImportOrFail(StratML.Export(strategy, flavor));
            Assert.Empty(imported.Notes);
            Assert.Equal(strategy, imported.Strategy);
        }
    }
}
