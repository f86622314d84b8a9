using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Monitoring;

/// <summary>
/// The monitoring scorecard of a strategy at a date: the progress of every indicator, rolled up per objective,
/// pillar and strategy, and the actions by status with the overdue ones named. Compute it with <see cref="Of"/>.
/// </summary>
/// <remarks>
/// <para>
/// The date is the caller's: the library never reads the clock, so the same strategy and date always give the same
/// scorecard (a command-line tool passes today's date). Roll-ups are described in <see cref="ProgressRollUp"/>, the
/// formulas in <see cref="ProgressFormulas"/>, the statuses in <see cref="ProgressThresholds"/>.
/// </para>
/// <para>Immutable; equal when all members are. Computing it is linear in the size of the strategy.</para>
/// </remarks>
public sealed record Scorecard
{
    /// <summary>The id of the strategy.</summary>
    public required string StrategyId { get; init; }

    /// <summary>The date of the assessment.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The thresholds the statuses were set with.</summary>
    public required ProgressThresholds Thresholds { get; init; }

    /// <summary>The roll-up of the pillars.</summary>
    public required ProgressRollUp Overall { get; init; }

    /// <summary>Each pillar, in the order prevent, pursue, protect, promote (a pillar without objectives has an empty roll-up).</summary>
    public required EquatableArray<PillarProgress> Pillars { get; init; }

    /// <summary>Every indicator's progress, in document order.</summary>
    public required EquatableArray<IndicatorProgress> Indicators { get; init; }

    /// <summary>All actions by status, with the overdue ones.</summary>
    public required ActionSummary Actions { get; init; }

    /// <summary>The progress of one indicator.</summary>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <returns>Its progress, or <see langword="null"/> when the strategy has no such indicator.</returns>
    public IndicatorProgress? Find(string indicatorId)
    {
        foreach (var progress in Indicators)
        {
            if (string.Equals(progress.IndicatorId, indicatorId, StringComparison.Ordinal))
            {
                return progress;
            }
        }

        return null;
    }

    /// <summary>The progress of one pillar.</summary>
    /// <param name="pillar">The pillar.</param>
    /// <returns>Its progress.</returns>
    public PillarProgress ForPillar(Pillar pillar) => Pillars[(int)Guard.Against.Undefined(pillar)];

    /// <summary>Computes the scorecard of a strategy.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="asOf">The date of the assessment: measurements after it are ignored, actions ending before it and not done are overdue.</param>
    /// <param name="thresholds">The thresholds; <see cref="ProgressThresholds.Default"/> when <see langword="null"/>.</param>
    /// <returns>The scorecard.</returns>
    public static Scorecard Of(Strategy strategy, DateOnly asOf, ProgressThresholds? thresholds = null)
    {
        Guard.Against.Null(strategy);
        thresholds ??= ProgressThresholds.Default;
        var byIndicator = new Dictionary<Indicator, IndicatorProgress>(ReferenceEqualityComparer.Instance);
        var all = new List<IndicatorProgress>(strategy.Indicators.Count);
        foreach (var entry in strategy.Indicators)
        {
            var progress = IndicatorProgress.Of(entry.Indicator, asOf, thresholds);
            byIndicator.TryAdd(entry.Indicator, progress);
            all.Add(progress);
        }

        var pillars = new List<PillarProgress>(4);
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            var objectives = new List<ObjectiveProgress>();
            foreach (var direction in strategy.DirectionsOf(pillar))
            {
                foreach (var objective in direction.Objectives)
                {
                    var indicators = objective.Indicators.Concat(objective.Actions.SelectMany(a => a.Indicators))
                        .Select(i => byIndicator.TryGetValue(i, out var p) ? p : IndicatorProgress.Of(i, asOf, thresholds))
                        .ToEquatableArray();
                    var counts = indicators.Aggregate(StatusCounts.None, (c, i) => c.Add(i.Status));
                    var rollUp = ProgressRollUp.Of(indicators.Select(i => (i.ClampedPercent, i.Expected)), counts, thresholds);
                    objectives.Add(new ObjectiveProgress(objective, direction, rollUp, indicators));
                }
            }

            var pillarCounts = objectives.Aggregate(StatusCounts.None, (c, o) => c + o.RollUp.Counts);
            var pillarRollUp = ProgressRollUp.Of(objectives.Select(o => (o.RollUp.Percent, o.RollUp.Expected)), pillarCounts, thresholds);
            var actions = ActionSummary.Of(strategy.Actions.Where(a => a.Pillar == pillar), asOf);
            pillars.Add(new PillarProgress(pillar, pillarRollUp, objectives.ToEquatableArray(), actions));
        }

        var overallCounts = pillars.Aggregate(StatusCounts.None, (c, p) => c + p.RollUp.Counts);
        return new Scorecard
        {
            StrategyId = strategy.Id,
            AsOf = asOf,
            Thresholds = thresholds,
            Overall = ProgressRollUp.Of(pillars.Select(p => (p.RollUp.Percent, p.RollUp.Expected)), overallCounts, thresholds),
            Pillars = pillars.ToEquatableArray(),
            Indicators = all.ToEquatableArray(),
            Actions = ActionSummary.Of(strategy.Actions, asOf),
        };
    }
}
