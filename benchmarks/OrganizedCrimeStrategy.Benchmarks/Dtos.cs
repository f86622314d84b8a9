using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrganizedCrimeStrategy.Benchmarks;

// Plain mutable DTOs of the same shape as format 1.0: what a user could deserialize into with System.Text.Json
// instead of using the library. No validation, no unknown members, no failure list: the comparison is generous to them.
#pragma warning disable CA1002, CA2227, CA1819, CS1591

public sealed class StrategyDto
{
    [JsonPropertyName("$schema")] public string? Schema { get; set; }
    public string SchemaVersion { get; set; } = "";
    public string Id { get; set; } = "";
    public string Country { get; set; } = "";
    public TextDto? Title { get; set; }
    public TextDto? Vision { get; set; }
    public string Stage { get; set; } = "";
    public PeriodDto? Period { get; set; }
    public List<StakeholderDto> Stakeholders { get; set; } = [];
    public WorkingGroupDto? WorkingGroup { get; set; }
    public List<DirectionDto> Directions { get; set; } = [];
    public MonitoringDto? Monitoring { get; set; }
    public List<ConsultationDto>? Consultations { get; set; }
    public List<ReferenceDto>? References { get; set; }
}

/// <summary>A string, or an object from language to string.</summary>
[JsonConverter(typeof(TextDtoConverter))]
public sealed class TextDto
{
    public string? Plain { get; set; }
    public Dictionary<string, string>? Entries { get; set; }
}

public sealed class TextDtoConverter : JsonConverter<TextDto>
{
    public override TextDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new TextDto { Plain = reader.GetString() };
        }

        var entries = new Dictionary<string, string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            entries[key] = reader.GetString()!;
        }

        return new TextDto { Entries = entries };
    }

    public override void Write(Utf8JsonWriter writer, TextDto value, JsonSerializerOptions options)
    {
        if (value.Plain is not null)
        {
            writer.WriteStringValue(value.Plain);
            return;
        }

        writer.WriteStartObject();
        foreach (var (key, text) in value.Entries!)
        {
            writer.WriteString(key, text);
        }

        writer.WriteEndObject();
    }
}

public sealed class PeriodDto
{
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
}

public sealed class StakeholderDto
{
    public string Id { get; set; } = "";
    public TextDto? Name { get; set; }
    public string Kind { get; set; } = "";
    public string? Acronym { get; set; }
    public string? Parent { get; set; }
}

public sealed class WorkingGroupDto
{
    public string? Chair { get; set; }
    public List<string> Members { get; set; } = [];
}

public sealed class DirectionDto
{
    public string Id { get; set; } = "";
    public TextDto? Title { get; set; }
    public string Pillar { get; set; } = "";
    public List<ObjectiveDto> Objectives { get; set; } = [];
}

public sealed class ObjectiveDto
{
    public string Id { get; set; } = "";
    public TextDto? Title { get; set; }
    public List<IndicatorDto> Indicators { get; set; } = [];
    public List<ActionDto> Actions { get; set; } = [];
}

public sealed class ActionDto
{
    public string Id { get; set; } = "";
    public TextDto? Title { get; set; }
    public string? Lead { get; set; }
    public List<string>? Partners { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public string Status { get; set; } = "planned";
    public MoneyDto? Budget { get; set; }
    public List<string>? CrimeTypes { get; set; }
    public List<string>? TargetGroups { get; set; }
    public List<IndicatorDto>? Indicators { get; set; }
    public List<ReferenceDto>? References { get; set; }
}

public sealed class MoneyDto
{
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "";
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(QuantitativeDto), "quantitative")]
[JsonDerivedType(typeof(QualitativeDto), "qualitative")]
public abstract class IndicatorDto
{
    public string Id { get; set; } = "";
    public TextDto? Name { get; set; }
    public string Level { get; set; } = "";
    public TextDto? DataSource { get; set; }
    public string? Frequency { get; set; }
    public string? Responsible { get; set; }
    public string? Sdg { get; set; }
}

public sealed class QuantitativeDto : IndicatorDto
{
    public string? Unit { get; set; }
    public string? Direction { get; set; }
    public ValueDto? Baseline { get; set; }
    public ValueDto? Target { get; set; }
    public List<MeasurementDto>? Measurements { get; set; }
}

public sealed class QualitativeDto : IndicatorDto
{
    public List<string> Scale { get; set; } = [];
    public LevelDto? Baseline { get; set; }
    public LevelDto? Target { get; set; }
    public List<LevelMeasurementDto>? Measurements { get; set; }
}

public sealed class ValueDto
{
    public double Value { get; set; }
    public DateOnly Date { get; set; }
}

public sealed class LevelDto
{
    public string Level { get; set; } = "";
    public DateOnly Date { get; set; }
}

public sealed class MeasurementDto
{
    public DateOnly Date { get; set; }
    public double Value { get; set; }
    public TextDto? Note { get; set; }
}

public sealed class LevelMeasurementDto
{
    public DateOnly Date { get; set; }
    public string Level { get; set; } = "";
    public TextDto? Note { get; set; }
}

public sealed class MonitoringDto
{
    public string? Body { get; set; }
    public string? ReportingFrequency { get; set; }
    public List<EvaluationDto>? Evaluations { get; set; }
}

public sealed class EvaluationDto
{
    public string Kind { get; set; } = "";
    public DateOnly Due { get; set; }
    public string? Evaluator { get; set; }
}

public sealed class ConsultationDto
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public List<string>? Participants { get; set; }
}

public sealed class ReferenceDto
{
    public string Instrument { get; set; } = "";
    public string? Article { get; set; }
}

/// <summary>Source-generated metadata for the DTOs: the fastest thing System.Text.Json offers.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    WriteIndented = true)]
[JsonSerializable(typeof(StrategyDto))]
public sealed partial class DtoContext : JsonSerializerContext;

public static class DtoOptions
{
    /// <summary>The same settings without source generation: metadata by reflection.</summary>
    public static JsonSerializerOptions Reflection { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowOutOfOrderMetadataProperties = true,
        WriteIndented = true,
    };
}
