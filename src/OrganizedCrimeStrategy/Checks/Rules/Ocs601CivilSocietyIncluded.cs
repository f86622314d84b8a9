using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS601 civil-society-included: a civil-society stakeholder is a working-group member (a chair counts as a
/// member), an action partner or lead, or a consultation participant.
/// </summary>
internal sealed class Ocs601CivilSocietyIncluded() : Rule(new RuleDescriptor(
    "OCS601", "civil-society-included", Severity.Error, StrategyStage.Drafting, "seed (\"whole-of-society\")",
    "A civil-society stakeholder is a working-group member, an action partner or lead, or a consultation participant."))
{
    public override void Check(RuleContext context)
    {
        foreach (var reference in context.Index.References)
        {
            if (reference.Role is StakeholderRole.Member or StakeholderRole.Chair or StakeholderRole.Partner or StakeholderRole.Lead or StakeholderRole.Participant
                && context.Index.FindStakeholder(reference.StakeholderId)?.Kind == StakeholderKind.CivilSociety)
            {
                context.Pass();
                return;
            }
        }

        context.FailWith(RuleHelpers.StakeholdersPointer, null, "OCS601");
    }
}
