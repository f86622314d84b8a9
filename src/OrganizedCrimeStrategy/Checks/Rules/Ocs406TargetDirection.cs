using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS406 target-direction: a quantitative target lies on the side of the baseline that its direction asks for
/// (strictly above for increase, strictly below for decrease) and equals it for maintain. One check per
/// quantitative indicator that has a baseline, a target and a direction; the failure points at the target.
/// </summary>
internal sealed class Ocs406TargetDirection() : ElementRule(new RuleDescriptor(
    "OCS406", "target-direction", Severity.Warning, StrategyStage.Drafting, "practice",
    "A quantitative target lies on the side of the baseline that its direction asks for, and equals it for maintain."), ElementKind.Indicators)
{
    public override void Indicator(RuleContext context, in IndicatorSlot entry)
    {
        if (entry.Indicator is not QuantitativeIndicator { Baseline: { } baseline, Target: { } target, Direction: { } direction } indicator)
        {
            return;
        }

        var ok = direction switch
        {
            DesiredDirection.Increase => target.Value > baseline.Value,
            DesiredDirection.Decrease => target.Value < baseline.Value,
            _ => target.Value == baseline.Value,
        };
        if (ok)
        {
            context.Pass(entry.Pillar);
        }
        else
        {
            context.FailWith(
                entry.Pointer + "/target",
                entry.Pillar,
                "OCS406." + FormatNames.Of(direction),
                ("indicator", indicator.Id),
                ("target", RuleHelpers.Number(target.Value)),
                ("baseline", RuleHelpers.Number(baseline.Value)));
        }
    }
}
