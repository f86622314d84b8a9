using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Diff;

/// <summary>Renders a <see cref="StrategyComparison"/> as text for people, Markdown for pull requests, or JSON for tools.</summary>
public static class DiffFormats
{
    /// <summary>Plain text, one line per element and an indented line per changed member.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The text; "No changes." when there are none.</returns>
    public static string ToText(StrategyComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (!comparison.HasChanges)
        {
            return "No changes.\n";
        }

        var builder = new StringBuilder();
        foreach (var change in comparison.Changes)
        {
            var sign = change.Kind switch { ChangeKind.Added => '+', ChangeKind.Removed => '-', _ => '~' };
            builder.Append(sign).Append(' ').Append(FormatNames.Of(change.Element)).Append(' ').Append(change.Id);
            if (change.Title is not null)
            {
                builder.Append(" \"").Append(change.Title).Append('"');
            }

            var pointer = change.NewPointer ?? change.OldPointer;
            builder.Append(" (").Append(string.IsNullOrEmpty(pointer) ? "/" : pointer).Append(')').Append('\n');
            foreach (var member in change.Members)
            {
                builder.Append("    ").Append(member.Member).Append(": ")
                    .Append(member.OldValue ?? "(absent)").Append(" -> ").Append(member.NewValue ?? "(absent)").Append('\n');
            }
        }

        builder.Append(Summary(comparison)).Append('\n');
        return builder.ToString();
    }

    /// <summary>Markdown: a summary line and a table of changes.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(StrategyComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var builder = new StringBuilder("## Changes\n\n");
        if (!comparison.HasChanges)
        {
            return builder.Append("No changes.\n").ToString();
        }

        builder.Append(Summary(comparison)).Append("\n\n");
        builder.Append("| change | element | id | member | old | new |\n|---|---|---|---|---|---|\n");
        foreach (var change in comparison.Changes)
        {
            var head = $"| {FormatNames.Of(change.Kind)} | {FormatNames.Of(change.Element)} | `{change.Id}` ";
            if (change.Members.IsEmpty)
            {
                builder.Append(head).Append("| | | ").Append(Cell(change.Title)).Append(" |\n");
                continue;
            }

            foreach (var member in change.Members)
            {
                builder.Append(head).Append("| ").Append(member.Member).Append(" | ").Append(Cell(member.OldValue))
                    .Append(" | ").Append(Cell(member.NewValue)).Append(" |\n");
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// JSON: <c>{"summary": {"added", "removed", "changed"}, "changes": [{"change", "element", "id", "title", "oldPointer",
    /// "newPointer", "members": [{"member", "old", "new"}]}]}</c>; absent values are <c>null</c>.
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The JSON, indented.</returns>
    public static string ToJson(StrategyComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("summary");
            w.WriteNumber("added", comparison.Count(ChangeKind.Added));
            w.WriteNumber("removed", comparison.Count(ChangeKind.Removed));
            w.WriteNumber("changed", comparison.Count(ChangeKind.Changed));
            w.WriteEndObject();
            w.WriteStartArray("changes");
            foreach (var change in comparison.Changes)
            {
                w.WriteStartObject();
                w.WriteString("change", FormatNames.Of(change.Kind));
                w.WriteString("element", FormatNames.Of(change.Element));
                w.WriteString("id", change.Id);
                w.WriteString("title", change.Title);
                w.WriteString("oldPointer", change.OldPointer);
                w.WriteString("newPointer", change.NewPointer);
                w.WriteStartArray("members");
                foreach (var member in change.Members)
                {
                    w.WriteStartObject();
                    w.WriteString("member", member.Member);
                    w.WriteString("old", member.OldValue);
                    w.WriteString("new", member.NewValue);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static string Summary(StrategyComparison comparison) =>
        $"{comparison.Count(ChangeKind.Added)} added, {comparison.Count(ChangeKind.Removed)} removed, {comparison.Count(ChangeKind.Changed)} changed.";

    private static string Cell(string? value) =>
        value is null ? "" : value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
