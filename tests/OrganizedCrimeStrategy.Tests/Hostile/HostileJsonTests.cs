using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrganizedCrimeStrategy.Tests.Hostile;

/// <summary>
/// The corpus of bad documents (SECURITY.md): each gets its documented failure code, never an exception, within the
/// stated limits. Nothing here measures time: speed is the benchmarks' business (a timeout fails on a busy machine).
/// </summary>
public class HostileJsonTests
{
    private static readonly byte[] SampleBytes = File.ReadAllBytes(Samples.Uzbekistan);

    private static DiagnosticList Failures(byte[] json, StrategyReadOptions? options = null) =>
        StrategyJson.Read(json, options).Match(_ => throw new Xunit.Sdk.XunitException("Expected failures."), f => f);

    /// <summary>
    /// A complete document (every kind of member and value, minified so that every byte is structure or content)
    /// cut at every byte: each prefix is one located syntax failure. The sample itself is too long to cut at all of
    /// its 68,000 bytes (that is 2.3 billion bytes read) in a suite that must pass on a busy 2-core machine, so it is
    /// cut at its first and last 2 KiB and at a fixed random sample of the rest.
    /// </summary>
    [Fact]
    public void A_complete_document_truncated_at_every_byte_is_a_syntax_failure_never_an_exception()
    {
        var complete = StrategyJson.WriteUtf8(Checks.CompleteStrategy.Build(), new StrategyWriteOptions { Indented = false });
        AssertTruncatedIsSyntax(complete, Enumerable.Range(0, complete.Length - 1));
    }

    [Fact]
    public void The_sample_truncated_anywhere_is_a_syntax_failure_never_an_exception()
    {
        var random = new Random(14);
        var lengths = Enumerable.Range(0, 2048)
            .Concat(Enumerable.Range(SampleBytes.Length - 2048, 2047))
            .Concat(Enumerable.Range(0, 1000).Select(_ => random.Next(SampleBytes.Length - 1)));
        AssertTruncatedIsSyntax(SampleBytes, lengths);
    }

    private static void AssertTruncatedIsSyntax(byte[] document, IEnumerable<int> lengths)
    {
        foreach (var length in lengths)
        {
            var failure = Assert.Single(Failures(document[..length]));
            Assert.Equal(DiagnosticCode.Syntax, failure.Code);
            Assert.NotNull(failure.Line);
        }
    }

