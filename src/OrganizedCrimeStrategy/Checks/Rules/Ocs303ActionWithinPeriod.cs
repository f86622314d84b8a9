using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS303 action-within-period: action dates fall inside the strategy period. One check per action with a date,
/// when the strategy has a period (OCS101 asks for the period); a failure points at the first date outside.
/// </summary>
internal sealed class Ocs303ActionWithinPeriod() : ElementRule(new RuleDescriptor(
    "OCS303", "action-within-period", Severity.Warning, StrategyStage.Drafting, "practice",
    "An action's start and end dates fall inside the strategy period."), ElementKind.Actions)
{
    public override bool Start(RuleContext context) => context.Strategy.Period is not null;

    public override void Action(RuleContext context, in ActionSlot entry)
    {
        var period = context.Strategy.Period!;
        var action = entry.Action;
        if (action.Start is null && action.End is null)
        {
            return;
        }

        var (member, date) = action.Start is { } start && !period.Contains(start) ? ("start", start)
            : action.End is { } end && !period.Contains(end) ? ("end", end)
            : (null, default);
        if (member is null)
        {
            context.Pass(entry.Pillar);
        }
        else
        {
            context.FailWith(
                entry.Pointer + "/" + member,
                entry.Pillar,
                "OCS303." + member,
                ("action", action.Id),
                ("date", RuleHelpers.Date(date)),
                ("start", RuleHelpers.Date(period.Start)),
                ("end", RuleHelpers.Date(period.End)));
        }
    }
}
