using System.Text;
using System.Text.Json;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Benchmarks;

/// <summary>
/// The shapes that once cost the square of their size (issue #16), built deterministically: the bundled sample with
/// many more stakeholders on one line (minified), with bad kinds among them, a text with many language tags, an
/// action with many unknown members, a qualitative indicator with a long scale and as many measurements.
/// </summary>
public static class Pathological
{
    /// <summary>Documents this large go beyond the default limits: benchmarks raise them.</summary>
    public static StrategyReadOptions ReadOptions { get; } = new() { MaxBytes = int.MaxValue, MaxFailures = int.MaxValue };

    private static readonly Lazy<Strategy> Sample = new(() => StrategyJson.ReadFile(SamplePath()).AsT0);

    /// <summary>The sample with <paramref name="extra"/> more stakeholders that have no role (each fails OCS606 stakeholder-engaged), Cyrillic names.</summary>
    public static Strategy WithExtraStakeholders(int extra)
    {
        var sample = Sample.Value;
        var stakeholders = new Stakeholder[sample.Stakeholders.Count + extra];
        sample.Stakeholders.AsSpan().CopyTo(stakeholders);
        for (var i = 0; i < extra; i++)
        {
            stakeholders[sample.Stakeholders.Count + i] = new Stakeholder { Id = $"x{i}", Name = $"Орган {i}", Kind = StakeholderKind.Media };
        }

        return sample with { Stakeholders = [.. stakeholders] };
    }

    /// <summary>A strategy written on one line, as UTF-8.</summary>
    public static byte[] Minified(Strategy strategy) => StrategyJson.WriteUtf8(strategy, new StrategyWriteOptions { Indented = false });

    /// <summary>
    /// The sample with <paramref name="extra"/> more stakeholders, minified, <paramref name="bad"/> of them spread
    /// evenly through the document with a kind that is not one (a read failure each).
    /// </summary>
    public static byte[] WithBadKinds(int extra, int bad)
    {
        var sample = Sample.Value;
        var every = Math.Max(1, extra / Math.Max(1, bad));
        var strategy = WithExtraStakeholders(extra);
        var stakeholders = strategy.Stakeholders.AsSpan().ToArray();
        for (var i = 0; i < bad && i * every < extra; i++)
        {
            var at = sample.Stakeholders.Count + (i * every);
            stakeholders[at] = stakeholders[at] with { Kind = StakeholderKind.Other };
        }

        // The model has no kind that is not one: write 'other' and replace it in the text.
        var text = Encoding.UTF8.GetString(Minified(strategy with { Stakeholders = [.. stakeholders] }));
        return Encoding.UTF8.GetBytes(text.Replace("\"kind\":\"other\"", "\"kind\":\"newspaper\"", StringComparison.Ordinal));
    }

    /// <summary>Text entries in <paramref name="count"/> distinct languages (<c>zz-0</c>, <c>zz-1</c>...).</summary>
    public static TextEntry[] Entries(int count) => [.. Enumerable.Range(0, count).Select(i => new TextEntry($"zz-{i}", $"Заголовок {i}"))];

    /// <summary>The sample whose title has <paramref name="count"/> languages, minified.</summary>
    public static byte[] WithManyTags(int count) => Minified(Sample.Value with { Title = Text.From(Entries(count)) });

    /// <summary>Two versions of the sample whose first action has <paramref name="count"/> unknown members: half the same, a quarter changed, a quarter replaced.</summary>
    public static (Strategy Old, Strategy New) WithManyUnknownMembers(int count)
    {
        ExtensionMembers Members(Func<int, (string Name, int Value)> member) => ExtensionMembers.Create(Enumerable.Range(0, count)
            .Select(member)
            .Select(m => new KeyValuePair<string, JsonElement>(m.Name, JsonDocument.Parse(m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).RootElement)));

        Strategy On(ExtensionMembers members)
        {
            var sample = Sample.Value;
            var direction = sample.Directions[0];
            var objective = direction.Objectives[0];
            var action = objective.Actions[0] with { Extensions = members };
            return sample with
            {
                Directions = sample.Directions.SetItem(0, direction with
                {
                    Objectives = direction.Objectives.SetItem(0, objective with { Actions = objective.Actions.SetItem(0, action) }),
                }),
            };
        }

        return (On(Members(i => ($"x-{i}", i))), On(Members(i => (i % 4 == 3 ? $"x-new-{i}" : $"x-{i}", i % 4 == 2 ? -i : i))));
    }

    /// <summary>A scale of <paramref name="count"/> levels and as many measurements on it, for <see cref="LongScale"/>.</summary>
    public static (EquatableArray<string> Scale, EquatableArray<QualitativeMeasurement> Measurements) LongScaleParts(int count) =>
        ([.. Enumerable.Range(0, count).Select(i => $"level-{i}")],
         [.. Enumerable.Range(0, count).Select(i => new QualitativeMeasurement(new DateOnly(2025, 1, 1).AddDays(i % 1800), $"level-{count - 1 - i}"))]);

    /// <summary>A qualitative indicator with a long scale and many measurements: each measurement's level is checked on the scale.</summary>
    public static QualitativeIndicator LongScale((EquatableArray<string> Scale, EquatableArray<QualitativeMeasurement> Measurements) parts) => new()
    {
        Id = "ind-long",
        Name = "A long scale",
        Level = IndicatorLevel.Output,
        Scale = parts.Scale,
        Baseline = new QualitativeValue(parts.Scale[0], new DateOnly(2025, 1, 1)),
        Target = new QualitativeValue(parts.Scale[^1], new DateOnly(2030, 1, 1)),
        Measurements = parts.Measurements,
    };

    /// <summary>
    /// Writes the documents measured process by process (<c>ocs check</c>) into <paramref name="folder"/>: the sample
    /// with 10,000, 20,000, 40,000 and 1,000,000 more stakeholders on one line, and with 500,000 more of which 1,000
    /// have a bad kind.
    /// </summary>
    public static void WriteDocuments(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, count) in new[] { ("10k", 10_000), ("20k", 20_000), ("40k", 40_000), ("1m", 1_000_000) })
        {
            File.WriteAllBytes(Path.Combine(folder, $"minified-{name}.json"), Minified(WithExtraStakeholders(count)));
        }

        File.WriteAllBytes(Path.Combine(folder, "bad-kinds-500k.json"), WithBadKinds(500_000, 1_000));
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            Console.WriteLine($"{file}: {new FileInfo(file).Length:N0} bytes");
        }
    }

    private static string SamplePath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "samples", "uzbekistan.strategy.json");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException("samples/uzbekistan.strategy.json was not found above " + AppContext.BaseDirectory);
    }
}
