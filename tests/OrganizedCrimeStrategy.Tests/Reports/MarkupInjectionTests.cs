using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrganizedCrimeStrategy.Reports;

namespace OrganizedCrimeStrategy.Tests.Reports;

/// <summary>
/// Markup in every text of the sample: each string value of its JSON that the reader still accepts with markup appended
/// gets it, and the report must show all of it as text. The fields are found by walking the JSON, not listed by hand;
/// the lists below only account for them (which ones must take markup, which ones the format keeps from it).
/// </summary>
public sealed partial class MarkupInjectionTests(ITestOutputHelper output)
{
    /// <summary>What goes into every text: a script, an attribute break-out, an entity, the end of the style element and of a CDATA section.</summary>
    public const string Payload = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>'&amp;</style>]]>";

    /// <summary>Members whose strings are free text (or text in a language), with the sample's unknown member: every one must take the payload.</summary>
    private static readonly HashSet<string> FreeText =
    [
        "title", "name", "vision", "summary", "description", "note", "acronym", "unit", "dataSource", "disaggregation",
        "scale", "scaleLevel", "targetGroups", "crimeTypes", "crimeType", "sources", "channel", "instrument", "article",
        "purpose", "$schema", "x-note",
    ];

    /// <summary>Members whose strings have a format that has no room for markup: ids and references, dates, codes and enums.</summary>
    private static readonly HashSet<string> Formatted =
    [
        "id", "lead", "partners", "responsible", "fundingSource", "chair", "members", "body", "evaluator", "authority",
        "participants", "source", "parent", "date", "start", "end", "due", "plannedDate", "adoptedDate", "type", "level",
        "status", "pillar", "stage", "kind", "frequency", "reportingFrequency", "direction", "priority", "country",
        "currency", "schemaVersion", "sdg",
    ];

    /// <summary>Members whose values are texts: an object under them maps languages to strings.</summary>
    private static readonly HashSet<string> TextMembers = ["title", "name", "vision", "summary", "description", "note", "channel", "instrument", "purpose", "dataSource", "sources"];

    private static readonly Lazy<Marked> Sample = new(MarkTheSample);

    [GeneratedRegex(@"\G(?:(?<doctype><!DOCTYPE html>)|<(?<close>/?)(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attributes>(?:\s+[a-zA-Z][a-zA-Z0-9:-]*=""[^""<>]*"")*)\s*/?>|(?<text>[^<>]+))")]
    private static partial Regex Token();

    [GeneratedRegex(@"\s+([a-zA-Z][a-zA-Z0-9:-]*)=""([^""<>]*)""")]
    private static partial Regex Attribute();

    [GeneratedRegex("&(?!(?:amp|lt|gt|quot|#39);)")]
    private static partial Regex BareAmpersand();

    [GeneratedRegex("#(\\d+)#")]
    private static partial Regex Marker();

    /// <summary>One string value of the JSON: where it is, which member it belongs to, what it was.</summary>
    private sealed record Slot(JsonNode Parent, string? Key, int Index, string Member, string Original, string Path)
    {
        public void Set(string value)
        {
            if (Key is null)
            {
                Parent.AsArray()[Index] = value;
            }
            else
            {
                Parent.AsObject()[Key] = value;
            }
        }
    }

    /// <summary>The marked sample: the strategy, every string slot, and which of them took the payload.</summary>
    internal sealed record Marked(Strategy Strategy, IReadOnlyList<(string Path, string Member, bool Took)> Slots);

    /// <summary>The sample's report with markup in every text.</summary>
    internal static string HostileReport(string language) => HtmlReport.Render(Sample.Value.Strategy, new HtmlReportOptions { AsOf = HtmlReportTests.AsOf, Language = language });

    [Fact]
    public void Every_free_text_of_the_sample_takes_markup_and_only_formatted_values_refuse_it()
    {
        var slots = Sample.Value.Slots;

        Assert.All(slots, s => Assert.True(FreeText.Contains(s.Member) || Formatted.Contains(s.Member), $"{s.Path}: the member '{s.Member}' is in neither list"));
        Assert.All(slots.Where(s => FreeText.Contains(s.Member)), s => Assert.True(s.Took, $"{s.Path} ({s.Member}) refused markup"));
        var took = slots.Count(s => s.Took);
        output.WriteLine($"{slots.Count} strings in the sample, {took} took markup in {slots.Where(s => s.Took).Select(s => s.Member).Distinct().Count()} members: "
            + string.Join(", ", slots.Where(s => s.Took).GroupBy(s => s.Member).Select(g => $"{g.Key} {g.Count()}")));
        output.WriteLine("Refused: " + string.Join(", ", slots.Where(s => !s.Took).GroupBy(s => s.Member).Select(g => $"{g.Key} {g.Count()}")));
        Assert.True(took > 300, $"Only {took} strings took markup.");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void The_report_shows_every_injected_text_escaped_and_no_markup_of_its_own(string language)
    {
        var html = HostileReport(language);
        var clean = HtmlReportTests.SampleReport(language);

        var (vocabulary, text) = Parse(html);

        Assert.Subset(Parse(clean).Vocabulary, vocabulary);                          // no element or attribute the clean report lacks
        Assert.DoesNotContain(vocabulary, v => v.StartsWith("script", StringComparison.Ordinal) || v.StartsWith("img", StringComparison.Ordinal) || v.Contains("@on", StringComparison.Ordinal));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("]]>", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "</style", RegexOptions.IgnoreCase));
        HtmlChecks.AssertBalanced(html);
        HtmlChecks.AssertSelfContained(html);
        HtmlChecks.AssertAccessible(html);
        HtmlChecks.AssertHeadingsInOrder(html);

        // Every marked text the report shows is there whole, as text.
        var shown = Marker().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.All(shown, n => Assert.Contains(Payload + "#" + n + "#", text, StringComparison.Ordinal));
        output.WriteLine($"{language}: {shown.Count} marked texts shown, {Regex.Matches(text, Regex.Escape(Payload)).Count} times whole.");
        Assert.True(shown.Count > 100, $"Only {shown.Count} marked texts in the report.");
    }

