using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Benchmarks;

/// <summary>Reading UTF-8 bytes, side by side with the floor and with plain System.Text.Json into DTOs (the baseline).</summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private byte[] _bytes = [];

    [ParamsSource(nameof(Sizes))]
    public int Actions { get; set; }

    public static IEnumerable<int> Sizes => Fixtures.Sizes;

    [GlobalSetup]
    public void Setup() => _bytes = Fixtures.Of(Actions).Bytes;

    /// <summary>The floor: every token read, nothing done.</summary>
    [Benchmark]
    public int Floor()
    {
        var reader = new Utf8JsonReader(_bytes);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Baseline = true)]
    public StrategyDto? StjSourceGenerated() => JsonSerializer.Deserialize(_bytes, DtoContext.Default.StrategyDto);

    [Benchmark]
    public StrategyDto? StjReflection() => JsonSerializer.Deserialize<StrategyDto>(_bytes, DtoOptions.Reflection);

    [Benchmark]
    public Strategy Read() => StrategyJson.Read(_bytes, Fixtures.ReadOptions).AsT0;

    [Benchmark]
    public CheckResult ReadAndCheck() => RuleSet.Toolkit.Check(StrategyJson.Read(_bytes, Fixtures.ReadOptions).AsT0);
}
