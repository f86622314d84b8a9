using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Monitoring;

/// <summary>
/// The arithmetic of progress: percent achieved by a measured value or level, and the progress expected at a date.
/// </summary>
/// <remarks>
/// <para><b>Percent achieved</b> is raw: it is not clamped, so it is below 0 when the indicator moved away from its
/// target and above 100 when it went past it. <see cref="IndicatorProgress.ClampedPercent"/> is the same value clamped to 0..100 for bars and roll-ups.</para>
/// <list type="bullet">
/// <item><description><c>increase</c>: <c>(value − baseline) / (target − baseline) × 100</c>, with the target above the baseline.</description></item>
/// <item><description><c>decrease</c>: <c>(baseline − value) / (baseline − target) × 100</c>, with the target below the baseline (the mirror: the same quotient).</description></item>
/// <item><description><c>maintain</c>: 100 when <c>|value − baseline| ≤ MaintainTolerance × |baseline|</c>, else 0.</description></item>
/// <item><description>an indicator without a direction takes it from its target: above the baseline is <c>increase</c>, below is <c>decrease</c>, equal is <c>maintain</c>.</description></item>
/// <item><description>qualitative: <c>(rank(level) − rank(baseline)) / (rank(target) − rank(baseline)) × 100</c>, ranks counted on the scale from 0 (lowest);
/// with the target at the baseline's level, 100 when the level is at or above it, else 0.</description></item>
/// </list>
/// <para>A target on the wrong side of the baseline (below it for <c>increase</c>, above for <c>decrease</c>, lower on the
/// scale), or equal to it for <c>increase</c> and <c>decrease</c>, has no percent (<see cref="NoDataReason"/>).</para>
/// <para><b>Expected progress</b> at a date is linear in time from the baseline date (0) to the target date (100),
/// clamped to 0..100; for <c>maintain</c> (and a qualitative target at the baseline's level) it is 100 from the baseline date on.</para>
/// </remarks>
public static class ProgressFormulas
{
    /// <summary>The percent achieved by <paramref name="value"/> on a quantitative indicator.</summary>
    /// <param name="indicator">The indicator, with a baseline and a target.</param>
    /// <param name="value">A measured value.</param>
    /// <param name="thresholds">The tolerance of <c>maintain</c>; <see cref="ProgressThresholds.Default"/> when <see langword="null"/>.</param>
    /// <returns>The raw percent, or <see langword="null"/> when the indicator's definition does not allow one (<see cref="Why(QuantitativeIndicator)"/>).</returns>
    public static double? PercentAchieved(QuantitativeIndicator indicator, double value, ProgressThresholds? thresholds = null)
    {
        Guard.Against.Null(indicator);
        if (Why(indicator) is not null)
        {
            return null;
        }

        var baseline = indicator.Baseline!.Value;
        var target = indicator.Target!.Value;
        if (DirectionOf(indicator) == DesiredDirection.Maintain)
        {
            var tolerance = (thresholds ?? ProgressThresholds.Default).MaintainTolerance * Math.Abs(baseline);
            return Math.Abs(value - baseline) <= tolerance ? 100 : 0;
        }

        return Quotient(value, baseline, target);
    }

    /// <summary>The percent achieved by <paramref name="level"/> on a qualitative indicator.</summary>
    /// <param name="indicator">The indicator, with a baseline and a target.</param>
    /// <param name="level">A level of its scale.</param>
    /// <returns>The raw percent, or <see langword="null"/> when the definition does not allow one or the level is not on the scale.</returns>
    public static double? PercentAchieved(QualitativeIndicator indicator, string level)
    {
        Guard.Against.Null(indicator);
        Guard.Against.Null(level);
        var rank = indicator.RankOf(level);
        if (Why(indicator) is not null || rank < 0)
        {
            return null;
        }

        var baseline = indicator.RankOf(indicator.Baseline!.Level);
        var target = indicator.RankOf(indicator.Target!.Level);
        if (target == baseline)
        {
            return rank >= target ? 100 : 0;
        }

        return Quotient(rank, baseline, target);
    }

