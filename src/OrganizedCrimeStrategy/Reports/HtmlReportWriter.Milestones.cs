using System.Globalization;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Reports.Html;

namespace OrganizedCrimeStrategy.Reports;

/// <content>Milestones: monitoring, adoption and consultation facts, then a calendar of every dated item, as a chart and a table.</content>
internal sealed partial class HtmlReportWriter
{
    private void Milestones()
    {
        OpenSection("milestones");
        _w.Line($"<p class=\"intro\">{L("intro.milestones")}</p>");
        _w.Line($"<div class=\"facts\">");
        var monitoring = _strategy.Monitoring;
        _w.Line($"<div class=\"fact\"><h3>{L("milestones.monitoring")}</h3><dl>");
        Term(L("milestones.body"), StakeholderName(monitoring?.Body));
        Term(L("milestones.frequency"), monitoring?.ReportingFrequency is { } frequency ? L("frequency." + FormatNames.Of(frequency)) : "–");
        Term(L("milestones.evaluations"), Number(monitoring?.Evaluations.Count ?? 0));
        _w.Line($"</dl></div>");
        var adoption = _strategy.Adoption;
        _w.Line($"<div class=\"fact\"><h3>{L("milestones.adoption")}</h3><dl>");
        Term(L("milestones.instrument"), adoption?.Instrument is { } instrument ? Plain(instrument) : "–");
        Term(L("milestones.authority"), StakeholderName(adoption?.Authority));
        Term(L("milestones.planned"), adoption?.PlannedDate is { } planned ? Date(planned) : "–");
        Term(L("milestones.adopted"), adoption?.AdoptedDate is { } adopted ? Date(adopted) : L("milestones.notYet"));
        _w.Line($"</dl></div>");
        _w.Line($"<div class=\"fact\"><h3>{L("milestones.consultations")}</h3><dl>");
        Term(L("milestones.held"), Number(_strategy.Consultations.Count(c => c.End is { } end && end < _options.AsOf)));
        Term(L("milestones.public"), _strategy.Consultations.Any(c => c.Kind == ConsultationKind.Public) ? L("milestones.yes") : L("milestones.no"));
        Term(L("milestones.meetings"), Number(_strategy.WorkingGroup?.Meetings.Count ?? 0));
        _w.Line($"</dl></div>");
        _w.Line($"</div>");

        var items = MilestoneItems().OrderBy(i => i.Date).ThenBy(i => i.Order).ToList();
        if (items.Count == 0)
        {
            _w.Line($"<p class=\"muted\">{L("milestones.none")}</p>");
            CloseSection();
            return;
        }

        _w.Line($"<h3>{L("milestones.calendar")}</h3>");
        _w.Line($"<p class=\"legend-row\">");
        foreach (var state in new[] { "done", "held", "open", "upcoming", "overdue", "due" })
        {
            if (items.Any(i => i.State == state))
            {
                _w.Line($"<span class=\"key\"><span class=\"dot\" style=\"background:{Charts.StateColor(state)}\"></span>{L("state." + state)}</span>");
            }
        }

        _w.Line($"</p>");
        var kinds = new[] { "meeting", "consultation", "adoption", "evaluation" }.Where(k => items.Any(i => i.Kind == k)).ToList();
        var first = new DateOnly(Math.Min(items[0].Date.Year, _options.AsOf.Year), 1, 1);
        var last = new DateOnly(Math.Max(items.Max(i => i.End).Year, _options.AsOf.Year), 12, 31);
        var marks = items.Select(i => new MilestoneMark(kinds.IndexOf(i.Kind), i.Date, i.End, i.State, i.Kind == "adoption", $"{When(i)} · {L("milestoneKind." + i.Kind)} · {i.Plain} · {L("state." + i.State)}")).ToList();
        var chartLabel = L(
            "milestones.chart",
            ("count", Number(items.Count)),
            ("from", first.Year.ToString(CultureInfo.InvariantCulture)),
            ("to", last.Year.ToString(CultureInfo.InvariantCulture)),
            ("done", Number(items.Count(i => i.State is "done" or "held"))),
            ("overdue", Number(items.Count(i => i.State == "overdue"))),
            ("upcoming", Number(items.Count(i => i.State is "upcoming" or "open"))));

        // Alone, not inside the line: a long calendar streams mark by mark.
        _w.Write($"<figure class=\"chart\">");
        _w.Write(new MilestoneChart([.. kinds.Select(k => L("milestoneKind." + k))], marks, first, last, _options.AsOf, L("timeline.asOf", ("date", Date(_options.AsOf))), chartLabel));
        _w.Line($"</figure>");
        _w.Line($"<table class=\"calendar\">");
        _w.Line($"<thead><tr><th scope=\"col\">{L("column.date")}</th><th scope=\"col\">{L("column.kind")}</th><th scope=\"col\">{L("column.what")}</th><th scope=\"col\">{L("column.status")}</th></tr></thead><tbody>");
        var marked = false;
        foreach (var item in items)
        {
            if (!marked && item.Date > _options.AsOf)
            {
                _w.Line($"<tr class=\"today\"><td colspan=\"4\">{L("milestones.today", ("date", Date(_options.AsOf)))}</td></tr>");
                marked = true;
            }

            _w.Line($"<tr><td class=\"nowrap\">{When(item)}</td><td><span class=\"kind kind-{item.Kind}\">{L("milestoneKind." + item.Kind)}</span></td><td>{item.Html}</td><td><span class=\"state state-{item.State}\">{L("state." + item.State)}</span></td></tr>");
        }

        _w.Line($"</tbody></table>");
        CloseSection();
    }

