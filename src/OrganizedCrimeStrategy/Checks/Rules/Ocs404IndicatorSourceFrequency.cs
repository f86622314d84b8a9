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
        var missing = (indicator.DataSource is null, indicator.Frequency is null) switch
        {
            (false, false) => null,
            (true, false) => RuleHelpers.Missing(context.Messages, "dataSource"),
            (false, true) => RuleHelpers.Missing(context.Messages, "frequency"),
            (true, true) => RuleHelpers.Missing(context.Messages, "dataSource", "frequency"),
        };
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
