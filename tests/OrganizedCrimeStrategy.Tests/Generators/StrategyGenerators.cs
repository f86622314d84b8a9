using System.Text.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Generators;

/// <summary>
/// FsCheck generators of <em>valid</em> strategies: every id is unique across the document, every reference names
/// an existing stakeholder, dates are ordered, every qualitative level is on its scale. Sizes stay small (at most
/// four directions, two objectives each, two actions per objective: up to 16 actions) so properties run fast.
/// </summary>
/// <remarks>
/// Ids are derived from the element's structural position (<c>dir1</c>, <c>obj1.0</c>, <c>act1.0.1</c>,
/// <c>ind1.0.1.0</c>...), which makes them unique without threading a counter through the generators, and an
/// optional random suffix starting with <c>_</c> varies their shape without breaking that uniqueness (the
/// structural part before the first <c>_</c> is already unique and never contains one).
/// Use <see cref="Strategy"/> in a generator expression, or <c>[Property(Arbitrary = [typeof(StrategyGenerators)])]</c>
/// with a <see cref="Model.Strategy"/> parameter.
/// </remarks>
public static class StrategyGenerators
{
    private static readonly string[] Countries = ["UZB", "KAZ", "KGZ", "TJK", "TKM"];

    private static readonly string[] LatinWords =
        ["prevent", "pursue", "protect", "promote", "crime", "victims", "border", "cooperation", "assets", "youth", "integrity", "Barqaror Hayot", "jinoyatchilik", "hamkorlik"];

    private static readonly string[] CyrillicWords =
        ["предупреждение", "преследование", "защита", "сотрудничество", "преступность", "жертвы", "граница", "жиноятчилик", "ҳамкорлик", "қорғау"];

    private static readonly string[] Languages = ["en", "ru", "uz-Latn", "uz-Cyrl", "kk"];

    private static readonly string[] IdSuffixes = ["_a", "_B2", "_x-y", "_v1.2", "_Z"];

    private static readonly string[] ScaleLevels = ["none", "drafted", "adopted", "implemented", "evaluated"];

    private static readonly string[] CyrillicScaleLevels = ["нет", "проект", "принят", "исполняется"];

    private static readonly string[] TargetGroups = ["victims", "witnesses", "youth", "migrants", "women", "children"];

    private static readonly string[] Disaggregations = ["sex", "age", "region", "formOfExploitation"];

    private static readonly string[] Sdgs = ["16.1.1", "16.2.2", "16.3.2", "16.4.1", "16.4.2", "16.5.1", "16.5.2"];

    private static readonly string[] Currencies = ["USD", "EUR", "UZS", "KZT"];

    private static readonly string[] Units = ["cases", "USD", "%", "persons", "случаев"];

    private static readonly string[] ExtensionNames = ["x-note", "x-local", "customField", "x-ссылка"];

    private static readonly string[] ExtensionValues =
        ["{\"a\":1,\"b\":[true,null,\"текст\"]}", "\"ҳамкорлик\"", "42", "-0.5e3", "[1,2.5,\"x\",{}]", "null", "false", "{}"];

    private static readonly DateOnly Epoch = new(2018, 1, 1);

    /// <summary>A valid strategy.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Strategy> Strategy() =>
        from stakeholders in Stakeholders()
        let ids = stakeholders.Select(s => s.Id).ToArray()
        from head in Head()
        from period in Optional(Period())
        from situation in Optional(SituationAnalysis())
        from workingGroup in Optional(WorkingGroup(ids))
        from directions in Directions(ids, period)
        from monitoring in Optional(Monitoring(ids))
        from consultations in Consultations(ids)
        from adoption in Optional(Adoption(ids))
        from funding in Funding(ids)
        from references in SmallArray(LegalReference(), 2)
        from extensions in Extensions()
        select new Strategy
        {
            Schema = head.Schema,
            Id = head.Id,
            Country = head.Country,
            Title = head.Title,
            Vision = head.Vision,
            Stage = head.Stage,
            Period = period,
            SituationAnalysis = situation,
            Stakeholders = stakeholders,
            WorkingGroup = workingGroup,
            Directions = directions,
            Monitoring = monitoring,
            Consultations = consultations,
            Adoption = adoption,
            Funding = funding,
            References = references,
            Extensions = extensions,
        };

