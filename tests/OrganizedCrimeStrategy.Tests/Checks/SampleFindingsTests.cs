using OrganizedCrimeStrategy.Checks;

namespace OrganizedCrimeStrategy.Tests.Checks;

/// <summary>The findings for the Uzbek sample, asserted exactly: a change to them is a decision, not an accident.</summary>
public class SampleFindingsTests
{
    private static readonly Strategy Sample = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;

    [Fact]
    public void The_sample_has_exactly_these_findings_at_its_own_stage()
    {
        var result = RuleSet.Toolkit.Check(Sample);
        Assert.Equal(StrategyStage.Consultation, result.Stage);
        Assert.Equal(
            [
                ("OCS302", Severity.Warning, "/directions/3/objectives/0/actions/2", (Pillar?)Pillar.Promote),
                ("OCS304", Severity.Warning, "/directions/0/objectives/0/actions/2", Pillar.Prevent),
                ("OCS404", Severity.Warning, "/directions/0/objectives/0/actions/1/indicators/0", Pillar.Prevent),
                ("OCS306", Severity.Info, "/directions/3/objectives/1/actions/1/lead", Pillar.Promote),
            ],
            result.Findings.Select(f => (f.RuleId, f.Severity, f.Pointer, f.Pillar)));
        Assert.Equal(578, result.Score.Checks.Passed);
        Assert.Equal(582, result.Score.Checks.Applicable);

        // OCS001 checks every element with an id, OCS002 every reference: all pass in the sample.
        Assert.Equal(RuleStatus.Passed, result.OutcomeOf("OCS001")!.Status);
        Assert.Equal(RuleStatus.Passed, result.OutcomeOf("OCS002")!.Status);
        Assert.Equal(
            Sample.Stakeholders.Count + Sample.Directions.Count + Sample.Directions.Sum(d => d.Objectives.Count) + Sample.Actions.Count + Sample.Indicators.Count + Sample.Consultations.Count,
            result.OutcomeOf("OCS001")!.Checks.Applicable);
        Assert.Equal(Sample.Index.References.Count, result.OutcomeOf("OCS002")!.Checks.Applicable);
    }

    [Fact]
    public void At_the_adopted_stage_the_missing_adoption_date_and_public_consultation_order_are_judged_too()
    {
        var result = RuleSet.Toolkit.Check(Sample, new CheckOptions { Stage = StrategyStage.Adopted });
        Assert.Equal(
            ["OCS302", "OCS304", "OCS404", "OCS306"],
            result.Findings.Select(f => f.RuleId));
        Assert.Contains(result.Rules, r => r.Rule.Id == "OCS603" && r.Severity == Severity.Error && r.Status == RuleStatus.Passed);
    }
}
