using Ardalis.GuardClauses;
using OneOf;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Monitoring;

/// <summary>
/// Records measurements: an immutable update that returns a new strategy with the measurement added to one indicator,
/// or a failure that says why not.
/// </summary>
/// <remarks>
/// <para>
/// The indicator's measurements come out in date order (a stable sort, so measurements that were out of order are put in
/// order and those of one date keep theirs). A measurement on a date that already has one <b>replaces</b> it, as a
/// correction (every measurement of that date goes, the new one takes their place): a series has one value per date.
/// </para>
/// <para>
/// A measurement may not be dated before the indicator's baseline (when it has one), and a level must be on the scale.
/// Dates after the target date, or in the future, are accepted: the library does not read the clock.
/// </para>
/// </remarks>
public static class StrategyMeasurements
{
    /// <summary>Records a measurement of a quantitative indicator.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="measurement">The measurement.</param>
    /// <returns>The new strategy, or the diagnostic: <see cref="DiagnosticCode.UnknownIndicator"/>, <see cref="DiagnosticCode.WrongKind"/>, <see cref="DiagnosticCode.LevelNotOnScale"/> or <see cref="DiagnosticCode.BeforeBaseline"/>.</returns>
    public static OneOf<Strategy, Diagnostic> Record(Strategy strategy, string indicatorId, QuantitativeMeasurement measurement)
    {
        Guard.Against.Null(strategy);
        Guard.Against.Null(indicatorId);
        Guard.Against.Null(measurement);
        return Find(strategy, indicatorId).Match<OneOf<Strategy, Diagnostic>>(
            entry =>
            {
                if (entry.Indicator is not QuantitativeIndicator indicator)
                {
                    return Fail(DiagnosticCode.WrongKind, entry, MeasurementMessages.English.WrongKind(indicatorId, isQualitative: true));
                }

                if (indicator.Baseline is { } baseline && measurement.Date < baseline.Date)
                {
                    return BeforeBaseline(entry, measurement.Date, baseline.Date);
                }

                return Replace(strategy, entry.Indicator, indicator with { Measurements = Insert(indicator.Measurements, measurement, static m => m.Date) });
            },
            failure => failure);
    }

    /// <summary>Records an assessment of a qualitative indicator.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="measurement">The assessment; its level must be on the scale.</param>
    /// <returns>The new strategy, or the diagnostic: <see cref="DiagnosticCode.UnknownIndicator"/>, <see cref="DiagnosticCode.WrongKind"/>, <see cref="DiagnosticCode.LevelNotOnScale"/> or <see cref="DiagnosticCode.BeforeBaseline"/>.</returns>
    public static OneOf<Strategy, Diagnostic> Record(Strategy strategy, string indicatorId, QualitativeMeasurement measurement)
    {
        Guard.Against.Null(strategy);
        Guard.Against.Null(indicatorId);
        Guard.Against.Null(measurement);
        return Find(strategy, indicatorId).Match<OneOf<Strategy, Diagnostic>>(
            entry =>
            {
                if (entry.Indicator is not QualitativeIndicator indicator)
                {
                    return Fail(DiagnosticCode.WrongKind, entry, MeasurementMessages.English.WrongKind(indicatorId, isQualitative: false));
                }

                if (indicator.RankOf(measurement.Level) < 0)
                {
                    return Fail(DiagnosticCode.LevelNotOnScale, entry, MeasurementMessages.English.LevelNotOnScale(measurement.Level, indicatorId, indicator.Scale));
                }

                if (indicator.Baseline is { } baseline && measurement.Date < baseline.Date)
                {
                    return BeforeBaseline(entry, measurement.Date, baseline.Date);
                }

                return Replace(strategy, entry.Indicator, indicator with { Measurements = Insert(indicator.Measurements, measurement, static m => m.Date) });
            },
            failure => failure);
    }

    private static OneOf<IndicatorEntry, Diagnostic> Find(Strategy strategy, string indicatorId)
    {
        foreach (var entry in strategy.Indicators)
        {
            if (string.Equals(entry.Indicator.Id, indicatorId, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        var message = strategy.Index.Find(indicatorId) is { } other
            ? MeasurementMessages.English.NotIndicator(indicatorId, other)
            : MeasurementMessages.English.UnknownIndicator(indicatorId);
        return new Diagnostic(DiagnosticCode.UnknownIndicator, message, string.Empty);
    }

    /// <summary>A failure placed at the indicator's measurements (a measurement has no place in a text, so no line).</summary>
    private static Diagnostic Fail(DiagnosticCode code, IndicatorEntry entry, string message) =>
        new(code, message, entry.Pointer + "/measurements");

    private static Diagnostic BeforeBaseline(IndicatorEntry entry, DateOnly date, DateOnly baseline) => Fail(
        DiagnosticCode.BeforeBaseline,
        entry,
        MeasurementMessages.English.BeforeBaseline(entry.Indicator.Id, FormatRules.FormatDate(date), FormatRules.FormatDate(baseline)));

    private static EquatableArray<T> Insert<T>(EquatableArray<T> measurements, T measurement, Func<T, DateOnly> dateOf) =>
        measurements.Where(m => dateOf(m) != dateOf(measurement)).Append(measurement).OrderBy(dateOf).ToEquatableArray();

    /// <summary>The strategy with the first indicator that is <paramref name="old"/> (by reference, in document order) replaced.</summary>
    private static Strategy Replace(Strategy strategy, Indicator old, Indicator replacement)
    {
        EquatableArray<Indicator>? InList(EquatableArray<Indicator> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (ReferenceEquals(list[i], old))
                {
                    return list.SetItem(i, replacement);
                }
            }

            return null;
        }

        for (var d = 0; d < strategy.Directions.Count; d++)
        {
            var direction = strategy.Directions[d];
            for (var o = 0; o < direction.Objectives.Count; o++)
            {
                var objective = direction.Objectives[o];
                var changed = InList(objective.Indicators) is { } own ? objective with { Indicators = own } : null;
                for (var a = 0; changed is null && a < objective.Actions.Count; a++)
                {
                    var action = objective.Actions[a];
                    if (InList(action.Indicators) is { } actionIndicators)
                    {
                        changed = objective with { Actions = objective.Actions.SetItem(a, action with { Indicators = actionIndicators }) };
                    }
                }

                if (changed is not null)
                {
                    return strategy with { Directions = strategy.Directions.SetItem(d, direction with { Objectives = direction.Objectives.SetItem(o, changed) }) };
                }
            }
        }

        throw new InvalidOperationException($"The indicator '{old.Id}' was found in the index but not in the strategy.");
    }
}
