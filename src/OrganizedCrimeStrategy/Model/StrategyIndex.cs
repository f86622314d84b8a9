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
    /// <summary>Two elements share an id (the rule OCS001 unique-ids reports it).</summary>
    DuplicateId,

    /// <summary>A reference names no stakeholder: no element has the id, or the element that has it is not a stakeholder (the rule OCS002 references-resolve reports it).</summary>
    DanglingReference,
}

/// <summary>
/// A document-wide problem of a strategy: what JSON Schema cannot express, so that a document with it is still read and
/// written (FORMAT.md, Ref), and the completeness rules OCS001 and OCS002 report it.
/// </summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Pointer">The JSON Pointer of the place: the <c>id</c> member of the second element with the id, or the reference itself.</param>
/// <param name="Id">The id concerned.</param>
/// <param name="Message">A sentence a person understands, in English.</param>
public sealed record IntegrityProblem(IntegrityProblemKind Kind, string Pointer, string Id, string Message)
{
    /// <summary>The pillar of the element concerned (the element with the id, or the element that holds the reference) when it is inside a direction.</summary>
    public Pillar? Pillar { get; init; }
}

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

/// <summary>
/// An action and its place, as a value: what the engine and the built-in rules walk, so that a check makes no
/// object per action. <see cref="ActionEntry"/> is the public face of the same.
/// </summary>
internal readonly struct ActionSlot(StrategyAction action, Direction direction, Objective objective, int directionIndex, int objectiveIndex, int actionIndex)
{
    public StrategyAction Action { get; } = action;

    public Direction Direction { get; } = direction;

    public Objective Objective { get; } = objective;

    public int DirectionIndex { get; } = directionIndex;

    public int ObjectiveIndex { get; } = objectiveIndex;

    public int ActionIndex { get; } = actionIndex;

    public Pillar Pillar => Direction.Pillar;

    /// <summary>The JSON Pointer of the action, made anew at each call (a failure asks once).</summary>
    public string Pointer => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"/directions/{DirectionIndex}/objectives/{ObjectiveIndex}/actions/{ActionIndex}");
}

/// <summary>An indicator and its place, as a value (see <see cref="ActionSlot"/>).</summary>
internal readonly struct IndicatorSlot(Indicator indicator, Direction direction, Objective objective, StrategyAction? action, int directionIndex, int objectiveIndex, int actionIndex, int indicatorIndex)
{
    public Indicator Indicator { get; } = indicator;

    public Direction Direction { get; } = direction;

    public Objective Objective { get; } = objective;

    /// <summary>The action that owns it, or <see langword="null"/> for an objective's indicator.</summary>
    public StrategyAction? Action { get; } = action;

    public int DirectionIndex { get; } = directionIndex;

    public int ObjectiveIndex { get; } = objectiveIndex;

    /// <summary>The index of its action in the objective, or -1.</summary>
    public int ActionIndex { get; } = actionIndex;

    public int IndicatorIndex { get; } = indicatorIndex;

    public Pillar Pillar => Direction.Pillar;

    /// <summary>The JSON Pointer of the indicator, made anew at each call.</summary>
    public string Pointer => ActionIndex < 0
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/directions/{DirectionIndex}/objectives/{ObjectiveIndex}/indicators/{IndicatorIndex}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/directions/{DirectionIndex}/objectives/{ObjectiveIndex}/actions/{ActionIndex}/indicators/{IndicatorIndex}");
}

/// <summary>An action with its place in the document.</summary>
public sealed class ActionEntry
{
    private readonly ActionSlot _slot;
    private string? _pointer;

    internal ActionEntry(in ActionSlot slot) => _slot = slot;

    /// <summary>The action.</summary>
    public StrategyAction Action => _slot.Action;

    /// <summary>The direction it falls under.</summary>
    public Direction Direction => _slot.Direction;

    /// <summary>The objective it serves.</summary>
    public Objective Objective => _slot.Objective;

    /// <summary>The P of its direction.</summary>
    public Pillar Pillar => _slot.Pillar;

