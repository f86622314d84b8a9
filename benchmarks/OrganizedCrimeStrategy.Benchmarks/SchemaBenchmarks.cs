using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Json.Schema;
using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Json;

namespace OrganizedCrimeStrategy.Benchmarks;

/// <summary>
/// JSON Schema validation of the same bytes with JsonSchema.Net 8.0.5 against the published schema, beside reading
/// and checking with the library (target: read plus check faster than the schema evaluation alone).
/// </summary>
[MemoryDiagnoser]
public class SchemaBenchmarks
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(StrategySchema.Text);
    private static readonly EvaluationOptions Flag = new() { OutputFormat = OutputFormat.Flag };
    private byte[] _bytes = [];

    [ParamsSource(nameof(Sizes))]
    public int Actions { get; set; }

    public static IEnumerable<int> Sizes => Fixtures.SchemaSizes;

    [GlobalSetup]
    public void Setup() => _bytes = Fixtures.Of(Actions).Bytes;

    /// <summary>Parse and evaluate, in the fastest output format (flag).</summary>
    [Benchmark(Baseline = true)]
    public bool JsonSchemaNet()
    {
        using var document = JsonDocument.Parse(_bytes, new JsonDocumentOptions { MaxDepth = 64 });
        return Schema.Evaluate(document.RootElement, Flag).IsValid;
    }

    [Benchmark]
    public CheckResult ReadAndCheck() => RuleSet.Toolkit.Check(StrategyJson.Read(_bytes, Fixtures.ReadOptions).AsT0);
}
