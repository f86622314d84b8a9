using System.Text.Json;
using OrganizedCrimeStrategy.Diff;
using OrganizedCrimeStrategy.Tests.Generators;

namespace OrganizedCrimeStrategy.Tests.Diff;

public class StrategyDiffTests
{
    private static readonly Strategy Sample = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;

    private static Strategy ChangeAction(Strategy strategy, int index, Func<StrategyAction, StrategyAction?> change)
    {
        var entry = strategy.Actions[index];
        var d = strategy.Directions.AsImmutableArray().IndexOf(entry.Direction);
        var o = entry.Direction.Objectives.AsImmutableArray().IndexOf(entry.Objective);
        var a = entry.Objective.Actions.AsImmutableArray().IndexOf(entry.Action);
        var changed = change(entry.Action);
        var actions = changed is null ? entry.Objective.Actions.RemoveAt(a) : entry.Objective.Actions.SetItem(a, changed);
        var objective = entry.Objective with { Actions = actions };
        var direction = entry.Direction with { Objectives = entry.Direction.Objectives.SetItem(o, objective) };
        return strategy with { Directions = strategy.Directions.SetItem(d, direction) };
    }

    [Property(Arbitrary = [typeof(StrategyGenerators)], MaxTest = 100)]
    public void A_strategy_compared_with_itself_has_no_changes(Strategy strategy) =>
        Assert.False(StrategyDiff.Compare(strategy, strategy).HasChanges);

    [Fact]
    public void A_changed_member_is_named_with_its_old_and_new_value()
    {
        var action = Sample.Actions[0];
        var newer = ChangeAction(Sample, 0, a => a with { End = new DateOnly(2030, 6, 30), Status = ActionStatus.Delayed });
        var change = Assert.Single(StrategyDiff.Compare(Sample, newer).Changes);
        Assert.Equal((ChangeKind.Changed, DiffElementKind.Action, action.Action.Id), (change.Kind, change.Element, change.Id));
        Assert.Contains(new MemberChange("end", FormatRules.FormatDate(action.Action.End!.Value), "2030-06-30"), change.Members);
        Assert.Contains(new MemberChange("status", FormatNames.Of(action.Action.Status), "delayed"), change.Members);
        Assert.Equal(action.Pointer, change.NewPointer);
    }

    [Fact]
    public void Added_and_removed_elements_are_matched_by_id()
    {
        var removed = Sample.Actions[1].Action;
        var stakeholder = new Stakeholder { Id = "newcomer", Name = "Newcomer NGO", Kind = StakeholderKind.CivilSociety };
        var newer = ChangeAction(Sample, 1, _ => null) with { Stakeholders = Sample.Stakeholders.Add(stakeholder) };
        var comparison = StrategyDiff.Compare(Sample, newer);
        Assert.Contains(comparison.Changes, c => c is { Kind: ChangeKind.Added, Element: DiffElementKind.Stakeholder, Id: "newcomer", Title: "Newcomer NGO" });
        Assert.Contains(comparison.Changes, c => c is { Kind: ChangeKind.Removed, Element: DiffElementKind.Action } && c.Id == removed.Id);
        Assert.All(removed.Indicators, i => Assert.Contains(comparison.Changes, c => c.Kind == ChangeKind.Removed && c.Id == i.Id));
        Assert.DoesNotContain(comparison.Changes, c => c.Kind == ChangeKind.Changed);
    }

    [Fact]
    public void Strategy_level_members_and_unknown_members_count()
    {
        var newer = Sample with
        {
            Stage = StrategyStage.Adopted,
            Extensions = ExtensionMembers.Create([new("x-review", JsonDocument.Parse("\"round 2\"").RootElement)]),
        };
        var change = Assert.Single(StrategyDiff.Compare(Sample, newer).Changes);
        Assert.Equal(DiffElementKind.Strategy, change.Element);
        Assert.Contains(new MemberChange("stage", "consultation", "adopted"), change.Members);
        Assert.Contains(change.Members, m => m.Member == "x-review" && m.NewValue == "round 2");
    }

    [Fact]
    public void An_action_moved_to_another_objective_is_a_change_of_place()
    {
        var moved = Sample.Actions[0];
        var target = Sample.Directions[1].Objectives[0];
        var without = ChangeAction(Sample, 0, _ => null);
        var direction = without.Directions[1];
        var newer = without with
        {
            Directions = without.Directions.SetItem(1, direction with { Objectives = direction.Objectives.SetItem(0, target with { Actions = target.Actions.Add(moved.Action) }) }),
        };
        var change = Assert.Single(StrategyDiff.Compare(Sample, newer).Changes, c => c.Id == moved.Action.Id);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal("(place)", Assert.Single(change.Members).Member);
    }

    [Fact]
    public void The_formats_render_every_change()
    {
        var newer = ChangeAction(Sample, 0, a => a with { Lead = Sample.Stakeholders[^1].Id });
        var comparison = StrategyDiff.Compare(Sample, newer);
        Assert.Contains("~ action " + Sample.Actions[0].Action.Id, DiffFormats.ToText(comparison), StringComparison.Ordinal);
        Assert.Contains("0 added, 0 removed, 1 changed.", DiffFormats.ToText(comparison), StringComparison.Ordinal);
        Assert.Contains("| changed | action |", DiffFormats.ToMarkdown(comparison), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(DiffFormats.ToJson(comparison));
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("changed").GetInt32());
        var member = json.RootElement.GetProperty("changes")[0].GetProperty("members")[0];
        Assert.Equal("lead", member.GetProperty("member").GetString());
        Assert.Equal(Sample.Stakeholders[^1].Id, member.GetProperty("new").GetString());
        Assert.Equal("No changes.\n", DiffFormats.ToText(StrategyDiff.Compare(Sample, Sample)));
    }
}
