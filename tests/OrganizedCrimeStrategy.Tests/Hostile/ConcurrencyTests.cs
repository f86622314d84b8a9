using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Checks.Output;

namespace OrganizedCrimeStrategy.Tests.Hostile;

public class ConcurrencyTests
{
    [Fact]
    public async Task One_ruleset_and_one_strategy_checked_from_16_threads_10000_times_give_identical_results()
    {
        var token = TestContext.Current.CancellationToken;
        var strategy = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;
        var ruleSet = RuleSet.Create(RuleSettings.Default.WithSeverity("OCS302", Severity.Error));
        var expected = ruleSet.Check(strategy);
        var expectedJson = JsonReport.Render(expected);
        var mismatches = 0;
        using var start = new ManualResetEventSlim();
        var threads = Enumerable.Range(0, 16).Select(t => Task.Factory.StartNew(
            () =>
            {
                start.Wait(token);
                for (var i = 0; i < 625; i++)
                {
                    // Alternate the languages so that the message formatters are shared too.
                    var result = ruleSet.Check(strategy, new CheckOptions { Language = i % 2 == 0 ? "en" : "ru" });
                    if (i % 2 == 0 ? !result.Equals(expected) || JsonReport.Render(result) != expectedJson : result.Score != expected.Score)
                    {
                        Interlocked.Increment(ref mismatches);
                    }
                }
            },
            token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        start.Set();
        await Task.WhenAll(threads);
        Assert.Equal(0, mismatches);
    }
}
