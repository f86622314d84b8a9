using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS403 qualitative-complete: a qualitative indicator has a scale of at least two levels, a baseline and a target.</summary>
internal sealed class Ocs403QualitativeComplete() : Rule(new RuleDescriptor(
    "OCS403", "qualitative-complete", Severity.Error, StrategyStage.Drafting, "seed",
    "A qualitative indicator has a scale of at least two levels, a baseline and a target."))
{
    public override void Check(RuleContext context)
    {
        var missing = new List<string>(3);
        foreach (var entry in context.Index.Indicators)
        {
            if (entry.Indicator is not QualitativeIndicator indicator)
            {
                continue;
            }

            missing.Clear();
            if (indicator.Scale.Count < 2)
            {
                missing.Add("scale");
            }

            if (indicator.Baseline is null)
            {
                missing.Add("baseline");
            }

            if (indicator.Target is null)
            {
                missing.Add("target");
            }

            if (missing.Count == 0)
            {
                context.Pass(entry.Pillar);
            }
            else
            {
                context.FailWith(entry.Pointer, entry.Pillar, "OCS403", ("indicator", indicator.Id), ("missing", RuleHelpers.Missing(context.Messages, [.. missing])));
            }
        }
    }
}