    /// <summary>The JSON Pointer of the action, such as <c>/directions/0/objectives/1/actions/2</c>.</summary>
    /// <remarks>Built on first use from the action's position, so that indexing costs no text for places nobody asks for.</remarks>
    public string Pointer => _pointer ??= _slot.Pointer;
}

/// <summary>An indicator with its owner and place in the document.</summary>
public sealed class IndicatorEntry
{
    private readonly IndicatorSlot _slot;
    private string? _pointer;

    internal IndicatorEntry(in IndicatorSlot slot) => _slot = slot;

    /// <summary>The indicator.</summary>
    public Indicator Indicator => _slot.Indicator;

    /// <summary>The direction it falls under.</summary>
    public Direction Direction => _slot.Direction;

    /// <summary>The objective that owns it, or that owns its action.</summary>
    public Objective Objective => _slot.Objective;

    /// <summary>The action that owns it, or <see langword="null"/> for an objective's indicator.</summary>
    public StrategyAction? Action => _slot.Action;

    /// <summary>The element that owns it: the action, or else the objective.</summary>
    public IIdentified Owner => (IIdentified?)Action ?? Objective;

    /// <summary>The P of its direction.</summary>
    public Pillar Pillar => _slot.Pillar;

    /// <summary>The JSON Pointer of the indicator.</summary>
    /// <remarks>Built on first use from the indicator's position.</remarks>
    public string Pointer => _pointer ??= _slot.Pointer;
}

/// <summary>
/// An element that has an id or holds a reference, as a value: its kind and position (an action or indicator of the
/// outline, a stakeholder, direction, objective or consultation by index) or a path, so that walking every element
/// makes no object; the pointer is made only when a problem asks for it.
/// </summary>
internal readonly struct ReferenceOwner
{
    private readonly ElementPath? _path;
    private readonly OwnerKind _kind;
    private readonly int _first;
    private readonly int _second;

    private ReferenceOwner(ElementPath? path, OwnerKind kind, int first, int second)
    {
        _path = path;
        _kind = kind;
        _first = first;
        _second = second;
    }

    private enum OwnerKind
    {
        Path,
        Action,
        Indicator,
        Stakeholder,
        Direction,
        Objective,
        Consultation,
    }

    public static ReferenceOwner Of(ElementPath path) => new(path, OwnerKind.Path, 0, 0);

    public static ReferenceOwner OfAction(int action) => new(null, OwnerKind.Action, action, 0);

    public static ReferenceOwner OfIndicator(int indicator) => new(null, OwnerKind.Indicator, indicator, 0);

    public static ReferenceOwner OfStakeholder(int index) => new(null, OwnerKind.Stakeholder, index, 0);

    public static ReferenceOwner OfDirection(int index) => new(null, OwnerKind.Direction, index, 0);

    public static ReferenceOwner OfObjective(int direction, int objective) => new(null, OwnerKind.Objective, direction, objective);

    public static ReferenceOwner OfConsultation(int index) => new(null, OwnerKind.Consultation, index, 0);

    /// <summary>The JSON Pointer of the member <paramref name="member"/> (its item <paramref name="item"/>, or the member itself for -1) of this owner.</summary>
    public string PointerOf(ActionSlot[] actions, IndicatorSlot[] indicators, string member, int item)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var owner = _kind switch
        {
            OwnerKind.Action => actions[_first].Pointer,
            OwnerKind.Indicator => indicators[_first].Pointer,
            OwnerKind.Stakeholder => string.Create(culture, $"/stakeholders/{_first}"),
            OwnerKind.Direction => string.Create(culture, $"/directions/{_first}"),
            OwnerKind.Objective => string.Create(culture, $"/directions/{_first}/objectives/{_second}"),
            OwnerKind.Consultation => string.Create(culture, $"/consultations/{_first}"),
            _ => _path!.Pointer,
        };
        return item < 0
            ? string.Concat(owner, "/", member)
            : string.Create(culture, $"{owner}/{member}/{item}");
    }
}

