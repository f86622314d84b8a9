using System.Globalization;
using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Monitoring;
using static OrganizedCrimeStrategy.Reports.Html;

namespace OrganizedCrimeStrategy.Reports;

/// <summary>Writes one report; an instance serves one call of <see cref="HtmlReport.Write"/>.</summary>
internal sealed class HtmlReportWriter
{
    private readonly Strategy _strategy;
    private readonly HtmlReportOptions _options;
    private readonly TextWriter _w;
    private readonly ReportLabels _labels;
    private readonly string _language;
    private readonly CheckResult _check;
    private readonly Scorecard _card;
    private readonly Dictionary<Indicator, StrategyAction?> _owners = new(ReferenceEqualityComparer.Instance);

    public HtmlReportWriter(Strategy strategy, HtmlReportOptions options, TextWriter writer)
    {
        _strategy = strategy;
        _options = options;
        _w = writer;
        _language = options.Language;
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
        var title = _strategy.Title.Get(_language);
        Line("<!DOCTYPE html>");
        Line($"<html lang=\"{Escape(_labels.Language)}\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line("<meta name=\"generator\" content=\"OrganizedCrimeStrategy\">");
        Line($"<title>{Escape(title)} · {L("report.kind")}</title>");
        Line($"<style>{Styles.Css}</style>");
        Line("</head>");
        Line("<body>");
        Header(title);
        Contents();
        Line("<main>");
        ScorecardSection();
        Completeness();
        Coverage();
        Timeline();
        Indicators();
        Milestones();
        Line("</main>");
        Line($"<footer><div class=\"wrap\"><p>{L("footer.method", ("tolerance", NumberText(_options.Thresholds.MaintainTolerance * 100, 1)))}</p><p>{L("footer.generated", ("id", _strategy.Id), ("date", Date(_options.AsOf)))}</p></div></footer>");
        Line("</body>");
        Line("</html>");
    }

    // ---- sections ----------------------------------------------------------------------------------------------

    private void Header(string title)
    {
        Line("<header class=\"masthead\" id=\"summary\"><div class=\"wrap\">");
        Line($"<p class=\"eyebrow\">{L("report.kind")} · {Escape(_strategy.Country)}</p>");
        Line($"<h1>{Escape(title)}</h1>");
        Line("<dl class=\"meta\">");
        Meta(L("meta.country"), Escape(_strategy.Country));
        Meta(L("meta.stage"), L("stage." + FormatNames.Of(_strategy.Stage)));
        if (_strategy.Period is { } period)
        {
            Meta(L("meta.period"), $"{Date(period.Start)} – {Date(period.End)}");
        }

        Meta(L("meta.asOf"), Date(_options.AsOf));
        Meta(L("meta.document"), $"<code>{Escape(_strategy.Id)}</code>");
        Line("</dl>");
        if (_strategy.Vision is { } vision)
        {
            Line($"<p class=\"vision\">{T(vision)}</p>");
        }

        Line("</div></header>");
    }

    private void Meta(string term, string value) => Line($"<div><dt>{term}</dt><dd>{value}</dd></div>");

    private void Contents()
    {
        Line($"<nav class=\"toc\" aria-label=\"{L("nav.label")}\"><div class=\"wrap\"><ol>");
        foreach (var id in HtmlReport.SectionIds.Skip(1))
        {
            Line($"<li><a href=\"#{id}\">{L("section." + id)}</a></li>");
        }

        Line("</ol></div></nav>");
    }

