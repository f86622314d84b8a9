using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS202 objective-has-actions: every objective has at least one action.</summary>
internal sealed class Ocs202ObjectiveHasActions() : Rule(new RuleDescriptor(
    "OCS202", "objective-has-actions", Severity.Error, StrategyStage.Drafting, "seed (\"actions within key strategic directions\")",
    "Every objective has at least one action."))
{
    public override void Check(RuleContext context)
    {
        var directions = context.Strategy.Directions;
        for (var d = 0; d < directions.Count; d++)
        {
            var direction = directions[d];
            for (var o = 0; o < direction.Objectives.Count; o++)
            {
                var objective = direction.Objectives[o];
                if (objective.Actions.Count > 0)
                {
                    context.Pass(direction.Pillar);
                }
                else
                {
                    context.FailWith(RuleHelpers.Objective(d, o), direction.Pillar, "OCS202", ("objective", objective.Id));
                }
            }
        }
    }
}