/// <summary>A place in the document that names a stakeholder.</summary>
public sealed class StakeholderReference
{
    private readonly ActionSlot[] _actions;
    private readonly IndicatorSlot[] _indicators;
    private readonly ReferenceOwner _owner;
    private readonly string _member;
    private readonly int _item;
    private string? _pointer;

    internal StakeholderReference(string stakeholderId, StakeholderRole role, ActionSlot[] actions, IndicatorSlot[] indicators, in ReferenceOwner owner, string member, Pillar? pillar, int item)
    {
        StakeholderId = stakeholderId;
        Role = role;
        _actions = actions;
        _indicators = indicators;
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
    /// <remarks>Built on first use from the owner's position.</remarks>
    public string Pointer => _pointer ??= _owner.PointerOf(_actions, _indicators, _member, _item);
}

/// <summary>
/// Lookups over one <see cref="Strategy"/>: ids, actions and indicators with their places, and who is named where.
/// Obtain it from <see cref="Strategy.Index"/>.
/// </summary>
/// <remarks>
/// Each part is built on first use, in one pass, and kept: the actions and indicators with their places (and the
/// roles named there), their public entries, the stakeholders by id, the references, and the ids of all elements
/// with the document-wide problems. A check walks the actions and indicators as values and uses the summary of
/// roles, so it makes no object per element and never pays for the rest. Safe to use from several threads at once
/// (a part built twice at the same moment is built the same way, and one of the two is kept).
/// </remarks>
public sealed class StrategyIndex
{
    private readonly Strategy _strategy;
    private Outline? _outline;
    private Entries? _entries;
    private Dictionary<string, Stakeholder>? _stakeholders;
    private Dictionary<string, int>? _roles;
    private ReferenceTable? _references;
    private Integrity? _integrity;
    private long _visits;

    internal StrategyIndex(Strategy strategy) => _strategy = strategy;

    /// <summary>
    /// How many elements and references the parts built so far have visited: the index's share of the work of a check,
    /// counted so that a test can show it grows linearly with the document (no clock involved).
    /// </summary>
    internal long Visits => Interlocked.Read(ref _visits);

    /// <summary>Every action with where it stands, in document order.</summary>
    public IReadOnlyList<ActionEntry> Actions => GetEntries().Actions;

    /// <summary>Every indicator with its owner, in document order.</summary>
    public IReadOnlyList<IndicatorEntry> Indicators => GetEntries().Indicators;

    /// <summary>Every action with its place, as values, in document order: what a check walks.</summary>
    internal ActionSlot[] ActionSlots => GetOutline().Actions;

    /// <summary>Every indicator with its place, as values, in document order.</summary>
    internal IndicatorSlot[] IndicatorSlots => GetOutline().Indicators;

    /// <summary>Every place that names a stakeholder, in document order.</summary>
    public IReadOnlyList<StakeholderReference> References => GetReferences().All;

    /// <summary>
    /// The document-wide problems: first every id used a second time (at its element's <c>id</c> member), then every
    /// reference that names no stakeholder, each in document order. One linear pass, made on first use.
    /// </summary>
    public IReadOnlyList<IntegrityProblem> Problems => GetIntegrity().Problems;

    /// <summary>How many elements have an id, by slot (0: outside any pillar, 1 + pillar): what OCS001 checks.</summary>
    internal int[] IdentifiedCounts => GetIntegrity().IdentifiedCounts;

    /// <summary>How many references name a stakeholder, by slot (0: outside any pillar, 1 + pillar): what OCS002 checks.</summary>
    internal int[] ReferenceCounts => GetIntegrity().ReferenceCounts;

    /// <summary>The stakeholder with <paramref name="id"/>.</summary>
    /// <param name="id">A stakeholder id.</param>
    /// <returns>The stakeholder (the first with that id), or <see langword="null"/>.</returns>
    public Stakeholder? FindStakeholder(string id) => GetStakeholders().GetValueOrDefault(id);

