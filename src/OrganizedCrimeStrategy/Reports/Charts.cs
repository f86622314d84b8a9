using System.Globalization;
using System.Text;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Monitoring;
using OrganizedCrimeStrategy.Reports.Html;

namespace OrganizedCrimeStrategy.Reports;

/// <summary>One bar of the action timeline.</summary>
/// <remarks>An open start or end (the action does not give it) is drawn from or to the strategy period, with a dashed outline.</remarks>
internal sealed record TimelineRow(string Label, DateOnly? Start, DateOnly? End, ActionStatus Status, bool Overdue, string Tooltip, bool OpenStart = false, bool OpenEnd = false);

/// <summary>One mark of the milestone chart: a day, or a range of days (a consultation).</summary>
internal sealed record MilestoneMark(int Lane, DateOnly Start, DateOnly End, string State, bool Diamond, string Tooltip);

/// <summary>A ring gauge of a score from 0 to 100, with a text in the centre.</summary>
internal readonly record struct RingChart(double Score, string Centre, string Label, int Size = 92) : IHtmlContent
{
    /// <inheritdoc/>
    public void WriteTo(HtmlWriter writer)
    {
        var r = (Size / 2.0) - 8;
        var c = 2 * Math.PI * r;
        var middle = Charts.Svg(Size / 2.0);
        var colour = Score >= 80 ? "#1a7f37" : Score >= 60 ? "#d4a72c" : "#cf222e";
        Charts.Open(writer, Size, Size, Label, "ring");
        writer.Write($"<circle cx=\"{middle}\" cy=\"{middle}\" r=\"{Charts.Svg(r)}\" fill=\"none\" stroke=\"#eaeef2\" stroke-width=\"9\"/>");
        writer.Write($"<circle cx=\"{middle}\" cy=\"{middle}\" r=\"{Charts.Svg(r)}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"9\" stroke-linecap=\"round\" ");
        writer.Write($"stroke-dasharray=\"{Charts.Svg(c * Math.Clamp(Score, 0, 100) / 100)} {Charts.Svg(c)}\" transform=\"rotate(-90 {middle} {middle})\"/>");
        writer.Write($"<text x=\"50%\" y=\"50%\" dy=\"0.35em\" text-anchor=\"middle\" font-size=\"22\" font-weight=\"700\" fill=\"#1f2328\">{Centre}</text></svg>");
    }
}

/// <summary>A horizontal progress bar with a tick at the expected progress.</summary>
internal readonly record struct BarChart(double? Percent, double? Expected, ProgressStatus Status, string Label, int Width = 150) : IHtmlContent
{
    /// <inheritdoc/>
    public void WriteTo(HtmlWriter writer)
    {
        const int height = 16;
        Charts.Open(writer, Width, height, Label, "bar");
        writer.Write($"<rect x=\"0\" y=\"3\" width=\"{Width}\" height=\"10\" rx=\"5\" fill=\"#eaeef2\"/>");
        if (Percent is { } p && p > 0)
        {
            writer.Write($"<rect x=\"0\" y=\"3\" width=\"{Charts.Svg(Math.Max(Width * Math.Clamp(p, 0, 100) / 100, 4))}\" height=\"10\" rx=\"5\" fill=\"{Charts.StatusColor(Status)}\"/>");
        }

        if (Expected is { } e)
        {
            var x = Charts.Svg(Math.Clamp(Width * e / 100, 1, Width - 1));
            writer.Write($"<line x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{height}\" stroke=\"#1f2328\" stroke-width=\"2\"/>");
        }

        writer.Write($"</svg>");
    }
}