    private void ScorecardSection()
    {
        OpenSection("scorecard");
        Line($"<p class=\"intro\">{L("intro.scorecard", ("date", Date(_options.AsOf)))}</p>");
        Line("<div class=\"kpis\">");

        var score = _check.Score;
        Line("<div class=\"kpi kpi-ring\">");
        Line(Charts.Ring(score.Value, NumberText(Math.Floor(score.Value)), Plain("kpi.completenessChart", ("score", NumberText(score.Value, 1)))));
        Line($"<div><p class=\"label\">{L("kpi.completeness")}</p><p class=\"value\">{Number(score.Value, 1)}<span class=\"unit\">/100</span></p>");
        Line($"<p class=\"detail\">{L("kpi.checks", ("passed", NumberText(score.Checks.Passed)), ("applicable", NumberText(score.Checks.Applicable)))}</p></div>");
        Line("</div>");

        var overall = _card.Overall;
        Line("<div class=\"kpi\">");
        Line($"<p class=\"label\">{L("kpi.progress")}</p>");
        Line($"<p class=\"value\">{(overall.Percent is { } op ? Percent(op) : "–")}</p>");
        Line(Charts.Bar(overall.Percent, overall.Expected, overall.Status, BarLabel(overall.Percent, overall.Expected, null), 220));
        Line($"<p class=\"detail\">{(overall.Expected is { } oe ? L("kpi.expected", ("expected", PercentText(oe))) : L("kpi.noProgress"))} {Chip(overall.Status)}</p>");
        Line("</div>");

        var counts = overall.Counts;
        Line("<div class=\"kpi\">");
        Line($"<p class=\"label\">{L("kpi.indicators")}</p>");
        Line($"<p class=\"value\">{Number(counts.Total)}</p>");
        Line(StatusStack(counts, 220));
        Line($"<p class=\"detail\">{L("kpi.withData", ("count", NumberText(counts.WithData)), ("total", NumberText(counts.Total)))}</p>");
        Line("</div>");

        var actions = _card.Actions;
        Line("<div class=\"kpi\">");
        Line($"<p class=\"label\">{L("kpi.actions")}</p>");
        Line($"<p class=\"value\">{Number(actions.Total)}</p>");
        Line(ActionStack(actions, 220));
        Line($"<p class=\"detail\">{(actions.Overdue.Count > 0 ? $"<span class=\"overdue-text\">{L("kpi.overdue", ("count", NumberText(actions.Overdue.Count)))}</span>" : L("kpi.noneOverdue"))}</p>");
        Line("</div>");
        Line("</div>");

