using System.Text.Json;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Interchange;

/// <summary>Importing documents written by hand or by other tools: what maps, what is assumed, what is kept and reported.</summary>
public class StratMLImportTests
{
    /// <summary>A Part 1 plan as another tool writes it: no model data, elements the model has no place for.</summary>
    internal const string Part1 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <StrategicPlan xmlns="urn:ISO:std:iso:17469:tech:xsd:stratml_core" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <Name>Strategy against Organized Crime of Kyrgyzstan</Name>
          <Description>A plan written by another tool.</Description>
          <StrategicPlanCore>
            <Organization>
              <Name>Ministry of Internal Affairs</Name>
              <Acronym>MIA</Acronym>
              <Identifier>mia</Identifier>
              <Description>Leads the police.</Description>
              <Stakeholder StakeholderTypeType="Organization"><Name>Police Academy</Name></Stakeholder>
            </Organization>
            <Vision><Description>A Kyrgyzstan free of organized crime.</Description></Vision>
            <Mission><Description>To prevent and pursue organized crime.</Description></Mission>
            <Value><Name>Integrity</Name></Value>
            <Goal>
              <Name>Protect victims of trafficking</Name>
              <Description>Shelters and hotlines.</Description>
              <Identifier>g1</Identifier>
              <SequenceIndicator>A</SequenceIndicator>
              <Stakeholder><Name>Victims</Name></Stakeholder>
              <Objective>
                <Name>Open shelters</Name>
                <Identifier>_o1</Identifier>
              </Objective>
            </Goal>
            <Goal>
              <Name>Cooperation</Name>
              <Description/>
              <OtherInformation>pillar: promote</OtherInformation>
            </Goal>
          </StrategicPlanCore>
          <AdministrativeInformation>
            <StartDate>2024-01-01</StartDate>
            <EndDate>2028-12-31</EndDate>
            <PublicationDate>2024-03-01</PublicationDate>
            <Source>https://example.org/plan</Source>
          </AdministrativeInformation>
        </StrategicPlan>
        """;

    /// <summary>A Part 2 report as another tool writes it: several targets, a result with a range, an indicator without type.</summary>
    internal const string Part2 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <PerformancePlanOrReport xmlns="urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport" Type="Performance_Report">
          <Name>Annual report 2025</Name>
          <StrategicPlanCore>
            <Goal>
              <Name>Pursue criminal groups</Name>
              <Description>Investigations and prosecutions.</Description>
              <Identifier>pursue</Identifier>
              <Objective>
                <Name>Dismantle organized criminal groups</Name>
                <Identifier>o1</Identifier>
                <PerformanceIndicator ValueChainStage="Outcome" PerformanceIndicatorType="Quantitative">
                  <MeasurementDimension>Groups dismantled</MeasurementDimension>
                  <UnitOfMeasurement>groups</UnitOfMeasurement>
                  <Identifier>i1</Identifier>
                  <Relationship RelationshipType="Peer_To"><ReferentIdentifier>o1</ReferentIdentifier></Relationship>
                  <MeasurementInstance>
                    <TargetResult><EndDate>2025-12-31</EndDate><NumberOfUnits>10</NumberOfUnits></TargetResult>
                    <TargetResult><EndDate>2027-12-31</EndDate><NumberOfUnits>25.5</NumberOfUnits></TargetResult>
                    <ActualResult>
                      <StartDate>2025-01-01</StartDate>
                      <EndDate>2025-12-31</EndDate>
                      <NumberOfUnits>12</NumberOfUnits>
                      <Description>Above target</Description>
                    </ActualResult>
                  </MeasurementInstance>
                </PerformanceIndicator>
                <PerformanceIndicator>
                  <MeasurementDimension>Law on asset recovery</MeasurementDimension>
                  <UnitOfMeasurement/>
                  <MeasurementInstance>
                    <TargetResult><EndDate>2026-06-30</EndDate><Descriptor><DescriptorValue>adopted</DescriptorValue></Descriptor></TargetResult>
                    <ActualResult><EndDate>2025-06-30</EndDate><Descriptor><DescriptorValue>drafted</DescriptorValue></Descriptor></ActualResult>
                  </MeasurementInstance>
                </PerformanceIndicator>
              </Objective>
            </Goal>
          </StrategicPlanCore>
          <AdministrativeInformation>
            <Identifier>kgz-report-2025</Identifier>
          </AdministrativeInformation>
        </PerformancePlanOrReport>
        """;

