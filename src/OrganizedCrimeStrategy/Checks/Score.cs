using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks;

/// <summary>How many checks applied and how many of them passed.</summary>
/// <remarks>Immutable; equal when both counts are.</remarks>
public sealed record CheckCounts
{
    /// <summary>Counts checks.</summary>
    /// <param name="applicable">The checks that applied; zero or more.</param>
    /// <param name="passed">The checks that passed; between zero and <paramref name="applicable"/>.</param>
    /// <exception cref="ArgumentException">A count is negative or more checks passed than applied.</exception>
    public CheckCounts(int applicable, int passed)
    {
        Applicable = Guard.Against.Negative(applicable);
        Passed = Guard.Against.OutOfRange(passed, nameof(passed), 0, applicable);
    }

    /// <summary>No checks.</summary>
    public static CheckCounts None { get; } = new(0, 0);

    /// <summary>The checks that applied.</summary>
    public int Applicable { get; }

    /// <summary>The checks that passed.</summary>
    public int Passed { get; }

    /// <summary>The checks that failed: each is a finding.</summary>
    public int Failed => Applicable - Passed;

    /// <summary>Adds two counts.</summary>
    /// <param name="left">One count.</param>
    /// <param name="right">The other.</param>
    /// <returns>The sum.</returns>
    public static CheckCounts operator +(CheckCounts left, CheckCounts right) =>
        new(left.Applicable + right.Applicable, left.Passed + right.Passed);
}

/// <summary>
/// One rule's part in a <see cref="Score"/>: the weight of its severity (error 3, warning 2, info 1) and the share of
/// the elements it checked that pass.
/// </summary>
/// <remarks>Immutable; equal when the rule, severity and counts are.</remarks>
public sealed record RuleScore
{
    /// <summary>Creates a rule's part.</summary>
    /// <param name="ruleId">The rule's id, such as <c>OCS301</c>.</param>
    /// <param name="severity">The rule's effective severity (after settings and stage), which gives its weight.</param>
    /// <param name="checks">The checks the rule made (in the score's scope: the document or one pillar) and how many passed.</param>
    /// <exception cref="ArgumentException">The id is blank or the severity is not defined.</exception>
    public RuleScore(string ruleId, Severity severity, CheckCounts checks)
    {
        RuleId = Guard.Against.NullOrWhiteSpace(ruleId);
        Severity = Guard.Against.Undefined(severity);
        Checks = Guard.Against.Null(checks);
    }

    /// <summary>The rule's id.</summary>
    public string RuleId { get; }

    /// <summary>The rule's effective severity.</summary>
    public Severity Severity { get; }

    /// <summary>The checks the rule made and how many passed.</summary>
    public CheckCounts Checks { get; }

    /// <summary>The weight of the rule's severity: 3 for error, 2 for warning, 1 for info.</summary>
    public int Weight => Severity.Weight();

    /// <summary>The share of the rule's checks that pass, 0 to 1; 1 when it checked nothing (nothing it asks for is missing).</summary>
    public double Share => Checks.Applicable == 0 ? 1.0 : (double)Checks.Passed / Checks.Applicable;

    /// <summary>What the rule adds to <see cref="Score.EarnedWeight"/>: <see cref="Weight"/> × <see cref="Share"/>.</summary>
    public double EarnedWeight => Weight * Share;
}

