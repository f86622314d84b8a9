using System.Collections.Frozen;
using OrganizedCrimeStrategy.Localization;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Monitoring;

/// <summary>
/// Every message of <see cref="StrategyMeasurements"/>: the area <c>measurement</c> of
/// <c>Localization/Strings/&lt;tag&gt;.json</c>. English for now; <see cref="For"/> takes a language for a later option.
/// </summary>
internal sealed class MeasurementMessages
{
    private static readonly Lazy<FrozenDictionary<string, StringTable>> Tables = new(() => StringTable.Load("measurement"));

    private readonly StringTable _table;
    private readonly string _language;

    private MeasurementMessages(StringTable table)
    {
        _table = table;
        _language = table.Language;
    }

    public static MeasurementMessages English => For(null);

    public static MeasurementMessages For(string? language) => new(StringTable.Resolve(Tables.Value, language));

    public string UnknownIndicator(string id) => _table.Format("unknownIndicator", ("id", id));

    public string NotIndicator(string id, IIdentified other) => _table.Format("notIndicator", ("id", id), ("kind", ElementNames.Of(other, _language)));

    public string WrongKind(string id, bool isQualitative) =>
        _table.Format(isQualitative ? "wrongKind.qualitative" : "wrongKind.quantitative", ("id", id));

    public string LevelNotOnScale(string level, string id, IEnumerable<string> scale) =>
        _table.Format("levelNotOnScale", ("level", level), ("id", id), ("scale", string.Join(", ", scale)));

    public string BeforeBaseline(string id, string date, string baseline) =>
        _table.Format("beforeBaseline", ("id", id), ("date", date), ("baseline", baseline));
}
