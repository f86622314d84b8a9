using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Interchange;

/// <summary>
/// Writes a strategy as StratML with <see cref="XmlWriter"/>, element by element in the order of the XSDs'
/// sequences. The embedded model data of each element is computed from the element's format 1.0 JSON: every
/// member that has no StratML element, or whose element cannot hold it exactly, travels whole in the residual.
/// </summary>
internal sealed class StratMLWriter
{
    public const string LeadRole = "Lead";
    public const string PartnerRole = "Partner";
    public const string FundingRole = "Funding source";
    public const string TargetGroupRole = "Target group";
    public const string BaselineDescriptor = "Baseline";
    public const string LevelDescriptor = "Level";
    public const string ScaleSeparator = " < ";

    private static readonly StrategyWriteOptions Compact = new() { Indented = false };

    private readonly Strategy _strategy;
    private readonly StratMLFlavor _flavor;
    private readonly StratMLExportOptions _options;
    private readonly string _ns;
    private readonly bool _part2;
    private readonly string _part;
    private readonly List<ExportWarning> _warnings = [];
    private readonly HashSet<string> _identifiers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nameCounts = new(StringComparer.Ordinal);
    private XmlWriter _w = null!;

    private StratMLWriter(Strategy strategy, StratMLFlavor flavor, StratMLExportOptions options)
    {
        _strategy = strategy;
        _flavor = flavor;
        _options = options;
        _part2 = flavor.IsPart2();
        _ns = _part2 ? StratML.Part2Namespace : StratML.Part1Namespace;
        _part = _part2 ? "Part 2" : "Part 1";
    }

    private enum Rendering
    {
        /// <summary>No StratML element holds the member.</summary>
        None,

        /// <summary>A StratML element holds the member exactly.</summary>
        Lossless,

        /// <summary>A StratML element holds part of the member (one language, no extension members...).</summary>
        Lossy,
    }

    public static StratMLDocument Write(Strategy strategy, StratMLFlavor flavor, StratMLExportOptions options)
    {
        var json = JsonNode.Parse(StrategyJson.WriteUtf8(strategy, Compact))!.AsObject();
        var writer = new StratMLWriter(strategy, flavor, options);
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = options.Indented,
            IndentChars = "  ",
            NewLineChars = "\n",

            // A carriage return in a text is written as &#xD; so that a reader gets it back.
            NewLineHandling = NewLineHandling.Entitize,
        };

        using (var xml = XmlWriter.Create(buffer, settings))
        {
            writer._w = xml;
            writer.WriteDocument(json);
        }

        if (options.Indented)
        {
            buffer.WriteByte((byte)'\n');
        }

