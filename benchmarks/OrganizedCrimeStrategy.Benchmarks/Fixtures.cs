using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Benchmarks;

/// <summary>The sizes benchmarked, and the documents of each size, built once per process.</summary>
public static class Fixtures
{
    /// <summary>Set by <c>--quick</c>: the smallest size only.</summary>
    public static bool Quick { get; set; }

    public static IEnumerable<int> Sizes => Quick ? [100] : [100, 1_000, 10_000, 100_000];

    /// <summary>Sizes for JSON Schema evaluation, which holds a whole DOM and is far slower: up to 10,000 actions.</summary>
    public static IEnumerable<int> SchemaSizes => Quick ? [100] : [100, 1_000, 10_000];

    /// <summary>Large documents go beyond the default 64 MiB limit: benchmarks raise it.</summary>
    public static StrategyReadOptions ReadOptions { get; } = new() { MaxBytes = int.MaxValue };

    private static readonly Dictionary<int, (Strategy Strategy, byte[] Bytes)> Cache = [];

    public static (Strategy Strategy, byte[] Bytes) Of(int actions)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(actions, out var fixture))
            {
                var strategy = StrategyFactory.Create(actions);
                Cache[actions] = fixture = (strategy, StrategyJson.WriteUtf8(strategy));
            }

            return fixture;
        }
    }
}
