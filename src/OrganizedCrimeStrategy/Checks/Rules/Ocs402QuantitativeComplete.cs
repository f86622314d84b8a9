using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS402 quantitative-complete: a quantitative indicator has a unit, a baseline and a target.</summary>
internal sealed class Ocs402QuantitativeComplete() : Rule(new RuleDescriptor(
    "OCS402", "quantitative-complete", Severity.Error, StrategyStage.Drafting, "seed",
    "A quantitative indicator has a unit, a baseline and a target."))
{
    public override void Check(RuleContext context)
    {
        var missing = new List<string>(3);
        foreach (var entry in context.Index.Indicators)
        {
            if (entry.Indicator is not QuantitativeIndicator indicator)
            {
                continue;
            }

            missing.Clear();
            if (indicator.Unit is null)
            {
                missing.Add("unit");
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
                context.FailWith(entry.Pointer, entry.Pillar, "OCS402", ("indicator", indicator.Id), ("missing", RuleHelpers.Missing(context.Messages, [.. missing])));
            }
        }
    }
}
