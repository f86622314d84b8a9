using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;

namespace OrganizedCrimeStrategy.Reports;

/// <summary>
/// The labels of the HTML report in one language: headings, column names, status names and sentences with named
/// placeholders (<c>{count} overdue</c>).
/// </summary>
/// <remarks>
/// <para>
/// Labels live in embedded JSON files <c>Reports/Labels/labels.&lt;tag&gt;.json</c> (a flat object from key to text),
/// discovered at run time by name: adding a language is adding a file. A key missing from a language falls back to
/// English; a tag with no file falls back to shorter tags (<c>uz-Cyrl-UZ</c>, <c>uz-Cyrl</c>, <c>uz</c>), then to English.
/// The keys <c>number.group</c> and <c>number.decimal</c> give the language's digit-group and decimal separators, so
/// numbers are written the language's way without culture data (the tool runs with invariant globalization).
/// </para>
/// <para>Immutable and shared; safe to use from several threads at once.</para>
/// </remarks>
public sealed class ReportLabels
{
    /// <summary>The language every other falls back to.</summary>
    public const string FallbackLanguage = "en";

    private const string ResourcePrefix = "OrganizedCrimeStrategy.Reports.Labels.labels.";
    private const string ResourceSuffix = ".json";

    private static readonly Lazy<FrozenDictionary<string, ReportLabels>> Catalogue = new(LoadAll);

    private readonly FrozenDictionary<string, string> _labels;
    private readonly FrozenDictionary<string, string>? _fallback;

    private ReportLabels(string language, FrozenDictionary<string, string> labels, FrozenDictionary<string, string>? fallback)
    {
        Language = language;
        _labels = labels;
        _fallback = fallback;
        var numbers = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        numbers.NumberGroupSeparator = Get("number.group");
        numbers.NumberDecimalSeparator = Get("number.decimal");
        numbers.NumberGroupSizes = [3];
        Numbers = NumberFormatInfo.ReadOnly(numbers);
    }

    /// <summary>The BCP 47 tag of the language, as its file names it (<c>en</c>, <c>ru</c>).</summary>
    public string Language { get; }

    /// <summary>Every language with a label file, English first.</summary>
    public static IReadOnlyList<string> AvailableLanguages =>
        [.. Catalogue.Value.Keys.OrderBy(k => k == FallbackLanguage ? 0 : 1).ThenBy(k => k, StringComparer.Ordinal)];

    /// <summary>The English labels.</summary>
    public static ReportLabels English => Catalogue.Value[FallbackLanguage];

    /// <summary>How numbers are written in this language.</summary>
    internal NumberFormatInfo Numbers { get; }

    /// <summary>The keys of this language's own file.</summary>
    internal IEnumerable<string> OwnKeys => _labels.Keys;

    /// <summary>The labels for <paramref name="language"/>, falling back to shorter tags, then English.</summary>
    /// <param name="language">A BCP 47 tag, or <see langword="null"/> for English.</param>
    /// <returns>The labels.</returns>
    public static ReportLabels For(string? language)
    {
        var catalogue = Catalogue.Value;
        var tag = language ?? string.Empty;
        while (tag.Length > 0)
        {
            if (catalogue.TryGetValue(tag, out var labels))
            {
                return labels;
            }

            var dash = tag.LastIndexOf('-');
            tag = dash < 0 ? string.Empty : tag[..dash];
        }

        return catalogue[FallbackLanguage];
    }

    /// <summary>The label <paramref name="key"/> with its placeholders filled.</summary>
    /// <param name="key">The key, such as <c>section.timeline</c>.</param>
    /// <param name="arguments">The values of the placeholders, by name; a placeholder without a value is kept as written.</param>
    /// <returns>The text (not escaped for HTML).</returns>
    /// <exception cref="ArgumentException">Neither this language nor English has the key (a programming error).</exception>
    public string Get(string key, params ReadOnlySpan<(string Name, string Value)> arguments)
    {
        Guard.Against.Null(key);
        if (!_labels.TryGetValue(key, out var template) && (_fallback is null || !_fallback.TryGetValue(key, out template)))
        {
            throw new ArgumentException($"No report label has the key '{key}'.", nameof(key));
        }

        if (arguments.IsEmpty)
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 32);
        var span = template.AsSpan();
        while (!span.IsEmpty)
        {
            var open = span.IndexOf('{');
            var close = open < 0 ? -1 : span[open..].IndexOf('}');
            if (open < 0 || close < 0)
            {
                builder.Append(span);
                break;
            }

            builder.Append(span[..open]);
            var name = span.Slice(open + 1, close - 1);
            var replaced = false;
            foreach (var (argumentName, value) in arguments)
            {
                if (name.SequenceEqual(argumentName))
                {
                    builder.Append(value);
                    replaced = true;
                    break;
                }
            }

            if (!replaced)
            {
                builder.Append(span.Slice(open, close + 1));
            }

            span = span[(open + close + 1)..];
        }

        return builder.ToString();
    }

    /// <summary>The text of this language's own file for a key, without fallback.</summary>
    internal string? Own(string key) => _labels.GetValueOrDefault(key);

    private static FrozenDictionary<string, ReportLabels> LoadAll()
    {
        var assembly = typeof(ReportLabels).Assembly;
        var files = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The embedded resource '{resource}' cannot be opened.");
            files[resource[ResourcePrefix.Length..^ResourceSuffix.Length]] = Read(stream, resource);
        }

        if (!files.TryGetValue(FallbackLanguage, out var english))
        {
            throw new InvalidOperationException("The English report labels are not embedded in the assembly.");
        }

        return files.ToFrozenDictionary(
            pair => pair.Key,
            pair => new ReportLabels(pair.Key, pair.Value, pair.Key == FallbackLanguage ? null : english),
            StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, string> Read(Stream stream, string resource)
    {
        using var document = JsonDocument.Parse(stream);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"The label file '{resource}' is not a JSON object.");
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in document.RootElement.EnumerateObject())
        {
            labels[member.Name] = member.Value.ValueKind == JsonValueKind.String
                ? member.Value.GetString()!
                : throw new InvalidOperationException($"The label '{member.Name}' of '{resource}' is not a string.");
        }

        return labels.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
