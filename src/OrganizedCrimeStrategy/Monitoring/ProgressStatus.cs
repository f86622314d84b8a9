namespace OrganizedCrimeStrategy.Monitoring;

/// <summary>
/// Where an indicator, or a roll-up of indicators, stands against its target. The names in JSON and in the
/// report are <c>achieved</c>, <c>onTrack</c>, <c>atRisk</c>, <c>offTrack</c> and <c>noData</c>
/// (<see cref="Model.FormatNames.Of{T}(T)"/>).
/// </summary>
/// <remarks>The thresholds between the statuses are in <see cref="ProgressThresholds"/>.</remarks>
public enum ProgressStatus
{
    /// <summary>The target is reached: percent achieved at or above <see cref="ProgressThresholds.AchievedPercent"/>.</summary>
    Achieved,

    /// <summary>Behind the expected progress by at most <see cref="ProgressThresholds.OnTrackTolerance"/> points, or ahead of it.</summary>
    OnTrack,

    /// <summary>Behind the expected progress by more than the on-track tolerance, at most <see cref="ProgressThresholds.AtRiskTolerance"/> points.</summary>
    AtRisk,

    /// <summary>Behind the expected progress by more than <see cref="ProgressThresholds.AtRiskTolerance"/> points.</summary>
    OffTrack,

    /// <summary>Progress cannot be computed: no measurement yet, or no baseline or target (<see cref="NoDataReason"/>).</summary>
    NoData,
}

/// <summary>Why an indicator's progress cannot be computed.</summary>
public enum NoDataReason
{
    /// <summary>The indicator has no baseline.</summary>
    NoBaseline,

    /// <summary>The indicator has no target.</summary>
    NoTarget,

    /// <summary>
    /// The target lies on the wrong side of the baseline: below it for an <c>increase</c> indicator, above it for
    /// <c>decrease</c>, or a qualitative target lower on the scale than the baseline (rule OCS406 reports it).
    /// </summary>
    TargetAgainstDirection,

    /// <summary>The target equals the baseline of an <c>increase</c> or <c>decrease</c> indicator: there is no distance to cover.</summary>
    TargetEqualsBaseline,

    /// <summary>No measurement is dated on or before the as-of date.</summary>
    NoMeasurement,
}
