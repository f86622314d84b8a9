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
/// A completeness score from 0 to 100 with the counts behind it: the weighted share of applicable checks that
/// pass, weighting error 3, warning 2 and info 1 (docs/rules.md, "The score").
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Value"/> is <c>100 × PassedWeight / Weight</c>, computed from whole numbers so the same counts
/// always give the same value. A score with no applicable check (nothing was asked, so nothing is missing)
/// is 100; <see cref="Checks"/> then shows zero applicable checks, so a reader can tell it apart from a
/// document that passes everything it is asked.
/// </para>
/// <para>Immutable; two scores are equal when their counts per severity are.</para>
/// </remarks>
public sealed record Score
{
    /// <summary>Creates a score from the counts per severity.</summary>
    /// <param name="errors">Checks of rules with severity error.</param>
    /// <param name="warnings">Checks of rules with severity warning.</param>
    /// <param name="infos">Checks of rules with severity info.</param>
    public Score(CheckCounts errors, CheckCounts warnings, CheckCounts infos)
    {
        Errors = Guard.Against.Null(errors);
        Warnings = Guard.Against.Null(warnings);
        Infos = Guard.Against.Null(infos);
    }

    /// <summary>The score of no checks at all: 100.</summary>
    public static Score Empty { get; } = new(CheckCounts.None, CheckCounts.None, CheckCounts.None);

    /// <summary>Checks at severity error.</summary>
    public CheckCounts Errors { get; }

    /// <summary>Checks at severity warning.</summary>
    public CheckCounts Warnings { get; }

    /// <summary>Checks at severity info.</summary>
    public CheckCounts Infos { get; }

    /// <summary>All checks.</summary>
    public CheckCounts Checks => Errors + Warnings + Infos;

    /// <summary>The weight of the applicable checks: 3 per error check, 2 per warning check, 1 per info check.</summary>
    public int Weight => (3 * Errors.Applicable) + (2 * Warnings.Applicable) + Infos.Applicable;

    /// <summary>The weight of the checks that passed.</summary>
    public int PassedWeight => (3 * Errors.Passed) + (2 * Warnings.Passed) + Infos.Passed;

    /// <summary>The score, 0 to 100: <c>100 × PassedWeight / Weight</c>, or 100 when no check applied.</summary>
    public double Value => Weight == 0 ? 100.0 : 100.0 * PassedWeight / Weight;

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

/// <summary>The score of one pillar: the checks about elements inside it.</summary>
/// <param name="Pillar">The pillar.</param>
/// <param name="Score">Its score.</param>
public sealed record PillarScore(Pillar Pillar, Score Score);
