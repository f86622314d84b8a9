using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Monitoring;
using OrganizedCrimeStrategy.Reports.Html;

namespace OrganizedCrimeStrategy.Reports;

/// <content>Indicator progress: by pillar and objective, one row per indicator with its values, a bar, a sparkline and a status.</content>
internal sealed partial class HtmlReportWriter
{
    private void Indicators()
    {
        OpenSection("indicators");
        var t = _options.Thresholds;
        _w.Line($"<p class=\"intro\">{L("intro.indicators", ("onTrack", Number(t.OnTrackTolerance)), ("atRisk", Number(t.AtRiskTolerance)))}</p>");
        _w.Line($"<p class=\"legend-row\">");
        foreach (var status in Enum.GetValues<ProgressStatus>())
        {
            _w.Line($"<span class=\"key\">{Chip(status)} <strong>{Number(_card.Overall.Counts.Of(status))}</strong></span>");
        }

        _w.Line($"<span class=\"key\"><span class=\"tick\" aria-hidden=\"true\"></span>{L("indicators.expectedKey")}</span>");
        _w.Line($"</p>");
        foreach (var pillar in _card.Pillars)
        {
            _w.Line($"<h3 class=\"pillar-heading\" style=\"--c:{Charts.PillarColor(pillar.Pillar)}\">{PillarName(pillar.Pillar)} {RollUpText(pillar.RollUp)}</h3>");
            if (pillar.Objectives.IsEmpty)
            {
                _w.Line($"<p class=\"muted\">{L("indicators.noObjectives")}</p>");
                continue;
            }

            foreach (var objective in pillar.Objectives)
            {
                _w.Line($"<h4>{objective.Objective.Title} {RollUpText(objective.RollUp)}</h4>");
                if (objective.Indicators.IsEmpty)
                {
                    _w.Line($"<p class=\"muted\">{L("indicators.none")}</p>");
                    continue;
                }

                _w.Line($"<table class=\"progress\"><colgroup><col class=\"c-name\"><col class=\"c-num\"><col class=\"c-num\"><col class=\"c-num\"><col class=\"c-bar\"><col class=\"c-trend\"><col class=\"c-status\"></colgroup>");
                _w.Line($"<thead><tr><th scope=\"col\">{L("column.indicator")}</th><th scope=\"col\" class=\"num\">{L("column.baseline")}</th><th scope=\"col\" class=\"num\">{L("column.target")}</th><th scope=\"col\" class=\"num\">{L("column.latest")}</th><th scope=\"col\">{L("column.progress")}</th><th scope=\"col\">{L("column.trend")}</th><th scope=\"col\">{L("column.status")}</th></tr></thead><tbody>");
                foreach (var progress in objective.Indicators)
                {
                    IndicatorRow(progress);
                }

                _w.Line($"</tbody></table>");
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
            indicator.Sdg is { } sdg ? "SDG " + sdg : null,
        }.OfType<string>());
        var unit = (indicator as QuantitativeIndicator)?.Unit;
        var (baseline, target, baselineDate, targetDate) = indicator switch
        {
            QuantitativeIndicator q => (q.Baseline is { } b ? Value(b.Value, unit) : Dash, q.Target is { } tv ? Value(tv.Value, unit) : Dash, q.Baseline?.Date, q.Target?.Date),
            QualitativeIndicator q => (q.Baseline is { } b ? Markup.Escaped(b.Level) : Dash, q.Target is { } tv ? Markup.Escaped(tv.Level) : Dash, q.Baseline?.Date, q.Target?.Date),
            _ => (Dash, Dash, (DateOnly?)null, (DateOnly?)null),
        };
        var latest = progress.Latest is { } point
            ? _w.Fragment($"{(point.Level is { } level ? Markup.Escaped(level) : Value(point.Value, unit))}{DateNote(point.Date)}")
            : Dash;
        var percent = progress.Percent is { } p
            ? _w.Fragment($"<span class=\"pct\">{Percent(p)}</span>")
            : _w.Fragment($"<span class=\"muted\">{L("reason." + FormatNames.Of(progress.Reason!.Value))}</span>");
        var bar = new BarChart(progress.ClampedPercent, progress.Expected, progress.Status, BarLabel(progress.Percent, progress.Expected, progress.Reason));
        var trend = new SparklineChart(progress, baselineDate, targetDate, TrendLabel(progress));
        _w.Line($"<tr><th scope=\"row\"><span class=\"name\">{indicator.Name}</span><br><span class=\"muted\">{context}</span></th>");
        _w.Line($"<td class=\"num\">{baseline}{DateNote(baselineDate)}</td><td class=\"num\">{target}{DateNote(targetDate)}</td><td class=\"num\">{latest}</td>");
        _w.Line($"<td class=\"bar-cell\">{bar}<br>{percent}</td><td>{trend}</td><td>{Chip(progress.Status)}</td></tr>");
    }

    /// <summary>A value with its unit.</summary>
    private Markup Value(double value, string? unit) => unit is null
        ? Markup.Escaped(Number(value, 2))
        : _w.Fragment($"{Number(value, 2)} <span class=\"unit\">{unit}</span>");

    private Markup DateNote(DateOnly? date) =>
        date is { } d ? _w.Fragment($"<br><span class=\"muted nowrap\">{d}</span>") : Markup.Empty;

    private string TrendLabel(IndicatorProgress progress)
    {
        var points = progress.Trend.Where(p => p.Percent is not null).ToList();
        if (points.Count == 0)
        {
            return L("chart.trendEmpty");
        }

        return L("chart.trend", ("points", string.Join("; ", points.Select(p => $"{Date(p.Date)}: {Percent(p.Percent!.Value)}"))));
    }
}
