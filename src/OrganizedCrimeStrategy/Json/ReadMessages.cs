using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using OrganizedCrimeStrategy.Localization;

namespace OrganizedCrimeStrategy.Json;

/// <summary>
/// Every message of the JSON reader, in one language: the area <c>read</c> of <c>Localization/Strings/&lt;tag&gt;.json</c>.
/// The reader states no message text of its own; it asks here, only when it has a failure to report.
/// </summary>
internal sealed class ReadMessages
{
    private static readonly Lazy<FrozenDictionary<string, StringTable>> Tables = new(() => StringTable.Load("read"));

    private readonly StringTable _table;

    private ReadMessages(StringTable table) => _table = table;

    /// <summary>The messages in <paramref name="language"/>, falling back to shorter tags, then English.</summary>
    public static ReadMessages For(string? language) => new(StringTable.Resolve(Tables.Value, language));

    public string Empty() => _table.Format("empty");

    public string UnknownKind() => _table.Format("unknownKind");

    public string Syntax(string detail) => _table.Format("syntax", ("detail", detail));

    public string TooLarge(long size, long limit) => _table.Format("tooLarge", ("size", Number(size)), ("limit", Number(limit)));

    public string TooLargeAtLeast(long size, long limit) => _table.Format("tooLargeAtLeast", ("size", Number(size)), ("limit", Number(limit)));

    public string TooDeep(int limit) => _table.Format("tooDeep", ("limit", Number(limit)));

    public string TooManyFailures(int count) => _table.Format("tooManyFailures", ("count", Number(count)));

    public string Io(string detail) => _table.Format("io", ("detail", detail));

    public string IoDirectory(string path) => _table.Format("io.directory", ("path", path));

    public string IoFile(string path, string detail) => _table.Format("io.file", ("path", path), ("detail", detail));

    /// <summary>A value of the wrong JSON type; <paramref name="expected"/> is a key of <c>read.expected.*</c>.</summary>
    public string WrongType(string expected, JsonTokenType found) =>
        _table.Format("wrongType", ("expected", _table.Format("expected." + expected)), ("found", Found(found)));

    public string DuplicateMember(string name) => _table.Format("duplicateMember", ("name", name));

    public string MissingMember(string name) => _table.Format("missingMember", ("name", name));

    public string NameNotUnicode() => _table.Format("nameNotUnicode");

    public string StringNotUnicode() => _table.Format("stringNotUnicode");

    public string ValueNotUnicode() => _table.Format("valueNotUnicode");

    public string Blank() => _table.Format("blank");

    public string InvalidId(string value) => _table.Format("invalidId", ("value", value));

    public string InvalidDate(string value) => _table.Format("invalidDate", ("value", value));

    public string InvalidEnum(string value, IEnumerable<string> names) => _table.Format("invalidEnum", ("value", value), ("names", string.Join(", ", names)));

    public string InvalidNumber() => _table.Format("invalidNumber");

    public string BlankText() => _table.Format("blankText");

    public string LanguageNotUnicode() => _table.Format("languageNotUnicode");

    public string DuplicateLanguage(string language) => _table.Format("duplicateLanguage", ("language", language));

    public string DuplicateLanguageIgnoringCase(string language) => _table.Format("duplicateLanguageIgnoringCase", ("language", language));

    public string InvalidLanguage(string value) => _table.Format("invalidLanguage", ("value", value));

    public string EmptyText() => _table.Format("emptyText");

    public string AllBlankText() => _table.Format("allBlankText");

    public string InvalidVersion(string value) => _table.Format("invalidVersion", ("value", value));

    public string UnsupportedVersion(string version, string current) => _table.Format("unsupportedVersion", ("version", version), ("current", current));

    public string InvalidCountry(string value) => _table.Format("invalidCountry", ("value", value));

    public string InvalidCurrency(string value) => _table.Format("invalidCurrency", ("value", value));

    public string InvalidSdg(string value) => _table.Format("invalidSdg", ("value", value));

    public string AmountTooLarge() => _table.Format("amountTooLarge");

    public string AmountNegative() => _table.Format("amountNegative");

    /// <summary>An end before a start; <paramref name="what"/> is <c>period</c>, <c>action</c> or <c>consultation</c>.</summary>
    public string EndsBeforeStart(string what, string start, string end) => _table.Format(what + "End", ("start", start), ("end", end));

    public string IndicatorTypeMissing() => _table.Format("indicatorType.missing");

    public string IndicatorTypeInvalid() => _table.Format("indicatorType.invalid");

    public string IndicatorTypeUnknown(string value) => _table.Format("indicatorType.unknown", ("value", value));

    public string LevelWithoutScale(string level) => _table.Format("levelWithoutScale", ("level", level));

    public string LevelNotOnScale(string level, IEnumerable<string> scale) => _table.Format("levelNotOnScale", ("level", level), ("scale", string.Join(", ", scale)));

    public string ScaleNotDistinct() => _table.Format("scaleNotDistinct");

    private string Found(JsonTokenType type) => _table.Format(type switch
    {
        JsonTokenType.StartObject => "found.object",
        JsonTokenType.StartArray => "found.array",
        JsonTokenType.String => "found.string",
        JsonTokenType.Number => "found.number",
        JsonTokenType.True or JsonTokenType.False => "found.boolean",
        _ => "found.null",
    });

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
