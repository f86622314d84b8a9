using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrganizedCrimeStrategy.Tests.Generators;

namespace OrganizedCrimeStrategy.Tests.Hostile;

/// <summary>Valid documents mutated at random: reading never throws, and every failure's pointer resolves inside the document.</summary>
public class MutationProperties
{
    private static readonly JsonNode[] OtherValues = [JsonValue.Create(7)!, JsonValue.Create("text")!, JsonValue.Create(true)!, new JsonArray(1, "a"), new JsonObject { ["k"] = 1 }];

    private static List<(JsonObject Parent, string Name)> Members(JsonNode? node, List<(JsonObject, string)>? list = null)
    {
        list ??= [];
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    list.Add((obj, name));
                    Members(value, list);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Members(item, list);
                }

                break;
        }

        return list;
    }

    /// <summary>A generated document, mutated in one of several ways.</summary>
    private static Gen<(string Kind, byte[] Bytes)> Mutated() =>
        from strategy in StrategyGenerators.Strategy()
        let json = StrategyJson.Write(strategy)
        from kind in Gen.Elements("flip", "delete", "duplicate", "retype", "insert")
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select (kind, Mutate(kind, json, new Random(seed)));

    private static byte[] Mutate(string kind, string json, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (kind == "flip")
        {
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            return bytes;
        }

        if (kind == "insert")
        {
            var at = random.Next(bytes.Length);
            var junk = new[] { "{", "}", "[", "]", ",", ":", "\"", "null", "1e999", "\\u", "//", "\uD83D\uDE00" }[random.Next(12)];
            return [.. bytes[..at], .. Encoding.UTF8.GetBytes(junk), .. bytes[at..]];
        }

        var root = JsonNode.Parse(json)!;
        var members = Members(root);
        var (parent, name) = members[random.Next(members.Count)];
        switch (kind)
        {
            case "delete":
                parent.Remove(name);
                return Encoding.UTF8.GetBytes(root.ToJsonString());
            case "retype":
                parent[name] = OtherValues[random.Next(OtherValues.Length)].DeepClone();
                return Encoding.UTF8.GetBytes(root.ToJsonString());
            default:
                // A member written twice: JsonNode cannot hold that, so splice the text.
                var text = root.ToJsonString();
                var copy = $"\"{name}\":{parent[name]?.ToJsonString() ?? "null"}";
                var at = text.IndexOf(copy, StringComparison.Ordinal);
                return Encoding.UTF8.GetBytes(at < 0 ? text : text.Insert(at, copy + ","));
        }
    }

    private static bool Resolves(JsonElement root, string pointer) => Support.JsonPointers.TryResolve(root, pointer, out _);

    [Property(MaxTest = 500)]
    public Property Reading_a_mutated_document_never_throws_and_failures_point_inside_it() =>
        Prop.ForAll(Arb.From(Mutated()), mutated =>
        {
            var result = StrategyJson.Read(mutated.Bytes);
            if (result.IsT0)
            {
                return true;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(mutated.Bytes, new JsonDocumentOptions { MaxDepth = 256 });
            }
            catch (JsonException)
            {
                // Not JSON: the failure must say so, with a place.
                return result.AsT1.Any(f => f.Code == DiagnosticCode.Syntax && f.Line is not null);
            }

            using (document)
            {
                return result.AsT1.All(f => f.Place.Length == 0 || Resolves(document.RootElement, f.Place));
            }
        }).Label("mutations");
}
