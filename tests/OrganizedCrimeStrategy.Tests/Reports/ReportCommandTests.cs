using OrganizedCrimeStrategy.Cli;
using OrganizedCrimeStrategy.Tests.Cli;

namespace OrganizedCrimeStrategy.Tests.Reports;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ocs-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    [Fact]
    public void Report_writes_one_html_file_as_of_the_date_in_the_language()
    {
        var output = Path.Combine(_folder, "report.html");

        var result = Ocs.Run("report", Samples.Uzbekistan, "--output", output, "--as-of", "2026-07-01", "--lang", "ru");

        Assert.Equal(0, result.Code);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(string.Empty, result.Error);
        var html = File.ReadAllText(output);
        Assert.Equal(HtmlReportTests.SampleReport("ru"), html);
    }

    [Fact]
    public void Without_output_the_report_goes_to_standard_output()
    {
        var result = Ocs.Run("report", Samples.Uzbekistan, "--as-of", "2026-07-01");

        Assert.Equal(0, result.Code);
        Assert.Equal(HtmlReportTests.SampleReport(), result.Out);
    }

    [Fact]
    public void The_date_defaults_to_today_by_the_consoles_clock()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, false) { Clock = new FixedClock(new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.Zero)) };

        var code = OcsApp.Run(["report", Samples.Uzbekistan], console);

        Assert.Equal(0, code);
        Assert.Equal(HtmlReportTests.SampleReport(), output.ToString());
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("01.07.2026")]
    [InlineData("today")]
    public void A_bad_date_is_exit_2_with_a_message(string date)
    {
        var result = Ocs.Run("report", Samples.Uzbekistan, "--as-of", date);

        Assert.Equal(2, result.Code);
        Assert.Contains($"--as-of: '{date}' is not a date of the form YYYY-MM-DD.", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void An_unreadable_document_is_exit_2_and_writes_no_file()
    {
        var broken = Path.Combine(_folder, "broken.json");
        File.WriteAllText(broken, "{\"schemaVersion\": \"1.0\"");
        var output = Path.Combine(_folder, "report.html");

        Assert.Equal(2, Ocs.Run("report", broken, "-o", output).Code);
        Assert.Equal(2, Ocs.Run("report", Path.Combine(_folder, "missing.json"), "-o", output).Code);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_report_over_an_old_one_replaces_it_whole()
    {
        var output = Path.Combine(_folder, "report.html");
        File.WriteAllText(output, new string('x', 500_000));

        var result = Ocs.Run("report", Samples.Uzbekistan, "-o", output, "--as-of", "2026-07-01");

        Assert.Equal(0, result.Code);
        Assert.Equal(HtmlReportTests.SampleReport(), File.ReadAllText(output));
        Assert.Equal([output], Directory.GetFiles(_folder));
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_exit_2_with_a_message_and_nothing_is_written()
    {
        var output = Path.Combine(_folder, "missing", "report.html");

        var result = Ocs.Run("report", Samples.Uzbekistan, "-o", output, "--as-of", "2026-07-01");

        Assert.Equal(2, result.Code);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith($"{output}: cannot write: ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(output)));
    }

    [Fact]
    public void The_command_is_listed_in_help()
    {
        var result = Ocs.Run("--help");

        Assert.Contains("report", result.Out, StringComparison.Ordinal);
        Assert.Contains("--as-of", Ocs.Run("report", "--help").Out, StringComparison.Ordinal);
    }
}