/// <summary>A sparkline of percent achieved over time, with the planned line from 0 at the baseline to 100 at the target.</summary>
internal readonly record struct SparklineChart(IndicatorProgress Progress, DateOnly? BaselineDate, DateOnly? TargetDate, string Label) : IHtmlContent
{
    /// <inheritdoc/>
    public void WriteTo(HtmlWriter writer)
    {
        const int width = 128, height = 36, pad = 4;
        Charts.Open(writer, width, height, Label, "spark");
        var points = Progress.Trend.Where(p => p.Percent is not null).ToList();
        var dates = points.Select(p => p.Date).Concat(new[] { BaselineDate, TargetDate }.OfType<DateOnly>()).ToList();
        if (dates.Count == 0)
        {
            writer.Write($"<line x1=\"{pad}\" y1=\"{height / 2}\" x2=\"{width - pad}\" y2=\"{height / 2}\" stroke=\"#d0d7de\" stroke-dasharray=\"3 3\"/></svg>");
            return;
        }

        var from = dates.Min().DayNumber;
        var to = Math.Max(dates.Max().DayNumber, from + 1);
        string X(DateOnly d) => Charts.Svg(pad + ((width - (2.0 * pad)) * (d.DayNumber - from) / (to - from)));
        string Y(double percent) => Charts.Svg(height - pad - ((height - (2.0 * pad)) * (Math.Clamp(percent, -10, 110) + 10) / 120));
        writer.Write($"<line x1=\"{pad}\" y1=\"{Y(100)}\" x2=\"{width - pad}\" y2=\"{Y(100)}\" stroke=\"#eaeef2\"/>");
        if (BaselineDate is { } b && TargetDate is { } t && Progress.Expected is not null)
        {
            writer.Write($"<line x1=\"{X(b)}\" y1=\"{Y(0)}\" x2=\"{X(t)}\" y2=\"{Y(100)}\" stroke=\"#8c959f\" stroke-width=\"1.5\" stroke-dasharray=\"3 3\"/>");
        }

        if (points.Count > 0)
        {
            var colour = Charts.StatusColor(Progress.Status);
            if (points.Count > 1)
            {
                writer.Write($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"");
                foreach (var point in points)
                {
                    writer.Write($"{X(point.Date)},{Y(point.Percent!.Value)} ");
                }

                writer.Write($"\"/>");
            }

            var last = points[^1];
            writer.Write($"<circle cx=\"{X(last.Date)}\" cy=\"{Y(last.Percent!.Value)}\" r=\"3\" fill=\"{colour}\"/>");
        }

        writer.Write($"</svg>");
    }
}

/// <summary>A stacked bar of counts, one segment per non-zero count.</summary>
internal readonly record struct StackChart(IReadOnlyList<(int Count, string Colour)> Parts, string Label, int Width = 240) : IHtmlContent
{
    /// <inheritdoc/>
    public void WriteTo(HtmlWriter writer)
    {
        const int height = 14;
        Charts.Open(writer, Width, height, Label, "stack");
        var total = Parts.Sum(p => p.Count);
        writer.Write($"<rect x=\"0\" y=\"0\" width=\"{Width}\" height=\"{height}\" rx=\"4\" fill=\"#eaeef2\"/>");
        double x = 0;
        foreach (var (count, colour) in Parts)
        {
            if (count == 0 || total == 0)
            {
                continue;
            }

            var w = Width * (double)count / total;
            writer.Write($"<rect x=\"{Charts.Svg(x)}\" y=\"0\" width=\"{Charts.Svg(w)}\" height=\"{height}\" fill=\"{colour}\"/>");
            x += w;
        }

        writer.Write($"</svg>");
    }
}

/// <summary>A Gantt-like timeline: one row per action, bars coloured by status, overdue ones outlined in red and flagged.</summary>
/// <remarks>Written row by row: alone (<see cref="HtmlWriter.Write{T}(T)"/>), a long timeline streams.</remarks>
internal sealed record TimelineChart(IReadOnlyList<TimelineRow> Rows, DateOnly From, DateOnly To, DateOnly AsOf, string AsOfText, string Label) : IHtmlContent
{
    private const int Width = 1080, LabelWidth = 400, Axis = 36, RowHeight = 40, BarHeight = 14;
    private const double X0 = LabelWidth + 10, X1 = Width - 24;

    /// <inheritdoc/>
    public void WriteTo(HtmlWriter writer)
    {
        var height = Axis + (Rows.Count * RowHeight) + 6;
        Charts.Open(writer, Width, height, Label, "timeline", responsive: true);
        for (var i = 1; i < Rows.Count; i += 2)
        {
            writer.Write($"<rect x=\"0\" y=\"{Axis + (i * RowHeight)}\" width=\"{Width}\" height=\"{RowHeight}\" fill=\"#f6f8fa\"/>");
        }

        for (var year = From.Year; year <= To.Year; year++)
        {
            var start = new DateOnly(year, 1, 1);
            if (start >= From && start <= To)
            {
                writer.Write($"<line x1=\"{Charts.Svg(X(start))}\" y1=\"{Axis - 14}\" x2=\"{Charts.Svg(X(start))}\" y2=\"{height}\" stroke=\"#d0d7de\"/>");
            }

            var end = new DateOnly(year, 12, 31);
            var left = X(start < From ? From : start);
            var right = X(end > To ? To : end);
            if (right - left > 40)
            {
                writer.Write($"<text x=\"{Charts.Svg((left + right) / 2)}\" y=\"14\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"600\" fill=\"#59636e\">{year}</text>");
            }
        }

        for (var i = 0; i < Rows.Count; i++)
        {
            WriteRow(writer, Rows[i], Axis + (i * RowHeight));
        }

        Charts.EndTimeChart(writer, AsOf, From, To, X0, X1, Axis, height, AsOfText);
    }

