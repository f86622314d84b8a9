using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS503 evaluations-planned: a mid-term and a final evaluation are planned, the mid-term one inside the period.
/// Without a period (OCS101's concern) the mid-term evaluation's date is not judged.
/// </summary>
internal sealed class Ocs503EvaluationsPlanned() : Rule(new RuleDescriptor(
    "OCS503", "evaluations-planned", Severity.Warning, StrategyStage.Drafting, "practice",
    "A mid-term and a final evaluation are planned, the mid-term one inside the strategy period."))
{
    public override void Check(RuleContext context)
    {
        if (context.Strategy.Monitoring is not { } monitoring)
        {
            context.FailWith(RuleHelpers.Root, null, "OCS503.missing");
            return;
        }

        var period = context.Strategy.Period;
        bool final = false, midTermInside = false;
        int firstMidTerm = -1;
        for (var i = 0; i < monitoring.Evaluations.Count; i++)
        {
            var evaluation = monitoring.Evaluations[i];
            final |= evaluation.Kind == EvaluationKind.Final;
            if (evaluation.Kind == EvaluationKind.MidTerm)
            {
                firstMidTerm = firstMidTerm < 0 ? i : firstMidTerm;
                midTermInside |= period is null || period.Contains(evaluation.Due);
            }
        }

        if (firstMidTerm < 0 || !final)
        {
            context.FailWith("/monitoring", null, firstMidTerm < 0 && !final ? "OCS503.none" : firstMidTerm < 0 ? "OCS503.midTerm" : "OCS503.final");
        }
        else if (!midTermInside)
        {
            context.FailWith(
                RuleHelpers.Item("/monitoring/evaluations", firstMidTerm) + "/due",
                null,
                "OCS503.outside",
                ("due", RuleHelpers.Date(monitoring.Evaluations[firstMidTerm].Due)),
                ("start", RuleHelpers.Date(period!.Start)),
                ("end", RuleHelpers.Date(period.End)));
        }
        else
        {
            context.Pass();
        }
    }
}
