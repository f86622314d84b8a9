using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS203 protect-vulnerable: the protect pillar has an action with at least one target group.</summary>
internal sealed class Ocs203ProtectVulnerable() : Rule(new RuleDescriptor(
    "OCS203", "protect-vulnerable", Severity.Warning, StrategyStage.Drafting, "seed (\"protecting the most vulnerable\")",
    "The protect pillar has an action with at least one target group."))
{
    public override void Check(RuleContext context)
    {
        foreach (var entry in context.Index.ActionSlots)
        {
            if (entry.Pillar == Pillar.Protect && entry.Action.TargetGroups.Count > 0)
            {
                context.Pass(Pillar.Protect);
                return;
            }
        }

        context.FailWith(RuleHelpers.DirectionsPointer, Pillar.Protect, "OCS203");
    }
}
