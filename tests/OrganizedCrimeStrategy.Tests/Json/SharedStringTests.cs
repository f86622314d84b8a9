using System.Text;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Json;

/// <summary>Values a document repeats are read into one string each, and pooling changes no value.</summary>
public class SharedStringTests
{
    private static readonly Strategy Sample = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;

    [Fact]
    public void Every_reference_to_a_stakeholder_is_the_declared_id_itself()
    {
        var declared = Sample.Stakeholders.ToDictionary(s => s.Id, s => s.Id, StringComparer.Ordinal);

        Assert.NotEmpty(Sample.Index.References);
        Assert.All(Sample.Index.References, r => Assert.Same(declared[r.StakeholderId], r.StakeholderId));
    }

    [Fact]
    public void Language_tags_units_and_levels_are_one_string_each()
    {
        var texts = Sample.Stakeholders.Select(s => s.Name)
            .Concat(Sample.Directions.Select(d => d.Title))
            .Concat(Sample.Indicators.Select(i => i.Indicator.Name));
        var tags = texts.SelectMany(t => t.Entries).Select(e => e.Language).Where(l => l.Length > 0).ToList();
        Assert.True(tags.Count > 10);
        Assert.All(tags.GroupBy(t => t, StringComparer.Ordinal), g => Assert.All(g, t => Assert.Same(g.First(), t)));

        var units = Sample.Indicators.Select(i => i.Indicator).OfType<QuantitativeIndicator>().Select(i => i.Unit).OfType<string>().ToList();
        Assert.Contains(units.GroupBy(u => u, StringComparer.Ordinal), g => g.Count() > 1);
        Assert.All(units.GroupBy(u => u, StringComparer.Ordinal), g => Assert.All(g, u => Assert.Same(g.First(), u)));

        foreach (var indicator in Sample.Indicators.Select(i => i.Indicator).OfType<QualitativeIndicator>())
        {
            foreach (var level in indicator.Measurements.Select(m => m.Level).Append(indicator.Target?.Level).OfType<string>())
            {
                Assert.Same(indicator.Scale.First(s => s == level), level);
            }
        }
    }

    [Fact]
    public void Escaped_long_and_more_than_the_pool_holds_values_read_as_written()
    {
        // 20,000 distinct units (beyond StringPool.MaxCount), one escaped, one longer than StringPool.MaxChars.
        var longUnit = new string('u', StringPool.MaxChars + 1);
        var strategy = Sample with
        {
            Directions = [.. Sample.Directions.Select((d, i) => i > 0 ? d : d with
            {
                Objectives = [.. d.Objectives.Select((o, j) => j > 0 ? o : o with
                {
                    Indicators = [.. Enumerable.Range(0, 20_000).Select(k => new QuantitativeIndicator
                    {
                        Id = $"unit-{k}",
                        Name = "Units",
                        Level = IndicatorLevel.Output,
                        Unit = k switch { 0 => longUnit, 1 => "caf\u00e9\t\"quoted\"", _ => $"unit {k}" },
                    })],
                })],
            })],
        };
        var json = StrategyJson.Write(strategy);
        Assert.Contains("\\t", json, StringComparison.Ordinal);

        var read = StrategyJson.Read(Encoding.UTF8.GetBytes(json)).AsT0;

        Assert.Equal(strategy, read);
        var units = read.Directions[0].Objectives[0].Indicators.Cast<QuantitativeIndicator>().Select(i => i.Unit).ToList();
        Assert.Equal(longUnit, units[0]);
        Assert.Equal("caf\u00e9\t\"quoted\"", units[1]);
        Assert.Equal("unit 19999", units[^1]);
    }
}