    internal static StratMLImport Import(string xml, StratMLImportOptions? options = null) =>
        StratML.Import(xml, options).Match(i => i, f => throw new Xunit.Sdk.XunitException($"Import failed:\n{f}"));

    [Fact]
    public void A_minimal_part1_document_maps_onto_the_model()
    {
        var imported = Import(Part1);
        var s = imported.Strategy;
        Assert.Equal(StratMLFlavor.Part1, imported.Flavor);
        Assert.Equal(Text.Plain("Strategy against Organized Crime of Kyrgyzstan"), s.Title);
        Assert.Equal("strategy-against-organized-crime-of-kyrgyzstan", s.Id);
        Assert.Equal("XXX", s.Country);
        Assert.Equal(StrategyStage.Adopted, s.Stage);
        Assert.Equal(new Period(new(2024, 1, 1), new(2028, 12, 31)), s.Period);
        Assert.Equal("A Kyrgyzstan free of organized crime.", s.Vision!.Get());

        Assert.Collection(
            s.Stakeholders,
            mia => Assert.Equal(("mia", "Ministry of Internal Affairs", "MIA", StakeholderKind.Government, (string?)null), (mia.Id, mia.Name.Get(), mia.Acronym, mia.Kind, mia.Parent)),
            academy => Assert.Equal(("Police Academy", StakeholderKind.Other, "mia"), (academy.Name.Get(), academy.Kind, academy.Parent)));

        Assert.Collection(
            s.Directions,
            protect =>
            {
                Assert.Equal(("g1", Pillar.Protect, "Shelters and hotlines."), (protect.Id, protect.Pillar, protect.Summary!.Get()));
                var objective = Assert.Single(protect.Objectives);
                Assert.Equal(("objective-1.1", "Open shelters"), (objective.Id, objective.Title.Get()));
                Assert.Empty(objective.Actions);
            },
            promote =>
            {
                Assert.Equal(("goal-2", Pillar.Promote, "Cooperation"), (promote.Id, promote.Pillar, promote.Title.Get()));
                Assert.Null(promote.Summary);
            });
        Assert.Empty(s.FindIntegrityProblems());
    }

    [Fact]
    public void A_minimal_part2_report_maps_indicators_targets_and_actual_results()
    {
        var imported = Import(Part2);
        var s = imported.Strategy;
        Assert.Equal(StratMLFlavor.Part2PerformanceReport, imported.Flavor);
        Assert.Equal(("kgz-report-2025", StrategyStage.Implementation), (s.Id, s.Stage));
        var direction = Assert.Single(s.Directions);
        Assert.Equal(("pursue", Pillar.Pursue), (direction.Id, direction.Pillar));
        var objective = Assert.Single(direction.Objectives);
        Assert.Equal("o1", objective.Id);

        var groups = Assert.IsType<QuantitativeIndicator>(objective.Indicators[0]);
        Assert.Equal(("i1", "Groups dismantled", IndicatorLevel.Outcome, "groups"), (groups.Id, groups.Name.Get(), groups.Level, groups.Unit));
        Assert.Null(groups.Baseline);
        Assert.Equal(new QuantitativeValue(25.5, new(2027, 12, 31)), groups.Target);
        Assert.Equal([new QuantitativeMeasurement(new(2025, 12, 31), 12, Text.Plain("Above target"))], groups.Measurements);

        var law = Assert.IsType<QualitativeIndicator>(objective.Indicators[1]);
        Assert.Equal(("indicator-1.1.2", IndicatorLevel.Outcome), (law.Id, law.Level));
        Assert.Equal(["drafted", "adopted"], law.Scale);
        Assert.Equal(new QualitativeValue("adopted", new(2026, 6, 30)), law.Target);
        Assert.Equal([new QualitativeMeasurement(new(2025, 6, 30), "drafted")], law.Measurements);
    }

