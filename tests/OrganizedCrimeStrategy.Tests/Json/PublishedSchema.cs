using Json.Schema;

namespace OrganizedCrimeStrategy.Tests.Json;

/// <summary>The published JSON Schema, built once: JsonSchema.Net registers a schema by its <c>$id</c>, and refuses a second registration.</summary>
internal static class PublishedSchema
{
    public static JsonSchema Instance { get; } = JsonSchema.FromText(StrategySchema.Text);
}
