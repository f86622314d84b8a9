using OrganizedCrimeStrategy.Monitoring;
using OrganizedCrimeStrategy.Reports;
using OrganizedCrimeStrategy.Tests.Generators;

namespace OrganizedCrimeStrategy.Tests.Reports;

public class HtmlReportTests
{
    internal static readonly DateOnly AsOf = new(2026, 7, 1);

    internal static Strategy Sample => StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;

    internal static string SampleReport(string language = "en") => HtmlReport.Render(Sample, new HtmlReportOptions { AsOf = AsOf, Language = language });

    [Fact]
    public void The_sample_report_has_every_section_with_its_id()
    {
        var html = SampleReport();

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Equal(["summary", "scorecard", "completeness", "coverage", "timeline", "indicators", "milestones"], HtmlReport.SectionIds);
        var ids = HtmlChecks.Ids(html);
        Assert.All(HtmlReport.SectionIds, id => Assert.Contains(id, ids));
        Assert.Contains("<h1>National Strategy of the Republic of Uzbekistan against Organized Crime for 2025-2029</h1>", html, StringComparison.Ordinal);
        Assert.Contains("2026-07-01", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_report_is_well_formed_accessible_and_self_contained()
    {
        foreach (var language in new[] { "en", "ru" })
        {
            var html = SampleReport(language);
            HtmlChecks.AssertBalanced(html);
            HtmlChecks.AssertHeadingsInOrder(html);
            HtmlChecks.AssertAccessible(html);
            HtmlChecks.AssertSelfContained(html);
            Assert.Contains("@media print", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_sample_report_shows_scores_findings_coverage_overdue_actions_progress_and_milestones()
    {
        var html = SampleReport();
        var card = Scorecard.Of(Sample, AsOf);

        Assert.Contains("OCS302", html, StringComparison.Ordinal);                                           // a finding
        Assert.Contains("Action &#39;act-annual-report&#39; has no end date.", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"name\">Ministry of Internal Affairs</span>", html, StringComparison.Ordinal);
        Assert.Contains("monitoring body", html, StringComparison.Ordinal);
        Assert.Equal(card.Actions.Overdue.Count, Count(html, "<strong class=\"overdue-text\">"));
        Assert.Contains("Set up standing interagency investigation teams", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"pct\">53%</span>", html, StringComparison.Ordinal);                   // 1600 of 3000 schools
        Assert.Contains("Trend of percent achieved: 2024-12-31: 0%; 2025-12-31: 15%; 2026-06-30: 53%", html, StringComparison.Ordinal);
        Assert.Contains("Draft decree submitted to the President", html, StringComparison.Ordinal);
        Assert.Contains("Mid-term evaluation", html, StringComparison.Ordinal);
        Assert.Contains("Public consultation", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_text_is_escaped_so_markup_shows_as_text()
    {
        const string Attack = "<script>alert(1)</script>";
        var sample = Sample;
        var hostile = sample with
        {
            Title = Attack,
            Vision = "\"quoted\" & 'single' <b>bold</b>",
            Stakeholders = sample.Stakeholders.SetItem(0, sample.Stakeholders[0] with { Name = $"<img src=x onerror=alert(1)>{Attack}", Acronym = "<i>" }),
            Directions = sample.Directions.SetItem(0, sample.Directions[0] with
            {
                Objectives = sample.Directions[0].Objectives.SetItem(0, sample.Directions[0].Objectives[0] with { Title = Attack }),
            }),
        };

        var html = HtmlReport.Render(hostile, new HtmlReportOptions { AsOf = AsOf });

        Assert.Contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; · Monitoring report</title>", html, StringComparison.Ordinal);
        Assert.Contains("&quot;quoted&quot; &amp; &#39;single&#39; &lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        HtmlChecks.AssertBalanced(html);
        HtmlChecks.AssertSelfContained(html);
    }

    [Fact]
    public void Control_characters_that_html_forbids_are_replaced()
    {
        var html = HtmlReport.Render(Sample with { Title = "a\u0001b\u007Fc\td" }, new HtmlReportOptions { AsOf = AsOf });

        Assert.Contains("<h1>a\uFFFDb\uFFFDc\td</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void In_russian_the_labels_the_messages_and_the_texts_are_russian()
    {
        var html = SampleReport("ru-RU");

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"ru\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Национальная стратегия Республики Узбекистан по противодействию организованной преступности на 2025–2029 годы</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">Сводные показатели</h2>", html, StringComparison.Ordinal);
        Assert.Contains(">График мероприятий</h2>", html, StringComparison.Ordinal);
        Assert.Contains(">Предупреждение</h3>", html, StringComparison.Ordinal);
        Assert.Contains("Министерство внутренних дел", html, StringComparison.Ordinal);
        Assert.Contains("не указан срок окончания", html, StringComparison.Ordinal);                               // OCS302 in Russian
        Assert.Contains("<span class=\"pct\">53 %</span>", html, StringComparison.Ordinal);
        Assert.Contains("3\u00A0000", html, StringComparison.Ordinal);                                       // digit groups the Russian way
        Assert.DoesNotContain(">Scorecard<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_without_labels_falls_back_to_english_labels_and_the_documents_own_texts()
    {
        var html = SampleReport("uz-Latn");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains(">Scorecard</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Oʻzbekiston Respublikasining 2025–2029-yillarga", html, StringComparison.Ordinal);
        Assert.Contains("Ichki ishlar vazirligi", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_inputs_give_the_same_bytes_and_the_date_changes_what_is_overdue()
    {
        Assert.Equal(SampleReport(), SampleReport());

        var early = HtmlReport.Render(Sample, new HtmlReportOptions { AsOf = new DateOnly(2025, 1, 1) });
        Assert.Contains("No action is overdue.", early, StringComparison.Ordinal);
        Assert.DoesNotContain("No action is overdue.", SampleReport(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_thresholds_and_the_stage_are_the_callers()
    {
        var lenient = HtmlReport.Render(Sample, new HtmlReportOptions { AsOf = AsOf, Thresholds = ProgressThresholds.Default with { OnTrackTolerance = 100, AtRiskTolerance = 100 } });
        const string NoneOffTrack = "<span class=\"chip st-offTrack\">Off track</span> <strong>0</strong>";
        Assert.Contains(NoneOffTrack, lenient, StringComparison.Ordinal);
        Assert.DoesNotContain(NoneOffTrack, SampleReport(), StringComparison.Ordinal);

        var drafting = HtmlReport.Render(Sample, new HtmlReportOptions { AsOf = AsOf, Stage = StrategyStage.Drafting });
        Assert.DoesNotContain("OCS304", drafting, StringComparison.Ordinal);   // OCS304 applies from consultation on
        Assert.Contains("OCS304", SampleReport(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_strategy_renders_every_section()
    {
        var empty = new Strategy { Id = "empty", Country = "KGZ", Title = "Empty", Stage = StrategyStage.Initiation };

        var html = HtmlReport.Render(empty, new HtmlReportOptions { AsOf = AsOf });

        Assert.All(HtmlReport.SectionIds, id => Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal));
        Assert.Contains("This pillar has no actions.", html, StringComparison.Ordinal);
        Assert.Contains("No dated milestones.", html, StringComparison.Ordinal);
        HtmlChecks.AssertBalanced(html);
        HtmlChecks.AssertHeadingsInOrder(html);
    }

    [Property(MaxTest = 40)]
    public Property Any_valid_strategy_renders_a_balanced_self_contained_accessible_report() =>
        Prop.ForAll(
            Arb.From(from s in StrategyGenerators.Strategy() from days in Gen.Choose(0, 4400) from ru in ArbMap.Default.GeneratorFor<bool>() select (s, new DateOnly(2018, 1, 1).AddDays(days), ru)),
            c =>
            {
                var html = HtmlReport.Render(c.s, new HtmlReportOptions { AsOf = c.Item2, Language = c.ru ? "ru" : "en" });
                HtmlChecks.AssertBalanced(html);
                HtmlChecks.AssertHeadingsInOrder(html);
                HtmlChecks.AssertAccessible(html);
                HtmlChecks.AssertSelfContained(html);
                Assert.All(HtmlReport.SectionIds, id => Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal));
                return true;
            });

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
