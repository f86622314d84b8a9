using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Checks.Messages;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Checks;

public class MessageTests
{
    public static TheoryData<string> OtherLanguages => new(MessageFormatter.AvailableLanguages.Where(l => l != "en"));

    [Fact]
    public void English_and_Russian_are_embedded() =>
        Assert.Equal(["en", "ru"], MessageFormatter.AvailableLanguages.Take(2));

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_language_file_has_every_key_of_the_English_one_with_the_same_placeholders(string language)
    {
        var english = MessageFormatter.English;
        var other = MessageFormatter.For(language);
        Assert.Equal(language, other.Language);

        Assert.Empty(english.OwnKeys.Except(other.OwnKeys));
        Assert.Empty(other.OwnKeys.Except(english.OwnKeys));
        foreach (var key in english.OwnKeys)
        {
            Assert.Equal(
                MessageFormatter.Placeholders(english.OwnTemplate(key)!).Order(StringComparer.Ordinal),
                MessageFormatter.Placeholders(other.OwnTemplate(key)!).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_message_key_a_rule_can_report_exists_in_English()
    {
        // Break everything at once and in several ways, then check that no message kept a placeholder or fell back to its key.
        var strategies = RuleTests.Cases.Values.Select(c => c.Break(CompleteStrategy.Build()))
            .Concat(Generators.StrategyGenerators.Strategy().Sample(30, 60));
        foreach (var strategy in strategies)
        {
            foreach (var language in MessageFormatter.AvailableLanguages)
            {
                foreach (var finding in RuleSet.Toolkit.Check(strategy, new CheckOptions { Language = language }).Findings)
                {
                    Assert.DoesNotContain("{", finding.Message, StringComparison.Ordinal);
                    Assert.DoesNotMatch("^OCS[0-9]{3}", finding.Message);
                }
            }
        }
    }

    [Theory]
    [InlineData("ru", "ru")]
    [InlineData("ru-RU", "ru")]
    [InlineData("RU", "ru")]
    [InlineData("en-GB", "en")]
    [InlineData("uz-Latn", "en")]
    [InlineData("kk", "en")]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    public void A_language_tag_falls_back_to_shorter_tags_then_English(string? tag, string expected) =>
        Assert.Equal(expected, MessageFormatter.For(tag).Language);

    [Fact]
    public void The_caller_chooses_the_language_of_the_findings()
    {
        var broken = CompleteStrategy.Build().Action(0, a => a with { Lead = null });

        var english = Assert.Single(RuleSet.Toolkit.Check(broken).Findings);
        var russian = Assert.Single(RuleSet.Toolkit.Check(broken, new CheckOptions { Language = "ru-RU" }).Findings);

        Assert.Equal("Action 'prev.a' names no lead stakeholder.", english.Message);
        Assert.Equal("У мероприятия «prev.a» не указан ответственный исполнитель.", russian.Message);
        Assert.Equal(english with { Message = russian.Message }, russian);
        Assert.Equal("ru", RuleSet.Toolkit.Check(broken, new CheckOptions { Language = "ru-RU" }).Language);
    }

    [Fact]
    public void Templates_fill_named_placeholders_and_keep_unknown_ones()
    {
        var messages = MessageFormatter.English;

        Assert.Equal("Objective 'o1' has no action.", messages.Format("OCS202", ("objective", "o1")));
        Assert.Equal("Objective '{objective}' has no action.", messages.Format("OCS202", ("other", "x")));
        Assert.Throws<ArgumentException>(() => messages.Format("no.such.key"));
        Assert.True(MessageFormatter.For("ru").Has("OCS202"));
    }
}
