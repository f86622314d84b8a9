// Reads, checks and writes a strategy in a Native AOT binary: if the library needed reflection, trimming would break
// one of these steps (and the publish would have warned, which the build treats as an error).
using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Checks.Output;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Json;

var path = args.Length > 0 ? args[0] : "samples/uzbekistan.strategy.json";
var strategy = StrategyJson.ReadFile(path).Match(s => s, failures => throw new InvalidOperationException(failures.ToString()));
var result = RuleSet.Toolkit.Check(strategy, new CheckOptions { Language = "ru" });
var written = StrategyJson.Write(strategy);
var again = StrategyJson.Read(written).Match(s => s, failures => throw new InvalidOperationException(failures.ToString()));
var sarif = SarifReport.Render(result);
var stratml = StratML.Export(strategy, StratMLFlavor.Part2PerformanceReport);
var imported = StratML.Import(stratml.Utf8).Match(i => i.Strategy, failures => throw new InvalidOperationException(failures.ToString()));

if (!again.Equals(strategy) || !imported.Equals(strategy) || sarif.Length == 0 || result.Findings.Count == 0)
{
    Console.Error.WriteLine("AOT smoke test: a round trip or the check gave an unexpected result.");
    return 1;
}

Console.WriteLine($"AOT smoke test passed: read {strategy.Actions.Count} actions, {result.Findings.Count} findings (score {result.Score.Value:F1}), wrote {written.Length} characters, StratML round trip equal.");
return 0;
