using System.CommandLine;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary>
/// <c>ocs convert IN --to json|stratml|stratml-report [--output OUT]</c>: between format 1.0 and StratML (ISO 17469),
/// the direction chosen by what the input is.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("IN") { Description = "A strategy in format 1.0 (JSON) or a StratML Part 1 or Part 2 document (XML)." };
        var to = new Option<string>("--to") { Description = "json: format 1.0; stratml: StratML Part 2 strategic plan; stratml-report: StratML Part 2 performance report (measurements as actual results).", Required = true };
        to.AcceptOnlyFromAmong("json", "stratml", "stratml-report");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("convert", "Convert between format 1.0 and StratML. Import notes (what had no place in the model, what was assumed) go to standard error.")
        {
            input, to, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var bytes = StrategyJson.ReadFileBytes(path);
            if (bytes.TryPickT1(out var io, out var content))
            {
                Io.Report(path, io, console);
                return ExitCodes.Error;
            }

            var strategy = Read(path, content, console);
            if (strategy is null)
            {
                return ExitCodes.Error;
            }

            var text = parse.GetValue(to) switch
            {
                "stratml" => Export(strategy, StratMLFlavor.Part2StrategicPlan, console),
                "stratml-report" => Export(strategy, StratMLFlavor.Part2PerformanceReport, console),
                _ => StrategyJson.Write(strategy),
            };
            return Io.Write(text, parse.GetValue(output), console) ? ExitCodes.Success : ExitCodes.Error;
        });
        return command;
    }

    private static Strategy? Read(string path, byte[] content, CliConsole console)
    {
        switch (DocumentFormats.Detect(content))
        {
            case DocumentFormat.StrategyJson:
                return StrategyJson.Read(content).Match<Strategy?>(s => s, failures =>
                {
                    Io.Report(path, failures, console);
                    return null;
                });
            case DocumentFormat.StratMLPart1 or DocumentFormat.StratMLPart2:
                return StratML.Import(content).Match<Strategy?>(
                    import =>
                    {
                        Io.Report(path, import.Notes, console);
                        return import.Strategy;
                    },
                    failures =>
                    {
                        Io.Report(path, failures, console);
                        return null;
                    });
            default:
                Io.Report(path, [new Diagnostic(DiagnosticCode.Syntax, "Neither a JSON strategy (starting with '{') nor a StratML document (root StrategicPlan or PerformancePlanOrReport).", string.Empty, 1, 1)], console);
                return null;
        }
    }

    private static string Export(Strategy strategy, StratMLFlavor flavor, CliConsole console)
    {
        var document = StratML.Export(strategy, flavor);
        foreach (var warning in document.Warnings)
        {
            console.Error.WriteLine($"warning: {warning.Pointer}: {warning.Message}");
        }

        return document.ToString();
    }
}
