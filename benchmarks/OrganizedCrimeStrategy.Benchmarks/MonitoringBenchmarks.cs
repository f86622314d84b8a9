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

    [Params(100, 1_000, 10_000)]
    public int Actions { get; set; }

    [GlobalSetup]
    public void Setup() => _strategy = StrategyFactory.Create(Actions);

    /// <summary>The scorecard of a fresh copy, so that building the index is measured too.</summary>
    [Benchmark]
    public Scorecard Scorecard() => Monitoring.Scorecard.Of(_strategy with { }, AsOf);

    /// <summary>The whole HTML report, checks included.</summary>
    [Benchmark]
    public int Report() => HtmlReport.Render(_strategy with { }, new HtmlReportOptions { AsOf = AsOf }).Length;
}
