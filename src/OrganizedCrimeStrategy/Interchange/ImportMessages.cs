using System.Collections.Frozen;
using System.Globalization;
using OrganizedCrimeStrategy.Localization;

namespace OrganizedCrimeStrategy.Interchange;

/// <summary>
/// Every failure message of the StratML import: the area <c>import</c> of <c>Localization/Strings/&lt;tag&gt;.json</c>.
/// </summary>
/// <remarks>
/// English for now: <see cref="For"/> takes a language, so that <see cref="StratMLImportOptions"/> can offer one later
/// (its <c>Language</c> already names the language of the document's texts). The notes an import makes (unmapped
/// elements, assumptions, conflicts) are not failures and are still worded where they are made.
/// </remarks>
internal sealed class ImportMessages
{
    private static readonly Lazy<FrozenDictionary<string, StringTable>> Tables = new(() => StringTable.Load("import"));

    private readonly StringTable _table;

    private ImportMessages(StringTable table) => _table = table;

    public static ImportMessages English => For(null);

    public static ImportMessages For(string? language) => new(StringTable.Resolve(Tables.Value, language));

    public string Syntax(string detail) => _table.Format("syntax", ("detail", detail));

    public string Encoding(string detail) => _table.Format("encoding", ("detail", detail));

    public string Prohibited() => _table.Format("prohibited");

    public string TooLarge(long limit) => _table.Format("tooLarge", ("limit", Number(limit)));

    public string TooManyElements(int limit) => _table.Format("tooManyElements", ("limit", Number(limit)));

    public string TooDeep(int limit) => _table.Format("tooDeep", ("limit", Number(limit)));

    public string NotStratML(string name) => _table.Format("notStratML", ("name", name));

    public string NoNamespace(string name, string part, string expected) =>
        _table.Format("notStratML.noNamespace", ("name", name), ("part", part), ("expected", expected));

    public string OtherNamespace(string name, string @namespace, string part, string expected) =>
        _table.Format("notStratML.otherNamespace", ("name", name), ("namespace", @namespace), ("part", part), ("expected", expected));

    public string InvalidContent(string message, string member, string code) =>
        _table.Format("invalidContent", ("message", message), ("member", member), ("code", code));

    public string Io(string detail) => _table.Format("io", ("detail", detail));

    public string IoFile(string path, string detail) => _table.Format("io.file", ("path", path), ("detail", detail));

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
