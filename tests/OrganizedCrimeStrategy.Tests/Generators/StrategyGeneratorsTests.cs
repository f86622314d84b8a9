using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Generators;

public class StrategyGeneratorsTests
{
    [Property(Arbitrary = [typeof(StrategyGenerators)], MaxTest = 300)]
    public void Generated_strategies_are_whole(Strategy strategy) =>
        Assert.Empty(strategy.FindIntegrityProblems());

    [Fact]
    public void The_generator_covers_the_optional_parts_and_every_kind()
    {
        var sample = StrategyGenerators.Strategy().Sample(400, 30);

        Assert.Contains(sample, s => s.Period is not null);
        Assert.Contains(sample, s => s.Period is null);
        Assert.Contains(sample, s => s.SituationAnalysis is not null);
        Assert.Contains(sample, s => s.WorkingGroup is not null);
        Assert.Contains(sample, s => s.Monitoring is not null);
        Assert.Contains(sample, s => s.Consultations.Count > 0);
        Assert.Contains(sample, s => s.Adoption is not null);
        Assert.Contains(sample, s => s.Funding.Count > 0);
        Assert.Contains(sample, s => s.References.Count > 0);
        Assert.Contains(sample, s => s.Extensions.Count > 0);
        Assert.Contains(sample, s => s.Indicators.Any(i => i.Indicator is QuantitativeIndicator));
        Assert.Contains(sample, s => s.Indicators.Any(i => i.Indicator is QualitativeIndicator { Baseline: not null }));
        Assert.Contains(sample, s => s.Actions.Any(a => a.Action.Lead is not null && a.Action.Partners.Count > 0));
        Assert.Contains(sample, s => s.Stakeholders.Any(st => !st.Name.IsPlain && st.Name.GetExact("ru") is not null));
        foreach (var kind in Enum.GetValues<StakeholderKind>())
        {
            Assert.Contains(sample, s => s.Stakeholders.Any(st => st.Kind == kind));
        }

        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            Assert.Contains(sample, s => s.Directions.Any(d => d.Pillar == pillar));
        }

        Assert.All(sample, s => Assert.True(s.Actions.Count <= 16));
    }
}
