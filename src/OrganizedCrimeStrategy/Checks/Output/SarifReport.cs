using System.Buffers;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Output;

/// <summary>One checked document for a SARIF log: its result, and where it is (artifact and locator).</summary>
/// <param name="Result">The check result.</param>
/// <param name="Options">The artifact URI and locator of the document.</param>
public sealed record SarifDocument(CheckResult Result, SarifOptions Options);

/// <summary>
/// Writes a check result as a SARIF 2.1.0 log (OASIS) for code-review and CI systems: one run whose
/// <c>tool.driver.rules</c> lists every rule of the ruleset and whose results carry the rule id and index, the level
/// (error, warning, note), the message and the JSON Pointer as a logical location, plus a physical location when
/// <see cref="SarifOptions"/> gives the artifact and a locator. The run's properties hold the strategy, stage and
/// score of each document and <c>scoring</c>, the name of how the score is computed (<see cref="Score.Method"/>).
/// </summary>
public static class SarifReport
{
    /// <summary>The name written in <c>tool.driver.name</c>.</summary>
    public const string ToolName = "OrganizedCrimeStrategy";

    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the log with a JSON writer.</summary>
    /// <param name="result">The check result.</param>
    /// <param name="writer">The writer; it is flushed at the end.</param>
    /// <param name="options">The artifact and locator; none when <see langword="null"/>.</param>
    public static void Write(CheckResult result, Utf8JsonWriter writer, SarifOptions? options = null)
    {
        Guard.Against.Null(result);
        Write([new SarifDocument(result, options ?? SarifOptions.Default)], writer);
    }

    /// <summary>
    /// Writes one log for several checked documents: one run, whose rules come from the first result (check all
    /// documents with one ruleset) and whose results are those of every document, each located in its own artifact.
    /// </summary>
    /// <param name="documents">The results with their artifact and locator; at least one.</param>
    /// <param name="writer">The writer; it is flushed at the end.</param>
    public static void Write(IReadOnlyList<SarifDocument> documents, Utf8JsonWriter writer)
    {
        Guard.Against.NullOrEmpty(documents);
        Guard.Against.Null(writer);
        var first = documents[0];
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", ToolName);
        writer.WriteString("version", first.Options.ToolVersion ?? LibraryVersion());
        writer.WriteStartArray("rules");
        for (var i = 0; i < first.Result.Rules.Count; i++)
        {
            var rule = first.Result.Rules[i].Rule;
            ruleIndex[rule.Id] = i;
            WriteRule(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteString("language", first.Result.Language);
        writer.WriteStartArray("results");
        foreach (var document in documents)
        {
            foreach (var finding in document.Result.Findings)
            {
                WriteResult(writer, finding, ruleIndex, document.Options);
            }
        }

        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        if (documents.Count == 1)
        {
            writer.WriteString("strategy", first.Result.StrategyId);
            writer.WriteString("stage", FormatNames.Of(first.Result.Stage));
            writer.WriteNumber("score", first.Result.Score.Value);
            writer.WriteString("scoring", Score.Method);
        }
        else
        {
            writer.WriteString("scoring", Score.Method);
            writer.WriteStartArray("documents");
            foreach (var document in documents)
            {
                writer.WriteStartObject();
                writer.WriteString("artifact", document.Options.ArtifactUri);
                writer.WriteString("strategy", document.Result.StrategyId);
                writer.WriteString("stage", FormatNames.Of(document.Result.Stage));
                writer.WriteNumber("score", document.Result.Score.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Renders one log for several checked documents as indented JSON text.</summary>
    /// <param name="documents">The results with their artifact and locator; at least one.</param>
    /// <returns>The SARIF log.</returns>
    public static string Render(IReadOnlyList<SarifDocument> documents)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            Write(documents, writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteRule(Utf8JsonWriter writer, RuleDescriptor rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", rule.Name);
        writer.WriteStartObject("shortDescription");
        writer.WriteString("text", rule.Description);
        writer.WriteEndObject();
        if (rule.HelpUri is { } help)
        {
            writer.WriteString("helpUri", help.AbsoluteUri);
        }

        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", Level(rule.DefaultSeverity));
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("fromStage", FormatNames.Of(rule.FromStage));
        writer.WriteString("source", rule.Source);
        if (rule.Escalation is { } escalation)
        {
            writer.WriteString("escalatesTo", FormatNames.Of(escalation.Severity));
            writer.WriteString("escalatesFromStage", FormatNames.Of(escalation.FromStage));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, Finding finding, Dictionary<string, int> ruleIndex, SarifOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        if (ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteString("level", Level(finding.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", finding.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        if (options.ArtifactUri is { } uri)
        {
            writer.WriteStartObject("physicalLocation");
            writer.WriteStartObject("artifactLocation");
            writer.WriteString("uri", uri);
            writer.WriteEndObject();
            if (options.Locate?.Invoke(finding.Pointer) is { } location)
            {
                writer.WriteStartObject("region");
                writer.WriteNumber("startLine", Math.Max(1, location.Line));
                writer.WriteNumber("startColumn", Math.Max(1, location.Column));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteStartArray("logicalLocations");
        writer.WriteStartObject();
        writer.WriteString("fullyQualifiedName", finding.Pointer);
        writer.WriteString("kind", "element");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        if (finding.Pillar is { } pillar)
        {
            writer.WriteString("pillar", FormatNames.Of(pillar));
        }

        writer.WriteString("ruleName", finding.RuleName);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Writes the log as indented UTF-8 JSON to a stream.</summary>
    /// <param name="result">The check result.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="options">The artifact and locator.</param>
    public static void Write(CheckResult result, Stream stream, SarifOptions? options = null)
    {
        using var writer = new Utf8JsonWriter(Guard.Against.Null(stream), Indented);
        Write(result, writer, options);
    }

    /// <summary>Renders the log as indented JSON text.</summary>
    /// <param name="result">The check result.</param>
    /// <param name="options">The artifact and locator.</param>
    /// <returns>The SARIF log.</returns>
    public static string Render(CheckResult result, SarifOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            Write(result, writer, options);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// The URI reference SARIF wants for a file path: a relative path stays relative (<c>samples/my%20plan.json</c>),
    /// an absolute one becomes a <c>file:</c> URI; spaces and non-ASCII letters are percent-encoded.
    /// </summary>
    /// <param name="path">A file path as the user gave it.</param>
    /// <returns>The URI reference.</returns>
    public static string ArtifactUri(string path)
    {
        Guard.Against.NullOrEmpty(path);
        if (Path.IsPathRooted(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        var segments = path.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    /// <summary>The SARIF level of a severity: error, warning, note.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The level.</returns>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string LibraryVersion()
    {
        var assembly = typeof(SarifReport).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
