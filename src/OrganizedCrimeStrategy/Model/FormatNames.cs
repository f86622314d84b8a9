using System.Collections.Frozen;

namespace OrganizedCrimeStrategy.Model;

/// <summary>
/// The names format 1.0 gives the values of each enumeration (camelCase: <c>inProgress</c>,
/// <c>midTerm</c>). The reader, the writer, the checks' output and the reports all name values through here.
/// </summary>
public static class FormatNames
{
    /// <summary>The format name of an enumeration value, such as <c>prevent</c> or <c>lawEnforcement</c>.</summary>
    /// <typeparam name="T">One of the model's enumerations.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name used in JSON.</returns>
    public static string Of<T>(T value)
        where T : struct, Enum => Table<T>.Names[System.Runtime.CompilerServices.Unsafe.As<T, int>(ref value)];

    /// <summary>Parses a format name exactly (case-sensitive, as the format requires).</summary>
    /// <typeparam name="T">One of the model's enumerations.</typeparam>
    /// <param name="name">The name used in JSON.</param>
    /// <param name="value">The value, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is one of the format's names for <typeparamref name="T"/>.</returns>
    public static bool TryParse<T>(string name, out T value)
        where T : struct, Enum => Table<T>.Values.TryGetValue(name, out value);

    /// <summary>Parses a format name given as UTF-8 bytes.</summary>
    /// <typeparam name="T">One of the model's enumerations.</typeparam>
    /// <param name="utf8Name">The name in UTF-8.</param>
    /// <param name="value">The value, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    internal static bool TryParse<T>(ReadOnlySpan<byte> utf8Name, out T value)
        where T : struct, Enum
    {
        var names = Table<T>.Utf8Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (utf8Name.SequenceEqual(names[i]))
            {
                value = Table<T>.Ordered[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Every format name of <typeparamref name="T"/>, in declaration order.</summary>
    /// <typeparam name="T">One of the model's enumerations.</typeparam>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => Table<T>.Names;

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static class Table<T>
        where T : struct, Enum
    {
        public static readonly T[] Ordered = Enum.GetValues<T>();
        public static readonly string[] Names = [.. Ordered.Select(v => CamelCase(v.ToString()))];
        public static readonly byte[][] Utf8Names = [.. Names.Select(System.Text.Encoding.UTF8.GetBytes)];
        public static readonly FrozenDictionary<string, T> Values = Names.Select((n, i) => KeyValuePair.Create(n, Ordered[i])).ToFrozenDictionary(StringComparer.Ordinal);
    }
}
