using System.Text;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Monitoring;
using static OrganizedCrimeStrategy.Reports.Html;

namespace OrganizedCrimeStrategy.Reports;

/// <summary>One bar of the action timeline.</summary>
/// <remarks>An open start or end (the action does not give it) is drawn from or to the strategy period, with a dashed outline.</remarks>
internal sealed record TimelineRow(string Label, DateOnly? Start, DateOnly? End, ActionStatus Status, bool Overdue, string Tooltip, bool OpenStart = false, bool OpenEnd = false);

/// <summary>One mark of the milestone chart: a day, or a range of days (a consultation).</summary>
internal sealed record MilestoneMark(int Lane, DateOnly Start, DateOnly End, string State, bool Diamond, string Tooltip);

/// <summary>
/// The report's charts as inline SVG: each has <c>role="img"</c>, an <c>aria-label</c> and a <c>&lt;title&gt;</c> with the same
/// text alternative, and draws with no external resource. Colours match the stylesheet's custom properties.
/// </summary>
internal static class Charts
{
    public static string StatusColor(ProgressStatus status) => status switch
    {
        ProgressStatus.Achieved => "#1a7f37",
        ProgressStatus.OnTrack => "#2da44e",
        ProgressStatus.AtRisk => "#d4a72c",
        ProgressStatus.OffTrack => "#cf222e",
        _ => "#8c959f",
    };

    public static string ActionColor(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "#8aa4c8",
        ActionStatus.InProgress => "#0969da",
        ActionStatus.Completed => "#1a7f37",
        ActionStatus.Delayed => "#d4a72c",
        _ => "#c7ccd1",
    };

    public static string PillarColor(Pillar pillar) => pillar switch
    {
        Pillar.Prevent => "#0969da",
        Pillar.Pursue => "#8250df",
        Pillar.Protect => "#bf3989",
        _ => "#1b7c83",
    };

