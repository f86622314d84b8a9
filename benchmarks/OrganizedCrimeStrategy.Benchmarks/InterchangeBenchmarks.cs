using BenchmarkDotNet.Attributes;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Benchmarks;

/// <summary>StratML export (a Part 2 performance report) and import of the same document, at growing sizes.</summary>
[MemoryDiagnoser]
public class InterchangeBenchmarks
{
    private static readonly StratMLImportOptions Large = new() { MaxBytes = int.MaxValue, MaxElements = int.MaxValue };
    private Strategy _strategy = null!;
    private ReadOnlyMemory<byte> _xml;

    [ParamsSource(nameof(Sizes))]
    public int Actions { get; set; }

    public static IEnumerable<int> Sizes => Fixtures.SchemaSizes;

    [GlobalSetup]
    public void Setup()
    {
        _strategy = Fixtures.Of(Actions).Strategy;
        _xml = StratML.Export(_strategy, StratMLFlavor.Part2PerformanceReport).Utf8;
    }

    [Benchmark]
    public int Export() => StratML.Export(_strategy, StratMLFlavor.Part2PerformanceReport).Utf8.Length;

    [Benchmark]
    public Strategy Import() => StratML.Import(_xml, Large).AsT0.Strategy;
}
