using System.CommandLine;
using System.Globalization;
using OrganizedCrimeStrategy.IO;
using OrganizedCrimeStrategy.Reports;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary><c>ocs report FILE [--output FILE] [--as-of DATE] [--lang TAG]</c>: the monitoring report as one self-contained HTML file.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The strategy document: format 1.0 or StratML; - reads standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the HTML to this file (atomically) instead of standard output.", HelpName = "FILE" };
        var asOf = new Option<string?>("--as-of") { Description = "The report date, YYYY-MM-DD (default: today).", HelpName = "DATE" };
        var language = new Option<string>("--lang") { Description = "Language of the report (BCP 47: en, ru...); labels fall back to shorter tags, then English, the document's texts by language tag.", DefaultValueFactory = _ => Languages.English, HelpName = "TAG" };
        var command = new Command("report", "Write the monitoring report: completeness, coverage, action timeline, indicator progress and milestones, as one HTML file that works offline.")
        {
            file, output, asOf, language,
        };
        command.SetAction(parse =>
        {
            var date = DateOnly.FromDateTime(console.Clock.GetLocalNow().DateTime);
            if (parse.GetValue(asOf) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                console.Error.WriteLine(CliMessages.BadDate(text));
                return ExitCodes.Error;
            }

            var tag = Languages.Choose(parse.GetValue(language)!, ReportLabels.AvailableLanguages, forReport: true, console);
            var input = Io.Read(parse.GetValue(file)!, console);
            if (input is null)
            {
                return ExitCodes.Error;
            }

            Io.SayWhenImported(input, console);
            var options = new HtmlReportOptions { AsOf = date, Language = tag };
            if (parse.GetValue(output) is not { } path || path == Io.StandardInput)
            {
                HtmlReport.Write(input.Strategy, console.Out, options);
                return ExitCodes.Success;
            }

            // Streamed into the temporary file of AtomicFile: the report is never whole in memory, and a failure leaves the old file whole.
            return AtomicFile.Write(path, stream => HtmlReport.Write(input.Strategy, stream, options)).Match(
                _ => ExitCodes.Success,
                failure =>
                {
                    console.Error.WriteLine(CliMessages.CannotWrite(path, failure.Message));
                    return ExitCodes.Error;
                });
        });
        return command;
    }
}
