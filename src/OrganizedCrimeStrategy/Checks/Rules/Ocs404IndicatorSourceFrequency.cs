using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>OCS404 indicator-source-frequency: every indicator has a data source and a frequency.</summary>
internal sealed class Ocs404IndicatorSourceFrequency() : ElementRule(new RuleDescriptor(
    "OCS404", "indicator-source-frequency", Severity.Warning, StrategyStage.Drafting, "seed (\"robust monitoring\")",
    "Every indicator has a data source and a frequency."), ElementKind.Indicators)
{
    public override void Indicator(RuleContext context, in IndicatorSlot entry)
    {
        var indicator = entry.Indicator;
        var missing = RuleHelpers.Lacking(context.Messages, (indicator.DataSource is null, "dataSource"), (indicator.Frequency is null, "frequency"));
        if (missing is null)
        {
            context.Pass(entry.Pillar);
        }
        else
        {
            context.FailWith(entry.Pointer, entry.Pillar, "OCS404", ("indicator", indicator.Id), ("missing", missing));
        }
    }
}
