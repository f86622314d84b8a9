using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace OrganizedCrimeStrategy.Model;

/// <summary>
/// A national strategy against organized crime: the root of format 1.0.
/// </summary>
/// <remarks>
/// <para>
/// A strategy is an immutable record: build it with an object initializer and change it with <c>with</c>
/// expressions. Each member checks its own rules when set (a malformed id, a blank text, an end before a
/// start cannot be constructed). Rules that span the whole document (ids unique, references resolve) are not
/// constructor rules: a strategy may break them, as a document may (JSON Schema cannot express them), and it is
/// still written and read. <see cref="FindIntegrityProblems"/> finds them, and the rules OCS001 and OCS002 report them.
/// </para>
/// <para>Lookups (<see cref="FindStakeholder"/>, <see cref="Actions"/>...) use an index built once per instance, on first use.</para>
/// </remarks>
public sealed record Strategy : ModelElement, IIdentified
{
    private static readonly ConditionalWeakTable<Strategy, StrategyIndex> Indexes = [];

    /// <summary>The format version this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The <c>$schema</c> member, kept as written.</summary>
    public string? Schema { get; init; }

    /// <summary>The format version of the document: <c>1.0</c>, or a later 1.x it was read from.</summary>
    public string SchemaVersion
    {
        get;
        init => field = FormatRules.IsSupportedVersion(value)
            ? value
            : throw new ArgumentException($"This library holds format 1.x; '{value}' is another major version.", nameof(SchemaVersion));
    } = CurrentSchemaVersion;

    /// <inheritdoc/>
    public required string Id { get; init => field = Guard.Against.InvalidId(value); }

    /// <summary>The ISO 3166-1 alpha-3 code of the country (<c>UZB</c>).</summary>
    public required string Country { get; init => field = Guard.Against.InvalidCountry(value); }

    /// <summary>The strategy's title.</summary>
    public required Text Title { get; init => field = Guard.Against.Null(value); }

    /// <summary>The vision.</summary>
    public Text? Vision { get; init; }

    /// <summary>Where the strategy stands in its life.</summary>
    public required StrategyStage Stage { get; init => field = Guard.Against.Undefined(value); }

    /// <summary>The period the strategy covers.</summary>
    public Period? Period { get; init; }

    /// <summary>The situation analysis it builds on.</summary>
    public SituationAnalysis? SituationAnalysis { get; init; }

    /// <summary>Every body that takes part.</summary>
    public EquatableArray<Stakeholder> Stakeholders { get; init; }

    /// <summary>The working group that drafts it.</summary>
    public WorkingGroup? WorkingGroup { get; init; }

    /// <summary>The strategic directions, each under one of the four Ps.</summary>
    public EquatableArray<Direction> Directions { get; init; }

    /// <summary>The monitoring and evaluation mechanism.</summary>
    public MonitoringMechanism? Monitoring { get; init; }

    /// <summary>The consultations on the draft.</summary>
    public EquatableArray<Consultation> Consultations { get; init; }

    /// <summary>How and when it is adopted.</summary>
    public Adoption? Adoption { get; init; }

    /// <summary>Where the money comes from.</summary>
    public EquatableArray<Funding> Funding { get; init; }

    /// <summary>Legal references of the whole document.</summary>
    public EquatableArray<LegalReference> References { get; init; }

    /// <summary>The lookup index of this instance, built on first use.</summary>
    public StrategyIndex Index => Indexes.GetValue(this, static s => new StrategyIndex(s));

    /// <summary>The stakeholder with <paramref name="id"/>.</summary>
    /// <param name="id">A stakeholder id.</param>
    /// <returns>The stakeholder, or <see langword="null"/> when there is none.</returns>
    public Stakeholder? FindStakeholder(string id) => Index.FindStakeholder(id);

    /// <summary>Every action with where it stands, in document order.</summary>
    public IReadOnlyList<ActionEntry> Actions => Index.Actions;

    /// <summary>Every indicator with its owner (an objective or an action), in document order.</summary>
    public IReadOnlyList<IndicatorEntry> Indicators => Index.Indicators;

    /// <summary>The directions under <paramref name="pillar"/>.</summary>
    /// <param name="pillar">One of the four Ps.</param>
    /// <returns>The directions, in document order.</returns>
    public IEnumerable<Direction> DirectionsOf(Pillar pillar) => Directions.Where(d => d.Pillar == pillar);

    /// <summary>The actions under <paramref name="pillar"/>.</summary>
    /// <param name="pillar">One of the four Ps.</param>
    /// <returns>The actions, in document order.</returns>
    public IEnumerable<StrategyAction> ActionsOf(Pillar pillar) => Index.Actions.Where(a => a.Pillar == pillar).Select(a => a.Action);

    /// <summary>Every place that names the stakeholder <paramref name="id"/>: as lead, partner, member, chair...</summary>
    /// <param name="id">A stakeholder id.</param>
    /// <returns>The references, in document order.</returns>
    public IReadOnlyList<StakeholderReference> ReferencesTo(string id) => Index.ReferencesTo(id);

    /// <summary>
    /// The document-wide problems: an id used by a second element (at that element's <c>id</c> member), a reference that
    /// names no stakeholder (at the reference). One linear pass, made once per instance. The rules OCS001 unique-ids and
    /// OCS002 references-resolve report the same problems as findings, with their severity, pillar and score.
    /// </summary>
    /// <returns>The problems: ids used twice, then references, each in document order; empty when the strategy is whole.</returns>
    public IReadOnlyList<IntegrityProblem> FindIntegrityProblems() => Index.Problems;
}