    private double X(DateOnly d) => Charts.X(d, From, To, X0, X1);

    private void WriteRow(HtmlWriter writer, TimelineRow row, int top)
    {
        writer.Write($"<g><title>{row.Tooltip}</title>");
        var lines = Charts.Wrap(row.Label, 60, 2);
        for (var l = 0; l < lines.Count; l++)
        {
            var y = top + (lines.Count == 1 ? 24 : 17 + (l * 15));
            writer.Write($"<text x=\"4\" y=\"{y}\" font-size=\"12.5\" fill=\"#1f2328\">{lines[l]}</text>");
        }

        if (row.Start is { } s && row.End is { } e)
        {
            var bx = X(s);
            var bw = Math.Max(X(e.AddDays(1)) - bx, 4);
            var by = top + ((RowHeight - BarHeight) / 2.0);
            var colour = Charts.ActionColor(row.Status);
            var open = row.OpenStart || row.OpenEnd;
            var opacity = row.Status == ActionStatus.Cancelled || open ? writer.Fragment($" fill-opacity=\"0.45\"") : Markup.Empty;
            var stroke = row.Overdue ? writer.Fragment($" stroke=\"#cf222e\" stroke-width=\"2.5\"")
                : open ? writer.Fragment($" stroke=\"{colour}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"") : Markup.Empty;
            writer.Write($"<rect x=\"{Charts.Svg(bx)}\" y=\"{Charts.Svg(by)}\" width=\"{Charts.Svg(bw)}\" height=\"{BarHeight}\" rx=\"4\" fill=\"{colour}\"{opacity}{stroke}/>");
            if (row.Overdue)
            {
                var cx = Charts.Svg(Math.Min(bx + bw + 11, Width - 9));
                var cy = Charts.Svg(by + (BarHeight / 2.0));
                writer.Write($"<circle cx=\"{cx}\" cy=\"{cy}\" r=\"8\" fill=\"#cf222e\"/>");
                writer.Write($"<text x=\"{cx}\" y=\"{cy}\" dy=\"0.35em\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"700\" fill=\"#fff\">!</text>");
            }
        }

        writer.Write($"</g>");
    }
}

/// <summary>A calendar of milestones: one lane per kind, dots and diamonds for days, bars for ranges, the report date as a line.</summary>
/// <remarks>Written mark by mark: alone (<see cref="HtmlWriter.Write{T}(T)"/>), a long calendar streams.</remarks>
internal sealed record MilestoneChart(IReadOnlyList<string> Lanes, IReadOnlyList<MilestoneMark> Marks, DateOnly From, DateOnly To, DateOnly AsOf, string AsOfText, string Label) : IHtmlContent
{
    private const int Width = 1080, LabelWidth = 170, Axis = 36, LaneHeight = 34;
    private const double X0 = LabelWidth + 14, X1 = Width - 20;

    /// <inheritdoc/>
    public void WriteTo(HtmlWriter writer)
    {
        var height = Axis + (Lanes.Count * LaneHeight) + 8;
        Charts.Open(writer, Width, height, Label, "milestones", responsive: true);
        for (var i = 0; i < Lanes.Count; i++)
        {
            var top = Axis + (i * LaneHeight);
            if (i % 2 == 0)
            {
                writer.Write($"<rect x=\"0\" y=\"{top}\" width=\"{Width}\" height=\"{LaneHeight}\" fill=\"#f6f8fa\"/>");
            }

            writer.Write($"<text x=\"6\" y=\"{top + 21}\" font-size=\"12.5\" font-weight=\"600\" fill=\"#1f2328\">{Lanes[i]}</text>");
            writer.Write($"<line x1=\"{Charts.Svg(X0)}\" y1=\"{top + (LaneHeight / 2)}\" x2=\"{Charts.Svg(X1)}\" y2=\"{top + (LaneHeight / 2)}\" stroke=\"#d0d7de\"/>");
        }

        for (var year = From.Year; year <= To.Year; year++)
        {
            var start = X(new DateOnly(year, 1, 1));
            var end = X(new DateOnly(year, 12, 31));
            writer.Write($"<line x1=\"{Charts.Svg(start)}\" y1=\"{Axis - 14}\" x2=\"{Charts.Svg(start)}\" y2=\"{height}\" stroke=\"#e1e6eb\"/>");
            writer.Write($"<text x=\"{Charts.Svg((start + end) / 2)}\" y=\"14\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"600\" fill=\"#59636e\">{year}</text>");
        }

        foreach (var mark in Marks)
        {
            WriteMark(writer, mark);
        }

        Charts.EndTimeChart(writer, AsOf, From, To, X0, X1, Axis, height, AsOfText);
    }

