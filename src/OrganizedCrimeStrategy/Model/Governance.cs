using Ardalis.GuardClauses;

namespace OrganizedCrimeStrategy.Model;

/// <summary>The evidence a strategy starts from: a threat assessment and its priorities.</summary>
public sealed record SituationAnalysis : ModelElement
{
    /// <summary>A summary of the situation.</summary>
    public Text? Summary { get; init; }

    /// <summary>The sources of the assessment (a SOCTA, statistics, studies).</summary>
    public EquatableArray<Text> Sources { get; init; }

    /// <summary>The threats, with their priority.</summary>
    public EquatableArray<Threat> Threats { get; init; }
}

/// <summary>A prioritised threat of the situation analysis.</summary>
public sealed record Threat : ModelElement
{
    /// <summary>The crime type.</summary>
    public required CrimeType CrimeType
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value.Value) ? throw new ArgumentException("A crime type may not be blank.", nameof(CrimeType)) : value;
    }

    /// <summary>How urgent it is.</summary>
    public required ThreatPriority Priority { get; init => field = Guard.Against.Undefined(value); }

    /// <summary>A description.</summary>
    public Text? Description { get; init; }
}

/// <summary>The monitoring and evaluation mechanism.</summary>
public sealed record MonitoringMechanism : ModelElement
{
    /// <summary>The id of the coordinating body.</summary>
    public string? Body { get; init => field = Guard.Against.InvalidOptionalId(value); }

    /// <summary>How often progress is reported.</summary>
    public Frequency? ReportingFrequency { get; init => field = value is { } f ? Guard.Against.Undefined(f) : null; }

    /// <summary>The planned evaluations.</summary>
    public EquatableArray<Evaluation> Evaluations { get; init; }
}

/// <summary>A planned evaluation.</summary>
public sealed record Evaluation : ModelElement
{
    /// <summary>Mid-term, final or ad hoc.</summary>
    public required EvaluationKind Kind { get; init => field = Guard.Against.Undefined(value); }

    /// <summary>When it is due.</summary>
    public required DateOnly Due { get; init; }

    /// <summary>The id of the evaluating stakeholder.</summary>
    public string? Evaluator { get; init => field = Guard.Against.InvalidOptionalId(value); }
}

/// <summary>A consultation on the draft strategy.</summary>
/// <remarks>The end may not be before the start.</remarks>
public sealed record Consultation : ModelElement, IIdentified
{
    /// <inheritdoc/>
    public required string Id { get; init => field = Guard.Against.InvalidId(value); }

    /// <summary>Who it addresses.</summary>
    public required ConsultationKind Kind { get; init => field = Guard.Against.Undefined(value); }

    /// <summary>When it opens.</summary>
    public DateOnly? Start
    {
        get;
        init
        {
            Guard.Against.EndBeforeStart(value, End, nameof(Start));
            field = value;
        }
    }

    /// <summary>When it closes; not before <see cref="Start"/>.</summary>
    public DateOnly? End
    {
        get;
        init
        {
            Guard.Against.EndBeforeStart(Start, value, nameof(End));
            field = value;
        }
    }

    /// <summary>How it is held (a portal, hearings...).</summary>
    public Text? Channel { get; init; }

    /// <summary>What came of it.</summary>
    public Text? Summary { get; init; }

    /// <summary>The ids of participating stakeholders.</summary>
    public EquatableArray<string> Participants { get; init => field = Guard.Against.InvalidIds(value); }
}

/// <summary>How and when the strategy is adopted.</summary>
public sealed record Adoption : ModelElement
{
    /// <summary>The legal instrument, such as a presidential decree.</summary>
    public Text? Instrument { get; init; }

    /// <summary>The id of the adopting authority.</summary>
    public string? Authority { get; init => field = Guard.Against.InvalidOptionalId(value); }

    /// <summary>When adoption is planned.</summary>
    public DateOnly? PlannedDate { get; init; }

    /// <summary>When it was adopted.</summary>
    public DateOnly? AdoptedDate { get; init; }

    /// <summary>The steps towards adoption.</summary>
    public EquatableArray<Milestone> Milestones { get; init; }
}

/// <summary>A step towards adoption.</summary>
public sealed record Milestone : ModelElement
{
    /// <summary>What the step is.</summary>
    public required Text Title { get; init => field = Guard.Against.Null(value); }

    /// <summary>When it is due.</summary>
    public required DateOnly Due { get; init; }

    /// <summary>Whether it is done.</summary>
    public bool Done { get; init; }
}

/// <summary>Money for the strategy from one source.</summary>
public sealed record Funding : ModelElement
{
    /// <summary>The id of the funding stakeholder.</summary>
    public required string Source { get; init => field = Guard.Against.InvalidId(value); }

    /// <summary>How much.</summary>
    public Money? Amount { get; init; }

    /// <summary>What for.</summary>
    public Text? Purpose { get; init; }
}
