using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Checks;

/// <summary>Small edits of a strategy for tests: change the first objective or action of a direction, remove an element.</summary>
public static class Edit
{
    public static Strategy Direction(this Strategy s, int d, Func<Direction, Direction> change) =>
        s with { Directions = s.Directions.SetItem(d, change(s.Directions[d])) };

    public static Strategy Objective(this Strategy s, int d, Func<Objective, Objective> change) =>
        s.Direction(d, direction => direction with { Objectives = direction.Objectives.SetItem(0, change(direction.Objectives[0])) });

    public static Strategy Action(this Strategy s, int d, Func<StrategyAction, StrategyAction> change) =>
        s.Objective(d, objective => objective with { Actions = objective.Actions.SetItem(0, change(objective.Actions[0])) });

    public static Strategy ObjectiveIndicator(this Strategy s, int d, Func<Indicator, Indicator> change) =>
        s.Objective(d, objective => objective with { Indicators = objective.Indicators.SetItem(0, change(objective.Indicators[0])) });

    public static Strategy ActionIndicator(this Strategy s, int d, Func<Indicator, Indicator> change) =>
        s.Action(d, action => action with { Indicators = action.Indicators.SetItem(0, change(action.Indicators[0])) });

    /// <summary>A copy of an action with new ids (its own and its indicators'), so it can stand beside the original.</summary>
    public static StrategyAction Copy(StrategyAction action, string suffix) => action with
    {
        Id = action.Id + suffix,
        Indicators = action.Indicators.Select(i => i with { Id = i.Id + suffix }).ToEquatableArray(),
    };

    /// <summary>The strategy with a copy of the action at <paramref name="entry"/> (new ids) after the last action of its objective.</summary>
    public static Strategy WithActionCopy(this Strategy s, ActionEntry entry)
    {
        var d = s.Directions.AsImmutableArray().IndexOf(entry.Direction);
        return s.Direction(d, direction =>
        {
            var o = direction.Objectives.AsImmutableArray().IndexOf(entry.Objective);
            var objective = direction.Objectives[o];
            return direction with { Objectives = direction.Objectives.SetItem(o, objective with { Actions = objective.Actions.Add(Copy(entry.Action, ".copy")) }) };
        });
    }

    /// <summary>The strategy with a copy of the indicator at <paramref name="entry"/> (a new id) after the last indicator of its owner.</summary>
    public static Strategy WithIndicatorCopy(this Strategy s, IndicatorEntry entry)
    {
        var copy = entry.Indicator with { Id = entry.Indicator.Id + ".copy" };
        var d = s.Directions.AsImmutableArray().IndexOf(entry.Direction);
        return s.Direction(d, direction =>
        {
            var o = direction.Objectives.AsImmutableArray().IndexOf(entry.Objective);
            var objective = direction.Objectives[o];
            if (entry.Action is { } action)
            {
                var a = objective.Actions.AsImmutableArray().IndexOf(action);
                objective = objective with { Actions = objective.Actions.SetItem(a, action with { Indicators = action.Indicators.Add(copy) }) };
            }
            else
            {
                objective = objective with { Indicators = objective.Indicators.Add(copy) };
            }

            return direction with { Objectives = direction.Objectives.SetItem(o, objective) };
        });
    }

    /// <summary>The strategy with <paramref name="stakeholder"/> added after the others and as the last member of the working group.</summary>
    public static Strategy WithWorkingGroupMember(this Strategy s, Stakeholder stakeholder) => s with
    {
        Stakeholders = s.Stakeholders.Add(stakeholder),
        WorkingGroup = s.WorkingGroup! with { Members = s.WorkingGroup.Members.Add(stakeholder.Id) },
    };

    /// <summary>The strategy without the indicator at <paramref name="entry"/>.</summary>
    public static Strategy WithoutIndicator(this Strategy s, IndicatorEntry entry)
    {
        var d = s.Directions.AsImmutableArray().IndexOf(entry.Direction);
        return s.Direction(d, direction =>
        {
            var o = direction.Objectives.AsImmutableArray().IndexOf(entry.Objective);
            var objective = direction.Objectives[o];
            if (entry.Action is { } action)
            {
                var a = objective.Actions.AsImmutableArray().IndexOf(action);
                objective = objective with { Actions = objective.Actions.SetItem(a, action with { Indicators = action.Indicators.Remove(entry.Indicator) }) };
            }
            else
            {
                objective = objective with { Indicators = objective.Indicators.Remove(entry.Indicator) };
            }

            return direction with { Objectives = direction.Objectives.SetItem(o, objective) };
        });
    }

    /// <summary>The strategy without the action at <paramref name="entry"/> (and its indicators).</summary>
    public static Strategy WithoutAction(this Strategy s, ActionEntry entry)
    {
        var d = s.Directions.AsImmutableArray().IndexOf(entry.Direction);
        return s.Direction(d, direction =>
        {
            var o = direction.Objectives.AsImmutableArray().IndexOf(entry.Objective);
            var objective = direction.Objectives[o];
            return direction with { Objectives = direction.Objectives.SetItem(o, objective with { Actions = objective.Actions.Remove(entry.Action) }) };
        });
    }

    /// <summary>The strategy without the stakeholder <paramref name="id"/> and without every reference to it.</summary>
    public static Strategy WithoutStakeholder(this Strategy s, string id)
    {
        string? Keep(string? reference) => reference == id ? null : reference;
        EquatableArray<string> KeepAll(EquatableArray<string> references) => references.Where(r => r != id).ToEquatableArray();
        Indicator Clean(Indicator indicator) => indicator with { Responsible = Keep(indicator.Responsible) };

        return s with
        {
            Stakeholders = s.Stakeholders.Where(x => x.Id != id).Select(x => x with { Parent = Keep(x.Parent) }).ToEquatableArray(),
            WorkingGroup = s.WorkingGroup is { } g ? g with { Chair = Keep(g.Chair), Members = KeepAll(g.Members) } : null,
            Directions = s.Directions.Select(d => d with
            {
                Objectives = d.Objectives.Select(o => o with
                {
                    Indicators = o.Indicators.Select(Clean).ToEquatableArray(),
                    Actions = o.Actions.Select(a => a with
                    {
                        Lead = Keep(a.Lead),
                        Partners = KeepAll(a.Partners),
                        FundingSource = Keep(a.FundingSource),
                        Indicators = a.Indicators.Select(Clean).ToEquatableArray(),
                    }).ToEquatableArray(),
                }).ToEquatableArray(),
            }).ToEquatableArray(),
            Monitoring = s.Monitoring is { } m
                ? m with { Body = Keep(m.Body), Evaluations = m.Evaluations.Select(e => e with { Evaluator = Keep(e.Evaluator) }).ToEquatableArray() }
                : null,
            Consultations = s.Consultations.Select(c => c with { Participants = KeepAll(c.Participants) }).ToEquatableArray(),
            Adoption = s.Adoption is { } a ? a with { Authority = Keep(a.Authority) } : null,
            Funding = s.Funding.Where(f => f.Source != id).ToEquatableArray(),
        };
    }

    private static EquatableArray<T> Remove<T>(this EquatableArray<T> array, T item)
        where T : class =>
        array.Where(x => !ReferenceEquals(x, item)).ToEquatableArray();
}
