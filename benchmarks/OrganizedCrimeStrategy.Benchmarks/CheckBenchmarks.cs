using BenchmarkDotNet.Attributes;
using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Benchmarks;

/// <summary>Checking a strategy against the toolkit ruleset, at growing sizes: the time should grow linearly.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private Strategy _strategy = null!;

    [Params(100, 1_000, 10_000)]
    public int Actions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var stakeholders = Enumerable.Range(0, Actions).Select(i => new Stakeholder { Id = $"s{i}", Name = $"Body {i}", Kind = (StakeholderKind)(i % 20) }).ToArray();
        var directions = Enumerable.Range(0, Math.Max(1, Actions / 10)).Select(d => new Direction
        {
            Id = $"d{d}",
            Title = "Direction",
            Pillar = (Pillar)(d % 4),
            Objectives =
            [
                new Objective
                {
                    Id = $"o{d}",
                    Title = "Objective",
                    Indicators = [new QualitativeIndicator { Id = $"o{d}.i", Name = "Level", Level = IndicatorLevel.Outcome, Scale = ["none", "done"] }],
                    Actions = Enumerable.Range(0, 10).Select(a => new StrategyAction
                    {
                        Id = $"a{d}.{a}",
                        Title = "Action",
                        Lead = $"s{((d * 10) + a) % Actions}",
                        Partners = [$"s{((d * 10) + a + 1) % Actions}"],
                        CrimeTypes = [CrimeType.DrugTrafficking],
                        Indicators = [new QuantitativeIndicator { Id = $"a{d}.{a}.i", Name = "Count", Level = IndicatorLevel.Output, Unit = "cases" }],
                    }).ToArray(),
                },
            ],
        }).ToArray();
        _strategy = new Strategy { Id = "bench", Country = "UZB", Title = "Benchmark", Stage = StrategyStage.Adopted, Stakeholders = stakeholders, Directions = directions };
    }

    /// <summary>Checks a fresh copy, so that building the index is measured too.</summary>
    [Benchmark]
    public CheckResult Check() => RuleSet.Toolkit.Check(_strategy with { });
}
