using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS604 adoption-mechanism: adoption names an instrument and a planned or actual date.</summary>
internal sealed class Ocs604AdoptionMechanism() : Rule(new RuleDescriptor(
    "OCS604", "adoption-mechanism", Severity.Warning, StrategyStage.Consultation, "seed (\"timelines and mechanisms for adopting\")",
    "The adoption names an instrument and a planned or actual date."))
{
    public override void Check(RuleContext context)
    {
        if (context.Strategy.Adoption is not { } adoption)
        {
            context.FailWith(RuleHelpers.Root, null, "OCS604.missing");
            return;
        }

        var noInstrument = adoption.Instrument is null;
        var noDate = adoption.PlannedDate is null && adoption.AdoptedDate is null;
        var missing = RuleHelpers.Lacking(context.Messages, (noInstrument, "instrument"), (noDate, "adoptionDate"));
        if (missing is null)
        {
            context.Pass();
        }
        else
        {
            context.FailWith("/adoption", null, "OCS604", ("missing", missing));
        }
    }
}
