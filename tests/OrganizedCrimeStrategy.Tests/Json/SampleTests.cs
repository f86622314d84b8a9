using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Json;

public class SampleTests
{
    public static TheoryData<string> Documents() => [.. Samples.Documents().Select(d => Path.GetRelativePath(Samples.RepositoryRoot, d))];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_sample_reads_without_failures_and_round_trips(string relativePath)
    {
        var strategy = StrategyJson.ReadFile(Path.Combine(Samples.RepositoryRoot, relativePath))
            .Match(s => s, failures => throw new Xunit.Sdk.XunitException(failures.ToString()));
        Assert.Empty(strategy.FindIntegrityProblems());
        Assert.Equal(strategy, StrategyJson.Read(StrategyJson.Write(strategy)).AsT0);
    }

    [Fact]
    public void The_uzbek_sample_shows_what_the_seed_article_describes()
    {
        var strategy = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;
        Assert.Equal("UZB", strategy.Country);
        Assert.All(Enum.GetValues<Pillar>(), p => Assert.NotEmpty(strategy.DirectionsOf(p)));
        Assert.Contains(strategy.Stakeholders, s => s.Kind == StakeholderKind.CivilSociety && s.Name.Get("en").Contains("Barqaror Hayot", StringComparison.Ordinal));
        Assert.Contains(strategy.Consultations, c => c.Kind == ConsultationKind.Public);
        Assert.NotEmpty(strategy.Adoption!.Milestones);
        Assert.Contains(strategy.Indicators, i => i.Indicator is QuantitativeIndicator { Sdg: not null });
        Assert.Contains(strategy.Indicators, i => i.Indicator is QualitativeIndicator);
        Assert.Contains(strategy.Indicators, i => i.Indicator.MeasurementCount > 0);
        Assert.Contains(strategy.Stakeholders, s => s.Kind == StakeholderKind.Donor && strategy.Funding.Any(f => f.Source == s.Id));
        Assert.True(strategy.Extensions.TryGetValue("x-note", out var note) && note.GetString()!.Contains("Illustrative", StringComparison.Ordinal));
        Assert.NotNull(strategy.Title.GetExact("ru") ?? strategy.Title.GetExact("uz-Latn"));
    }
}