    /// <summary>
    /// Reads the document strictly: a doctype, tags whose attributes are all double-quoted, and text with no <c>&lt;</c>
    /// or <c>&gt;</c>; an <c>&amp;</c> only as one of the five entities the writer makes; the style element holding the
    /// stylesheet exactly. Returns each element name and element@attribute met, and the text and attribute values decoded.
    /// </summary>
    private static (HashSet<string> Vocabulary, string Text) Parse(string html)
    {
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        var at = 0;
        while (at < html.Length)
        {
            var token = Token().Match(html, at);
            Assert.True(token.Success && token.Length > 0, $"Stray markup at {at}: {html.Substring(at, Math.Min(80, html.Length - at))}");
            at += token.Length;
            if (token.Groups["doctype"].Success)
            {
                continue;
            }

            if (token.Groups["text"].Success)
            {
                Assert.DoesNotMatch(BareAmpersand(), token.Value);
                text.Append(WebUtility.HtmlDecode(token.Value)).Append('\n');
                continue;
            }

            var name = token.Groups["name"].Value.ToLowerInvariant();
            vocabulary.Add(name);
            foreach (Match attribute in Attribute().Matches(token.Groups["attributes"].Value))
            {
                vocabulary.Add($"{name}@{attribute.Groups[1].Value.ToLowerInvariant()}");
                Assert.DoesNotMatch(BareAmpersand(), attribute.Groups[2].Value);
                text.Append(WebUtility.HtmlDecode(attribute.Groups[2].Value)).Append('\n');
            }

            if (name == "style" && token.Groups["close"].Value.Length == 0)
            {
                Assert.True(html.AsSpan(at).StartsWith(Styles.Css.Html + "</style>", StringComparison.Ordinal), "The style element holds something else than the stylesheet.");
                at += Styles.Css.Html.Length;
            }
        }

        return (vocabulary, text.ToString());
    }

    private static Marked MarkTheSample()
    {
        var root = JsonNode.Parse(File.ReadAllText(Samples.Uzbekistan))!;
        var slots = new List<Slot>();
        Collect(root, null, "", slots);
        var marks = slots.Select(s => s.Original).Distinct().Select((value, n) => (value, n)).ToDictionary(p => p.value, p => $"{p.value}{Payload}#{p.n}#");
        var took = new HashSet<Slot>();

        // First every occurrence of a value at once, so that a scale level and the baseline on it stay equal; then
        // one by one what the reader refused together (a value used both as a text and as an enum).
        foreach (var group in slots.GroupBy(s => s.Original))
        {
            Try(root, [.. group], marks, took);
        }

        foreach (var slot in slots.Where(s => !took.Contains(s)).ToList())
        {
            Try(root, [slot], marks, took);
        }

        var strategy = StrategyJson.Read(root.ToJsonString()).AsT0;
        return new Marked(strategy, [.. slots.Select(s => (s.Path, s.Member, took.Contains(s)))]);
    }

    private static void Try(JsonNode root, List<Slot> group, Dictionary<string, string> marks, HashSet<Slot> took)
    {
        group.ForEach(s => s.Set(marks[s.Original]));
        if (StrategyJson.Read(root.ToJsonString()).IsT0)
        {
            took.UnionWith(group);
        }
        else
        {
            group.ForEach(s => s.Set(s.Original));
        }
    }

    /// <summary>Every string value under <paramref name="node"/>, with the member it belongs to (the text's member for a language entry).</summary>
    private static void Collect(JsonNode? node, string? member, string path, List<Slot> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                var isText = member is not null && TextMembers.Contains(member);
                foreach (var (key, value) in obj.ToList())
                {
                    var name = isText ? member! : key == "level" && !obj.ContainsKey("type") ? "scaleLevel" : key;
                    if (value is JsonValue leaf && leaf.TryGetValue<string>(out var text))
                    {
                        slots.Add(new Slot(obj, key, -1, name, text, $"{path}/{key}"));
                    }
                    else
                    {
                        Collect(value, name, $"{path}/{key}", slots);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue leaf && leaf.TryGetValue<string>(out var text))
                    {
                        slots.Add(new Slot(array, null, i, member!, text, $"{path}/{i}"));
                    }
                    else
                    {
                        Collect(array[i], member, $"{path}/{i}", slots);
                    }
                }

                break;
        }
    }
}
