using System.Text.RegularExpressions;

namespace OrganizedCrimeStrategy.Tests.Readme;

public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Samples.RepositoryRoot, "README.md"));

    private static string Normalize(string code) =>
        string.Join("\n", code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [Fact]
    public void The_readme_example_is_the_one_the_tests_compile()
    {
        var source = File.ReadAllText(Path.Combine(Samples.RepositoryRoot, "tests", "OrganizedCrimeStrategy.Tests", "Readme", "ReadmeExample.cs"));
        var body = Regex.Match(source, @"// README-BEGIN\n(.*?)// README-END", RegexOptions.Singleline).Groups[1].Value;
        var block = Regex.Match(Readme, @"```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var usings = string.Join("\n", block.Split('\n').Where(l => l.StartsWith("using ", StringComparison.Ordinal)));
        var code = string.Join("\n", block.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));
        Assert.NotEmpty(body.Trim());
        Assert.Equal(Normalize(body), Normalize(code));
        foreach (var line in usings.Split('\n'))
        {
            Assert.Contains(line, File.ReadAllText(Path.Combine(Samples.RepositoryRoot, "tests", "OrganizedCrimeStrategy.Tests", "Readme", "ReadmeUsings.cs")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_readme_example_runs_and_prints_the_russian_title()
    {
        using var output = new StringWriter();
        var json = ReadmeExample.Run(output);
        var lines = output.ToString().Trim().Split('\n');
        Assert.Matches(@"^\d+/100, \d+ findings, first: .+", lines[0]);
        Assert.Equal("Национальная стратегия", lines[1].Trim());
        Assert.Contains("\"pillar\": \"prevent\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_testing_example_runs_as_written()
    {
        var block = Regex.Matches(Readme, @"```csharp\n(.*?)```", RegexOptions.Singleline)[1].Groups[1].Value;
        var calls = block.Split('\n').Where(l => l.StartsWith("strategy.", StringComparison.Ordinal)).Select(l => l.Split(';')[0] + ";").ToList();
        Assert.Equal(
            ["strategy.ShouldHaveNoFindingsAtOrAbove(Severity.Warning);", "strategy.ShouldPass(\"OCS301\");", "strategy.ShouldScoreAtLeast(90);"],
            calls);

        // The same calls, compiled: on a strategy that passes every rule they succeed, on the sample the first one fails.
        var strategy = OrganizedCrimeStrategy.Tests.Checks.CompleteStrategy.Build();
        OrganizedCrimeStrategy.Testing.StrategyAssertions.ShouldHaveNoFindingsAtOrAbove(strategy, Severity.Warning);
        OrganizedCrimeStrategy.Testing.StrategyAssertions.ShouldPass(strategy, "OCS301");
        OrganizedCrimeStrategy.Testing.StrategyAssertions.ShouldScoreAtLeast(strategy, 90);
        var sample = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;
        var failure = Assert.Throws<OrganizedCrimeStrategy.Testing.StrategyAssertionException>(() => OrganizedCrimeStrategy.Testing.StrategyAssertions.ShouldHaveNoFindingsAtOrAbove(sample, Severity.Warning));
        Assert.Contains("OCS302", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_shows_what_ocs_check_prints_for_the_sample()
    {
        const string command = "$ ocs check samples/uzbekistan.strategy.json\n";
        var start = Readme.IndexOf(command, StringComparison.Ordinal) + command.Length;
        var shown = Readme[start..Readme.IndexOf("```", start, StringComparison.Ordinal)];

        var run = OrganizedCrimeStrategy.Tests.Cli.Ocs.Process(Samples.RepositoryRoot, "check", "samples/uzbekistan.strategy.json");

        Assert.Equal(0, run.Code);
        Assert.Equal(shown.TrimEnd('\n'), run.Out.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'));
    }

    [Fact]
    public void The_readme_names_the_two_commands_that_ci_runs()
    {
        var ci = File.ReadAllText(Path.Combine(Samples.RepositoryRoot, ".ci", "run"));
        Assert.Contains("dotnet test", Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test", ci, StringComparison.Ordinal);
    }
}
