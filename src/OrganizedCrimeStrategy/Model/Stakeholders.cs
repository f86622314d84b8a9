using Ardalis.GuardClauses;

namespace OrganizedCrimeStrategy.Model;

/// <summary>A body that takes part in the strategy: a ministry, a court, an NGO, a donor...</summary>
public sealed record Stakeholder : ModelElement, IIdentified
{
    /// <inheritdoc/>
    public required string Id { get; init => field = Guard.Against.InvalidId(value); }

    /// <summary>The stakeholder's name.</summary>
    public required Text Name { get; init => field = Guard.Against.Null(value); }

    /// <summary>What kind of body it is.</summary>
    public required StakeholderKind Kind { get; init => field = Guard.Against.Undefined(value); }

    /// <summary>A short name, such as <c>MIA</c>.</summary>
    public string? Acronym { get; init => field = value is null ? null : Guard.Against.NullOrWhiteSpace(value); }

    /// <summary>The id of the stakeholder this one belongs to.</summary>
    public string? Parent { get; init => field = Guard.Against.InvalidOptionalId(value); }
}

/// <summary>The working group that drafts the strategy.</summary>
public sealed record WorkingGroup : ModelElement
{
    /// <summary>The id of the chairing stakeholder.</summary>
    public string? Chair { get; init => field = Guard.Against.InvalidOptionalId(value); }

    /// <summary>The ids of the member stakeholders.</summary>
    public EquatableArray<string> Members { get; init => field = Guard.Against.InvalidIds(value); }

    /// <summary>The group's meetings.</summary>
    public EquatableArray<Meeting> Meetings { get; init; }
}

/// <summary>A meeting of the working group.</summary>
public sealed record Meeting : ModelElement
{
    /// <summary>The day of the meeting.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>What the meeting was.</summary>
    public required Text Title { get; init => field = Guard.Against.Null(value); }

    /// <summary>What it decided.</summary>
    public Text? Summary { get; init; }
}
