using Ardalis.GuardClauses;

namespace OrganizedCrimeStrategy.Model;

/// <summary>A strategic direction of the strategy's own, mapped onto one of the four Ps.</summary>
public sealed record Direction : ModelElement, IIdentified
{
    /// <inheritdoc/>
    public required string Id { get; init => field = Guard.Against.InvalidId(value); }

    /// <summary>The direction's title.</summary>
    public required Text Title { get; init => field = Guard.Against.Null(value); }

    /// <summary>The P the direction falls under.</summary>
    public required Pillar Pillar { get; init => field = Guard.Against.Undefined(value); }

    /// <summary>A summary.</summary>
    public Text? Summary { get; init; }

    /// <summary>The direction's objectives.</summary>
    public EquatableArray<Objective> Objectives { get; init; }
}

/// <summary>An objective within a direction: what is to change, measured by outcome indicators, reached through actions.</summary>
public sealed record Objective : ModelElement, IIdentified
{
    /// <inheritdoc/>
    public required string Id { get; init => field = Guard.Against.InvalidId(value); }

    /// <summary>The objective's title.</summary>
    public required Text Title { get; init => field = Guard.Against.Null(value); }

    /// <summary>A description.</summary>
    public Text? Description { get; init; }

    /// <summary>Indicators of the objective (outcome or impact, usually).</summary>
    public EquatableArray<Indicator> Indicators { get; init; }

    /// <summary>The actions that serve the objective.</summary>
    public EquatableArray<StrategyAction> Actions { get; init; }
}

/// <summary>
/// An action of the action plan: who leads it, with whom, by when, with what money, measured how.
/// </summary>
/// <remarks>
/// The end may not be before the start. In a <c>with</c> expression that moves both dates, set them in
/// an order that keeps the pair valid at each step (or set <see cref="End"/> to <see langword="null"/> first).
/// </remarks>
public sealed record StrategyAction : ModelElement, IIdentified
{
    /// <inheritdoc/>
    public required string Id { get; init => field = Guard.Against.InvalidId(value); }

    /// <summary>The action's title.</summary>
    public required Text Title { get; init => field = Guard.Against.Null(value); }

    /// <summary>A description.</summary>
    public Text? Description { get; init; }

    /// <summary>The id of the one accountable stakeholder.</summary>
    public string? Lead { get; init => field = Guard.Against.InvalidOptionalId(value); }

    /// <summary>The ids of partner stakeholders.</summary>
    public EquatableArray<string> Partners { get; init => field = Guard.Against.InvalidIds(value); }

    /// <summary>When the action starts.</summary>
    public DateOnly? Start
    {
        get;
        init
        {
            Guard.Against.EndBeforeStart(value, End, nameof(Start));
            field = value;
        }
    }

    /// <summary>The deadline; not before <see cref="Start"/>.</summary>
    public DateOnly? End
    {
        get;
        init
        {
            Guard.Against.EndBeforeStart(Start, value, nameof(End));
            field = value;
        }
    }

    /// <summary>Where the action stands (default <see cref="ActionStatus.Planned"/>).</summary>
    public ActionStatus Status { get; init => field = Guard.Against.Undefined(value); }

    /// <summary>The budget.</summary>
    public Money? Budget { get; init; }

    /// <summary>The id of the stakeholder that funds it.</summary>
    public string? FundingSource { get; init => field = Guard.Against.InvalidOptionalId(value); }

    /// <summary>The crime types the action targets.</summary>
    public EquatableArray<CrimeType> CrimeTypes { get; init; }

    /// <summary>The groups the action serves, in free words: <c>victims</c>, <c>youth</c>, <c>migrants</c>...</summary>
    public EquatableArray<string> TargetGroups { get; init; }

    /// <summary>Output indicators of the action.</summary>
    public EquatableArray<Indicator> Indicators { get; init; }

    /// <summary>Legal references.</summary>
    public EquatableArray<LegalReference> References { get; init; }
}
