using Ardalis.GuardClauses;

namespace OrganizedCrimeStrategy.Model;

/// <summary>
/// An indicator: how progress on an objective or an action is measured. It is either
/// <see cref="QuantitativeIndicator"/> or <see cref="QualitativeIndicator"/>.
/// </summary>
public abstract record Indicator : ModelElement, IIdentified
{
    private protected Indicator()
    {
    }

    /// <inheritdoc/>
    public required string Id { get; init => field = Guard.Against.InvalidId(value); }

    /// <summary>What is measured.</summary>
    public required Text Name { get; init => field = Guard.Against.Null(value); }

    /// <summary>The results-chain level.</summary>
    public required IndicatorLevel Level { get; init => field = Guard.Against.Undefined(value); }

    /// <summary>Where the data comes from.</summary>
    public Text? DataSource { get; init; }

    /// <summary>How often it is measured.</summary>
    public Frequency? Frequency { get; init => field = value is { } f ? Guard.Against.Undefined(f) : null; }

    /// <summary>The id of the stakeholder responsible for measuring it.</summary>
    public string? Responsible { get; init => field = Guard.Against.InvalidOptionalId(value); }

    /// <summary>The SDG indicator it corresponds to, such as <c>16.2.2</c>.</summary>
    public string? Sdg
    {
        get;
        init => field = value is null || FormatRules.IsValidSdg(value)
            ? value
            : throw new ArgumentException($"'{value}' is not an SDG indicator number such as 16.4.1.", nameof(Sdg));
    }

    /// <summary>How the data is broken down: <c>sex</c>, <c>age</c>...</summary>
    public EquatableArray<string> Disaggregation { get; init; }

    /// <summary>The number of measurements recorded.</summary>
    public abstract int MeasurementCount { get; }
}

/// <summary>A value at a date: the baseline or target of a quantitative indicator.</summary>
public sealed record QuantitativeValue : ModelElement
{
    /// <summary>Creates a value at a date.</summary>
    /// <param name="value">A finite number.</param>
    /// <param name="date">The date it refers to.</param>
    public QuantitativeValue(double value, DateOnly date)
    {
        Value = value;
        Date = date;
    }

    /// <summary>The value; finite.</summary>
    public double Value { get; init => field = double.IsFinite(value) ? value : throw new ArgumentException("The value must be a finite number.", nameof(Value)); }

    /// <summary>The date it refers to.</summary>
    public DateOnly Date { get; init; }
}

/// <summary>A measurement of a quantitative indicator.</summary>
public sealed record QuantitativeMeasurement : ModelElement
{
    /// <summary>Creates a measurement.</summary>
    /// <param name="date">When it was measured.</param>
    /// <param name="value">A finite number.</param>
    /// <param name="note">A note.</param>
    public QuantitativeMeasurement(DateOnly date, double value, Text? note = null)
    {
        Date = date;
        Value = value;
        Note = note;
    }

    /// <summary>When it was measured.</summary>
    public DateOnly Date { get; init; }

    /// <summary>The measured value; finite.</summary>
    public double Value { get; init => field = double.IsFinite(value) ? value : throw new ArgumentException("The value must be a finite number.", nameof(Value)); }

    /// <summary>A note.</summary>
    public Text? Note { get; init; }
}

/// <summary>A number measured in a unit, with a baseline, a target and a desired direction.</summary>
public sealed record QuantitativeIndicator : Indicator
{
    /// <summary>The unit, such as <c>cases</c> or <c>USD</c>.</summary>
    public string? Unit { get; init => field = value is null ? null : Guard.Against.NullOrWhiteSpace(value); }

    /// <summary>Which way the value should move.</summary>
    public DesiredDirection? Direction { get; init => field = value is { } d ? Guard.Against.Undefined(d) : null; }

    /// <summary>Where the value stood at the start.</summary>
    public QuantitativeValue? Baseline { get; init; }

    /// <summary>Where it should stand.</summary>
    public QuantitativeValue? Target { get; init; }

    /// <summary>The measurements, usually by date.</summary>
    public EquatableArray<QuantitativeMeasurement> Measurements { get; init; }

    /// <inheritdoc/>
    public override int MeasurementCount => Measurements.Count;
}

/// <summary>A level at a date: the baseline or target of a qualitative indicator.</summary>
/// <param name="Level">A level of the indicator's scale.</param>
/// <param name="Date">The date it refers to.</param>
public sealed record QualitativeValue(string Level, DateOnly Date) : ModelElement
{
    /// <summary>A level of the indicator's scale.</summary>
    public string Level { get; init; } = Guard.Against.NullOrWhiteSpace(Level);
}

