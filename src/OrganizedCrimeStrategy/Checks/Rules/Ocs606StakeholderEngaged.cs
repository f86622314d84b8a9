using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS606 stakeholder-engaged: every stakeholder has some role: lead, partner, member, chair, monitoring body,
/// responsible, funder, participant or authority (being a parent or an evaluator does not count).
/// </summary>
internal sealed class Ocs606StakeholderEngaged() : Rule(new RuleDescriptor(
    "OCS606", "stakeholder-engaged", Severity.Info, StrategyStage.Drafting, "practice",
    "Every stakeholder has some role: lead, partner, member, chair, body, responsible, funder, participant or authority."))
{
    private static readonly StakeholderRole[] Roles =
    [
        StakeholderRole.Lead, StakeholderRole.Partner, StakeholderRole.Funder, StakeholderRole.Responsible, StakeholderRole.Chair,
        StakeholderRole.Member, StakeholderRole.MonitoringBody, StakeholderRole.Participant, StakeholderRole.Authority,
    ];

    public override void Check(RuleContext context)
    {
        var stakeholders = context.Strategy.Stakeholders;
        for (var i = 0; i < stakeholders.Count; i++)
        {
            if (context.Index.HasRole(stakeholders[i].Id, Roles))
            {
                context.Pass();
            }
            else
            {
                context.FailWith(RuleHelpers.Item(RuleHelpers.StakeholdersPointer, i), null, "OCS606", ("stakeholder", stakeholders[i].Id));
            }
        }
    }
}
