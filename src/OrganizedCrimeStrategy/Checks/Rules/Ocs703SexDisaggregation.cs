using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS703 sex-disaggregation: at least one indicator is disaggregated by <c>sex</c>.</summary>
internal sealed class Ocs703SexDisaggregation() : Rule(new RuleDescriptor(
    "OCS703", "sex-disaggregation", Severity.Info, StrategyStage.Drafting, "SDG 16.2.2, gender mainstreaming",
    "At least one indicator is disaggregated by sex."))
{
    public override void Check(RuleContext context)
    {
        if (context.Index.Indicators.Any(i => i.Indicator.Disaggregation.Contains("sex")))
        {
            context.Pass();
        }
        else
        {
            context.FailWith(RuleHelpers.Root, null, "OCS703");
        }
    }
}
