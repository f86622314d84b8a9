using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Model;
using static OrganizedCrimeStrategy.Tests.Checks.CompleteStrategy;

namespace OrganizedCrimeStrategy.Tests.Checks;

/// <summary>For every rule: a document where it fires (with the pointer and pillar of the finding) and one where it passes; stage applicability at its boundary.</summary>
public class RuleTests
{
    public sealed record Case(string RuleId, Func<Strategy, Strategy> Break, string Pointer, Pillar? Pillar);

    private static readonly DateOnly AfterPeriod = new(2031, 6, 30);

    /// <summary>Each case breaks one thing of the complete strategy; the first case of a rule is its stage-boundary document.</summary>
    public static readonly IReadOnlyDictionary<string, Case> Cases = new Dictionary<string, Case>
    {
        ["OCS001 an action reuses a stakeholder's id"] = new("OCS001", s => s.Action(0, a => a with { Id = "mia" }), PreventAction + "/id", Pillar.Prevent),
        ["OCS001 a stakeholder id used twice"] = new("OCS001", s => s with { Stakeholders = s.Stakeholders.Add(new Stakeholder { Id = "gpo", Name = "Again", Kind = StakeholderKind.Prosecution }) }, "/stakeholders/6/id", null),
        ["OCS001 an indicator reuses a direction's id"] = new("OCS001", s => s.ActionIndicator(2, i => i with { Id = "prot" }), "/directions/2/objectives/0/actions/0/indicators/0/id", Pillar.Protect),
        ["OCS002 a lead that names nobody"] = new("OCS002", s => s.Action(0, a => a with { Lead = "nobody" }), PreventAction + "/lead", Pillar.Prevent),
        ["OCS002 a partner that names an objective"] = new("OCS002", s => s.Action(3, a => a with { Partners = ["ngo", "prom.o"] }), "/directions/3/objectives/0/actions/0/partners/1", Pillar.Promote),
        ["OCS002 a working-group member that names nobody"] = new("OCS002", s => s with { WorkingGroup = s.WorkingGroup! with { Members = s.WorkingGroup.Members.Add("ghost") } }, "/workingGroup/members/3", null),
        ["OCS101 no period"] = new("OCS101", s => s with { Period = null }, "", null),
        ["OCS102 no situation analysis"] = new("OCS102", s => s with { SituationAnalysis = null }, "", null),
        ["OCS102 no threat"] = new("OCS102", s => s with { SituationAnalysis = new SituationAnalysis() }, "/situationAnalysis", null),
        ["OCS103 high threat not targeted"] = new("OCS103", s => s with { SituationAnalysis = s.SituationAnalysis! with { Threats = s.SituationAnalysis.Threats.Add(new Threat { CrimeType = CrimeType.Corruption, Priority = ThreatPriority.High }) } }, "/situationAnalysis/threats/3", null),
        ["OCS201 pillar without objective"] = new("OCS201", s => s.Direction(2, d => d with { Objectives = [] }), "/directions", Pillar.Protect),
        ["OCS201 pillar without direction"] = new("OCS201", s => s with { Directions = s.Directions.RemoveAt(3) }, "/directions", Pillar.Promote),
        ["OCS202 objective without action"] = new("OCS202", s => s.Objective(1, o => o with { Actions = [] }), "/directions/1/objectives/0", Pillar.Pursue),
        ["OCS203 no target group"] = new("OCS203", s => s.Action(2, a => a with { TargetGroups = [] }), "/directions", Pillar.Protect),
        ["OCS204 no partnership"] = new("OCS204", s => s.Action(3, a => a with { Partners = ["gpo"] }), "/directions", Pillar.Promote),
        ["OCS205 prevent holds 5 of 8 actions"] = new("OCS205", s => s.Objective(0, o => o with { Actions = [.. o.Actions, .. Enumerable.Range(1, 4).Select(i => Edit.Copy(o.Actions[0], "." + i))] }), "/directions", Pillar.Prevent),
        ["OCS301 no lead"] = new("OCS301", s => s.Action(0, a => a with { Lead = null }), PreventAction, Pillar.Prevent),
        ["OCS302 no end"] = new("OCS302", s => s.Action(0, a => a with { End = null }), PreventAction, Pillar.Prevent),
        ["OCS303 end after the period"] = new("OCS303", s => s.Action(0, a => a with { End = AfterPeriod }), PreventAction + "/end", Pillar.Prevent),
        ["OCS303 start before the period"] = new("OCS303", s => s.Action(1, a => a with { Start = new DateOnly(2024, 6, 1) }), "/directions/1/objectives/0/actions/0/start", Pillar.Pursue),
        ["OCS304 no resources"] = new("OCS304", s => s.Action(0, a => a with { Budget = null }), PreventAction, Pillar.Prevent),
        ["OCS305 no indicator"] = new("OCS305", s => s.Action(0, a => a with { Indicators = [] }), PreventAction, Pillar.Prevent),
        ["OCS306 donor leads"] = new("OCS306", s => s.Action(0, a => a with { Lead = "uk" }), PreventAction + "/lead", Pillar.Prevent),
        ["OCS401 objective has only an output indicator"] = new("OCS401", s => s.ObjectiveIndicator(0, i => i with { Level = IndicatorLevel.Output }), PreventObjective, Pillar.Prevent),
        ["OCS402 no unit"] = new("OCS402", s => s.ObjectiveIndicator(0, i => ((QuantitativeIndicator)i) with { Unit = null }), PreventObjectiveIndicator, Pillar.Prevent),
        ["OCS403 no target"] = new("OCS403", s => s.ActionIndicator(0, i => ((QualitativeIndicator)i) with { Target = null }), PreventActionIndicator, Pillar.Prevent),
        ["OCS403 one-level scale"] = new("OCS403", s => s.ActionIndicator(3, i => ((QualitativeIndicator)i) with { Baseline = null, Target = null, Scale = ["delivered"] }), "/directions/3/objectives/0/actions/0/indicators/0", Pillar.Promote),
        ["OCS404 no data source"] = new("OCS404", s => s.ActionIndicator(0, i => i with { DataSource = null }), PreventActionIndicator, Pillar.Prevent),
        ["OCS405 no quantitative indicator"] = new("OCS405", s => s.ObjectiveIndicator(0, i => new QualitativeIndicator { Id = i.Id, Name = i.Name, Level = i.Level, Scale = ["a", "b"] }), "", null),
        ["OCS406 target below baseline"] = new("OCS406", s => s.ObjectiveIndicator(0, i => ((QuantitativeIndicator)i) with { Target = new QuantitativeValue(100, new DateOnly(2030, 1, 1)) }), PreventObjectiveIndicator + "/target", Pillar.Prevent),
        ["OCS406 maintain with another target"] = new("OCS406", s => s.ObjectiveIndicator(0, i => ((QuantitativeIndicator)i) with { Direction = DesiredDirection.Maintain }), PreventObjectiveIndicator + "/target", Pillar.Prevent),
        ["OCS407 no responsible"] = new("OCS407", s => s.ActionIndicator(0, i => i with { Responsible = null }), PreventActionIndicator, Pillar.Prevent),
        ["OCS501 no body"] = new("OCS501", s => s with { Monitoring = s.Monitoring! with { Body = null } }, "/monitoring", null),
        ["OCS501 no monitoring"] = new("OCS501", s => s with { Monitoring = null }, "", null),
        ["OCS502 no reporting frequency"] = new("OCS502", s => s with { Monitoring = s.Monitoring! with { ReportingFrequency = null } }, "/monitoring", null),
        ["OCS503 no final evaluation"] = new("OCS503", s => s with { Monitoring = s.Monitoring! with { Evaluations = [s.Monitoring.Evaluations[0]] } }, "/monitoring", null),
        ["OCS503 mid-term after the period"] = new("OCS503", s => s with { Monitoring = s.Monitoring! with { Evaluations = s.Monitoring.Evaluations.SetItem(0, s.Monitoring.Evaluations[0] with { Due = AfterPeriod }) } }, "/monitoring/evaluations/0/due", null),
        ["OCS601 no civil society"] = new("OCS601", s => s with { Stakeholders = s.Stakeholders.SetItem(3, s.Stakeholders[3] with { Kind = StakeholderKind.Other }) }, "/stakeholders", null),
        ["OCS602 one government sector"] = new("OCS602", s => s with { Stakeholders = s.Stakeholders.SetItem(1, s.Stakeholders[1] with { Kind = StakeholderKind.Government }).SetItem(2, s.Stakeholders[2] with { Kind = StakeholderKind.Government }) }, "/stakeholders", null),
        ["OCS603 no public consultation"] = new("OCS603", s => s with { Consultations = [s.Consultations[0] with { Kind = ConsultationKind.Interagency }] }, "/consultations", null),
        ["OCS603 no consultation"] = new("OCS603", s => s with { Consultations = [] }, "", null),
        ["OCS603 consultation ends after adoption"] = new("OCS603", s => s with { Consultations = [s.Consultations[0] with { End = new DateOnly(2025, 1, 10) }] }, "/consultations/0", null),
        ["OCS604 no instrument"] = new("OCS604", s => s with { Adoption = s.Adoption! with { Instrument = null } }, "/adoption", null),
        ["OCS604 no adoption"] = new("OCS604", s => s with { Adoption = null }, "", null),
        ["OCS605 no chair"] = new("OCS605", s => s with { WorkingGroup = s.WorkingGroup! with { Chair = null } }, "/workingGroup", null),
        ["OCS605 no working group"] = new("OCS605", s => s with { WorkingGroup = null }, "", null),
        ["OCS606 stakeholder without role"] = new("OCS606", s => s with { Stakeholders = s.Stakeholders.Add(new Stakeholder { Id = "press", Name = "Press", Kind = StakeholderKind.Media }) }, "/stakeholders/6", null),
        ["OCS701 no UNTOC reference"] = new("OCS701", s => s with { References = [] }, "", null),
        ["OCS702 unknown crime type of an action"] = new("OCS702", s => s.Action(0, a => a with { CrimeTypes = ["localRacket", CrimeType.DrugTrafficking] }), PreventAction + "/crimeTypes/0", Pillar.Prevent),
        ["OCS702 unknown crime type of a threat"] = new("OCS702", s => s with { SituationAnalysis = s.SituationAnalysis! with { Threats = s.SituationAnalysis.Threats.SetItem(2, new Threat { CrimeType = "wildlifePoaching", Priority = ThreatPriority.Low }) } }, "/situationAnalysis/threats/2/crimeType", null),
        ["OCS703 no sex disaggregation"] = new("OCS703", s => s.ObjectiveIndicator(0, i => i with { Disaggregation = ["age"] }), "", null),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    public static TheoryData<string> RuleIds => new(RuleSet.ToolkitRules.Select(r => r.Id));

    [Fact]
    public void Every_rule_has_a_case() =>
        Assert.Equal(RuleSet.ToolkitRules.Select(r => r.Id), Cases.Values.Select(c => c.RuleId).Distinct());

    [Theory]
    [InlineData(StrategyStage.Initiation)]
    [InlineData(StrategyStage.Drafting)]
    [InlineData(StrategyStage.Consultation)]
    [InlineData(StrategyStage.Adopted)]
    [InlineData(StrategyStage.Completed)]
    public void The_complete_strategy_passes_every_rule(StrategyStage stage)
    {
        var result = RuleSet.Toolkit.Check(Build(stage));

        Assert.Empty(result.Findings);
        Assert.Equal(100, result.Score.Value);
        Assert.All(result.Pillars, p => Assert.Equal(100, p.Score.Value));
        Assert.All(result.Rules, r => Assert.Equal(r.Rule.AppliesAt(stage) ? RuleStatus.Passed : RuleStatus.NotApplicable, r.Status));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_rule_fires_at_the_element_concerned(string name)
    {
        var @case = Cases[name];
        var strategy = @case.Break(Build());
        if (@case.RuleId is not ("OCS001" or "OCS002"))
        {
            Assert.Empty(strategy.FindIntegrityProblems());
        }

        var result = RuleSet.Toolkit.Check(strategy);

        var finding = Assert.Single(result.Findings, f => f.RuleId == @case.RuleId);
        Assert.Equal(@case.Pointer, finding.Pointer);
        Assert.Equal(@case.Pillar, finding.Pillar);
        Assert.Equal(RuleStatus.Failed, result.OutcomeOf(@case.RuleId)!.Status);
        Assert.Equal(RuleSet.Toolkit.Find(@case.RuleId)!.Name, finding.RuleName);
        Assert.DoesNotContain("{", finding.Message, StringComparison.Ordinal);
        Assert.True(result.Score.Value < 100);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_rule_passes_on_the_complete_strategy(string ruleId)
    {
        var outcome = RuleSet.Toolkit.Check(Build()).OutcomeOf(ruleId)!;

        Assert.Equal(RuleStatus.Passed, outcome.Status);
        Assert.True(outcome.Checks.Applicable > 0);
        Assert.Equal(outcome.Checks.Applicable, outcome.Checks.Passed);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_rule_applies_from_its_stage_on(string ruleId)
    {
        var descriptor = RuleSet.Toolkit.Find(ruleId)!;
        var broken = Cases.Values.First(c => c.RuleId == ruleId).Break(Build());

        var atStage = RuleSet.Toolkit.Check(broken with { Stage = descriptor.FromStage });
        Assert.Equal(RuleStatus.Failed, atStage.OutcomeOf(ruleId)!.Status);
        Assert.Contains(atStage.Findings, f => f.RuleId == ruleId);

        if (descriptor.FromStage > StrategyStage.Initiation)
        {
            var before = RuleSet.Toolkit.Check(broken with { Stage = descriptor.FromStage - 1 });
            var outcome = before.OutcomeOf(ruleId)!;
            Assert.Equal(RuleStatus.NotApplicable, outcome.Status);
            Assert.Equal(0, outcome.Checks.Applicable);
            Assert.DoesNotContain(before.Findings, f => f.RuleId == ruleId);
        }
    }

    [Fact]
    public void Checking_against_another_stage_overrides_the_documents_stage()
    {
        var broken = Cases["OCS304 no resources"].Break(Build(StrategyStage.Drafting));

        Assert.Equal(RuleStatus.NotApplicable, RuleSet.Toolkit.Check(broken).OutcomeOf("OCS304")!.Status);
        var result = RuleSet.Toolkit.Check(broken, new CheckOptions { Stage = StrategyStage.Consultation });
        Assert.Equal(StrategyStage.Consultation, result.Stage);
        Assert.Contains(result.Findings, f => f.RuleId == "OCS304");
        var fromSettings = RuleSet.Create(RuleSettings.Default with { Stage = StrategyStage.Consultation }).Check(broken);
        Assert.Contains(fromSettings.Findings, f => f.RuleId == "OCS304");
    }

    [Theory]
    [InlineData(StrategyStage.Consultation, Severity.Warning)]
    [InlineData(StrategyStage.Adopted, Severity.Error)]
    [InlineData(StrategyStage.Completed, Severity.Error)]
    public void Public_consultation_becomes_an_error_once_adopted(StrategyStage stage, Severity expected)
    {
        var broken = Cases["OCS603 no public consultation"].Break(Build(stage));

        var finding = Assert.Single(RuleSet.Toolkit.Check(broken).Findings, f => f.RuleId == "OCS603");

        Assert.Equal(expected, finding.Severity);
    }

    [Fact]
    public void A_countrys_own_crime_type_starting_with_x_passes()
    {
        var strategy = Build().Action(0, a => a with { CrimeTypes = ["x-localRacket"] });

        Assert.Equal(RuleStatus.Passed, RuleSet.Toolkit.Check(strategy).OutcomeOf("OCS702")!.Status);
    }

    [Fact]
    public void Pillar_balance_passes_at_exactly_sixty_percent()
    {
        // Prevent holds 3 of 5 actions: exactly 60 %, which is not more than 60 %.
        var strategy = (Build() with { Directions = Build().Directions.RemoveAt(3) })
            .Objective(0, o => o with { Actions = [.. o.Actions, Edit.Copy(o.Actions[0], ".1"), Edit.Copy(o.Actions[0], ".2")] });
        Assert.Equal(5, strategy.Actions.Count);

        Assert.Empty(strategy.FindIntegrityProblems());
        Assert.Equal(RuleStatus.Passed, RuleSet.Toolkit.Check(strategy).OutcomeOf("OCS205")!.Status);
    }

    [Fact]
    public void Findings_are_in_report_order()
    {
        var strategy = Build() with { Period = null, Monitoring = null };
        strategy = strategy.Action(0, a => a with { Lead = null, End = null }).Action(1, a => a with { Lead = null });

        var findings = RuleSet.Toolkit.Check(strategy).Findings;

        Assert.Equal(findings.OrderBy(f => f, Finding.ReportOrder), findings);
        Assert.True(findings[0].Severity == Severity.Error);
        Assert.Equal(
            ["/directions/0/objectives/0/actions/0", "/directions/1/objectives/0/actions/0"],
            findings.Where(f => f.RuleId == "OCS301").Select(f => f.Pointer));
    }
}
