using System.Text;
using System.Text.Json;
using OrganizedCrimeStrategy.Diff;
using OrganizedCrimeStrategy.Monitoring;
using OrganizedCrimeStrategy.Tests.Checks;
using OrganizedCrimeStrategy.Tests.Support;

namespace OrganizedCrimeStrategy.Tests.Model;

/// <summary>
/// The shapes that once cost the square of their size (issue #16), with the work counted at 10,000 and 40,000:
/// four times the input may cost at most five times the work, and each counter stays within a small multiple of the
/// input. A comparison with each earlier item would count n²/2: 800 million steps at 40,000. Beside each, a property
/// that the linear way gives what the plain definition gives.
/// </summary>
public class LinearWorkTests
{
    private static void AssertLinear(Func<long> counter, Func<int, Action> operation, int perItem)
    {
        var small = Pathological.Work(counter, operation(10_000));
        var large = Pathological.Work(counter, operation(40_000));

        Assert.True(large >= 40_000, $"The counter did not count the work ({large:N0} steps for 40,000 items): is it still counted?");
        Assert.True(large <= (long)perItem * 40_000, $"{large:N0} steps for 40,000 items");
        Assert.True(large <= 5 * small, $"4x the items: {small:N0} -> {large:N0} steps");
    }

    // ----- many language tags in one text --------------------------------------------------------------------------

    [Fact]
    public void A_text_with_many_languages_is_made_in_linear_work() =>
        AssertLinear(() => WorkCounters.TagComparisons, n =>
        {
            var entries = Pathological.Tags(n).Select(t => new TextEntry(t, "v")).ToArray();
            return () => Assert.Equal(n, Text.From(entries).Entries.Count);
        }, perItem: 2);

    [Fact]
    public void A_text_with_many_languages_is_read_in_linear_work() =>
        AssertLinear(() => WorkCounters.TagComparisons, n =>
        {
            var json = Document(Pathological.Tags(n).Select(t => (t, "v")));
            return () => Assert.Equal(n, StrategyJson.Read(json).AsT0.Title.Entries.Count);
        }, perItem: 4);

    private static readonly string[] TagPool = ["en", "EN", "ru", "Ru", "uz-Latn", "uz-latn", "kk", "zz-1", "zz-2", "zz-3", "zz-4", "zz-5", "zz-6", "zz-7", "zz-8", "zz-9", "zz-10", "zz-11", "zz-12", "zz-13"];

    /// <summary>Lists of language tags from a small pool (so some repeat, exactly or in another case), up to 40 long.</summary>
    private static Gen<string[]> TagLists() =>
        from count in Gen.Choose(1, 40)
        from tags in Gen.ArrayOf(Gen.Elements(TagPool), count)
        from distinct in Gen.Elements(true, false)
        select distinct ? tags.Distinct(StringComparer.OrdinalIgnoreCase).ToArray() : tags;

    [Property(MaxTest = 300)]
    public Property A_text_is_valid_exactly_when_no_language_repeats_in_any_case() =>
        Prop.ForAll(TagLists().ToArbitrary(), tags =>
        {
            var repeated = tags.Select((t, i) => (t, i)).FirstOrDefault(x => tags.Take(x.i).Contains(x.t, StringComparer.OrdinalIgnoreCase)).t;
            var made = Record.Exception(() => Text.From(tags.Select(t => new TextEntry(t, "v"))));
            if (repeated is null)
            {
                Assert.Null(made);
            }
            else
            {
                Assert.Equal($"The language '{repeated}' occurs twice. (Parameter 'entries')", Assert.IsType<ArgumentException>(made).Message);
            }
        });

