using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Interchange;

/// <summary>Limits and defaults of <see cref="StratML.Import(Stream, StratMLImportOptions?)"/>.</summary>
/// <remarks>The limits defend a service against hostile input; raise them for trusted, unusually large documents.</remarks>
public sealed record StratMLImportOptions
{
    /// <summary>The default options.</summary>
    public static StratMLImportOptions Default { get; } = new();

    /// <summary>The largest input accepted, in bytes (UTF-8 bytes for a string). Default 64 MiB, as for JSON.</summary>
    public long MaxBytes { get; init => field = value is > 0 and <= int.MaxValue ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, "MaxBytes must be positive and at most 2 GiB."); } = 64L * 1024 * 1024;

    /// <summary>
    /// The most elements accepted. Default 500,000, far above any real plan. Each element costs memory well beyond its
    /// bytes, so this bounds memory where <see cref="MaxBytes"/> alone would not (64 MiB of <c>&lt;a/&gt;</c>).
    /// </summary>
    public int MaxElements { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxElements), value, "MaxElements must be positive."); } = 500_000;

    /// <summary>The deepest element nesting accepted (the root element is level 1). Default 64.</summary>
    public int MaxDepth { get; init => field = value is >= 8 and <= 1024 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "MaxDepth must be between 8 and 1024."); } = 64;

    /// <summary>
    /// The language of the texts of a document without embedded model data, such as a plan written by another tool.
    /// <see langword="null"/> (the default) makes them plain texts with no language; <c>en</c> makes them <c>{"en": ...}</c>.
    /// Also the language assumed for an edited text when the document does not say which language it was exported in.
    /// </summary>
    /// <exception cref="ArgumentException">The value is not a well-formed BCP 47 tag.</exception>
    public string? Language
    {
        get;
        init => field = value is null || FormatRules.IsValidLanguageTag(value)
            ? value
            : throw new ArgumentException($"'{value}' is not a well-formed BCP 47 language tag such as en or uz-Latn.", nameof(Language));
    }

    /// <summary>The country given to a strategy whose document does not name one. Default <c>XXX</c> (unspecified).</summary>
    /// <exception cref="ArgumentException">The value is not three upper-case letters.</exception>
    public string DefaultCountry
    {
        get;
        init => field = FormatRules.IsValidCountry(value)
            ? value
            : throw new ArgumentException($"'{value}' is not an ISO 3166-1 alpha-3 country code.", nameof(DefaultCountry));
    } = "XXX";

    /// <summary>
    /// The stage given to a strategy whose document does not name one; <see langword="null"/> (the default) derives it
    /// from the document: <see cref="StrategyStage.Implementation"/> for a performance report, <see cref="StrategyStage.Adopted"/> otherwise.
    /// </summary>
    public StrategyStage? DefaultStage { get; init => field = value is { } stage && !Enum.IsDefined(stage) ? throw new ArgumentOutOfRangeException(nameof(DefaultStage), value, "Not a stage.") : value; }

    /// <summary>
    /// The pillar given to a goal that has no embedded pillar, no <c>pillar: ...</c> line and no pillar's name
    /// (prevent, pursue, protect, promote) in its name or description. Default <see cref="Pillar.Prevent"/>.
    /// </summary>
    public Pillar DefaultPillar { get; init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(DefaultPillar), value, "Not a pillar."); }
}
