using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Output;

/// <summary>
/// Writes a check result as JSON, in a documented, stable shape (version <see cref="Version"/>):
/// <code>
/// {
///   "version": "2.0",
///   "strategy": "UZB-NSOC", "stage": "drafting", "language": "en",
///   "score": 87.5, "scoring": "rule-weighted-1",
///   "counts": { "applicable": 40, "passed": 35, "failed": 5, "weight": 64, "earnedWeight": 56,
///               "bySeverity": { "error": {"applicable", "passed", "failed"}, "warning": {...}, "info": {...} } },
///   "pillars": { "prevent": { "score": 100, "counts": {...} }, "pursue": {...}, "protect": {...}, "promote": {...} },
///   "rules": [ { "ruleId": "OCS101", "name": "period-defined", "status": "passed"|"failed"|"notApplicable"|"off",
///                "severity": "warning", "applicable": 1, "passed": 1, "failed": 0 } ],
///   "findings": [ { "ruleId": "OCS301", "name": "action-has-lead", "severity": "error"|"warning"|"info",
///                   "message": "...", "pointer": "/directions/0/objectives/0/actions/1", "pillar": "prevent"|null } ]
/// }
/// </code>
/// Members always appear, in this order; <c>pillar</c> is <see langword="null"/> for a document-wide finding.
/// Scores are numbers from 0 to 100 (not rounded); findings are in report order. <c>scoring</c> names how the score
/// is computed (<see cref="Score.Method"/>): in <c>rule-weighted-1</c> each applicable rule counts once with its
/// severity's weight times the share of its checks that pass, and <c>weight</c> and <c>earnedWeight</c> are the sums
/// of those weights and contributions (score = 100 × earnedWeight / weight).
/// </summary>
/// <remarks>
/// Version 2.0 (was 1.0): the score is rule-weighted (<c>scoring</c> added), so <c>weight</c> now sums rules rather
/// than checks, and <c>passedWeight</c> became <c>earnedWeight</c>, a number that need not be whole.
/// </remarks>
public static class JsonReport
{
    /// <summary>The version of the shape written; a new member raises the minor version, a changed one the major.</summary>
    public const string Version = "2.0";

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the result with a JSON writer.</summary>
    /// <param name="result">The check result.</param>
    /// <param name="writer">The writer; it is flushed at the end.</param>
    public static void Write(CheckResult result, Utf8JsonWriter writer)
    {
        Guard.Against.Null(result);
        Guard.Against.Null(writer);
        writer.WriteStartObject();
        writer.WriteString("version", Version);
        writer.WriteString("strategy", result.StrategyId);
        writer.WriteString("stage", FormatNames.Of(result.Stage));
        writer.WriteString("language", result.Language);
        writer.WriteNumber("score", result.Score.Value);
        writer.WriteString("scoring", Score.Method);
        WriteCounts(writer, result.Score);
        writer.WriteStartObject("pillars");
        foreach (var entry in result.Pillars)
        {
            writer.WriteStartObject(FormatNames.Of(entry.Pillar));
            writer.WriteNumber("score", entry.Score.Value);
            WriteCounts(writer, entry.Score);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("rules");
        foreach (var outcome in result.Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", outcome.Rule.Id);
            writer.WriteString("name", outcome.Rule.Name);
            writer.WriteString("status", FormatNames.Of(outcome.Status));
            writer.WriteString("severity", FormatNames.Of(outcome.Severity));
            writer.WriteNumber("applicable", outcome.Checks.Applicable);
            writer.WriteNumber("passed", outcome.Checks.Passed);
            writer.WriteNumber("failed", outcome.Checks.Failed);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", finding.RuleId);
            writer.WriteString("name", finding.RuleName);
            writer.WriteString("severity", FormatNames.Of(finding.Severity));
            writer.WriteString("message", finding.Message);
            writer.WriteString("pointer", finding.Pointer);
            if (finding.Pillar is { } pillar)
            {
                writer.WriteString("pillar", FormatNames.Of(pillar));
            }
            else
            {
                writer.WriteNull("pillar");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes the result as indented UTF-8 JSON to a stream.</summary>
    /// <param name="result">The check result.</param>
    /// <param name="stream">The stream.</param>
    public static void Write(CheckResult result, Stream stream)
    {
        using var writer = new Utf8JsonWriter(Guard.Against.Null(stream), Indented);
        Write(result, writer);
    }

    /// <summary>Renders the result as indented JSON text.</summary>
    /// <param name="result">The check result.</param>
    /// <returns>The JSON.</returns>
    public static string Render(CheckResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            Write(result, writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteCounts(Utf8JsonWriter writer, Score score)
    {
        writer.WriteStartObject("counts");
        writer.WriteNumber("applicable", score.Checks.Applicable);
        writer.WriteNumber("passed", score.Checks.Passed);
        writer.WriteNumber("failed", score.Checks.Failed);
        writer.WriteNumber("weight", score.Weight);
        writer.WriteNumber("earnedWeight", score.EarnedWeight);
        writer.WriteStartObject("bySeverity");
        foreach (var severity in (ReadOnlySpan<Severity>)[Severity.Error, Severity.Warning, Severity.Info])
        {
            var counts = score.At(severity);
            writer.WriteStartObject(FormatNames.Of(severity));
            writer.WriteNumber("applicable", counts.Applicable);
            writer.WriteNumber("passed", counts.Passed);
            writer.WriteNumber("failed", counts.Failed);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
