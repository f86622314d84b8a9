using BenchmarkDotNet.Attributes;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Monitoring;
using OrganizedCrimeStrategy.Reports;

namespace OrganizedCrimeStrategy.Benchmarks;

/// <summary>The scorecard and the HTML report at growing sizes: both should grow linearly.</summary>
[MemoryDiagnoser]
public class MonitoringBenchmarks
{
    private static readonly DateOnly AsOf = new(2027, 6, 30);

    private Strategy _strategy = null!;

    [ParamsSource(nameof(Sizes))]
    public int Actions { get; set; }

    public static IEnumerable<int> Sizes => Fixtures.SchemaSizes;

    [GlobalSetup]
    public void Setup() => _strategy = Fixtures.Of(Actions).Strategy;

    /// <summary>The scorecard of a fresh copy, so that building the index is measured too.</summary>
    [Benchmark]
    public Scorecard Scorecard() => Monitoring.Scorecard.Of(_strategy with { }, AsOf);

    /// <summary>The whole HTML report, checks included.</summary>
    [Benchmark]
    public int Report() => HtmlReport.Render(_strategy with { }, new HtmlReportOptions { AsOf = AsOf }).Length;
}
