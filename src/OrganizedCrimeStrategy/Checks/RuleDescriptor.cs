using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks;

/// <summary>A severity that applies from a stage on, replacing a rule's default (OCS603: warning, error from <c>adopted</c>).</summary>
/// <param name="FromStage">The first stage at which <paramref name="Severity"/> applies.</param>
/// <param name="Severity">The severity from then on.</param>
public sealed record StageSeverity(StrategyStage FromStage, Severity Severity);

/// <summary>
/// What a rule is: its stable id and name, default severity, the stage it applies from, where it comes from,
/// and a one-sentence explanation. A SARIF writer, a user interface or the documentation lists rules from here.
/// </summary>
/// <remarks>Immutable; two descriptors are equal when all their members are.</remarks>
public sealed partial record RuleDescriptor
{
    /// <summary>Describes a rule.</summary>
    /// <param name="id">The stable id, such as <c>OCS301</c>: a letter, then letters, digits, <c>.</c>, <c>_</c> or <c>-</c>.</param>
    /// <param name="name">The stable kebab-case name, such as <c>action-has-lead</c>.</param>
    /// <param name="defaultSeverity">The severity unless the user changes it.</param>
    /// <param name="fromStage">The first stage at which the rule applies; before it the rule is not applicable.</param>
    /// <param name="source">Where the rule comes from: <c>seed</c>, <c>UNTOC art. N</c>, <c>practice</c>...</param>
    /// <param name="description">What the rule asks, in one English sentence.</param>
    /// <exception cref="ArgumentException">The id is malformed, or a text is blank.</exception>
    public RuleDescriptor(string id, string name, Severity defaultSeverity, StrategyStage fromStage, string source, string description)
    {
        Guard.Against.NullOrWhiteSpace(id);
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"'{id}' is not a valid rule id: a letter, then letters, digits, '.', '_' or '-'.", nameof(id));
        }

        Id = id;
        Name = Guard.Against.NullOrWhiteSpace(name);
        DefaultSeverity = Guard.Against.Undefined(defaultSeverity);
        FromStage = Guard.Against.Undefined(fromStage);
        Source = Guard.Against.NullOrWhiteSpace(source);
        Description = Guard.Against.NullOrWhiteSpace(description);
    }

    /// <summary>The stable id, such as <c>OCS301</c>.</summary>
    public string Id { get; }

    /// <summary>The stable name, such as <c>action-has-lead</c>.</summary>
    public string Name { get; }

    /// <summary>The severity unless the user changes it (see also <see cref="Escalation"/>).</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>The first stage at which the rule applies.</summary>
    public StrategyStage FromStage { get; }

    /// <summary>Where the rule comes from.</summary>
    public string Source { get; }

    /// <summary>What the rule asks, in one English sentence.</summary>
    public string Description { get; }

    /// <summary>A stricter default severity from a later stage on, or <see langword="null"/>.</summary>
    public StageSeverity? Escalation { get; init; }

    /// <summary>A page that explains the rule, or <see langword="null"/>.</summary>
    public Uri? HelpUri { get; init; }

    /// <summary>The default severity at <paramref name="stage"/>, taking <see cref="Escalation"/> into account.</summary>
    /// <param name="stage">The stage checked against.</param>
    /// <returns>The severity.</returns>
    public Severity SeverityAt(StrategyStage stage) =>
        Escalation is { } escalation && stage >= escalation.FromStage ? escalation.Severity : DefaultSeverity;

    /// <summary>Whether the rule applies at <paramref name="stage"/> (the stage is <see cref="FromStage"/> or later).</summary>
    /// <param name="stage">The stage checked against.</param>
    /// <returns><see langword="true"/> when the rule applies.</returns>
    public bool AppliesAt(StrategyStage stage) => stage >= FromStage;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
