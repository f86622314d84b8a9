using System.CommandLine;
using System.Text;
using OrganizedCrimeStrategy.Checks;
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
        var files = new Argument<string[]>("FILE") { Description = "Strategy documents to check.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "markdown");
        var stage = new Option<string?>("--stage") { Description = "Check against this stage instead of the document's own." };
        stage.AcceptOnlyFromAmong([.. FormatNames.All<StrategyStage>()]);
        var config = new Option<string?>("--config", "-c") { Description = "Settings file: {\"extends\": \"toolkit\", \"rules\": {\"OCS205\": \"off\"}}." };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at or above this severity.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "never");
        var language = new Option<string>("--lang") { Description = "Language of the messages (BCP 47: en, ru...).", DefaultValueFactory = _ => "en" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("check", "Check strategies for completeness against the toolkit ruleset.")
        {
            files, format, stage, config, failOn, language, output,
        };
        command.SetAction(parse =>
        {
            var settings = RuleSettings.Default;
            if (parse.GetValue(config) is { } configPath)
            {
                var loaded = RuleSettings.Load(configPath);
                if (loaded.TryPickT1(out var errors, out settings))
                {
                    Io.Report(configPath, errors, console);
                    return ExitCodes.Error;
                }
            }

            var options = new CheckOptions
            {
                Stage = parse.GetValue(stage) is { } s && FormatNames.TryParse<StrategyStage>(s, out var parsed) ? parsed : null,
                Language = parse.GetValue(language)!,
            };
            return Run(parse.GetValue(files)!, RuleSet.Create(settings), options, parse.GetValue(format)!, parse.GetValue(failOn)!, parse.GetValue(output), console);
        });
        return command;
    }

    private static int Run(string[] paths, RuleSet ruleSet, CheckOptions options, string format, string failOn, string? output, CliConsole console)
    {
        var checkedFiles = new List<(string Path, CheckResult Result, byte[] Bytes)>();
        var unreadable = false;
        var progress = console.ErrorIsTerminal && paths.Length > 1;
        for (var i = 0; i < paths.Length; i++)
        {
            if (progress)
            {
                console.Error.Write($"\r\u001b[2Kchecking [{i + 1}/{paths.Length}] {paths[i]}");
            }

            var (strategy, bytes) = Io.Read(paths[i], console);
            if (strategy is null)
            {
                unreadable = true;
                continue;
            }

            checkedFiles.Add((paths[i], ruleSet.Check(strategy, options), bytes!));
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

    private static string Render(List<(string Path, CheckResult Result, byte[] Bytes)> files, string format)
    {
        switch (format)
        {
            case "sarif":
                return SarifReport.Render([.. files.Select(f => new SarifDocument(f.Result, new SarifOptions
                {
                    ArtifactUri = SarifReport.ArtifactUri(f.Path),
                    Locate = new JsonLocator(f.Bytes).ToLookup(f.Result.Findings.Select(x => x.Pointer)),
                    ToolVersion = typeof(CheckCommand).Assembly.GetName().Version?.ToString(3),
                }))]) + "\n";
            case "json" when files.Count == 1:
                return JsonReport.Render(files[0].Result) + "\n";
            case "json":
                return "[\n" + string.Join(",\n", files.Select(f => JsonReport.Render(f.Result))) + "\n]\n";
            case "markdown":
                var markdown = new StringBuilder();
                foreach (var (path, result, _) in files)
                {
                    if (files.Count > 1)
                    {
                        markdown.Append("# ").Append(path).Append("\n\n");
                    }

                    markdown.Append(MarkdownReport.Render(result, files.Count > 1 ? 2 : 1)).Append('\n');
                }

                return markdown.ToString();
            default:
                var text = new StringBuilder();
                foreach (var (path, result, _) in files)
                {
                    text.Append("== ").Append(path).Append(" ==\n").Append(TextReport.Render(result)).Append('\n');
                }

                return text.ToString();
        }
    }
}