    [Fact]
    public void Every_element_without_a_place_is_reported_with_its_location_and_kept_in_x_stratml()
    {
        var imported = Import(Part1);
        var unmapped = imported.Unmapped.ToList();
        Assert.Equal(
            [
                "/StrategicPlan/Description",
                "/StrategicPlan/StrategicPlanCore/Organization/Description",
                "/StrategicPlan/StrategicPlanCore/Organization/Stakeholder",
                "/StrategicPlan/StrategicPlanCore/Mission",
                "/StrategicPlan/StrategicPlanCore/Value",
                "/StrategicPlan/StrategicPlanCore/Goal[1]/SequenceIndicator",
                "/StrategicPlan/StrategicPlanCore/Goal[1]/Stakeholder",
                "/StrategicPlan/StrategicPlanCore/Goal[1]/Objective/Identifier",
                "/StrategicPlan/AdministrativeInformation/PublicationDate",
                "/StrategicPlan/AdministrativeInformation/Source",
            ],
            unmapped.Select(n => n.Place));
        Assert.All(unmapped, n => Assert.True(n.Line > 0 && n.Column > 0 && n.Message.Length > 0 && n.KeptAt is not null, n.ToString()));
        Assert.Equal("/directions/0/objectives/0/x-stratml", unmapped.Single(n => n.Place.EndsWith("Objective/Identifier", StringComparison.Ordinal)).KeptAt);
        Assert.Contains("_o1", unmapped.Single(n => n.Place.EndsWith("Objective/Identifier", StringComparison.Ordinal)).Message, StringComparison.Ordinal);

        // The content is in the model, as JSON under x-stratml, and survives the JSON format.
        var s = StrategyJson.Read(StrategyJson.Write(imported.Strategy)).AsT0;
        Assert.True(s.Extensions.TryGetValue("x-stratml", out var kept));
        Assert.Equal("A plan written by another tool.", kept.GetProperty("Description").GetString());
        Assert.Equal("To prevent and pursue organized crime.", kept.GetProperty("StrategicPlanCore/Mission").GetProperty("Description").GetString());
        Assert.Equal("Integrity", kept.GetProperty("StrategicPlanCore/Value").GetProperty("Name").GetString());
        Assert.Equal("https://example.org/plan", kept.GetProperty("AdministrativeInformation/Source").GetString());
        Assert.True(s.Directions[0].Extensions.TryGetValue("x-stratml", out var goal));
        Assert.Equal("Victims", goal.GetProperty("Stakeholder").GetProperty("Name").GetString());
        Assert.Equal("A", goal.GetProperty("SequenceIndicator").GetString());
        Assert.Equal("Leads the police.", s.Stakeholders[0].Extensions.Single().Value.GetProperty("Description").GetString());
    }

    [Fact]
    public void What_the_model_requires_and_StratML_lacks_is_assumed_and_reported()
    {
        var assumptions = Import(Part1).Notes.Where(n => n.Kind == ImportNoteKind.Assumption).Select(n => n.Message).ToList();
        Assert.Contains(assumptions, m => m.Contains("'XXX'", StringComparison.Ordinal) && m.Contains("DefaultCountry", StringComparison.Ordinal));
        Assert.Contains(assumptions, m => m.Contains("'adopted'", StringComparison.Ordinal));
        Assert.Contains(assumptions, m => m.Contains("'strategy-against-organized-crime-of-kyrgyzstan'", StringComparison.Ordinal));
        Assert.Contains(assumptions, m => m.Contains("'protect' is taken from its name", StringComparison.Ordinal));
        Assert.Contains(assumptions, m => m.Contains("'government'", StringComparison.Ordinal));
        Assert.Contains(assumptions, m => m.Contains("id 'goal-2'", StringComparison.Ordinal));
        Assert.DoesNotContain(assumptions, m => m.Contains("promote", StringComparison.Ordinal));
    }

