using System.Collections.Frozen;
using System.Text;
using System.Text.Json;

namespace OrganizedCrimeStrategy.Localization;

/// <summary>
/// The strings of one area (<c>read</c>, <c>settings</c>, <c>import</c>, <c>measurement</c>, <c>element</c>,
/// <c>rule</c>, <c>report</c>) in one language, with English as the fallback for a key the language lacks.
/// </summary>
/// <remarks>
/// Every string of a language is in one embedded file, <c>Localization/Strings/&lt;tag&gt;.json</c>: a flat object
/// whose keys are the area, a dot, and the key within the area (<c>read.duplicateMember</c>, <c>rule.OCS301</c>,
/// <c>report.section.timeline</c>), and whose values are templates with named placeholders (<c>{name}</c>). Adding a
/// language is adding one file; each area reaches its strings through one small class (<c>ReadMessages</c>,
/// <see cref="Checks.Messages.MessageFormatter"/>, <see cref="Reports.ReportLabels"/>...), which asks for its area here.
/// </remarks>
internal sealed class StringTable
{
    /// <summary>The language every other falls back to, and that must exist.</summary>
    public const string FallbackLanguage = "en";

    private const string ResourcePrefix = "OrganizedCrimeStrategy.Localization.Strings.";

    /// <summary>Every embedded language file, by tag (ignoring case): area, then key within the area, then template.</summary>
    private static readonly Lazy<FrozenDictionary<string, Dictionary<string, FrozenDictionary<string, string>>>> Files = new(LoadFiles);

    private readonly FrozenDictionary<string, string> _strings;
    private readonly StringTable? _fallback;

    private StringTable(string language, FrozenDictionary<string, string> strings, StringTable? fallback)
    {
        Language = language;
        _strings = strings;
        _fallback = fallback;
    }

    public string Language { get; }

    public IEnumerable<string> OwnKeys => _strings.Keys;

    public string? Own(string key) => _strings.GetValueOrDefault(key);

    public bool Has(string key) => _strings.ContainsKey(key) || (_fallback?.Has(key) ?? false);

    /// <summary>The template for <paramref name="key"/>, in this language or else in English.</summary>
    public string? Find(string key) => _strings.TryGetValue(key, out var value) ? value : _fallback?.Find(key);

    /// <summary>The tables of one area in every embedded language, by language tag (ignoring case).</summary>
    /// <param name="area">The area: the part of each key before its first dot.</param>
    public static FrozenDictionary<string, StringTable> Load(string area)
    {
        var files = Files.Value;
        var empty = FrozenDictionary<string, string>.Empty;
        var english = new StringTable(FallbackLanguage, files[FallbackLanguage].GetValueOrDefault(area) ?? empty, null);
        return files.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Key == FallbackLanguage ? english : new StringTable(pair.Key, pair.Value.GetValueOrDefault(area) ?? empty, english),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The table for a BCP 47 tag, falling back through shorter tags (<c>uz-Cyrl-UZ</c>, <c>uz-Cyrl</c>, <c>uz</c>) to English.</summary>
    public static StringTable Resolve(FrozenDictionary<string, StringTable> tables, string? language)
    {
        var tag = language ?? string.Empty;
        while (tag.Length > 0)
        {
            if (tables.TryGetValue(tag, out var table))
            {
                return table;
            }

            var dash = tag.LastIndexOf('-');
            tag = dash < 0 ? string.Empty : tag[..dash];
        }

        return tables[FallbackLanguage];
    }

    /// <summary>The languages available, English first.</summary>
    public static IReadOnlyList<string> Languages(FrozenDictionary<string, StringTable> tables) =>
        [.. tables.Keys.OrderBy(k => k == FallbackLanguage ? 0 : 1).ThenBy(k => k, StringComparer.Ordinal)];

    /// <summary>The template <paramref name="key"/>, in this language or else in English, with its placeholders filled.</summary>
    /// <exception cref="InvalidOperationException">Neither this language nor English has the key: a programming error.</exception>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> arguments) =>
        Fill(Find(key) ?? throw new InvalidOperationException($"No string has the key '{key}'."), arguments);

    /// <summary>Replaces each <c>{name}</c> of the template with its argument; unknown placeholders stay as written.</summary>
    public static string Fill(string template, ReadOnlySpan<(string Name, string Value)> arguments)
    {
        if (arguments.IsEmpty || template.IndexOf('{', StringComparison.Ordinal) < 0)
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

    /// <summary>The names of the placeholders of a template, in order.</summary>
    public static IEnumerable<string> Placeholders(string template)
    {
        var start = -1;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{')
            {
                start = i;
            }
            else if (template[i] == '}' && start >= 0)
            {
                yield return template[(start + 1)..i];
                start = -1;
            }
        }
    }

    private static FrozenDictionary<string, Dictionary<string, FrozenDictionary<string, string>>> LoadFiles()
    {
        const string Suffix = ".json";
        var assembly = typeof(StringTable).Assembly;
        var files = new Dictionary<string, Dictionary<string, FrozenDictionary<string, string>>>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) && resource.EndsWith(Suffix, StringComparison.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(resource)
                    ?? throw new InvalidOperationException($"The embedded resource '{resource}' cannot be opened.");
                files[resource[ResourcePrefix.Length..^Suffix.Length]] = Read(stream, resource);
            }
        }

        if (!files.ContainsKey(FallbackLanguage))
        {
            throw new InvalidOperationException("The English strings file is not embedded in the assembly.");
        }

        return files.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads one language file into its areas: <c>{"read.syntax": "..."}</c> is the key <c>syntax</c> of the area <c>read</c>.</summary>
    private static Dictionary<string, FrozenDictionary<string, string>> Read(Stream stream, string resource)
    {
        using var document = JsonDocument.Parse(stream);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"The strings file '{resource}' is not a JSON object.");
        }

        var areas = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var member in document.RootElement.EnumerateObject())
        {
            var dot = member.Name.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0 || dot == member.Name.Length - 1)
            {
                throw new InvalidOperationException($"The key '{member.Name}' of '{resource}' does not start with an area and a dot.");
            }

            if (member.Value.ValueKind != JsonValueKind.String)
            {
                throw new InvalidOperationException($"The entry '{member.Name}' of '{resource}' is not a string.");
            }

            var area = member.Name[..dot];
            if (!areas.TryGetValue(area, out var strings))
            {
                areas[area] = strings = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            strings[member.Name[(dot + 1)..]] = member.Value.GetString()!;
        }

        return areas.ToDictionary(pair => pair.Key, pair => pair.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
