namespace OrganizedCrimeStrategy.Tests.Readme;

/// <summary>The README's code example, compiled and run by <see cref="ReadmeTests"/>; the README holds it verbatim.</summary>
internal static class ReadmeExample
{
    public static string Run(TextWriter Console)
    {
        // README-BEGIN
        var strategy = new Strategy
        {
            Id = "uzb-nsoc", Country = "UZB", Stage = StrategyStage.Drafting,
            Title = Text.Of(("en", "National Strategy against Organized Crime"), ("ru", "Национальная стратегия")),
            Stakeholders = [new Stakeholder { Id = "gpo", Name = "General Prosecutor's Office", Kind = StakeholderKind.Prosecution }],
            Directions = [new Direction { Id = "prevent", Title = "Prevention", Pillar = Pillar.Prevent }],
        };
        var result = RuleSet.Toolkit.Check(strategy);          // what is still missing, with a score
        Console.WriteLine($"{result.Score.Value:F0}/100, {result.Findings.Count} findings, first: {result.Findings[0].Message}");
        string json = StrategyJson.Write(strategy);            // canonical format 1.0
        var read = StrategyJson.Read(json);                      // OneOf<Strategy, DiagnosticList>
        Console.WriteLine(read.Match(s => s.Title.Get("ru"), failures => failures.ToString()));
        // README-END
        return json;
    }
}
