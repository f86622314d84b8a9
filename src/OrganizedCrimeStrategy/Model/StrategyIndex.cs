namespace OrganizedCrimeStrategy.Model;

/// <summary>The part a stakeholder plays where it is named.</summary>
public enum StakeholderRole
{
    /// <summary>Leads an action.</summary>
    Lead,

    /// <summary>Partners in an action.</summary>
    Partner,

    /// <summary>Funds an action or the strategy.</summary>
    Funder,

    /// <summary>Is responsible for an indicator.</summary>
    Responsible,

    /// <summary>Chairs the working group.</summary>
    Chair,

    /// <summary>Is a member of the working group.</summary>
    Member,

    /// <summary>Is the monitoring body.</summary>
    MonitoringBody,

    /// <summary>Evaluates the strategy.</summary>
    Evaluator,

    /// <summary>Takes part in a consultation.</summary>
    Participant,

    /// <summary>Adopts the strategy.</summary>
    Authority,

    /// <summary>Is the parent of another stakeholder.</summary>
    Parent,
}

/// <summary>The kind of a document-wide problem.</summary>
public enum IntegrityProblemKind
{
    /// <summary>Two elements share an id.</summary>
    DuplicateId,

    /// <summary>A reference names no stakeholder.</summary>
    DanglingReference,
}

/// <summary>A document-wide problem of a strategy.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Pointer">The JSON Pointer of the place (the second element with the id, or the reference).</param>
/// <param name="Id">The id concerned.</param>
/// <param name="Message">A sentence a person understands.</param>
public sealed record IntegrityProblem(IntegrityProblemKind Kind, string Pointer, string Id, string Message);

/// <summary>A JSON Pointer built from its parent on demand, so that places are cheap until someone asks for their text.</summary>
internal sealed class ElementPath
{
    private readonly ElementPath? _parent;
    private readonly string? _name;
    private readonly int _index;
    private string? _pointer;

    private ElementPath(ElementPath? parent, string? name, int index)
    {
        _parent = parent;
        _name = name;
        _index = index;
    }

    public static ElementPath Root { get; } = new(null, null, 0) { _pointer = string.Empty };

    public ElementPath Member(string name) => new(this, name, 0);

    public ElementPath Item(int index) => new(this, null, index);

    public string Pointer => _pointer ??= _name is null
        ? string.Concat(_parent!.Pointer, "/", _index.ToString(System.Globalization.CultureInfo.InvariantCulture))
        : string.Concat(_parent!.Pointer, "/", Escape(_name));

    public string Append(string member) => string.Concat(Pointer, "/", member);

    public override string ToString() => Pointer;

    internal static string Escape(string name) =>
        name.AsSpan().IndexOfAny('~', '/') < 0 ? name : name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}

/// <summary>An action with its place in the document.</summary>
public sealed class ActionEntry
{
    private readonly ElementPath _path;

    internal ActionEntry(StrategyAction action, Direction direction, Objective objective, ElementPath path)
    {
        Action = action;
        Direction = direction;
        Objective = objective;
        _path = path;
    }

    /// <summary>The action.</summary>
    public StrategyAction Action { get; }

    /// <summary>The direction it falls under.</summary>
    public Direction Direction { get; }

    /// <summary>The objective it serves.</summary>
    public Objective Objective { get; }

    /// <summary>The P of its direction.</summary>
    public Pillar Pillar => Direction.Pillar;

    /// <summary>The JSON Pointer of the action, such as <c>/directions/0/objectives/1/actions/2</c>.</summary>
    public string Pointer => _path.Pointer;
}

/// <summary>An indicator with its owner and place in the document.</summary>
public sealed class IndicatorEntry
{
    private readonly ElementPath _path;

    internal IndicatorEntry(Indicator indicator, Direction direction, Objective objective, StrategyAction? action, ElementPath path)
    {
        Indicator = indicator;
        Direction = direction;
        Objective = objective;
        Action = action;
        _path = path;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The direction it falls under.</summary>
    public Direction Direction { get; }

    /// <summary>The objective that owns it, or that owns its action.</summary>
    public Objective Objective { get; }

    /// <summary>The action that owns it, or <see langword="null"/> for an objective's indicator.</summary>
    public StrategyAction? Action { get; }

    /// <summary>The element that owns it: the action, or else the objective.</summary>
    public IIdentified Owner => (IIdentified?)Action ?? Objective;

    /// <summary>The P of its direction.</summary>
    public Pillar Pillar => Direction.Pillar;

    /// <summary>The JSON Pointer of the indicator.</summary>
    public string Pointer => _path.Pointer;
}

/// <summary>A place in the document that names a stakeholder.</summary>
public sealed class StakeholderReference
{
    private readonly ElementPath _owner;
    private readonly string _member;
    private readonly int _item;

