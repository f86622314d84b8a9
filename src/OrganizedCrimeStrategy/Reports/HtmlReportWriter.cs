using System.Globalization;
using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Monitoring;
using OrganizedCrimeStrategy.Reports.Html;

namespace OrganizedCrimeStrategy.Reports;

/// <summary>
/// Writes one report; an instance serves one call of <see cref="HtmlReport.Write(Strategy, TextWriter, HtmlReportOptions)"/>.
/// This file holds the document's frame and the pieces the sections share; each section has its own file
/// (<c>HtmlReportWriter.&lt;Section&gt;.cs</c>).
/// </summary>
/// <remarks>
/// Everything goes through <see cref="HtmlWriter"/>: labels, numbers and the document's texts are plain strings (or
/// <see cref="Text"/>) until an interpolated string of the writer escapes them; pieces of markup are <see cref="Markup"/>.
/// </remarks>
internal sealed partial class HtmlReportWriter
{
    /// <summary>What the report writes for a value it does not have.</summary>
    private static readonly Markup Dash = Markup.Escaped("–");

    private readonly Strategy _strategy;
    private readonly HtmlReportOptions _options;
    private readonly HtmlWriter _w;
    private readonly ReportLabels _labels;
    private readonly string _language;
    private readonly CheckResult _check;
    private readonly Scorecard _card;
    private readonly Dictionary<Indicator, StrategyAction?> _owners = new(ReferenceEqualityComparer.Instance);

    public HtmlReportWriter(Strategy strategy, HtmlReportOptions options, TextWriter writer)
    {
        _strategy = strategy;
        _options = options;
        _language = options.Language;
        _w = new HtmlWriter(writer, _language);
        _labels = ReportLabels.For(_language);
        _check = (options.RuleSet ?? RuleSet.Toolkit).Check(strategy, new CheckOptions { Stage = options.Stage, Language = _language });
        _card = Scorecard.Of(strategy, options.AsOf, options.Thresholds);
        foreach (var entry in strategy.Indicators)
        {
            _owners.TryAdd(entry.Indicator, entry.Action);
        }
    }

    public void Write()
    {
        var title = _strategy.Title;
        _w.Line($"<!DOCTYPE html>");
        _w.Line($"<html lang=\"{_labels.Language}\">");
        _w.Line($"<head>");
        _w.Line($"<meta charset=\"utf-8\">");
        _w.Line($"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        _w.Line($"<meta name=\"generator\" content=\"OrganizedCrimeStrategy\">");
        _w.Line($"<title>{title} · {L("report.kind")}</title>");
        _w.Line($"<style>{Styles.Css}</style>");
        _w.Line($"</head>");
        _w.Line($"<body>");
        Header(title);
        Contents();
        _w.Line($"<main>");
        ScorecardSection();
        Completeness();
        Coverage();
        Timeline();
        Indicators();
        Milestones();
        _w.Line($"</main>");
        _w.Line($"<footer><div class=\"wrap\"><p>{L("footer.method", ("tolerance", Number(_options.Thresholds.MaintainTolerance * 100, 1)))}</p><p>{L("footer.generated", ("id", _strategy.Id), ("date", Date(_options.AsOf)))}</p></div></footer>");
        _w.Line($"</body>");
        _w.Line($"</html>");
        _w.Flush();
    }

    // ---- the frame ---------------------------------------------------------------------------------------------

    private void Header(Text title)
    {
        _w.Line($"<header class=\"masthead\" id=\"summary\"><div class=\"wrap\">");
        _w.Line($"<p class=\"eyebrow\">{L("report.kind")} · {_strategy.Country}</p>");
        _w.Line($"<h1>{title}</h1>");
        _w.Line($"<dl class=\"meta\">");
        Term(L("meta.country"), _strategy.Country);
        Term(L("meta.stage"), L("stage." + FormatNames.Of(_strategy.Stage)));
        if (_strategy.Period is { } period)
        {
            Term(L("meta.period"), $"{Date(period.Start)} – {Date(period.End)}");
        }

        Term(L("meta.asOf"), Date(_options.AsOf));
        Term(L("meta.document"), _w.Fragment($"<code>{_strategy.Id}</code>"));
        _w.Line($"</dl>");
        if (_strategy.Vision is { } vision)
        {
            _w.Line($"<p class=\"vision\">{vision}</p>");
        }

        _w.Line($"</div></header>");
    }

    private void Contents()
    {
        _w.Line($"<nav class=\"toc\" aria-label=\"{L("nav.label")}\"><div class=\"wrap\"><ol>");
        foreach (var id in HtmlReport.SectionIds.Skip(1))
        {
            _w.Line($"<li><a href=\"#{id}\">{L("section." + id)}</a></li>");
        }

        _w.Line($"</ol></div></nav>");
    }

