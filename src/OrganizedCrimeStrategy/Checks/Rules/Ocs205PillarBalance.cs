using System.Globalization;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS205 pillar-balance: no pillar holds more than 60 % of all actions. One check for each pillar that holds
/// actions, counted in that pillar; a strategy without actions has nothing to balance.
/// </summary>
internal sealed class Ocs205PillarBalance() : Rule(new RuleDescriptor(
    "OCS205", "pillar-balance", Severity.Info, StrategyStage.Drafting, "practice",
    "No pillar holds more than 60 % of all actions."))
{
    public override void Check(RuleContext context)
    {
        var counts = new int[RuleHelpers.Pillars.Length];
        foreach (var entry in context.Index.ActionSlots)
        {
            counts[(int)entry.Pillar]++;
        }

        var total = context.Index.ActionSlots.Length;
        foreach (var pillar in RuleHelpers.Pillars)
        {
            var count = counts[(int)pillar];
            if (count == 0)
            {
                continue;
            }

            // count / total > 60 %, in whole numbers.
            if (count * 5 <= total * 3)
            {
                context.Pass(pillar);
            }
            else
            {
                context.FailWith(
                    RuleHelpers.DirectionsPointer,
                    pillar,
                    "OCS205",
                    ("pillar", RuleHelpers.PillarName(context.Messages, pillar)),
                    ("share", Math.Round(100.0 * count / total).ToString(CultureInfo.InvariantCulture)),
                    ("count", count.ToString(CultureInfo.InvariantCulture)),
                    ("total", total.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }
}