    /// <summary>The element (stakeholder, direction, objective, action, indicator or consultation) with <paramref name="id"/>.</summary>
    /// <param name="id">An id.</param>
    /// <returns>The first element with that id, or <see langword="null"/>.</returns>
    public IIdentified? Find(string id) => GetIntegrity().Elements.GetValueOrDefault(id);

    /// <summary>The places that name the stakeholder <paramref name="id"/>.</summary>
    /// <param name="id">A stakeholder id.</param>
    /// <returns>The references, in document order.</returns>
    public IReadOnlyList<StakeholderReference> ReferencesTo(string id) =>
        GetReferences().ById.TryGetValue(id, out var list) ? list : [];

    /// <summary>Whether the stakeholder <paramref name="id"/> is named anywhere in one of the roles of <paramref name="roles"/>.</summary>
    /// <remarks>Answered from a summary of roles by id, without building the references.</remarks>
    internal bool HasRole(string id, ReadOnlySpan<StakeholderRole> roles)
    {
        var mask = GetRoles().GetValueOrDefault(id);
        foreach (var role in roles)
        {
            if ((mask & (1 << (int)role)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records that <paramref name="id"/> is named in <paramref name="role"/>: roles are bits by stakeholder id.</summary>
    private static void AddRole(Dictionary<string, int> roles, string id, StakeholderRole role) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(roles, id, out _) |= 1 << (int)role;

    private T Counted<T>(T part, long visits)
    {
        Interlocked.Add(ref _visits, visits);
        return part;
    }

    private Outline GetOutline() => LazyInitializer.EnsureInitialized(ref _outline, () => new Outline(_strategy) is var o ? Counted(o, o.Visited) : o);

    private Dictionary<string, Stakeholder> GetStakeholders() => LazyInitializer.EnsureInitialized(ref _stakeholders, () =>
    {
        var stakeholders = new Dictionary<string, Stakeholder>(_strategy.Stakeholders.Count, StringComparer.Ordinal);
        foreach (var stakeholder in _strategy.Stakeholders)
        {
            stakeholders.TryAdd(stakeholder.Id, stakeholder);
        }

        return Counted(stakeholders, _strategy.Stakeholders.Count);
    });

    private Dictionary<string, int> GetRoles() => LazyInitializer.EnsureInitialized(ref _roles, () =>
    {
        // The roles inside the directions come with the outline, which reads each action and indicator anyway;
        // the few outside them are added here.
        var roles = new Dictionary<string, int>(GetOutline().Roles, StringComparer.Ordinal);
        var visited = 0L;
        Walk(_strategy, null, (id, role, in _, _, _, _) =>
        {
            visited++;
            AddRole(roles, id, role);
        });
        return Counted(roles, visited);
    });

    private Entries GetEntries() => LazyInitializer.EnsureInitialized(ref _entries, () => new Entries(GetOutline()));

    private ReferenceTable GetReferences() => LazyInitializer.EnsureInitialized(ref _references, () => new ReferenceTable(_strategy, GetOutline()));

    private Integrity GetIntegrity() => LazyInitializer.EnsureInitialized(ref _integrity, () => new Integrity(_strategy, GetOutline(), GetStakeholders()) is var i ? Counted(i, i.Visited) : i);

    /// <summary>A visit of one place that names a stakeholder: id, role, owner, member, pillar, item (-1 for a single reference).</summary>
    private delegate void ReferenceVisitor(string id, StakeholderRole role, in ReferenceOwner owner, string member, Pillar? pillar, int item);

    /// <summary>
    /// Visits every place that names a stakeholder, in document order. Without an outline, only the places outside the
    /// directions (the outline has already summarised the roles inside them).
    /// </summary>
    private static void Walk(Strategy strategy, Outline? outline, ReferenceVisitor visit)
    {
        var root = ElementPath.Root;

        void One(string? id, StakeholderRole role, in ReferenceOwner owner, string member, Pillar? pillar)
        {
            if (id is not null)
            {
                visit(id, role, owner, member, pillar, -1);
            }
        }

        void All(EquatableArray<string> ids, StakeholderRole role, in ReferenceOwner owner, string member, Pillar? pillar)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                visit(ids[i], role, owner, member, pillar, i);
            }
        }

        for (var i = 0; i < strategy.Stakeholders.Count; i++)
        {
            if (strategy.Stakeholders[i].Parent is { } parent)
            {
                visit(parent, StakeholderRole.Parent, ReferenceOwner.OfStakeholder(i), "parent", null, -1);
            }
        }

        if (strategy.WorkingGroup is { } group)
        {
            var path = ReferenceOwner.Of(root.Member("workingGroup"));
            One(group.Chair, StakeholderRole.Chair, path, "chair", null);
            All(group.Members, StakeholderRole.Member, path, "members", null);
        }

        // The outline's slots are in document order: the references inside the directions point through their
        // positions, so that no object is made for a place until someone asks for its pointer.
        if (outline is not null)
        {
            var actions = outline.Actions;
            var indicators = outline.Indicators;
            int a = 0, n = 0;
            foreach (var direction in strategy.Directions)
            {
                foreach (var objective in direction.Objectives)
                {
                    for (var i = 0; i < objective.Indicators.Count; i++, n++)
                    {
                        One(indicators[n].Indicator.Responsible, StakeholderRole.Responsible, ReferenceOwner.OfIndicator(n), "responsible", direction.Pillar);
                    }

                    for (var k = 0; k < objective.Actions.Count; k++, a++)
                    {
                        var action = actions[a].Action;
                        var owner = ReferenceOwner.OfAction(a);
                        One(action.Lead, StakeholderRole.Lead, owner, "lead", direction.Pillar);
                        All(action.Partners, StakeholderRole.Partner, owner, "partners", direction.Pillar);
                        One(action.FundingSource, StakeholderRole.Funder, owner, "fundingSource", direction.Pillar);
                        for (var i = 0; i < action.Indicators.Count; i++, n++)
                        {
                            One(indicators[n].Indicator.Responsible, StakeholderRole.Responsible, ReferenceOwner.OfIndicator(n), "responsible", direction.Pillar);
                        }
                    }
                }
            }
        }

        if (strategy.Monitoring is { } monitoring)
        {
            var path = root.Member("monitoring");
            One(monitoring.Body, StakeholderRole.MonitoringBody, ReferenceOwner.Of(path), "body", null);
            var evaluationsPath = path.Member("evaluations");
            for (var i = 0; i < monitoring.Evaluations.Count; i++)
            {
                One(monitoring.Evaluations[i].Evaluator, StakeholderRole.Evaluator, ReferenceOwner.Of(evaluationsPath.Item(i)), "evaluator", null);
            }
        }

        for (var i = 0; i < strategy.Consultations.Count; i++)
        {
            All(strategy.Consultations[i].Participants, StakeholderRole.Participant, ReferenceOwner.OfConsultation(i), "participants", null);
        }

        if (strategy.Adoption is { } adoption)
        {
            One(adoption.Authority, StakeholderRole.Authority, ReferenceOwner.Of(root.Member("adoption")), "authority", null);
        }

        var fundingPath = root.Member("funding");
        for (var i = 0; i < strategy.Funding.Count; i++)
        {
            One(strategy.Funding[i].Source, StakeholderRole.Funder, ReferenceOwner.Of(fundingPath.Item(i)), "source", null);
        }
    }

    /// <summary>The actions and indicators with their places, in document order.</summary>
    private sealed class Outline
    {
        public Outline(Strategy strategy)
        {
            // Counted first, so that no list grows by copying.
            int actionCount = 0, indicatorCount = 0;
            foreach (var direction in strategy.Directions)
            {
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

            var actions = new ActionSlot[actionCount];
            var indicators = new IndicatorSlot[indicatorCount];
            var roles = new Dictionary<string, int>(Math.Max(4, strategy.Stakeholders.Count), StringComparer.Ordinal);

            var visited = 0L;
            void Named(string? id, StakeholderRole role)
            {
                if (id is not null)
                {
                    visited++;
                    AddRole(roles, id, role);
                }
            }

            int a = 0, n = 0;
            for (var d = 0; d < strategy.Directions.Count; d++)
            {
                var direction = strategy.Directions[d];
                for (var o = 0; o < direction.Objectives.Count; o++)
                {
                    var objective = direction.Objectives[o];
                    var own = objective.Indicators.AsSpan();
                    for (var i = 0; i < own.Length; i++)
                    {
                        indicators[n++] = new IndicatorSlot(own[i], direction, objective, null, d, o, -1, i);
                        Named(own[i].Responsible, StakeholderRole.Responsible);
                    }

                    var objectiveActions = objective.Actions.AsSpan();
                    for (var k = 0; k < objectiveActions.Length; k++)
                    {
                        var action = objectiveActions[k];
                        actions[a++] = new ActionSlot(action, direction, objective, d, o, k);
                        Named(action.Lead, StakeholderRole.Lead);
                        foreach (var partner in action.Partners.AsSpan())
                        {
                            Named(partner, StakeholderRole.Partner);
                        }

                        Named(action.FundingSource, StakeholderRole.Funder);
                        var its = action.Indicators.AsSpan();
                        for (var i = 0; i < its.Length; i++)
                        {
                            indicators[n++] = new IndicatorSlot(its[i], direction, objective, action, d, o, k, i);
                            Named(its[i].Responsible, StakeholderRole.Responsible);
                        }
                    }
                }
            }

            Actions = actions;
            Indicators = indicators;
            Roles = roles;
            Visited = visited + strategy.Directions.Count + a + n;
        }

        /// <summary>The elements and references visited: every direction, action and indicator, and every role named.</summary>
        public long Visited { get; }

        public ActionSlot[] Actions { get; }

        public IndicatorSlot[] Indicators { get; }

        /// <summary>The roles named inside the directions, by stakeholder id, as bits of <see cref="StakeholderRole"/>.</summary>
        public Dictionary<string, int> Roles { get; }
    }

    /// <summary>The public entries of the actions and indicators, made from the outline when first asked.</summary>
    private sealed class Entries
    {
        public Entries(Outline outline)
        {
            var actions = new ActionEntry[outline.Actions.Length];
            for (var a = 0; a < actions.Length; a++)
            {
                actions[a] = new ActionEntry(outline.Actions[a]);
            }

            var indicators = new IndicatorEntry[outline.Indicators.Length];
            for (var n = 0; n < indicators.Length; n++)
            {
                indicators[n] = new IndicatorEntry(outline.Indicators[n]);
            }

            Actions = actions;
            Indicators = indicators;
        }

        public IReadOnlyList<ActionEntry> Actions { get; }

        public IReadOnlyList<IndicatorEntry> Indicators { get; }
    }

    /// <summary>Every reference, and the references by stakeholder id.</summary>
    private sealed class ReferenceTable
    {
        public ReferenceTable(Strategy strategy, Outline outline)
        {
            var all = new List<StakeholderReference>(outline.Actions.Length * 4);
            var byId = new Dictionary<string, List<StakeholderReference>>(strategy.Stakeholders.Count, StringComparer.Ordinal);
            Walk(strategy, outline, (id, role, in owner, member, pillar, item) =>
            {
                var reference = new StakeholderReference(id, role, outline.Actions, outline.Indicators, owner, member, pillar, item);
                all.Add(reference);
                (System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byId, id, out _) ??= []).Add(reference);
            });
            All = all;
            ById = byId;
        }

        public IReadOnlyList<StakeholderReference> All { get; }

        public Dictionary<string, List<StakeholderReference>> ById { get; }
    }

    /// <summary>
    /// Every element by id, the document-wide problems, and how many elements and references there are by pillar (what
    /// OCS001 and OCS002 count): one pass over the elements and one over the references, with hash lookups, reading the
    /// actions and indicators from the outline. A pointer and a message are made only for a problem.
    /// </summary>
    private sealed class Integrity
    {
        public Integrity(Strategy strategy, Outline outline, Dictionary<string, Stakeholder> stakeholders)
        {
            var actions = outline.Actions;
            var indicators = outline.Indicators;
            // Presized for every element with an id, objectives included: a dictionary that grows copies itself.
            var objectives = 0;
            foreach (var direction in strategy.Directions)
            {
                objectives += direction.Objectives.Count;
            }

            var elements = new Dictionary<string, IIdentified>(
                strategy.Stakeholders.Count + strategy.Directions.Count + objectives + actions.Length + indicators.Length + strategy.Consultations.Count,
                StringComparer.Ordinal);
            var problems = new List<IntegrityProblem>();
            var identified = new int[5];
            var referenced = new int[5];
            var messages = Checks.Messages.MessageFormatter.English;

            static int Slot(Pillar? pillar) => pillar is { } p ? 1 + (int)p : 0;

            void Declare(IIdentified element, in ReferenceOwner place, Pillar? pillar)
            {
                Visited++;
                identified[Slot(pillar)]++;
                if (!elements.TryAdd(element.Id, element))
                {
                    var first = elements[element.Id];
                    problems.Add(new IntegrityProblem(
                        IntegrityProblemKind.DuplicateId,
                        place.PointerOf(actions, indicators, "id", -1),
                        element.Id,
                        messages.Format("OCS001", ("id", element.Id), ("kind", Localization.ElementNames.Of(first, messages.Language))))
                    {
                        Pillar = pillar,
                    });
                }
            }

            for (var i = 0; i < strategy.Stakeholders.Count; i++)
            {
                Declare(strategy.Stakeholders[i], ReferenceOwner.OfStakeholder(i), null);
            }

            // Document order: each direction, its objectives, each objective's indicators, then its actions and theirs.
            int a = 0, n = 0;
            for (var d = 0; d < strategy.Directions.Count; d++)
            {
                var direction = strategy.Directions[d];
                var pillar = direction.Pillar;
                Declare(direction, ReferenceOwner.OfDirection(d), pillar);
                for (var o = 0; o < direction.Objectives.Count; o++)
                {
                    var objective = direction.Objectives[o];
                    Declare(objective, ReferenceOwner.OfObjective(d, o), pillar);
                    for (var i = 0; i < objective.Indicators.Count; i++, n++)
                    {
                        Declare(indicators[n].Indicator, ReferenceOwner.OfIndicator(n), pillar);
                    }

                    for (var k = 0; k < objective.Actions.Count; k++, a++)
                    {
                        Declare(actions[a].Action, ReferenceOwner.OfAction(a), pillar);
                        for (var i = 0; i < actions[a].Action.Indicators.Count; i++, n++)
                        {
                            Declare(indicators[n].Indicator, ReferenceOwner.OfIndicator(n), pillar);
                        }
                    }
                }
            }

            for (var i = 0; i < strategy.Consultations.Count; i++)
            {
                Declare(strategy.Consultations[i], ReferenceOwner.OfConsultation(i), null);
            }

            Walk(strategy, outline, (id, _, in owner, member, pillar, item) =>
            {
                Visited++;
                referenced[Slot(pillar)]++;
                if (!stakeholders.ContainsKey(id))
                {
                    var message = elements.TryGetValue(id, out var other)
                        ? messages.Format("OCS002.notStakeholder", ("id", id), ("kind", Localization.ElementNames.Of(other, messages.Language)))
                        : messages.Format("OCS002.missing", ("id", id));
                    problems.Add(new IntegrityProblem(IntegrityProblemKind.DanglingReference, owner.PointerOf(actions, indicators, member, item), id, message)
                    {
                        Pillar = pillar,
                    });
                }
            });

            Elements = elements;
            Problems = problems;
            IdentifiedCounts = identified;
            ReferenceCounts = referenced;
        }

        public Dictionary<string, IIdentified> Elements { get; }

        /// <summary>The elements declared and the references resolved.</summary>
        public long Visited { get; private set; }

        public IReadOnlyList<IntegrityProblem> Problems { get; }

        public int[] IdentifiedCounts { get; }

        public int[] ReferenceCounts { get; }
    }
}
