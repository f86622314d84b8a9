using System.Collections.Frozen;
using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Localization;

namespace OrganizedCrimeStrategy.Checks.Messages;

/// <summary>
/// The message templates of one language, with named placeholders (<c>Action '{action}' names no lead.</c>).
/// </summary>
/// <remarks>
/// <para>
/// Templates are the keys <c>rule.*</c> of the embedded JSON files <c>Localization/Strings/&lt;tag&gt;.json</c> (one flat
/// object per language from area-prefixed key to template; <see cref="Format"/> takes the key without <c>rule.</c>),
/// discovered at run time by name: adding a language is adding a file. A key missing from a language
/// falls back to English. A tag with no file falls back to shorter tags (<c>uz-Cyrl-UZ</c>, <c>uz-Cyrl</c>,
/// <c>uz</c>), then to English.
/// </para>
/// <para>Formatters are immutable and shared; every method is safe to call from several threads at once.</para>
/// </remarks>
public sealed class MessageFormatter
{
    /// <summary>The language every other falls back to.</summary>
    public const string FallbackLanguage = "en";

    private static readonly Lazy<FrozenDictionary<string, StringTable>> Tables =
        new(() => StringTable.Load("rule"));

    private static readonly Lazy<FrozenDictionary<StringTable, MessageFormatter>> Formatters =
        new(() => Tables.Value.Values.Distinct().ToFrozenDictionary(t => t, t => new MessageFormatter(t)));

    private readonly StringTable _table;

    private MessageFormatter(StringTable table)
    {
        _table = table;
        Language = table.Language;
    }

    /// <summary>The BCP 47 tag of the language, as its file names it (<c>en</c>, <c>ru</c>).</summary>
    public string Language { get; }

    /// <summary>Every language with a message file, English first.</summary>
    public static IReadOnlyList<string> AvailableLanguages => StringTable.Languages(Tables.Value);

    /// <summary>The English formatter.</summary>
    public static MessageFormatter English => For(FallbackLanguage);

    /// <summary>The formatter for <paramref name="language"/>, falling back to shorter tags, then English.</summary>
    /// <param name="language">A BCP 47 tag, or <see langword="null"/> for English.</param>
    /// <returns>The formatter.</returns>
    public static MessageFormatter For(string? language) => Formatters.Value[StringTable.Resolve(Tables.Value, language)];

    /// <summary>Whether this language, or English, has a template for <paramref name="key"/>.</summary>
    /// <param name="key">The message key.</param>
    /// <returns><see langword="true"/> when a template exists.</returns>
    public bool Has(string key) => _table.Has(key);

    /// <summary>Fills the template <paramref name="key"/> with named values.</summary>
    /// <param name="key">The message key, such as <c>OCS301</c>.</param>
    /// <param name="arguments">The values of the placeholders, by name; a placeholder without a value is kept as written.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentException">Neither this language nor English has the key (a programming error).</exception>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> arguments)
    {
        Guard.Against.Null(key);
        var template = _table.Find(key) ?? throw new ArgumentException($"No message has the key '{key}'.", nameof(key));
        return StringTable.Fill(template, arguments);
    }

    /// <summary>The keys of this language's own file.</summary>
    internal IEnumerable<string> OwnKeys => _table.OwnKeys;

    /// <summary>The template of a key in this language's own file.</summary>
    internal string? OwnTemplate(string key) => _table.Own(key);

    /// <summary>The names of the placeholders of a template, in order.</summary>
    internal static IEnumerable<string> Placeholders(string template) => StringTable.Placeholders(template);
}
