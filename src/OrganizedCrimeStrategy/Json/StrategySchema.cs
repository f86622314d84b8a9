using System.Text;

namespace OrganizedCrimeStrategy.Json;

/// <summary>
/// The published JSON Schema (draft 2020-12) of format 1.0, shipped inside the package, for tools in other
/// languages and for editors. It states everything the reader checks that a schema can express; the rest
/// (unique ids, references that resolve, date order, levels on the scale) is in its descriptions.
/// </summary>
public static class StrategySchema
{
    private const string ResourceName = "OrganizedCrimeStrategy.strategy-1.0.schema.json";

    private static readonly Lazy<byte[]> Bytes = new(Load);

    /// <summary>The schema's <c>$id</c>, which documents may name in <c>$schema</c>.</summary>
    public const string Id = "https://organizedcrimestrategy.org/schema/strategy-1.0.schema.json";

    /// <summary>The schema as UTF-8 bytes.</summary>
    public static ReadOnlyMemory<byte> Utf8 => Bytes.Value;

    /// <summary>The schema as text.</summary>
    public static string Text => Encoding.UTF8.GetString(Bytes.Value);

    /// <summary>Writes the schema to a stream.</summary>
    /// <param name="stream">The destination; not closed.</param>
    public static void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Bytes.Value);
    }

    private static byte[] Load()
    {
        using var stream = typeof(StrategySchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
