using System.Text;
using OrganizedCrimeStrategy.Reports;
using OrganizedCrimeStrategy.Reports.Html;

namespace OrganizedCrimeStrategy.Tests.Reports;

/// <summary>The report is written as it is produced, in chunks whose size does not grow with the strategy.</summary>
public sealed class HtmlReportStreamingTests(ITestOutputHelper output)
{
    /// <summary>The most one top-level write of the report may add to a chunk past <see cref="HtmlWriter.ChunkSize"/>: a table row, a chart row.</summary>
    private const int LargestPiece = 4096;

    private static readonly HtmlReportOptions Options = new() { AsOf = HtmlReportTests.AsOf };

    /// <summary>The sample with <paramref name="extra"/> more actions in its first objective, and as many more findings.</summary>
    private static Strategy WithMoreActions(int extra)
    {
        var sample = HtmlReportTests.Sample;
        var direction = sample.Directions[0];
        var objective = direction.Objectives[0];
        var more = Enumerable.Range(0, extra).Select(i => objective.Actions[0] with { Id = $"act-extra-{i}", Title = $"Extra action number {i}", Lead = null });
        return sample with
        {
            Directions = sample.Directions.SetItem(0, direction with
            {
                Objectives = direction.Objectives.SetItem(0, objective with { Actions = [.. objective.Actions, .. more] }),
            }),
        };
    }

    [Fact]
    public void Written_to_a_stream_the_report_is_the_rendered_one_in_utf8_without_a_byte_order_mark_and_the_stream_stays_open()
    {
        using var stream = new MemoryStream();

        HtmlReport.Write(HtmlReportTests.Sample, stream, Options);

        Assert.True(stream.CanWrite);
        var bytes = stream.ToArray();
        Assert.Equal((byte)'<', bytes[0]);
        Assert.Equal(Encoding.UTF8.GetBytes(HtmlReport.Render(HtmlReportTests.Sample, Options)), bytes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(300)]
    [InlineData(1200)]
    public void The_report_reaches_its_writer_in_chunks_bounded_whatever_the_size_of_the_strategy(int extra)
    {
        var strategy = WithMoreActions(extra);
        using var recorder = new HtmlWriterTests.ChunkRecorder();

        HtmlReport.Write(strategy, recorder, Options);

        var html = recorder.ToString();
        Assert.Equal(HtmlReport.Render(strategy, Options), html);
        Assert.Equal(0, recorder.Unflushed);
        Assert.Equal(html.Length, recorder.Chunks.Sum());
        Assert.True(recorder.Chunks.Count >= html.Length / (HtmlWriter.ChunkSize + LargestPiece), $"{recorder.Chunks.Count} chunks for {html.Length} characters");
        Assert.All(recorder.Chunks.SkipLast(1), chunk => Assert.InRange(chunk, HtmlWriter.ChunkSize, HtmlWriter.ChunkSize + LargestPiece));
        Assert.InRange(recorder.Chunks[^1], 1, HtmlWriter.ChunkSize + LargestPiece);
        output.WriteLine($"{extra} more actions: {html.Length} characters in {recorder.Chunks.Count} chunks, the largest {recorder.Chunks.Max()}");
    }
}
