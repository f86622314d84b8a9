using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS603 public-consultation: a consultation of kind public exists and, once there is an adoption date (the
/// actual one, else the planned one), one of them ends before it. Warning, error from <c>adopted</c>.
/// </summary>
internal sealed class Ocs603PublicConsultation() : Rule(new RuleDescriptor(
    "OCS603", "public-consultation", Severity.Warning, StrategyStage.Drafting, "seed (\"prior public consultations\")",
    "A public consultation exists and, once there is an adoption date, ends before it.")
{
    Escalation = new StageSeverity(StrategyStage.Adopted, Severity.Error),
})
{
    public override void Check(RuleContext context)
    {
        var consultations = context.Strategy.Consultations;
        var adoptionDate = context.Strategy.Adoption?.AdoptedDate ?? context.Strategy.Adoption?.PlannedDate;
        var firstPublic = -1;
        for (var i = 0; i < consultations.Count; i++)
        {
            var consultation = consultations[i];
            if (consultation.Kind != ConsultationKind.Public)
            {
                continue;
            }

            if (adoptionDate is not { } date || consultation.End < date)
            {
                context.Pass();
                return;
            }

            firstPublic = firstPublic < 0 ? i : firstPublic;
        }

        if (firstPublic < 0)
        {
            context.FailWith(consultations.Count == 0 ? RuleHelpers.Root : "/consultations", null, "OCS603.missing");
            return;
        }

        var late = consultations[firstPublic];
        context.FailWith(
            RuleHelpers.Item("/consultations", firstPublic),
            null,
            late.End is null ? "OCS603.noEnd" : "OCS603.late",
            ("consultation", late.Id),
            ("date", RuleHelpers.Date(adoptionDate!.Value)));
    }
}
