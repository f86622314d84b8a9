namespace OrganizedCrimeStrategy.Model;

/// <summary>Starting points for a new strategy.</summary>
public static class StrategySkeleton
{
    /// <summary>
    /// A strategy at stage <see cref="StrategyStage.Initiation"/> with one direction under each of the four Ps, ready to
    /// be filled in: each direction has one objective with no actions or indicators yet.
    /// </summary>
    /// <param name="country">The ISO 3166-1 alpha-3 code of the country.</param>
    /// <param name="title">The title.</param>
    /// <param name="id">The strategy's id; by default <c>{country}-nsoc</c> in lower case.</param>
    /// <returns>The skeleton.</returns>
    /// <exception cref="ArgumentException">The country, title or id is malformed.</exception>
    public static Strategy Create(string country, Text title, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        var directions = Enum.GetValues<Pillar>().Select(pillar =>
        {
            var name = FormatNames.Of(pillar);
            return new Direction
            {
                Id = name,
                Title = Text.Of(("en", Titles[(int)pillar])),
                Pillar = pillar,
                Objectives = [new Objective { Id = $"{name}-1", Title = Text.Of(("en", $"First objective under {name}")) }],
            };
        });

        return new Strategy
        {
            Id = id ?? $"{country?.ToLowerInvariant()}-nsoc",
            Country = country!,
            Title = title,
            Stage = StrategyStage.Initiation,
            Directions = [.. directions],
        };
    }

    private static readonly string[] Titles =
    [
        "Preventing organized crime",
        "Pursuing organized criminal groups and their illicit activities",
        "Protecting the most vulnerable",
        "Promoting partnerships and cooperation at all levels",
    ];
}
