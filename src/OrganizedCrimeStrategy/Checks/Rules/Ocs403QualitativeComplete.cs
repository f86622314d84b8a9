using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS403 qualitative-complete: a qualitative indicator has a scale of at least two levels, a baseline and a target.</summary>
internal sealed class Ocs403QualitativeComplete() : ElementRule(new RuleDescriptor(
    "OCS403", "qualitative-complete", Severity.Error, StrategyStage.Drafting, "seed",
    "A qualitative indicator has a scale of at least two levels, a baseline and a target."), ElementKind.Indicators)
{
    public override void Indicator(RuleContext context, in IndicatorSlot entry)
    {
        if (entry.Indicator is not QualitativeIndicator indicator)
        {
            return;
        }

        var missing = RuleHelpers.Lacking(
            context.Messages, (indicator.Scale.Count < 2, "scale"), (indicator.Baseline is null, "baseline"), (indicator.Target is null, "target"));
        if (missing is null)
        {
            context.Pass(entry.Pillar);
        }
        else
        {
            context.FailWith(entry.Pointer, entry.Pillar, "OCS403", ("indicator", indicator.Id), ("missing", missing));
        }
    }
}
