using System.Collections.Frozen;
using System.Globalization;
using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Localization;

namespace OrganizedCrimeStrategy.Reports;

/// <summary>
/// The labels of the HTML report in one language: headings, column names, status names and sentences with named
/// placeholders (<c>{count} overdue</c>).
/// </summary>
/// <remarks>
/// <para>
/// Labels are the keys <c>report.*</c> of the embedded JSON files <c>Localization/Strings/&lt;tag&gt;.json</c> (one flat
/// object per language from area-prefixed key to text; <see cref="Get"/> takes the key without <c>report.</c>),
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

    private static readonly Lazy<FrozenDictionary<string, StringTable>> Tables =
        new(() => StringTable.Load("report"));

    private static readonly Lazy<FrozenDictionary<StringTable, ReportLabels>> Catalogue =
        new(() => Tables.Value.Values.Distinct().ToFrozenDictionary(t => t, t => new ReportLabels(t)));

    private readonly StringTable _table;

    private ReportLabels(StringTable table)
    {
        _table = table;
        Language = table.Language;
        var numbers = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        numbers.NumberGroupSeparator = Get("number.group");
        numbers.NumberDecimalSeparator = Get("number.decimal");
        numbers.NumberGroupSizes = [3];
        Numbers = NumberFormatInfo.ReadOnly(numbers);
    }

    /// <summary>The BCP 47 tag of the language, as its file names it (<c>en</c>, <c>ru</c>).</summary>
    public string Language { get; }

    /// <summary>Every language with a label file, English first.</summary>
    public static IReadOnlyList<string> AvailableLanguages => StringTable.Languages(Tables.Value);

    /// <summary>The English labels.</summary>
    public static ReportLabels English => For(FallbackLanguage);

    /// <summary>How numbers are written in this language.</summary>
    internal NumberFormatInfo Numbers { get; }

    /// <summary>The keys of this language's own file.</summary>
    internal IEnumerable<string> OwnKeys => _table.OwnKeys;

    /// <summary>The labels for <paramref name="language"/>, falling back to shorter tags, then English.</summary>
    /// <param name="language">A BCP 47 tag, or <see langword="null"/> for English.</param>
    /// <returns>The labels.</returns>
    public static ReportLabels For(string? language) => Catalogue.Value[StringTable.Resolve(Tables.Value, language)];

    /// <summary>The label <paramref name="key"/> with its placeholders filled.</summary>
    /// <param name="key">The key, such as <c>section.timeline</c>.</param>
    /// <param name="arguments">The values of the placeholders, by name; a placeholder without a value is kept as written.</param>
    /// <returns>The text (not escaped for HTML).</returns>
    /// <exception cref="ArgumentException">Neither this language nor English has the key (a programming error).</exception>
    public string Get(string key, params ReadOnlySpan<(string Name, string Value)> arguments)
    {
        Guard.Against.Null(key);
        var template = _table.Find(key) ?? throw new ArgumentException($"No report label has the key '{key}'.", nameof(key));
        return StringTable.Fill(template, arguments);
    }

    /// <summary>The text of this language's own file for a key, without fallback.</summary>
    internal string? Own(string key) => _table.Own(key);
}
