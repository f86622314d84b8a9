using System.Globalization;
using OrganizedCrimeStrategy.Checks.Messages;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>Small helpers the built-in rules share.</summary>
internal static class RuleHelpers
{
    public const string Root = "";
    public const string DirectionsPointer = "/directions";
    public const string StakeholdersPointer = "/stakeholders";

    public static readonly Pillar[] Pillars = Enum.GetValues<Pillar>();

    public static string Objective(int direction, int objective) =>
        string.Create(CultureInfo.InvariantCulture, $"/directions/{direction}/objectives/{objective}");

    public static string Item(string array, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{array}/{index}");

    public static string PillarName(MessageFormatter messages, Pillar pillar) =>
        messages.Format("pillar." + FormatNames.Of(pillar));

    /// <summary>Joins the localized names of missing parts (keys <c>part.*</c>) with commas.</summary>
    public static string Missing(MessageFormatter messages, params ReadOnlySpan<string> parts)
    {
        var names = new string[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            names[i] = messages.Format("part." + parts[i]);
        }

        return string.Join(", ", names);
    }

    public static string Number(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => FormatRules.FormatDate(date);
}
