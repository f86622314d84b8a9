using System.Text.Encodings.Web;
using System.Text.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Json;

/// <summary>
/// Writes the canonical form of format 1.0: known members in the order of FORMAT.md, then the unknown ones in
/// the order they were read; empty optional lists and absent optional members left out.
/// </summary>
internal static class StrategyWriter
{
    public static JsonWriterOptions WriterOptions(StrategyWriteOptions options) => new()
    {
        Indented = options.Indented,
        IndentSize = 2,
        NewLine = "\n",

        // Cyrillic and other scripts stay readable in the file; the document is data, never embedded in HTML as is.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static void Write(Utf8JsonWriter w, Strategy s)
    {
        w.WriteStartObject();
        if (s.Schema is not null)
        {
            w.WriteString("$schema"u8, s.Schema);
        }

        w.WriteString("schemaVersion"u8, s.SchemaVersion);
        w.WriteString("id"u8, s.Id);
        w.WriteString("country"u8, s.Country);
        Text(w, "title"u8, s.Title);
        Text(w, "vision"u8, s.Vision);
        Enum(w, "stage"u8, s.Stage);
        if (s.Period is { } period)
        {
            w.WritePropertyName("period"u8);
            w.WriteStartObject();
            Date(w, "start"u8, period.Start);
            Date(w, "end"u8, period.End);
            End(w, period);
        }

        if (s.SituationAnalysis is { } situation)
        {
            w.WritePropertyName("situationAnalysis"u8);
            w.WriteStartObject();
            Text(w, "summary"u8, situation.Summary);
            if (!situation.Sources.IsEmpty)
            {
                w.WriteStartArray("sources"u8);
                foreach (var source in situation.Sources)
                {
                    TextValue(w, source);
                }

                w.WriteEndArray();
            }

            w.WriteStartArray("threats"u8);
            foreach (var threat in situation.Threats)
            {
                w.WriteStartObject();
                w.WriteString("crimeType"u8, threat.CrimeType.Value);
                Enum(w, "priority"u8, threat.Priority);
                Text(w, "description"u8, threat.Description);
                End(w, threat);
            }

            w.WriteEndArray();
            End(w, situation);
        }

        w.WriteStartArray("stakeholders"u8);
        foreach (var stakeholder in s.Stakeholders)
        {
            w.WriteStartObject();
            w.WriteString("id"u8, stakeholder.Id);
            Text(w, "name"u8, stakeholder.Name);
            Enum(w, "kind"u8, stakeholder.Kind);
            String(w, "acronym"u8, stakeholder.Acronym);
            String(w, "parent"u8, stakeholder.Parent);
            End(w, stakeholder);
        }

        w.WriteEndArray();
        if (s.WorkingGroup is { } group)
        {
            w.WritePropertyName("workingGroup"u8);
            w.WriteStartObject();
            String(w, "chair"u8, group.Chair);
            Strings(w, "members"u8, group.Members, always: true);
            if (!group.Meetings.IsEmpty)
            {
                w.WriteStartArray("meetings"u8);
                foreach (var meeting in group.Meetings)
                {
                    w.WriteStartObject();
                    Date(w, "date"u8, meeting.Date);
                    Text(w, "title"u8, meeting.Title);
                    Text(w, "summary"u8, meeting.Summary);
                    End(w, meeting);
                }

                w.WriteEndArray();
            }

            End(w, group);
        }

        w.WriteStartArray("directions"u8);
        foreach (var direction in s.Directions)
        {
            w.WriteStartObject();
            w.WriteString("id"u8, direction.Id);
            Text(w, "title"u8, direction.Title);
            Enum(w, "pillar"u8, direction.Pillar);
            Text(w, "summary"u8, direction.Summary);
            w.WriteStartArray("objectives"u8);
            foreach (var objective in direction.Objectives)
            {
                Objective(w, objective);
            }

            w.WriteEndArray();
            End(w, direction);
        }

        w.WriteEndArray();
        if (s.Monitoring is { } monitoring)
        {
            w.WritePropertyName("monitoring"u8);
            w.WriteStartObject();
            String(w, "body"u8, monitoring.Body);
            if (monitoring.ReportingFrequency is { } frequency)
            {
                Enum(w, "reportingFrequency"u8, frequency);
            }

            if (!monitoring.Evaluations.IsEmpty)
            {
                w.WriteStartArray("evaluations"u8);
                foreach (var evaluation in monitoring.Evaluations)
                {
                    w.WriteStartObject();
                    Enum(w, "kind"u8, evaluation.Kind);
                    Date(w, "due"u8, evaluation.Due);
                    String(w, "evaluator"u8, evaluation.Evaluator);
                    End(w, evaluation);
                }

                w.WriteEndArray();
            }

            End(w, monitoring);
        }

        if (!s.Consultations.IsEmpty)
        {
            w.WriteStartArray("consultations"u8);
            foreach (var consultation in s.Consultations)
            {
                w.WriteStartObject();
                w.WriteString("id"u8, consultation.Id);
                Enum(w, "kind"u8, consultation.Kind);
                Date(w, "start"u8, consultation.Start);
                Date(w, "end"u8, consultation.End);
                Text(w, "channel"u8, consultation.Channel);
                Text(w, "summary"u8, consultation.Summary);
                Strings(w, "participants"u8, consultation.Participants);
                End(w, consultation);
            }

            w.WriteEndArray();
        }

        if (s.Adoption is { } adoption)
        {
            w.WritePropertyName("adoption"u8);
            w.WriteStartObject();
            Text(w, "instrument"u8, adoption.Instrument);
            String(w, "authority"u8, adoption.Authority);
            Date(w, "plannedDate"u8, adoption.PlannedDate);
            Date(w, "adoptedDate"u8, adoption.AdoptedDate);
            if (!adoption.Milestones.IsEmpty)
            {
                w.WriteStartArray("milestones"u8);
                foreach (var milestone in adoption.Milestones)
                {
                    w.WriteStartObject();
                    Text(w, "title"u8, milestone.Title);
                    Date(w, "due"u8, milestone.Due);
                    if (milestone.Done)
                    {
                        w.WriteBoolean("done"u8, true);
                    }

                    End(w, milestone);
                }

                w.WriteEndArray();
            }

            End(w, adoption);
        }

        if (!s.Funding.IsEmpty)
        {
            w.WriteStartArray("funding"u8);
            foreach (var funding in s.Funding)
            {
                w.WriteStartObject();
                w.WriteString("source"u8, funding.Source);
                Money(w, "amount"u8, funding.Amount);
                Text(w, "purpose"u8, funding.Purpose);
                End(w, funding);
            }

            w.WriteEndArray();
        }

        References(w, s.References);
        End(w, s);
    }

    private static void Objective(Utf8JsonWriter w, Objective objective)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, objective.Id);
        Text(w, "title"u8, objective.Title);
        Text(w, "description"u8, objective.Description);
        Indicators(w, objective.Indicators, always: true);
        w.WriteStartArray("actions"u8);
        foreach (var action in objective.Actions)
        {
            Action(w, action);
        }

