using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS102 situation-analysis: a situation analysis with at least one prioritised threat.</summary>
internal sealed class Ocs102SituationAnalysis() : Rule(new RuleDescriptor(
    "OCS102", "situation-analysis", Severity.Warning, StrategyStage.Drafting, "practice, seed (\"evidence\")",
    "The strategy builds on a situation analysis with at least one prioritised threat."))
{
    public override void Check(RuleContext context)
    {
        switch (context.Strategy.SituationAnalysis)
        {
            case null:
                context.FailWith(RuleHelpers.Root, null, "OCS102.missing");
                break;
            case { Threats.Count: 0 }:
                context.FailWith("/situationAnalysis", null, "OCS102.noThreats");
                break;
            default:
                context.Pass();
                break;
        }
    }
}
