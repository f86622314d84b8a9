using BenchmarkDotNet.Attributes;
using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Benchmarks;

/// <summary>Checking against the toolkit ruleset, with reading as the baseline (target: check at most a fifth of read).</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private Strategy _strategy = null!;
    private byte[] _bytes = [];

    [ParamsSource(nameof(Sizes))]
    public int Actions { get; set; }

    public static IEnumerable<int> Sizes => Fixtures.Sizes;

    [GlobalSetup]
    public void Setup() => (_strategy, _bytes) = Fixtures.Of(Actions);

    [Benchmark(Baseline = true)]
    public Strategy Read() => StrategyJson.Read(_bytes, Fixtures.ReadOptions).AsT0;

    /// <summary>Checks a fresh copy, so that building the index is measured too.</summary>
    [Benchmark]
    public CheckResult Check() => RuleSet.Toolkit.Check(_strategy with { });
}
