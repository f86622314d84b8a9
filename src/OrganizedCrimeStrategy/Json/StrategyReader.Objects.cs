using System.Collections.Immutable;
using System.Text.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Json;

/// <summary>One method per object type of FORMAT.md, each reading its members in any order.</summary>
internal sealed partial class StrategyReader
{
    private static readonly MemberNames StrategyMembers = new(
        "$schema", "schemaVersion", "id", "country", "title", "vision", "stage", "period", "situationAnalysis", "stakeholders",
        "workingGroup", "directions", "monitoring", "consultations", "adoption", "funding", "references");

    private static readonly ulong StrategyRequired = StrategyMembers.Mask("schemaVersion", "id", "country", "title", "stage", "stakeholders", "directions");

    private static readonly MemberNames PeriodMembers = new("start", "end");
    private static readonly MemberNames MoneyMembers = new("amount", "currency");
    private static readonly MemberNames StakeholderMembers = new("id", "name", "kind", "acronym", "parent");
    private static readonly MemberNames WorkingGroupMembers = new("chair", "members", "meetings");
    private static readonly MemberNames MeetingMembers = new("date", "title", "summary");
    private static readonly MemberNames DirectionMembers = new("id", "title", "pillar", "summary", "objectives");
    private static readonly MemberNames ObjectiveMembers = new("id", "title", "description", "indicators", "actions");

    private static readonly MemberNames ActionMembers = new(
        "id", "title", "description", "lead", "partners", "start", "end", "status", "budget", "fundingSource", "crimeTypes",
        "targetGroups", "indicators", "references");

    private static readonly MemberNames QuantitativeMembers = new(
        "id", "type", "name", "level", "dataSource", "frequency", "responsible", "sdg", "disaggregation",
        "unit", "direction", "baseline", "target", "measurements");

    private static readonly MemberNames QualitativeMembers = new(
        "id", "type", "name", "level", "dataSource", "frequency", "responsible", "sdg", "disaggregation",
        "scale", "baseline", "target", "measurements");

    private static readonly MemberNames IndicatorCommonMembers = new("id", "type", "name", "level");
    private static readonly MemberNames QuantitativeValueMembers = new("value", "date");
    private static readonly MemberNames QuantitativeMeasurementMembers = new("date", "value", "note");
    private static readonly MemberNames QualitativeValueMembers = new("level", "date");
    private static readonly MemberNames QualitativeMeasurementMembers = new("date", "level", "note");
    private static readonly MemberNames SituationMembers = new("summary", "sources", "threats");
    private static readonly MemberNames ThreatMembers = new("crimeType", "priority", "description");
    private static readonly MemberNames MonitoringMembers = new("body", "reportingFrequency", "evaluations");
    private static readonly MemberNames EvaluationMembers = new("kind", "due", "evaluator");
    private static readonly MemberNames ConsultationMembers = new("id", "kind", "start", "end", "channel", "summary", "participants");
    private static readonly MemberNames AdoptionMembers = new("instrument", "authority", "plannedDate", "adoptedDate", "milestones");
    private static readonly MemberNames MilestoneMembers = new("title", "due", "done");
    private static readonly MemberNames FundingMembers = new("source", "amount", "purpose");
    private static readonly MemberNames ReferenceMembers = new("instrument", "article", "note");

    private const ulong First = 1UL;
    private const ulong Second = 2UL;
    private const ulong Third = 4UL;

    private ItemReader<Stakeholder>? _stakeholder;
    private ItemReader<Direction>? _direction;
    private ItemReader<Objective>? _objective;
    private ItemReader<StrategyAction>? _action;
    private ItemReader<Indicator>? _indicator;
    private ItemReader<string>? _reference;
    private ItemReader<string>? _nonBlank;
    private ItemReader<Text>? _text;
    private ItemReader<LegalReference>? _legalReference;

    private ItemReader<Stakeholder> StakeholderItem => _stakeholder ??= ReadStakeholder;

    private ItemReader<Direction> DirectionItem => _direction ??= ReadDirection;

    private ItemReader<Objective> ObjectiveItem => _objective ??= ReadObjective;

    private ItemReader<StrategyAction> ActionItem => _action ??= ReadAction;

    private ItemReader<Indicator> IndicatorItem => _indicator ??= ReadIndicator;

    private ItemReader<string> ReferenceItem => _reference ??= ReadReferenceItem;

    private ItemReader<string> NonBlankItem => _nonBlank ??= ReadNonBlankItem;

    private ItemReader<Text> TextItem => _text ??= ReadTextItem;

