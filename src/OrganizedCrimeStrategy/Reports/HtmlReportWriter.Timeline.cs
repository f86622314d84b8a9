using System.Globalization;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Monitoring;

namespace OrganizedCrimeStrategy.Reports;

/// <content>The action timeline: one chart per pillar, then the overdue actions.</content>
internal sealed partial class HtmlReportWriter
{
    private void Timeline()
    {
        OpenSection("timeline");
        var actions = _card.Actions;
        _w.Line($"<p class=\"intro\">{L("intro.timeline")}</p>");
        _w.Line($"<p class=\"legend-row\">");
        foreach (var status in Enum.GetValues<ActionStatus>())
        {
            _w.Line($"<span class=\"key\"><span class=\"swatch\" style=\"background:{Charts.ActionColor(status)}\"></span>{L("actionStatus." + FormatNames.Of(status))} <strong>{Number(actions.Of(status))}</strong></span>");
        }

        _w.Line($"<span class=\"key\"><span class=\"swatch overdue\"></span>{L("timeline.overdue")} <strong>{Number(actions.Overdue.Count)}</strong></span>");
        _w.Line($"</p>");

        var dated = _strategy.Actions.SelectMany(a => new[] { a.Action.Start, a.Action.End }).OfType<DateOnly>().ToList();
        if (_strategy.Period is { } period)
        {
            dated.Add(period.Start);
            dated.Add(period.End);
        }

        dated.Add(_options.AsOf);
        var from = new DateOnly(dated.Min().Year, 1, 1);
        var to = new DateOnly(dated.Max().Year, 12, 31);
        var overdue = actions.Overdue.Select(o => o.Action).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            var entries = _strategy.Actions.Where(a => a.Pillar == pillar).ToList();
            _w.Line($"<h3 class=\"pillar-heading\" style=\"--c:{Charts.PillarColor(pillar)}\">{PillarName(pillar)} <span class=\"count\">{Number(entries.Count)}</span></h3>");
            if (entries.Count == 0)
            {
                _w.Line($"<p class=\"muted\">{L("timeline.noActions")}</p>");
                continue;
            }

            var rows = entries.Select(e => Row(e, overdue.Contains(e.Action), period: _strategy.Period)).ToList();
            var overdueHere = entries.Count(e => overdue.Contains(e.Action));
            var label = L("timeline.chart", ("count", Number(entries.Count)), ("pillar", PillarName(pillar)), ("from", from.Year.ToString(CultureInfo.InvariantCulture)), ("to", to.Year.ToString(CultureInfo.InvariantCulture)), ("overdue", Number(overdueHere)));

            // Alone, not inside the line: a long timeline streams row by row.
            _w.Write($"<figure class=\"chart\">");
            _w.Write(new TimelineChart(rows, from, to, _options.AsOf, L("timeline.asOf", ("date", Date(_options.AsOf))), label));
            _w.Line($"</figure>");
        }

        _w.Line($"<h3>{L("timeline.overdueTitle")} <span class=\"count\">{Number(actions.Overdue.Count)}</span></h3>");
        if (actions.Overdue.IsEmpty)
        {
            _w.Line($"<p class=\"good\">{L("timeline.noneOverdue")}</p>");
        }
        else
        {
            _w.Line($"<table class=\"overdue\">");
            _w.Line($"<thead><tr><th scope=\"col\">{L("column.action")}</th><th scope=\"col\">{L("column.pillar")}</th><th scope=\"col\">{L("column.lead")}</th><th scope=\"col\">{L("column.end")}</th><th scope=\"col\">{L("column.status")}</th><th scope=\"col\" class=\"num\">{L("column.daysOverdue")}</th></tr></thead><tbody>");
            foreach (var item in actions.Overdue)
            {
                _w.Line($"<tr><th scope=\"row\">{item.Action.Title}</th><td>{PillarName(item.Pillar)}</td><td>{StakeholderName(item.Action.Lead)}</td><td class=\"nowrap\">{item.Action.End!.Value}</td><td>{L("actionStatus." + FormatNames.Of(item.Action.Status))}</td><td class=\"num\"><strong class=\"overdue-text\">{Number(item.DaysOverdue)}</strong></td></tr>");
            }

            _w.Line($"</tbody></table>");
        }

        CloseSection();
    }

    private TimelineRow Row(ActionEntry entry, bool isOverdue, Period? period)
    {
        var action = entry.Action;
        var title = Plain(action.Title);
        var start = action.Start ?? period?.Start ?? action.End;
        var end = action.End ?? period?.End ?? action.Start;
        var status = L("actionStatus." + FormatNames.Of(action.Status));
        var dates = $"{(action.Start is { } s ? Date(s) : "…")} – {(action.End is { } e ? Date(e) : "…")}";
        var lead = action.Lead is { } l ? (_strategy.FindStakeholder(l)?.Acronym ?? _strategy.FindStakeholder(l)?.Name.Get(_language) ?? l) : null;
        var tooltip = string.Join(" · ", new[]
        {
            title, dates, status, lead,
            isOverdue ? L("timeline.overdueBy", ("days", Number(_options.AsOf.DayNumber - action.End!.Value.DayNumber))) : null,
        }.OfType<string>());
        return new TimelineRow(title, start, end, action.Status, isOverdue, tooltip, OpenStart: action.Start is null, OpenEnd: action.End is null);
    }
}
