using BenchmarkDotNet.Attributes;
using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Checks.Output;
using OrganizedCrimeStrategy.Diff;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Monitoring;

namespace OrganizedCrimeStrategy.Benchmarks;

/// <summary>
/// The shapes that once cost the square of their size (issue #16), at 10,000 and 40,000 of the repeated part:
/// target, 40,000 at most 5 times 10,000 (linear work gives 4; quadratic 16).
/// </summary>
[MemoryDiagnoser]
public class LinearityBenchmarks
{
    private CheckResult _result = null!;
    private byte[] _minified = [];
    private byte[] _badKinds = [];
    private TextEntry[] _entries = [];
    private byte[] _manyTags = [];
    private (Strategy Old, Strategy New) _versions;
    private (EquatableArray<string> Scale, EquatableArray<QualitativeMeasurement> Measurements) _scale;

    /// <summary>How many of the repeated part: stakeholders, bad kinds, language tags, unknown members, levels and measurements.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => Fixtures.Quick ? [100] : [10_000, 40_000];

    [GlobalSetup]
    public void Setup()
    {
        _minified = Pathological.Minified(Pathological.WithExtraStakeholders(N));
        _result = RuleSet.Toolkit.Check(StrategyJson.Read(_minified, Pathological.ReadOptions).AsT0);
        _badKinds = Pathological.WithBadKinds(N, N);
        _entries = Pathological.Entries(N);
        _manyTags = Pathological.WithManyTags(N);
        _versions = Pathological.WithManyUnknownMembers(N);
        _scale = Pathological.LongScaleParts(N);
    }

    /// <summary>SARIF of the sample with N more stakeholders on one line, every finding (N of OCS606) located by line and column.</summary>
    [Benchmark]
    public int SarifOfMinified() => SarifReport.Render(_result, new SarifOptions
    {
        ArtifactUri = "minified.json",
        Locate = new JsonLocator(_minified).ToLookup(_result.Findings.Select(f => f.Pointer)),
    }).Length;

    /// <summary>Reading the same document with N bad kinds: N read failures, each with its line and column.</summary>
    [Benchmark]
    public int ReadFailuresOfMinified() => StrategyJson.Read(_badKinds, Pathological.ReadOptions).AsT1.Count;

    /// <summary>A text in N languages, made from its entries.</summary>
    [Benchmark]
    public int TextInManyLanguages() => Text.From(_entries).Entries.Count;

    /// <summary>Reading the sample whose title is in N languages.</summary>
    [Benchmark]
    public int ReadTextInManyLanguages() => StrategyJson.Read(_manyTags, Pathological.ReadOptions).AsT0.Title.Entries.Count;

    /// <summary>The diff of two versions whose first action has N unknown members, half of them changed.</summary>
    [Benchmark]
    public int DiffOfManyUnknownMembers() => StrategyDiff.Compare(_versions.Old, _versions.New).Changes.Count;

    /// <summary>A qualitative indicator with N levels and N measurements, made and its progress computed.</summary>
    [Benchmark]
    public double? LongScale() => IndicatorProgress.Of(Pathological.LongScale(_scale), new DateOnly(2031, 1, 1)).Percent;
}