    private ItemReader<LegalReference> LegalReferenceItem => _legalReference ??= ReadLegalReference;

    private Strategy? ReadStrategy(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "strategy"))
        {
            return null;
        }

        var failures = _failures.Count;
        string? schema = null, version = null, id = null, country = null;
        Text? title = null, vision = null;
        StrategyStage? stage = null;
        Period? period = null;
        SituationAnalysis? situation = null;
        EquatableArray<Stakeholder> stakeholders = default;
        WorkingGroup? group = null;
        EquatableArray<Direction> directions = default;
        MonitoringMechanism? monitoring = null;
        EquatableArray<Consultation> consultations = default;
        Adoption? adoption = null;
        EquatableArray<Funding> funding = default;
        EquatableArray<LegalReference> references = default;
        long versionOffset = 0;

        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, StrategyMembers))
            {
                case 0: schema = ReadString(ref reader); break;
                case 1:
                    versionOffset = reader.TokenStartIndex;
                    version = ReadNonBlank(ref reader);
                    break;
                case 2: id = ReadId(ref reader); break;
                case 3: country = ReadCountry(ref reader); break;
                case 4: title = ReadText(ref reader); break;
                case 5: vision = ReadText(ref reader); break;
                case 6: stage = ReadEnum<StrategyStage>(ref reader); break;
                case 7: period = ReadPeriod(ref reader); break;
                case 8: situation = ReadSituation(ref reader); break;
                case 9:
                    stakeholders = ReadArray(ref reader, StakeholderItem);
                    break;
                case 10: group = ReadWorkingGroup(ref reader); break;
                case 11: directions = ReadArray(ref reader, DirectionItem); break;
                case 12: monitoring = ReadMonitoring(ref reader); break;
                case 13: consultations = ReadArray<Consultation>(ref reader, ReadConsultation); break;
                case 14: adoption = ReadAdoption(ref reader); break;
                case 15: funding = ReadArray<Funding>(ref reader, ReadFunding); break;
                case 16: references = ReadArray(ref reader, LegalReferenceItem); break;
            }
        }

        Require(scope, StrategyMembers, StrategyRequired);
        if (version is not null && !FormatRules.IsValidVersion(version))
        {
            Add(DiagnosticCode.InvalidValue, Messages.InvalidVersion(Shorten(version)), versionOffset, "/schemaVersion");
        }
        else if (version is not null && !FormatRules.IsSupportedVersion(version))
        {
            Add(
                DiagnosticCode.UnsupportedVersion,
                Messages.UnsupportedVersion(Shorten(version), Strategy.CurrentSchemaVersion),
                versionOffset,
                "/schemaVersion");
        }

        if (_failures.Count > failures)
        {
            return null;
        }

        return new Strategy
        {
            Schema = schema,
            SchemaVersion = version!,
            Id = id!,
            Country = country!,
            Title = title!,
            Vision = vision,
            Stage = stage!.Value,
            Period = period,
            SituationAnalysis = situation,
            Stakeholders = stakeholders,
            WorkingGroup = group,
            Directions = directions,
            Monitoring = monitoring,
            Consultations = consultations,
            Adoption = adoption,
            Funding = funding,
            References = references,
            Extensions = Extensions(scope),
        };
    }

    private string? ReadCountry(ref Utf8JsonReader reader)
    {
        var offset = reader.TokenStartIndex;
        var value = ReadString(ref reader);
        if (value is not null && !FormatRules.IsValidCountry(value))
        {
            Add(DiagnosticCode.InvalidValue, Messages.InvalidCountry(Shorten(value)), offset);
            return null;
        }

        return value;
    }

    private Period? ReadPeriod(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "period"))
        {
            return null;
        }

        var failures = _failures.Count;
        DateOnly? start = null, end = null;
        long endOffset = 0;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, PeriodMembers))
            {
                case 0: start = ReadDate(ref reader); break;
                case 1:
                    endOffset = reader.TokenStartIndex;
                    end = ReadDate(ref reader);
                    break;
            }
        }

        Require(scope, PeriodMembers, First | Second);
        if (start is { } s && end is { } e && e <= s)
        {
            Add(DiagnosticCode.InvalidValue, Messages.EndsBeforeStart("period", FormatRules.FormatDate(s), FormatRules.FormatDate(e)), endOffset, Pointer("end"));
        }

        return _failures.Count > failures ? null : new Period(start!.Value, end!.Value) { Extensions = Extensions(scope) };
    }

    private Money? ReadMoney(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "money"))
        {
            return null;
        }

        var failures = _failures.Count;
        decimal? amount = null;
        string? currency = null;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, MoneyMembers))
            {
                case 0:
                    if (reader.TokenType != JsonTokenType.Number)
                    {
                        WrongType(ref reader, "number");
                    }
                    else if (!reader.TryGetDecimal(out var value))
                    {
                        Add(DiagnosticCode.InvalidValue, Messages.AmountTooLarge(), reader.TokenStartIndex);
                    }
                    else if (value < 0)
                    {
                        Add(DiagnosticCode.InvalidValue, Messages.AmountNegative(), reader.TokenStartIndex);
                    }
                    else
                    {
                        amount = value;
                    }

                    break;
                case 1:
                    var offset = reader.TokenStartIndex;
                    currency = ReadString(ref reader, pooled: true);
                    if (currency is not null && !FormatRules.IsValidCurrency(currency))
                    {
                        Add(DiagnosticCode.InvalidValue, Messages.InvalidCurrency(Shorten(currency)), offset);
                    }

                    break;
            }
        }

        Require(scope, MoneyMembers, First | Second);
        return _failures.Count > failures ? null : new Money(amount!.Value, currency!) { Extensions = Extensions(scope) };
    }

    private Stakeholder? ReadStakeholder(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "stakeholder"))
        {
            return null;
        }

        var failures = _failures.Count;
        string? id = null, acronym = null, parent = null;
        Text? name = null;
        StakeholderKind? kind = null;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, StakeholderMembers))
            {
                case 0:
                    // Ids are not checked for uniqueness here (OCS001 reports an id used twice); a stakeholder's
                    // id goes to the pool, so that the references naming it share its string.
                    id = ReadId(ref reader);
                    if (id is not null)
                    {
                        _pool.Add(id);
                    }

                    break;
                case 1: name = ReadText(ref reader); break;
                case 2: kind = ReadEnum<StakeholderKind>(ref reader); break;
                case 3: acronym = ReadNonBlank(ref reader, pooled: false); break;
                case 4: parent = ReadReference(ref reader); break;
            }
        }

        Require(scope, StakeholderMembers, First | Second | Third);
        return _failures.Count > failures ? null : new Stakeholder
        {
            Id = id!,
            Name = name!,
            Kind = kind!.Value,
            Acronym = acronym,
            Parent = parent,
            Extensions = Extensions(scope),
        };
    }

    private WorkingGroup? ReadWorkingGroup(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "workingGroup"))
        {
            return null;
        }

        var failures = _failures.Count;
        string? chair = null;
        EquatableArray<string> members = default;
        EquatableArray<Meeting> meetings = default;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, WorkingGroupMembers))
            {
                case 0: chair = ReadReference(ref reader); break;
                case 1: members = ReadArray(ref reader, ReferenceItem); break;
                case 2: meetings = ReadArray<Meeting>(ref reader, ReadMeeting); break;
            }
        }

        Require(scope, WorkingGroupMembers, Second);
        return _failures.Count > failures ? null : new WorkingGroup
        {
            Chair = chair,
            Members = members,
            Meetings = meetings,
            Extensions = Extensions(scope),
        };
    }

    private Meeting? ReadMeeting(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "meeting"))
        {
            return null;
        }

        var failures = _failures.Count;
        DateOnly? date = null;
        Text? title = null, summary = null;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, MeetingMembers))
            {
                case 0: date = ReadDate(ref reader); break;
                case 1: title = ReadText(ref reader); break;
                case 2: summary = ReadText(ref reader); break;
            }
        }

        Require(scope, MeetingMembers, First | Second);
        return _failures.Count > failures ? null : new Meeting
        {
            Date = date!.Value,
            Title = title!,
            Summary = summary,
            Extensions = Extensions(scope),
        };
    }

    private Direction? ReadDirection(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "direction"))
        {
            return null;
        }

        var failures = _failures.Count;
        string? id = null;
        Text? title = null, summary = null;
        Pillar? pillar = null;
        EquatableArray<Objective> objectives = default;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, DirectionMembers))
            {
                case 0: id = ReadId(ref reader); break;
                case 1: title = ReadText(ref reader); break;
                case 2: pillar = ReadEnum<Pillar>(ref reader); break;
                case 3: summary = ReadText(ref reader); break;
                case 4: objectives = ReadArray(ref reader, ObjectiveItem); break;
            }
        }

        Require(scope, DirectionMembers, DirectionMembers.Mask("id", "title", "pillar", "objectives"));
        return _failures.Count > failures ? null : new Direction
        {
            Id = id!,
            Title = title!,
            Pillar = pillar!.Value,
            Summary = summary,
            Objectives = objectives,
            Extensions = Extensions(scope),
        };
    }

    private Objective? ReadObjective(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "objective"))
        {
            return null;
        }

        var failures = _failures.Count;
        string? id = null;
        Text? title = null, description = null;
        EquatableArray<Indicator> indicators = default;
        EquatableArray<StrategyAction> actions = default;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, ObjectiveMembers))
            {
                case 0: id = ReadId(ref reader); break;
                case 1: title = ReadText(ref reader); break;
                case 2: description = ReadText(ref reader); break;
                case 3: indicators = ReadArray(ref reader, IndicatorItem); break;
                case 4: actions = ReadArray(ref reader, ActionItem); break;
            }
        }

        Require(scope, ObjectiveMembers, ObjectiveMembers.Mask("id", "title", "indicators", "actions"));
        return _failures.Count > failures ? null : new Objective
        {
            Id = id!,
            Title = title!,
            Description = description,
            Indicators = indicators,
            Actions = actions,
            Extensions = Extensions(scope),
        };
    }

    private StrategyAction? ReadAction(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "action"))
        {
            return null;
        }

        var failures = _failures.Count;
        string? id = null, lead = null, fundingSource = null;
        Text? title = null, description = null;
        EquatableArray<string> partners = default, targetGroups = default;
        DateOnly? start = null, end = null;
        long endOffset = 0;
        ActionStatus? status = null;
        Money? budget = null;
        EquatableArray<CrimeType> crimeTypes = default;
        EquatableArray<Indicator> indicators = default;
        EquatableArray<LegalReference> references = default;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, ActionMembers))
            {
                case 0: id = ReadId(ref reader); break;
                case 1: title = ReadText(ref reader); break;
                case 2: description = ReadText(ref reader); break;
                case 3: lead = ReadReference(ref reader); break;
                case 4: partners = ReadArray(ref reader, ReferenceItem); break;
                case 5: start = ReadDate(ref reader); break;
                case 6:
                    endOffset = reader.TokenStartIndex;
                    end = ReadDate(ref reader);
                    break;
                case 7: status = ReadEnum<ActionStatus>(ref reader); break;
                case 8: budget = ReadMoney(ref reader); break;
                case 9: fundingSource = ReadReference(ref reader); break;
                case 10:
                    var names = ReadArray(ref reader, NonBlankItem);
                    crimeTypes = names.Select(n => new CrimeType(n)).ToEquatableArray();
                    break;
                case 11: targetGroups = ReadArray(ref reader, NonBlankItem); break;
                case 12: indicators = ReadArray(ref reader, IndicatorItem); break;
                case 13: references = ReadArray(ref reader, LegalReferenceItem); break;
            }
        }

        Require(scope, ActionMembers, First | Second);
        if (start is { } s && end is { } e && e < s)
        {
            Add(DiagnosticCode.InvalidValue, Messages.EndsBeforeStart("action", FormatRules.FormatDate(s), FormatRules.FormatDate(e)), endOffset, Pointer("end"));
        }

        return _failures.Count > failures ? null : new StrategyAction
        {
            Id = id!,
            Title = title!,
            Description = description,
            Lead = lead,
            Partners = partners,
            Start = start,
            End = end,
            Status = status ?? ActionStatus.Planned,
            Budget = budget,
            FundingSource = fundingSource,
            CrimeTypes = crimeTypes,
            TargetGroups = targetGroups,
            Indicators = indicators,
            References = references,
            Extensions = Extensions(scope),
        };
    }

    /// <summary>Finds the indicator's <c>type</c>, which may stand anywhere in the object, by looking ahead on a copy of the reader.</summary>
    private (string? Type, long Offset, bool Found, JsonTokenType Token) PeekIndicatorType(Utf8JsonReader copy)
    {
        var depth = copy.CurrentDepth;
        while (copy.Read() && copy.CurrentDepth > depth)
        {
            if (copy.TokenType == JsonTokenType.PropertyName && copy.CurrentDepth == depth + 1 && copy.ValueTextEquals("type"u8))
            {
                copy.Read();
                return copy.TokenType == JsonTokenType.String && TryGetString(ref copy, out var type)
                    ? (type, copy.TokenStartIndex, true, copy.TokenType)
                    : (null, copy.TokenStartIndex, true, copy.TokenType);
            }

            if (copy.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                CheckDepth(ref copy);
                copy.Skip();
            }
        }

        return (null, 0, false, JsonTokenType.None);
    }

    private Indicator? ReadIndicator(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "indicator"))
        {
            return null;
        }

        var failures = _failures.Count;
        StartIndicator();
        var (type, typeOffset, found, typeToken) = PeekIndicatorType(reader);
        MemberNames names;
        switch (type)
        {
            case "quantitative":
                names = QuantitativeMembers;
                break;
            case "qualitative":
                names = QualitativeMembers;
                break;
            default:
                if (found && typeToken != JsonTokenType.String)
                {
                    Add(DiagnosticCode.WrongType, Messages.WrongType("indicatorType", typeToken), typeOffset, Pointer("type"));
                }
                else if (found)
                {
                    // A wrong type or an unknown name; the member loop below reports the details of the rest.
                    Add(DiagnosticCode.InvalidValue, type is null
                        ? Messages.IndicatorTypeInvalid()
                        : Messages.IndicatorTypeUnknown(Shorten(type)), typeOffset, Pointer("type"));
                }
                else
                {
                    Add(DiagnosticCode.MissingMember, Messages.IndicatorTypeMissing(), scope.Start);
                }

                names = IndicatorCommonMembers;
                break;
        }

        var common = new IndicatorCommon();
        var quantitative = new QuantitativeParts();
        var qualitative = new QualitativeParts();
        while (NextMember(ref reader, ref scope))
        {
            var index = Member(ref reader, ref scope, names);
            if (index < 0)
            {
                continue;
            }

            if (index < 9)
            {
                ReadIndicatorCommon(ref reader, index, ref common);
            }
            else if (ReferenceEquals(names, QuantitativeMembers))
            {
                ReadQuantitativePart(ref reader, index, ref quantitative);
            }
            else
            {
                ReadQualitativePart(ref reader, index, ref qualitative);
            }
        }

        Require(scope, names, First | Third | (1UL << 3));
        if (ReferenceEquals(names, QualitativeMembers))
        {
            CheckPendingLevels();
        }

        if (_failures.Count > failures)
        {
            return null;
        }

        return ReferenceEquals(names, QuantitativeMembers)
            ? new QuantitativeIndicator
            {
                Id = common.Id!,
                Name = common.Name!,
                Level = common.Level!.Value,
                DataSource = common.DataSource,
                Frequency = common.Frequency,
                Responsible = common.Responsible,
                Sdg = common.Sdg,
                Disaggregation = common.Disaggregation,
                Unit = quantitative.Unit,
                Direction = quantitative.Direction,
                Baseline = quantitative.Baseline,
                Target = quantitative.Target,
                Measurements = quantitative.Measurements,
                Extensions = Extensions(scope),
            }
            : new QualitativeIndicator
            {
                Id = common.Id!,
                Name = common.Name!,
                Level = common.Level!.Value,
                DataSource = common.DataSource,
                Frequency = common.Frequency,
                Responsible = common.Responsible,
                Sdg = common.Sdg,
                Disaggregation = common.Disaggregation,
                Scale = qualitative.Scale,
                Baseline = qualitative.Baseline,
                Target = qualitative.Target,
                Measurements = qualitative.Measurements,
                Extensions = Extensions(scope),
            };
    }

    private struct IndicatorCommon
    {
        public string? Id;
        public Text? Name;
        public IndicatorLevel? Level;
        public Text? DataSource;
        public Frequency? Frequency;
        public string? Responsible;
        public string? Sdg;
        public EquatableArray<string> Disaggregation;
    }

    private struct QuantitativeParts
    {
        public string? Unit;
        public DesiredDirection? Direction;
        public QuantitativeValue? Baseline;
        public QuantitativeValue? Target;
        public EquatableArray<QuantitativeMeasurement> Measurements;
    }

    private struct QualitativeParts
    {
        public EquatableArray<string> Scale;
        public QualitativeValue? Baseline;
        public QualitativeValue? Target;
        public EquatableArray<QualitativeMeasurement> Measurements;
    }

    private void ReadIndicatorCommon(ref Utf8JsonReader reader, int index, ref IndicatorCommon common)
    {
        switch (index)
        {
            case 0: common.Id = ReadId(ref reader); break;
            case 1: SkipValue(ref reader); break; // type: read ahead already
            case 2: common.Name = ReadText(ref reader); break;
            case 3: common.Level = ReadEnum<IndicatorLevel>(ref reader); break;
            case 4: common.DataSource = ReadText(ref reader, pooled: true); break;
            case 5: common.Frequency = ReadEnum<Frequency>(ref reader); break;
            case 6: common.Responsible = ReadReference(ref reader); break;
            case 7:
                var offset = reader.TokenStartIndex;
                common.Sdg = ReadString(ref reader, pooled: true);
                if (common.Sdg is not null && !FormatRules.IsValidSdg(common.Sdg))
                {
                    Add(DiagnosticCode.InvalidValue, Messages.InvalidSdg(Shorten(common.Sdg)), offset);
                }

                break;
            case 8: common.Disaggregation = ReadArray(ref reader, NonBlankItem); break;
        }
    }

    private void ReadQuantitativePart(ref Utf8JsonReader reader, int index, ref QuantitativeParts parts)
    {
        switch (index)
        {
            case 9: parts.Unit = ReadNonBlank(ref reader); break;
            case 10: parts.Direction = ReadEnum<DesiredDirection>(ref reader); break;
            case 11: parts.Baseline = ReadQuantitativeValue(ref reader); break;
            case 12: parts.Target = ReadQuantitativeValue(ref reader); break;
            case 13: parts.Measurements = ReadArray<QuantitativeMeasurement>(ref reader, ReadQuantitativeMeasurement); break;
        }
    }

    private void ReadQualitativePart(ref Utf8JsonReader reader, int index, ref QualitativeParts parts)
    {
        switch (index)
        {
            case 9:
                var offset = reader.TokenStartIndex;
                var failures = _failures.Count;
                parts.Scale = ReadArray(ref reader, NonBlankItem);
                _scale = parts.Scale;
                _scaleState = _failures.Count == failures ? ScaleState.Valid : ScaleState.Invalid;
                if (_scaleState == ScaleState.Valid && !FormatRules.AreDistinct(parts.Scale.AsSpan()))
                {
                    Add(DiagnosticCode.InvalidValue, Messages.ScaleNotDistinct(), offset);
                    _scaleState = ScaleState.Invalid;
                }

                break;
            case 10: parts.Baseline = ReadQualitativeValue(ref reader); break;
            case 11: parts.Target = ReadQualitativeValue(ref reader); break;
            case 12: parts.Measurements = ReadArray(ref reader, QualitativeMeasurementItem); break;
        }
    }

    /// <summary>Where the scale of the qualitative indicator being read stands: levels are checked against it as soon as it is known.</summary>
    private enum ScaleState
    {
        NotRead,
        Valid,
        Invalid,
    }

    private EquatableArray<string> _scale;
    private ScaleState _scaleState;
    private readonly List<(string Level, string Pointer, long Offset)> _pendingLevels = [];
    private ItemReader<QualitativeMeasurement>? _qualitativeMeasurement;

    private ItemReader<QualitativeMeasurement> QualitativeMeasurementItem => _qualitativeMeasurement ??= ReadQualitativeMeasurement;

    private void StartIndicator()
    {
        _scale = default;
        _scaleState = ScaleState.NotRead;
        _pendingLevels.Clear();
    }

    /// <summary>Checks the levels read before the scale (in canonical order there are none).</summary>
    private void CheckPendingLevels()
    {
        foreach (var (level, pointer, offset) in _pendingLevels)
        {
            CheckLevel(level, pointer, offset);
        }

        _pendingLevels.Clear();
    }

    private void CheckLevel(string level, string? pointer, long offset)
    {
        if (_scaleState == ScaleState.Invalid || _scale.AsSpan().Contains(level))
        {
            return;
        }

        Add(
            DiagnosticCode.InvalidValue,
            _scale.IsEmpty
                ? Messages.LevelWithoutScale(Shorten(level))
                : Messages.LevelNotOnScale(Shorten(level), _scale),
            offset,
            pointer);
    }

    private QuantitativeValue? ReadQuantitativeValue(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "quantitativeValue"))
        {
            return null;
        }

        var failures = _failures.Count;
        double? value = null;
        DateOnly? date = null;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, QuantitativeValueMembers))
            {
                case 0: value = ReadDouble(ref reader); break;
                case 1: date = ReadDate(ref reader); break;
            }
        }

        Require(scope, QuantitativeValueMembers, First | Second);
        return _failures.Count > failures ? null : new QuantitativeValue(value!.Value, date!.Value) { Extensions = Extensions(scope) };
    }

    private QuantitativeMeasurement? ReadQuantitativeMeasurement(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "measurement"))
        {
            return null;
        }

        var failures = _failures.Count;
        double? value = null;
        DateOnly? date = null;
        Text? note = null;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, QuantitativeMeasurementMembers))
            {
                case 0: date = ReadDate(ref reader); break;
                case 1: value = ReadDouble(ref reader); break;
                case 2: note = ReadText(ref reader); break;
            }
        }

        Require(scope, QuantitativeMeasurementMembers, First | Second);
        return _failures.Count > failures ? null : new QuantitativeMeasurement(date!.Value, value!.Value, note) { Extensions = Extensions(scope) };
    }

    private string? ReadLevel(ref Utf8JsonReader reader)
    {
        var offset = reader.TokenStartIndex;
        var level = ReadNonBlank(ref reader);
        if (level is not null)
        {
            if (_scaleState == ScaleState.NotRead)
            {
                _pendingLevels.Add((level, Pointer(), offset));
            }
            else
            {
                CheckLevel(level, null, offset);
            }
        }

        return level;
    }

    private QualitativeValue? ReadQualitativeValue(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "qualitativeValue"))
        {
            return null;
        }

        var failures = _failures.Count;
        string? level = null;
        DateOnly? date = null;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, QualitativeValueMembers))
            {
                case 0: level = ReadLevel(ref reader); break;
                case 1: date = ReadDate(ref reader); break;
            }
        }

        Require(scope, QualitativeValueMembers, First | Second);
        return _failures.Count > failures ? null : new QualitativeValue(level!, date!.Value) { Extensions = Extensions(scope) };
    }

    private QualitativeMeasurement? ReadQualitativeMeasurement(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "measurement"))
        {
            return null;
        }

        var failures = _failures.Count;
        string? level = null;
        DateOnly? date = null;
        Text? note = null;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, QualitativeMeasurementMembers))
            {
                case 0: date = ReadDate(ref reader); break;
                case 1: level = ReadLevel(ref reader); break;
                case 2: note = ReadText(ref reader); break;
            }
        }

        Require(scope, QualitativeMeasurementMembers, First | Second);
        return _failures.Count > failures ? null : new QualitativeMeasurement(date!.Value, level!, note) { Extensions = Extensions(scope) };
    }

    private SituationAnalysis? ReadSituation(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "situation"))
        {
            return null;
        }

        var failures = _failures.Count;
        Text? summary = null;
        EquatableArray<Text> sources = default;
        EquatableArray<Threat> threats = default;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, SituationMembers))
            {
                case 0: summary = ReadText(ref reader); break;
                case 1: sources = ReadArray(ref reader, TextItem); break;
                case 2: threats = ReadArray<Threat>(ref reader, ReadThreat); break;
            }
        }

        Require(scope, SituationMembers, Third);
        return _failures.Count > failures ? null : new SituationAnalysis
        {
            Summary = summary,
            Sources = sources,
            Threats = threats,
            Extensions = Extensions(scope),
        };
    }

    private Threat? ReadThreat(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "threat"))
        {
            return null;
        }

        var failures = _failures.Count;
        string? crimeType = null;
        ThreatPriority? priority = null;
        Text? description = null;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, ThreatMembers))
            {
                case 0: crimeType = ReadNonBlank(ref reader); break;
                case 1: priority = ReadEnum<ThreatPriority>(ref reader); break;
                case 2: description = ReadText(ref reader); break;
            }
        }

        Require(scope, ThreatMembers, First | Second);
        return _failures.Count > failures ? null : new Threat
        {
            CrimeType = new CrimeType(crimeType!),
            Priority = priority!.Value,
            Description = description,
            Extensions = Extensions(scope),
        };
    }

    private MonitoringMechanism? ReadMonitoring(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "monitoring"))
        {
            return null;
        }

        var failures = _failures.Count;
        string? body = null;
        Frequency? frequency = null;
        EquatableArray<Evaluation> evaluations = default;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, MonitoringMembers))
            {
                case 0: body = ReadReference(ref reader); break;
                case 1: frequency = ReadEnum<Frequency>(ref reader); break;
                case 2: evaluations = ReadArray<Evaluation>(ref reader, ReadEvaluation); break;
            }
        }

        return _failures.Count > failures ? null : new MonitoringMechanism
        {
            Body = body,
            ReportingFrequency = frequency,
            Evaluations = evaluations,
            Extensions = Extensions(scope),
        };
    }

    private Evaluation? ReadEvaluation(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "evaluation"))
        {
            return null;
        }

        var failures = _failures.Count;
        EvaluationKind? kind = null;
        DateOnly? due = null;
        string? evaluator = null;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, EvaluationMembers))
            {
                case 0: kind = ReadEnum<EvaluationKind>(ref reader); break;
                case 1: due = ReadDate(ref reader); break;
                case 2: evaluator = ReadReference(ref reader); break;
            }
        }

        Require(scope, EvaluationMembers, First | Second);
        return _failures.Count > failures ? null : new Evaluation
        {
            Kind = kind!.Value,
            Due = due!.Value,
            Evaluator = evaluator,
            Extensions = Extensions(scope),
        };
    }

    private Consultation? ReadConsultation(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "consultation"))
        {
            return null;
        }

        var failures = _failures.Count;
        string? id = null;
        ConsultationKind? kind = null;
        DateOnly? start = null, end = null;
        long endOffset = 0;
        Text? channel = null, summary = null;
        EquatableArray<string> participants = default;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, ConsultationMembers))
            {
                case 0: id = ReadId(ref reader); break;
                case 1: kind = ReadEnum<ConsultationKind>(ref reader); break;
                case 2: start = ReadDate(ref reader); break;
                case 3:
                    endOffset = reader.TokenStartIndex;
                    end = ReadDate(ref reader);
                    break;
                case 4: channel = ReadText(ref reader); break;
                case 5: summary = ReadText(ref reader); break;
                case 6: participants = ReadArray(ref reader, ReferenceItem); break;
            }
        }

        Require(scope, ConsultationMembers, First | Second);
        if (start is { } s && end is { } e && e < s)
        {
            Add(DiagnosticCode.InvalidValue, Messages.EndsBeforeStart("consultation", FormatRules.FormatDate(s), FormatRules.FormatDate(e)), endOffset, Pointer("end"));
        }

        return _failures.Count > failures ? null : new Consultation
        {
            Id = id!,
            Kind = kind!.Value,
            Start = start,
            End = end,
            Channel = channel,
            Summary = summary,
            Participants = participants,
            Extensions = Extensions(scope),
        };
    }

    private Adoption? ReadAdoption(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "adoption"))
        {
            return null;
        }

        var failures = _failures.Count;
        Text? instrument = null;
        string? authority = null;
        DateOnly? planned = null, adopted = null;
        EquatableArray<Milestone> milestones = default;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, AdoptionMembers))
            {
                case 0: instrument = ReadText(ref reader); break;
                case 1: authority = ReadReference(ref reader); break;
                case 2: planned = ReadDate(ref reader); break;
                case 3: adopted = ReadDate(ref reader); break;
                case 4: milestones = ReadArray<Milestone>(ref reader, ReadMilestone); break;
            }
        }

        return _failures.Count > failures ? null : new Adoption
        {
            Instrument = instrument,
            Authority = authority,
            PlannedDate = planned,
            AdoptedDate = adopted,
            Milestones = milestones,
            Extensions = Extensions(scope),
        };
    }

    private Milestone? ReadMilestone(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "milestone"))
        {
            return null;
        }

        var failures = _failures.Count;
        Text? title = null;
        DateOnly? due = null;
        bool? done = null;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, MilestoneMembers))
            {
                case 0: title = ReadText(ref reader); break;
                case 1: due = ReadDate(ref reader); break;
                case 2: done = ReadBoolean(ref reader); break;
            }
        }

        Require(scope, MilestoneMembers, First | Second);
        return _failures.Count > failures ? null : new Milestone
        {
            Title = title!,
            Due = due!.Value,
            Done = done ?? false,
            Extensions = Extensions(scope),
        };
    }

    private Funding? ReadFunding(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "funding"))
        {
            return null;
        }

        var failures = _failures.Count;
        string? source = null;
        Money? amount = null;
        Text? purpose = null;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, FundingMembers))
            {
                case 0: source = ReadReference(ref reader); break;
                case 1: amount = ReadMoney(ref reader); break;
                case 2: purpose = ReadText(ref reader); break;
            }
        }

        Require(scope, FundingMembers, First);
        return _failures.Count > failures ? null : new Funding
        {
            Source = source!,
            Amount = amount,
            Purpose = purpose,
            Extensions = Extensions(scope),
        };
    }

    private LegalReference? ReadLegalReference(ref Utf8JsonReader reader)
    {
        if (!BeginObject(ref reader, out var scope, "legalReference"))
        {
            return null;
        }

        var failures = _failures.Count;
        string? instrument = null, article = null;
        Text? note = null;
        while (NextMember(ref reader, ref scope))
        {
            switch (Member(ref reader, ref scope, ReferenceMembers))
            {
                case 0: instrument = ReadNonBlank(ref reader); break;
                case 1: article = ReadNonBlank(ref reader); break;
                case 2: note = ReadText(ref reader); break;
            }
        }

        Require(scope, ReferenceMembers, First);
        return _failures.Count > failures ? null : new LegalReference
        {
            Instrument = instrument!,
            Article = article,
            Note = note,
            Extensions = Extensions(scope),
        };
    }
}
