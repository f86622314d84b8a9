using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS402 quantitative-complete: a quantitative indicator has a unit, a baseline and a target.</summary>
internal sealed class Ocs402QuantitativeComplete() : ElementRule(new RuleDescriptor(
    "OCS402", "quantitative-complete", Severity.Error, StrategyStage.Drafting, "seed",
    "A quantitative indicator has a unit, a baseline and a target."), ElementKind.Indicators)
{
    public override void Indicator(RuleContext context, in IndicatorSlot entry)
    {
        if (entry.Indicator is not QuantitativeIndicator indicator)
        {
            return;
        }

        var missing = RuleHelpers.Lacking(
            context.Messages, (indicator.Unit is null, "unit"), (indicator.Baseline is null, "baseline"), (indicator.Target is null, "target"));
        if (missing is null)
        {
            context.Pass(entry.Pillar);
        }
        else
        {
            context.FailWith(entry.Pointer, entry.Pillar, "OCS402", ("indicator", indicator.Id), ("missing", missing));
        }
    }
}