    private static string When(MilestoneItem item) => item.End > item.Date ? $"{Date(item.Date)} – {Date(item.End)}" : Date(item.Date);

    /// <summary>A dated item of the milestones: what it is as markup for the table (<see cref="Html"/>) and as text for the chart (<see cref="Plain"/>).</summary>
    private sealed record MilestoneItem(DateOnly Date, DateOnly End, int Order, string Kind, Markup Html, string Plain, string State);

    private IEnumerable<MilestoneItem> MilestoneItems()
    {
        var asOf = _options.AsOf;
        foreach (var meeting in _strategy.WorkingGroup?.Meetings ?? [])
        {
            var title = Plain(meeting.Title);
            yield return new(meeting.Date, meeting.Date, 0, "meeting", Markup.Escaped(title), title, meeting.Date <= asOf ? "held" : "upcoming");
        }

        foreach (var consultation in _strategy.Consultations)
        {
            if ((consultation.Start ?? consultation.End) is not { } date)
            {
                continue;
            }

            var end = consultation.End ?? date;
            var kind = L("consultationKind." + FormatNames.Of(consultation.Kind));
            var html = consultation.Channel is { } channel ? _w.Fragment($"{kind}<br><span class=\"muted\">{channel}</span>") : Markup.Escaped(kind);
            var state = end < asOf ? "held" : date <= asOf ? "open" : "upcoming";
            yield return new(date, end, 1, "consultation", html, kind, state);
        }

        if (_strategy.Adoption is { } adoption)
        {
            foreach (var milestone in adoption.Milestones)
            {
                var title = Plain(milestone.Title);
                yield return new(milestone.Due, milestone.Due, 2, "adoption", Markup.Escaped(title), title, milestone.Done ? "done" : milestone.Due < asOf ? "overdue" : "upcoming");
            }

            if (adoption.AdoptedDate is { } adopted)
            {
                var what = L("milestones.adoptedOn");
                yield return new(adopted, adopted, 3, "adoption", Markup.Escaped(what), what, "done");
            }
            else if (adoption.PlannedDate is { } planned)
            {
                var what = L("milestones.plannedAdoption");
                yield return new(planned, planned, 3, "adoption", Markup.Escaped(what), what, planned < asOf ? "overdue" : "upcoming");
            }
        }

        foreach (var evaluation in _strategy.Monitoring?.Evaluations ?? [])
        {
            var kind = L("evaluationKind." + FormatNames.Of(evaluation.Kind));
            var html = evaluation.Evaluator is { } id ? _w.Fragment($"{kind}<br><span class=\"muted\">{StakeholderName(id)}</span>") : Markup.Escaped(kind);
            yield return new(evaluation.Due, evaluation.Due, 4, "evaluation", html, kind, evaluation.Due < asOf ? "due" : "upcoming");
        }
    }
}
