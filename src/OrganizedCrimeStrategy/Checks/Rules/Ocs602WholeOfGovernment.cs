using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS602 whole-of-government: stakeholders cover at least three of law enforcement, prosecution, judiciary,
/// security, health, education, social services, financial intelligence, customs and border.
/// </summary>
internal sealed class Ocs602WholeOfGovernment() : Rule(new RuleDescriptor(
    "OCS602", "whole-of-government", Severity.Warning, StrategyStage.Drafting, "seed (the working group's composition)",
    "Stakeholders cover at least three of: lawEnforcement, prosecution, judiciary, security, health, education, socialServices, financialIntelligence, customsAndBorder."))
{
    private static readonly StakeholderKind[] Sectors =
    [
        StakeholderKind.LawEnforcement, StakeholderKind.Prosecution, StakeholderKind.Judiciary, StakeholderKind.Security,
        StakeholderKind.Health, StakeholderKind.Education, StakeholderKind.SocialServices, StakeholderKind.FinancialIntelligence,
        StakeholderKind.CustomsAndBorder,
    ];

    public override void Check(RuleContext context)
    {
        var present = new bool[Enum.GetValues<StakeholderKind>().Length];
        foreach (var stakeholder in context.Strategy.Stakeholders)
        {
            present[(int)stakeholder.Kind] = true;
        }

        var covered = Sectors.Where(s => present[(int)s]).Select(s => FormatNames.Of(s)).ToArray();
        if (covered.Length >= 3)
        {
            context.Pass();
        }
        else
        {
            context.FailWith(
                RuleHelpers.StakeholdersPointer,
                null,
                "OCS602",
                ("count", covered.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("covered", covered.Length == 0 ? "-" : string.Join(", ", covered)));
        }
    }
}
