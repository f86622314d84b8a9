using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS703 sex-disaggregation: at least one indicator is disaggregated by <c>sex</c>.</summary>
internal sealed class Ocs703SexDisaggregation() : Rule(new RuleDescriptor(
    "OCS703", "sex-disaggregation", Severity.Info, StrategyStage.Drafting, "SDG 16.2.2, gender mainstreaming",
    "At least one indicator is disaggregated by sex."))
{
    public override void Check(RuleContext context)
    {
        foreach (var entry in context.Index.IndicatorSlots)
        {
            if (entry.Indicator.Disaggregation.AsSpan().Contains("sex"))
            {
                context.Pass();
                return;
            }
        }

        context.FailWith(RuleHelpers.Root, null, "OCS703");
    }
}
