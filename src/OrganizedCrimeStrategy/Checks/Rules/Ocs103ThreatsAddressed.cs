using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS103 threats-addressed: every high-priority threat's crime type is targeted by at least one action.</summary>
internal sealed class Ocs103ThreatsAddressed() : Rule(new RuleDescriptor(
    "OCS103", "threats-addressed", Severity.Warning, StrategyStage.Drafting, "practice",
    "Every high-priority threat's crime type is targeted by at least one action."))
{
    public override void Check(RuleContext context)
    {
        if (context.Strategy.SituationAnalysis is not { } analysis)
        {
            return;
        }

        var targeted = new HashSet<CrimeType>();
        foreach (var entry in context.Index.ActionSlots)
        {
            foreach (var crimeType in entry.Action.CrimeTypes)
            {
                targeted.Add(crimeType);
            }
        }

        for (var i = 0; i < analysis.Threats.Count; i++)
        {
            var threat = analysis.Threats[i];
            if (threat.Priority != ThreatPriority.High)
            {
                continue;
            }

            if (targeted.Contains(threat.CrimeType))
            {
                context.Pass();
            }
            else
            {
                context.FailWith(RuleHelpers.Item("/situationAnalysis/threats", i), null, "OCS103", ("crimeType", threat.CrimeType.Value));
            }
        }
    }
}