    private double X(DateOnly d) => Charts.X(d, From, To, X0, X1);

    private void WriteMark(HtmlWriter writer, MilestoneMark mark)
    {
        var y = Axis + (mark.Lane * LaneHeight) + (LaneHeight / 2.0);
        var x = X(mark.Start);
        var fill = Charts.StateColor(mark.State);
        var stroke = mark.State == "upcoming" ? "#59636e" : fill;
        writer.Write($"<g><title>{mark.Tooltip}</title>");
        if (mark.End > mark.Start)
        {
            writer.Write($"<rect x=\"{Charts.Svg(x)}\" y=\"{Charts.Svg(y - 6)}\" width=\"{Charts.Svg(Math.Max(X(mark.End) - x, 8))}\" height=\"12\" rx=\"6\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\"/>");
        }
        else if (mark.Diamond)
        {
            writer.Write($"<rect x=\"{Charts.Svg(x - 6)}\" y=\"{Charts.Svg(y - 6)}\" width=\"12\" height=\"12\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\" transform=\"rotate(45 {Charts.Svg(x)} {Charts.Svg(y)})\"/>");
        }
        else
        {
            writer.Write($"<circle cx=\"{Charts.Svg(x)}\" cy=\"{Charts.Svg(y)}\" r=\"7\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\"/>");
        }

        writer.Write($"</g>");
    }
}

/// <summary>
/// What the report's charts share: colours (matching the stylesheet's custom properties), the opening of an inline SVG
/// with <c>role="img"</c>, an <c>aria-label</c> and a <c>&lt;title&gt;</c> holding the same text alternative, and number
/// and text helpers. No chart draws with an external resource.
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

    public static string StateColor(string state) => state switch
    {
        "done" or "held" => "#1a7f37",
        "open" => "#0969da",
        "overdue" => "#cf222e",
        "due" => "#d4a72c",
        _ => "#ffffff",
    };

    /// <summary>A number for SVG geometry: invariant, at most two decimals.</summary>
    public static string Svg(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

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

    /// <summary>Opens an SVG chart with its text alternative.</summary>
    internal static void Open(HtmlWriter writer, int width, int height, string label, string css, bool responsive = false)
    {
        writer.Write($"<svg class=\"{css}\" role=\"img\" ");
        if (responsive)
        {
            writer.Write($"width=\"100%\" ");
        }
        else
        {
            writer.Write($"width=\"{width}\" height=\"{height}\" ");
        }

        writer.Write($"viewBox=\"0 0 {width} {height}\" aria-label=\"{label}\"><title>{label}</title>");
    }

    /// <summary>Where a day falls on a time axis from <paramref name="x0"/> (<paramref name="from"/>) to <paramref name="x1"/> (<paramref name="to"/>), clamped.</summary>
    internal static double X(DateOnly day, DateOnly from, DateOnly to, double x0, double x1)
    {
        var span = Math.Max(to.DayNumber - from.DayNumber, 1);
        return x0 + ((x1 - x0) * Math.Clamp(day.DayNumber - from.DayNumber, 0, span) / span);
    }

    /// <summary>Ends a time chart: the report date as a dashed red line labelled on the side with more room (when the axis shows it), then <c>&lt;/svg&gt;</c>.</summary>
    internal static void EndTimeChart(HtmlWriter writer, DateOnly asOf, DateOnly from, DateOnly to, double x0, double x1, int axis, int height, string text)
    {
        if (asOf < from || asOf > to)
        {
            writer.Write($"</svg>");
            return;
        }

        var x = X(asOf, from, to, x0, x1);
        var anchor = x > (x0 + x1) / 2 ? "end" : "start";
        writer.Write($"<line x1=\"{Svg(x)}\" y1=\"{axis - 12}\" x2=\"{Svg(x)}\" y2=\"{height}\" stroke=\"#cf222e\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
        writer.Write($"<text x=\"{Svg(anchor == "end" ? x - 4 : x + 4)}\" y=\"30\" text-anchor=\"{anchor}\" font-size=\"11\" font-weight=\"600\" fill=\"#cf222e\">{text}</text></svg>");
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1).TrimEnd(), "…");
}
