using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Generators;

/// <summary>
/// FsCheck generators of <em>every</em> strategy the model's constructors accept, including what only the completeness
/// rules reject: an id used by two elements (any two kinds), and a reference that names nobody or an element that is
/// not a stakeholder. A valid strategy of <see cref="StrategyGenerators"/> gets zero to three such breaks.
/// </summary>
/// <remarks>Use <c>[Property(Arbitrary = [typeof(AnyStrategyGenerators)])]</c> with a <see cref="Model.Strategy"/> parameter.</remarks>
public static class AnyStrategyGenerators
{
    private static readonly string[] Outsiders = ["ghost", "nobody.1", "ministry-of-magic"];

    /// <summary>A strategy the constructors accept, whole or with integrity problems.</summary>
    public static Gen<Strategy> Strategy() =>
        from strategy in StrategyGenerators.Strategy()
        from breaks in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Break(), n))
        select breaks.Aggregate(strategy, Apply);

    /// <summary>The arbitrary of <see cref="Strategy"/> (no shrinking), for <c>[Property(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<Strategy> StrategyArbitrary() => Arb.From(Strategy());

    /// <summary>One break: an id made equal to another element's, or a reference made to name another id or nobody.</summary>
    private static Gen<(bool Id, int At, int Target, bool Outside)> Break() =>
        from id in Gen.Elements(true, false)
        from at in Gen.Choose(0, 1000)
        from target in Gen.Choose(0, 1000)
        from outside in Gen.Elements(true, false)
        select (id, at, target, outside);

    private static Strategy Apply(Strategy strategy, (bool Id, int At, int Target, bool Outside) change)
    {
        var ids = new Rewriter(-1, null, -1, null).Run(strategy).Ids;
        if (ids.Count == 0)
        {
            return strategy;
        }

        var target = ids[change.Target % ids.Count];
        if (change.Id)
        {
            return new Rewriter(change.At % ids.Count, target, -1, null).Run(strategy).Strategy;
        }

        var references = new Rewriter(-1, null, -1, null).Run(strategy).References;
        return references == 0
            ? strategy
            : new Rewriter(-1, null, change.At % references, change.Outside ? Outsiders[change.Target % Outsiders.Length] : target).Run(strategy).Strategy;
    }

    /// <summary>
    /// Walks a strategy in document order, listing its ids and counting its references, and replaces the id of the
    /// element number <c>idAt</c> and the reference number <c>referenceAt</c> (-1: none).
    /// </summary>
    private sealed class Rewriter(int idAt, string? newId, int referenceAt, string? newReference)
    {
        private int _references;

        public List<string> Ids { get; } = [];

        public int References => _references;

        public (Strategy Strategy, List<string> Ids, int References) Run(Strategy s)
        {
            var result = s with
            {
                Stakeholders = s.Stakeholders.Select(h => h with { Id = Id(h.Id), Parent = Ref(h.Parent) }).ToEquatableArray(),
                WorkingGroup = s.WorkingGroup is { } g ? g with { Chair = Ref(g.Chair), Members = Refs(g.Members) } : null,
                Directions = s.Directions.Select(d => d with
                {
                    Id = Id(d.Id),
                    Objectives = d.Objectives.Select(o => o with
                    {
                        Id = Id(o.Id),
                        Indicators = o.Indicators.Select(Indicator).ToEquatableArray(),
                        Actions = o.Actions.Select(a => a with
                        {
                            Id = Id(a.Id),
                            Lead = Ref(a.Lead),
                            Partners = Refs(a.Partners),
                            FundingSource = Ref(a.FundingSource),
                            Indicators = a.Indicators.Select(Indicator).ToEquatableArray(),
                        }).ToEquatableArray(),
                    }).ToEquatableArray(),
                }).ToEquatableArray(),
                Monitoring = s.Monitoring is { } m
                    ? m with { Body = Ref(m.Body), Evaluations = m.Evaluations.Select(e => e with { Evaluator = Ref(e.Evaluator) }).ToEquatableArray() }
                    : null,
                Consultations = s.Consultations.Select(c => c with { Id = Id(c.Id), Participants = Refs(c.Participants) }).ToEquatableArray(),
                Adoption = s.Adoption is { } a2 ? a2 with { Authority = Ref(a2.Authority) } : null,
                Funding = s.Funding.Select(f => f with { Source = Ref(f.Source)! }).ToEquatableArray(),
            };
            return (result, Ids, _references);
        }

        private Indicator Indicator(Indicator indicator) => indicator with { Id = Id(indicator.Id), Responsible = Ref(indicator.Responsible) };

        private string Id(string id)
        {
            var replaced = Ids.Count == idAt ? newId! : id;
            Ids.Add(id);
            return replaced;
        }

        private string? Ref(string? reference)
        {
            if (reference is null)
            {
                return null;
            }

            return _references++ == referenceAt ? newReference : reference;
        }

        private EquatableArray<string> Refs(EquatableArray<string> references) => references.Select(r => Ref(r)!).ToEquatableArray();
    }
}