/// <summary>
/// A completeness score from 0 to 100 with the rules and counts behind it (docs/rules.md, "The score", scoring
/// <see cref="Method"/>): every rule counts once, with its severity's weight (error 3, warning 2, info 1) times the
/// share of the elements it checks that pass; the score is the sum of those contributions over the sum of the
/// weights, times 100.
/// </summary>
/// <remarks>
/// <para>
/// So no rule, however many elements it checks, moves the score by more than its weight's share: a rule that checks
/// a million stakeholders and fails them all costs an info rule's weight, no more. The counts of checks passed and
/// failed (<see cref="Checks"/>, and per severity) stay beside the score, because people read both
/// ("346 of 350 checks pass").
/// </para>
/// <para>
/// The overall score of a check counts every rule that applies (a rule that had nothing to check counts as fully
/// met); a pillar's score counts the rules that checked elements inside the pillar, each over those elements only.
/// A score with no rule is 100: nothing was asked, so nothing is missing; <see cref="Rules"/> is then empty.
/// The same rules and counts always give the same value, and a score with no failed check is exactly 100.
/// </para>
/// <para>Immutable; two scores are equal when their rules are (in order).</para>
/// </remarks>
public sealed record Score
{
    /// <summary>
    /// The name of the scoring this type computes, written beside the score in the JSON and SARIF results so that
    /// their readers notice a change: <c>rule-weighted-1</c>. (Before it, the score was the weighted share of all
    /// checks, in which a rule counted once per element it checked.)
    /// </summary>
    public const string Method = "rule-weighted-1";

    /// <summary>Creates a score from the parts of the rules that count in it.</summary>
    /// <param name="rules">Each rule's severity and counts, in ruleset order.</param>
    /// <exception cref="ArgumentException">A part is null.</exception>
    public Score(IEnumerable<RuleScore> rules)
    {
        Guard.Against.Null(rules);
        var parts = rules.ToEquatableArray();
        int[] applicable = new int[3], passed = new int[3];
        var weight = 0;
        var earned = 0.0;
        foreach (var rule in parts)
        {
            Guard.Against.Null(rule, nameof(rules));
            applicable[(int)rule.Severity] += rule.Checks.Applicable;
            passed[(int)rule.Severity] += rule.Checks.Passed;
            weight += rule.Weight;
            earned += rule.EarnedWeight;
        }

        Rules = parts;
        Errors = new CheckCounts(applicable[(int)Severity.Error], passed[(int)Severity.Error]);
        Warnings = new CheckCounts(applicable[(int)Severity.Warning], passed[(int)Severity.Warning]);
        Infos = new CheckCounts(applicable[(int)Severity.Info], passed[(int)Severity.Info]);
        Weight = weight;
        EarnedWeight = earned;

        // A rule with every check passing earns exactly its weight (a whole number), so a score without a failed
        // check is exactly 100; a failed check lowers it.
        Value = weight == 0 ? 100.0 : 100.0 * earned / weight;
    }

    /// <summary>The score of no rules at all: 100.</summary>
    public static Score Empty { get; } = new([]);

    /// <summary>The rules that count in this score, each with its weight and counts, in ruleset order.</summary>
    public EquatableArray<RuleScore> Rules { get; }

    /// <summary>Checks of rules at severity error.</summary>
    public CheckCounts Errors { get; }

    /// <summary>Checks of rules at severity warning.</summary>
    public CheckCounts Warnings { get; }

    /// <summary>Checks of rules at severity info.</summary>
    public CheckCounts Infos { get; }

    /// <summary>All checks of the rules that count: how many applied and passed.</summary>
    public CheckCounts Checks => Errors + Warnings + Infos;

    /// <summary>The sum of the weights of the rules that count: 3 per error rule, 2 per warning rule, 1 per info rule.</summary>
    public int Weight { get; }

    /// <summary>The sum of each rule's weight times the share of its checks that pass (<see cref="RuleScore.EarnedWeight"/>).</summary>
    public double EarnedWeight { get; }

    /// <summary>The score, 0 to 100: <c>100 × EarnedWeight / Weight</c>, or 100 when no rule counts.</summary>
    public double Value { get; }

    /// <summary>The counts at one severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The counts.</returns>
    public CheckCounts At(Severity severity) => severity switch
    {
        Severity.Error => Errors,
        Severity.Warning => Warnings,
        Severity.Info => Infos,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a defined severity."),
    };

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} ({Checks.Passed} of {Checks.Applicable} checks pass)";
}

/// <summary>The score of one pillar: the rules that checked elements inside it, each over those elements only.</summary>
/// <param name="Pillar">The pillar.</param>
/// <param name="Score">Its score.</param>
public sealed record PillarScore(Pillar Pillar, Score Score);
