namespace OrganizedCrimeStrategy.Tests.Model;

public class StrategyIndexTests
{
    private static readonly Strategy Sample = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;

    [Fact]
    public void Actions_and_indicators_know_their_place_and_pillar()
    {
        foreach (var entry in Sample.Actions)
        {
            var direction = Sample.Directions.Single(d => d.Objectives.Any(o => o.Actions.Contains(entry.Action)));
            Assert.Equal(direction.Pillar, entry.Pillar);
            var d = Sample.Directions.AsImmutableArray().IndexOf(direction);
            var o = direction.Objectives.AsImmutableArray().IndexOf(entry.Objective);
            var a = entry.Objective.Actions.AsImmutableArray().IndexOf(entry.Action);
            Assert.Equal($"/directions/{d}/objectives/{o}/actions/{a}", entry.Pointer);
        }

        Assert.Equal(
            Sample.Directions.Sum(d => d.Objectives.Sum(o => o.Indicators.Count + o.Actions.Sum(a => a.Indicators.Count))),
            Sample.Indicators.Count);
        Assert.All(Sample.Indicators.Where(i => i.Action is null), i => Assert.Same(i.Objective, i.Owner));
    }

    [Fact]
    public void Every_reference_to_a_stakeholder_is_found_with_its_role_and_pointer()
    {
        var lead = Sample.Actions[0];
        var references = Sample.ReferencesTo(lead.Action.Lead!);
        Assert.Contains(references, r => r.Role == StakeholderRole.Lead && r.Pointer == lead.Pointer + "/lead" && r.Pillar == lead.Pillar);
        Assert.Empty(Sample.ReferencesTo("nobody"));
        Assert.Equal(Sample.Index.References.Count, Sample.Stakeholders.Sum(s => Sample.ReferencesTo(s.Id).Count));
    }

    [Fact]
    public void Lookups_find_stakeholders_and_elements_by_id()
    {
        var first = Sample.Stakeholders[0];
        Assert.Same(first, Sample.FindStakeholder(first.Id));
        Assert.Null(Sample.FindStakeholder(Sample.Directions[0].Id));
        Assert.Same(Sample.Directions[0], Sample.Index.Find(Sample.Directions[0].Id));
        Assert.Equal(Sample.Actions.Count, Enum.GetValues<Pillar>().Sum(p => Sample.ActionsOf(p).Count()));
    }

    [Fact]
    public void A_copy_made_with_with_gets_its_own_index()
    {
        var extra = new Stakeholder { Id = "extra", Name = "Extra", Kind = StakeholderKind.Media };
        var copy = Sample with { Stakeholders = Sample.Stakeholders.Add(extra) };
        Assert.Null(Sample.FindStakeholder("extra"));
        Assert.Same(extra, copy.FindStakeholder("extra"));
    }

    [Fact]
    public void Integrity_problems_name_the_second_use_and_the_dangling_reference()
    {
        var direction = Sample.Directions[0];
        var objective = direction.Objectives[0] with
        {
            Actions = direction.Objectives[0].Actions.Add(new StrategyAction { Id = direction.Id, Title = "Twin", Lead = "nobody", Partners = [direction.Id] }),
        };
        var broken = Sample with { Directions = Sample.Directions.SetItem(0, direction with { Objectives = direction.Objectives.SetItem(0, objective) }) };
        var n = objective.Actions.Count - 1;
        Assert.Equal(
            [
                (IntegrityProblemKind.DuplicateId, $"/directions/0/objectives/0/actions/{n}/id"),
                (IntegrityProblemKind.DanglingReference, $"/directions/0/objectives/0/actions/{n}/lead"),
                (IntegrityProblemKind.DanglingReference, $"/directions/0/objectives/0/actions/{n}/partners/0"),
            ],
            broken.FindIntegrityProblems().Select(p => (p.Kind, p.Pointer)));
        Assert.Contains("direction", broken.FindIntegrityProblems()[2].Message, StringComparison.Ordinal);
    }
}
