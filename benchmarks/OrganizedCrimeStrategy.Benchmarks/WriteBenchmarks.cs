using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Benchmarks;

/// <summary>Writing to a reused buffer, side by side with plain System.Text.Json serializing DTOs (the baseline).</summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private Strategy _strategy = null!;
    private StrategyDto _dto = null!;

    [ParamsSource(nameof(Sizes))]
    public int Actions { get; set; }

    public static IEnumerable<int> Sizes => Fixtures.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        var (strategy, bytes) = Fixtures.Of(Actions);
        _strategy = strategy;
        _dto = JsonSerializer.Deserialize(bytes, DtoContext.Default.StrategyDto)!;
    }

    [Benchmark(Baseline = true)]
    public int StjSourceGenerated()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true });
        JsonSerializer.Serialize(writer, _dto, DtoContext.Default.StrategyDto);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int Write()
    {
        _buffer.ResetWrittenCount();
        StrategyJson.Write(_strategy, _buffer);
        return _buffer.WrittenCount;
    }
}