        return new StratMLDocument(flavor, buffer.ToArray(), [.. writer._warnings]);
    }

    // ----- the document ---------------------------------------------------------------------------

    private void WriteDocument(JsonObject json)
    {
        var s = _strategy;
        foreach (var stakeholder in s.Stakeholders)
        {
            var name = Render(stakeholder.Name);
            _names.TryAdd(stakeholder.Id, name);
            _nameCounts[name] = _nameCounts.GetValueOrDefault(name) + 1;
        }

        // The strategy's id is not in the elements' id namespace: it becomes an Identifier only where no element has it.
        var idNative = _part2 && !ElementIds().Contains(s.Id);
        var residual = Residual(json, string.Empty, (name, value) => name switch
        {
            "schemaVersion" => s.SchemaVersion == Strategy.CurrentSchemaVersion ? Rendering.Lossless : Rendering.None,
            "id" => idNative ? Rendering.Lossless : Rendering.None,
            "title" or "vision" => TextRendering(value),
            "period" => s.Period is { Extensions.Count: 0 } ? Rendering.Lossless : Rendering.Lossy,
            "stakeholders" or "directions" => Rendering.Lossless,
            _ => Rendering.None,
        }, ["id", "country", "stage"]);

        _w.WriteStartDocument();
        _w.WriteStartElement(_part2 ? StratML.Part2Root : StratML.Part1Root, _ns);
        if (_part2)
        {
            _w.WriteAttributeString("Type", _flavor.TypeName());
        }

        Element("Name", Render(s.Title));
        Element("OtherInformation", string.Join('\n', $"{ModelData.Prefix}{ModelData.Language} {_options.Language}", ModelData.Line(ModelData.Strategy, residual)));
        _w.WriteStartElement("StrategicPlanCore", _ns);
        var stakeholders = json["stakeholders"]!.AsArray();
        for (var i = 0; i < s.Stakeholders.Count; i++)
        {
            Organization(s.Stakeholders[i], stakeholders[i]!.AsObject(), $"/stakeholders/{i}");
        }

        if (s.Vision is { } vision)
        {
            _w.WriteStartElement("Vision", _ns);
            Element("Description", Render(vision));
            _w.WriteEndElement();
        }

        var directions = json["directions"]!.AsArray();
        for (var d = 0; d < s.Directions.Count; d++)
        {
            Goal(s.Directions[d], directions[d]!.AsObject(), d);
        }

        if (s.Directions.IsEmpty)
        {
            // Part 1 and Part 2 require a goal: a placeholder, marked so that import skips it.
            _w.WriteStartElement("Goal", _ns);
            Element("Name", "No strategic directions yet");
            Element("Description", string.Empty);
            Element("OtherInformation", ModelData.Line(ModelData.Placeholder, null));
            _w.WriteEndElement();
        }

        _w.WriteEndElement();
        if (idNative || s.Period is not null)
        {
            _w.WriteStartElement("AdministrativeInformation", _ns);
            if (idNative && Claim(s.Id, string.Empty))
            {
                Element("Identifier", s.Id);
            }

            if (s.Period is { } period)
            {
                Element("StartDate", FormatRules.FormatDate(period.Start));
                Element("EndDate", FormatRules.FormatDate(period.End));
            }

            _w.WriteEndElement();
        }

        _w.WriteEndElement();
        _w.WriteEndDocument();
    }

    private HashSet<string> ElementIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        ids.UnionWith(_strategy.Stakeholders.Select(st => st.Id));
        foreach (var direction in _strategy.Directions)
        {
            ids.Add(direction.Id);
            foreach (var objective in direction.Objectives)
            {
                ids.Add(objective.Id);
                ids.UnionWith(objective.Actions.Select(a => a.Id));
            }
        }

        if (_part2)
        {
            ids.UnionWith(_strategy.Indicators.Select(i => i.Indicator.Id));
        }

        return ids;
    }

    private void Organization(Stakeholder stakeholder, JsonObject json, string pointer)
    {
        var idNative = Claim(stakeholder.Id, pointer);
        var residual = Residual(json, pointer, (name, value) => name switch
        {
            "id" => idNative ? Rendering.Lossless : Rendering.None,
            "name" => TextRendering(value),
            "acronym" => StringRendering(value),
            _ => Rendering.None,
        }, ["kind"]);
        _w.WriteStartElement("Organization", _ns);
        Element("Name", Render(stakeholder.Name));
        if (stakeholder.Acronym is { } acronym)
        {
            Element("Acronym", XmlValues.Render(acronym));
        }

        if (idNative)
        {
            Element("Identifier", stakeholder.Id);
        }

        // Organization has no OtherInformation: its Description carries the model data (the model has no description).
        Element("Description", ModelData.Line(ModelData.Stakeholder, residual));
        _w.WriteEndElement();
    }

    private void Goal(Direction direction, JsonObject json, int d)
    {
        var pointer = $"/directions/{d}";
        var idNative = Claim(direction.Id, pointer);
        var residual = Residual(json, pointer, (name, value) => name switch
        {
            "id" => idNative ? Rendering.Lossless : Rendering.None,
            "title" or "summary" => TextRendering(value),
            "objectives" => Rendering.Lossless,
            _ => Rendering.None,
        }, ["pillar"]);
        _w.WriteStartElement("Goal", _ns);
        Element("Name", Render(direction.Title));
        Element("Description", direction.Summary is { } summary ? Render(summary) : string.Empty);
        if (idNative)
        {
            Element("Identifier", direction.Id);
        }

        Element("SequenceIndicator", Sequence(d));
        Element("OtherInformation", ModelData.Line(ModelData.Direction, residual));
        var objectives = json["objectives"]!.AsArray();
        for (var o = 0; o < direction.Objectives.Count; o++)
        {
            var objective = direction.Objectives[o];
            var objectiveJson = objectives[o]!.AsObject();
            var objectivePointer = $"{pointer}/objectives/{o}";
            Objective(objective, objectiveJson, objectivePointer, Sequence(d, o));
            var actions = objectiveJson["actions"]!.AsArray();
            for (var a = 0; a < objective.Actions.Count; a++)
            {
                Action(objective.Actions[a], actions[a]!.AsObject(), $"{objectivePointer}/actions/{a}", Sequence(d, o, a));
            }
        }

        _w.WriteEndElement();
    }

    private void Objective(Objective objective, JsonObject json, string pointer, string sequence)
    {
        var idNative = Claim(objective.Id, pointer);
        var residual = Residual(json, pointer, (name, value) => name switch
        {
            "id" => idNative ? Rendering.Lossless : Rendering.None,
            "title" or "description" => TextRendering(value),
            "actions" => Rendering.Lossless,
            "indicators" => _part2 || value is JsonArray { Count: 0 } ? Rendering.Lossless : Rendering.None,
            _ => Rendering.None,
        }, []);
        _w.WriteStartElement("Objective", _ns);
        Element("Name", Render(objective.Title));
        if (objective.Description is { } description)
        {
            Element("Description", Render(description));
        }

        if (idNative)
        {
            Element("Identifier", objective.Id);
        }

        Element("SequenceIndicator", sequence);
        if (residual.Count > 0)
        {
            Element("OtherInformation", ModelData.Line(ModelData.Objective, residual));
        }

        Indicators(objective.Indicators, json, pointer);
        _w.WriteEndElement();
    }

    /// <summary>An action: an Objective that follows its objective in the same Goal, marked <c>ocs:action</c>.</summary>
    private void Action(StrategyAction action, JsonObject json, string pointer, string sequence)
    {
        var idNative = Claim(action.Id, pointer);
        foreach (var id in (string?[])[action.Lead, action.FundingSource, .. action.Partners])
        {
            if (id is not null && !_names.ContainsKey(id))
            {
                _warnings.Add(new ExportWarning(pointer, $"The reference '{id}' names no stakeholder: it has no StratML Stakeholder element."));
            }
        }

        var residual = Residual(json, pointer, (name, value) => name switch
        {
            "id" => idNative ? Rendering.Lossless : Rendering.None,
            "title" or "description" => TextRendering(value),
            "indicators" => _part2 || value is JsonArray { Count: 0 } ? Rendering.Lossless : Rendering.None,
            "lead" => ReferenceRendering(action.Lead),
            "fundingSource" => ReferenceRendering(action.FundingSource),
            "partners" => action.Partners.All(p => ReferenceRendering(p) == Rendering.Lossless) ? Rendering.Lossless : Rendering.Lossy,
            "targetGroups" => action.TargetGroups.All(XmlValues.IsLossless) ? Rendering.Lossless : Rendering.Lossy,

            // The default, which a reader restores.
            "status" => action.Status == ActionStatus.Planned ? Rendering.Lossless : Rendering.None,
            _ => Rendering.None,
        }, []);
        _w.WriteStartElement("Objective", _ns);
        Element("Name", Render(action.Title));
        if (action.Description is { } description)
        {
            Element("Description", Render(description));
        }

        if (idNative)
        {
            Element("Identifier", action.Id);
        }

        Element("SequenceIndicator", sequence);
        Stakeholder(action.Lead, LeadRole, "Performer");
        foreach (var partner in action.Partners)
        {
            Stakeholder(partner, PartnerRole, "Performer");
        }

        Stakeholder(action.FundingSource, FundingRole, null);
        foreach (var group in action.TargetGroups)
        {
            RoleStakeholder("Generic_Group", XmlValues.Render(group), TargetGroupRole, "Beneficiary");
        }

        Element("OtherInformation", ModelData.Line(ModelData.Action, residual));
        Indicators(action.Indicators, json, pointer);
        _w.WriteEndElement();
    }

    private void Stakeholder(string? id, string role, string? roleType)
    {
        if (id is not null && _names.TryGetValue(id, out var name))
        {
            RoleStakeholder("Organization", name, role, roleType);
        }
    }

    /// <summary>A Stakeholder with its role: Part 2 names it in Role (with RoleType), Part 1, which has no Role, in Description.</summary>
    private void RoleStakeholder(string type, string name, string role, string? roleType)
    {
        _w.WriteStartElement("Stakeholder", _ns);
        _w.WriteAttributeString("StakeholderTypeType", type);
        Element("Name", name);
        if (_part2)
        {
            _w.WriteStartElement("Role", _ns);
            Element("Name", role);
            if (roleType is not null)
            {
                Element("RoleType", roleType);
            }

            _w.WriteEndElement();
        }
        else
        {
            Element("Description", role);
        }

        _w.WriteEndElement();
    }

    private void Indicators(EquatableArray<Indicator> indicators, JsonObject ownerJson, string ownerPointer)
    {
        if (!_part2 || indicators.IsEmpty)
        {
            return;
        }

        var array = ownerJson["indicators"]!.AsArray();
        for (var k = 0; k < indicators.Count; k++)
        {
            Indicator(indicators[k], array[k]!.AsObject(), $"{ownerPointer}/indicators/{k}");
        }
    }

    private void Indicator(Indicator indicator, JsonObject json, string pointer)
    {
        var idNative = Claim(indicator.Id, pointer);
        var report = _flavor == StratMLFlavor.Part2PerformanceReport;
        var residual = Residual(json, pointer, (name, value) => name switch
        {
            "id" => idNative ? Rendering.Lossless : Rendering.None,
            "type" => Rendering.Lossless,
            "name" => TextRendering(value),
            "level" => indicator.Level == IndicatorLevel.Impact ? Rendering.Lossy : Rendering.Lossless,
            "unit" => StringRendering(value),
            "baseline" or "target" => ResultRendering(value),
            "measurements" => report ? MeasurementsRendering(value) : Rendering.None,
            _ => Rendering.None,
        }, ["scale", "level"]);
        var (quantitative, qualitative) = (indicator as QuantitativeIndicator, indicator as QualitativeIndicator);
        _w.WriteStartElement("PerformanceIndicator", _ns);
        _w.WriteAttributeString("ValueChainStage", indicator.Level == IndicatorLevel.Output ? "Output" : "Outcome");
        _w.WriteAttributeString("PerformanceIndicatorType", quantitative is not null ? "Quantitative" : "Qualitative");
        Element("MeasurementDimension", Render(indicator.Name));
        Element("UnitOfMeasurement", quantitative is not null
            ? quantitative.Unit is { } unit ? XmlValues.Render(unit) : string.Empty
            : string.Join(ScaleSeparator, qualitative!.Scale.Select(XmlValues.Render)));
        if (idNative)
        {
            Element("Identifier", indicator.Id);
        }

        if (quantitative is not null)
        {
            if (quantitative.Baseline is { } baseline)
            {
                Result("ActualResult", baseline.Date, baseline.Value, null, BaselineDescriptor, null);
            }

            if (quantitative.Target is { } target)
            {
                Result("TargetResult", target.Date, target.Value, null, null, null);
            }

            foreach (var measurement in report ? quantitative.Measurements : [])
            {
                Result("ActualResult", measurement.Date, measurement.Value, null, null, measurement.Note);
            }
        }
        else
        {
            if (qualitative!.Baseline is { } baseline)
            {
                Result("ActualResult", baseline.Date, null, baseline.Level, BaselineDescriptor, null);
            }

            if (qualitative.Target is { } target)
            {
                Result("TargetResult", target.Date, null, target.Level, LevelDescriptor, null);
            }

            foreach (var measurement in report ? qualitative.Measurements : [])
            {
                Result("ActualResult", measurement.Date, null, measurement.Level, LevelDescriptor, measurement.Note);
            }
        }

        if (residual.Count > 0)
        {
            Element("OtherInformation", ModelData.Line(ModelData.Indicator, residual));
        }

        _w.WriteEndElement();
    }

    /// <summary>A MeasurementInstance with one TargetResult or ActualResult: the date as EndDate, a number as NumberOfUnits, a level as Descriptor.</summary>
    private void Result(string kind, DateOnly date, double? value, string? level, string? descriptorName, Text? note)
    {
        _w.WriteStartElement("MeasurementInstance", _ns);
        _w.WriteStartElement(kind, _ns);
        Element("EndDate", FormatRules.FormatDate(date));
        if (value is { } number && XmlValues.ValidDecimal(number) is { } units)
        {
            Element("NumberOfUnits", units);
        }

        if (descriptorName is not null || level is not null)
        {
            _w.WriteStartElement("Descriptor", _ns);
            if (descriptorName is not null)
            {
                Element("DescriptorName", descriptorName);
            }

            if (level is not null)
            {
                Element("DescriptorValue", XmlValues.Render(level));
            }

            _w.WriteEndElement();
        }

        if (note is not null)
        {
            Element("Description", Render(note));
        }

        _w.WriteEndElement();
        _w.WriteEndElement();
    }

    // ----- the embedded model data ------------------------------------------------------------

    /// <summary>
    /// The members of <paramref name="json"/> that StratML does not hold exactly, cloned in their order. Without
    /// <see cref="StratMLExportOptions.EmbedModelData"/> only the <paramref name="essential"/> ones are kept; the
    /// others become warnings.
    /// </summary>
    private JsonObject Residual(JsonObject json, string pointer, Func<string, JsonNode?, Rendering> rendering, string[] essential)
    {
        var residual = new JsonObject();
        foreach (var (name, value) in json)
        {
            var how = rendering(name, value);
            if (how == Rendering.Lossless)
            {
                continue;
            }

            if (!_options.EmbedModelData && !essential.Contains(name))
            {
                var member = $"{pointer}/{ElementPath.Escape(name)}";
                _warnings.Add(new ExportWarning(member, how == Rendering.Lossy
                    ? $"'{name}' is written only in part: its StratML {_part} element cannot hold all of it (other languages, extension members, exact form), and model data is not embedded (StratMLExportOptions.EmbedModelData)."
                    : $"'{name}' is not written: StratML {_part} has no element for it, and model data is not embedded (StratMLExportOptions.EmbedModelData)."));
                continue;
            }

            residual[name] = value?.DeepClone();
        }

        return residual;
    }

    private static Rendering TextRendering(JsonNode? value) =>
        value is JsonValue plain && plain.GetValueKind() == JsonValueKind.String && XmlValues.IsLossless(plain.GetValue<string>())
            ? Rendering.Lossless
            : Rendering.Lossy;

    private static Rendering StringRendering(JsonNode? value) => TextRendering(value);

    private Rendering ReferenceRendering(string? id) =>
        id is null || (_names.TryGetValue(id, out var name) && name.Length > 0 && _nameCounts[name] == 1)
            ? Rendering.Lossless
            : Rendering.Lossy;

    /// <summary>A baseline or target is exact when it has nothing but its date and a value or level StratML holds exactly.</summary>
    private static Rendering ResultRendering(JsonNode? value) =>
        value is JsonObject result && result.All(m => ResultMember(m.Key, m.Value)) ? Rendering.Lossless : Rendering.Lossy;

    private static Rendering MeasurementsRendering(JsonNode? value) =>
        value is JsonArray measurements && measurements.All(m => m is JsonObject measurement && measurement.All(member => ResultMember(member.Key, member.Value)))
            ? Rendering.Lossless
            : Rendering.Lossy;

    private static bool ResultMember(string name, JsonNode? value) => name switch
    {
        "date" => true,
        "value" => value is JsonValue number && XmlValues.ValidDecimal(number.GetValue<double>()) is not null,
        "level" or "note" => StringRendering(value) == Rendering.Lossless,
        _ => false,
    };

    // ----- helpers ------------------------------------------------------------------------------

    /// <summary>Whether the id can be an Identifier: xsd:ID values are unique in the document.</summary>
    private bool Claim(string id, string pointer)
    {
        if (_identifiers.Add(id))
        {
            return true;
        }

        _warnings.Add(new ExportWarning(pointer, $"The id '{id}' is used twice in the strategy; this element is written without an Identifier (xsd:ID values are unique)."));
        return false;
    }

    private string Render(Text text) => XmlValues.Render(text.Get(_options.Language));

    private void Element(string name, string value) => _w.WriteElementString(name, _ns, value);

    private static string Sequence(params ReadOnlySpan<int> positions)
    {
        var builder = new StringBuilder();
        foreach (var position in positions)
        {
            builder.Append(builder.Length == 0 ? string.Empty : ".").Append((position + 1).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
