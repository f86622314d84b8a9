using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS501 monitoring-body: monitoring names a coordinating body.</summary>
internal sealed class Ocs501MonitoringBody() : Rule(new RuleDescriptor(
    "OCS501", "monitoring-body", Severity.Error, StrategyStage.Drafting, "seed (\"one interagency cooperation mechanism\")",
    "The monitoring mechanism names a coordinating body."))
{
    public override void Check(RuleContext context)
    {
        switch (context.Strategy.Monitoring)
        {
            case null:
                context.FailWith(RuleHelpers.Root, null, "OCS501.missing");
                break;
            case { Body: null }:
                context.FailWith("/monitoring", null, "OCS501");
                break;
            default:
                context.Pass();
                break;
        }
    }
}