    [Property(MaxTest = 300)]
    public Property Reading_a_text_reports_each_exact_repeat_where_it_is_else_the_first_repeat_in_another_case() =>
        Prop.ForAll(TagLists().ToArbitrary(), tags =>
        {
            var json = Document(tags.Select((t, i) => (t, $"value {i}")));
            var exact = tags.Where((t, i) => tags.Take(i).Contains(t, StringComparer.Ordinal)).ToList();
            var kept = tags.Distinct(StringComparer.Ordinal).ToList();
            var inAnotherCase = kept.Where((t, i) => kept.Take(i).Contains(t, StringComparer.OrdinalIgnoreCase)).FirstOrDefault();
            var read = StrategyJson.Read(json);
            if (exact.Count > 0)
            {
                Assert.Equal(
                    exact.Select(t => (DiagnosticCode.DuplicateMember, $"/title/{t}", $"The language '{t}' occurs twice in this text.")),
                    read.AsT1.Select(f => (f.Code, f.Place, f.Message)));
                var offsets = Offsets(json, tags);
                Assert.Equal(
                    tags.Select((t, i) => (t, i)).Where(x => tags.Take(x.i).Contains(x.t, StringComparer.Ordinal)).Select(x => (1, offsets[x.i] + 1)),
                    read.AsT1.Select(f => (f.Line!.Value, f.Column!.Value)));
            }
            else if (inAnotherCase is not null)
            {
                var failure = Assert.Single(read.AsT1);
                Assert.Equal((DiagnosticCode.InvalidValue, "/title", $"The language '{inAnotherCase}' occurs twice in this text (tags ignore case)."), (failure.Code, failure.Place, failure.Message));
            }
            else
            {
                Assert.Equal(tags, read.AsT0.Title.Entries.Select(e => e.Language));
            }
        });

    /// <summary>A minimal valid document on one line whose title has these entries.</summary>
    private static string Document(IEnumerable<(string Tag, string Value)> title)
    {
        var builder = new StringBuilder("""{"schemaVersion":"1.0","id":"s","country":"UZB","title":{""");
        var first = true;
        foreach (var (tag, value) in title)
        {
            builder.Append(first ? string.Empty : ",").Append('"').Append(tag).Append("\":\"").Append(value).Append('"');
            first = false;
        }

        return builder.Append("""},"stage":"drafting","stakeholders":[],"directions":[]}""").ToString();
    }

    /// <summary>The character offset of each title entry's name in <see cref="Document"/>.</summary>
    private static int[] Offsets(string json, string[] tags)
    {
        var offsets = new int[tags.Length];
        var at = json.IndexOf("\"title\":{", StringComparison.Ordinal) + 9;
        for (var i = 0; i < tags.Length; i++)
        {
            offsets[i] = json.IndexOf($"\"{tags[i]}\":", at, StringComparison.Ordinal);
            at = offsets[i] + 1;
        }

        return offsets;
    }

    // ----- a long qualitative scale with many measurements --------------------------------------------------------

    private static QualitativeIndicator LongScale(int levels) => new()
    {
        Id = "ind-long",
        Name = "A long scale",
        Level = IndicatorLevel.Output,
        Scale = [.. Enumerable.Range(0, levels).Select(i => $"level-{i}")],
        Baseline = new QualitativeValue("level-0", new DateOnly(2025, 1, 1)),
        Target = new QualitativeValue($"level-{levels - 1}", new DateOnly(2030, 1, 1)),
        Measurements = [.. Enumerable.Range(0, levels).Select(i => new QualitativeMeasurement(new DateOnly(2025, 1, 1).AddDays(i % 1800), $"level-{levels - 1 - i}"))],
    };

    [Fact]
    public void A_qualitative_indicator_with_a_long_scale_judges_its_measurements_in_linear_work() =>
        AssertLinear(() => WorkCounters.Lookups, n => () =>
        {
            var indicator = LongScale(n);
            var progress = IndicatorProgress.Of(indicator, new DateOnly(2031, 1, 1));
            Assert.Equal(n - 1, indicator.RankOf($"level-{n - 1}"));
            Assert.NotNull(progress.Percent);
        }, perItem: 8);