    /// <summary>The arbitrary of <see cref="Strategy"/> (no shrinking), for <c>[Property(Arbitrary = ...)]</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Strategy> StrategyArbitrary() => Arb.From(Strategy());

    /// <summary>Multilingual text: a plain string, or an object of en, ru, uz-Latn, uz-Cyrl and kk entries (Latin and Cyrillic).</summary>
    /// <returns>The generator.</returns>
    public static Gen<Text> Text() =>
        Gen.Frequency(
            (2, Phrase().Select(OrganizedCrimeStrategy.Model.Text.Plain)),
            (3, Gen.SubListOf(Languages)
                .Where(languages => languages.Count > 0)
                .SelectMany(languages => Gen.CollectToArray(languages, language => PhraseIn(language).Select(value => new TextEntry(language, value))))
                .Select(entries => OrganizedCrimeStrategy.Model.Text.From(entries))));

    /// <summary>Zero to eight stakeholders of random kinds; a stakeholder's parent, when it has one, is an earlier stakeholder.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Stakeholder[]> Stakeholders() =>
        Gen.Choose(0, 8).SelectMany(count => Gen.CollectToArray(Enumerable.Range(0, count), i =>
            from id in Id($"sh{i}")
            from name in Text()
            from kind in Gen.Elements(Enum.GetValues<StakeholderKind>())
            from acronym in Optional(Gen.Elements("MIA", "GPO", "NGO", "УВД"))
            from parent in i == 0 ? Gen.Constant<int?>(null) : OptionalValue(Gen.Choose(0, i - 1))
            from extensions in Extensions()
            select (Index: i, Stakeholder: new Stakeholder { Id = id, Name = name, Kind = kind, Acronym = acronym, Extensions = extensions }, Parent: parent)))
        .Select(items =>
        {
            // A parent is an earlier stakeholder: resolve it once every id is known.
            var result = new Stakeholder[items.Length];
            foreach (var (i, stakeholder, parent) in items)
            {
                result[i] = parent is { } p ? stakeholder with { Parent = items[p].Stakeholder.Id } : stakeholder;
            }

            return result;
        });

    /// <summary>A quantitative or qualitative indicator with the given id base.</summary>
    /// <param name="idBase">The structural id.</param>
    /// <param name="stakeholderIds">The ids a responsible body may name.</param>
    /// <returns>The generator.</returns>
    public static Gen<Indicator> Indicator(string idBase, string[] stakeholderIds) =>
        Gen.OneOf(
            QuantitativeIndicator(idBase, stakeholderIds).Select(i => (Indicator)i),
            QualitativeIndicator(idBase, stakeholderIds).Select(i => (Indicator)i));

    private static Gen<(string? Schema, string Id, string Country, Text Title, Text? Vision, StrategyStage Stage)> Head() =>
        from schema in Optional(Gen.Constant("https://example.org/schemas/strategy-1.0.schema.json"))
        from id in Gen.Elements("UZB-NSOC-2025", "kz.strategy", "S1", "strategy_2026-2030")
        from country in Gen.Elements(Countries)
        from title in Text()
        from vision in Optional(Text())
        from stage in Gen.Elements(Enum.GetValues<StrategyStage>())
        select (schema, id, country, title, vision, stage);

