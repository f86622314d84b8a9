namespace OrganizedCrimeStrategy;

/// <summary>
/// Counts of the elementary steps done on the current thread by the parts of the library that once grew with the
/// square of their input (issue #16): bytes counted to find columns, language tags compared, members and levels
/// looked up. Tests read a counter before and after an operation and assert that the work grows linearly with the
/// input, instead of timing it. An increment is a thread-static field write.
/// </summary>
internal static class WorkCounters
{
    [ThreadStatic]
    private static long t_bytesScanned;

    [ThreadStatic]
    private static long t_tagComparisons;

    [ThreadStatic]
    private static long t_lookups;

    /// <summary>Bytes of UTF-8 counted to turn offsets into lines and columns (<c>Json.LineMap</c>).</summary>
    public static long BytesScanned => t_bytesScanned;

    /// <summary>Language tags compared, or looked up in a set, to find a tag used twice in a text.</summary>
    public static long TagComparisons => t_tagComparisons;

    /// <summary>Names or levels compared, or looked up in a table: members in a diff, levels on a scale.</summary>
    public static long Lookups => t_lookups;

    public static void ScannedBytes(long count) => t_bytesScanned += count;

    public static void ComparedTags(long count) => t_tagComparisons += count;

    public static void LookedUp(long count) => t_lookups += count;
}
