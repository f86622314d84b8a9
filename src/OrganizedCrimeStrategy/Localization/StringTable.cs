using System.Collections.Frozen;
using System.Text;
using System.Text.Json;

namespace OrganizedCrimeStrategy.Localization;

/// <summary>
/// The strings of one language, read from an embedded JSON file (<c>{"key": "template with {name}"}</c>), with English
/// as the fallback for a key the language lacks. Check messages and report labels are both such tables: a new
/// language is a file to add, not code to change.
/// </summary>
internal sealed class StringTable
{
    /// <summary>The language every other falls back to, and that must exist.</summary>
    public const string FallbackLanguage = "en";

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

    /// <summary>Loads every embedded file named <c>{prefix}{tag}.json</c>, by language tag (ignoring case).</summary>
    public static FrozenDictionary<string, StringTable> Load(string resourcePrefix, string what)
    {
        const string Suffix = ".json";
        var assembly = typeof(StringTable).Assembly;
        var files = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(resourcePrefix, StringComparison.Ordinal) && resource.EndsWith(Suffix, StringComparison.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(resource)
                    ?? throw new InvalidOperationException($"The embedded resource '{resource}' cannot be opened.");
                files[resource[resourcePrefix.Length..^Suffix.Length]] = Read(stream, resource, what);
            }
        }

        if (!files.TryGetValue(FallbackLanguage, out var english))
        {
            throw new InvalidOperationException($"The English {what} file is not embedded in the assembly.");
        }

        var fallback = new StringTable(FallbackLanguage, english, null);
        return files.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Key == FallbackLanguage ? fallback : new StringTable(pair.Key, pair.Value, fallback),
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

    private static FrozenDictionary<string, string> Read(Stream stream, string resource, string what)
    {
        using var document = JsonDocument.Parse(stream);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"The {what} file '{resource}' is not a JSON object.");
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in document.RootElement.EnumerateObject())
        {
            strings[member.Name] = member.Value.ValueKind == JsonValueKind.String
                ? member.Value.GetString()!
                : throw new InvalidOperationException($"The entry '{member.Name}' of '{resource}' is not a string.");
        }

        return strings.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
