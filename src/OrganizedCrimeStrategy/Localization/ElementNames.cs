using System.Collections.Frozen;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Localization;

/// <summary>
/// The kinds of elements that have an id, as a message names them ("an objective"): the area <c>element</c> of
/// <c>Localization/Strings/&lt;tag&gt;.json</c>, shared by the messages of the rules and of measurements.
/// </summary>
internal static class ElementNames
{
    private static readonly Lazy<FrozenDictionary<string, StringTable>> Tables = new(() => StringTable.Load("element"));

    /// <summary>The kind of <paramref name="element"/> in <paramref name="language"/>, with its article where the language has one.</summary>
    public static string Of(IIdentified element, string? language) =>
        StringTable.Resolve(Tables.Value, language).Format(element switch
        {
            Stakeholder => "stakeholder",
            Direction => "direction",
            Objective => "objective",
            StrategyAction => "action",
            Indicator => "indicator",
            Consultation => "consultation",
            _ => throw new ArgumentOutOfRangeException(nameof(element), element.GetType().Name, "Not an element kind of the format."),
        });
}
