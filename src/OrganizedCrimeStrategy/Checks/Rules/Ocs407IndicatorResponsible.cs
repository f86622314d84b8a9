using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS407 indicator-responsible: every indicator names a responsible stakeholder.</summary>
internal sealed class Ocs407IndicatorResponsible() : ElementRule(new RuleDescriptor(
    "OCS407", "indicator-responsible", Severity.Info, StrategyStage.Drafting, "practice",
    "Every indicator names a responsible stakeholder."), ElementKind.Indicators)
{
    public override void Indicator(RuleContext context, in IndicatorSlot entry)
    {
        if (entry.Indicator.Responsible is not null)
        {
            context.Pass(entry.Pillar);
        }
        else
        {
            context.FailWith(entry.Pointer, entry.Pillar, "OCS407", ("indicator", entry.Indicator.Id));
        }
    }
}
