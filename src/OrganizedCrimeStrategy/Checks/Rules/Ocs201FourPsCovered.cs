using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS201 four-ps-covered: each of prevent, pursue, protect, promote has at least one direction with at least one
/// objective. One check per pillar, counted in that pillar; a missing pillar is reported at <c>/directions</c>.
/// </summary>
internal sealed class Ocs201FourPsCovered() : Rule(new RuleDescriptor(
    "OCS201", "four-ps-covered", Severity.Error, StrategyStage.Drafting, "seed (4 Ps)",
    "Each of prevent, pursue, protect and promote has at least one direction with at least one objective."))
{
    public override void Check(RuleContext context)
    {
        var covered = new bool[RuleHelpers.Pillars.Length];
        foreach (var direction in context.Strategy.Directions)
        {
            covered[(int)direction.Pillar] |= direction.Objectives.Count > 0;
        }

        foreach (var pillar in RuleHelpers.Pillars)
        {
            if (covered[(int)pillar])
            {
                context.Pass(pillar);
            }
            else
            {
                context.FailWith(RuleHelpers.DirectionsPointer, pillar, "OCS201", ("pillar", RuleHelpers.PillarName(context.Messages, pillar)));
            }
        }
    }
}
