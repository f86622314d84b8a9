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

        // The list of what is missing is built only for a failure.
        bool lacksScale = indicator.Scale.Count < 2, lacksBaseline = indicator.Baseline is null, lacksTarget = indicator.Target is null;
        if (!(lacksScale || lacksBaseline || lacksTarget))
        {
            context.Pass(entry.Pillar);
            return;
        }

        var missing = new List<string>(3);
        if (lacksScale)
        {
            missing.Add("scale");
        }

        if (lacksBaseline)
        {
            missing.Add("baseline");
        }

        if (lacksTarget)
        {
            missing.Add("target");
        }

        context.FailWith(entry.Pointer, entry.Pillar, "OCS403", ("indicator", indicator.Id), ("missing", RuleHelpers.Missing(context.Messages, [.. missing])));
    }
}
