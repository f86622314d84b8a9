using System.Text;
using OneOf;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Json;

/// <summary>Whether a document is in canonical form, and where it first differs.</summary>
/// <param name="IsCanonical">Whether the text equals the canonical form byte for byte (a byte order mark aside).</param>
/// <param name="Line">The first line that differs (1-based), when not canonical.</param>
/// <param name="Actual">That line as written.</param>
/// <param name="Expected">That line in canonical form.</param>
public sealed record CanonicalCheck(bool IsCanonical, int? Line = null, string? Actual = null, string? Expected = null)
{
    /// <summary>A sentence saying why the document is not canonical, or that it is.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => IsCanonical
        ? "The document is in canonical form."
        : $"Line {Line} differs from the canonical form:\n  written:   {Actual ?? "(end of file)"}\n  canonical: {Expected ?? "(end of file)"}";
}

/// <summary>The canonical form of format 1.0: what <see cref="StrategyJson.Write(Strategy, StrategyWriteOptions?)"/> produces.</summary>
public static class CanonicalForm
{
    /// <summary>Reads a document and compares it with its canonical form.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="options">Read limits.</param>
    /// <returns>The comparison, or the read diagnostics.</returns>
    public static OneOf<CanonicalCheck, DiagnosticList> Check(ReadOnlyMemory<byte> utf8, StrategyReadOptions? options = null) =>
        StrategyJson.Read(utf8, options).Match<OneOf<CanonicalCheck, DiagnosticList>>(
            strategy => Compare(utf8.Span, StrategyJson.WriteUtf8(strategy)),
            failures => failures);

    private static CanonicalCheck Compare(ReadOnlySpan<byte> written, ReadOnlySpan<byte> canonical)
    {
        if (written.StartsWith("\uFEFF"u8))
        {
            written = written[3..];
        }

        if (written.SequenceEqual(canonical))
        {
            return new CanonicalCheck(true);
        }

        var actual = Encoding.UTF8.GetString(written).Split('\n');
        var expected = Encoding.UTF8.GetString(canonical).Split('\n');
        for (var i = 0; i < Math.Max(actual.Length, expected.Length); i++)
        {
            var a = i < actual.Length ? actual[i] : null;
            var e = i < expected.Length ? expected[i] : null;
            if (a != e)
            {
                return new CanonicalCheck(false, i + 1, a?.TrimEnd('\r'), e);
            }
        }

        return new CanonicalCheck(false, 1);
    }
}
