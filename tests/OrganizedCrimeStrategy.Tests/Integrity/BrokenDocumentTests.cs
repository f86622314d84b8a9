using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Checks.Output;
using OrganizedCrimeStrategy.Diff;
using OrganizedCrimeStrategy.Interchange;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Monitoring;
using OrganizedCrimeStrategy.Reports;
using OrganizedCrimeStrategy.Testing;
using OrganizedCrimeStrategy.Tests.Checks;
using OrganizedCrimeStrategy.Tests.Interchange;

namespace OrganizedCrimeStrategy.Tests.Integrity;

/// <summary>
/// Documents with what JSON Schema cannot express (an id used twice, a reference to no stakeholder), which the model
/// accepts and the reader keeps: each goes through every consumer, which handles it without throwing, and the check
/// reports it with OCS001 or OCS002 at the exact place.
/// </summary>
public class BrokenDocumentTests
{
    public sealed record Case(Func<Strategy, Strategy> Break, string RuleId, string Pointer, Pillar? Pillar, string Id);

    public static readonly IReadOnlyDictionary<string, Case> Cases = new Dictionary<string, Case>
    {
        ["dangling lead"] = new(s => s.Action(0, a => a with { Lead = "ministry-of-magic" }), "OCS002", CompleteStrategy.PreventAction + "/lead", Pillar.Prevent, "ministry-of-magic"),
        ["dangling partner"] = new(s => s.Action(3, a => a with { Partners = ["ngo", "unodc", "nobody"] }), "OCS002", "/directions/3/objectives/0/actions/0/partners/2", Pillar.Promote, "nobody"),
        ["duplicated stakeholder id"] = new(s => s with { Stakeholders = s.Stakeholders.Add(new Stakeholder { Id = "mia", Name = "Ministry, again", Kind = StakeholderKind.Government }) }, "OCS001", "/stakeholders/6/id", null, "mia"),
        ["duplicated action id"] = new(s => s.Action(1, a => a with { Id = "prev.a" }), "OCS001", "/directions/1/objectives/0/actions/0/id", Pillar.Pursue, "prev.a"),
        ["reference to an objective's id"] = new(s => s.Action(2, a => a with { FundingSource = "prev.o" }), "OCS002", "/directions/2/objectives/0/actions/0/fundingSource", Pillar.Protect, "prev.o"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    private static readonly DateOnly AsOf = new(2027, 7, 1);

    private static Strategy Build(string name) => Cases[name].Break(CompleteStrategy.Build(StrategyStage.Implementation));

    [Theory]
    [MemberData(nameof(Names))]
    public void The_model_accepts_it_and_the_integrity_pass_finds_exactly_it(string name)
    {
        var @case = Cases[name];
        var problem = Assert.Single(Build(name).FindIntegrityProblems());

        Assert.Equal(@case.RuleId == "OCS001" ? IntegrityProblemKind.DuplicateId : IntegrityProblemKind.DanglingReference, problem.Kind);
        Assert.Equal((@case.Pointer, @case.Id, @case.Pillar), (problem.Pointer, problem.Id, problem.Pillar));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_writer_writes_it_and_the_reader_reads_it_back_equal(string name)
    {
        var strategy = Build(name);
        var json = StrategyJson.Write(strategy);

        Assert.Equal(strategy, StrategyJson.Read(json).Match(s => s, failures => throw new Xunit.Sdk.XunitException(failures.ToString())));
        Assert.Equal(json, StrategyJson.Write(StrategyJson.Read(json).AsT0));
        Assert.True(CanonicalForm.Check(System.Text.Encoding.UTF8.GetBytes(json)).AsT0.IsCanonical);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_check_reports_it_once_at_the_place_in_every_output_and_language(string name)
    {
        var @case = Cases[name];
        foreach (var language in (string[])["en", "ru"])
        {
            var result = RuleSet.Toolkit.Check(Build(name), new CheckOptions { Language = language });

            var finding = Assert.Single(result.Findings);
            Assert.Equal((@case.RuleId, Severity.Error, @case.Pointer, @case.Pillar), (finding.RuleId, finding.Severity, finding.Pointer, finding.Pillar));
            Assert.Contains($"'{@case.Id}'", finding.Message.Replace('«', '\'').Replace('»', '\''), StringComparison.Ordinal);
            Assert.True(result.Score.Value < 100);
            Assert.Contains(@case.Pointer, TextReport.Render(result), StringComparison.Ordinal);
            Assert.Contains(@case.Pointer, MarkdownReport.Render(result), StringComparison.Ordinal);
            Assert.Contains(@case.Pointer, JsonReport.Render(result), StringComparison.Ordinal);
            Assert.Contains(@case.RuleId, SarifReport.Render(result), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_testing_package_asserts_on_it(string name)
    {
        var @case = Cases[name];
        var strategy = Build(name);

        strategy.ShouldFail(@case.RuleId, @case.Pointer);
        var error = Assert.Throws<StrategyAssertionException>(() => strategy.ShouldHaveNoFindingsAtOrAbove(Severity.Error));
        Assert.Contains(@case.Pointer, error.Message, StringComparison.Ordinal);
        Assert.Throws<StrategyAssertionException>(() => strategy.ShouldPass(@case.RuleId));
        CompleteStrategy.Build().ShouldPass(@case.RuleId);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_html_report_renders_it_in_both_languages(string name)
    {
        foreach (var language in (string[])["en", "ru"])
        {
            var html = HtmlReport.Render(Build(name), new HtmlReportOptions { AsOf = AsOf, Language = language });

            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(Cases[name].RuleId, html, StringComparison.Ordinal);
            Assert.Contains("</html>", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_diff_compares_it_with_the_whole_document_both_ways(string name)
    {
        var complete = CompleteStrategy.Build(StrategyStage.Implementation);
        var broken = Build(name);

        Assert.False(StrategyDiff.Compare(broken, broken).HasChanges);
        var forward = StrategyDiff.Compare(complete, broken);
        var backward = StrategyDiff.Compare(broken, complete);
        Assert.True(forward.HasChanges);
        Assert.True(backward.HasChanges);

        // The id concerned shows: as an element added (a second element with an id), or as a member's new value.
        var id = Cases[name].Id;
        Assert.Contains(forward.Changes, c => (c.Kind == ChangeKind.Added && c.Id == id) || c.Members.Any(m => m.NewValue?.Contains(id, StringComparison.Ordinal) == true));
        Assert.Equal(forward.Count(ChangeKind.Added), backward.Count(ChangeKind.Removed));
        Assert.Equal(forward.Count(ChangeKind.Changed), backward.Count(ChangeKind.Changed));
        Assert.NotEmpty(DiffFormats.ToText(forward));
        Assert.NotEmpty(DiffFormats.ToJson(forward));
        Assert.NotEmpty(DiffFormats.ToMarkdown(forward));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void StratML_export_validates_and_import_keeps_it(string name)
    {
        var strategy = Build(name);
        foreach (var flavor in Enum.GetValues<StratMLFlavor>())
        {
            var document = StratML.Export(strategy, flavor);
            Assert.Empty(VendorSchemas.Validate(document));

            var imported = StratMLRoundTripProperties.ImportOrFail(document);
            Assert.Equal(strategy, imported.Strategy);
            Assert.Equal(strategy.FindIntegrityProblems(), imported.Strategy.FindIntegrityProblems());
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_scorecard_and_measurements_handle_it(string name)
    {
        var strategy = Build(name);
        var scorecard = Scorecard.Of(strategy, AsOf);
        Assert.Equal(strategy.Indicators.Count, scorecard.Indicators.Count);
        Assert.Equal(4, scorecard.Pillars.Count);

        var indicator = strategy.Indicators.First(i => i.Indicator is QuantitativeIndicator).Indicator;
        var recorded = StrategyMeasurements.Record(strategy, indicator.Id, new QuantitativeMeasurement(AsOf, 42)).AsT0;
        Assert.Equal(strategy.FindIntegrityProblems(), recorded.FindIntegrityProblems());
        Assert.Contains(recorded.Indicators, i => i.Indicator is QuantitativeIndicator q && q.Measurements.Any(m => m.Value == 42));
    }

    [Fact]
    public void A_measurement_of_an_id_used_twice_goes_to_the_first_indicator_with_it()
    {
        var strategy = CompleteStrategy.Build().ActionIndicator(1, i => i with { Id = "prev.o.i" });
        Assert.Single(strategy.FindIntegrityProblems());

        var recorded = StrategyMeasurements.Record(strategy, "prev.o.i", new QuantitativeMeasurement(AsOf, 7)).AsT0;

        Assert.Equal(7, ((QuantitativeIndicator)recorded.Indicators[0].Indicator).Measurements[^1].Value);
        Assert.Equal("prev.o.i", recorded.Indicators[3].Indicator.Id);
        Assert.Equal(strategy.Indicators[3].Indicator, recorded.Indicators[3].Indicator);
    }
}