    private static Gen<Direction[]> Directions(string[] stakeholderIds, Period? period) =>
        Gen.Choose(0, 4).SelectMany(count => Gen.CollectToArray(Enumerable.Range(0, count), d =>
            from id in Id($"dir{d}")
            from title in Text()
            from pillar in Gen.Elements(Enum.GetValues<Pillar>())
            from summary in Optional(Text())
            from objectives in Gen.Choose(0, 2).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n), o => Objective($"{d}.{o}", stakeholderIds, period)))
            from extensions in Extensions()
            select new Direction { Id = id, Title = title, Pillar = pillar, Summary = summary, Objectives = objectives, Extensions = extensions }));

    private static Gen<Objective> Objective(string position, string[] stakeholderIds, Period? period) =>
        from id in Id($"obj{position}")
        from title in Text()
        from description in Optional(Text())
        from indicators in Gen.Choose(0, 2).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n), k => Indicator($"ind{position}.{k}", stakeholderIds)))
        from actions in Gen.Choose(0, 2).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n), a => Action($"{position}.{a}", stakeholderIds, period)))
        select new Objective { Id = id, Title = title, Description = description, Indicators = indicators, Actions = actions };

    private static Gen<StrategyAction> Action(string position, string[] stakeholderIds, Period? period) =>
        from id in Id($"act{position}")
        from title in Text()
        from description in Optional(Text())
        from lead in OptionalRef(stakeholderIds)
        from partners in Refs(stakeholderIds)
        from dates in ActionDates(period)
        from status in Gen.Elements(Enum.GetValues<ActionStatus>())
        from budget in Optional(Money())
        from fundingSource in OptionalRef(stakeholderIds)
        from crimeTypes in Gen.SubListOf(CrimeTypes()).Select(c => c.Take(3).ToArray())
        from targetGroups in Gen.SubListOf(TargetGroups)
        from indicators in Gen.Choose(0, 2).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n), k => Indicator($"ind{position}.{k}", stakeholderIds)))
        from references in SmallArray(LegalReference(), 2)
        from extensions in Extensions()
        select new StrategyAction
        {
            Id = id,
            Title = title,
            Description = description,
            Lead = lead,
            Partners = partners,
            Start = dates.Start,
            End = dates.End,
            Status = status,
            Budget = budget,
            FundingSource = fundingSource,
            CrimeTypes = crimeTypes,
            TargetGroups = targetGroups.ToArray(),
            Indicators = indicators,
            References = references,
            Extensions = extensions,
        };

    private static Gen<(DateOnly? Start, DateOnly? End)> ActionDates(Period? period)
    {
        // Mostly inside the period when there is one, sometimes anywhere.
        var origin = period?.Start ?? Epoch;
        var span = period is { } p ? p.End.DayNumber - p.Start.DayNumber : 2000;
        return from start in OptionalValue(Gen.Choose(-30, span).Select(origin.AddDays))
               from length in Gen.Choose(0, span / 2 + 1)
               from hasEnd in Gen.Frequency((1, Gen.Constant(false)), (4, Gen.Constant(true)))
               select (start, hasEnd ? (start ?? origin).AddDays(length) : (DateOnly?)null);
    }

    private static Gen<QuantitativeIndicator> QuantitativeIndicator(string idBase, string[] stakeholderIds) =>
        from common in IndicatorCommon(idBase, stakeholderIds)
        from unit in Optional(Gen.Elements(Units))
        from direction in OptionalValue(Gen.Elements(Enum.GetValues<DesiredDirection>()))
        from baseline in Optional(QuantitativeValue())
        from target in Optional(QuantitativeValue())
        from measurements in SmallArray(
            from date in Date()
            from value in Number()
            from note in Optional(Text())
            select new QuantitativeMeasurement(date, value, note), 3)
        from extensions in Extensions()
        select new QuantitativeIndicator
        {
            Id = common.Id,
            Name = common.Name,
            Level = common.Level,
            DataSource = common.DataSource,
            Frequency = common.Frequency,
            Responsible = common.Responsible,
            Sdg = common.Sdg,
            Disaggregation = common.Disaggregation,
            Unit = unit,
            Direction = direction,
            Baseline = baseline,
            Target = target,
            Measurements = measurements,
            Extensions = extensions,
        };

    private static Gen<QualitativeIndicator> QualitativeIndicator(string idBase, string[] stakeholderIds) =>
        from common in IndicatorCommon(idBase, stakeholderIds)
        from scale in Gen.Elements(ScaleLevels, CyrillicScaleLevels).SelectMany(levels => Gen.Choose(0, levels.Length).Select(n => levels[..n]))
        from baseline in scale.Length == 0 ? Gen.Constant<QualitativeValue?>(null) : Optional(QualitativeValue(scale))
        from target in scale.Length == 0 ? Gen.Constant<QualitativeValue?>(null) : Optional(QualitativeValue(scale))
        from measurements in scale.Length == 0
            ? Gen.Constant(Array.Empty<QualitativeMeasurement>())
            : SmallArray(
                from date in Date()
                from level in Gen.Elements(scale)
                from note in Optional(Text())
                select new QualitativeMeasurement(date, level, note), 3)
        from extensions in Extensions()
        select new QualitativeIndicator
        {
            Id = common.Id,
            Name = common.Name,
            Level = common.Level,
            DataSource = common.DataSource,
            Frequency = common.Frequency,
            Responsible = common.Responsible,
            Sdg = common.Sdg,
            Disaggregation = common.Disaggregation,
            Scale = scale,
            Baseline = baseline,
            Target = target,
            Measurements = measurements,
            Extensions = extensions,
        };

    private static Gen<(string Id, Text Name, IndicatorLevel Level, Text? DataSource, Frequency? Frequency, string? Responsible, string? Sdg, string[] Disaggregation)> IndicatorCommon(
        string idBase, string[] stakeholderIds) =>
        from id in Id(idBase)
        from name in Text()
        from level in Gen.Elements(Enum.GetValues<IndicatorLevel>())
        from dataSource in Optional(Text())
        from frequency in OptionalValue(Gen.Elements(Enum.GetValues<Frequency>()))
        from responsible in OptionalRef(stakeholderIds)
        from sdg in Optional(Gen.Elements(Sdgs))
        from disaggregation in Gen.SubListOf(Disaggregations)
        select (id, name, level, dataSource, frequency, responsible, sdg, disaggregation.ToArray());

    private static Gen<QuantitativeValue> QuantitativeValue() =>
        from value in Number()
        from date in Date()
        select new QuantitativeValue(value, date);

    private static Gen<QualitativeValue> QualitativeValue(string[] scale) =>
        from level in Gen.Elements(scale)
        from date in Date()
        select new QualitativeValue(level, date);

    private static Gen<SituationAnalysis> SituationAnalysis() =>
        from summary in Optional(Text())
        from sources in SmallArray(Text(), 2)
        from threats in SmallArray(
            from crimeType in Gen.Elements(CrimeTypes())
            from priority in Gen.Elements(Enum.GetValues<ThreatPriority>())
            from description in Optional(Text())
            select new Threat { CrimeType = crimeType, Priority = priority, Description = description }, 4)
        select new SituationAnalysis { Summary = summary, Sources = sources, Threats = threats };

    private static Gen<WorkingGroup> WorkingGroup(string[] stakeholderIds) =>
        from chair in OptionalRef(stakeholderIds)
        from members in Refs(stakeholderIds)
        from meetings in SmallArray(
            from date in Date()
            from title in Text()
            from summary in Optional(Text())
            select new Meeting { Date = date, Title = title, Summary = summary }, 2)
        select new WorkingGroup { Chair = chair, Members = members, Meetings = meetings };

    private static Gen<MonitoringMechanism> Monitoring(string[] stakeholderIds) =>
        from body in OptionalRef(stakeholderIds)
        from frequency in OptionalValue(Gen.Elements(Enum.GetValues<Frequency>()))
        from evaluations in SmallArray(
            from kind in Gen.Elements(Enum.GetValues<EvaluationKind>())
            from due in Date()
            from evaluator in OptionalRef(stakeholderIds)
            select new Evaluation { Kind = kind, Due = due, Evaluator = evaluator }, 3)
        select new MonitoringMechanism { Body = body, ReportingFrequency = frequency, Evaluations = evaluations };

    private static Gen<Consultation[]> Consultations(string[] stakeholderIds) =>
        Gen.Choose(0, 3).SelectMany(count => Gen.CollectToArray(Enumerable.Range(0, count), i =>
            from id in Id($"con{i}")
            from kind in Gen.Elements(Enum.GetValues<ConsultationKind>())
            from start in OptionalValue(Date())
            from length in OptionalValue(Gen.Choose(0, 90))
            from channel in Optional(Text())
            from summary in Optional(Text())
            from participants in Refs(stakeholderIds)
            select new Consultation
            {
                Id = id,
                Kind = kind,
                Start = start,
                End = length is { } days ? (start ?? Epoch).AddDays(days) : null,
                Channel = channel,
                Summary = summary,
                Participants = participants,
            }));

    private static Gen<Adoption> Adoption(string[] stakeholderIds) =>
        from instrument in Optional(Text())
        from authority in OptionalRef(stakeholderIds)
        from planned in OptionalValue(Date())
        from adopted in OptionalValue(Date())
        from milestones in SmallArray(
            from title in Text()
            from due in Date()
            from done in Gen.Elements(true, false)
            select new Milestone { Title = title, Due = due, Done = done }, 2)
        select new Adoption { Instrument = instrument, Authority = authority, PlannedDate = planned, AdoptedDate = adopted, Milestones = milestones };

    private static Gen<Funding[]> Funding(string[] stakeholderIds) =>
        stakeholderIds.Length == 0
            ? Gen.Constant(Array.Empty<Funding>())
            : SmallArray(
                from source in Gen.Elements(stakeholderIds)
                from amount in Optional(Money())
                from purpose in Optional(Text())
                select new Funding { Source = source, Amount = amount, Purpose = purpose }, 2);

    private static Gen<LegalReference> LegalReference() =>
        from instrument in Gen.Elements([.. OrganizedCrimeStrategy.Model.LegalReference.KnownInstruments, "Criminal-Code-UZB"])
        from article in Optional(Gen.Elements("5", "6", "24", "16(3)"))
        from note in Optional(Text())
        select new LegalReference { Instrument = instrument, Article = article, Note = note };

    private static Gen<Period> Period() =>
        from start in Date()
        from length in Gen.Choose(1, 3650)
        select new Period(start, start.AddDays(length));

    private static Gen<Money> Money() =>
        from cents in Gen.Choose(0, 500_000_000)
        from currency in Gen.Elements(Currencies)
        select new Money(cents / 100m, currency);

    private static CrimeType[] CrimeTypes() => [.. CrimeType.Known, "x-localRacket", "wildlifePoaching"];

    private static Gen<ExtensionMembers> Extensions() =>
        Gen.Frequency(
            (6, Gen.Constant(ExtensionMembers.Empty)),
            (1, Gen.SubListOf(ExtensionNames).SelectMany(names => Gen.CollectToArray(names, name =>
                    Gen.Elements(ExtensionValues).Select(json => KeyValuePair.Create(name, Parse(json)))))
                .Select(ExtensionMembers.Create)));

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static Gen<string> Id(string structural) =>
        Gen.Frequency((4, Gen.Constant(structural)), (1, Gen.Elements(IdSuffixes).Select(suffix => structural + suffix)));

    private static Gen<DateOnly> Date() => Gen.Choose(0, 4000).Select(Epoch.AddDays);

    private static Gen<double> Number() =>
        Gen.OneOf(Gen.Choose(0, 1000).Select(i => (double)i), Gen.Choose(-100_000, 100_000).Select(i => i / 100.0));

    private static Gen<string> Phrase() =>
        Gen.OneOf(PhraseIn("en"), PhraseIn("ru"));

    private static Gen<string> PhraseIn(string language)
    {
        var words = language is "ru" or "uz-Cyrl" or "kk" ? CyrillicWords : LatinWords;
        return Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Gen.Elements(words), n)).Select(w => string.Join(' ', w));
    }

    private static Gen<string?> OptionalRef(string[] ids) =>
        ids.Length == 0 ? Gen.Constant<string?>(null) : Optional(Gen.Elements(ids));

    private static Gen<EquatableArray<string>> Refs(string[] ids) =>
        Gen.SubListOf(ids).Select(list => list.Take(4).ToEquatableArray());

    private static Gen<T[]> SmallArray<T>(Gen<T> element, int max) =>
        Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(element, n));

    private static Gen<T?> Optional<T>(Gen<T> value)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, value.Select(v => (T?)v)));

    private static Gen<T?> OptionalValue<T>(Gen<T> value)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, value.Select(v => (T?)v)));
}
