using System.Collections.Frozen;
using System.Globalization;
using OrganizedCrimeStrategy.Localization;

namespace OrganizedCrimeStrategy.Checks;

/// <summary>
/// Every message of the settings reader (<see cref="RuleSettings.Parse(string, IEnumerable{Rule}?)"/>,
/// <see cref="RuleSettings.Load"/>): the area <c>settings</c> of <c>Localization/Strings/&lt;tag&gt;.json</c>.
/// </summary>
/// <remarks>
/// English for now: <see cref="For"/> takes a language, so that the public entry points can offer one later without
/// touching the reader.
/// </remarks>
internal sealed class SettingsMessages
{
    private static readonly Lazy<FrozenDictionary<string, StringTable>> Tables = new(() => StringTable.Load("settings"));

    private readonly StringTable _table;

    private SettingsMessages(StringTable table) => _table = table;

    public static SettingsMessages English => For(null);

    public static SettingsMessages For(string? language) => new(StringTable.Resolve(Tables.Value, language));

    public string Syntax(string detail) => _table.Format("syntax", ("detail", detail));

    public string NotObject(string example) => _table.Format("notObject", ("example", example));

    public string SchemaType() => _table.Format("schemaType");

    public string ExtendsType(string ruleset) => _table.Format("extendsType", ("ruleset", ruleset));

    public string UnknownRuleSet(string name, string ruleset) => _table.Format("unknownRuleSet", ("name", name), ("ruleset", ruleset));

    public string StageType() => _table.Format("stageType");

    public string UnknownStage(string name, IEnumerable<string> stages) => _table.Format("unknownStage", ("name", name), ("stages", string.Join(", ", stages)));

    public string UnknownMember(string name) => _table.Format("unknownMember", ("name", name));

    public string DuplicateMember(string name) => _table.Format("duplicateMember", ("name", name));

    public string NameNotUnicode() => _table.Format("nameNotUnicode");

    public string ValueNotUnicode() => _table.Format("valueNotUnicode");

    public string RulesType() => _table.Format("rulesType");

    public string UnknownRule(string id, string ruleset, string first, string last) =>
        _table.Format("unknownRule", ("id", id), ("ruleset", ruleset), ("first", first), ("last", last));

    public string DuplicateRule(string id) => _table.Format("duplicateRule", ("id", id));

    public string LevelType(string id) => _table.Format("levelType", ("id", id));

    public string UnknownSeverity(string value, string id) => _table.Format("unknownSeverity", ("value", value), ("id", id));

    public string TooLarge(string path, long limit) => _table.Format("tooLarge", ("path", path), ("limit", limit.ToString("N0", CultureInfo.InvariantCulture)));

    public string Io(string path, string detail) => _table.Format("io", ("path", path), ("detail", detail));
}