    /// <summary>A ring gauge of a score from 0 to 100.</summary>
    public static string Ring(double score, string centre, string label, int size = 92)
    {
        var r = (size / 2.0) - 8;
        var c = 2 * Math.PI * r;
        var colour = score >= 80 ? "#1a7f37" : score >= 60 ? "#d4a72c" : "#cf222e";
        var svg = Open(size, size, label, "ring");
        svg.Append($"<circle cx=\"{Svg(size / 2.0)}\" cy=\"{Svg(size / 2.0)}\" r=\"{Svg(r)}\" fill=\"none\" stroke=\"#eaeef2\" stroke-width=\"9\"/>");
        svg.Append($"<circle cx=\"{Svg(size / 2.0)}\" cy=\"{Svg(size / 2.0)}\" r=\"{Svg(r)}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"9\" stroke-linecap=\"round\" ")
            .Append($"stroke-dasharray=\"{Svg(c * Math.Clamp(score, 0, 100) / 100)} {Svg(c)}\" transform=\"rotate(-90 {Svg(size / 2.0)} {Svg(size / 2.0)})\"/>");
        svg.Append($"<text x=\"50%\" y=\"50%\" dy=\"0.35em\" text-anchor=\"middle\" font-size=\"22\" font-weight=\"700\" fill=\"#1f2328\">{Escape(centre)}</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A horizontal progress bar with a tick at the expected progress.</summary>
    public static string Bar(double? percent, double? expected, ProgressStatus status, string label, int width = 150)
    {
        const int height = 16;
        var svg = Open(width, height, label, "bar");
        svg.Append($"<rect x=\"0\" y=\"3\" width=\"{width}\" height=\"10\" rx=\"5\" fill=\"#eaeef2\"/>");
        if (percent is { } p && p > 0)
        {
            svg.Append($"<rect x=\"0\" y=\"3\" width=\"{Svg(Math.Max(width * Math.Clamp(p, 0, 100) / 100, 4))}\" height=\"10\" rx=\"5\" fill=\"{StatusColor(status)}\"/>");
        }

        if (expected is { } e)
        {
            var x = Math.Clamp(width * e / 100, 1, width - 1);
            svg.Append($"<line x1=\"{Svg(x)}\" y1=\"0\" x2=\"{Svg(x)}\" y2=\"{height}\" stroke=\"#1f2328\" stroke-width=\"2\"/>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A sparkline of percent achieved over time, with the planned line from 0 at the baseline to 100 at the target.</summary>
    public static string Sparkline(IndicatorProgress progress, DateOnly? baselineDate, DateOnly? targetDate, string label)
    {
        const int width = 128, height = 36, pad = 4;
        var svg = Open(width, height, label, "spark");
        var points = progress.Trend.Where(p => p.Percent is not null).ToList();
        var dates = points.Select(p => p.Date).Concat(new[] { baselineDate, targetDate }.OfType<DateOnly>()).ToList();
        if (dates.Count == 0)
        {
            svg.Append($"<line x1=\"{pad}\" y1=\"{height / 2}\" x2=\"{width - pad}\" y2=\"{height / 2}\" stroke=\"#d0d7de\" stroke-dasharray=\"3 3\"/>");
            return svg.Append("</svg>").ToString();
        }

        var from = dates.Min().DayNumber;
        var to = Math.Max(dates.Max().DayNumber, from + 1);
        double X(DateOnly d) => pad + ((width - (2.0 * pad)) * (d.DayNumber - from) / (to - from));
        double Y(double percent) => height - pad - ((height - (2.0 * pad)) * (Math.Clamp(percent, -10, 110) + 10) / 120);
        svg.Append($"<line x1=\"{pad}\" y1=\"{Svg(Y(100))}\" x2=\"{width - pad}\" y2=\"{Svg(Y(100))}\" stroke=\"#eaeef2\"/>");
        if (baselineDate is { } b && targetDate is { } t && progress.Expected is not null)
        {
            svg.Append($"<line x1=\"{Svg(X(b))}\" y1=\"{Svg(Y(0))}\" x2=\"{Svg(X(t))}\" y2=\"{Svg(Y(100))}\" stroke=\"#8c959f\" stroke-width=\"1.5\" stroke-dasharray=\"3 3\"/>");
        }

        if (points.Count > 0)
        {
            var colour = StatusColor(progress.Status == ProgressStatus.NoData ? ProgressStatus.NoData : progress.Status);
            if (points.Count > 1)
            {
                svg.Append("<polyline fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"");
                foreach (var point in points)
                {
                    svg.Append(Svg(X(point.Date))).Append(',').Append(Svg(Y(point.Percent!.Value))).Append(' ');
                }

                svg.Append("\"/>");
            }

            var last = points[^1];
            svg.Append($"<circle cx=\"{Svg(X(last.Date))}\" cy=\"{Svg(Y(last.Percent!.Value))}\" r=\"3\" fill=\"{colour}\"/>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A stacked bar of counts, one segment per non-zero count.</summary>
    public static string Stack(IReadOnlyList<(int Count, string Colour)> parts, string label, int width = 240)
    {
        const int height = 14;
        var svg = Open(width, height, label, "stack");
        var total = parts.Sum(p => p.Count);
        svg.Append($"<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" rx=\"4\" fill=\"#eaeef2\"/>");
        double x = 0;
        foreach (var (count, colour) in parts)
        {
            if (count == 0 || total == 0)
            {
                continue;
            }

            var w = width * (double)count / total;
            svg.Append($"<rect x=\"{Svg(x)}\" y=\"0\" width=\"{Svg(w)}\" height=\"{height}\" fill=\"{colour}\"/>");
            x += w;
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A Gantt-like timeline: one row per action, bars coloured by status, overdue ones outlined in red and flagged.</summary>
    public static string Timeline(IReadOnlyList<TimelineRow> rows, DateOnly from, DateOnly to, DateOnly asOf, string asOfText, string label)
    {
        const int width = 1080, labelWidth = 400, axis = 36, rowHeight = 40, barHeight = 14;
        const double x0 = labelWidth + 10, x1 = width - 24;
        var height = axis + (rows.Count * rowHeight) + 6;
        var span = Math.Max(to.DayNumber - from.DayNumber, 1);
        double X(DateOnly d) => x0 + ((x1 - x0) * Math.Clamp(d.DayNumber - from.DayNumber, 0, span) / span);
        var svg = Open(width, height, label, "timeline", responsive: true);

        for (var i = 0; i < rows.Count; i++)
        {
            if (i % 2 == 1)
            {
                svg.Append($"<rect x=\"0\" y=\"{axis + (i * rowHeight)}\" width=\"{width}\" height=\"{rowHeight}\" fill=\"#f6f8fa\"/>");
            }
        }

        for (var year = from.Year; year <= to.Year; year++)
        {
            var start = new DateOnly(year, 1, 1);
            if (start >= from && start <= to)
            {
                svg.Append($"<line x1=\"{Svg(X(start))}\" y1=\"{axis - 14}\" x2=\"{Svg(X(start))}\" y2=\"{height}\" stroke=\"#d0d7de\"/>");
            }

            var end = new DateOnly(year, 12, 31);
            var middle = (X(start < from ? from : start) + X(end > to ? to : end)) / 2;
            if (X(end > to ? to : end) - X(start < from ? from : start) > 40)
            {
                svg.Append($"<text x=\"{Svg(middle)}\" y=\"14\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"600\" fill=\"#59636e\">{year}</text>");
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var top = axis + (i * rowHeight);
            svg.Append("<g><title>").Append(Escape(row.Tooltip)).Append("</title>");
            var lines = Wrap(row.Label, 60, 2);
            for (var l = 0; l < lines.Count; l++)
            {
                var y = top + (lines.Count == 1 ? 24 : 17 + (l * 15));
                svg.Append($"<text x=\"4\" y=\"{y}\" font-size=\"12.5\" fill=\"#1f2328\">{Escape(lines[l])}</text>");
            }

            if (row.Start is { } s && row.End is { } e)
            {
                var bx = X(s);
                var bw = Math.Max(X(e.AddDays(1)) - bx, 4);
                var by = top + ((rowHeight - barHeight) / 2.0);
                var open = row.OpenStart || row.OpenEnd;
                var stroke = row.Overdue ? " stroke=\"#cf222e\" stroke-width=\"2.5\""
                    : open ? $" stroke=\"{ActionColor(row.Status)}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"" : string.Empty;
                var opacity = row.Status == ActionStatus.Cancelled || open ? " fill-opacity=\"0.45\"" : string.Empty;
                svg.Append($"<rect x=\"{Svg(bx)}\" y=\"{Svg(by)}\" width=\"{Svg(bw)}\" height=\"{barHeight}\" rx=\"4\" fill=\"{ActionColor(row.Status)}\"{opacity}{stroke}/>");
                if (row.Overdue)
                {
                    var cx = Math.Min(bx + bw + 11, width - 9);
                    svg.Append($"<circle cx=\"{Svg(cx)}\" cy=\"{Svg(by + (barHeight / 2.0))}\" r=\"8\" fill=\"#cf222e\"/>");
                    svg.Append($"<text x=\"{Svg(cx)}\" y=\"{Svg(by + (barHeight / 2.0))}\" dy=\"0.35em\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"700\" fill=\"#fff\">!</text>");
                }
            }

            svg.Append("</g>");
        }

        if (asOf >= from && asOf <= to)
        {
            var x = X(asOf);
            svg.Append($"<line x1=\"{Svg(x)}\" y1=\"{axis - 12}\" x2=\"{Svg(x)}\" y2=\"{height}\" stroke=\"#cf222e\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
            var anchor = x > (x0 + x1) / 2 ? "end" : "start";
            var tx = anchor == "end" ? x - 4 : x + 4;
            svg.Append($"<text x=\"{Svg(tx)}\" y=\"30\" text-anchor=\"{anchor}\" font-size=\"11\" font-weight=\"600\" fill=\"#cf222e\">{Escape(asOfText)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    public static string StateColor(string state) => state switch
    {
        "done" or "held" => "#1a7f37",
        "open" => "#0969da",
        "overdue" => "#cf222e",
        "due" => "#d4a72c",
        _ => "#ffffff",
    };

    /// <summary>A calendar of milestones: one lane per kind, dots and diamonds for days, bars for ranges, the report date as a line.</summary>
    public static string Milestones(IReadOnlyList<string> lanes, IReadOnlyList<MilestoneMark> marks, DateOnly from, DateOnly to, DateOnly asOf, string asOfText, string label)
    {
        const int width = 1080, labelWidth = 170, axis = 36, laneHeight = 34;
        const double x0 = labelWidth + 14, x1 = width - 20;
        var height = axis + (lanes.Count * laneHeight) + 8;
        var span = Math.Max(to.DayNumber - from.DayNumber, 1);
        double X(DateOnly d) => x0 + ((x1 - x0) * Math.Clamp(d.DayNumber - from.DayNumber, 0, span) / span);
        var svg = Open(width, height, label, "milestones", responsive: true);
        for (var i = 0; i < lanes.Count; i++)
        {
            var top = axis + (i * laneHeight);
            if (i % 2 == 0)
            {
                svg.Append($"<rect x=\"0\" y=\"{top}\" width=\"{width}\" height=\"{laneHeight}\" fill=\"#f6f8fa\"/>");
            }

            svg.Append($"<text x=\"6\" y=\"{top + 21}\" font-size=\"12.5\" font-weight=\"600\" fill=\"#1f2328\">{Escape(lanes[i])}</text>");
            svg.Append($"<line x1=\"{Svg(x0)}\" y1=\"{top + (laneHeight / 2)}\" x2=\"{Svg(x1)}\" y2=\"{top + (laneHeight / 2)}\" stroke=\"#d0d7de\"/>");
        }

        for (var year = from.Year; year <= to.Year; year++)
        {
            var start = new DateOnly(year, 1, 1);
            var end = new DateOnly(year, 12, 31);
            svg.Append($"<line x1=\"{Svg(X(start))}\" y1=\"{axis - 14}\" x2=\"{Svg(X(start))}\" y2=\"{height}\" stroke=\"#e1e6eb\"/>");
            svg.Append($"<text x=\"{Svg((X(start) + X(end)) / 2)}\" y=\"14\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"600\" fill=\"#59636e\">{year}</text>");
        }

        foreach (var mark in marks)
        {
            var y = axis + (mark.Lane * laneHeight) + (laneHeight / 2.0);
            var fill = StateColor(mark.State);
            var stroke = mark.State == "upcoming" ? "#59636e" : fill;
            svg.Append("<g><title>").Append(Escape(mark.Tooltip)).Append("</title>");
            if (mark.End > mark.Start)
            {
                var x = X(mark.Start);
                svg.Append($"<rect x=\"{Svg(x)}\" y=\"{Svg(y - 6)}\" width=\"{Svg(Math.Max(X(mark.End) - x, 8))}\" height=\"12\" rx=\"6\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\"/>");
            }
            else if (mark.Diamond)
            {
                var x = X(mark.Start);
                svg.Append($"<rect x=\"{Svg(x - 6)}\" y=\"{Svg(y - 6)}\" width=\"12\" height=\"12\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\" transform=\"rotate(45 {Svg(x)} {Svg(y)})\"/>");
            }
            else
            {
                svg.Append($"<circle cx=\"{Svg(X(mark.Start))}\" cy=\"{Svg(y)}\" r=\"7\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\"/>");
            }

            svg.Append("</g>");
        }

        if (asOf >= from && asOf <= to)
        {
            var x = X(asOf);
            svg.Append($"<line x1=\"{Svg(x)}\" y1=\"{axis - 12}\" x2=\"{Svg(x)}\" y2=\"{height}\" stroke=\"#cf222e\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
            var anchor = x > (x0 + x1) / 2 ? "end" : "start";
            svg.Append($"<text x=\"{Svg(anchor == "end" ? x - 4 : x + 4)}\" y=\"30\" text-anchor=\"{anchor}\" font-size=\"11\" font-weight=\"600\" fill=\"#cf222e\">{Escape(asOfText)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Splits text into at most <paramref name="maxLines"/> lines of about <paramref name="width"/> characters, with an ellipsis when cut.</summary>
    internal static List<string> Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                if (lines.Count == maxLines - 1)
                {
                    lines.Add(Cut(line.Append(' ').Append(string.Join(' ', words[i..])).ToString(), width));
                    return lines;
                }

                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(lines.Count == maxLines - 1 ? Cut(line.ToString(), width) : line.ToString());
        }

        return lines;
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1).TrimEnd(), "…");

    private static StringBuilder Open(int width, int height, string label, string css, bool responsive = false)
    {
        var svg = new StringBuilder(512);
        svg.Append("<svg class=\"").Append(css).Append("\" role=\"img\" ");
        svg.Append(responsive ? $"width=\"100%\" " : $"width=\"{width}\" height=\"{height}\" ");
        svg.Append($"viewBox=\"0 0 {width} {height}\" aria-label=\"{Escape(label)}\"><title>{Escape(label)}</title>");
        return svg;
    }
}
