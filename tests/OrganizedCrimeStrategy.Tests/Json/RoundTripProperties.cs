using System.Text;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Tests.Generators;

namespace OrganizedCrimeStrategy.Tests.Json;

public class RoundTripProperties
{
    private static Strategy ReadOrFail(string json) =>
        StrategyJson.Read(json).Match(s => s, failures => throw new Xunit.Sdk.XunitException($"Read failed:\n{failures}\n--- document ---\n{json}"));

    [Property(Arbitrary = [typeof(StrategyGenerators)], MaxTest = 300)]
    public void Reading_what_was_written_gives_an_equal_model(Strategy strategy)
    {
        var json = StrategyJson.Write(strategy);
        Assert.Equal(strategy, ReadOrFail(json));
    }

    [Property(Arbitrary = [typeof(StrategyGenerators)], MaxTest = 300)]
    public void A_canonical_document_read_back_is_written_to_the_same_text(Strategy strategy)
    {
        var canonical = StrategyJson.Write(strategy);
        Assert.Equal(canonical, StrategyJson.Write(ReadOrFail(canonical)));
    }

    [Property(Arbitrary = [typeof(StrategyGenerators)], MaxTest = 100)]
    public void Compact_and_indented_forms_read_to_the_same_model(Strategy strategy)
    {
        var compact = StrategyJson.Write(strategy, new StrategyWriteOptions { Indented = false });
        Assert.DoesNotContain('\n', compact);
        Assert.Equal(strategy, ReadOrFail(compact));
    }

    [Property(Arbitrary = [typeof(StrategyGenerators)], MaxTest = 100)]
    public void Bytes_string_and_stream_reads_agree(Strategy strategy)
    {
        var bytes = StrategyJson.WriteUtf8(strategy);
        var fromBytes = StrategyJson.Read(bytes).AsT0;
        var fromString = StrategyJson.Read(Encoding.UTF8.GetString(bytes)).AsT0;
        using var stream = new MemoryStream(bytes);
        var fromStream = StrategyJson.Read(stream).AsT0;
        Assert.Equal(fromBytes, fromString);
        Assert.Equal(fromBytes, fromStream);
    }

    [Fact]
    public void Unknown_members_keep_their_order_and_values_and_come_after_known_ones()
    {
        const string json = """
            {"zeta": [1, 2.50, "три"], "schemaVersion": "1.3", "id": "s", "alpha": {"deep": {"x": null}}, "country": "KGZ",
             "title": {"ky": "Стратегия", "en": "Strategy"}, "stage": "drafting", "stakeholders": [],
             "directions": [{"id": "d", "x-order": 2, "title": "D", "pillar": "promote", "objectives": [], "x-after": true}]}
            """;
        var strategy = ReadOrFail(json);
        Assert.Equal(["zeta", "alpha"], strategy.Extensions.Select(e => e.Key));
        Assert.Equal("1.3", strategy.SchemaVersion);
        var written = StrategyJson.Write(strategy, new StrategyWriteOptions { Indented = false });
        Assert.Equal(
            """{"schemaVersion":"1.3","id":"s","country":"KGZ","title":{"ky":"Стратегия","en":"Strategy"},"stage":"drafting","stakeholders":[],"directions":[{"id":"d","title":"D","pillar":"promote","objectives":[],"x-order":2,"x-after":true}],"zeta":[1,2.50,"три"],"alpha":{"deep":{"x":null}}}""",
            written);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_not_written()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Minimal)).ToArray();
        var strategy = StrategyJson.Read(bytes).AsT0;
        Assert.False(StrategyJson.WriteUtf8(strategy).AsSpan().StartsWith(Encoding.UTF8.GetPreamble()));
    }

    [Fact]
    public void Non_latin_text_is_written_as_is_not_escaped()
    {
        var strategy = ReadOrFail(Minimal) with { Title = Text.Of(("uz-Cyrl", "Уюшган жиноятчиликка қарши стратегия"), ("en", "Strategy")) };
        Assert.Contains("Уюшган жиноятчиликка қарши стратегия", StrategyJson.Write(strategy));
    }

    [Fact]
    public void Numbers_keep_their_value_through_a_round_trip()
    {
        var strategy = ReadOrFail(Minimal.Replace("\"directions\": []", """
            "directions": [{"id": "d", "title": "D", "pillar": "pursue", "objectives": [{"id": "o", "title": "O", "actions": [], "indicators": [
              {"type": "quantitative", "id": "i", "name": "N", "level": "outcome", "baseline": {"value": 0.1, "date": "2024-01-01"},
               "target": {"value": 1e21, "date": "2029-01-01"}, "measurements": [{"date": "2025-01-01", "value": -3.5E-7}]}]}]}]
            """, StringComparison.Ordinal));
        var indicator = (QuantitativeIndicator)strategy.Indicators[0].Indicator;
        Assert.Equal(0.1, indicator.Baseline!.Value);
        Assert.Equal(1e21, indicator.Target!.Value);
        Assert.Equal(-3.5e-7, indicator.Measurements[0].Value);
        Assert.Equal(strategy, ReadOrFail(StrategyJson.Write(strategy)));
    }

    internal const string Minimal = """
        {"schemaVersion": "1.0", "id": "s", "country": "UZB", "title": "T", "stage": "drafting", "stakeholders": [], "directions": []}
        """;
}
