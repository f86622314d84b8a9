using System.Text;
using System.Text.Json;
using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Checks.Output;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Tests.Support;

namespace OrganizedCrimeStrategy.Tests.Json;

/// <summary>
/// Lines and columns from byte offsets: the same places as counting from the start of the line, for any text and
/// any order of lookups, with work bounded per lookup whatever the layout (a minified document is one long line).
/// </summary>
public class LineMapTests
{
    private static readonly string[] Pieces = ["a", "{", " ", "я", "€", "😀", "\r", "\n", "\"", "ў"];

    /// <summary>Texts of every layout: few or many line breaks, lines longer than a checkpoint stretch, multi-byte characters.</summary>
    private static Gen<byte[]> Texts() =>
        from length in Gen.Choose(0, 3 * LineMap.Stride)
        from breaks in Gen.Elements(0, 1, 5, 50, 500)
        from seed in Gen.Choose(0, int.MaxValue)
        select Text(length, breaks, seed);

    private static byte[] Text(int length, int breaksPerThousand, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(1000) < breaksPerThousand ? "\n" : Pieces[random.Next(Pieces.Length)]);
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>The definition: the line is one more than the line breaks before the offset; the column one more than the characters since the last one.</summary>
    private static (int Line, int Column) Expected(byte[] text, int offset)
    {
        var before = text.AsSpan(0, offset);
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
        {
            column += (b & 0xC0) != 0x80 ? 1 : 0;
        }

        return (before.Count((byte)'\n') + 1, column);
    }

