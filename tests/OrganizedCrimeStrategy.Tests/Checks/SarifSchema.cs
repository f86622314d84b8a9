using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace OrganizedCrimeStrategy.Tests.Checks;

/// <summary>
/// The published SARIF 2.1.0 schema from the shared vendor folder, evaluated with JsonSchema.Net.
/// </summary>
/// <remarks>
/// <para>
/// The folder is found by <see cref="Vendor"/>: <c>../shared/vendor</c> beside the repository root, or
/// <c>OCS_VENDOR_DIR</c>; a test that needs it is reported as skipped, with the reason, when it is absent.
/// </para>
/// <para>
/// The schema is draft-04, which JsonSchema.Net 8 does not implement. It is evaluated as draft-07 after checking
/// that every keyword it uses means the same in both drafts: the check below fails if the schema ever uses a
/// keyword outside that list (for instance draft-04's boolean <c>exclusiveMinimum</c>, which draft-07 changed).
/// The only draft-04 spelling it uses is the root <c>id</c> (draft-07 spells it <c>$id</c>). It is dropped rather than
/// renamed: every <c>$ref</c> in the schema is local (<c>#/definitions/...</c>, checked below), so the base URI does
/// not change what is validated, and JsonSchema.Net 8 refuses to build the schema under that <c>$id</c> ("Overwriting
/// registered schemas is not permitted"). <c>$schema</c> is pointed at the draft-07 meta-schema. The file itself is
/// read, never changed.
/// </para>
/// </remarks>
internal sealed class SarifSchema
{
    /// <summary>Keywords whose draft-04 meaning draft-07 keeps unchanged (plus annotations).</summary>
    private static readonly HashSet<string> SameInBothDrafts =
    [
        "$schema", "$ref", "title", "description", "default", "type", "enum", "properties", "additionalProperties", "required",
        "items", "minItems", "maxItems", "uniqueItems", "minimum", "maximum", "minLength", "maxLength", "pattern", "format",
        "anyOf", "oneOf", "allOf", "not", "definitions", "patternProperties", "multipleOf",
    ];

    // JsonSchema.Net registers a schema by its $id and refuses to register it twice: build it once per test run.
    private static readonly Lazy<(SarifSchema? Schema, string Path)> Instance = new(Build);

    private readonly JsonSchema _schema;

    private SarifSchema(JsonSchema schema) => _schema = schema;

    /// <summary>Loads the schema, or skips the calling test (fails it under OCS_REQUIRE_VENDOR=1) when the vendor folder is absent.</summary>
    public static SarifSchema Load()
    {
        var (schema, path) = Instance.Value;
        if (schema is null)
        {
            Vendor.Absent(path);
        }

        return schema!;
    }

    private static (SarifSchema? Schema, string Path) Build()
    {
        var path = Path.Combine(Vendor.Folder, "sarif", "sarif-schema-2.1.0.json");
        if (!File.Exists(path))
        {
            return (null, path);
        }

        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", (string?)root["$schema"]);
        var unexpected = new SortedSet<string>(StringComparer.Ordinal);
        CollectKeywords(root, unexpected, isRoot: true);
        Assert.True(unexpected.Count == 0, "The schema uses keywords whose meaning may differ between draft-04 and draft-07, or non-local references: " + string.Join(", ", unexpected));

        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        root.Remove("id");
        return (new SarifSchema(JsonSchema.FromText(root.ToJsonString())), path);
    }

    public EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return _schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    public static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation} ({d.EvaluationPath}): {string.Join("; ", d.Errors!.Select(e => $"{e.Key}: {e.Value}"))}"));

    private static void CollectKeywords(JsonNode? node, SortedSet<string> unexpected, bool isRoot)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        foreach (var (keyword, value) in schema)
        {
            if (!SameInBothDrafts.Contains(keyword) && !(isRoot && keyword == "id"))
            {
                unexpected.Add(keyword);
            }

            if (keyword == "$ref" && !((string?)value ?? string.Empty).StartsWith("#/definitions/", StringComparison.Ordinal))
            {
                unexpected.Add("$ref to " + (string?)value);
            }

            switch (keyword)
            {
                case "properties" or "definitions" or "patternProperties":
                    foreach (var (_, subschema) in value!.AsObject())
                    {
                        CollectKeywords(subschema, unexpected, isRoot: false);
                    }

                    break;
                case "items" or "additionalProperties" or "not":
                    if (value is JsonArray items)
                    {
                        foreach (var item in items)
                        {
                            CollectKeywords(item, unexpected, isRoot: false);
                        }
                    }
                    else
                    {
                        CollectKeywords(value, unexpected, isRoot: false);
                    }

                    break;
                case "anyOf" or "oneOf" or "allOf":
                    foreach (var item in value!.AsArray())
                    {
                        CollectKeywords(item, unexpected, isRoot: false);
                    }

                    break;
            }
        }
    }
}