        Line("<div class=\"pillars\">");
        foreach (var pillar in _card.Pillars)
        {
            var pillarScore = _check.ScoreOf(pillar.Pillar);
            var rollUp = pillar.RollUp;
            Line($"<article class=\"pillar-card\" style=\"--c:{Charts.PillarColor(pillar.Pillar)}\">");
            Line($"<h3>{PillarName(pillar.Pillar)}</h3>");
            Line("<dl>");
            Line($"<div><dt>{L("kpi.completeness")}</dt><dd>{Number(pillarScore.Value, 1)}<span class=\"unit\">/100</span></dd></div>");
            Line($"<div><dt>{L("kpi.progress")}</dt><dd>{(rollUp.Percent is { } p ? Percent(p) : "–")} {Chip(rollUp.Status)}</dd></div>");
            Line("</dl>");
            Line(Charts.Bar(rollUp.Percent, rollUp.Expected, rollUp.Status, BarLabel(rollUp.Percent, rollUp.Expected, null), 230));
            Line($"<p class=\"detail\">{L("card.indicators", ("count", NumberText(rollUp.Counts.WithData)), ("total", NumberText(rollUp.Counts.Total)))}<br>");
            Line($"{L("card.actions", ("count", NumberText(pillar.Actions.Total)))}{(pillar.Actions.Overdue.Count > 0 ? $" · <span class=\"overdue-text\">{L("kpi.overdue", ("count", NumberText(pillar.Actions.Overdue.Count)))}</span>" : string.Empty)}</p>");
            Line("</article>");
        }

        Line("</div>");
        CloseSection();
    }

    private void Completeness()
    {
        OpenSection("completeness");
        Line($"<p class=\"intro\">{L("intro.completeness", ("stage", Plain("stage." + FormatNames.Of(_check.Stage))))}</p>");
        var errors = _check.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = _check.Findings.Count(f => f.Severity == Severity.Warning);
        var infos = _check.Findings.Count - errors - warnings;
        Line("<table class=\"scores\">");
        Line($"<thead><tr><th scope=\"col\">{L("column.pillar")}</th><th scope=\"col\" class=\"num\">{L("column.score")}</th><th scope=\"col\" class=\"num\">{L("column.checks")}</th><th scope=\"col\" class=\"num\">{L("severity.error")}</th><th scope=\"col\" class=\"num\">{L("severity.warning")}</th><th scope=\"col\" class=\"num\">{L("severity.info")}</th></tr></thead>");
        Line("<tbody>");
        ScoreRow(L("completeness.overall"), _check.Score, errors, warnings, infos, "overall");
        foreach (var entry in _check.Pillars)
        {
            var findings = _check.Findings.Where(f => f.Pillar == entry.Pillar).ToList();
            ScoreRow(PillarName(entry.Pillar), entry.Score, findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning), findings.Count(f => f.Severity == Severity.Info), null);
        }

        Line("</tbody></table>");
        if (_check.Findings.IsEmpty)
        {
            Line($"<p class=\"good\">{L("completeness.noFindings")}</p>");
            CloseSection();
            return;
        }

        var groups = new List<(string Heading, List<Finding> Findings)> { (L("completeness.general"), [.. _check.Findings.Where(f => f.Pillar is null)]) };
        groups.AddRange(Enum.GetValues<Pillar>().Select(p => (PillarName(p), _check.Findings.Where(f => f.Pillar == p).ToList())));
        foreach (var (heading, findings) in groups)
        {
            if (findings.Count == 0)
            {
                continue;
            }

            Line($"<h3>{heading} <span class=\"count\">{Number(findings.Count)}</span></h3>");
            Line("<table class=\"findings\"><colgroup><col class=\"c-sev\"><col class=\"c-rule\"><col class=\"c-msg\"><col class=\"c-loc\"></colgroup>");
            Line($"<thead><tr><th scope=\"col\">{L("column.severity")}</th><th scope=\"col\">{L("column.rule")}</th><th scope=\"col\">{L("column.message")}</th><th scope=\"col\">{L("column.location")}</th></tr></thead><tbody>");
            foreach (var finding in findings)
            {
                var severity = FormatNames.Of(finding.Severity);
                Line($"<tr><td><span class=\"sev sev-{severity}\">{L("severity." + severity)}</span></td><td><code>{Escape(finding.RuleId)}</code><br><span class=\"muted\">{Escape(finding.RuleName)}</span></td><td>{Escape(finding.Message)}</td><td><code class=\"ptr\">{(finding.Pointer.Length == 0 ? L("completeness.document") : Escape(finding.Pointer))}</code></td></tr>");
            }

            Line("</tbody></table>");
        }

        CloseSection();
    }

    private void ScoreRow(string name, Score score, int errors, int warnings, int infos, string? css)
    {
        Line($"<tr{(css is null ? string.Empty : $" class=\"{css}\"")}><th scope=\"row\">{name}</th><td class=\"num\"><strong>{Number(score.Value, 1)}</strong></td><td class=\"num\">{Number(score.Checks.Passed)} / {Number(score.Checks.Applicable)}</td><td class=\"num\">{Number(errors)}</td><td class=\"num\">{Number(warnings)}</td><td class=\"num\">{Number(infos)}</td></tr>");
    }

    private void Coverage()
    {
        OpenSection("coverage");
        Line($"<p class=\"intro\">{L("intro.coverage")} <span class=\"legend\"><span class=\"badge lead\">2</span> {L("coverage.leads")} <span class=\"badge partner\">3</span> {L("coverage.partners")}</span></p>");
        Line("<div class=\"scroll\"><table class=\"matrix\">");
        Line($"<thead><tr><th scope=\"col\">{L("column.stakeholder")}</th>");
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            Line($"<th scope=\"col\" class=\"pillar-col\" style=\"--c:{Charts.PillarColor(pillar)}\">{PillarName(pillar)}</th>");
        }

        Line($"<th scope=\"col\">{L("column.otherRoles")}</th></tr></thead><tbody>");
        foreach (var stakeholder in _strategy.Stakeholders)
        {
            var references = _strategy.ReferencesTo(stakeholder.Id);
            var name = stakeholder.Name.Get(_language);
            Line($"<tr><th scope=\"row\"><span class=\"name\">{Escape(name)}</span>{(stakeholder.Acronym is { } acronym ? $" <span class=\"acronym\">{Escape(acronym)}</span>" : string.Empty)}<br><span class=\"muted\">{L("kind." + FormatNames.Of(stakeholder.Kind))}</span></th>");
            foreach (var pillar in Enum.GetValues<Pillar>())
            {
                var leads = references.Count(r => r.Pillar == pillar && r.Role == StakeholderRole.Lead);
                var partners = references.Count(r => r.Pillar == pillar && r.Role == StakeholderRole.Partner);
                var css = leads > 0 ? "cell has-lead" : partners > 0 ? "cell has-partner" : "cell";
                var content = string.Concat(
                    leads > 0 ? $"<span class=\"badge lead\"><span class=\"sr-only\">{L("coverage.leads")}: </span>{Number(leads)}</span>" : string.Empty,
                    partners > 0 ? $"<span class=\"badge partner\"><span class=\"sr-only\">{L("coverage.partners")}: </span>{Number(partners)}</span>" : string.Empty);
                Line($"<td class=\"{css}\" style=\"--c:{Charts.PillarColor(pillar)}\">{(content.Length == 0 ? "<span class=\"none\" aria-hidden=\"true\">·</span>" : content)}</td>");
            }

            var other = references
                .Where(r => r.Pillar is null || r.Role is not (StakeholderRole.Lead or StakeholderRole.Partner))
                .Select(r => r.Role)
                .Where(r => r != StakeholderRole.Parent)
                .Distinct()
                .Order()
                .Select(r => L("role." + FormatNames.Of(r)));
            Line($"<td class=\"roles\">{string.Join(" · ", other)}</td></tr>");
        }

        Line("</tbody>");
        Line($"<tfoot><tr><th scope=\"row\">{L("coverage.actions")}</th>");
        foreach (var pillar in _card.Pillars)
        {
            Line($"<td class=\"cell\">{Number(pillar.Actions.Total)}</td>");
        }

        Line("<td></td></tr></tfoot>");
        Line("</table></div>");
        CloseSection();
    }

    private void Timeline()
    {
        OpenSection("timeline");
        var actions = _card.Actions;
        Line($"<p class=\"intro\">{L("intro.timeline")}</p>");
        Line("<p class=\"legend-row\">");
        foreach (var status in Enum.GetValues<ActionStatus>())
        {
            Line($"<span class=\"key\"><span class=\"swatch\" style=\"background:{Charts.ActionColor(status)}\"></span>{L("actionStatus." + FormatNames.Of(status))} <strong>{Number(actions.Of(status))}</strong></span>");
        }

        Line($"<span class=\"key\"><span class=\"swatch overdue\"></span>{L("timeline.overdue")} <strong>{Number(actions.Overdue.Count)}</strong></span>");
        Line("</p>");

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
            Line($"<h3 class=\"pillar-heading\" style=\"--c:{Charts.PillarColor(pillar)}\">{PillarName(pillar)} <span class=\"count\">{Number(entries.Count)}</span></h3>");
            if (entries.Count == 0)
            {
                Line($"<p class=\"muted\">{L("timeline.noActions")}</p>");
                continue;
            }

            var rows = entries.Select(e => Row(e, overdue.Contains(e.Action), period: _strategy.Period)).ToList();
            var overdueHere = entries.Count(e => overdue.Contains(e.Action));
            var label = Plain("timeline.chart", ("count", NumberText(entries.Count)), ("pillar", Plain("pillar." + FormatNames.Of(pillar))), ("from", from.Year.ToString(CultureInfo.InvariantCulture)), ("to", to.Year.ToString(CultureInfo.InvariantCulture)), ("overdue", NumberText(overdueHere)));
            Line($"<figure class=\"chart\">{Charts.Timeline(rows, from, to, _options.AsOf, Plain("timeline.asOf", ("date", Date(_options.AsOf))), label)}</figure>");
        }

        Line($"<h3>{L("timeline.overdueTitle")} <span class=\"count\">{Number(actions.Overdue.Count)}</span></h3>");
        if (actions.Overdue.IsEmpty)
        {
            Line($"<p class=\"good\">{L("timeline.noneOverdue")}</p>");
        }
        else
        {
            Line("<table class=\"overdue\">");
            Line($"<thead><tr><th scope=\"col\">{L("column.action")}</th><th scope=\"col\">{L("column.pillar")}</th><th scope=\"col\">{L("column.lead")}</th><th scope=\"col\">{L("column.end")}</th><th scope=\"col\">{L("column.status")}</th><th scope=\"col\" class=\"num\">{L("column.daysOverdue")}</th></tr></thead><tbody>");
            foreach (var item in actions.Overdue)
            {
                Line($"<tr><th scope=\"row\">{T(item.Action.Title)}</th><td>{PillarName(item.Pillar)}</td><td>{StakeholderName(item.Action.Lead)}</td><td class=\"nowrap\">{Date(item.Action.End!.Value)}</td><td>{L("actionStatus." + FormatNames.Of(item.Action.Status))}</td><td class=\"num\"><strong class=\"overdue-text\">{Number(item.DaysOverdue)}</strong></td></tr>");
            }

            Line("</tbody></table>");
        }

        CloseSection();
    }

    private TimelineRow Row(ActionEntry entry, bool isOverdue, Period? period)
    {
        var action = entry.Action;
        var title = action.Title.Get(_language);
        var start = action.Start ?? period?.Start ?? action.End;
        var end = action.End ?? period?.End ?? action.Start;
        var status = Plain("actionStatus." + FormatNames.Of(action.Status));
        var dates = $"{(action.Start is { } s ? Date(s) : "…")} – {(action.End is { } e ? Date(e) : "…")}";
        var lead = action.Lead is { } l ? (_strategy.FindStakeholder(l)?.Acronym ?? _strategy.FindStakeholder(l)?.Name.Get(_language) ?? l) : null;
        var tooltip = string.Join(" · ", new[]
        {
            title, dates, status, lead,
            isOverdue ? Plain("timeline.overdueBy", ("days", NumberText(_options.AsOf.DayNumber - action.End!.Value.DayNumber))) : null,
        }.OfType<string>());
        return new TimelineRow(title, start, end, action.Status, isOverdue, tooltip, OpenStart: action.Start is null, OpenEnd: action.End is null);
    }

    private void Indicators()
    {
        OpenSection("indicators");
        var t = _options.Thresholds;
        Line($"<p class=\"intro\">{L("intro.indicators", ("onTrack", NumberText(t.OnTrackTolerance)), ("atRisk", NumberText(t.AtRiskTolerance)))}</p>");
        Line("<p class=\"legend-row\">");
        foreach (var status in Enum.GetValues<ProgressStatus>())
        {
            Line($"<span class=\"key\">{Chip(status)} <strong>{Number(_card.Overall.Counts.Of(status))}</strong></span>");
        }

        Line($"<span class=\"key\"><span class=\"tick\" aria-hidden=\"true\"></span>{L("indicators.expectedKey")}</span>");
        Line("</p>");
        foreach (var pillar in _card.Pillars)
        {
            Line($"<h3 class=\"pillar-heading\" style=\"--c:{Charts.PillarColor(pillar.Pillar)}\">{PillarName(pillar.Pillar)} {RollUpText(pillar.RollUp)}</h3>");
            if (pillar.Objectives.IsEmpty)
            {
                Line($"<p class=\"muted\">{L("indicators.noObjectives")}</p>");
                continue;
            }

            foreach (var objective in pillar.Objectives)
            {
                Line($"<h4>{T(objective.Objective.Title)} {RollUpText(objective.RollUp)}</h4>");
                if (objective.Indicators.IsEmpty)
                {
                    Line($"<p class=\"muted\">{L("indicators.none")}</p>");
                    continue;
                }

                Line("<table class=\"progress\"><colgroup><col class=\"c-name\"><col class=\"c-num\"><col class=\"c-num\"><col class=\"c-num\"><col class=\"c-bar\"><col class=\"c-trend\"><col class=\"c-status\"></colgroup>");
                Line($"<thead><tr><th scope=\"col\">{L("column.indicator")}</th><th scope=\"col\" class=\"num\">{L("column.baseline")}</th><th scope=\"col\" class=\"num\">{L("column.target")}</th><th scope=\"col\" class=\"num\">{L("column.latest")}</th><th scope=\"col\">{L("column.progress")}</th><th scope=\"col\">{L("column.trend")}</th><th scope=\"col\">{L("column.status")}</th></tr></thead><tbody>");
                foreach (var progress in objective.Indicators)
                {
                    IndicatorRow(progress);
                }

                Line("</tbody></table>");
            }
        }

        CloseSection();
    }

    private void IndicatorRow(IndicatorProgress progress)
    {
        var indicator = progress.Indicator;
        var owner = _owners.GetValueOrDefault(indicator);
        var context = string.Join(" · ", new[]
        {
            L("level." + FormatNames.Of(indicator.Level)),
            owner is null ? null : L("indicators.ofAction", ("action", Plain(owner.Title))),
            indicator.Sdg is { } sdg ? $"SDG {Escape(sdg)}" : null,
        }.OfType<string>());
        var (baseline, target, baselineDate, targetDate) = indicator switch
        {
            QuantitativeIndicator q => (q.Baseline is { } b ? Value(b.Value, q.Unit) : "–", q.Target is { } tv ? Value(tv.Value, q.Unit) : "–", q.Baseline?.Date, q.Target?.Date),
            QualitativeIndicator q => (q.Baseline is { } b ? Escape(b.Level) : "–", q.Target is { } tv ? Escape(tv.Level) : "–", q.Baseline?.Date, q.Target?.Date),
            _ => ("–", "–", (DateOnly?)null, (DateOnly?)null),
        };
        var latest = progress.Latest is { } point
            ? (point.Level is { } level ? Escape(level) : Value(point.Value, (indicator as QuantitativeIndicator)?.Unit)) + DateNote(point.Date)
            : "–";
        var percent = progress.Percent is { } p ? $"<span class=\"pct\">{Percent(p)}</span>" : $"<span class=\"muted\">{L("reason." + FormatNames.Of(progress.Reason!.Value))}</span>";
        var bar = Charts.Bar(progress.ClampedPercent, progress.Expected, progress.Status, BarLabel(progress.Percent, progress.Expected, progress.Reason));
        var trend = Charts.Sparkline(progress, baselineDate, targetDate, TrendLabel(progress));
        Line($"<tr><th scope=\"row\"><span class=\"name\">{T(indicator.Name)}</span><br><span class=\"muted\">{context}</span></th>");
        Line($"<td class=\"num\">{baseline}{DateNote(baselineDate)}</td><td class=\"num\">{target}{DateNote(targetDate)}</td><td class=\"num\">{latest}</td>");
        Line($"<td class=\"bar-cell\">{bar}<br>{percent}</td><td>{trend}</td><td>{Chip(progress.Status)}</td></tr>");
    }

    private static string DateNote(DateOnly? date) => date is { } d ? $"<br><span class=\"muted nowrap\">{Date(d)}</span>" : string.Empty;

    private void Milestones()
    {
        OpenSection("milestones");
        Line($"<p class=\"intro\">{L("intro.milestones")}</p>");
        Line("<div class=\"facts\">");
        var monitoring = _strategy.Monitoring;
        Line($"<div class=\"fact\"><h3>{L("milestones.monitoring")}</h3><dl>");
        Fact(L("milestones.body"), StakeholderName(monitoring?.Body));
        Fact(L("milestones.frequency"), monitoring?.ReportingFrequency is { } frequency ? L("frequency." + FormatNames.Of(frequency)) : "–");
        Fact(L("milestones.evaluations"), Number(monitoring?.Evaluations.Count ?? 0));
        Line("</dl></div>");
        var adoption = _strategy.Adoption;
        Line($"<div class=\"fact\"><h3>{L("milestones.adoption")}</h3><dl>");
        Fact(L("milestones.instrument"), adoption?.Instrument is { } instrument ? T(instrument) : "–");
        Fact(L("milestones.authority"), StakeholderName(adoption?.Authority));
        Fact(L("milestones.planned"), adoption?.PlannedDate is { } planned ? Date(planned) : "–");
        Fact(L("milestones.adopted"), adoption?.AdoptedDate is { } adopted ? Date(adopted) : L("milestones.notYet"));
        Line("</dl></div>");
        Line($"<div class=\"fact\"><h3>{L("milestones.consultations")}</h3><dl>");
        Fact(L("milestones.held"), Number(_strategy.Consultations.Count(c => c.End is { } end && end < _options.AsOf)));
        Fact(L("milestones.public"), _strategy.Consultations.Any(c => c.Kind == ConsultationKind.Public) ? L("milestones.yes") : L("milestones.no"));
        Fact(L("milestones.meetings"), Number(_strategy.WorkingGroup?.Meetings.Count ?? 0));
        Line("</dl></div>");
        Line("</div>");

        var items = MilestoneItems().OrderBy(i => i.Date).ThenBy(i => i.Order).ToList();
        if (items.Count == 0)
        {
            Line($"<p class=\"muted\">{L("milestones.none")}</p>");
            CloseSection();
            return;
        }

        Line($"<h3>{L("milestones.calendar")}</h3>");
        Line("<p class=\"legend-row\">");
        foreach (var state in new[] { "done", "held", "open", "upcoming", "overdue", "due" })
        {
            if (items.Any(i => i.State == state))
            {
                Line($"<span class=\"key\"><span class=\"dot\" style=\"background:{Charts.StateColor(state)}\"></span>{L("state." + state)}</span>");
            }
        }

        Line("</p>");
        var kinds = new[] { "meeting", "consultation", "adoption", "evaluation" }.Where(k => items.Any(i => i.Kind == k)).ToList();
        var first = new DateOnly(Math.Min(items[0].Date.Year, _options.AsOf.Year), 1, 1);
        var last = new DateOnly(Math.Max(items.Max(i => i.End).Year, _options.AsOf.Year), 12, 31);
        var marks = items.Select(i => new MilestoneMark(kinds.IndexOf(i.Kind), i.Date, i.End, i.State, i.Kind == "adoption", $"{When(i)} · {Plain("milestoneKind." + i.Kind)} · {i.Plain} · {Plain("state." + i.State)}")).ToList();
        var chartLabel = Plain(
            "milestones.chart",
            ("count", NumberText(items.Count)),
            ("from", first.Year.ToString(CultureInfo.InvariantCulture)),
            ("to", last.Year.ToString(CultureInfo.InvariantCulture)),
            ("done", NumberText(items.Count(i => i.State is "done" or "held"))),
            ("overdue", NumberText(items.Count(i => i.State == "overdue"))),
            ("upcoming", NumberText(items.Count(i => i.State is "upcoming" or "open"))));
        Line($"<figure class=\"chart\">{Charts.Milestones([.. kinds.Select(k => Plain("milestoneKind." + k))], marks, first, last, _options.AsOf, Plain("timeline.asOf", ("date", Date(_options.AsOf))), chartLabel)}</figure>");
        Line("<table class=\"calendar\">");
        Line($"<thead><tr><th scope=\"col\">{L("column.date")}</th><th scope=\"col\">{L("column.kind")}</th><th scope=\"col\">{L("column.what")}</th><th scope=\"col\">{L("column.status")}</th></tr></thead><tbody>");
        var marked = false;
        foreach (var item in items)
        {
            if (!marked && item.Date > _options.AsOf)
            {
                Line($"<tr class=\"today\"><td colspan=\"4\">{L("milestones.today", ("date", Date(_options.AsOf)))}</td></tr>");
                marked = true;
            }

            Line($"<tr><td class=\"nowrap\">{When(item)}</td><td><span class=\"kind kind-{item.Kind}\">{L("milestoneKind." + item.Kind)}</span></td><td>{item.Html}</td><td><span class=\"state state-{item.State}\">{L("state." + item.State)}</span></td></tr>");
        }

        Line("</tbody></table>");
        CloseSection();
    }

    private static string When(MilestoneItem item) => item.End > item.Date ? $"{Date(item.Date)} – {Date(item.End)}" : Date(item.Date);

    /// <summary>A dated item of the milestones: <see cref="Html"/> is escaped HTML, <see cref="Plain"/> the same as plain text.</summary>
    private sealed record MilestoneItem(DateOnly Date, DateOnly End, int Order, string Kind, string Html, string Plain, string State);

    private IEnumerable<MilestoneItem> MilestoneItems()
    {
        var asOf = _options.AsOf;
        foreach (var meeting in _strategy.WorkingGroup?.Meetings ?? [])
        {
            yield return new(meeting.Date, meeting.Date, 0, "meeting", T(meeting.Title), Plain(meeting.Title), meeting.Date <= asOf ? "held" : "upcoming");
        }

        foreach (var consultation in _strategy.Consultations)
        {
            if ((consultation.Start ?? consultation.End) is not { } date)
            {
                continue;
            }

            var end = consultation.End ?? date;
            var kind = Plain("consultationKind." + FormatNames.Of(consultation.Kind));
            var html = Escape(kind) + (consultation.Channel is { } channel ? $"<br><span class=\"muted\">{T(channel)}</span>" : string.Empty);
            var state = end < asOf ? "held" : date <= asOf ? "open" : "upcoming";
            yield return new(date, end, 1, "consultation", html, kind, state);
        }

        if (_strategy.Adoption is { } adoption)
        {
            foreach (var milestone in adoption.Milestones)
            {
                yield return new(milestone.Due, milestone.Due, 2, "adoption", T(milestone.Title), Plain(milestone.Title), milestone.Done ? "done" : milestone.Due < asOf ? "overdue" : "upcoming");
            }

            if (adoption.AdoptedDate is { } adopted)
            {
                yield return new(adopted, adopted, 3, "adoption", L("milestones.adoptedOn"), Plain("milestones.adoptedOn"), "done");
            }
            else if (adoption.PlannedDate is { } planned)
            {
                yield return new(planned, planned, 3, "adoption", L("milestones.plannedAdoption"), Plain("milestones.plannedAdoption"), planned < asOf ? "overdue" : "upcoming");
            }
        }

        foreach (var evaluation in _strategy.Monitoring?.Evaluations ?? [])
        {
            var kind = Plain("evaluationKind." + FormatNames.Of(evaluation.Kind));
            var evaluator = evaluation.Evaluator is { } id ? $"<br><span class=\"muted\">{StakeholderName(id)}</span>" : string.Empty;
            yield return new(evaluation.Due, evaluation.Due, 4, "evaluation", Escape(kind) + evaluator, kind, evaluation.Due < asOf ? "due" : "upcoming");
        }
    }

    private void Fact(string term, string value) => Line($"<div><dt>{term}</dt><dd>{value}</dd></div>");

    // ---- pieces ------------------------------------------------------------------------------------------------

    private void OpenSection(string id) => Line($"<section id=\"{id}\" aria-labelledby=\"{id}-h\"><h2 id=\"{id}-h\">{L("section." + id)}</h2>");

    private void CloseSection() => Line("</section>");

    private string Chip(ProgressStatus status) => $"<span class=\"chip st-{FormatNames.Of(status)}\">{L("status." + FormatNames.Of(status))}</span>";

    private string RollUpText(ProgressRollUp rollUp) => rollUp.Percent is { } p
        ? $"<span class=\"rollup\">{L("indicators.rollUp", ("percent", PercentText(p)), ("expected", PercentText(rollUp.Expected ?? 0)))} {Chip(rollUp.Status)}</span>"
        : $"<span class=\"rollup\">{Chip(ProgressStatus.NoData)}</span>";

    private string StatusStack(StatusCounts counts, int width)
    {
        var parts = Enum.GetValues<ProgressStatus>().Select(s => (counts.Of(s), Charts.StatusColor(s))).ToList();
        var label = string.Join(", ", Enum.GetValues<ProgressStatus>().Select(s => $"{Plain("status." + FormatNames.Of(s))} {counts.Of(s).ToString(CultureInfo.InvariantCulture)}"));
        return Charts.Stack(parts, label, width);
    }

    private string ActionStack(ActionSummary actions, int width)
    {
        var parts = Enum.GetValues<ActionStatus>().Select(s => (actions.Of(s), Charts.ActionColor(s))).ToList();
        var label = string.Join(", ", Enum.GetValues<ActionStatus>().Select(s => $"{Plain("actionStatus." + FormatNames.Of(s))} {actions.Of(s).ToString(CultureInfo.InvariantCulture)}"));
        return Charts.Stack(parts, label, width);
    }

    private string BarLabel(double? percent, double? expected, NoDataReason? reason)
    {
        if (percent is not { } p)
        {
            return reason is { } r ? Plain("chart.barNoData", ("reason", Plain("reason." + FormatNames.Of(r)))) : Plain("chart.barNoData", ("reason", Plain("status.noData")));
        }

        return expected is { } e
            ? Plain("chart.bar", ("percent", PercentText(p)), ("expected", PercentText(e)), ("date", Date(_options.AsOf)))
            : Plain("chart.barNoExpected", ("percent", PercentText(p)));
    }

    private string TrendLabel(IndicatorProgress progress)
    {
        var points = progress.Trend.Where(p => p.Percent is not null).ToList();
        if (points.Count == 0)
        {
            return Plain("chart.trendEmpty");
        }

        return Plain("chart.trend", ("points", string.Join("; ", points.Select(p => $"{Date(p.Date)}: {PercentText(p.Percent!.Value)}"))));
    }

    private string PillarName(Pillar pillar) => L("pillar." + FormatNames.Of(pillar));

    private string StakeholderName(string? id)
    {
        if (id is null)
        {
            return "–";
        }

        return _strategy.FindStakeholder(id) is { } stakeholder
            ? Escape(stakeholder.Name.Get(_language)) + (stakeholder.Acronym is { } acronym ? $" <span class=\"acronym\">{Escape(acronym)}</span>" : string.Empty)
            : Escape(id);
    }

    private string Value(double value, string? unit) =>
        Number(value, 2) + (unit is null ? string.Empty : $" <span class=\"unit\">{Escape(unit)}</span>");

    /// <summary>A number the language's way (digit groups, at most <paramref name="decimals"/> decimals), as plain text.</summary>
    private string NumberText(double value, int decimals = 0) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 0 ? "#,0" : "#,0." + new string('#', decimals), _labels.Numbers);

    /// <summary>A number, escaped for HTML.</summary>
    private string Number(double value, int decimals = 0) => Escape(NumberText(value, decimals));

    /// <summary>A whole percent the language's way (<c>53%</c>, <c>53 %</c>), as plain text.</summary>
    private string PercentText(double value) => _labels.Get("format.percent", ("value", NumberText(value)));

    /// <summary>A percent, escaped for HTML.</summary>
    private string Percent(double value) => Escape(PercentText(value));

    /// <summary>A label, escaped for HTML.</summary>
    private string L(string key, params ReadOnlySpan<(string Name, string Value)> arguments) => Escape(_labels.Get(key, arguments));

    /// <summary>A label as plain text (for attributes and SVG, escaped where it is written).</summary>
    private string Plain(string key, params ReadOnlySpan<(string Name, string Value)> arguments) => _labels.Get(key, arguments);

    private string Plain(Text text) => text.Get(_language);

    private string T(Text text) => Escape(text.Get(_language));

    private void Line(string html) => _w.Write(html + "\n");
}
