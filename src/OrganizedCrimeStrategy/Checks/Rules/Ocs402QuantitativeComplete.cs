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

        // The list of what is missing is built only for a failure.
        bool lacksUnit = indicator.Unit is null, lacksBaseline = indicator.Baseline is null, lacksTarget = indicator.Target is null;
        if (!(lacksUnit || lacksBaseline || lacksTarget))
        {
            context.Pass(entry.Pillar);
            return;
        }

        var missing = new List<string>(3);
        if (lacksUnit)
        {
            missing.Add("unit");
        }

        if (lacksBaseline)
        {
            missing.Add("baseline");
        }

        if (lacksTarget)
        {
            missing.Add("target");
        }

        context.FailWith(entry.Pointer, entry.Pillar, "OCS402", ("indicator", indicator.Id), ("missing", RuleHelpers.Missing(context.Messages, [.. missing])));
    }
}
