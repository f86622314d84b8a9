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

    /// <summary>
    /// The localized names of the parts that are lacking, joined with commas, or <see langword="null"/> when none is:
    /// built only for a failure, so that a passing element costs no list.
    /// </summary>
    public static string? Lacking(MessageFormatter messages, params ReadOnlySpan<(bool Lacks, string Part)> parts)
    {
        List<string>? names = null;
        foreach (var (lacks, part) in parts)
        {
            if (lacks)
            {
                (names ??= new List<string>(parts.Length)).Add(messages.Format("part." + part));
            }
        }

        return names is null ? null : string.Join(", ", names);
    }

    /// <summary>Records the passes counted by slot (0: outside any pillar, 1 + pillar).</summary>
    public static void PassBySlot(RuleContext context, int[] passes)
    {
        context.PassMany(null, passes[0]);
        foreach (var pillar in Pillars)
        {
            context.PassMany(pillar, passes[1 + (int)pillar]);
        }
    }

    public static string Number(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => FormatRules.FormatDate(date);
}
