namespace OrganizedCrimeStrategy.Tests.Model;

public class TextTests
{
    private static readonly Text Title = Text.Of(("en", "Strategy"), ("uz-Latn", "Strategiya"), ("uz-Cyrl", "Стратегия"), ("ru", "Стратегия (ru)"));

    [Theory]
    [InlineData("uz-Cyrl", "Стратегия")]
    [InlineData("UZ-cyrl", "Стратегия")]
    [InlineData("uz-Cyrl-UZ", "Стратегия")]
    [InlineData("ru-RU", "Стратегия (ru)")]
    [InlineData("en", "Strategy")]
    [InlineData("kk", "Strategy")]
    [InlineData(null, "Strategy")]
    public void A_language_falls_back_through_shorter_tags_then_the_first_entry(string? language, string expected) =>
        Assert.Equal(expected, Title.Get(language));

    [Fact]
    public void A_language_falls_back_to_the_neutral_entry_before_the_first()
    {
        Assert.Equal("plain", Text.Plain("plain").Get("ru"));
        Assert.Equal("uz", Text.Of(("uz-Latn", "uz-Latn"), ("uz", "uz")).Get("uz-Cyrl"));
    }

    [Fact]
    public void Blank_entries_are_skipped_when_falling_back()
    {
        var text = Text.Of(("ru", " "), ("en", "English"));
        Assert.Equal("English", text.Get("ru"));
        Assert.Equal(" ", text.GetExact("ru"));
    }

    [Fact]
    public void A_plain_text_is_one_neutral_entry()
    {
        Text text = "Plain";
        Assert.True(text.IsPlain);
        Assert.Empty(text.Languages);
        Assert.False(Title.IsPlain);
        Assert.Equal(["en", "uz-Latn", "uz-Cyrl", "ru"], Title.Languages);
    }

    [Fact]
    public void With_adds_or_replaces_a_language()
    {
        var text = Title.With("kk", "Стратегиясы").With("EN", "Strategy 2");
        Assert.Equal("Стратегиясы", text.Get("kk"));
        Assert.Equal("Strategy 2", text.Get("en"));
        Assert.Equal(5, text.Entries.Count);
    }

    [Fact]
    public void Malformed_or_repeated_tags_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Text.Of(("en_US", "x")));
        Assert.Throws<ArgumentException>(() => Text.Of(("en", "x"), ("EN", "y")));
        Assert.Throws<ArgumentException>(() => Text.Of(("", "x"), ("en", "y")));
        Assert.Throws<ArgumentException>(() => Text.From([]));
    }

    [Fact]
    public void Texts_compare_by_their_entries_in_order()
    {
        Assert.Equal(Text.Of(("en", "a"), ("ru", "б")), Text.Of(("en", "a"), ("ru", "б")));
        Assert.NotEqual(Text.Of(("en", "a"), ("ru", "б")), Text.Of(("ru", "б"), ("en", "a")));
        Assert.NotEqual(Text.Plain("a"), Text.Of(("en", "a")));
        Assert.True(Text.Plain("a") == "a");
    }
}
