// A program as a user writes it, against the NuGet packages: read, check, assert, write. .ci/consumer adds the packages
// to a new console project the way the README says, and runs this program in it.
using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Testing;

var path = args.Length > 0 ? args[0] : "samples/uzbekistan.strategy.json";
return StrategyJson.ReadFile(path).Match(
    strategy =>
    {
        var result = strategy.ShouldScoreAtLeast(90);
        result.ShouldHaveNoFindingsAtOrAbove(Severity.Error);
        var copy = StrategyJson.Read(StrategyJson.Write(strategy)).AsT0;
        Console.WriteLine($"Consumer: {strategy.Id} read from the package, score {result.Score.Value:F1}, {result.Findings.Count} findings, round trip {(copy.Equals(strategy) ? "equal" : "DIFFERENT")}.");
        return copy.Equals(strategy) ? 0 : 1;
    },
    failures =>
    {
        Console.Error.WriteLine(failures);
        return 2;
    });
