using OrganizedCrimeStrategy.Reports.Html;

namespace OrganizedCrimeStrategy.Reports;

/// <summary>
/// The report's stylesheet, <c>Reports/report.css</c>, embedded in the assembly and inlined into the report's
/// <c>&lt;style&gt;</c>: system fonts only, no external reference, with print rules.
/// </summary>
internal static class Styles
{
    /// <summary>The name of the embedded resource.</summary>
    internal const string ResourceName = "OrganizedCrimeStrategy.Reports.report.css";

    private static readonly Lazy<Markup> Sheet = new(Load);

    /// <summary>The stylesheet, with <c>\n</c> line ends and no final line end.</summary>
    public static Markup Css => Sheet.Value;

    private static Markup Load()
    {
        using var stream = typeof(Styles).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var css = reader.ReadToEnd().ReplaceLineEndings("\n").TrimEnd('\n');

        // The contents of <style> are raw text: only "</style" could end it early, and a stylesheet needs no "<" at all.
        if (css.Contains('<', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The stylesheet {ResourceName} holds a '<'.");
        }

        // Raw: the library's own file, checked above; escaping would break its quoted font names.
        return Markup.Raw(css);
    }
}
