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
        Assert.Equal("Национальная стратегия", output.ToString().Trim());
        Assert.Contains("\"pillar\": \"prevent\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_names_the_two_commands_that_ci_runs()
    {
        var ci = File.ReadAllText(Path.Combine(Samples.RepositoryRoot, ".ci", "run"));
        Assert.Contains("dotnet test", Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test", ci, StringComparison.Ordinal);
    }
}
