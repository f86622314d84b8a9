using OrganizedCrimeStrategy.Checks.Messages;
using OrganizedCrimeStrategy.Reports;

namespace OrganizedCrimeStrategy.Tests.Reports;

public class ReportLabelsTests
{
    public static TheoryData<string> OtherLanguages => new(ReportLabels.AvailableLanguages.Where(l => l != "en"));

    [Fact]
    public void English_and_Russian_are_embedded() =>
        Assert.Equal(["en", "ru"], ReportLabels.AvailableLanguages.Take(2));

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_language_file_has_every_key_of_the_English_one_with_the_same_placeholders(string language)
    {
        var english = ReportLabels.English;
        var other = ReportLabels.For(language);
        Assert.Equal(language, other.Language);

        Assert.Empty(english.OwnKeys.Except(other.OwnKeys));
        Assert.Empty(other.OwnKeys.Except(english.OwnKeys));
        foreach (var key in english.OwnKeys)
        {
            Assert.Equal(
                MessageFormatter.Placeholders(english.Own(key)!).Order(StringComparer.Ordinal),
                MessageFormatter.Placeholders(other.Own(key)!).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("ru", "ru")]
    [InlineData("ru-RU", "ru")]
    [InlineData("RU", "ru")]
    [InlineData("en-GB", "en")]
    [InlineData("uz-Cyrl-UZ", "en")]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    public void A_language_tag_falls_back_to_shorter_tags_then_English(string? tag, string expected) =>
        Assert.Equal(expected, ReportLabels.For(tag).Language);

    [Fact]
    public void Labels_fill_named_placeholders_and_an_unknown_key_is_a_programming_error()
    {
        Assert.Equal("3 overdue", ReportLabels.English.Get("kpi.overdue", ("count", "3")));
        Assert.Equal("просрочено: 3", ReportLabels.For("ru").Get("kpi.overdue", ("count", "3")));
        Assert.Equal("{count} overdue", ReportLabels.English.Get("kpi.overdue"));
        Assert.Throws<ArgumentException>(() => ReportLabels.English.Get("no.such.key"));
    }

    [Fact]
    public void Every_label_key_the_report_uses_exists_in_English()
    {
        // Rendering exercises the keys; a missing one throws. Spot-check the enum-driven families completely.
        foreach (var family in new[] { "pillar.", "stage.", "status.", "reason.", "actionStatus.", "severity.", "level.", "kind.", "role.", "frequency.", "consultationKind.", "evaluationKind." })
        {
            Assert.Contains(ReportLabels.English.OwnKeys, k => k.StartsWith(family, StringComparison.Ordinal));
        }

        foreach (var name in FormatNames.All<Pillar>().Select(n => "pillar." + n)
            .Concat(FormatNames.All<StrategyStage>().Select(n => "stage." + n))
            .Concat(FormatNames.All<OrganizedCrimeStrategy.Monitoring.ProgressStatus>().Select(n => "status." + n))
            .Concat(FormatNames.All<OrganizedCrimeStrategy.Monitoring.NoDataReason>().Select(n => "reason." + n))
            .Concat(FormatNames.All<ActionStatus>().Select(n => "actionStatus." + n))
            .Concat(FormatNames.All<OrganizedCrimeStrategy.Checks.Severity>().Select(n => "severity." + n))
            .Concat(FormatNames.All<IndicatorLevel>().Select(n => "level." + n))
            .Concat(FormatNames.All<StakeholderKind>().Select(n => "kind." + n))
            .Concat(FormatNames.All<StakeholderRole>().Select(n => "role." + n))
            .Concat(FormatNames.All<Frequency>().Select(n => "frequency." + n))
            .Concat(FormatNames.All<ConsultationKind>().Select(n => "consultationKind." + n))
            .Concat(FormatNames.All<EvaluationKind>().Select(n => "evaluationKind." + n)))
        {
            Assert.Contains(name, ReportLabels.English.OwnKeys);
        }
    }
}
