using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Output;

/// <summary>Lists rules (id, name, severity, from-stage, source, what each asks) as text, Markdown or JSON, from their metadata.</summary>
public static class RuleCatalog
{
    /// <summary>Aligned columns for a terminal: each column as wide as its widest cell, two spaces between columns.</summary>
    /// <param name="rules">The rules, such as <see cref="RuleSet.ToolkitRules"/>.</param>
    /// <returns>The text.</returns>
    public static string ToText(IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var rows = rules.Select(rule => (string[])[rule.Id, rule.Name, Severity(rule), "from " + FormatNames.Of(rule.FromStage), $"{rule.Description} [{rule.Source}]"]).ToList();
        if (rows.Count == 0)
        {
            return string.Empty;
        }

        var widths = Enumerable.Range(0, rows[0].Length - 1).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            for (var column = 0; column < widths.Length; column++)
            {
                builder.Append(row[column].PadRight(widths[column])).Append("  ");
            }

            builder.Append(row[^1]).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>A Markdown table, as in the rules catalogue of the documentation.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The table.</returns>
    public static string ToMarkdown(IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var builder = new StringBuilder("| id | name | severity | from stage | source | what it asks |\n|---|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            builder.Append("| ").Append(rule.Id).Append(" | ").Append(rule.Name).Append(" | ").Append(Severity(rule))
                .Append(" | ").Append(FormatNames.Of(rule.FromStage)).Append(" | ").Append(Cell(rule.Source))
                .Append(" | ").Append(Cell(rule.Description)).Append(" |\n");
        }

        return builder.ToString();
    }

    /// <summary>JSON: <c>[{"id", "name", "severity", "escalation": {"severity", "fromStage"} | null, "fromStage", "source", "description"}]</c>.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The JSON, indented.</returns>
    public static string ToJson(IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var rule in rules)
            {
                w.WriteStartObject();
                w.WriteString("id", rule.Id);
                w.WriteString("name", rule.Name);
                w.WriteString("severity", FormatNames.Of(rule.DefaultSeverity));
                if (rule.Escalation is { } escalation)
                {
                    w.WriteStartObject("escalation");
                    w.WriteString("severity", FormatNames.Of(escalation.Severity));
                    w.WriteString("fromStage", FormatNames.Of(escalation.FromStage));
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("escalation");
                }

                w.WriteString("fromStage", FormatNames.Of(rule.FromStage));
                w.WriteString("source", rule.Source);
                w.WriteString("description", rule.Description);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static string Severity(RuleDescriptor rule) => rule.Escalation is { } escalation
        ? $"{FormatNames.Of(rule.DefaultSeverity)}, {FormatNames.Of(escalation.Severity)} from {FormatNames.Of(escalation.FromStage)}"
        : FormatNames.Of(rule.DefaultSeverity);

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal);
}
