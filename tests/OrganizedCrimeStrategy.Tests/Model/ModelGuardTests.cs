using System.Text.Json;

namespace OrganizedCrimeStrategy.Tests.Model;

public class ModelGuardTests
{
    private static StrategyAction Action() => new() { Id = "a1", Title = "Act" };

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("a b")]
    [InlineData("a/b")]
    [InlineData("é")]
    public void An_id_that_breaks_the_pattern_cannot_be_constructed(string id)
    {
        Assert.Throws<ArgumentException>(() => new Stakeholder { Id = id, Name = "N", Kind = StakeholderKind.Other });
        Assert.Throws<ArgumentException>(() => Action() with { Id = id });
        Assert.Throws<ArgumentException>(() => Action() with { Lead = id });
        Assert.Throws<ArgumentException>(() => Action() with { Partners = ["ok", id] });
    }

    [Fact]
    public void The_longest_id_is_sixty_four_characters()
    {
        Assert.Equal(new string('a', 64), (Action() with { Id = new string('a', 64) }).Id);
        Assert.Throws<ArgumentException>(() => Action() with { Id = new string('a', 65) });
    }

    [Fact]
    public void An_end_before_a_start_cannot_be_constructed()
    {
        var start = new DateOnly(2025, 6, 1);
        Assert.Throws<ArgumentException>(() => new Period(start, start));
        Assert.Throws<ArgumentException>(() => new Period(start, start.AddDays(-1)));
        Assert.Throws<ArgumentException>(() => Action() with { Start = start, End = start.AddDays(-1) });
        Assert.Throws<ArgumentException>(() => new Consultation { Id = "c", Kind = ConsultationKind.Public, End = start, Start = start.AddDays(1) });
        Assert.Equal(start, (Action() with { Start = start, End = start }).End);
    }

    [Fact]
    public void A_qualitative_level_not_on_the_scale_cannot_be_constructed()
    {
        var date = new DateOnly(2024, 1, 1);
        QualitativeIndicator Make() => new() { Id = "i", Name = "N", Level = IndicatorLevel.Outcome, Scale = ["none", "drafted", "adopted"] };
        Assert.Throws<ArgumentException>(() => Make() with { Baseline = new QualitativeValue("implemented", date) });
        Assert.Throws<ArgumentException>(() => Make() with { Measurements = [new QualitativeMeasurement(date, "x")] });
        var valid = Make() with { Target = new QualitativeValue("adopted", date) };
        Assert.Throws<ArgumentException>(() => valid with { Scale = ["none", "drafted"] });
        Assert.Equal(2, valid.RankOf("adopted"));
    }

    [Fact]
    public void A_level_set_before_the_scale_is_checked_when_the_scale_is_set()
    {
        var date = new DateOnly(2024, 1, 1);
        Assert.Throws<ArgumentException>(() => new QualitativeIndicator
        {
            Id = "i", Name = "N", Level = IndicatorLevel.Outcome, Baseline = new QualitativeValue("x", date), Scale = ["a", "b"],
        });
        var ok = new QualitativeIndicator { Id = "i", Name = "N", Level = IndicatorLevel.Outcome, Baseline = new QualitativeValue("b", date), Scale = ["a", "b"] };
        Assert.Equal("b", ok.Baseline!.Level);
    }

    [Fact]
    public void A_scale_with_a_level_twice_cannot_be_constructed() =>
        Assert.Throws<ArgumentException>(() => new QualitativeIndicator { Id = "i", Name = "N", Level = IndicatorLevel.Output, Scale = ["a", "a"] });

    [Fact]
    public void Negative_money_and_a_bad_currency_cannot_be_constructed()
    {
        Assert.Throws<ArgumentException>(() => new Money(-0.01m, "USD"));
        Assert.Throws<ArgumentException>(() => new Money(1, "usd"));
        Assert.Equal(0m, new Money(0, "UZS").Amount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void A_blank_text_cannot_be_constructed(string value)
    {
        Assert.Throws<ArgumentException>(() => Text.Plain(value));
        Assert.Throws<ArgumentException>(() => Text.Of(("en", value), ("ru", value)));
        Assert.Throws<ArgumentException>(() => Action() with { Title = value });
    }

    [Fact]
    public void A_country_must_be_three_upper_case_letters()
    {
        var strategy = new Strategy { Id = "s", Country = "KAZ", Title = "T", Stage = StrategyStage.Initiation };
        Assert.Throws<ArgumentException>(() => strategy with { Country = "kaz" });
        Assert.Throws<ArgumentException>(() => strategy with { Country = "KZ" });
    }

    [Fact]
    public void Non_finite_numbers_and_undefined_enum_values_cannot_be_constructed()
    {
        Assert.Throws<ArgumentException>(() => new QuantitativeValue(double.NaN, default));
        Assert.Throws<ArgumentException>(() => new QuantitativeMeasurement(default, double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => Action() with { Status = (ActionStatus)99 });
        Assert.Throws<ArgumentException>(() => new QuantitativeIndicator { Id = "i", Name = "N", Level = IndicatorLevel.Output, Sdg = "SDG-16" });
    }

    [Fact]
    public void Another_major_schema_version_cannot_be_held()
    {
        var strategy = new Strategy { Id = "s", Country = "KAZ", Title = "T", Stage = StrategyStage.Initiation };
        Assert.Equal("1.0", strategy.SchemaVersion);
        Assert.Equal("1.4", (strategy with { SchemaVersion = "1.4" }).SchemaVersion);
        Assert.Throws<ArgumentException>(() => strategy with { SchemaVersion = "2.0" });
    }

    [Fact]
    public void Records_compare_by_value_including_lists_and_unknown_members()
    {
        static StrategyAction Make(string extension) => new StrategyAction
        {
            Id = "a", Title = Text.Of(("en", "A"), ("ru", "А")), Partners = ["x", "y"], CrimeTypes = [CrimeType.Corruption],
            Extensions = ExtensionMembers.Create([new("x-n", JsonDocument.Parse(extension).RootElement)]),
        };

        Assert.Equal(Make("{\"a\": [1, 2]}"), Make("{\"a\": [1, 2]}"));
        Assert.Equal(Make("1").GetHashCode(), Make("1").GetHashCode());
        Assert.NotEqual(Make("{\"a\": [1, 2]}"), Make("{\"a\": [2, 1]}"));
        Assert.NotEqual(Make("1"), Make("1") with { Partners = ["y", "x"] });
    }

    [Fact]
    public void Extension_members_reject_a_name_twice_and_a_missing_value()
    {
        var one = JsonDocument.Parse("1").RootElement;
        Assert.Throws<ArgumentException>(() => ExtensionMembers.Create([new("a", one), new("a", one)]));
        Assert.Throws<ArgumentException>(() => ExtensionMembers.Create([new("a", default)]));
    }
}
