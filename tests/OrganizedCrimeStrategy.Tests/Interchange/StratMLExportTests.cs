using System.Xml.Linq;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Interchange;

/// <summary>What an export writes where, and what it reports when it cannot.</summary>
public class StratMLExportTests
{
    private static readonly XNamespace Part1 = StratML.Part1Namespace;
    private static readonly XNamespace Part2 = StratML.Part2Namespace;

    private static Strategy Uzbekistan => StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;

    private static Strategy Small(Action<List<Stakeholder>>? stakeholders = null, StrategyAction? action = null, Indicator? indicator = null)
    {
        List<Stakeholder> list =
        [
            new() { Id = "moi", Name = Text.Of(("en", "Ministry of Internal Affairs"), ("ru", "МВД")), Kind = StakeholderKind.LawEnforcement, Acronym = "MIA" },
            new() { Id = "ngo", Name = "Barqaror Hayot", Kind = StakeholderKind.CivilSociety },
        ];
        stakeholders?.Invoke(list);
        return new Strategy
        {
            Id = "s1",
            Country = "UZB",
            Title = Text.Of(("en", "Strategy"), ("uz-Cyrl", "Стратегия")),
            Stage = StrategyStage.Drafting,
            Stakeholders = [.. list],
            Directions =
            [
                new Direction
                {
                    Id = "d1",
                    Title = "Protect victims",
                    Pillar = Pillar.Protect,
                    Objectives =
                    [
                        new Objective
                        {
                            Id = "o1",
                            Title = "Shelters",
                            Indicators = indicator is null ? [] : [indicator],
                            Actions = [action ?? new StrategyAction { Id = "a1", Title = "Open shelters", Lead = "moi", Partners = ["ngo"], TargetGroups = ["victims"] }],
                        },
                    ],
                },
            ],
        };
    }

    private static StratMLImport RoundTrip(StratMLDocument document) => StratMLRoundTripProperties.ImportOrFail(document);

    [Fact]
    public void Directions_keep_their_pillar_and_actions_follow_their_objective_with_stakeholder_roles()
    {
        var document = StratML.Export(Small(), StratMLFlavor.Part2StrategicPlan).ToXDocument();
        var goal = document.Descendants(Part2 + "Goal").Single();
        Assert.Equal("ocs:direction {\"pillar\":\"protect\"}", goal.Element(Part2 + "OtherInformation")!.Value);
        var objectives = goal.Elements(Part2 + "Objective").ToList();
        Assert.Equal(["o1", "a1"], objectives.Select(o => o.Element(Part2 + "Identifier")!.Value));
        Assert.Equal(["1.1", "1.1.1"], objectives.Select(o => o.Element(Part2 + "SequenceIndicator")!.Value));
        Assert.Equal("ocs:action", objectives[1].Element(Part2 + "OtherInformation")!.Value);
        Assert.Equal(
            [
                ("Organization", "Ministry of Internal Affairs", "Lead", "Performer"),
                ("Organization", "Barqaror Hayot", "Partner", "Performer"),
                ("Generic_Group", "victims", "Target group", "Beneficiary"),
            ],
            objectives[1].Elements(Part2 + "Stakeholder").Select(s => (
                (string)s.Attribute("StakeholderTypeType")!,
                s.Element(Part2 + "Name")!.Value,
                s.Element(Part2 + "Role")!.Element(Part2 + "Name")!.Value,
                s.Element(Part2 + "Role")!.Element(Part2 + "RoleType")!.Value)));
    }

