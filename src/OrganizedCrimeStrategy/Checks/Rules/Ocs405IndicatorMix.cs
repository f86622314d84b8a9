using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS405 indicator-mix: the document has both quantitative and qualitative indicators. One document-wide check.</summary>
internal sealed class Ocs405IndicatorMix() : Rule(new RuleDescriptor(
    "OCS405", "indicator-mix", Severity.Warning, StrategyStage.Drafting, "seed (\"quantitative and qualitative indicators\")",
    "The strategy has both quantitative and qualitative indicators."))
{
    public override void Check(RuleContext context)
    {
        bool quantitative = false, qualitative = false;
        foreach (var entry in context.Index.IndicatorSlots)
        {
            quantitative |= entry.Indicator is QuantitativeIndicator;
            qualitative |= entry.Indicator is QualitativeIndicator;
            if (quantitative && qualitative)
            {
                break;
            }
        }

        var key = (quantitative, qualitative) switch
        {
            (true, true) => null,
            (false, false) => "OCS405.none",
            (false, true) => "OCS405.quantitative",
            (true, false) => "OCS405.qualitative",
        };
        if (key is null)
        {
            context.Pass();
        }
        else
        {
            context.FailWith(RuleHelpers.Root, null, key);
        }
    }
}