        w.WriteEndArray();
        End(w, objective);
    }

    private static void Action(Utf8JsonWriter w, StrategyAction action)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, action.Id);
        Text(w, "title"u8, action.Title);
        Text(w, "description"u8, action.Description);
        String(w, "lead"u8, action.Lead);
        Strings(w, "partners"u8, action.Partners);
        Date(w, "start"u8, action.Start);
        Date(w, "end"u8, action.End);
        Enum(w, "status"u8, action.Status);
        Money(w, "budget"u8, action.Budget);
        String(w, "fundingSource"u8, action.FundingSource);
        if (!action.CrimeTypes.IsEmpty)
        {
            w.WriteStartArray("crimeTypes"u8);
            foreach (var crimeType in action.CrimeTypes)
            {
                w.WriteStringValue(crimeType.Value);
            }

            w.WriteEndArray();
        }

        Strings(w, "targetGroups"u8, action.TargetGroups);
        Indicators(w, action.Indicators, always: false);
        References(w, action.References);
        End(w, action);
    }

    private static void Indicators(Utf8JsonWriter w, EquatableArray<Indicator> indicators, bool always)
    {
        if (indicators.IsEmpty && !always)
        {
            return;
        }

        w.WriteStartArray("indicators"u8);
        foreach (var indicator in indicators)
        {
            w.WriteStartObject();
            w.WriteString("id"u8, indicator.Id);
            w.WriteString("type"u8, indicator is QuantitativeIndicator ? "quantitative"u8 : "qualitative"u8);
            Text(w, "name"u8, indicator.Name);
            Enum(w, "level"u8, indicator.Level);
            Text(w, "dataSource"u8, indicator.DataSource);
            if (indicator.Frequency is { } frequency)
            {
                Enum(w, "frequency"u8, frequency);
            }

            String(w, "responsible"u8, indicator.Responsible);
            String(w, "sdg"u8, indicator.Sdg);
            Strings(w, "disaggregation"u8, indicator.Disaggregation);
            switch (indicator)
            {
                case QuantitativeIndicator quantitative:
                    String(w, "unit"u8, quantitative.Unit);
                    if (quantitative.Direction is { } direction)
                    {
                        Enum(w, "direction"u8, direction);
                    }

                    QuantitativeValue(w, "baseline"u8, quantitative.Baseline);
                    QuantitativeValue(w, "target"u8, quantitative.Target);
                    if (!quantitative.Measurements.IsEmpty)
                    {
                        w.WriteStartArray("measurements"u8);
                        foreach (var measurement in quantitative.Measurements)
                        {
                            w.WriteStartObject();
                            Date(w, "date"u8, measurement.Date);
                            w.WriteNumber("value"u8, measurement.Value);
                            Text(w, "note"u8, measurement.Note);
                            End(w, measurement);
                        }

                        w.WriteEndArray();
                    }

                    break;
                case QualitativeIndicator qualitative:
                    Strings(w, "scale"u8, qualitative.Scale);
                    QualitativeValue(w, "baseline"u8, qualitative.Baseline);
                    QualitativeValue(w, "target"u8, qualitative.Target);
                    if (!qualitative.Measurements.IsEmpty)
                    {
                        w.WriteStartArray("measurements"u8);
                        foreach (var measurement in qualitative.Measurements)
                        {
                            w.WriteStartObject();
                            Date(w, "date"u8, measurement.Date);
                            w.WriteString("level"u8, measurement.Level);
                            Text(w, "note"u8, measurement.Note);
                            End(w, measurement);
                        }

                        w.WriteEndArray();
                    }

                    break;
            }

            End(w, indicator);
        }

        w.WriteEndArray();
    }

    private static void QuantitativeValue(Utf8JsonWriter w, ReadOnlySpan<byte> name, QuantitativeValue? value)
    {
        if (value is null)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartObject();
        w.WriteNumber("value"u8, value.Value);
        Date(w, "date"u8, value.Date);
        End(w, value);
    }

    private static void QualitativeValue(Utf8JsonWriter w, ReadOnlySpan<byte> name, QualitativeValue? value)
    {
        if (value is null)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartObject();
        w.WriteString("level"u8, value.Level);
        Date(w, "date"u8, value.Date);
        End(w, value);
    }

    private static void References(Utf8JsonWriter w, EquatableArray<LegalReference> references)
    {
        if (references.IsEmpty)
        {
            return;
        }

        w.WriteStartArray("references"u8);
        foreach (var reference in references)
        {
            w.WriteStartObject();
            w.WriteString("instrument"u8, reference.Instrument);
            String(w, "article"u8, reference.Article);
            Text(w, "note"u8, reference.Note);
            End(w, reference);
        }

        w.WriteEndArray();
    }

    private static void Money(Utf8JsonWriter w, ReadOnlySpan<byte> name, Money? money)
    {
        if (money is null)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartObject();
        w.WriteNumber("amount"u8, money.Amount);
        w.WriteString("currency"u8, money.Currency);
        End(w, money);
    }

    /// <summary>Writes the element's unknown members, in the order they were read, and closes the object.</summary>
    private static void End(Utf8JsonWriter w, ModelElement element)
    {
        foreach (var (name, value) in element.Extensions)
        {
            w.WritePropertyName(name);
            value.WriteTo(w);
        }

        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, ReadOnlySpan<byte> name, Text? text)
    {
        if (text is null)
        {
            return;
        }

        w.WritePropertyName(name);
        TextValue(w, text);
    }

    private static void TextValue(Utf8JsonWriter w, Text text)
    {
        if (text.IsPlain)
        {
            w.WriteStringValue(text.Entries[0].Value);
            return;
        }

        w.WriteStartObject();
        foreach (var entry in text.Entries)
        {
            w.WriteString(entry.Language, entry.Value);
        }

        w.WriteEndObject();
    }

    private static void String(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter w, ReadOnlySpan<byte> name, EquatableArray<string> values, bool always = false)
    {
        if (values.IsEmpty && !always)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Enum<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, T value)
        where T : struct, System.Enum => w.WriteString(name, FormatNames.Of(value));

    private static void Date(Utf8JsonWriter w, ReadOnlySpan<byte> name, DateOnly? date)
    {
        if (date is not { } d)
        {
            return;
        }

        Span<byte> buffer = stackalloc byte[10];
        d.TryFormat(buffer, out _, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        w.WriteString(name, buffer);
    }
}
