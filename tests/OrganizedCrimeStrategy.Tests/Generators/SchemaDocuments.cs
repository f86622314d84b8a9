using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Generators;

/// <summary>
/// JSON texts around the edge of what the published schema accepts: a written strategy of any kind (whole or not),
/// then one to three edits anywhere (a value replaced by one of many edge values, a member removed, a known or
/// unknown member added), written out with members in any order, any white space, escapes in strings and other
/// spellings of numbers. Most edits break the schema; a property keeps the texts the schema accepts.
/// </summary>
public static class SchemaDocuments
{
    /// <summary>Values at the edges of the format's rules, for every kind of member.</summary>
    private static readonly string[] EdgeValues =
    [
        "\"\"", "\" \"", "\"\\u0085\"", "\"\\u00a0\"", "\"\\ufeff\"", "\"\\u2028\"", "\"\\u3000 \"", "\"\\u001f\"", "\"a\"", "\"A1\"", "\"1a\"", "\"a b\"", "\"a\\n\"", "\"x-y\"", "\"mia\"",
        "\"ghost\"", "\"é\"", "\"😀\"", "\"2024-02-29\"", "\"2023-02-29\"", "\"2024-13-01\"", "\"2024-04-31\"", "\"0000-01-01\"", "\"0001-01-01\"",
        "\"9999-12-31\"", "\"2024-1-1\"", "\"UZB\"", "\"uzb\"", "\"USD\"", "\"usd\"", "\"16.4.1\"", "\"16.4.1a\"", "\"16..4\"", "\"SDG 16\"", "\"1.0\"",
        "\"1\"", "\"1.2.3\"", "\"2.0\"", "\"01.0\"", "\"1.0000000000000000000000000000000000\"", "\"en\"", "\"uz-Latn\"", "\"e\"", "\"planned\"",
        "\"inProgress\"", "\"Planned\"", "\"prevent\"", "\"quantitative\"", "\"qualitative\"", "\"outcome\"", "\"annual\"", "\"high\"", "\"public\"",
        "\"midTerm\"", "\"government\"", "\"drafting\"", "\"none\"", "\"drafted\"", "\"increase\"", "\"x-localRacket\"", "\"UNTOC\"",
        "0", "-1", "1", "0.5", "-0.0", "1e30", "1e-30", "79228162514264337593543950335", "79228162514264337593543950336", "1e308", "-1e308",
        "1.7976931348623157e308", "1e400", "true", "false", "null", "[]", "{}", "[\"a\"]", "[\"a\", \"a\"]", "[\"none\", \"drafted\"]", "[1]",
        "{\"en\": \"x\"}", "{\"en\": \" \"}", "{\"en\": \"x\", \"ru\": \"\"}", "{\"en_US\": \"x\"}", "{\"value\": 1, \"date\": \"2024-01-01\"}",
        "{\"level\": \"none\", \"date\": \"2024-01-01\"}", "{\"amount\": 1, \"currency\": \"USD\"}", "{\"start\": \"2024-01-01\", \"end\": \"2025-01-01\"}",
        "{\"instrument\": \"UNTOC\"}", "{\"crimeType\": \"corruption\", \"priority\": \"high\"}",
    ];

    /// <summary>Members the format knows somewhere, and members it knows nowhere.</summary>
    private static readonly string[] MemberNames =
    [
        "id", "title", "name", "kind", "acronym", "parent", "lead", "partners", "start", "end", "status", "budget", "fundingSource", "crimeTypes",
        "targetGroups", "indicators", "references", "description", "summary", "sdg", "unit", "direction", "scale", "baseline", "target",
        "measurements", "level", "type", "frequency", "responsible", "disaggregation", "dataSource", "chair", "members", "meetings", "body",
        "evaluations", "evaluator", "due", "participants", "channel", "authority", "plannedDate", "adoptedDate", "milestones", "done", "source",
        "amount", "purpose", "instrument", "article", "note", "date", "value", "priority", "threats", "sources", "pillar", "objectives",
        "currency", "vision", "period", "$schema", "schemaVersion", "orgId", "resilience", "x-local", "Lead", "ID", "extra",
    ];

