using System.CommandLine;
using System.Globalization;
using OrganizedCrimeStrategy.Reports;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary><c>ocs report FILE [--output FILE] [--as-of DATE] [--lang TAG]</c>: the monitoring report as one self-contained HTML file.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The strategy document." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the HTML to this file instead of standard output." };
        var asOf = new Option<string?>("--as-of") { Description = "The report date, YYYY-MM-DD (default: today)." };
        var language = new Option<string>("--lang") { Description = "Language of the report (BCP 47: en, ru...); the document's texts fall back by language tag.", DefaultValueFactory = _ => "en" };
        var command = new Command("report", "Write the monitoring report: completeness, coverage, action timeline, indicator progress and milestones, as one HTML file that works offline.")
        {
            file, output, asOf, language,
        };
        command.SetAction(parse =>
        {
            var date = DateOnly.FromDateTime(console.Clock.GetLocalNow().DateTime);
            if (parse.GetValue(asOf) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                console.Error.WriteLine($"--as-of: '{text}' is not a date of the form YYYY-MM-DD.");
                return ExitCodes.Error;
            }

            var path = parse.GetValue(file)!;
            var (strategy, _) = Io.Read(path, console);
            if (strategy is null)
            {
                return ExitCodes.Error;
            }

            var html = HtmlReport.Render(strategy, new HtmlReportOptions { AsOf = date, Language = parse.GetValue(language)! });
            return Io.Write(html, parse.GetValue(output), console) ? ExitCodes.Success : ExitCodes.Error;
        });
        return command;
    }
}
