using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;

namespace OrganizedCrimeStrategy.Checks.Messages;

/// <summary>
/// The message templates of one language, with named placeholders (<c>Action '{action}' names no lead.</c>).
/// </summary>
/// <remarks>
/// <para>
/// Templates live in embedded JSON files <c>Checks/Messages/messages.&lt;tag&gt;.json</c> (a flat object from key to
/// template), discovered at run time by name: adding a language is adding a file. A key missing from a language
/// falls back to English. A tag with no file falls back to shorter tags (<c>uz-Cyrl-UZ</c>, <c>uz-Cyrl</c>,
/// <c>uz</c>), then to English.
/// </para>
/// <para>Formatters are immutable and shared; every method is safe to call from several threads at once.</para>
/// </remarks>
public sealed class MessageFormatter
{
    /// <summary>The language every other falls back to.</summary>
    public const string FallbackLanguage = "en";

    private const string ResourcePrefix = "OrganizedCrimeStrategy.Checks.Messages.messages.";
    private const string ResourceSuffix = ".json";

    private static readonly Lazy<FrozenDictionary<string, MessageFormatter>> Catalogue = new(LoadAll);

    private readonly FrozenDictionary<string, string> _templates;
    private readonly FrozenDictionary<string, string>? _fallback;

    private MessageFormatter(string language, FrozenDictionary<string, string> templates, FrozenDictionary<string, string>? fallback)
    {
        Language = language;
        _templates = templates;
        _fallback = fallback;
    }

    /// <summary>The BCP 47 tag of the language, as its file names it (<c>en</c>, <c>ru</c>).</summary>
    public string Language { get; }

    /// <summary>Every language with a message file, English first.</summary>
    public static IReadOnlyList<string> AvailableLanguages =>
        [.. Catalogue.Value.Keys.OrderBy(k => k == FallbackLanguage ? 0 : 1).ThenBy(k => k, StringComparer.Ordinal)];

    /// <summary>The English formatter.</summary>
    public static MessageFormatter English => Catalogue.Value[FallbackLanguage];

    /// <summary>The formatter for <paramref name="language"/>, falling back to shorter tags, then English.</summary>
    /// <param name="language">A BCP 47 tag, or <see langword="null"/> for English.</param>
    /// <returns>The formatter.</returns>
    public static MessageFormatter For(string? language)
    {
        var catalogue = Catalogue.Value;
        var tag = language ?? string.Empty;
        while (tag.Length > 0)
        {
            if (catalogue.TryGetValue(tag, out var formatter))
            {
                return formatter;
            }

            var dash = tag.LastIndexOf('-');
            tag = dash < 0 ? string.Empty : tag[..dash];
        }

        return catalogue[FallbackLanguage];
    }

    /// <summary>Whether this language, or English, has a template for <paramref name="key"/>.</summary>
    /// <param name="key">The message key.</param>
    /// <returns><see langword="true"/> when a template exists.</returns>
    public bool Has(string key) => _templates.ContainsKey(key) || (_fallback?.ContainsKey(key) ?? false);

    /// <summary>Fills the template <paramref name="key"/> with named values.</summary>
    /// <param name="key">The message key, such as <c>OCS301</c>.</param>
    /// <param name="arguments">The values of the placeholders, by name; a placeholder without a value is kept as written.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentException">Neither this language nor English has the key (a programming error).</exception>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> arguments)
    {
        Guard.Against.Null(key);
        if (!_templates.TryGetValue(key, out var template) && (_fallback is null || !_fallback.TryGetValue(key, out template)))
        {
            throw new ArgumentException($"No message has the key '{key}'.", nameof(key));
        }

        return Fill(template, arguments);
    }

    /// <summary>The keys of this language's own file.</summary>
    internal IEnumerable<string> OwnKeys => _templates.Keys;

    /// <summary>The template of a key in this language's own file.</summary>
    internal string? OwnTemplate(string key) => _templates.GetValueOrDefault(key);

    /// <summary>The names of the placeholders of a template, in order.</summary>
    internal static IEnumerable<string> Placeholders(string template)
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

    private static string Fill(string template, ReadOnlySpan<(string Name, string Value)> arguments)
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

    private static FrozenDictionary<string, MessageFormatter> LoadAll()
    {
        var assembly = typeof(MessageFormatter).Assembly;
        var files = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var tag = resource[ResourcePrefix.Length..^ResourceSuffix.Length];
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The embedded resource '{resource}' cannot be opened.");
            files[tag] = ReadTemplates(stream, resource);
        }

        if (!files.TryGetValue(FallbackLanguage, out var english))
        {
            throw new InvalidOperationException("The English message file is not embedded in the assembly.");
        }

        return files.ToFrozenDictionary(
            pair => pair.Key,
            pair => new MessageFormatter(pair.Key, pair.Value, pair.Key == FallbackLanguage ? null : english),
            StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, string> ReadTemplates(Stream stream, string resource)
    {
        using var document = JsonDocument.Parse(stream);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"The message file '{resource}' is not a JSON object.");
        }

        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in document.RootElement.EnumerateObject())
        {
            if (member.Value.ValueKind != JsonValueKind.String)
            {
                throw new InvalidOperationException($"The message '{member.Name}' of '{resource}' is not a string.");
            }

            templates[member.Name] = member.Value.GetString()!;
        }

        return templates.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
