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
    private static readonly StakeholderRole[] Roles =
        [StakeholderRole.Member, StakeholderRole.Chair, StakeholderRole.Partner, StakeholderRole.Lead, StakeholderRole.Participant];

    public override void Check(RuleContext context)
    {
        foreach (var stakeholder in context.Strategy.Stakeholders)
        {
            // The first stakeholder with an id is the one its references name.
            if (stakeholder.Kind == StakeholderKind.CivilSociety
                && ReferenceEquals(context.Index.FindStakeholder(stakeholder.Id), stakeholder)
                && context.Index.HasRole(stakeholder.Id, Roles))
            {
                context.Pass();
                return;
            }
        }

        context.FailWith(RuleHelpers.StakeholdersPointer, null, "OCS601");
    }
}
