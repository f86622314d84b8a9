using OrganizedCrimeStrategy.Interchange;

namespace OrganizedCrimeStrategy.Tests.Hostile;

/// <summary>Inputs that made a reader throw under the coverage-guided fuzzer (tests/Fuzz), kept so they never do again.</summary>
public class FuzzCrashTests
{
    private static string Crash(string name) =>
        Path.Combine(Samples.RepositoryRoot, "tests", "OrganizedCrimeStrategy.Tests", "Hostile", "Crashes", name);

    [Fact]
    public void A_stratml_model_data_line_with_a_member_twice_is_reported_not_thrown()
    {
        // AFL++ found it within 20 seconds: a JsonObject parsed lazily threw on its duplicate key when first enumerated.
        var result = StratML.ImportFile(Crash("stratml-duplicate-model-data-member.xml"));
        var notes = result.Match(import => import.Notes.Select(n => n.Message), failures => failures.Select(f => f.Message));
        Assert.Contains(notes, m => m.Contains("model data is not valid JSON", StringComparison.Ordinal));
    }
}
