using System.Globalization;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS702 known-crime-type: every crime type (of a threat or an action) is a known value or starts with <c>x-</c>.
/// One check per crime type written; the failure points at the value.
/// </summary>
internal sealed class Ocs702KnownCrimeType() : Rule(new RuleDescriptor(
    "OCS702", "known-crime-type", Severity.Warning, StrategyStage.Initiation, "practice",
    "Every crime type is a known value of the format or a country's own starting with 'x-'."))
{
    public override void Check(RuleContext context)
    {
        if (context.Strategy.SituationAnalysis is { } analysis)
        {
            for (var i = 0; i < analysis.Threats.Count; i++)
            {
                Judge(context, analysis.Threats[i].CrimeType, null, () => RuleHelpers.Item("/situationAnalysis/threats", i) + "/crimeType");
            }
        }

        foreach (var entry in context.Index.Actions)
        {
            var crimeTypes = entry.Action.CrimeTypes;
            for (var j = 0; j < crimeTypes.Count; j++)
            {
                Judge(context, crimeTypes[j], entry.Pillar, () => string.Create(CultureInfo.InvariantCulture, $"{entry.Pointer}/crimeTypes/{j}"));
            }
        }
    }

    private static void Judge(RuleContext context, CrimeType crimeType, Pillar? pillar, Func<string> pointer)
    {
        if (crimeType.IsKnown || crimeType.IsExtension)
        {
            context.Pass(pillar);
        }
        else
        {
            context.FailWith(pointer(), pillar, "OCS702", ("crimeType", crimeType.Value));
        }
    }
}