    [Property(MaxTest = 300)]
    public Property The_rank_of_a_level_is_its_place_on_the_scale_or_minus_one() =>
        Prop.ForAll(Gen.Choose(1, 40).ToArbitrary(), Gen.Choose(-1, 45).ToArbitrary(), (levels, pick) =>
        {
            var scale = Enumerable.Range(0, levels).Select(i => $"l{(i * 7) % 97}").ToArray();
            var indicator = new QualitativeIndicator { Id = "q", Name = "Q", Level = IndicatorLevel.Output, Scale = [.. scale] };
            var level = pick >= 0 && pick < levels ? scale[pick] : "not-a-level";
            Assert.Equal(Array.IndexOf(scale, level), indicator.RankOf(level));
            Assert.Equal(indicator, indicator with { });
            Assert.Equal(indicator, new QualitativeIndicator { Id = "q", Name = "Q", Level = IndicatorLevel.Output, Scale = [.. scale] });
            Assert.Equal(indicator.GetHashCode(), new QualitativeIndicator { Id = "q", Name = "Q", Level = IndicatorLevel.Output, Scale = [.. scale] }.GetHashCode());
        });

    // ----- an element with many unknown members in a diff ---------------------------------------------------------

    private static ExtensionMembers Members(IEnumerable<(string Name, string Json)> members) =>
        ExtensionMembers.Create(members.Select(m => new KeyValuePair<string, JsonElement>(m.Name, JsonDocument.Parse(m.Json).RootElement)));

    private static Strategy WithActionMembers(ExtensionMembers members) =>
        CompleteStrategy.Build().Action(0, a => a with { Extensions = members });

    [Fact]
    public void A_diff_of_an_element_with_many_unknown_members_does_linear_work() =>
        AssertLinear(() => WorkCounters.Lookups, n =>
        {
            // Half the members stay, a quarter change value, a quarter are replaced by others.
            var older = WithActionMembers(Members(Enumerable.Range(0, n).Select(i => ($"x-{i}", $"{i}"))));
            var newer = WithActionMembers(Members(Enumerable.Range(0, n).Select(i => (i % 4 == 3 ? $"x-new-{i}" : $"x-{i}", i % 4 == 2 ? $"{-i}" : $"{i}"))));
            return () =>
            {
                var change = Assert.Single(StrategyDiff.Compare(older, newer).Changes);
                Assert.Equal(3 * n / 4, change.Members.Count);
            };
        }, perItem: 3);

    [Property(MaxTest = 200)]
    public Property A_diff_names_changed_and_added_members_in_the_new_order_then_removed_ones_in_the_old_order()
    {
        var names = Gen.Elements(Enumerable.Range(0, 30).Select(i => $"x-{i}").ToArray());
        var lists =
            from oldNames in Gen.ListOf(names)
            from newNames in Gen.ListOf(names)
            from oldValues in Gen.ArrayOf(Gen.Choose(0, 2), 40)
            from newValues in Gen.ArrayOf(Gen.Choose(0, 2), 40)
            select (Old: oldNames.Distinct().Select((n, i) => (n, $"{oldValues[i]}")).ToArray(), New: newNames.Distinct().Select((n, i) => (n, $"{newValues[i]}")).ToArray());
        return Prop.ForAll(lists.ToArbitrary(), pair =>
        {
            var expected = new List<MemberChange>();
            foreach (var (name, value) in pair.New)
            {
                var old = pair.Old.FirstOrDefault(m => m.n == name);
                if (old.n is null)
                {
                    expected.Add(new MemberChange(name, null, value));
                }
                else if (old.Item2 != value)
                {
                    expected.Add(new MemberChange(name, old.Item2, value));
                }
            }

            expected.AddRange(pair.Old.Where(m => !pair.New.Any(x => x.n == m.n)).Select(m => new MemberChange(m.n, m.Item2, null)));

            var changes = StrategyDiff.Compare(WithActionMembers(Members(pair.Old)), WithActionMembers(Members(pair.New))).Changes;

            Assert.Equal(expected, changes.SelectMany(c => c.Members));
        });
    }
}