    [Fact]
    public void The_part2_report_reports_the_second_target_the_relationship_and_the_result_range()
    {
        var notes = Import(Part2).Notes;
        var unmapped = notes.Where(n => n.Kind == ImportNoteKind.Unmapped).Select(n => n.Place).ToList();
        const string Indicator = "/PerformancePlanOrReport/StrategicPlanCore/Goal/Objective/PerformanceIndicator[1]";
        Assert.Equal(
            [$"{Indicator}/Relationship", $"{Indicator}/MeasurementInstance/TargetResult[1]", $"{Indicator}/MeasurementInstance/ActualResult/StartDate"],
            unmapped);
        Assert.Contains(notes, n => n.Kind == ImportNoteKind.Assumption && n.Message.Contains("qualitative, from its results", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Kind == ImportNoteKind.Assumption && n.Message.Contains("(drafted, adopted)", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_texts_of_another_tool_can_be_given_a_language()
    {
        var s = Import(Part1, new StratMLImportOptions { Language = "ky", DefaultCountry = "KGZ", DefaultStage = StrategyStage.Drafting, DefaultPillar = Pillar.Pursue }).Strategy;
        Assert.Equal("Strategy against Organized Crime of Kyrgyzstan", s.Title.GetExact("ky"));
        Assert.Equal(("KGZ", StrategyStage.Drafting), (s.Country, s.Stage));
    }

    [Fact]
    public void The_default_pillar_applies_when_a_goal_names_none_or_several()
    {
        var xml = Part1.Replace("Protect victims of trafficking", "Protect and promote", StringComparison.Ordinal)
            .Replace("Shelters and hotlines.", "Several things.", StringComparison.Ordinal);
        var s = Import(xml, new StratMLImportOptions { DefaultPillar = Pillar.Pursue }).Strategy;
        Assert.Equal(Pillar.Pursue, s.Directions[0].Pillar);
    }

    [Fact]
    public void Actions_from_hand_written_model_markers_resolve_their_stakeholders_by_name_or_acronym()
    {
        const string Action = """
            <Objective>
              <Name>Train shelter staff</Name>
              <Stakeholder><Name>MIA</Name><Description>Lead</Description></Stakeholder>
              <Stakeholder><Name>Police Academy</Name><Description>Partner</Description></Stakeholder>
              <Stakeholder><Name>Nobody</Name><Description>Partner</Description></Stakeholder>
              <Stakeholder StakeholderTypeType="Generic_Group"><Name>victims</Name><Description>Target group</Description></Stakeholder>
              <Stakeholder><Name>Press</Name><Description>Observer</Description></Stakeholder>
              <OtherInformation>ocs:action {"status":"inProgress","budget":{"amount":1000,"currency":"USD"}}</OtherInformation>
            </Objective>
            """;
        var xml = Part1.Replace("<Identifier>_o1</Identifier>", "<Identifier>o-shelters</Identifier>", StringComparison.Ordinal)
            .Replace("</Objective>", "</Objective>" + Action, StringComparison.Ordinal);
        var imported = Import(xml);
        var action = Assert.Single(imported.Strategy.Actions).Action;
        Assert.Equal(("mia", ActionStatus.InProgress, 1000m), (action.Lead, action.Status, action.Budget!.Amount));
        Assert.Equal(["stakeholder-2"], action.Partners);
        Assert.Equal(["victims"], action.TargetGroups);
        var unmapped = imported.Unmapped.Where(n => n.Place.Contains("Objective[2]", StringComparison.Ordinal)).Select(n => n.Message).ToList();
        Assert.Equal(2, unmapped.Count);
        Assert.Contains("'Nobody'", unmapped[0], StringComparison.Ordinal);
        Assert.Contains("not 'Observer'", unmapped[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_made_by_another_tool_wins_over_the_model_data_and_is_reported()
    {
        var strategy = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;
        var document = StratML.Export(strategy, StratMLFlavor.Part2StrategicPlan).ToXDocument();
        var ns = System.Xml.Linq.XNamespace.Get(StratML.Part2Namespace);
        var goal = document.Descendants(ns + "Goal").First();
        goal.Element(ns + "Name")!.Value = "Preventing organized crime early";
        var imported = StratML.Import(document.ToString()).AsT0;
        var title = imported.Strategy.Directions[0].Title;
        Assert.Equal("Preventing organized crime early", title.GetExact("en"));
        Assert.Equal(strategy.Directions[0].Title.GetExact("ru"), title.GetExact("ru"));
        var conflict = Assert.Single(imported.Notes);
        Assert.Equal((ImportNoteKind.Conflict, "/PerformancePlanOrReport/StrategicPlanCore/Goal[1]"), (conflict.Kind, conflict.Place));
        Assert.Contains("'en' text of 'title'", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_data_that_breaks_a_rule_fails_at_the_element_that_carries_it()
    {
        var strategy = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;
        var exported = StratML.Export(strategy, StratMLFlavor.Part1).ToString();
        var at = exported.IndexOf("\"status\":\"inProgress\"", StringComparison.Ordinal);
        var xml = string.Concat(exported.AsSpan(0, at), "\"status\":\"ongoing\"", exported.AsSpan(at + "\"status\":\"inProgress\"".Length));
        var failures = StratML.Import(xml).AsT1;
        var failure = Assert.Single(failures);
        Assert.Equal(DiagnosticCode.InvalidContent, failure.Code);
        Assert.Equal("/StrategicPlan/StrategicPlanCore/Goal[1]/Objective[2]", failure.Place);
        Assert.Contains("/directions/0/objectives/0/actions/0/status", failure.Message, StringComparison.Ordinal);
        Assert.True(failure.Line > 0 && failure.Column > 0);
    }

    [Fact]
    public void A_stakeholder_removed_by_another_tool_leaves_dangling_references_that_are_kept_and_reported_by_the_check()
    {
        var strategy = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;
        var document = StratML.Export(strategy, StratMLFlavor.Part2PerformanceReport).ToXDocument();
        var ns = System.Xml.Linq.XNamespace.Get(StratML.Part2Namespace);
        document.Descendants(ns + "Organization").Single(o => o.Element(ns + "Identifier")?.Value == "mpse").Remove();
        var imported = StratML.Import(document.ToString()).AsT0;

        // The references travel in model data (an indicator's responsible body, the working group's members): the
        // import keeps them as written, like the JSON reader, and OCS002 reports each at the reference.
        Assert.Equal("mpse", imported.Strategy.Indicators.Single(i => i.Pointer == "/directions/0/objectives/0/actions/0/indicators/0").Indicator.Responsible);
        Assert.Contains("mpse", imported.Strategy.WorkingGroup!.Members);
        Assert.Null(imported.Strategy.FindStakeholder("mpse"));
        var findings = RuleSet.Toolkit.Check(imported.Strategy).Findings.Where(f => f.RuleId == "OCS002").ToList();
        Assert.Contains(findings, f => f.Pointer == "/directions/0/objectives/0/actions/0/indicators/0/responsible" && f.Message.Contains("'mpse'", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Pointer.StartsWith("/workingGroup/members/", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void A_lead_whose_organization_was_removed_is_reported_and_left_out()
    {
        var strategy = StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;
        var document = StratML.Export(strategy, StratMLFlavor.Part1).ToXDocument();
        var ns = System.Xml.Linq.XNamespace.Get(StratML.Part1Namespace);
        var action = document.Descendants(ns + "Objective").Single(o => o.Element(ns + "Identifier")?.Value == "act-school-module");
        action.Elements(ns + "Stakeholder").First().Element(ns + "Name")!.Value = "Ministry of Magic";
        var imported = StratML.Import(document.ToString()).AsT0;
        Assert.Null(imported.Strategy.Actions[0].Action.Lead);
        var note = Assert.Single(imported.Notes);
        Assert.Equal(ImportNoteKind.Unmapped, note.Kind);
        Assert.Contains("'Ministry of Magic'", note.Message, StringComparison.Ordinal);
        Assert.Equal("/directions/0/objectives/0/actions/0/x-stratml", note.KeptAt);
    }

    [Fact]
    public void Notes_and_failures_read_as_one_line()
    {
        var note = Import(Part1).Unmapped.First();
        Assert.Matches(@"^\d+:\d+: /StrategicPlan/Description unmapped: .+ \(kept at /x-stratml\)$", note.ToString());
        Assert.Equal("unmapped", note.KindName);
    }

    [Fact]
    public void A_document_exported_from_an_empty_strategy_imports_without_its_placeholder_goal()
    {
        var strategy = new Strategy { Id = "s", Country = "UZB", Title = "T", Stage = StrategyStage.Initiation };
        var imported = StratMLRoundTripProperties.ImportOrFail(StratML.Export(strategy, StratMLFlavor.Part1));
        Assert.Equal(strategy, imported.Strategy);
        Assert.Empty(imported.Strategy.Directions);
    }

    [Fact]
    public void Unknown_attributes_and_foreign_elements_are_kept()
    {
        var xml = Part2.Replace("<Goal>", "<Goal status=\"draft\"><x:Note xmlns:x=\"urn:example\">internal</x:Note>", StringComparison.Ordinal);
        var imported = Import(xml);
        var kept = imported.Strategy.Directions[0].Extensions.Single(e => e.Key == "x-stratml").Value;
        Assert.Equal("draft", kept.GetProperty("@status").GetString());
        Assert.Equal("internal", kept.GetProperty("Note").GetString());
        Assert.Contains(imported.Unmapped, n => n.Message.Contains("namespace 'urn:example'", StringComparison.Ordinal));
        Assert.Contains(imported.Unmapped, n => n.Message.Contains("attribute status", StringComparison.Ordinal));
    }
}
