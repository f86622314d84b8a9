using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Reports.Html;

namespace OrganizedCrimeStrategy.Reports;

/// <content>The scorecard: completeness, overall progress, indicators and actions at a glance, then one card per pillar.</content>
internal sealed partial class HtmlReportWriter
{
    private void ScorecardSection()
    {
        OpenSection("scorecard");
        _w.Line($"<p class=\"intro\">{L("intro.scorecard", ("date", Date(_options.AsOf)))}</p>");
        _w.Line($"<div class=\"kpis\">");

        var score = _check.Score;
        _w.Line($"<div class=\"kpi kpi-ring\">");
        _w.Line($"{new RingChart(score.Value, Number(Math.Floor(score.Value)), L("kpi.completenessChart", ("score", Number(score.Value, 1))))}");
        _w.Line($"<div><p class=\"label\">{L("kpi.completeness")}</p><p class=\"value\">{Number(score.Value, 1)}<span class=\"unit\">/100</span></p>");
        _w.Line($"<p class=\"detail\">{L("kpi.checks", ("passed", Number(score.Checks.Passed)), ("applicable", Number(score.Checks.Applicable)))}</p></div>");
        _w.Line($"</div>");

        var overall = _card.Overall;
        _w.Line($"<div class=\"kpi\">");
        _w.Line($"<p class=\"label\">{L("kpi.progress")}</p>");
        _w.Line($"<p class=\"value\">{(overall.Percent is { } op ? Percent(op) : "–")}</p>");
        _w.Line($"{Bar(overall, 220)}");
        _w.Line($"<p class=\"detail\">{(overall.Expected is { } oe ? L("kpi.expected", ("expected", Percent(oe))) : L("kpi.noProgress"))} {Chip(overall.Status)}</p>");
        _w.Line($"</div>");

        var counts = overall.Counts;
        CountKpi(L("kpi.indicators"), counts.Total, StatusStack(counts, 220), Markup.Escaped(L("kpi.withData", ("count", Number(counts.WithData)), ("total", Number(counts.Total)))));
        var actions = _card.Actions;
        CountKpi(L("kpi.actions"), actions.Total, ActionStack(actions, 220), actions.Overdue.Count > 0 ? OverdueCount(actions.Overdue.Count) : Markup.Escaped(L("kpi.noneOverdue")));
        _w.Line($"</div>");

        _w.Line($"<div class=\"pillars\">");
        foreach (var pillar in _card.Pillars)
        {
            var pillarScore = _check.ScoreOf(pillar.Pillar);
            var rollUp = pillar.RollUp;
            var overdue = pillar.Actions.Overdue.Count;
            _w.Line($"<article class=\"pillar-card\" style=\"--c:{Charts.PillarColor(pillar.Pillar)}\">");
            _w.Line($"<h3>{PillarName(pillar.Pillar)}</h3>");
            _w.Line($"<dl>");
            _w.Line($"<div><dt>{L("kpi.completeness")}</dt><dd>{Number(pillarScore.Value, 1)}<span class=\"unit\">/100</span></dd></div>");
            _w.Line($"<div><dt>{L("kpi.progress")}</dt><dd>{(rollUp.Percent is { } p ? Percent(p) : "–")} {Chip(rollUp.Status)}</dd></div>");
            _w.Line($"</dl>");
            _w.Line($"{Bar(rollUp, 230)}");
            _w.Line($"<p class=\"detail\">{L("card.indicators", ("count", Number(rollUp.Counts.WithData)), ("total", Number(rollUp.Counts.Total)))}<br>");
            _w.Line($"{L("card.actions", ("count", Number(pillar.Actions.Total)))}{(overdue > 0 ? _w.Fragment($" · {OverdueCount(overdue)}") : Markup.Empty)}</p>");
            _w.Line($"</article>");
        }

        _w.Line($"</div>");
        CloseSection();
    }

    /// <summary>A key figure that counts things: how many, a bar of them by status, and a sentence.</summary>
    private void CountKpi(string label, int total, StackChart stack, Markup detail)
    {
        _w.Line($"<div class=\"kpi\">");
        _w.Line($"<p class=\"label\">{label}</p>");
        _w.Line($"<p class=\"value\">{Number(total)}</p>");
        _w.Line($"{stack}");
        _w.Line($"<p class=\"detail\">{detail}</p>");
        _w.Line($"</div>");
    }
}
