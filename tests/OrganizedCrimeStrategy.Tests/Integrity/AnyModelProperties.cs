using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Diff;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Monitoring;
using OrganizedCrimeStrategy.Reports;
using OrganizedCrimeStrategy.Tests.Generators;
using OrganizedCrimeStrategy.Tests.Interchange;

namespace OrganizedCrimeStrategy.Tests.Integrity;

/// <summary>
/// For every model value the constructors accept, ids used twice and references to nobody included: the writer writes
/// it, the reader reads it back equal, and every consumer takes it; the check reports exactly the integrity problems.
/// </summary>
public class AnyModelProperties
{
    [Property(Arbitrary = [typeof(AnyStrategyGenerators)], MaxTest = 300)]
    public void Reading_what_was_written_gives_an_equal_model(Strategy strategy)
    {
        foreach (var options in (StrategyWriteOptions[])[StrategyWriteOptions.Default, new StrategyWriteOptions { Indented = false }])
        {
            var json = StrategyJson.Write(strategy, options);
            var read = StrategyJson.Read(json).Match(s => s, failures => throw new Xunit.Sdk.XunitException($"Read failed:\n{failures}\n--- document ---\n{json}"));
            Assert.Equal(strategy, read);
            Assert.Equal(strategy.FindIntegrityProblems(), read.FindIntegrityProblems());
        }
    }

    [Property(Arbitrary = [typeof(AnyStrategyGenerators)], MaxTest = 300)]
    public void The_check_reports_exactly_the_integrity_problems_with_their_pillars(Strategy strategy, bool russian)
    {
        var result = RuleSet.Toolkit.Check(strategy, new CheckOptions { Stage = StrategyStage.Initiation, Language = russian ? "ru" : "en" });
        var problems = strategy.FindIntegrityProblems();

        Assert.Equal(
            problems.Select(p => (p.Kind == IntegrityProblemKind.DuplicateId ? "OCS001" : "OCS002", p.Pointer, p.Pillar)).Order(),
            result.Findings.Where(f => f.RuleId is "OCS001" or "OCS002").Select(f => (f.RuleId, f.Pointer, f.Pillar)).Order());
        Assert.Equal(problems.Count(p => p.Kind == IntegrityProblemKind.DuplicateId), result.OutcomeOf("OCS001")!.Checks.Failed);
        Assert.Equal(strategy.Index.References.Count, result.OutcomeOf("OCS002")!.Checks.Applicable);
        Assert.Equal(
            strategy.Stakeholders.Count + strategy.Directions.Sum(d => 1 + d.Objectives.Count) + strategy.Actions.Count + strategy.Indicators.Count + strategy.Consultations.Count,
            result.OutcomeOf("OCS001")!.Checks.Applicable);
    }

    [Property(Arbitrary = [typeof(AnyStrategyGenerators)], MaxTest = 200)]
    public void The_score_stays_between_0_and_100_and_counts_every_finding(Strategy strategy, StrategyStage stage)
    {
        var result = RuleSet.Toolkit.Check(strategy, new CheckOptions { Stage = stage });

        Assert.InRange(result.Score.Value, 0, 100);
        Assert.Equal(result.Findings.IsEmpty, result.Score.Value == 100);
        Assert.Equal(result.Score.Checks.Failed, result.Findings.Count);
        Assert.Equal(result, RuleSet.Toolkit.Check(strategy with { }, new CheckOptions { Stage = stage }));
    }

    [Property(Arbitrary = [typeof(AnyStrategyGenerators)], MaxTest = 100)]
    public void Every_StratML_flavor_gives_back_an_equal_strategy(Strategy strategy)
    {
        foreach (var flavor in Enum.GetValues<StratMLFlavor>())
        {
            var imported = StratMLRoundTripProperties.ImportOrFail(StratML.Export(strategy, flavor));
            Assert.Equal(strategy, imported.Strategy);
        }
    }

    [Property(Arbitrary = [typeof(AnyStrategyGenerators)], MaxTest = 100)]
    public void The_report_the_scorecard_and_the_diff_take_it(Strategy strategy)
    {
        var asOf = new DateOnly(2027, 1, 1);

        Assert.Contains("</html>", HtmlReport.Render(strategy, new HtmlReportOptions { AsOf = asOf }), StringComparison.Ordinal);
        Assert.Equal(strategy.Indicators.Count, Scorecard.Of(strategy, asOf).Indicators.Count);
        Assert.False(StrategyDiff.Compare(strategy, strategy).HasChanges);
        Assert.False(StrategyDiff.Compare(strategy, StrategyJson.Read(StrategyJson.Write(strategy)).AsT0).HasChanges);
    }

    [Fact]
    public void The_generator_covers_every_kind_of_integrity_problem()
    {
        var sample = AnyStrategyGenerators.Strategy().Sample(400, 30);
        var problems = sample.SelectMany(s => s.FindIntegrityProblems().Select(p => (Strategy: s, Problem: p))).ToList();

        Assert.Contains(sample, s => s.FindIntegrityProblems().Count == 0);
        Assert.Contains(problems, x => x.Problem.Kind == IntegrityProblemKind.DuplicateId && x.Problem.Pointer.StartsWith("/stakeholders/", StringComparison.Ordinal));
        Assert.Contains(problems, x => x.Problem.Kind == IntegrityProblemKind.DuplicateId && x.Problem.Pointer.Contains("/actions/", StringComparison.Ordinal));
        Assert.Contains(problems, x => x.Problem.Kind == IntegrityProblemKind.DanglingReference && x.Strategy.Index.Find(x.Problem.Id) is null);
        Assert.Contains(problems, x => x.Problem.Kind == IntegrityProblemKind.DanglingReference && x.Strategy.Index.Find(x.Problem.Id) is Objective or StrategyAction or Indicator);
        Assert.Contains(problems, x => x.Problem.Pointer.EndsWith("/lead", StringComparison.Ordinal));
        Assert.Contains(problems, x => x.Problem.Pointer.Contains("/partners/", StringComparison.Ordinal));
    }
}
