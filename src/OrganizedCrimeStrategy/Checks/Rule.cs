using Ardalis.GuardClauses;

namespace OrganizedCrimeStrategy.Checks;

/// <summary>
/// A completeness rule: built-in rules of the <c>toolkit</c> ruleset and users' own rules derive from this class.
/// </summary>
/// <remarks>
/// <para>
/// A rule is stateless: <see cref="Check"/> reads the strategy from the <see cref="RuleContext"/> and reports each
/// element it checks once, as a pass (<see cref="RuleContext.Pass"/>) or a failure (<see cref="RuleContext.Fail"/>).
/// The engine decides whether the rule applies at the stage checked against, which severity it has, and computes
/// the score, so a rule only says what passes and what fails. One instance may check many strategies at once.
/// </para>
/// <para>
/// Keep a rule linear in the size of the strategy: use <see cref="RuleContext.Index"/> (actions, indicators,
/// references by stakeholder) instead of searching lists inside loops.
/// </para>
/// </remarks>
public abstract class Rule
{
    /// <summary>Creates a rule with its metadata.</summary>
    /// <param name="descriptor">The rule's id, name, default severity, stage, source and description.</param>
    protected Rule(RuleDescriptor descriptor) => Descriptor = Guard.Against.Null(descriptor);

    /// <summary>The rule's metadata.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Checks one strategy, reporting each element checked once to <paramref name="context"/>.</summary>
    /// <param name="context">The strategy, its index, the stage, the message formatter and the report sink.</param>
    public abstract void Check(RuleContext context);

    /// <inheritdoc/>
    public override string ToString() => $"{Descriptor.Id} {Descriptor.Name}";
}
