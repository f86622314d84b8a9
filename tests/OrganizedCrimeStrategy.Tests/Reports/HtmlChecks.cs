using System.Text.RegularExpressions;

namespace OrganizedCrimeStrategy.Tests.Reports;

/// <summary>Structural checks of an HTML document, shared by the report tests and the browser test.</summary>
internal static partial class HtmlChecks
{
    private static readonly HashSet<string> VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    [GeneratedRegex(@"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>""']|""[^""]*""|'[^']*')*)>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex(@"<h([1-6])[\s>]")]
    private static partial Regex Heading();

    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex SvgOpen();

    [GeneratedRegex(@"<th\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex HeaderCell();

    [GeneratedRegex(@"\s(?:src|href|xlink:href|srcset|poster|action|data)\s*=\s*[""']?([^""'\s>]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\sid=""([^""]+)""")]
    private static partial Regex Id();

    /// <summary>Every opened element is closed in order (void elements and self-closed SVG elements aside).</summary>
    public static void AssertBalanced(string html)
    {
        var stack = new Stack<string>();
        foreach (Match match in Tag().Matches(StyleBlock().Replace(html, "<style></style>")))
        {
            var name = match.Groups[2].Value.ToLowerInvariant();
            if (match.Groups[1].Value == "/")
            {
                Assert.True(stack.Count > 0, $"</{name}> closes nothing at {match.Index}");
                Assert.Equal(stack.Pop(), name);
            }
            else if (!VoidElements.Contains(name) && !match.Groups[3].Value.EndsWith('/'))
            {
                stack.Push(name);
            }
        }

        Assert.Empty(stack);
    }

    /// <summary>One h1, first; no heading level skipped on the way down.</summary>
    public static void AssertHeadingsInOrder(string html)
    {
        var levels = Heading().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"h{levels[i]} follows h{levels[i - 1]} (heading {i})");
        }
    }

    /// <summary>Every chart has role="img" and a text alternative; every header cell has a scope.</summary>
    public static void AssertAccessible(string html)
    {
        var svgs = SvgOpen().Matches(html);
        Assert.NotEmpty(svgs);
        foreach (Match svg in svgs)
        {
            Assert.Contains("role=\"img\"", svg.Value, StringComparison.Ordinal);
            var labelled = Regex.IsMatch(svg.Value, @"aria-label=""[^""]+""") || html.AsSpan(svg.Index + svg.Length).StartsWith("<title>", StringComparison.Ordinal);
            Assert.True(labelled, $"An <svg> without a text alternative: {svg.Value}");
        }

        foreach (Match th in HeaderCell().Matches(html))
        {
            Assert.Matches(@"scope=""(col|row|colgroup|rowgroup)""", th.Value);
        }
    }

    /// <summary>Nothing is loaded from anywhere: no script, no link, no frame or embedded object, no url(), and every href is a fragment.</summary>
    public static void AssertSelfContained(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<object", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<embed", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", html, StringComparison.OrdinalIgnoreCase);
        foreach (Match tag in Tag().Matches(StyleBlock().Replace(html, "<style></style>")))
        {
            var attributes = tag.Groups[3].Value;
            Assert.DoesNotMatch(@"\son[a-z]+\s*=", Regex.Replace(attributes, @"""[^""]*""|'[^']*'", "\"\""));
            foreach (Match reference in Reference().Matches(attributes))
            {
                Assert.StartsWith("#", reference.Groups[1].Value, StringComparison.Ordinal);
                Assert.DoesNotMatch("^(https?:|//|file:|data:)", reference.Groups[1].Value);
            }
        }
    }

    /// <summary>The ids of the document, each once.</summary>
    public static IReadOnlyList<string> Ids(string html)
    {
        var ids = Id().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        return ids;
    }
}
