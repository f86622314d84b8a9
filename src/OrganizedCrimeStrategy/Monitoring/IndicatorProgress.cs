using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Monitoring;

/// <summary>A point of an indicator's history: the baseline or a measurement, with the percent it achieves.</summary>
/// <param name="Date">The date of the value.</param>
/// <param name="Value">The value of a quantitative indicator, or the rank on the scale (lowest 0) of a qualitative one.</param>
/// <param name="Level">The level of a qualitative indicator; <see langword="null"/> for a quantitative one.</param>
/// <param name="Percent">The raw percent achieved, or <see langword="null"/> when the indicator's definition allows none.</param>
public sealed record ProgressPoint(DateOnly Date, double Value, string? Level, double? Percent);

/// <summary>
/// The progress of one indicator at a date: the latest measurement against baseline and target as percent achieved,
/// the progress expected at that date, and a status. Compute it with <see cref="Of"/>.
/// </summary>
/// <remarks>
/// <para>
/// The <b>latest measurement</b> is the one with the latest date on or before <see cref="AsOf"/> (measurements after it are
/// ignored, so a report as of an earlier date shows what was known then); of several on that date, the last in the list.
/// The formulas are those of <see cref="ProgressFormulas"/>; the status follows <see cref="ProgressThresholds"/>.
/// </para>
/// <para>Immutable; equal when all members are.</para>
/// </remarks>
public sealed record IndicatorProgress
{
    /// <summary>The indicator.</summary>
    public required Indicator Indicator { get; init; }

    /// <summary>The date of the assessment.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Where the indicator stands.</summary>
    public required ProgressStatus Status { get; init; }

    /// <summary>Why the status is <see cref="ProgressStatus.NoData"/>; <see langword="null"/> otherwise.</summary>
    public NoDataReason? Reason { get; init; }

    /// <summary>The raw percent achieved by the latest measurement (below 0 or above 100 when it moved away from or past the target); <see langword="null"/> without data.</summary>
    public double? Percent { get; init; }

    /// <summary><see cref="Percent"/> clamped to 0..100, for bars and roll-ups.</summary>
    public double? ClampedPercent => Percent is { } p ? ProgressFormulas.Clamp(p) : null;

    /// <summary>The progress expected at <see cref="AsOf"/>, 0 to 100; <see langword="null"/> without a baseline and a target.</summary>
    public double? Expected { get; init; }

    /// <summary>The latest measurement on or before <see cref="AsOf"/>.</summary>
    public ProgressPoint? Latest { get; init; }

    /// <summary>The baseline, then the measurements up to <see cref="AsOf"/>, in date order (one point per date: the last measurement of that date).</summary>
    public required EquatableArray<ProgressPoint> Trend { get; init; }

    /// <summary>The indicator's id.</summary>
    public string IndicatorId => Indicator.Id;

    /// <summary>Computes the progress of an indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="asOf">The date of the assessment.</param>
    /// <param name="thresholds">The thresholds; <see cref="ProgressThresholds.Default"/> when <see langword="null"/>.</param>
    /// <returns>The progress.</returns>
    public static IndicatorProgress Of(Indicator indicator, DateOnly asOf, ProgressThresholds? thresholds = null)
    {
        Guard.Against.Null(indicator);
        thresholds ??= ProgressThresholds.Default;
        var (definition, points) = indicator switch
        {
            QuantitativeIndicator q => (ProgressFormulas.Why(q), QuantitativePoints(q, asOf, thresholds)),
            QualitativeIndicator q => (ProgressFormulas.Why(q), QualitativePoints(q, asOf)),
            _ => throw new ArgumentException($"Unknown indicator type {indicator.GetType().Name}.", nameof(indicator)),
        };

        // A stable sort: the baseline (added first) and measurements of the same date keep their list order.
        var sorted = points.OrderBy(static p => p.Point.Date).ToList();
        var trend = new List<ProgressPoint>(sorted.Count);
        ProgressPoint? latest = null;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].IsMeasurement)
            {
                latest = sorted[i].Point;
            }

            // One point per date: the last of that date, so a measurement replaces the baseline or an earlier one.
            if (i + 1 == sorted.Count || sorted[i + 1].Point.Date != sorted[i].Point.Date)
            {
                trend.Add(sorted[i].Point);
            }
        }

        var expected = ProgressFormulas.ExpectedProgress(indicator, asOf);
        var reason = definition ?? (latest is null ? NoDataReason.NoMeasurement : null);
        var percent = reason is null ? latest!.Percent : null;
        return new IndicatorProgress
        {
            Indicator = indicator,
            AsOf = asOf,
            Status = percent is { } p && expected is { } e ? thresholds.StatusOf(p, e) : ProgressStatus.NoData,
            Reason = reason,
            Percent = percent,
            Expected = expected,
            Latest = latest,
            Trend = trend.ToEquatableArray(),
        };
    }

    private static List<(ProgressPoint Point, bool IsMeasurement)> QuantitativePoints(QuantitativeIndicator indicator, DateOnly asOf, ProgressThresholds thresholds)
    {
        var points = new List<(ProgressPoint, bool)>(indicator.Measurements.Count + 1);
        if (indicator.Baseline is { } baseline)
        {
            points.Add((new ProgressPoint(baseline.Date, baseline.Value, null, ProgressFormulas.PercentAchieved(indicator, baseline.Value, thresholds)), false));
        }

        foreach (var measurement in indicator.Measurements)
        {
            if (measurement.Date <= asOf)
            {
                points.Add((new ProgressPoint(measurement.Date, measurement.Value, null, ProgressFormulas.PercentAchieved(indicator, measurement.Value, thresholds)), true));
            }
        }

        return points;
    }

    private static List<(ProgressPoint Point, bool IsMeasurement)> QualitativePoints(QualitativeIndicator indicator, DateOnly asOf)
    {
        var points = new List<(ProgressPoint, bool)>(indicator.Measurements.Count + 1);
        if (indicator.Baseline is { } baseline)
        {
            points.Add((new ProgressPoint(baseline.Date, indicator.RankOf(baseline.Level), baseline.Level, ProgressFormulas.PercentAchieved(indicator, baseline.Level)), false));
        }

        foreach (var measurement in indicator.Measurements)
        {
            if (measurement.Date <= asOf)
            {
                points.Add((new ProgressPoint(measurement.Date, indicator.RankOf(measurement.Level), measurement.Level, ProgressFormulas.PercentAchieved(indicator, measurement.Level)), true));
            }
        }

        return points;
    }
}
