using System.Text;
using OrganizedCrimeStrategy.Interchange;

namespace OrganizedCrimeStrategy.Tests.Interchange;

/// <summary>
/// Hostile and broken input: each case gives a clear failure with its place, never an exception, a hang or unbounded
/// memory. Bounds are shown on counted work (the bytes a stream served), never on a clock or an allocation threshold,
/// which a busy machine makes flaky.
/// </summary>
public class StratMLBadInputTests
{
    private const string Part1Open = """<StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core">""";

    private static Diagnostic Fails(string xml, StratMLImportOptions? options = null) =>
        Assert.Single(StratML.Import(xml, options).Match(i => throw new Xunit.Sdk.XunitException("Expected a failure, imported a strategy."), f => f));

    [Theory]
    [InlineData(Part1Open + "<Name>x</StrategicPlan>", 1)]
    [InlineData(Part1Open + "\n  <Name>x</Name>\n  <Goal attr=unquoted/>\n</StrategicPlan>", 3)]
    [InlineData(Part1Open + "\n<Name>a & b</Name></StrategicPlan>", 2)]
    [InlineData(Part1Open + "<Name>x</Name>", 1)]
    [InlineData(Part1Open + "<Name>x</Name></StrategicPlan><Second/>", 1)]
    [InlineData("{\"id\": \"not xml\"}", 1)]
    [InlineData("plain text", 1)]
    [InlineData("<a><b></a>", 1)]
    [InlineData(Part1Open + "<Name>&xxe;</Name></StrategicPlan>", 1)]
    public void Malformed_xml_is_a_syntax_failure_with_line_and_position(string xml, int line)
    {
        var failure = Fails(xml);
        Assert.Equal(DiagnosticCode.Syntax, failure.Code);
        Assert.Equal("syntax", failure.CodeName);
        Assert.Equal(line, failure.Line);
        Assert.True(failure.Column > 0, failure.ToString());
        Assert.StartsWith("Not well-formed XML: ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_document_is_a_syntax_failure() =>
        Assert.Equal(DiagnosticCode.Syntax, Fails(string.Empty).Code);

    [Fact]
    public void Bytes_that_are_not_utf8_are_a_syntax_failure()
    {
        var bytes = Encoding.UTF8.GetBytes(Part1Open + "<Name>x</Name></StrategicPlan>").ToList();
        bytes.InsertRange(bytes.Count - 30, [0xC3, 0x28]);
        var failure = Assert.Single(StratML.Import(bytes.ToArray().AsMemory()).AsT1);
        Assert.Equal(DiagnosticCode.Syntax, failure.Code);
        Assert.Equal(1, failure.Line);
    }

    [Fact]
    public void A_wrong_namespace_is_refused_with_the_expected_one()
    {
        var failure = Fails("<?xml version=\"1.0\"?>\n<StrategicPlan xmlns=\"urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport\"><Name>x</Name></StrategicPlan>");
        Assert.Equal(DiagnosticCode.NotStratML, failure.Code);
        Assert.Equal(("/StrategicPlan", 2, 2), (failure.Place, failure.Line, failure.Column));
        Assert.Contains(StratML.Part1Namespace, failure.Message, StringComparison.Ordinal);
        Assert.Contains("urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_namespace_is_refused() =>
        Assert.Contains("no namespace", Fails("<PerformancePlanOrReport Type=\"Strategic_Plan\"><Name>x</Name></PerformancePlanOrReport>").Message, StringComparison.Ordinal);

    [Fact]
    public void Another_root_element_is_not_stratml()
    {
        var failure = Fails("<html><body/></html>");
        Assert.Equal((DiagnosticCode.NotStratML, 1, 2), (failure.Code, failure.Line, failure.Column));
    }

    public static TheoryData<string, string> Dtds => new()
    {
        { "internal entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE StrategicPlan [<!ENTITY name \"x\">]>\n" + Part1Open + "<Name>&name;</Name></StrategicPlan>" },
        { "external entity (XXE)", "<?xml version=\"1.0\"?>\n<!DOCTYPE StrategicPlan [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n" + Part1Open + "<Name>&xxe;</Name></StrategicPlan>" },
        { "external DTD over the network", "<?xml version=\"1.0\"?>\n<!DOCTYPE StrategicPlan SYSTEM \"http://192.0.2.1/stratml.dtd\">\n" + Part1Open + "<Name>x</Name></StrategicPlan>" },
        { "parameter entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE StrategicPlan [<!ENTITY % remote SYSTEM \"http://192.0.2.1/x.dtd\"> %remote;]>\n" + Part1Open + "</StrategicPlan>" },
        { "billion laughs", BillionLaughs() },
    };

    [Theory]
    [MemberData(nameof(Dtds))]
    public void A_dtd_is_refused_before_any_entity_is_expanded_or_fetched(string what, string xml)
    {
        // Refused at the declaration itself (line 2, column 1): before any entity could be declared, let alone expanded
        // or fetched (the external ones name an unroutable address).
        var failure = Fails(xml);
        Assert.Equal(DiagnosticCode.Prohibited, failure.Code);
        Assert.Equal((2, 1), (failure.Line, failure.Column));
        Assert.Contains("DTD", failure.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, failure.Place);
        Assert.NotEmpty(what);
    }

    [Fact]
    public void A_dtd_in_a_stream_is_located_too()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(BillionLaughs()));
        var failure = Assert.Single(StratML.Import(stream).AsT1);
        Assert.Equal((DiagnosticCode.Prohibited, 2, 1), (failure.Code, failure.Line, failure.Column));
    }

    [Fact]
    public void A_100_MiB_document_stops_at_the_64_MiB_limit_without_holding_it()
    {
        var stream = new GeneratedDocument(100L * 1024 * 1024, GeneratedDocument.Shape.OneLongText);
        var failure = Assert.Single(StratML.Import(stream).AsT1);

        var limit = StratMLImportOptions.Default.MaxBytes;
        Assert.Equal(64L * 1024 * 1024, limit);
        Assert.Equal(DiagnosticCode.TooLarge, failure.Code);
        // The first byte beyond the limit, on the fourth line: after the three lines of the head.
        var fourthLine = Encoding.UTF8.GetByteCount($"<?xml version=\"1.0\"?>\n{Part1Open}\n<Name>Big</Name>\n");
        Assert.Equal(("/StrategicPlan/Description", 4, (int)(limit - fourthLine + 1)), (failure.Place, failure.Line, failure.Column));
        Assert.Contains("MaxBytes", failure.Message, StringComparison.Ordinal);
        Assert.True(stream.Served <= limit + (1024 * 1024), $"Read {stream.Served:N0} bytes: the reader did not stop at the limit.");
    }

    [Fact]
    public void A_100_MiB_document_of_tiny_elements_stops_at_the_element_limit()
    {
        var stream = new GeneratedDocument(100L * 1024 * 1024, GeneratedDocument.Shape.TinyElements);
        var failure = Assert.Single(StratML.Import(stream).AsT1);
        Assert.Equal(DiagnosticCode.TooLarge, failure.Code);
        Assert.Equal(4, failure.Line);
        Assert.Contains("StratMLImportOptions.MaxElements", failure.Message, StringComparison.Ordinal);

        // The element limit stops reading after about MaxElements tiny elements of 8 bytes: a few MiB of the 100, far
        // below the byte limit, so that the tree held is bounded by the element count.
        var elementBytes = (StratMLImportOptions.Default.MaxElements + 1L) * "<b>x</b>".Length;
        Assert.True(stream.Served <= elementBytes + (1024 * 1024), $"Read {stream.Served:N0} bytes for {StratMLImportOptions.Default.MaxElements:N0} elements.");
    }

    [Fact]
    public void The_size_limit_is_an_option_and_counts_the_utf8_bytes_of_a_string()
    {
        var options = new StratMLImportOptions { MaxBytes = 4096 };
        var xml = Part1Open + "\n<Name>" + new string('ж', 2100) + "</Name></StrategicPlan>";
        Assert.True(xml.Length < 4096);
        var failure = Fails(xml, options);

        // 4,096 bytes: the 67 of the first line and its line feed, 6 of <Name>, then 2,011 two-byte characters; the next is beyond.
        Assert.Equal((DiagnosticCode.TooLarge, 2, 6 + 2011 + 1), (failure.Code, failure.Line, failure.Column));
        Assert.Equal((DiagnosticCode.TooLarge, 2, 6 + 2011 + 1), (Assert.Single(StratML.Import(Encoding.UTF8.GetBytes(xml).AsMemory(), options).AsT1) is var b ? (b.Code, b.Line, b.Column) : default));
        Assert.Contains("4,096", failure.Message, StringComparison.Ordinal);
        Assert.True(StratML.Import(StratMLImportTests.Part1, options).IsT0);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_at_the_element_that_exceeds_it()
    {
        var xml = Part1Open + "\n" + string.Concat(Enumerable.Repeat("<Value>", 100)) + string.Concat(Enumerable.Repeat("</Value>", 100)) + "</StrategicPlan>";
        var failure = Fails(xml);
        Assert.Equal((DiagnosticCode.TooDeep, 2), (failure.Code, failure.Line));
        Assert.Equal(1 + (63 * "<Value>".Length) + 1, failure.Column);
        Assert.Equal(65, failure.Place.Split('/').Length - 1);
    }

    [Fact]
    public void A_stream_that_fails_is_an_io_failure()
    {
        var failure = Assert.Single(StratML.Import(new FailingStream()).AsT1);
        Assert.Equal(DiagnosticCode.Io, failure.Code);
    }

    [Fact]
    public void A_missing_file_is_an_io_failure()
    {
        var failure = Assert.Single(StratML.ImportFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "plan.xml")).AsT1);
        Assert.Equal(DiagnosticCode.Io, failure.Code);
    }

    [Property(MaxTest = 300)]
    public void Arbitrary_text_never_throws(string text) =>
        _ = StratML.Import(text ?? string.Empty);

    [Property(MaxTest = 200)]
    public void Arbitrary_text_inside_a_plan_never_throws(NonNull<string> name, NonNull<string> other)
    {
        var xml = Part1Open + "<Name>" + System.Security.SecurityElement.Escape(name.Get) + "</Name><OtherInformation>ocs:strategy "
            + System.Security.SecurityElement.Escape(other.Get) + "</OtherInformation><StrategicPlanCore><Goal><Name>G</Name><Description/></Goal></StrategicPlanCore></StrategicPlan>";
        _ = StratML.Import(xml);
    }

    private static string BillionLaughs()
    {
        var builder = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE StrategicPlan [\n  <!ENTITY lol0 \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            builder.Append($"  <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n");
        }

        return builder.Append("]>\n").Append(Part1Open).Append("<Name>&lol9;</Name></StrategicPlan>").ToString();
    }

    /// <summary>A StratML document of a given size, generated as it is read: never held in memory.</summary>
    private sealed class GeneratedDocument(long size, GeneratedDocument.Shape shape) : Stream
    {
        private static readonly byte[] Head = Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n{Part1Open}\n<Name>Big</Name>\n<Description>");
        private static readonly byte[] Tiny = "<b>x</b>"u8.ToArray();

        public enum Shape
        {
            OneLongText,
            TinyElements,
        }

        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => size;

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, size - Served);
            for (var i = 0; i < n; i++)
            {
                var p = Served + i;
                buffer[offset + i] = p < Head.Length ? Head[p] : shape == Shape.OneLongText ? (byte)'a' : Tiny[(p - Head.Length) % Tiny.Length];
            }

            Served += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class FailingStream : Stream
    {
        private int _reads;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_reads++ > 0)
            {
                throw new IOException("The network connection was lost.");
            }

            var head = Encoding.UTF8.GetBytes(Part1Open + "<Name>");
            head.CopyTo(buffer, offset);
            return head.Length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