    public static TheoryData<string> MemberPaths()
    {
        var data = new TheoryData<string>();
        void Walk(JsonNode? node, string pointer)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj)
                    {
                        if (!name.StartsWith("x-", StringComparison.Ordinal))
                        {
                            data.Add($"{pointer}/{name}");
                            Walk(value, $"{pointer}/{name}");
                        }
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], $"{pointer}/{i}");
                    }

                    break;
            }
        }

        Walk(JsonNode.Parse(SampleBytes), string.Empty);
        return data;
    }

    private static JsonNode OtherType(JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.String => JsonValue.Create(42),
        JsonValueKind.Number => JsonValue.Create("42"),
        JsonValueKind.Object => new JsonArray(),
        JsonValueKind.Array => new JsonObject(),
        _ => JsonValue.Create("x"),
    };

    [Fact]
    public void A_wrong_type_at_every_member_is_wrong_type_at_that_pointer()
    {
        var paths = MemberPaths();
        Assert.True(paths.Count > 1000);
        var misses = new List<string>();
        foreach (var pointer in paths.Select(p => (string)p.Data))
        {
            var root = JsonNode.Parse(SampleBytes)!;
            var segments = pointer.Split('/')[1..];
            JsonNode parent = root;
            foreach (var segment in segments[..^1])
            {
                parent = parent is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]! : parent[segment]!;
            }

            var obj = (JsonObject)parent;
            var name = segments[^1];
            obj[name] = OtherType(obj[name]);
            var failures = Failures(Encoding.UTF8.GetBytes(root.ToJsonString()));
            if (!failures.Any(f => f.Place == pointer && f.Code == DiagnosticCode.WrongType))
            {
                misses.Add($"{pointer}: {failures}");
            }
        }

        Assert.Empty(misses);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("123456789012345678901234567890123456789e999")]
    public void A_number_beyond_a_double_is_invalid_value(string number)
    {
        var json = Encoding.UTF8.GetString(SampleBytes);
        var at = json.IndexOf("\"value\": ", StringComparison.Ordinal) + 9;
        var end = json.IndexOfAny([',', '\n', '}'], at);
        var failure = Assert.Single(Failures(Encoding.UTF8.GetBytes(json[..at] + number + json[end..])));
        Assert.Equal(DiagnosticCode.InvalidValue, failure.Code);
        Assert.EndsWith("/value", failure.Place, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_beyond_a_decimal_is_invalid_value()
    {
        var json = Encoding.UTF8.GetString(SampleBytes);
        var at = json.IndexOf("\"amount\": ", StringComparison.Ordinal) + 10;
        var end = json.IndexOfAny([',', '\n', '}'], at);
        var failure = Assert.Single(Failures(Encoding.UTF8.GetBytes(json[..at] + "1e30" + json[end..])));
        Assert.Equal(DiagnosticCode.InvalidValue, failure.Code);
        Assert.EndsWith("/amount", failure.Place, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"\\udc00x\"")]
    [InlineData("\"a\\ud800\\u0041\"")]
    public void An_escaped_lone_surrogate_is_invalid_value_even_in_an_unknown_member(string value)
    {
        var json = Encoding.UTF8.GetString(SampleBytes).Replace("\"x-note\": ", $"\"x-other\": {value}, \"x-note\": ", StringComparison.Ordinal);
        var failure = Assert.Single(Failures(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(DiagnosticCode.InvalidValue, failure.Code);
        Assert.Equal("/x-other", failure.Place);
    }

    [Fact]
    public async Task A_100_MiB_string_is_too_large_by_default_and_read_when_the_limit_allows_it()
    {
        var token = TestContext.Current.CancellationToken;
        await Task.Yield();
        token.ThrowIfCancellationRequested();
        var head = "{\"schemaVersion\": \"1.0\", \"id\": \"s\", \"country\": \"UZB\", \"title\": \"T\", \"stage\": \"drafting\", \"stakeholders\": [], \"directions\": [], \"x-big\": \""u8.ToArray();
        var bytes = new byte[head.Length + (100 << 20) + 2];
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length, 100 << 20).Fill((byte)'a');
        "\"}"u8.CopyTo(bytes.AsSpan(bytes.Length - 2));

        Assert.Equal(DiagnosticCode.TooLarge, Assert.Single(Failures(bytes)).Code);
        var strategy = StrategyJson.Read(bytes, new StrategyReadOptions { MaxBytes = 128L << 20 }).AsT0;
        Assert.Equal(100 << 20, strategy.Extensions[0].Value.GetString()!.Length);
    }

    [Fact]
    public async Task A_million_stakeholders_are_read_within_the_default_limits()
    {
        var token = TestContext.Current.CancellationToken;
        await Task.Yield();
        token.ThrowIfCancellationRequested();
        var builder = new StringBuilder("{\"schemaVersion\":\"1.0\",\"id\":\"s\",\"country\":\"UZB\",\"title\":\"T\",\"stage\":\"drafting\",\"directions\":[],\"stakeholders\":[");
        for (var i = 0; i < 1_000_000; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append("{\"id\":\"s").Append(i).Append("\",\"name\":\"N\",\"kind\":\"other\"}");
        }

        var bytes = Encoding.UTF8.GetBytes(builder.Append("]}").ToString());
        Assert.True(bytes.Length < StrategyReadOptions.Default.MaxBytes);
        var strategy = StrategyJson.Read(bytes).AsT0;
        Assert.Equal(1_000_000, strategy.Stakeholders.Count);
        Assert.Same(strategy.Stakeholders[999_999], strategy.FindStakeholder("s999999"));
    }

    [Fact]
    public async Task A_million_bad_values_stop_at_the_failure_limit()
    {
        var token = TestContext.Current.CancellationToken;
        await Task.Yield();
        token.ThrowIfCancellationRequested();
        var builder = new StringBuilder("{\"schemaVersion\":\"1.0\",\"id\":\"s\",\"country\":\"UZB\",\"title\":\"T\",\"stage\":\"drafting\",\"directions\":[],\"stakeholders\":[");
        for (var i = 0; i < 1_000_000; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append("{\"id\":\"s").Append(i).Append("\",\"name\":\"N\",\"kind\":\"police\"}");
        }

        var failures = Failures(Encoding.UTF8.GetBytes(builder.Append("]}").ToString()));
        Assert.Equal(StrategyReadOptions.Default.MaxFailures + 1, failures.Count);
        Assert.All(failures, f => Assert.Equal(DiagnosticCode.InvalidValue, f.Code));
        Assert.Contains("StrategyReadOptions.MaxFailures", failures[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_million_stakeholders_with_one_id_are_read_and_the_first_is_found()
    {
        // Ids used twice are not read failures (FORMAT.md, Ref): the reader keeps them without a lookup per id, and
        // the rule OCS001 reports them (its linearity is tested on counted work in ScoreProperties).
        var token = TestContext.Current.CancellationToken;
        await Task.Yield();
        token.ThrowIfCancellationRequested();
        var builder = new StringBuilder("{\"schemaVersion\":\"1.0\",\"id\":\"s\",\"country\":\"UZB\",\"title\":\"T\",\"stage\":\"drafting\",\"directions\":[],\"stakeholders\":[");
        for (var i = 0; i < 1_000_000; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append("{\"id\":\"same\",\"name\":\"N").Append(i).Append("\",\"kind\":\"other\"}");
        }

        var strategy = StrategyJson.Read(Encoding.UTF8.GetBytes(builder.Append("]}").ToString())).AsT0;
        Assert.Equal(1_000_000, strategy.Stakeholders.Count);
        Assert.Same(strategy.Stakeholders[0], strategy.FindStakeholder("same"));
    }

    [Theory]
    [InlineData("\"stage\": \"drafting\"", "\"stage\": \"Drafting\"", "/stage")]
    [InlineData("\"pillar\": \"prevent\"", "\"pillar\": \"PREVENT\"", "/directions/0/pillar")]
    [InlineData("\"kind\": \"lawEnforcement\"", "\"kind\": \"law-enforcement\"", "/stakeholders/0/kind")]
    public void An_enum_value_in_the_wrong_case_is_invalid_value(string from, string to, string pointer)
    {
        var json = Encoding.UTF8.GetString(SampleBytes).Replace("\"stage\": \"consultation\"", "\"stage\": \"drafting\"", StringComparison.Ordinal);
        var at = json.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at > 0, from);
        var failure = Assert.Single(Failures(Encoding.UTF8.GetBytes(json[..at] + to + json[(at + from.Length)..])));
        Assert.Equal(DiagnosticCode.InvalidValue, failure.Code);
        Assert.Equal(pointer, failure.Place);
    }
}
