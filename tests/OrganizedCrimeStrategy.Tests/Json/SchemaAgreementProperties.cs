using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using OrganizedCrimeStrategy.Tests.Generators;

namespace OrganizedCrimeStrategy.Tests.Json;

/// <summary>
/// The published JSON Schema and the reader agree: every document the schema accepts, the reader reads, apart from
/// the rules the schema's own description names as not expressible (an end before a start, a level off the scale,
/// a language twice in different case), which the generator's filter keeps out. Ids used twice and references to
/// nobody are not among them: the schema accepts them and so does the reader.
/// </summary>
/// <remarks>
/// The schema is evaluated as another tool would, with JsonSchema.Net's defaults: <c>format</c> is an annotation in
/// draft 2020-12, so the schema's patterns alone must say what a date is.
/// </remarks>
public class SchemaAgreementProperties
{
    private static readonly JsonSchema Schema = PublishedSchema.Instance;

    internal static bool Accepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement).IsValid;
    }

    [Property(Arbitrary = [typeof(SchemaDocuments)], MaxTest = 1500)]
    public Property Every_document_the_schema_accepts_the_reader_reads(string json)
    {
        bool accepted;
        try
        {
            accepted = Accepts(json);
        }
        catch (FormatException) when (HasNumberBeyondDecimal(JsonNode.Parse(json)))
        {
            // JsonSchema.Net 8 compares the items of a uniqueItems array as decimals and throws for a number beyond
            // the decimal range: the validator cannot judge this document, so it tells nothing about the schema.
            return true.Classify(true, "beyond what JsonSchema.Net can evaluate");
        }

        if (!accepted)
        {
            return true.Classify(true, "rejected by the schema");
        }

        if (!SchemaDocuments.KeepsTheRulesASchemaCannotState(JsonNode.Parse(json)!))
        {
            return true.Classify(true, "breaks a rule the schema cannot state");
        }

        var read = StrategyJson.Read(json);
        return read.IsT0
            .Label(read.IsT1 ? $"The schema accepts, the reader refuses:\n{read.AsT1}\n--- document ---\n{json}" : string.Empty)
            .Classify(true, "accepted by the schema");
    }

    private static bool HasNumberBeyondDecimal(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(m => HasNumberBeyondDecimal(m.Value)),
        JsonArray array => array.Any(HasNumberBeyondDecimal),
        JsonValue value => value.GetValueKind() == JsonValueKind.Number && !value.GetValue<JsonElement>().TryGetDecimal(out _),
        _ => false,
    };

    [Fact]
    public void The_generator_gives_edited_documents_the_schema_accepts_and_rejects()
    {
        var sample = SchemaDocuments.Document().Sample(300, 30).Where(json => !HasNumberBeyondDecimal(JsonNode.Parse(json))).ToList();
        var accepted = sample.Count(Accepts);

        Assert.InRange(accepted, 30, 270);
        Assert.Contains(sample, json => Accepts(json) && json.Contains("\\u", StringComparison.Ordinal));

        // Among the accepted: texts that are not in canonical form, and documents with integrity problems.
        var read = sample.Where(Accepts).Select(json => (Json: json, Result: StrategyJson.Read(json))).Where(x => x.Result.IsT0).ToList();
        Assert.Contains(read, x => !CanonicalForm.Check(System.Text.Encoding.UTF8.GetBytes(x.Json)).AsT0.IsCanonical);
        Assert.Contains(read, x => x.Result.AsT0.FindIntegrityProblems().Count > 0);
    }
}
