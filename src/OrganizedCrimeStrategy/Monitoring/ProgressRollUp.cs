using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Monitoring;

/// <summary>How many indicators have each status.</summary>
/// <remarks>Immutable; equal when all counts are.</remarks>
public sealed record StatusCounts
{
    /// <summary>No indicators.</summary>
    public static StatusCounts None { get; } = new();

    /// <summary>Indicators that reached their target.</summary>
    public int Achieved { get; init => field = Guard.Against.Negative(value); }

    /// <summary>Indicators on track.</summary>
    public int OnTrack { get; init => field = Guard.Against.Negative(value); }

    /// <summary>Indicators at risk.</summary>
    public int AtRisk { get; init => field = Guard.Against.Negative(value); }

    /// <summary>Indicators off track.</summary>
    public int OffTrack { get; init => field = Guard.Against.Negative(value); }

    /// <summary>Indicators without data.</summary>
    public int NoData { get; init => field = Guard.Against.Negative(value); }

    /// <summary>All indicators.</summary>
    public int Total => Achieved + OnTrack + AtRisk + OffTrack + NoData;

    /// <summary>The indicators with data (every status but <see cref="ProgressStatus.NoData"/>).</summary>
    public int WithData => Total - NoData;

    /// <summary>The count of one status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Of(ProgressStatus status) => status switch
    {
        ProgressStatus.Achieved => Achieved,
        ProgressStatus.OnTrack => OnTrack,
        ProgressStatus.AtRisk => AtRisk,
        ProgressStatus.OffTrack => OffTrack,
        ProgressStatus.NoData => NoData,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined status."),
    };

    /// <summary>The counts with one more indicator of <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The new counts.</returns>
    public StatusCounts Add(ProgressStatus status) => status switch
    {
        ProgressStatus.Achieved => this with { Achieved = Achieved + 1 },
        ProgressStatus.OnTrack => this with { OnTrack = OnTrack + 1 },
        ProgressStatus.AtRisk => this with { AtRisk = AtRisk + 1 },
        ProgressStatus.OffTrack => this with { OffTrack = OffTrack + 1 },
        ProgressStatus.NoData => this with { NoData = NoData + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined status."),
    };

    /// <summary>Adds two counts.</summary>
    /// <param name="left">One count.</param>
    /// <param name="right">The other.</param>
    /// <returns>The sum.</returns>
    public static StatusCounts operator +(StatusCounts left, StatusCounts right)
    {
        Guard.Against.Null(left);
        Guard.Against.Null(right);
        return new StatusCounts
        {
            Achieved = left.Achieved + right.Achieved,
            OnTrack = left.OnTrack + right.OnTrack,
            AtRisk = left.AtRisk + right.AtRisk,
            OffTrack = left.OffTrack + right.OffTrack,
            NoData = left.NoData + right.NoData,
        };
    }
}

/// <summary>
/// The progress of a group (an objective, a pillar, the strategy): the mean of its parts' clamped percent achieved
/// and expected progress, a status from them, and the counts of its indicators by status.
/// </summary>
/// <remarks>
/// <para>
/// The parts of an objective are its indicators (its own and its actions'); of a pillar, its objectives; of the
/// strategy, its pillars. Each part with data weighs the same, whatever its size; parts without data are left out
/// of the means (and counted in <see cref="StatusCounts.NoData"/>). So a roll-up's percent lies between the least and the
/// greatest of its parts', and within 0..100.
/// </para>
/// <para>
/// The status is <see cref="ProgressThresholds.StatusOf"/> of the two means, or <see cref="ProgressStatus.NoData"/> when
/// no part has data. Immutable; equal when all members are.
/// </para>
/// </remarks>
public sealed record ProgressRollUp
{
    /// <summary>A roll-up of nothing: no data.</summary>
    public static ProgressRollUp Empty { get; } = new() { Counts = StatusCounts.None, Status = ProgressStatus.NoData };

    /// <summary>The mean clamped percent achieved of the parts with data, 0 to 100; <see langword="null"/> when none has data.</summary>
    public double? Percent { get; init; }

    /// <summary>The mean expected progress of the same parts, 0 to 100; <see langword="null"/> when none has data.</summary>
    public double? Expected { get; init; }

    /// <summary>The status of the group.</summary>
    public required ProgressStatus Status { get; init; }

    /// <summary>How many parts had data and entered the means.</summary>
    public int PartsWithData { get; init; }

    /// <summary>The group's indicators by status (all of them, at every depth).</summary>
    public required StatusCounts Counts { get; init; }

    /// <summary>Rolls parts up.</summary>
    /// <param name="parts">Each part's clamped percent and expected progress (<see langword="null"/> percent: no data).</param>
    /// <param name="counts">The indicators of the group by status.</param>
    /// <param name="thresholds">The thresholds of the status.</param>
    /// <returns>The roll-up.</returns>
    public static ProgressRollUp Of(IEnumerable<(double? Percent, double? Expected)> parts, StatusCounts counts, ProgressThresholds thresholds)
    {
        Guard.Against.Null(parts);
        Guard.Against.Null(counts);
        Guard.Against.Null(thresholds);
        double percent = 0, expected = 0;
        double minPercent = 100, maxPercent = 0, minExpected = 100, maxExpected = 0;
        var n = 0;
        foreach (var (p, e) in parts)
        {
            if (p is { } value)
            {
                var clamped = ProgressFormulas.Clamp(value);
                var due = ProgressFormulas.Clamp(e ?? 0);
                percent += clamped;
                expected += due;
                (minPercent, maxPercent) = (Math.Min(minPercent, clamped), Math.Max(maxPercent, clamped));
                (minExpected, maxExpected) = (Math.Min(minExpected, due), Math.Max(maxExpected, due));
                n++;
            }
        }

        if (n == 0)
        {
            return Empty with { Counts = counts };
        }

        // The mean of values in [min, max] can round just outside them; clamp it back to the parts' bounds.
        var meanPercent = Math.Clamp(percent / n, minPercent, maxPercent);
        var meanExpected = Math.Clamp(expected / n, minExpected, maxExpected);
        return new ProgressRollUp
        {
            Percent = meanPercent,
            Expected = meanExpected,
            Status = thresholds.StatusOf(meanPercent, meanExpected),
            PartsWithData = n,
            Counts = counts,
        };
    }
}

/// <summary>The progress of one objective: its indicators (its own first, then its actions', in document order) and their roll-up.</summary>
/// <param name="Objective">The objective.</param>
/// <param name="Direction">The direction it falls under.</param>
/// <param name="RollUp">The roll-up of its indicators.</param>
/// <param name="Indicators">The progress of each indicator.</param>
public sealed record ObjectiveProgress(Objective Objective, Direction Direction, ProgressRollUp RollUp, EquatableArray<IndicatorProgress> Indicators)
{
    /// <summary>The pillar of its direction.</summary>
    public Pillar Pillar => Direction.Pillar;
}

/// <summary>The progress of one pillar: its objectives' roll-up and its actions.</summary>
/// <param name="Pillar">The pillar.</param>
/// <param name="RollUp">The roll-up of its objectives.</param>
/// <param name="Objectives">The progress of each objective of its directions, in document order.</param>
/// <param name="Actions">Its actions by status, with the overdue ones.</param>
public sealed record PillarProgress(Pillar Pillar, ProgressRollUp RollUp, EquatableArray<ObjectiveProgress> Objectives, ActionSummary Actions);