    [Property(MaxTest = 200)]
    public Property Every_offset_gets_the_line_and_column_counted_from_its_line_start_in_any_order()
    {
        var cases =
            from text in Texts()
            from offsets in Gen.ListOf(Gen.Choose(-2, (3 * LineMap.Stride * 4) + 2)).Select(l => l.ToArray())
            from sorted in Gen.Elements(true, false)
            select (text, sorted ? offsets.Order().ToArray() : offsets);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (text, offsets) = c;
            var map = new LineMap(text);
            foreach (var offset in offsets)
            {
                var clamped = Math.Clamp(offset, 0, text.Length);
                Assert.Equal(Expected(text, clamped), map.Locate(offset));
            }
        });
    }

    [Property(MaxTest = 200)]
    public Property A_line_and_byte_position_gets_the_column_counted_from_its_line_start()
    {
        var cases =
            from text in Texts()
            from lines in Gen.ListOf(Gen.Zip(Gen.Choose(0, 40), Gen.Choose(0, 4 * LineMap.Stride))).Select(l => l.ToArray())
            select (text, lines);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (text, positions) = c;
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }

            var map = new LineMap(text);
            foreach (var (line, position) in positions)
            {
                var index = Math.Min(line, starts.Count - 1);
                var end = Math.Min(text.Length, starts[index] + position);
                var column = 1 + Encoding.UTF8.GetString(text, starts[index], end - starts[index]).EnumerateRunes().Count();
                var counted = 1 + text.AsSpan(starts[index], end - starts[index]).ToArray().Count(b => (b & 0xC0) != 0x80);
                Assert.Equal((index + 1, counted), map.FromLineAndByte(line, position));
                if (IsWhole(text, starts[index], end))
                {
                    Assert.Equal(column, counted);
                }
            }
        });
    }

    [Property(MaxTest = 300)]
    public bool Characters_are_the_bytes_that_are_not_continuation_bytes(byte[] bytes) =>
        LineMap.Characters(bytes) == bytes.Count(b => (b & 0xC0) != 0x80);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Locating_every_element_of_a_minified_document_counts_each_byte_a_bounded_number_of_times(bool inDocumentOrder)
    {
        long Work(int stakeholders, out long size, out int lookups)
        {
            var text = Pathological.Minified(Pathological.WithIdleStakeholders(stakeholders));
            var offsets = Offsets(text, "\"id\":\"idle-");
            if (!inDocumentOrder)
            {
                new Random(7).Shuffle(offsets);
            }

            (size, lookups) = (text.Length, offsets.Length);
            return Pathological.Work(() => WorkCounters.BytesScanned, () =>
            {
                var map = new LineMap(text);
                foreach (var offset in offsets)
                {
                    map.Locate(offset);
                }
            });
        }

        var small = Work(10_000, out var smallSize, out var smallLookups);
        var large = Work(40_000, out var largeSize, out var largeLookups);

        // Building the map passes over the text once or twice; in document order each lookup counts on from the one
        // before, in any order each counts at most one stretch. Counting from the line's start would be
        // lookups × size / 2: about 10^10 bytes at 40,000 stakeholders.
        var bound = inDocumentOrder ? 3 * largeSize : (3 * largeSize) + ((long)largeLookups * LineMap.Stride);
        Assert.True(large <= bound, $"{large:N0} bytes counted for {largeLookups:N0} lookups in {largeSize:N0} bytes");
        Assert.True(large <= 5 * small, $"4x the stakeholders: {small:N0} -> {large:N0} bytes counted ({smallLookups:N0} -> {largeLookups:N0} lookups)");
    }

    [Fact]
    public void Sarif_locates_the_findings_of_a_minified_document_in_linear_work()
    {
        long Work(int stakeholders, out long size)
        {
            var strategy = Pathological.WithIdleStakeholders(stakeholders);
            var text = Pathological.Minified(strategy);
            var result = RuleSet.Toolkit.Check(StrategyJson.Read(text).AsT0);
            Assert.Equal(stakeholders, result.Findings.Count(f => f.RuleId == "OCS606"));
            size = text.Length;
            string sarif = string.Empty;
            var work = Pathological.Work(() => WorkCounters.BytesScanned, () =>
                sarif = SarifReport.Render(result, new SarifOptions
                {
                    ArtifactUri = "minified.json",
                    Locate = new JsonLocator(text).ToLookup(result.Findings.Select(f => f.Pointer)),
                }));

            // The last idle stakeholder is found at its place on line 1.
            using var log = JsonDocument.Parse(sarif);
            var last = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Single(r => r.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString() == $"/stakeholders/{stakeholders + 5}");
            var region = last.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            var offset = Offsets(text, $"{{\"id\":\"idle-{stakeholders - 1}\"")[0];
            Assert.Equal(1, region.GetProperty("startLine").GetInt32());
            Assert.Equal(Encoding.UTF8.GetCharCount(text, 0, offset) + 1, region.GetProperty("startColumn").GetInt32());
            return work;
        }

        var small = Work(10_000, out _);
        var large = Work(40_000, out var size);

        Assert.True(large <= 3 * size, $"{large:N0} bytes counted in {size:N0} bytes");
        Assert.True(large <= 5 * small, $"4x the stakeholders: {small:N0} -> {large:N0} bytes counted");
    }

    [Fact]
    public void The_read_failures_of_a_minified_document_are_located_in_linear_work()
    {
        long Work(int stakeholders, out long size)
        {
            var text = Pathological.WithBadKinds(stakeholders);
            size = text.Length;
            DiagnosticList failures = null!;
            var work = Pathological.Work(() => WorkCounters.BytesScanned, () => failures = StrategyJson.Read(text, new StrategyReadOptions { MaxFailures = 100_000 }).AsT1);
            Assert.Equal(stakeholders, failures.Count);
            var last = failures[^1];
            Assert.Equal($"/stakeholders/{stakeholders + 5}/kind", last.Place);
            var offset = Offsets(text, "\"newspaper\"")[^1];
            Assert.Equal((1, Encoding.UTF8.GetCharCount(text, 0, offset) + 1), (last.Line, last.Column));
            return work;
        }

        var small = Work(10_000, out _);
        var large = Work(40_000, out var size);

        Assert.True(large <= 3 * size, $"{large:N0} bytes counted in {size:N0} bytes");
        Assert.True(large <= 5 * small, $"4x the failures: {small:N0} -> {large:N0} bytes counted");
    }

    private static int[] Offsets(byte[] text, string what)
    {
        var needle = Encoding.UTF8.GetBytes(what);
        var offsets = new List<int>();
        for (var at = 0; ;)
        {
            var next = text.AsSpan(at).IndexOf(needle);
            if (next < 0)
            {
                return [.. offsets];
            }

            offsets.Add(at + next);
            at += next + 1;
        }
    }

    private static bool IsWhole(byte[] text, int start, int end) =>
        (end >= text.Length || (text[end] & 0xC0) != 0x80) && (start >= text.Length || (text[start] & 0xC0) != 0x80);
}