    /// <summary>A JSON text: a written strategy with edits, in a random layout.</summary>
    public static Gen<string> Document() =>
        from strategy in AnyStrategyGenerators.Strategy()
        from edits in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Edit(), n))
        from seed in Gen.Choose(0, int.MaxValue)
        select Write(edits.Aggregate(JsonNode.Parse(StrategyJson.Write(strategy))!, Apply), new Random(seed));

    /// <summary>The arbitrary of <see cref="Document"/> (no shrinking).</summary>
    public static Arbitrary<string> DocumentArbitrary() => Arb.From(Document());

    private static Gen<(int Kind, int Where, int What)> Edit() =>
        from kind in Gen.Choose(0, 2)
        from at in Gen.Choose(0, int.MaxValue)
        from what in Gen.Choose(0, int.MaxValue)
        select (kind, at, what);

    /// <summary>Edits one place: 0 replaces a value, 1 removes a member, 2 adds (or replaces) a member.</summary>
    private static JsonNode Apply(JsonNode root, (int Kind, int Where, int What) edit)
    {
        var places = new List<JsonNode>();
        Collect(root, places);
        var place = places[edit.Where % places.Count];
        var value = JsonNode.Parse(EdgeValues[edit.What % EdgeValues.Length]);
        switch (edit.Kind)
        {
            case 0 when place.Parent is JsonObject parent:
                parent[place.GetPropertyName()] = value;
                break;
            case 0 when place.Parent is JsonArray array:
                array[place.GetElementIndex()] = value;
                break;
            case 1 when place.Parent is JsonObject parent:
                parent.Remove(place.GetPropertyName());
                break;
            case 2 when place is JsonObject target:
                target[MemberNames[edit.What % MemberNames.Length]] = value;
                break;
        }

        return root;
    }

    private static void Collect(JsonNode node, List<JsonNode> places)
    {
        places.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        Collect(child, places);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Collect(child, places);
                    }
                }

                break;
        }
    }

    /// <summary>Writes JSON with members in a random order, random white space, random escapes and number spellings.</summary>
    public static string Write(JsonNode? node, Random random)
    {
        var builder = new StringBuilder();
        Write(node, random, builder);
        return builder.ToString();
    }

    private static readonly string[] Spaces = ["", " ", "\n", "\n    ", "\t", "\r\n"];

    private static void Space(Random random, StringBuilder builder) => builder.Append(Spaces[random.Next(Spaces.Length)]);

    private static void Write(JsonNode? node, Random random, StringBuilder builder)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append('{');
                var members = obj.ToList();
                if (random.Next(3) == 0)
                {
                    members = [.. members.OrderBy(_ => random.Next())];
                }

                for (var i = 0; i < members.Count; i++)
                {
                    Space(random, builder);
                    String(members[i].Key, random, builder);
                    Space(random, builder);
                    builder.Append(':');
                    Space(random, builder);
                    Write(members[i].Value, random, builder);
                    Space(random, builder);
                    if (i < members.Count - 1)
                    {
                        builder.Append(',');
                    }
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    Space(random, builder);
                    Write(array[i], random, builder);
                    Space(random, builder);
                    if (i < array.Count - 1)
                    {
                        builder.Append(',');
                    }
                }

                builder.Append(']');
                break;
            case JsonValue value:
                var element = value.GetValue<JsonElement>();
                switch (element.ValueKind)
                {
                    case JsonValueKind.String:
                        String(element.GetString()!, random, builder);
                        break;
                    case JsonValueKind.Number:
                        Number(element.GetRawText(), random, builder);
                        break;
                    default:
                        builder.Append(element.GetRawText());
                        break;
                }

                break;
        }
    }

    /// <summary>A string with some characters escaped: <c>\uXXXX</c> for any, <c>\/</c> for a slash, the short forms where they exist.</summary>
    private static void String(string value, Random random, StringBuilder builder)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = random.Next(8) == 0;
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '/' when escape:
                    builder.Append("\\/");
                    break;
                case < ' ':
                    builder.Append(c switch { '\n' => "\\n", '\t' => "\\t", '\r' => "\\r", _ => $"\\u{(int)c:x4}" });
                    break;
                case var high when char.IsHighSurrogate(high) && i + 1 < value.Length:
                    // A pair is escaped whole or not at all: half a pair escaped is a lone surrogate.
                    var low = value[++i];
                    builder.Append(escape ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)high:X4}\\u{(int)low:X4}") : string.Concat(high, low));
                    break;
                default:
                    if (escape)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>Another spelling of the same number: an integer also as <c>n.0</c>, <c>ne0</c> or <c>0.nE1</c>.</summary>
    private static void Number(string raw, Random random, StringBuilder builder)
    {
        var integer = raw.AsSpan().IndexOfAny(".eE") < 0 && raw.Length < 15;
        builder.Append((integer ? random.Next(4) : 0) switch
        {
            1 => raw + ".0",
            2 => raw + "e0",
            3 when raw[0] != '-' => "0." + raw + "E" + raw.Length.ToString(CultureInfo.InvariantCulture),
            _ => raw,
        });
    }

    /// <summary>
    /// Whether the text keeps the rules of FORMAT.md that a JSON Schema cannot state, the schema's description says so,
    /// and the reader enforces: periods end after they start, other ends are not before their starts, the levels a
    /// qualitative indicator uses are on its scale, and a text names no language twice in different case.
    /// </summary>
    public static bool KeepsTheRulesASchemaCannotState(JsonNode root)
    {
        if (root is not JsonObject strategy)
        {
            return true;
        }

        if (strategy["period"] is JsonObject period && !Ordered(period, strict: true))
        {
            return false;
        }

        foreach (var consultation in Items(strategy["consultations"]))
        {
            if (!Ordered(consultation, strict: false))
            {
                return false;
            }
        }

        foreach (var direction in Items(strategy["directions"]))
        {
            foreach (var objective in Items(direction["objectives"]))
            {
                var indicators = Items(objective["indicators"]).ToList();
                foreach (var action in Items(objective["actions"]))
                {
                    if (!Ordered(action, strict: false))
                    {
                        return false;
                    }

                    indicators.AddRange(Items(action["indicators"]));
                }

                if (!indicators.All(LevelsOnScale))
                {
                    return false;
                }
            }
        }

        return NoLanguageTwice(root);
    }

    private static IEnumerable<JsonObject> Items(JsonNode? list) => list is JsonArray array ? array.OfType<JsonObject>() : [];

    private static bool Ordered(JsonObject element, bool strict) =>
        element["start"] is not JsonValue s || element["end"] is not JsonValue e
        || s.GetValueKind() != JsonValueKind.String || e.GetValueKind() != JsonValueKind.String
        || !FormatRules.TryParseDate(s.GetValue<string>(), out var start) || !FormatRules.TryParseDate(e.GetValue<string>(), out var end)
        || (strict ? end > start : end >= start);

    private static bool LevelsOnScale(JsonObject indicator)
    {
        if (indicator["type"] is not JsonValue type || type.GetValueKind() != JsonValueKind.String || type.GetValue<string>() != "qualitative")
        {
            return true;
        }

        var scale = indicator["scale"] is JsonArray levels
            ? levels.OfType<JsonValue>().Where(l => l.GetValueKind() == JsonValueKind.String).Select(l => l.GetValue<string>()).ToHashSet(StringComparer.Ordinal)
            : [];
        var used = new[] { indicator["baseline"], indicator["target"] }.OfType<JsonObject>().Concat(Items(indicator["measurements"]))
            .Select(v => v["level"]).OfType<JsonValue>().Where(l => l.GetValueKind() == JsonValueKind.String).Select(l => l.GetValue<string>());
        return used.All(scale.Contains);
    }

    private static bool NoLanguageTwice(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Select(m => m.Key).Where(FormatRules.IsValidLanguageTag).GroupBy(k => k, StringComparer.OrdinalIgnoreCase).All(g => g.Count() == 1)
            && obj.All(m => NoLanguageTwice(m.Value)),
        JsonArray array => array.All(NoLanguageTwice),
        _ => true,
    };
}
