using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Interchange;

/// <summary>
/// The lines of model data embedded in StratML text elements: <c>ocs:&lt;key&gt; &lt;payload&gt;</c>, one per line,
/// the payload a compact JSON object of format 1.0 members (or, for <c>ocs:language</c>, a language tag).
/// </summary>
internal static class ModelData
{
    public const string Prefix = "ocs:";

    public const string Language = "language";
    public const string Strategy = "strategy";
    public const string Stakeholder = "stakeholder";
    public const string Direction = "direction";
    public const string Placeholder = "placeholder";
    public const string Objective = "objective";
    public const string Action = "action";
    public const string Indicator = "indicator";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,

        // Cyrillic stays readable; control characters and non-characters are escaped, so the line is XML-safe.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One line: <c>ocs:key</c>, then a space and the payload when there is one.</summary>
    public static string Line(string key, JsonObject? payload)
    {
        if (payload is null || payload.Count == 0)
        {
            return Prefix + key;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            payload.WriteTo(writer);
        }

        return string.Concat(Prefix, key, " ", System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>A line of an element's text: model data (<see cref="Key"/> set) or free text.</summary>
    public readonly record struct Entry(string Text, string? Key, string? Payload);

    /// <summary>Splits a text into lines and recognizes those of model data.</summary>
    public static ImmutableArray<Entry> Split(string text)
    {
        var builder = ImmutableArray.CreateBuilder<Entry>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text[range].TrimEnd('\r');
            var trimmed = line.Trim();
            if (!trimmed.StartsWith(Prefix, StringComparison.Ordinal))
            {
                builder.Add(new Entry(line, null, null));
                continue;
            }

            var rest = trimmed[Prefix.Length..];
            var space = rest.IndexOfAny([' ', '\t']);
            var key = space < 0 ? rest : rest[..space];
            var payload = space < 0 ? null : rest[(space + 1)..].Trim();
            builder.Add(new Entry(line, key, string.IsNullOrEmpty(payload) ? null : payload));
        }

        return builder.ToImmutable();
    }

    /// <summary>Parses a payload into a JSON object.</summary>
    /// <returns>The object, or the reason it is not one.</returns>
    public static OneOf.OneOf<JsonObject, string> ParseObject(string? payload, int maxDepth)
    {
        if (payload is null)
        {
            return new JsonObject();
        }

        try
        {
            // Duplicate names are refused while parsing: a JsonObject would otherwise throw later, when first enumerated.
            return JsonNode.Parse(payload, documentOptions: new JsonDocumentOptions { MaxDepth = maxDepth, AllowDuplicateProperties = false }) is JsonObject json
                ? json
                : "the model data is not a JSON object";
        }
        catch (JsonException exception)
        {
            var message = exception.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return $"the model data is not valid JSON: {(cut > 0 ? message[..cut] : message).Trim()}";
        }
    }

    /// <summary>The text of a JSON text value (a string or an object of language tags), when it is a valid text.</summary>
    public static Text? ToText(JsonNode? node)
    {
        switch (node)
        {
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var plain = value.GetValue<string>();
                return string.IsNullOrWhiteSpace(plain) ? null : Text.FromTrusted([new TextEntry(string.Empty, plain)]);
            case JsonObject entries:
                var builder = ImmutableArray.CreateBuilder<TextEntry>(entries.Count);
                foreach (var (language, entry) in entries)
                {
                    if (entry is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
                    {
                        return null;
                    }

                    builder.Add(new TextEntry(language, v.GetValue<string>()));
                }

                var array = builder.MoveToImmutable();
                return Text.Validate(array.AsSpan(), out _) == TextProblem.None ? Text.FromTrusted(array) : null;
            default:
                return null;
        }
    }

    /// <summary>The language of the entry <see cref="Text.Get(string?)"/> returns for <paramref name="language"/>.</summary>
    public static string ResolvedLanguage(Text text, string language)
    {
        var tag = language.AsSpan();
        var entries = text.Entries;
        while (!tag.IsEmpty)
        {
            foreach (var entry in entries)
            {
                if (tag.Equals(entry.Language, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(entry.Value))
                {
                    return entry.Language;
                }
            }

            var dash = tag.LastIndexOf('-');
            tag = dash < 0 ? [] : tag[..dash];
        }

        foreach (var entry in entries)
        {
            if (entry.Language.Length == 0)
            {
                return entry.Language;
            }
        }

        foreach (var entry in entries)
        {
            if (!string.IsNullOrWhiteSpace(entry.Value))
            {
                return entry.Language;
            }
        }

        return entries[0].Language;
    }

    /// <summary>Every string member named <c>id</c> in a payload, at any depth.</summary>
    public static IEnumerable<string> Ids(JsonNode? node)
    {
        var stack = new Stack<JsonNode?>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj)
                    {
                        if (name == "id" && value is JsonValue id && id.GetValueKind() == JsonValueKind.String)
                        {
                            yield return id.GetValue<string>();
                        }
                        else
                        {
                            stack.Push(value);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        stack.Push(item);
                    }

                    break;
            }
        }
    }
}
