using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS701 untoc-alignment: the document or an action references <c>UNTOC</c>.</summary>
internal sealed class Ocs701UntocAlignment() : Rule(new RuleDescriptor(
    "OCS701", "untoc-alignment", Severity.Warning, StrategyStage.Drafting, "seed (\"aligning with UNTOC\")",
    "The strategy or one of its actions references UNTOC."))
{
    private const string Untoc = "UNTOC";

    public override void Check(RuleContext context)
    {
        var found = context.Strategy.References.Any(r => r.Instrument == Untoc)
            || context.Index.ActionSlots.Any(a => a.Action.References.Any(r => r.Instrument == Untoc));
        if (found)
        {
            context.Pass();
        }
        else
        {
            context.FailWith(RuleHelpers.Root, null, "OCS701");
        }
    }
}
