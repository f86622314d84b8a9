using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS401 objective-has-outcome-indicator: every objective has an indicator of its own at level outcome or impact.</summary>
internal sealed class Ocs401ObjectiveHasOutcomeIndicator() : Rule(new RuleDescriptor(
    "OCS401", "objective-has-outcome-indicator", Severity.Error, StrategyStage.Drafting, "seed",
    "Every objective has an indicator at level outcome or impact."))
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
                var found = false;
                foreach (var indicator in objective.Indicators)
                {
                    found |= indicator.Level is IndicatorLevel.Outcome or IndicatorLevel.Impact;
                }

                if (found)
                {
                    context.Pass(direction.Pillar);
                }
                else
                {
                    context.FailWith(RuleHelpers.Objective(d, o), direction.Pillar, "OCS401", ("objective", objective.Id));
                }
            }
        }
    }
}
