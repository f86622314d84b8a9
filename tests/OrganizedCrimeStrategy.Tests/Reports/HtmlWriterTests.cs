using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using OrganizedCrimeStrategy.Monitoring;
using OrganizedCrimeStrategy.Reports;
using OrganizedCrimeStrategy.Reports.Html;

namespace OrganizedCrimeStrategy.Tests.Reports;

/// <summary>The HTML builder: every value escaped for text and quoted attributes alike, markup only where it is made, chunks bounded.</summary>
public sealed partial class HtmlWriterTests
{
    [GeneratedRegex(@"^<p title=""([^""<>]*)"">([^""<>']*)</p>\n$", RegexOptions.Singleline)]
    private static partial Regex Paragraph();

    [GeneratedRegex("&(?!(?:amp|lt|gt|quot|#39);)")]
    private static partial Regex BareAmpersand();

    /// <summary>Writes one document with the writer <paramref name="write"/> is given, and returns it.</summary>
    internal static string Html(Action<HtmlWriter> write, string language = "en")
    {
        using var output = new StringWriter();
        var writer = new HtmlWriter(output, language);
        write(writer);
        writer.Flush();
        return output.ToString();
    }

    /// <summary>What escaping keeps of a string: all of it, but the control characters HTML forbids, which become U+FFFD.</summary>
    private static string Kept(string text) =>
        string.Concat(text.Select(c => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F' ? '\uFFFD' : c));

    [Property(MaxTest = 500)]
    public Property Any_string_written_as_text_and_as_an_attribute_decodes_back_to_itself() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<string>(),
            text =>
            {
                var html = Html(w => w.Line($"<p title=\"{text}\">{text}</p>"));

                var parts = Paragraph().Match(html);
                Assert.True(parts.Success, $"Not one paragraph with one attribute: {html}");
                Assert.Equal(Kept(text ?? string.Empty), WebUtility.HtmlDecode(parts.Groups[1].Value));
                Assert.Equal(Kept(text ?? string.Empty), WebUtility.HtmlDecode(parts.Groups[2].Value));
                Assert.DoesNotMatch(BareAmpersand(), html);
                return true;
            });

    [Property(MaxTest = 200)]
    public Property Any_text_is_written_in_the_writers_language_and_escaped() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<NonWhiteSpaceString>(),
            ArbMap.Default.ArbFor<NonWhiteSpaceString>(),
            (english, russian) =>
            {
                var text = Text.Of(("en", english.Get), ("ru", russian.Get));

                var html = Html(w => w.Write($"{text}"), "ru");

                Assert.Equal(HtmlText.Escape(russian.Get), html);
                Assert.Equal(Kept(russian.Get), WebUtility.HtmlDecode(html));
                return true;
            });

