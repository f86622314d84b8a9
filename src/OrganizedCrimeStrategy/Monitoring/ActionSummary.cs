using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Monitoring;

/// <summary>An action past its end date and not completed.</summary>
/// <param name="Action">The action.</param>
/// <param name="Pillar">The pillar it falls under.</param>
/// <param name="Pointer">The JSON Pointer of the action.</param>
/// <param name="DaysOverdue">Days from its end date to the as-of date; one or more.</param>
public sealed record OverdueAction(StrategyAction Action, Pillar Pillar, string Pointer, int DaysOverdue);

/// <summary>How many actions have each status, and which are overdue, at a date.</summary>
/// <remarks>
/// An action is <b>overdue</b> when its end date is before the as-of date (on its end date it is not yet late) and its status is
/// neither <see cref="ActionStatus.Completed"/> nor <see cref="ActionStatus.Cancelled"/> (a cancelled action was dropped, so it
/// is not late). An action without an end date is never overdue. Immutable; equal when all members are.
/// </remarks>
public sealed record ActionSummary
{
    /// <summary>No actions.</summary>
    public static ActionSummary Empty { get; } = new() { Overdue = [] };

    /// <summary>Actions not started.</summary>
    public int Planned { get; init => field = Guard.Against.Negative(value); }

    /// <summary>Actions under way.</summary>
    public int InProgress { get; init => field = Guard.Against.Negative(value); }

    /// <summary>Actions done.</summary>
    public int Completed { get; init => field = Guard.Against.Negative(value); }

    /// <summary>Actions behind schedule by their own status.</summary>
    public int Delayed { get; init => field = Guard.Against.Negative(value); }

    /// <summary>Actions dropped.</summary>
    public int Cancelled { get; init => field = Guard.Against.Negative(value); }

    /// <summary>The overdue actions, in document order.</summary>
    public required EquatableArray<OverdueAction> Overdue { get; init; }

    /// <summary>All actions.</summary>
    public int Total => Planned + InProgress + Completed + Delayed + Cancelled;

    /// <summary>The count of one status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Of(ActionStatus status) => status switch
    {
        ActionStatus.Planned => Planned,
        ActionStatus.InProgress => InProgress,
        ActionStatus.Completed => Completed,
        ActionStatus.Delayed => Delayed,
        ActionStatus.Cancelled => Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined action status."),
    };

    /// <summary>Whether an action is overdue at a date (see the remarks).</summary>
    /// <param name="action">The action.</param>
    /// <param name="asOf">The date.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public static bool IsOverdue(StrategyAction action, DateOnly asOf)
    {
        Guard.Against.Null(action);
        return action.End is { } end && end < asOf && action.Status is not (ActionStatus.Completed or ActionStatus.Cancelled);
    }

    /// <summary>Summarises actions at a date.</summary>
    /// <param name="actions">The actions with their places (<see cref="Strategy.Actions"/>, or part of it).</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The summary.</returns>
    public static ActionSummary Of(IEnumerable<ActionEntry> actions, DateOnly asOf)
    {
        Guard.Against.Null(actions);
        var counts = new int[5];
        var overdue = new List<OverdueAction>();
        foreach (var entry in actions)
        {
            var action = entry.Action;
            counts[(int)action.Status]++;
            if (IsOverdue(action, asOf))
            {
                overdue.Add(new OverdueAction(action, entry.Pillar, entry.Pointer, asOf.DayNumber - action.End!.Value.DayNumber));
            }
        }

        return new ActionSummary
        {
            Planned = counts[(int)ActionStatus.Planned],
            InProgress = counts[(int)ActionStatus.InProgress],
            Completed = counts[(int)ActionStatus.Completed],
            Delayed = counts[(int)ActionStatus.Delayed],
            Cancelled = counts[(int)ActionStatus.Cancelled],
            Overdue = overdue.ToEquatableArray(),
        };
    }
}
