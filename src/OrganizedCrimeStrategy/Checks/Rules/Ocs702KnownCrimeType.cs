using System.Globalization;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS702 known-crime-type: every crime type (of a threat or an action) is a known value or starts with <c>x-</c>.
/// One check per crime type written; the failure points at the value.
/// </summary>
internal sealed class Ocs702KnownCrimeType() : ElementRule(new RuleDescriptor(
    "OCS702", "known-crime-type", Severity.Warning, StrategyStage.Initiation, "practice",
    "Every crime type is a known value of the format or a country's own starting with 'x-'."), ElementKind.Actions)
{
    /// <summary>Judges the threats of the situation analysis, before the actions.</summary>
    public override bool Start(RuleContext context)
    {
        if (context.Strategy.SituationAnalysis is { } analysis)
        {
            for (var i = 0; i < analysis.Threats.Count; i++)
            {
                if (!Judge(context, analysis.Threats[i].CrimeType, null))
                {
                    Fail(context, analysis.Threats[i].CrimeType, null, string.Create(CultureInfo.InvariantCulture, $"/situationAnalysis/threats/{i}/crimeType"));
                }
            }
        }

        return true;
    }

    public override void Action(RuleContext context, in ActionSlot entry)
    {
        var crimeTypes = entry.Action.CrimeTypes;
        for (var j = 0; j < crimeTypes.Count; j++)
        {
            if (!Judge(context, crimeTypes[j], entry.Pillar))
            {
                Fail(context, crimeTypes[j], entry.Pillar, string.Create(CultureInfo.InvariantCulture, $"{entry.Pointer}/crimeTypes/{j}"));
            }
        }
    }

    /// <summary>Records a pass and answers <see langword="true"/> for a known or extension type; the caller reports a failure.</summary>
    private static bool Judge(RuleContext context, CrimeType crimeType, Pillar? pillar)
    {
        if (crimeType.IsKnown || crimeType.IsExtension)
        {
            context.Pass(pillar);
            return true;
        }

        return false;
    }

    private static void Fail(RuleContext context, CrimeType crimeType, Pillar? pillar, string pointer) =>
        context.FailWith(pointer, pillar, "OCS702", ("crimeType", crimeType.Value));
}
