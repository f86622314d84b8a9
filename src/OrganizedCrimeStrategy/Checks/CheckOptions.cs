using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks;

/// <summary>How to check one strategy: against which stage, with messages in which language.</summary>
public sealed record CheckOptions
{
    /// <summary>The default: the document's own stage (or the settings' stage), messages in English.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>
    /// The stage to check against, or <see langword="null"/> for the ruleset's settings' stage, or else the
    /// document's own stage.
    /// </summary>
    public StrategyStage? Stage { get; init; }

    /// <summary>
    /// The BCP 47 tag of the messages' language (<c>ru</c>, <c>ru-RU</c>, <c>uz-Latn</c>...). A tag with no
    /// messages falls back to shorter tags, then to English.
    /// </summary>
    public string Language { get; init; } = "en";
}
