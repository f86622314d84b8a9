using OrganizedCrimeStrategy.Localization;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>
/// OCS001 unique-ids: no id is used by two elements. Stakeholders, directions, objectives, actions, indicators and
/// consultations share one namespace (FORMAT.md, Id), which JSON Schema cannot express, so the reader keeps such a
/// document and this rule reports it.
/// </summary>
/// <remarks>
/// One check per element with an id, under the pillar of its direction when it is inside one (a direction under its
/// own). The first element with an id passes; each later one fails, at the pointer of its <c>id</c> member, with a
/// message that names the kind of the first. From <see cref="StrategyIndex.Problems"/>: one linear pass.
/// </remarks>
internal sealed class Ocs001UniqueIds() : Rule(new RuleDescriptor(
    "OCS001", "unique-ids", Severity.Error, StrategyStage.Initiation, "FORMAT.md (Id)",
    "No id is used by two elements: stakeholders, directions, objectives, actions, indicators and consultations share one namespace."))
{
    public override void Check(RuleContext context)
    {
        var index = context.Index;
        var passes = (int[])index.IdentifiedCounts.Clone();
        foreach (var problem in index.Problems)
        {
            if (problem.Kind != IntegrityProblemKind.DuplicateId)
            {
                continue;
            }

            passes[problem.Pillar is { } p ? 1 + (int)p : 0]--;
            var first = index.Find(problem.Id)!;
            context.FailWith(problem.Pointer, problem.Pillar, "OCS001", ("id", problem.Id), ("kind", ElementNames.Of(first, context.Language)));
        }

        RuleHelpers.PassBySlot(context, passes);
    }
}