    /// <summary>
    /// The progress expected at <paramref name="asOf"/> on the straight line from 0 at <paramref name="baselineDate"/>
    /// to 100 at <paramref name="targetDate"/>, clamped to 0..100.
    /// </summary>
    /// <param name="baselineDate">The baseline's date.</param>
    /// <param name="targetDate">The target's date.</param>
    /// <param name="asOf">The date of the assessment.</param>
    /// <returns>0 up to the baseline date, 100 from the target date on (also when the target date is not after the baseline date), linear between.</returns>
    public static double ExpectedProgress(DateOnly baselineDate, DateOnly targetDate, DateOnly asOf)
    {
        if (asOf >= targetDate)
        {
            return 100;
        }

        if (asOf <= baselineDate)
        {
            return 0;
        }

        return 100.0 * (asOf.DayNumber - baselineDate.DayNumber) / (targetDate.DayNumber - baselineDate.DayNumber);
    }

    /// <summary>The progress expected of an indicator at a date (see the remarks of <see cref="ProgressFormulas"/>).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="asOf">The date of the assessment.</param>
    /// <returns>0 to 100, or <see langword="null"/> when the indicator lacks a baseline or a target.</returns>
    public static double? ExpectedProgress(Indicator indicator, DateOnly asOf)
    {
        Guard.Against.Null(indicator);
        var (baseline, target, holds) = indicator switch
        {
            QuantitativeIndicator q when q.Baseline is { } b && q.Target is { } t => (b.Date, t.Date, DirectionOf(q) == DesiredDirection.Maintain),
            QualitativeIndicator q when q.Baseline is { } b && q.Target is { } t => (b.Date, t.Date, q.RankOf(b.Level) == q.RankOf(t.Level)),
            _ => ((DateOnly?)null, (DateOnly?)null, false),
        };
        if (baseline is not { } from || target is not { } to)
        {
            return null;
        }

        return holds ? (asOf >= from ? 100 : 0) : ExpectedProgress(from, to, asOf);
    }

    /// <summary>The direction an indicator is judged by: its own, or else the one its target implies.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The direction, or <see langword="null"/> when it has neither a direction nor a baseline and a target.</returns>
    public static DesiredDirection? DirectionOf(QuantitativeIndicator indicator)
    {
        Guard.Against.Null(indicator);
        if (indicator.Direction is { } direction)
        {
            return direction;
        }

        if (indicator.Baseline is not { } baseline || indicator.Target is not { } target)
        {
            return null;
        }

        return target.Value > baseline.Value ? DesiredDirection.Increase
            : target.Value < baseline.Value ? DesiredDirection.Decrease
            : DesiredDirection.Maintain;
    }

    /// <summary>Why a quantitative indicator's definition allows no percent.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The reason, or <see langword="null"/> when a percent can be computed from any measured value.</returns>
    public static NoDataReason? Why(QuantitativeIndicator indicator)
    {
        Guard.Against.Null(indicator);
        if (indicator.Baseline is not { } baseline)
        {
            return NoDataReason.NoBaseline;
        }

        if (indicator.Target is not { } target)
        {
            return NoDataReason.NoTarget;
        }

        return DirectionOf(indicator) switch
        {
            DesiredDirection.Increase when target.Value < baseline.Value => NoDataReason.TargetAgainstDirection,
            DesiredDirection.Decrease when target.Value > baseline.Value => NoDataReason.TargetAgainstDirection,
            DesiredDirection.Increase or DesiredDirection.Decrease when target.Value == baseline.Value => NoDataReason.TargetEqualsBaseline,
            _ => null,
        };
    }

    /// <summary>Why a qualitative indicator's definition allows no percent.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The reason, or <see langword="null"/> when a percent can be computed from any level of the scale.</returns>
    public static NoDataReason? Why(QualitativeIndicator indicator)
    {
        Guard.Against.Null(indicator);
        if (indicator.Baseline is not { } baseline)
        {
            return NoDataReason.NoBaseline;
        }

        if (indicator.Target is not { } target)
        {
            return NoDataReason.NoTarget;
        }

        return indicator.RankOf(target.Level) < indicator.RankOf(baseline.Level) ? NoDataReason.TargetAgainstDirection : null;
    }

    /// <summary>Clamps a percent to 0..100.</summary>
    /// <param name="percent">A raw percent.</param>
    /// <returns>The clamped value.</returns>
    public static double Clamp(double percent) => Math.Clamp(percent, 0, 100);

    /// <summary>
    /// <c>(value − baseline) / (target − baseline) × 100</c>, computed on halves so that no subtraction of finite
    /// numbers overflows (halving is exact, so the quotient is the same); monotone in <paramref name="value"/>.
    /// </summary>
    private static double Quotient(double value, double baseline, double target) =>
        100.0 * (((value / 2) - (baseline / 2)) / ((target / 2) - (baseline / 2)));
}
