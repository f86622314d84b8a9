using System.Text;

namespace OrganizedCrimeStrategy.Tests.Json;

public sealed class FileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ocs-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Strategy Sample => StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;

    [Fact]
    public void A_written_file_reads_back_equal_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "стратегия с пробелами.json");
        Assert.True(StrategyJson.WriteFile(Sample, path).IsT0);
        Assert.Equal(Sample, StrategyJson.ReadFile(path).AsT0);
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_failure_mid_write_leaves_the_old_file_intact()
    {
        var path = Path.Combine(_folder, "strategy.json");
        File.WriteAllText(path, "old content");
        var result = AtomicFile.Write(path, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("{\"schemaVersion\": \"1.0\", "));
            throw new IOException("disk full (injected)");
        });
        Assert.Contains("disk full", result.AsT1.Message, StringComparison.Ordinal);
        Assert.Equal("old content", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void Writing_over_an_existing_file_replaces_it()
    {
        var path = Path.Combine(_folder, "strategy.json");
        File.WriteAllText(path, "old content");
        Assert.True(StrategyJson.WriteFile(Sample, path).IsT0);
        Assert.Equal(StrategyJson.Write(Sample), File.ReadAllText(path));
    }

    [Fact]
    public void Writing_to_a_folder_that_does_not_exist_or_a_directory_is_a_failure()
    {
        Assert.True(StrategyJson.WriteFile(Sample, Path.Combine(_folder, "missing", "s.json")).IsT1);
        Assert.Contains("directory", StrategyJson.WriteFile(Sample, _folder).AsT1.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_a_stream_asynchronously_gives_the_same_strategy()
    {
        await using var stream = File.OpenRead(Samples.Uzbekistan);
        var strategy = (await StrategyJson.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken)).AsT0;
        Assert.Equal(Sample, strategy);
    }

    [Fact]
    public void An_empty_file_is_a_syntax_failure()
    {
        var path = Path.Combine(_folder, "empty.json");
        File.WriteAllBytes(path, []);
        Assert.Equal(DiagnosticCode.Syntax, StrategyJson.ReadFile(path).AsT1.Single().Code);
    }

    [Fact]
    public void The_schema_is_available_as_text_and_as_a_stream()
    {
        using var stream = new MemoryStream();
        StrategySchema.WriteTo(stream);
        Assert.Equal(StrategySchema.Text, Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Contains("\"$defs\"", StrategySchema.Text, StringComparison.Ordinal);
    }
}
