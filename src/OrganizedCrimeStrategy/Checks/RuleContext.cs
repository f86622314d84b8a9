using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Checks.Messages;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks;

/// <summary>
/// What a rule sees while it checks one strategy, and where it reports: one context per rule and check, never shared.
/// </summary>
/// <remarks>
/// Report every element checked exactly once: <see cref="Pass"/> when it has what the rule asks,
/// <see cref="Fail"/> with the element's JSON Pointer and a message otherwise. Give the pillar whenever the
/// element lies inside a direction, so that the pillar's score counts the check.
/// </remarks>
public sealed class RuleContext
{
    private readonly RuleTally _tally;

    internal RuleContext(Strategy strategy, StrategyStage stage, MessageFormatter messages, RuleTally tally)
    {
        Strategy = strategy;
        Stage = stage;
        Messages = messages;
        _tally = tally;
    }

    /// <summary>The strategy checked.</summary>
    public Strategy Strategy { get; }

    /// <summary>The strategy's lookup index (actions, indicators, references by stakeholder), built once.</summary>
    public StrategyIndex Index => Strategy.Index;

    /// <summary>The stage checked against.</summary>
    public StrategyStage Stage { get; }

    /// <summary>The messages in the language checked with.</summary>
    public MessageFormatter Messages { get; }

    /// <summary>The language of <see cref="Messages"/>, for picking texts of the strategy (<see cref="Text.Get"/>).</summary>
    public string Language => Messages.Language;

    /// <summary>Records one element that has what the rule asks.</summary>
    /// <param name="pillar">The pillar the element falls under, or <see langword="null"/>.</param>
    public void Pass(Pillar? pillar = null) => _tally.Add(pillar, passed: true);

    /// <summary>Records <paramref name="count"/> elements that have what the rule asks, at once (for a rule that counts its passes).</summary>
    internal void PassMany(Pillar? pillar, int count)
    {
        for (var i = 0; i < count; i++)
        {
            _tally.Add(pillar, passed: true);
        }
    }

    /// <summary>Records one element that lacks what the rule asks.</summary>
    /// <param name="pointer">The JSON Pointer of the element concerned (the element that lacks something; <c>""</c> only when it is the document).</param>
    /// <param name="pillar">The pillar the element falls under, or <see langword="null"/>.</param>
    /// <param name="message">What is missing, in <see cref="Language"/>.</param>
    public void Fail(string pointer, Pillar? pillar, string message)
    {
        Guard.Against.Null(pointer);
        Guard.Against.NullOrWhiteSpace(message);
        _tally.Add(pillar, passed: false);
        _tally.Failures.Add((pointer, pillar, message));
    }

    /// <summary>Records a failure with a message from the catalogue (<see cref="MessageFormatter.Format"/>).</summary>
    /// <param name="pointer">The JSON Pointer of the element concerned.</param>
    /// <param name="pillar">The pillar the element falls under, or <see langword="null"/>.</param>
    /// <param name="messageKey">The message's key, such as <c>OCS301</c>.</param>
    /// <param name="arguments">The values of the message's named placeholders.</param>
    public void FailWith(string pointer, Pillar? pillar, string messageKey, params ReadOnlySpan<(string Name, string Value)> arguments) =>
        Fail(pointer, pillar, Messages.Format(messageKey, arguments));
}

/// <summary>The passes and failures one rule reported, by pillar.</summary>
internal sealed class RuleTally
{
    // Index 0 holds checks outside any pillar; 1 + (int)pillar the pillar's.
    private readonly int[] _applicable = new int[5];
    private readonly int[] _passed = new int[5];

    public List<(string Pointer, Pillar? Pillar, string Message)> Failures { get; } = [];

    public int Applicable => _applicable.Sum();

    public int Passed => _passed.Sum();

    public void Add(Pillar? pillar, bool passed)
    {
        // A range check rather than Enum.IsDefined: this runs for every check of every rule.
        var slot = pillar is { } p
            ? (uint)p <= (uint)Pillar.Promote ? 1 + (int)p : throw new ArgumentOutOfRangeException(nameof(pillar), p, "Not a defined pillar.")
            : 0;
        _applicable[slot]++;
        if (passed)
        {
            _passed[slot]++;
        }
    }

    public CheckCounts CountsOf(Pillar? pillar)
    {
        var slot = pillar is { } p ? 1 + (int)p : 0;
        return new CheckCounts(_applicable[slot], _passed[slot]);
    }
}
