using System.Text;
using OrganizedCrimeStrategy.Tests.Checks;

namespace OrganizedCrimeStrategy.Tests.Support;

/// <summary>
/// Documents of the shapes that once cost the square of their size (issue #16): many elements on one line, many
/// language tags in one text, many unknown members in one object. Tests count the work done on them (never the
/// clock) and compare two sizes.
/// </summary>
internal static class Pathological
{
    /// <summary>The complete strategy with <paramref name="count"/> more stakeholders that have no role (each fails OCS606), with Cyrillic names.</summary>
    public static Strategy WithIdleStakeholders(int count)
    {
        var complete = CompleteStrategy.Build();
        var idle = Enumerable.Range(0, count).Select(i => new Stakeholder
        {
            Id = $"idle-{i}",
            Name = Text.Of(("en", $"Body {i}"), ("ru", $"Ведомство {i}")),
            Kind = StakeholderKind.Media,
        });
        return complete with { Stakeholders = [.. complete.Stakeholders, .. idle] };
    }

    /// <summary>The strategy written on one line (no indentation), as UTF-8.</summary>
    public static byte[] Minified(Strategy strategy) => StrategyJson.WriteUtf8(strategy, new StrategyWriteOptions { Indented = false });

    /// <summary>A minified document with <paramref name="count"/> extra stakeholders whose kind is not a kind: one read failure each.</summary>
    public static byte[] WithBadKinds(int count) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Minified(WithIdleStakeholders(count))).Replace("\"kind\":\"media\"", "\"kind\":\"newspaper\"", StringComparison.Ordinal));

    /// <summary>Distinct well-formed language tags: <c>zz-0</c>, <c>zz-1</c>...</summary>
    public static IEnumerable<string> Tags(int count) => Enumerable.Range(0, count).Select(i => $"zz-{i}");

    /// <summary>Work done by <paramref name="action"/> on this thread, as counted by <paramref name="counter"/>.</summary>
    public static long Work(Func<long> counter, Action action)
    {
        var before = counter();
        action();
        return counter() - before;
    }
}