    // ---- pieces ------------------------------------------------------------------------------------------------

    private void OpenSection(string id) => _w.Line($"<section id=\"{id}\" aria-labelledby=\"{id}-h\"><h2 id=\"{id}-h\">{L("section." + id)}</h2>");

    private void CloseSection() => _w.Line($"</section>");

    /// <summary>A term and its value in a definition list.</summary>
    private void Term(string term, Markup value) => _w.Line($"<div><dt>{term}</dt><dd>{value}</dd></div>");

    private void Term(string term, string value) => Term(term, Markup.Escaped(value));

    private Markup Chip(ProgressStatus status) => _w.Fragment($"<span class=\"chip st-{FormatNames.Of(status)}\">{L("status." + FormatNames.Of(status))}</span>");

    private Markup OverdueCount(int count) => _w.Fragment($"<span class=\"overdue-text\">{L("kpi.overdue", ("count", Number(count)))}</span>");

    private Markup RollUpText(ProgressRollUp rollUp) => rollUp.Percent is { } p
        ? _w.Fragment($"<span class=\"rollup\">{L("indicators.rollUp", ("percent", Percent(p)), ("expected", Percent(rollUp.Expected ?? 0)))} {Chip(rollUp.Status)}</span>")
        : _w.Fragment($"<span class=\"rollup\">{Chip(ProgressStatus.NoData)}</span>");

    private StackChart StatusStack(StatusCounts counts, int width)
    {
        var parts = Enum.GetValues<ProgressStatus>().Select(s => (counts.Of(s), Charts.StatusColor(s))).ToList();
        var label = string.Join(", ", Enum.GetValues<ProgressStatus>().Select(s => $"{L("status." + FormatNames.Of(s))} {counts.Of(s).ToString(CultureInfo.InvariantCulture)}"));
        return new StackChart(parts, label, width);
    }

    private StackChart ActionStack(ActionSummary actions, int width)
    {
        var parts = Enum.GetValues<ActionStatus>().Select(s => (actions.Of(s), Charts.ActionColor(s))).ToList();
        var label = string.Join(", ", Enum.GetValues<ActionStatus>().Select(s => $"{L("actionStatus." + FormatNames.Of(s))} {actions.Of(s).ToString(CultureInfo.InvariantCulture)}"));
        return new StackChart(parts, label, width);
    }

    /// <summary>The bar of a roll-up.</summary>
    private BarChart Bar(ProgressRollUp rollUp, int width) =>
        new(rollUp.Percent, rollUp.Expected, rollUp.Status, BarLabel(rollUp.Percent, rollUp.Expected, null), width);

    private string BarLabel(double? percent, double? expected, NoDataReason? reason)
    {
        if (percent is not { } p)
        {
            return reason is { } r ? L("chart.barNoData", ("reason", L("reason." + FormatNames.Of(r)))) : L("chart.barNoData", ("reason", L("status.noData")));
        }

        return expected is { } e
            ? L("chart.bar", ("percent", Percent(p)), ("expected", Percent(e)), ("date", Date(_options.AsOf)))
            : L("chart.barNoExpected", ("percent", Percent(p)));
    }

    private string PillarName(Pillar pillar) => L("pillar." + FormatNames.Of(pillar));

    /// <summary>A stakeholder's name and acronym, or the id when it names nobody, or a dash for no id.</summary>
    private Markup StakeholderName(string? id)
    {
        if (id is null)
        {
            return Dash;
        }

        return _strategy.FindStakeholder(id) is { } stakeholder
            ? _w.Fragment($"{stakeholder.Name}{Acronym(stakeholder)}")
            : Markup.Escaped(id);
    }

    private Markup Acronym(Stakeholder stakeholder) =>
        stakeholder.Acronym is { } acronym ? _w.Fragment($" <span class=\"acronym\">{acronym}</span>") : Markup.Empty;

    // ---- text --------------------------------------------------------------------------------------------------

    /// <summary>A number the language's way (digit groups, at most <paramref name="decimals"/> decimals).</summary>
    private string Number(double value, int decimals = 0) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 0 ? "#,0" : "#,0." + new string('#', decimals), _labels.Numbers);

    /// <summary>A whole percent the language's way (<c>53%</c>, <c>53 %</c>).</summary>
    private string Percent(double value) => _labels.Get("format.percent", ("value", Number(value)));

    private static string Date(DateOnly date) => HtmlText.Date(date);

    /// <summary>A label with its placeholders filled: text, escaped where it is written.</summary>
    private string L(string key, params ReadOnlySpan<(string Name, string Value)> arguments) => _labels.Get(key, arguments);

    /// <summary>A text of the document in the report's language, for labels and tooltips (written as <see cref="Text"/> elsewhere).</summary>
    private string Plain(Text text) => text.Get(_language);
}
