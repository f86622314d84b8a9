using System.CommandLine;
using System.Text;
using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Checks.Messages;
using OrganizedCrimeStrategy.Checks.Output;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Cli.Commands;

/// <summary>
/// <c>ocs check FILE... [--format text|json|sarif|markdown] [--stage STAGE] [--config FILE] [--fail-on LEVEL] [--lang TAG] [--output FILE]</c>.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Strategy documents to check: format 1.0 or StratML (imported, with a note on standard error); - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.Choices("text", "json", "sarif", "markdown");
        var stage = new Option<string?>("--stage") { Description = $"Check against this stage instead of the document's own: {string.Join(", ", FormatNames.All<StrategyStage>())}.", HelpName = "STAGE" };
        stage.AcceptOnlyFromAmong([.. FormatNames.All<StrategyStage>()]);
        var config = new Option<string?>("--config", "-c") { Description = "Settings file: {\"extends\": \"toolkit\", \"rules\": {\"OCS205\": \"off\"}}; - reads standard input.", HelpName = "FILE" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at or above this severity.", DefaultValueFactory = _ => "error" };
        failOn.Choices("error", "warning", "info", "never");
        var language = new Option<string>("--lang") { Description = "Language of the messages (BCP 47: en, ru...), falling back to shorter tags, then English.", DefaultValueFactory = _ => Languages.English, HelpName = "TAG" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of standard output.", HelpName = "FILE" };
        var command = new Command("check", "Check strategies for completeness against the toolkit ruleset.")
        {
            files, format, stage, config, failOn, language, output,
        };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files)!;
            var configPath = parse.GetValue(config);
            if (Io.ReadsStandardInputTwice([.. paths, configPath], console))
            {
                return ExitCodes.Error;
            }

            var settings = RuleSettings.Default;
            if (configPath is not null)
            {
                if (LoadSettings(configPath, console) is not { } loaded)
                {
                    return ExitCodes.Error;
                }

                settings = loaded;
            }

            var options = new CheckOptions
            {
                Stage = parse.GetValue(stage) is { } s && FormatNames.TryParse<StrategyStage>(s, out var parsed) ? parsed : null,
                Language = Languages.Choose(parse.GetValue(language)!, MessageFormatter.AvailableLanguages, forReport: false, console),
            };
            return Run(paths, RuleSet.Create(settings), options, parse.GetValue(format)!, parse.GetValue(failOn)!, parse.GetValue(output), console);
        });
        return command;
    }

    /// <summary>Reads the settings file (or standard input); on failure says why, one line per problem.</summary>
    private static RuleSettings? LoadSettings(string path, CliConsole console)
    {
        OneOf.OneOf<RuleSettings, DiagnosticList> result;
        if (path == Io.StandardInput)
        {
            if (Io.ReadBytes(path, RuleSettings.MaxFileBytes, console) is not { } bytes)
            {
                return null;
            }

            result = RuleSettings.Parse(bytes);
        }
        else
        {
            result = RuleSettings.Load(path);
        }

        return result.Match<RuleSettings?>(
            settings => settings,
            errors =>
            {
                Failures.Print(console, Io.NameOf(path), errors);
                return null;
            });
    }

    private static int Run(string[] paths, RuleSet ruleSet, CheckOptions options, string format, string failOn, string? output, CliConsole console)
    {
        var checkedFiles = new List<(Input Input, CheckResult Result)>();
        var unreadable = false;
        var progress = console.ErrorIsTerminal && paths.Length > 1;
        for (var i = 0; i < paths.Length; i++)
        {
            if (progress)
            {
                console.Error.Write($"\r\u001b[2K{CliMessages.Progress(i + 1, paths.Length, Io.NameOf(paths[i]))}");
            }

            var input = Io.Read(paths[i], console);
            if (input is null)
            {
                unreadable = true;
                continue;
            }

            Io.SayWhenImported(input, console);
            checkedFiles.Add((input, ruleSet.Check(input.Strategy, options)));
        }

        if (progress)
        {
            console.Error.Write("\r\u001b[2K");
        }

        if (checkedFiles.Count > 0 && !Io.Write(Render(checkedFiles, format), output, console))
        {
            return ExitCodes.Error;
        }

        if (unreadable)
        {
            return ExitCodes.Error;
        }

        Severity? threshold = failOn switch
        {
            "info" => Severity.Info,
            "warning" => Severity.Warning,
            "never" => null,
            _ => Severity.Error,
        };
        return threshold is { } t && checkedFiles.Any(f => f.Result.Findings.Any(finding => finding.Severity >= t)) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static string Render(List<(Input Input, CheckResult Result)> files, string format)
    {
        switch (format)
        {
            case "sarif":
                // Findings are located by line and column in a file of format 1.0; an imported document or standard
                // input has no such text to point into, so its findings keep their JSON Pointer only.
                return SarifReport.Render([.. files.Select(f => new SarifDocument(f.Result, new SarifOptions
                {
                    ArtifactUri = f.Input.IsStandardInput ? null : SarifReport.ArtifactUri(f.Input.Path),
                    Locate = f.Input.Document.IsImported ? null : new JsonLocator(f.Input.Bytes).ToLookup(f.Result.Findings.Select(x => x.Pointer)),
                    ToolVersion = typeof(CheckCommand).Assembly.GetName().Version?.ToString(3),
                }))]) + "\n";
            case "json" when files.Count == 1:
                return JsonReport.Render(files[0].Result) + "\n";
            case "json":
                return "[\n" + string.Join(",\n", files.Select(f => JsonReport.Render(f.Result))) + "\n]\n";
            case "markdown":
                var markdown = new StringBuilder();
                foreach (var (input, result) in files)
                {
                    if (files.Count > 1)
                    {
                        markdown.Append("# ").Append(input.Name).Append("\n\n");
                    }

                    markdown.Append(MarkdownReport.Render(result, files.Count > 1 ? 2 : 1)).Append('\n');
                }

                return markdown.ToString();
            default:
                var text = new StringBuilder();
                foreach (var (input, result) in files)
                {
                    text.Append("== ").Append(input.Name).Append(" ==\n").Append(TextReport.Render(result)).Append('\n');
                }

                return text.ToString();
        }
    }
}
