using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS502 reporting-cycle: monitoring has a reporting frequency.</summary>
internal sealed class Ocs502ReportingCycle() : Rule(new RuleDescriptor(
    "OCS502", "reporting-cycle", Severity.Warning, StrategyStage.Drafting, "seed, practice",
    "The monitoring mechanism has a reporting frequency."))
{
    public override void Check(RuleContext context)
    {
        switch (context.Strategy.Monitoring)
        {
            case null:
                context.FailWith(RuleHelpers.Root, null, "OCS502.missing");
                break;
            case { ReportingFrequency: null }:
                context.FailWith("/monitoring", null, "OCS502");
                break;
            default:
                context.Pass();
                break;
        }
    }
}
