namespace OrganizedCrimeStrategy.Json;

/// <summary>Limits and behaviour of <see cref="StrategyJson"/> reading.</summary>
/// <remarks>The defaults defend a service against hostile input; raise them for trusted, unusually large documents.</remarks>
public sealed record StrategyReadOptions
{
    /// <summary>The default options.</summary>
    public static StrategyReadOptions Default { get; } = new();

    /// <summary>The deepest nesting accepted (the root object is level 1). Default 64.</summary>
    public int MaxDepth { get; init => field = value is >= 8 and <= 4096 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "MaxDepth must be between 8 and 4096."); } = 64;

    /// <summary>The largest input accepted, in bytes. Default 64 MiB.</summary>
    public long MaxBytes { get; init => field = value is > 0 and <= int.MaxValue ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, "MaxBytes must be positive and at most 2 GiB."); } = 64L * 1024 * 1024;

    /// <summary>
    /// The language of the diagnostics' messages, a BCP 47 tag (<c>ru</c>); a tag without messages falls back to shorter
    /// tags (<c>uz-Cyrl-UZ</c>, <c>uz-Cyrl</c>, <c>uz</c>), then to English. Default <see langword="null"/>: English.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>The most failures collected before reading stops. Default 1,000.</summary>
    public int MaxFailures { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxFailures), value, "MaxFailures must be positive."); } = 1000;
}

/// <summary>How <see cref="StrategyJson"/> writes.</summary>
public sealed record StrategyWriteOptions
{
    /// <summary>The default options: indented with two spaces, line feeds, a final newline.</summary>
    public static StrategyWriteOptions Default { get; } = new();

    /// <summary>Whether to indent. Default <see langword="true"/>; <see langword="false"/> writes the most compact form.</summary>
    public bool Indented { get; init; } = true;
}