/// <summary>A measurement of a qualitative indicator.</summary>
/// <param name="Date">When it was assessed.</param>
/// <param name="Level">A level of the indicator's scale.</param>
/// <param name="Note">A note.</param>
public sealed record QualitativeMeasurement(DateOnly Date, string Level, Text? Note = null) : ModelElement
{
    /// <summary>A level of the indicator's scale.</summary>
    public string Level { get; init; } = Guard.Against.NullOrWhiteSpace(Level);
}

/// <summary>
/// A position on an ordered scale of levels (for example none, drafted, adopted, implemented),
/// with a baseline level and a target level.
/// </summary>
/// <remarks>
/// Every level used (baseline, target, measurements) must be on <see cref="Scale"/>; the scale is
/// ordered lowest first and its levels are distinct. The check runs when the scale is set and when a level is set after it.
/// </remarks>
public sealed record QualitativeIndicator : Indicator
{
    private bool _scaleSet;
    private RankTable? _ranks;

    /// <summary>The levels, lowest first, distinct.</summary>
    public required EquatableArray<string> Scale
    {
        get;
        init
        {
            foreach (var level in value)
            {
                Guard.Against.NullOrWhiteSpace(level, nameof(Scale));
            }

            if (!FormatRules.AreDistinct(value.AsSpan()))
            {
                throw new ArgumentException("The levels of a scale must be distinct.", nameof(Scale));
            }

            field = value;
            _scaleSet = true;
            _ranks = value.Count > RankTable.SmallScale ? new RankTable(value) : null;
            CheckLevel(Baseline?.Level, nameof(Scale));
            CheckLevel(Target?.Level, nameof(Scale));
            foreach (var measurement in Measurements)
            {
                CheckLevel(measurement.Level, nameof(Scale));
            }
        }
    }

    /// <summary>Where it stood at the start.</summary>
    public QualitativeValue? Baseline { get; init => field = CheckLevel(value?.Level, nameof(Baseline)) ? value : null; }

    /// <summary>Where it should stand.</summary>
    public QualitativeValue? Target { get; init => field = CheckLevel(value?.Level, nameof(Target)) ? value : null; }

    /// <summary>The assessments, usually by date.</summary>
    public EquatableArray<QualitativeMeasurement> Measurements
    {
        get;
        init
        {
            foreach (var measurement in value)
            {
                CheckLevel(measurement.Level, nameof(Measurements));
            }

            field = value;
        }
    }

    /// <inheritdoc/>
    public override int MeasurementCount => Measurements.Count;

    /// <summary>The position of <paramref name="level"/> on the scale, lowest 0.</summary>
    /// <param name="level">A level.</param>
    /// <returns>The position, or -1 when the level is not on the scale.</returns>
    /// <remarks>Constant time for a scale of any length, so that judging every measurement stays linear.</remarks>
    public int RankOf(string level)
    {
        if (_ranks is { } table)
        {
            return table.RankOf(level);
        }

        var scale = Scale.AsSpan();
        WorkCounters.LookedUp(scale.Length);
        for (var i = 0; i < scale.Length; i++)
        {
            if (scale[i] == level)
            {
                return i;
            }
        }

        return -1;
    }

    private bool CheckLevel(string? level, string parameterName)
    {
        if (level is not null && _scaleSet && RankOf(level) < 0)
        {
            throw new ArgumentException($"The level '{level}' is not on the scale [{string.Join(", ", Scale)}].", parameterName);
        }

        return true;
    }

    /// <summary>
    /// The position of each level of a long scale, made on first use. Every table equals every other, so that the
    /// indicator's equality and hash stay those of its members (equal indicators have equal scales, hence both a
    /// table or neither).
    /// </summary>
    private sealed class RankTable(EquatableArray<string> scale) : IEquatable<RankTable>
    {
        /// <summary>Scales up to this many levels are searched in order, which costs less than a table.</summary>
        public const int SmallScale = 16;

        private Dictionary<string, int>? _ranks;

        public int RankOf(string level)
        {
            var ranks = LazyInitializer.EnsureInitialized(ref _ranks, () =>
            {
                var table = new Dictionary<string, int>(scale.Count, StringComparer.Ordinal);
                for (var i = 0; i < scale.Count; i++)
                {
                    table.TryAdd(scale[i], i);
                }

                return table;
            });
            WorkCounters.LookedUp(1);
            return ranks.TryGetValue(level, out var rank) ? rank : -1;
        }

        public bool Equals(RankTable? other) => other is not null;

        public override bool Equals(object? obj) => obj is RankTable;

        public override int GetHashCode() => 0;
    }
}