    [Fact]
    public void Part1_names_a_stakeholder_role_in_its_description_and_carries_the_kind_in_the_organization()
    {
        var document = StratML.Export(Small(), StratMLFlavor.Part1).ToXDocument();
        var lead = document.Descendants(Part1 + "Stakeholder").First();
        Assert.Equal(("Ministry of Internal Affairs", "Lead"), (lead.Element(Part1 + "Name")!.Value, lead.Element(Part1 + "Description")!.Value));
        var organization = document.Descendants(Part1 + "Organization").First();
        Assert.Equal(["Name", "Acronym", "Identifier", "Description"], organization.Elements().Select(e => e.Name.LocalName));
        Assert.StartsWith("ocs:stakeholder {\"name\":{\"en\":\"Ministry of Internal Affairs\",\"ru\":\"МВД\"},\"kind\":\"lawEnforcement\"}", organization.Element(Part1 + "Description")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_are_written_in_the_chosen_language_with_fallback_and_all_languages_come_back()
    {
        var strategy = Small();
        var russian = StratML.Export(strategy, StratMLFlavor.Part1, new StratMLExportOptions { Language = "ru-RU" });
        var root = russian.ToXDocument().Root!;
        Assert.Equal("Strategy", root.Element(Part1 + "Name")!.Value);
        Assert.Equal("МВД", root.Descendants(Part1 + "Organization").First().Element(Part1 + "Name")!.Value);
        Assert.Contains("ocs:language ru-RU", root.Element(Part1 + "OtherInformation")!.Value, StringComparison.Ordinal);
        Assert.Equal(strategy, RoundTrip(russian).Strategy);
        Assert.Equal("Стратегия", StratML.Export(strategy, StratMLFlavor.Part1, new StratMLExportOptions { Language = "uz-Cyrl" }).ToXDocument().Root!.Element(Part1 + "Name")!.Value);
    }

    [Fact]
    public void Without_model_data_every_left_out_member_is_a_warning_with_its_pointer()
    {
        var document = StratML.Export(Uzbekistan, StratMLFlavor.Part1, new StratMLExportOptions { EmbedModelData = false });
        var warnings = document.Warnings.ToDictionary(w => w.Pointer, w => w.Message);
        Assert.Contains("/situationAnalysis", warnings.Keys);
        Assert.Contains("/x-note", warnings.Keys);
        Assert.Contains("/stakeholders/9/parent", warnings.Keys);
        Assert.Contains("/directions/0/objectives/0/indicators", warnings.Keys);
        Assert.Contains("/directions/0/objectives/0/actions/0/budget", warnings.Keys);
        Assert.Contains("written only in part", warnings["/title"], StringComparison.Ordinal);
        Assert.Contains("has no element for it", warnings["/directions/0/objectives/0/actions/0/budget"], StringComparison.Ordinal);
        Assert.DoesNotContain("/country", warnings.Keys);
        Assert.DoesNotContain("/directions/0/pillar", warnings.Keys);
        Assert.Matches(@"^/directions/0/objectives/0/actions/0/budget: 'budget' is not written", document.Warnings.First(w => w.Pointer.EndsWith("/budget", StringComparison.Ordinal)).ToString());

        // A Part 2 report holds the indicators, so they are no longer warnings.
        var report = StratML.Export(Uzbekistan, StratMLFlavor.Part2PerformanceReport, new StratMLExportOptions { EmbedModelData = false });
        Assert.DoesNotContain(report.Warnings, w => w.Pointer.EndsWith("/indicators", StringComparison.Ordinal) || w.Pointer.EndsWith("/measurements", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Pointer.EndsWith("/indicators/0/dataSource", StringComparison.Ordinal));
    }

    [Fact]
    public void Measurements_are_actual_results_only_in_a_performance_report()
    {
        string[] ActualResults(StratMLFlavor flavor) =>
        [
            .. StratML.Export(Uzbekistan, flavor).ToXDocument().Descendants(Part2 + "ActualResult")
                .Select(r => r.Element(Part2 + "Descriptor")?.Element(Part2 + "DescriptorName")?.Value ?? r.Element(Part2 + "NumberOfUnits")!.Value),
        ];

        var plan = ActualResults(StratMLFlavor.Part2StrategicPlan);
        var report = ActualResults(StratMLFlavor.Part2PerformanceReport);
        Assert.All(plan, r => Assert.Equal("Baseline", r));
        Assert.Equal(Uzbekistan.Indicators.Sum(i => i.Indicator.MeasurementCount), report.Length - plan.Length);
        Assert.Contains("450", report);
    }

    [Fact]
    public void An_ambiguous_stakeholder_name_travels_as_model_data()
    {
        var strategy = Small(list => list.Add(new Stakeholder { Id = "moi2", Name = "Ministry of Internal Affairs", Kind = StakeholderKind.Government }));
        var document = StratML.Export(strategy, StratMLFlavor.Part2PerformanceReport);
        var action = document.ToXDocument().Descendants(Part2 + "Objective").Last();
        Assert.Equal("ocs:action {\"lead\":\"moi\"}", action.Element(Part2 + "OtherInformation")!.Value);
        Assert.Equal(strategy, RoundTrip(document).Strategy);

        var bare = StratML.Export(strategy, StratMLFlavor.Part2PerformanceReport, new StratMLExportOptions { EmbedModelData = false });
        Assert.Contains(bare.Warnings, w => w.Pointer == "/directions/0/objectives/0/actions/0/lead");
    }

    [Fact]
    public void Text_that_xml_cannot_hold_exactly_is_sanitized_in_stratml_and_exact_in_model_data()
    {
        var action = new StrategyAction { Id = "a1", Title = "  padded title\n", Description = "bell \u0007 and \uFFFF", TargetGroups = ["youth\u0001"] };
        var strategy = Small(action: action);
        var document = StratML.Export(strategy, StratMLFlavor.Part1);
        Assert.Empty(VendorSchemas.Validate(document));
        var objective = document.ToXDocument().Descendants(Part1 + "Objective").Last();
        Assert.Equal("padded title", objective.Element(Part1 + "Name")!.Value);
        Assert.Equal("bell \uFFFD and \uFFFD", objective.Element(Part1 + "Description")!.Value);
        Assert.Equal(strategy, RoundTrip(document).Strategy);
    }

    [Fact]
    public void Carriage_returns_and_numbers_of_any_size_survive()
    {
        var indicator = new QuantitativeIndicator
        {
            Id = "i1",
            Name = "Line one\r\nline two",
            Level = IndicatorLevel.Impact,
            Baseline = new QuantitativeValue(1e21, new(2024, 1, 1)),
            Target = new QuantitativeValue(-3.5e-7, new(2029, 1, 1)),
            Measurements = [new QuantitativeMeasurement(new(2025, 1, 1), double.MaxValue), new QuantitativeMeasurement(new(2026, 1, 1), double.Epsilon, "note")],
        };
        var strategy = Small(indicator: indicator);
        var document = StratML.Export(strategy, StratMLFlavor.Part2PerformanceReport);
        var errors = VendorSchemas.Validate(document);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var xml = document.ToXDocument();
        Assert.Equal("1000000000000000000000", xml.Descendants(Part2 + "NumberOfUnits").First().Value);
        Assert.Equal("-0.00000035", xml.Descendants(Part2 + "NumberOfUnits").ElementAt(1).Value);
        Assert.Equal("Outcome", (string?)xml.Descendants(Part2 + "PerformanceIndicator").Single().Attribute("ValueChainStage"));

        // double.MaxValue does not fit an xsd:decimal that System.Xml.Schema accepts: the result has no NumberOfUnits, the model data has the value.
        Assert.Equal(3, xml.Descendants(Part2 + "NumberOfUnits").Count());
        Assert.Equal(strategy, RoundTrip(document).Strategy);
    }

    [Fact]
    public void An_id_used_twice_is_written_once_as_identifier_and_reported()
    {
        var strategy = Small(list => list.Add(new Stakeholder { Id = "d1", Name = "Clash", Kind = StakeholderKind.Other }));
        Assert.NotEmpty(strategy.FindIntegrityProblems());
        var document = StratML.Export(strategy, StratMLFlavor.Part2StrategicPlan);
        Assert.Empty(VendorSchemas.Validate(document));
        Assert.Contains(document.Warnings, w => w.Pointer == "/directions/0" && w.Message.Contains("'d1' is used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void The_strategy_id_is_an_identifier_in_part2_unless_an_element_has_it()
    {
        var strategy = Small();
        Assert.Equal("s1", StratML.Export(strategy, StratMLFlavor.Part2StrategicPlan).ToXDocument().Descendants(Part2 + "AdministrativeInformation").Single().Element(Part2 + "Identifier")!.Value);
        var clash = strategy with { Id = "o1" };
        var document = StratML.Export(clash, StratMLFlavor.Part2StrategicPlan);
        Assert.Empty(VendorSchemas.Validate(document));
        Assert.Empty(document.ToXDocument().Descendants(Part2 + "AdministrativeInformation"));
        Assert.Equal(clash, RoundTrip(document).Strategy);
    }

    [Fact]
    public void A_document_can_be_written_to_a_stream_and_a_file()
    {
        var document = StratML.Export(Small(), StratMLFlavor.Part1);
        using var stream = new MemoryStream();
        document.WriteTo(stream);
        Assert.Equal(document.Utf8.ToArray(), stream.ToArray());
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<StrategicPlan xmlns=", document.ToString(), StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"ocs-{Guid.NewGuid():N}.xml");
        try
        {
            Assert.True(document.WriteFile(path).IsT0);
            Assert.Equal(document.Utf8.ToArray(), File.ReadAllBytes(path));
            Assert.Equal(Small(), StratML.ImportFile(path).AsT0.Strategy);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bad_arguments_are_programming_errors()
    {
        Assert.Throws<ArgumentNullException>(() => StratML.Export(null!, StratMLFlavor.Part1));
        Assert.Throws<ArgumentOutOfRangeException>(() => StratML.Export(Small(), (StratMLFlavor)42));
        Assert.Throws<ArgumentException>(() => new StratMLExportOptions { Language = "en_US" });
        Assert.Throws<ArgumentException>(() => new StratMLImportOptions { DefaultCountry = "uz" });
        Assert.Throws<ArgumentOutOfRangeException>(() => new StratMLImportOptions { MaxBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new StratMLImportOptions { MaxDepth = 2 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new StratMLImportOptions { MaxElements = 0 });
        Assert.Throws<ArgumentNullException>(() => StratML.Import((string)null!));
        Assert.Throws<ArgumentNullException>(() => StratML.Import((Stream)null!));
    }
}
