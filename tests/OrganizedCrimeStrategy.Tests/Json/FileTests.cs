using OrganizedCrimeStrategy.IO;
using System.Text;
using OrganizedCrimeStrategy.Interchange;

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
            throw new IOException($"No space left on device : '{Path.Combine(_folder, ".strategy.json.0123.tmp")}'", 28); // ENOSPC, as the runtime reports it
        });
        Assert.Equal("The disk is full.", result.AsT1.Message);
        Assert.Equal(path, result.AsT1.Path);
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
    public void A_write_failure_names_the_missing_folder_as_given_and_never_the_temporary_file()
    {
        var path = Path.Combine(_folder, "missing", "s.json");
        var failure = StrategyJson.WriteFile(Sample, path).AsT1;
        Assert.Equal(path, failure.Path);
        Assert.Equal($"The folder '{Path.Combine(_folder, "missing")}' does not exist.", failure.Message);

        var file = Path.Combine(_folder, "a file");
        File.WriteAllText(file, "x");
        Assert.Equal($"'{file}' is a file, not a folder.", StrategyJson.WriteFile(Sample, Path.Combine(file, "s.json")).AsT1.Message);
        Assert.DoesNotContain(".tmp", failure.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unauthorized", "No permission to write 'out/s.json' in the folder 'out'.")]
    [InlineData("enospc", "The disk is full.")]
    [InlineData("erofs", "The folder 'out' is on a read-only file system.")]
    [InlineData("other", "An input/output error stopped the write.")]
    [InlineData("too long", "The name is too long.")]
    public void Write_failures_read_as_sentences_about_the_path_given(string kind, string expected)
    {
        // The runtime's messages name the temporary file: none of their words may reach the user.
        const string RuntimeText = "Access to the path '/x/out/.s.json.0a1b.tmp' is denied.";
        Exception exception = kind switch
        {
            "unauthorized" => new UnauthorizedAccessException(RuntimeText),
            "enospc" => new IOException(RuntimeText, 28),
            "erofs" => new IOException(RuntimeText, 30),
            "too long" => new PathTooLongException(RuntimeText),
            _ => new IOException(RuntimeText),
        };
        Assert.Equal(expected, FileErrors.CannotWrite("out/s.json", exception));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("missing folder")]
    [InlineData("file as folder")]
    public void Read_failures_name_the_path_given_in_a_plain_sentence(string kind)
    {
        var file = Path.Combine(_folder, "a file");
        File.WriteAllText(file, "x");
        var (path, expected) = kind switch
        {
            "missing" => (Path.Combine(_folder, "nowhere.json"), $"'{Path.Combine(_folder, "nowhere.json")}' does not exist."),
            "missing folder" => (Path.Combine(_folder, "no", "s.json"), $"'{Path.Combine(_folder, "no", "s.json")}' does not exist: there is no folder '{Path.Combine(_folder, "no")}'."),
            _ => (Path.Combine(file, "s.json"), $"'{Path.Combine(file, "s.json")}' cannot be read: '{file}' is a file, not a folder."),
        };
        var failure = StrategyJson.ReadFile(path).AsT1.Single();
        Assert.Equal(DiagnosticCode.Io, failure.Code);
        Assert.Equal(expected, failure.Message);
        Assert.Equal(expected, StratML.ImportFile(path).AsT1.Single().Message);
        Assert.Equal(expected, RuleSettings.Load(path).AsT1.Single().Message);
        Assert.Equal($"No permission to read '{path}'.", FileErrors.CannotRead(path, new UnauthorizedAccessException("Access to the path is denied."), null));
    }

    [Fact]
    public async Task Reading_a_stream_asynchronously_gives_the_same_strategy()
    {
        await using var stream = File.OpenRead(Samples.Uzbekistan);
        var strategy = (await StrategyJson.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken)).AsT0;
        Assert.Equal(Sample, strategy);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n")]
    [InlineData("\uFEFF")]
    public void An_empty_document_is_a_syntax_failure_that_says_it_is_empty(string content)
    {
        var path = Path.Combine(_folder, "empty.json");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        var failure = StrategyJson.ReadFile(path).AsT1.Single();
        Assert.Equal(DiagnosticCode.Syntax, failure.Code);
        Assert.Equal("The document is empty: a strategy document is a JSON object, starting with '{'.", failure.Message);
        Assert.Equal((1, 1), (failure.Line, failure.Column));
        Assert.Equal(failure, StrategyJson.Read(content).AsT1.Single());
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