    internal StakeholderReference(string stakeholderId, StakeholderRole role, ElementPath owner, string member, Pillar? pillar, int item = -1)
    {
        StakeholderId = stakeholderId;
        Role = role;
        _owner = owner;
        _member = member;
        _item = item;
        Pillar = pillar;
    }

    /// <summary>The id named.</summary>
    public string StakeholderId { get; }

    /// <summary>The part it plays there.</summary>
    public StakeholderRole Role { get; }

    /// <summary>The P of the element that names it, when that element is inside a direction.</summary>
    public Pillar? Pillar { get; }

    /// <summary>The JSON Pointer of the reference itself, such as <c>/directions/0/objectives/0/actions/3/lead</c>.</summary>
    public string Pointer => _item < 0
        ? _owner.Append(_member)
        : _owner.Append(string.Concat(_member, "/", _item.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

/// <summary>
/// Lookups over one <see cref="Strategy"/>, built in a single pass: ids, actions and indicators with their
/// places, and who is named where. Obtain it from <see cref="Strategy.Index"/>.
/// </summary>
public sealed class StrategyIndex
{
    // Plain dictionaries: the index is built once per check and read a few times per element, where a frozen
    // dictionary's costly construction does not pay off.
    private readonly Dictionary<string, IIdentified> _elements;
    private readonly Dictionary<string, Stakeholder> _stakeholders;
    private readonly Dictionary<string, List<StakeholderReference>> _referencesById = new(StringComparer.Ordinal);

    internal StrategyIndex(Strategy strategy)
    {
        // Counted first, so that no list or dictionary grows by copying.
        int actionCount = 0, indicatorCount = 0, objectiveCount = 0;
        foreach (var direction in strategy.Directions)
        {
            objectiveCount += direction.Objectives.Count;
            foreach (var objective in direction.Objectives)
            {
                actionCount += objective.Actions.Count;
                indicatorCount += objective.Indicators.Count;
                foreach (var action in objective.Actions)
                {
                    indicatorCount += action.Indicators.Count;
                }
            }
        }

        var elements = new Dictionary<string, IIdentified>(
            strategy.Stakeholders.Count + strategy.Directions.Count + objectiveCount + actionCount + indicatorCount + strategy.Consultations.Count,
            StringComparer.Ordinal);
        var problems = new List<IntegrityProblem>();
        var actions = new List<ActionEntry>(actionCount);
        var indicators = new List<IndicatorEntry>(indicatorCount);
        var references = new List<StakeholderReference>((actionCount * 4) + indicatorCount + strategy.Stakeholders.Count);
        var root = ElementPath.Root;

        void Declare(IIdentified element, ElementPath path)
        {
            if (!elements.TryAdd(element.Id, element))
            {
                problems.Add(new IntegrityProblem(
                    IntegrityProblemKind.DuplicateId,
                    path.Append("id"),
                    element.Id,
                    $"The id '{element.Id}' is already used by another element."));
            }
        }

        void Reference(string? id, StakeholderRole role, ElementPath owner, string member, Pillar? pillar)
        {
            if (id is not null)
            {
                references.Add(new StakeholderReference(id, role, owner, member, pillar));
            }
        }

        void ReferenceAll(EquatableArray<string> ids, StakeholderRole role, ElementPath owner, string member, Pillar? pillar)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                references.Add(new StakeholderReference(ids[i], role, owner, member, pillar, i));
            }
        }

        void AddIndicators(EquatableArray<Indicator> list, ElementPath owner, Direction direction, Objective objective, StrategyAction? action)
        {
            var listPath = owner.Member("indicators");
            for (var i = 0; i < list.Count; i++)
            {
                var indicator = list[i];
                var path = listPath.Item(i);
                Declare(indicator, path);
                indicators.Add(new IndicatorEntry(indicator, direction, objective, action, path));
                Reference(indicator.Responsible, StakeholderRole.Responsible, path, "responsible", direction.Pillar);
            }
        }

        var stakeholdersPath = root.Member("stakeholders");
        for (var i = 0; i < strategy.Stakeholders.Count; i++)
        {
            var stakeholder = strategy.Stakeholders[i];
            var path = stakeholdersPath.Item(i);
            Declare(stakeholder, path);
            Reference(stakeholder.Parent, StakeholderRole.Parent, path, "parent", null);
        }

        if (strategy.WorkingGroup is { } group)
        {
            var path = root.Member("workingGroup");
            Reference(group.Chair, StakeholderRole.Chair, path, "chair", null);
            ReferenceAll(group.Members, StakeholderRole.Member, path, "members", null);
        }

        var directionsPath = root.Member("directions");
        for (var d = 0; d < strategy.Directions.Count; d++)
        {
            var direction = strategy.Directions[d];
            var directionPath = directionsPath.Item(d);
            Declare(direction, directionPath);
            var objectivesPath = directionPath.Member("objectives");
            for (var o = 0; o < direction.Objectives.Count; o++)
            {
                var objective = direction.Objectives[o];
                var objectivePath = objectivesPath.Item(o);
                Declare(objective, objectivePath);
                AddIndicators(objective.Indicators, objectivePath, direction, objective, null);
                var actionsPath = objectivePath.Member("actions");
                for (var a = 0; a < objective.Actions.Count; a++)
                {
                    var action = objective.Actions[a];
                    var actionPath = actionsPath.Item(a);
                    Declare(action, actionPath);
                    actions.Add(new ActionEntry(action, direction, objective, actionPath));
                    Reference(action.Lead, StakeholderRole.Lead, actionPath, "lead", direction.Pillar);
                    ReferenceAll(action.Partners, StakeholderRole.Partner, actionPath, "partners", direction.Pillar);
                    Reference(action.FundingSource, StakeholderRole.Funder, actionPath, "fundingSource", direction.Pillar);
                    AddIndicators(action.Indicators, actionPath, direction, objective, action);
                }
            }
        }

        if (strategy.Monitoring is { } monitoring)
        {
            var path = root.Member("monitoring");
            Reference(monitoring.Body, StakeholderRole.MonitoringBody, path, "body", null);
            var evaluationsPath = path.Member("evaluations");
            for (var i = 0; i < monitoring.Evaluations.Count; i++)
            {
                Reference(monitoring.Evaluations[i].Evaluator, StakeholderRole.Evaluator, evaluationsPath.Item(i), "evaluator", null);
            }
        }

        var consultationsPath = root.Member("consultations");
        for (var i = 0; i < strategy.Consultations.Count; i++)
        {
            var consultation = strategy.Consultations[i];
            var path = consultationsPath.Item(i);
            Declare(consultation, path);
            ReferenceAll(consultation.Participants, StakeholderRole.Participant, path, "participants", null);
        }

        if (strategy.Adoption is { } adoption)
        {
            Reference(adoption.Authority, StakeholderRole.Authority, root.Member("adoption"), "authority", null);
        }

        var fundingPath = root.Member("funding");
        for (var i = 0; i < strategy.Funding.Count; i++)
        {
            Reference(strategy.Funding[i].Source, StakeholderRole.Funder, fundingPath.Item(i), "source", null);
        }

        _elements = elements;
        _stakeholders = strategy.Stakeholders
            .DistinctBy(s => s.Id, StringComparer.Ordinal)
            .ToDictionary(s => s.Id, StringComparer.Ordinal);

        foreach (var reference in references)
        {
            if (!_stakeholders.ContainsKey(reference.StakeholderId))
            {
                var what = _elements.TryGetValue(reference.StakeholderId, out var other)
                    ? $"'{reference.StakeholderId}' is {KindName(other)}, not a stakeholder."
                    : $"No stakeholder has the id '{reference.StakeholderId}'.";
                problems.Add(new IntegrityProblem(IntegrityProblemKind.DanglingReference, reference.Pointer, reference.StakeholderId, what));
            }

            if (!_referencesById.TryGetValue(reference.StakeholderId, out var list))
            {
                _referencesById[reference.StakeholderId] = list = [];
            }

            list.Add(reference);
        }

        Actions = actions;
        Indicators = indicators;
        References = references;
        Problems = problems;
    }

    /// <summary>Every action with where it stands, in document order.</summary>
    public IReadOnlyList<ActionEntry> Actions { get; }

    /// <summary>Every indicator with its owner, in document order.</summary>
    public IReadOnlyList<IndicatorEntry> Indicators { get; }

    /// <summary>Every place that names a stakeholder, in document order.</summary>
    public IReadOnlyList<StakeholderReference> References { get; }

    /// <summary>The document-wide problems found while building the index.</summary>
    public IReadOnlyList<IntegrityProblem> Problems { get; }

    /// <summary>The stakeholder with <paramref name="id"/>.</summary>
    /// <param name="id">A stakeholder id.</param>
    /// <returns>The stakeholder, or <see langword="null"/>.</returns>
    public Stakeholder? FindStakeholder(string id) => _stakeholders.GetValueOrDefault(id);

    /// <summary>The element (stakeholder, direction, objective, action, indicator or consultation) with <paramref name="id"/>.</summary>
    /// <param name="id">An id.</param>
    /// <returns>The first element with that id, or <see langword="null"/>.</returns>
    public IIdentified? Find(string id) => _elements.GetValueOrDefault(id);

    /// <summary>The places that name the stakeholder <paramref name="id"/>.</summary>
    /// <param name="id">A stakeholder id.</param>
    /// <returns>The references, in document order.</returns>
    public IReadOnlyList<StakeholderReference> ReferencesTo(string id) =>
        _referencesById.TryGetValue(id, out var list) ? list : [];

    internal static string KindName(IIdentified element) => element switch
    {
        Stakeholder => "a stakeholder",
        Direction => "a direction",
        Objective => "an objective",
        StrategyAction => "an action",
        Indicator => "an indicator",
        Consultation => "a consultation",
        _ => "another element",
    };
}
