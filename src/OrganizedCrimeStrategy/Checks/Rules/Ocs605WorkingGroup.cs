using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS605 working-group: a working group with a chair and at least two (distinct) members.</summary>
internal sealed class Ocs605WorkingGroup() : Rule(new RuleDescriptor(
    "OCS605", "working-group", Severity.Info, StrategyStage.Initiation, "seed",
    "A working group with a chair and at least two members drafts the strategy."))
{
    public override void Check(RuleContext context)
    {
        if (context.Strategy.WorkingGroup is not { } group)
        {
            context.FailWith(RuleHelpers.Root, null, "OCS605.missing");
            return;
        }

        var noChair = group.Chair is null;
        var tooFew = group.Members.Distinct(StringComparer.Ordinal).Take(2).Count() < 2;
        var missing = RuleHelpers.Lacking(context.Messages, (noChair, "chair"), (tooFew, "twoMembers"));
        if (missing is null)
        {
            context.Pass();
        }
        else
        {
            context.FailWith("/workingGroup", null, "OCS605", ("missing", missing));
        }
    }
}
