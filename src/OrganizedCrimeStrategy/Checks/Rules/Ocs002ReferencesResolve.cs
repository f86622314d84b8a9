using OrganizedCrimeStrategy.Localization;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS002 references-resolve: every reference to a stakeholder (lead, partners, fundingSource, responsible, chair,
/// members, body, evaluator, participants, authority, source, parent) names a stakeholder of the document. JSON Schema
/// cannot express it, so the reader keeps such a document and this rule reports it.
/// </summary>
/// <remarks>
/// One check per reference, under the pillar of the element that holds it when that is inside a direction. A
/// failure points at the reference itself (<c>/directions/0/objectives/0/actions/1/lead</c>,
/// <c>/workingGroup/members/2</c>) and says whether the id names nothing or an element of another kind.
/// </remarks>
internal sealed class Ocs002ReferencesResolve() : Rule(new RuleDescriptor(
    "OCS002", "references-resolve", Severity.Error, StrategyStage.Initiation, "FORMAT.md (Ref)",
    "Every reference to a stakeholder names a stakeholder that exists in the document."))
{
    public override void Check(RuleContext context)
    {
        var index = context.Index;
        var passes = (int[])index.ReferenceCounts.Clone();
        foreach (var problem in index.Problems)
        {
            if (problem.Kind != IntegrityProblemKind.DanglingReference)
            {
                continue;
            }

            passes[problem.Pillar is { } p ? 1 + (int)p : 0]--;
            if (index.Find(problem.Id) is { } other)
            {
                context.FailWith(problem.Pointer, problem.Pillar, "OCS002.notStakeholder", ("id", problem.Id), ("kind", ElementNames.Of(other, context.Language)));
            }
            else
            {
                context.FailWith(problem.Pointer, problem.Pillar, "OCS002.missing", ("id", problem.Id));
            }
        }

        RuleHelpers.PassBySlot(context, passes);
    }
}