    [Fact]
    public void Markup_characters_in_every_kind_of_value_are_escaped()
    {
        const string Attack = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>'&amp;";
        Text text = Attack;

        var html = Html(w => w.Write($"<p class=\"{Attack}\">{Attack}|{text}|{'<'}|{'"'}</p>"));

        const string Escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;amp;";
        Assert.Equal($"<p class=\"{Escaped}\">{Escaped}|{Escaped}|&lt;|&quot;</p>", html);
    }

    [Fact]
    public void Numbers_and_dates_are_invariant_with_an_optional_format()
    {
        var html = Html(w => w.Write($"{1080}|{-7L}|{1234.5}|{1234.5678:#,0.##}|{0.1:P0}|{new DateOnly(2026, 7, 1)}|{new DateOnly(2026, 7, 1):dd.MM.yyyy}"));

        Assert.Equal("1080|-7|1234.5|1,234.57|10 %|2026-07-01|01.07.2026", html);
    }

    [Fact]
    public void A_number_format_that_writes_markup_is_escaped_too()
    {
        Assert.Equal("&lt;b&gt;5", Html(w => w.Write($"{5:'<b>'0}")));
    }

    [Fact]
    public void Markup_goes_as_it_is_and_fragments_nest()
    {
        var html = Html(w =>
        {
            var inner = w.Fragment($"<em>{"<i>"}</em>");
            var outer = w.Fragment($"<strong>{inner}{Markup.Escaped("&")}</strong>");
            w.Line($"<p>{outer}{w.Fragment($"<br>")}{Markup.Empty}</p>");
        });

        Assert.Equal("<p><strong><em>&lt;i&gt;</em>&amp;</strong><br></p>\n", html);
    }

    [Fact]
    public void A_fragment_writes_nothing_by_itself()
    {
        var html = Html(w =>
        {
            w.Write($"a");
            _ = w.Fragment($"<b>dropped</b>");
            w.Write($"b");
        });

        Assert.Equal("ab", html);
    }

    [Fact]
    public void A_part_that_writes_itself_goes_where_it_stands()
    {
        var html = Html(w => w.Line($"<div>{new BarChart(50, 25, ProgressStatus.OnTrack, "<label>", 100)}</div>"));

        Assert.StartsWith("<div><svg class=\"bar\" role=\"img\" width=\"100\" height=\"16\" viewBox=\"0 0 100 16\" aria-label=\"&lt;label&gt;\"><title>&lt;label&gt;</title>", html, StringComparison.Ordinal);
        Assert.EndsWith("</svg></div>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_gets_chunks_at_top_level_calls_only_so_no_fragment_is_split()
    {
        using var output = new ChunkRecorder();
        var writer = new HtmlWriter(output, "en");
        var row = new string('x', 1000);

        for (var i = 0; i < 100; i++)
        {
            // The fragment is taken while the line is being filled: the buffer is past the chunk size by then.
            writer.Line($"<p>{row}{writer.Fragment($"<b>{i}</b>")}</p>");
        }

        // Each chunk is handed over at the first line end past the chunk size, and less than a chunk is left over.
        const int LongestLine = 1017;
        Assert.Equal(0, output.Unflushed);
        Assert.All(output.Chunks, chunk => Assert.InRange(chunk, HtmlWriter.ChunkSize, HtmlWriter.ChunkSize + LongestLine));
        var flushed = output.Chunks.Sum();
        writer.Flush();
        var html = output.ToString();
        Assert.InRange(html.Length - flushed, 1, HtmlWriter.ChunkSize - 1);
        var lines = html.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(100, lines.Length);
        Assert.All(lines.Select((line, i) => (line, i)), l => Assert.Equal($"<p>{row}<b>{l.i}</b></p>", l.line));
    }

    [Fact]
    public void Raw_markup_is_made_in_two_places_only()
    {
        // Markup.Raw takes HTML unchecked. Its callers are the writer's own fragments and the embedded stylesheet;
        // a new caller must be argued for here.
        var folder = Path.Combine(Samples.RepositoryRoot, "src");
        var callers = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"\bMarkup\.Raw\(").Select(_ => Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["OrganizedCrimeStrategy/Reports/Html/HtmlWriter.cs", "OrganizedCrimeStrategy/Reports/Styles.cs"], callers);
    }

    [Fact]
    public void The_stylesheet_is_the_embedded_file_with_no_way_out_of_its_element()
    {
        var file = File.ReadAllText(Path.Combine(Samples.RepositoryRoot, "src/OrganizedCrimeStrategy/Reports/report.css"));

        Assert.Equal(file.ReplaceLineEndings("\n").TrimEnd('\n'), Styles.Css.Html);
        Assert.DoesNotContain('<', Styles.Css.Html);
        Assert.Contains("@media print", Styles.Css.Html, StringComparison.Ordinal);
        Assert.Contains($"<style>{Styles.Css.Html}</style>\n", HtmlReportTests.SampleReport(), StringComparison.Ordinal);
    }

    /// <summary>Records how many characters arrive between flushes.</summary>
    internal sealed class ChunkRecorder : TextWriter
    {
        private readonly StringBuilder _text = new();

        public List<int> Chunks { get; } = [];

        public int Unflushed { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            _text.Append(value);
            Unflushed++;
        }

        public override void Write(char[] buffer, int index, int count)
        {
            _text.Append(buffer, index, count);
            Unflushed += count;
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            _text.Append(buffer);
            Unflushed += buffer.Length;
        }

        public override void Flush()
        {
            if (Unflushed > 0)
            {
                Chunks.Add(Unflushed);
                Unflushed = 0;
            }
        }

        public override string ToString() => _text.ToString();
    }
}
