using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Tests.Generators;

namespace OrganizedCrimeStrategy.Tests.Checks;

/// <summary>Strategies for the score properties: random valid ones, and the complete one with some rules broken.</summary>
public static class MixedStrategies
{
    public static Arbitrary<Strategy> Strategy() => Arb.From(Gen.OneOf(StrategyGenerators.Strategy(), PartlyBroken()));

    /// <summary>
    /// The complete strategy with a random subset of the rule cases applied; a case that no longer applies to the
    /// already-broken document is skipped, and so is one that leaves an integrity problem (the OCS001 and OCS002 cases):
    /// OCS001 reports the second element with an id, so which element fails depends on the order of the document, and
    /// removing the first one moves the finding. The properties below that hold for any strategy are checked on those
    /// too in <c>Integrity/AnyModelProperties</c>.
    /// </summary>
    public static Gen<Strategy> PartlyBroken() =>
        from stage in Gen.Elements(Enum.GetValues<StrategyStage>())
        from cases in Gen.SubListOf(RuleTests.Cases.Values.ToArray())
        from order in Gen.Shuffle(cases.ToArray())
        select Apply(CompleteStrategy.Build(stage), order);

    /// <summary>Applies the rule cases in order, skipping a case that no longer applies to the already-broken document.</summary>
    public static Strategy Apply(Strategy complete, IEnumerable<RuleTests.Case> cases) =>
        cases.Aggregate(complete, (strategy, c) =>
        {
            try
            {
                var broken = c.Break(strategy);
                return broken.FindIntegrityProblems().Count == 0 ? broken : strategy;
            }
            catch (Exception e) when (e is NullReferenceException or ArgumentException or IndexOutOfRangeException or InvalidCastException)
            {
                return strategy;
            }
        });
}

/// <summary>Tests that time work run alone: beside the parallel tests (some start processes) the machine is too busy to compare times.</summary>
[CollectionDefinition(nameof(Timed), DisableParallelization = true)]
public sealed class Timed;

[Collection(nameof(Timed))]
public class ScoreProperties
{
    private static readonly RuleSet WithoutPillarBalance = RuleSet.Create(RuleSettings.Default.Off("OCS205"));

    [Property(Arbitrary = [typeof(MixedStrategies)], MaxTest = 300)]
    public void The_score_is_between_0_and_100_and_is_100_exactly_when_nothing_fails(Strategy strategy, StrategyStage stage, bool russian)
    {
        var result = RuleSet.Toolkit.Check(strategy, new CheckOptions { Stage = stage, Language = russian ? "ru" : "en" });

        Assert.InRange(result.Score.Value, 0, 100);
        Assert.All(result.Pillars, p => Assert.InRange(p.Score.Value, 0, 100));
        Assert.Equal(result.Findings.IsEmpty, result.Score.Value == 100);
        Assert.Equal(result.Score.Checks.Failed, result.Findings.Count);
        Assert.Equal(result.Rules.Sum(r => r.Checks.Applicable), result.Score.Checks.Applicable);
        Assert.True(result.Pillars.Sum(p => p.Score.Checks.Applicable) <= result.Score.Checks.Applicable);
    }

    [Property(MaxTest = 50)]
    public void A_document_that_passes_every_rule_scores_100_at_any_stage(StrategyStage documentStage, StrategyStage checkedStage, bool russian)
    {
        var result = RuleSet.Toolkit.Check(CompleteStrategy.Build(documentStage), new CheckOptions { Stage = checkedStage, Language = russian ? "ru-RU" : "en" });

        Assert.Empty(result.Findings);
        Assert.Equal(100, result.Score.Value);
        Assert.All(result.Pillars, p => Assert.Equal(100, p.Score.Value));
    }

    /// <summary>
    /// The precise form of "removing an indicator, an action or a stakeholder never raises the score": it holds for an
    /// element that no check fails on (no finding at or under its pointer) once pillar balance (OCS205) is off.
    /// Removing such an element drops only passing checks (which cannot raise a weighted share) and can only turn
    /// other checks from passing to failing, or (OCS306, when a removed donor stakeholder leaves an action without a
    /// lead) drop an info check while OCS301's error check starts failing, which lowers the score by more.
    /// The two counter-examples below show why both conditions are needed.
    /// </summary>
    [Property(Arbitrary = [typeof(MixedStrategies)], MaxTest = 300)]
    public Property Removing_an_element_that_no_check_fails_on_never_raises_the_score(Strategy strategy, int pick)
    {
        var before = WithoutPillarBalance.Check(strategy);
        bool Clean(string pointer) => !before.Findings.Any(f => f.Pointer == pointer || f.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal));

        var candidates = new List<(string Kind, Func<Strategy> Remove)>();
        candidates.AddRange(strategy.Indicators.Where(i => Clean(i.Pointer)).Select(i => ("indicator", (Func<Strategy>)(() => strategy.WithoutIndicator(i)))));
        candidates.AddRange(strategy.Actions.Where(a => Clean(a.Pointer)).Select(a => ("action", (Func<Strategy>)(() => strategy.WithoutAction(a)))));
        candidates.AddRange(strategy.Stakeholders.Where((s, i) => Clean($"/stakeholders/{i}")).Select(s => ("stakeholder", (Func<Strategy>)(() => strategy.WithoutStakeholder(s.Id)))));
        if (candidates.Count == 0)
        {
            return true.Classify(true, "no element without findings");
        }

        var (kind, remove) = candidates[(int)((uint)pick % (uint)candidates.Count)];
        var smaller = remove();
        Assert.Empty(smaller.FindIntegrityProblems());
        var after = WithoutPillarBalance.Check(smaller);

        return (after.Score.Value <= before.Score.Value)
            .Label($"{kind}: {before.Score} -> {after.Score}")
            .Classify(true, kind);
    }

    [Fact]
    public void The_removal_property_has_elements_of_every_kind_to_remove()
    {
        var sample = MixedStrategies.Strategy().Generator.Sample(200, 20);
        int indicators = 0, actions = 0, stakeholders = 0;
        foreach (var strategy in sample)
        {
            var findings = WithoutPillarBalance.Check(strategy).Findings;
            bool Clean(string pointer) => !findings.Any(f => f.Pointer == pointer || f.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal));
            indicators += strategy.Indicators.Count(i => Clean(i.Pointer));
            actions += strategy.Actions.Count(a => Clean(a.Pointer));
            stakeholders += strategy.Stakeholders.Where((_, i) => Clean($"/stakeholders/{i}")).Count();
        }

        Assert.True(indicators > 20 && actions > 20 && stakeholders > 20, $"{indicators} indicators, {actions} actions, {stakeholders} stakeholders");
    }

    [Fact]
    public void Counter_example_removing_an_element_with_a_failing_check_raises_the_score()
    {
        // A second prevent action without a lead: removing it removes the failing OCS301 check.
        var strategy = CompleteStrategy.Build().Objective(0, o => o with { Actions = [.. o.Actions, Edit.Copy(o.Actions[0], ".x") with { Lead = null }] });
        var withoutTheAction = strategy.WithoutAction(strategy.Actions[1]);

        Assert.True(WithoutPillarBalance.Check(withoutTheAction).Score.Value > WithoutPillarBalance.Check(strategy).Score.Value);

        var idle = CompleteStrategy.Build() with { Stakeholders = CompleteStrategy.Build().Stakeholders.Add(new Stakeholder { Id = "idle", Name = "Idle", Kind = StakeholderKind.Media }) };
        Assert.True(RuleSet.Toolkit.Check(idle.WithoutStakeholder("idle")).Score.Value > RuleSet.Toolkit.Check(idle).Score.Value);
    }

    [Fact]
    public void Counter_example_pillar_balance_can_rise_when_an_action_without_findings_goes()
    {
        // Prevent holds 5 of 8 actions (62.5 %): OCS205 fails at /directions, not at any action.
        var strategy = RuleTests.Cases["OCS205 prevent holds 5 of 8 actions"].Break(CompleteStrategy.Build());
        var before = RuleSet.Toolkit.Check(strategy);
        var action = strategy.Actions[1];
        Assert.DoesNotContain(before.Findings, f => f.Pointer.StartsWith(action.Pointer, StringComparison.Ordinal));

        var after = RuleSet.Toolkit.Check(strategy.WithoutAction(action));

        Assert.True(after.Score.Value > before.Score.Value);
        Assert.Equal(100, after.Score.Value);
    }

    [Property(Arbitrary = [typeof(MixedStrategies)], MaxTest = 200)]
    public void The_same_document_always_gets_the_same_score(Strategy strategy, StrategyStage stage)
    {
        var options = new CheckOptions { Stage = stage };
        var first = RuleSet.Toolkit.Check(strategy, options);
        var again = RuleSet.Toolkit.Check(strategy, options);
        var copy = RuleSet.Toolkit.Check(strategy with { }, options);
        var reread = RuleSet.Toolkit.Check(StrategyJson.Read(StrategyJson.Write(strategy)).AsT0, options);

        foreach (var other in new[] { again, copy, reread })
        {
            Assert.Equal(first.Score, other.Score);
            Assert.Equal(first.Score.Value, other.Score.Value);
            Assert.Equal(first.Pillars, other.Pillars);
        }
    }

    /// <summary>
    /// Fixing findings, in the precise form the formula promises: the complete strategy broken by some rule cases,
    /// then one case undone. When undoing it fixes a finding in place (no rule fails more checks than before, and a
    /// rule checks no fewer elements unless it now passes them all), neither the score nor any pillar's goes down.
    /// A fix that deletes an element can lower a share (the element's passing checks go with it) and is not one.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Fixing_a_finding_in_place_never_lowers_the_score()
    {
        var fixes =
            from stage in Gen.Elements(Enum.GetValues<StrategyStage>())
            from cases in Gen.SubListOf(RuleTests.Cases.Values.ToArray())
            where cases.Count > 0
            from order in Gen.Shuffle(cases.ToArray())
            from undone in Gen.Choose(0, cases.Count - 1)
            select (stage, order, undone);
        return Prop.ForAll(fixes.ToArbitrary(), fix =>
        {
            var (stage, order, undone) = fix;
            var before = RuleSet.Toolkit.Check(MixedStrategies.Apply(CompleteStrategy.Build(stage), order));
            var after = RuleSet.Toolkit.Check(MixedStrategies.Apply(CompleteStrategy.Build(stage), order.Where((_, i) => i != undone)));
            if (after.Findings.Count >= before.Findings.Count || !NoRuleLoses(before.Score, after.Score))
            {
                return true.Classify(true, "not a fix in place");
            }

            Assert.True(after.Score.Value >= before.Score.Value, $"{before.Score} -> {after.Score}");
            foreach (var pillar in Enum.GetValues<Pillar>())
            {
                if (NoRuleLoses(before.ScoreOf(pillar), after.ScoreOf(pillar)))
                {
                    Assert.True(after.ScoreOf(pillar).Value >= before.ScoreOf(pillar).Value, $"{pillar}: {before.ScoreOf(pillar)} -> {after.ScoreOf(pillar)}");
                }
            }

            return true.Classify(true, "a fix in place");
        });
    }

    [Fact]
    public void Most_undone_cases_are_fixes_in_place()
    {
        var random = new Random(16);
        var cases = RuleTests.Cases.Values.ToArray();
        var inPlace = 0;
        for (var sample = 0; sample < 200; sample++)
        {
            var order = cases.Where(_ => random.Next(4) == 0).OrderBy(_ => random.Next()).ToArray();
            if (order.Length == 0)
            {
                continue;
            }

            var undone = random.Next(order.Length);
            var before = RuleSet.Toolkit.Check(MixedStrategies.Apply(CompleteStrategy.Build(), order));
            var after = RuleSet.Toolkit.Check(MixedStrategies.Apply(CompleteStrategy.Build(), order.Where((_, i) => i != undone)));
            inPlace += after.Findings.Count < before.Findings.Count && NoRuleLoses(before.Score, after.Score) ? 1 : 0;
        }

        Assert.True(inPlace >= 100, $"{inPlace} of 200 undone cases are fixes in place");
    }

    /// <summary>
    /// An element that passes every rule (no finding at or under it, and no new finding anywhere) added to a strategy
    /// never lowers the score or its pillar's: its rules check one element more, which passes.
    /// </summary>
    [Property(Arbitrary = [typeof(MixedStrategies)], MaxTest = 300)]
    public Property Adding_an_element_that_passes_every_rule_never_lowers_the_score(Strategy strategy, int pick)
    {
        var before = WithoutPillarBalance.Check(strategy);
        bool Clean(string pointer) => !before.Findings.Any(f => f.Pointer == pointer || f.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal));

        var candidates = new List<(string Kind, Func<Strategy> Add)>();
        candidates.AddRange(strategy.Indicators.Where(i => Clean(i.Pointer)).Select(i => ("indicator", (Func<Strategy>)(() => strategy.WithIndicatorCopy(i)))));
        candidates.AddRange(strategy.Actions.Where(a => Clean(a.Pointer)).Select(a => ("action", (Func<Strategy>)(() => strategy.WithActionCopy(a)))));
        if (strategy.WorkingGroup is not null)
        {
            candidates.Add(("stakeholder", () => strategy.WithWorkingGroupMember(new Stakeholder { Id = "added-member", Name = "Added member", Kind = StakeholderKind.Other })));
        }

        if (candidates.Count == 0)
        {
            return true.Classify(true, "nothing to add");
        }

        var (kind, add) = candidates[(int)((uint)pick % (uint)candidates.Count)];
        var larger = add();
        Assert.Empty(larger.FindIntegrityProblems());
        var after = WithoutPillarBalance.Check(larger);
        static string[] Keys(CheckResult result) => [.. result.Findings.Select(f => $"{f.RuleId} {f.Pointer}").Order(StringComparer.Ordinal)];
        if (!Keys(after).SequenceEqual(Keys(before)))
        {
            return true.Classify(true, $"{kind}: changes the findings");
        }

        Assert.True(NoRuleLoses(before.Score, after.Score), $"{kind}: a rule checks fewer elements");
        Assert.True(after.Score.Value >= before.Score.Value, $"{kind}: {before.Score} -> {after.Score}");
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            Assert.True(after.ScoreOf(pillar).Value >= before.ScoreOf(pillar).Value, $"{kind} in {pillar}: {before.ScoreOf(pillar)} -> {after.ScoreOf(pillar)}");
        }

        return true.Classify(true, kind);
    }

    /// <summary>
    /// No single rule moves the score by more than its weight's share: turning any rule off (so that the score is
    /// that of the others alone) changes it by at most 100 × its weight ÷ the sum of the weights, however many
    /// elements the rule checks; the same holds for each pillar.
    /// </summary>
    [Property(Arbitrary = [typeof(MixedStrategies)], MaxTest = 60)]
    public void No_rule_moves_the_score_by_more_than_its_weight_share(Strategy strategy)
    {
        var result = RuleSet.Toolkit.Check(strategy);
        foreach (var rule in result.Score.Rules)
        {
            var without = RuleSet.Create(RuleSettings.Default.Off(rule.RuleId)).Check(strategy);
            var bound = 100.0 * rule.Weight / result.Score.Weight;
            Assert.True(Math.Abs(result.Score.Value - without.Score.Value) <= bound + 1e-9, $"{rule.RuleId}: {result.Score} -> {without.Score} (bound {bound})");
            foreach (var pillar in Enum.GetValues<Pillar>())
            {
                var score = result.ScoreOf(pillar);
                if (score.Rules.Any(r => r.RuleId == rule.RuleId))
                {
                    var pillarBound = 100.0 * rule.Weight / score.Weight;
                    Assert.True(Math.Abs(score.Value - without.ScoreOf(pillar).Value) <= pillarBound + 1e-9, $"{rule.RuleId} in {pillar}: {score} -> {without.ScoreOf(pillar)}");
                }
            }
        }
    }

    [Fact]
    public void Ten_thousand_idle_stakeholders_cost_an_info_rule_s_weight_and_no_more()
    {
        var result = RuleSet.Toolkit.Check(Support.Pathological.WithIdleStakeholders(10_000));

        var ocs606 = Assert.Single(result.Score.Rules, r => r.RuleId == "OCS606");
        Assert.Equal(new CheckCounts(10_006, 6), ocs606.Checks);
        Assert.Equal(result.Score.Rules.Count(r => r.RuleId != "OCS606"), result.Score.Rules.Count(r => r.Share == 1));
        Assert.Equal(100.0 * (result.Score.Weight - 1 + (6.0 / 10_006)) / result.Score.Weight, result.Score.Value, 9);
        Assert.True(result.Score.Value > 98, result.Score.ToString());
        Assert.Equal(10_000, result.Score.Checks.Failed);
    }

    [Property(MaxTest = 500)]
    public Property A_score_is_monotone_in_its_rules_shares_and_exactly_100_without_failures()
    {
        var parts = Gen.ListOf(
            from severity in Gen.Elements(Enum.GetValues<Severity>())
            from applicable in Gen.Choose(0, 1_000_000)
            from passed in Gen.Choose(0, applicable)
            select (severity, applicable, passed));
        return Prop.ForAll(parts.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (list, pick) =>
        {
            var rules = list.Select((p, i) => new RuleScore($"R{i}", p.severity, new CheckCounts(p.applicable, p.passed))).ToList();
            var score = new Score(rules);
            Assert.InRange(score.Value, 0, 100);
            Assert.Equal(rules.All(r => r.Checks.Failed == 0), score.Value == 100);
            Assert.Equal(score, new Score(rules));
            if (rules.Count == 0)
            {
                return;
            }

            // One more check passing, one more passing check, or one more rule with every check passing: never lower.
            var i = pick % rules.Count;
            var r = rules[i];
            var better = new List<RuleScore>[]
            {
                [.. rules.Select((x, j) => j == i && x.Checks.Failed > 0 ? new RuleScore(x.RuleId, x.Severity, new CheckCounts(x.Checks.Applicable, x.Checks.Passed + 1)) : x)],
                [.. rules.Select((x, j) => j == i ? new RuleScore(x.RuleId, x.Severity, new CheckCounts(x.Checks.Applicable + 1, x.Checks.Passed + 1)) : x)],
                [.. rules, new RuleScore("NEW", r.Severity, new CheckCounts(pick, pick))],
            };
            Assert.All(better, b => Assert.True(new Score(b).Value >= score.Value, $"{score} -> {new Score(b)}"));

            // Off: the rest alone differ by at most the rule's weight share.
            var rest = new Score(rules.Where((_, j) => j != i));
            Assert.True(Math.Abs(rest.Value - score.Value) <= (100.0 * r.Weight / score.Weight) + 1e-9);
        });
    }

    /// <summary>
    /// Whether every rule of <paramref name="before"/> is still in <paramref name="after"/>, failing no more checks
    /// and checking no fewer elements unless it now passes them all, and every rule new in <paramref name="after"/>
    /// passes all its checks: what makes each rule's share, hence the score, no lower.
    /// </summary>
    private static bool NoRuleLoses(Score before, Score after)
    {
        var then = before.Rules.ToDictionary(r => r.RuleId);
        var now = after.Rules.ToDictionary(r => r.RuleId);
        return then.All(b => now.TryGetValue(b.Key, out var a) && a.Weight == b.Value.Weight && a.Checks.Failed <= b.Value.Checks.Failed
                && (a.Checks.Applicable >= b.Value.Checks.Applicable || a.Checks.Failed == 0))
            && now.Where(a => !then.ContainsKey(a.Key)).All(a => a.Value.Checks.Failed == 0);
    }

    [Property(Arbitrary = [typeof(MixedStrategies)], MaxTest = 200)]
    public void The_result_does_not_depend_on_the_order_of_stakeholders_or_directions(Strategy strategy, int seed)
    {
        var random = new Random(seed);
        var shuffled = strategy with
        {
            Stakeholders = strategy.Stakeholders.OrderBy(_ => random.Next()).ToEquatableArray(),
            Directions = strategy.Directions.OrderBy(_ => random.Next()).ToEquatableArray(),
        };

        var a = RuleSet.Toolkit.Check(strategy);
        var b = RuleSet.Toolkit.Check(shuffled);

        Assert.Equal(a.Score, b.Score);
        Assert.Equal(a.Score.Value, b.Score.Value);
        Assert.Equal(a.Pillars, b.Pillars);
        Assert.Equal(a.Rules, b.Rules);
        Assert.Equal(Stable(strategy, a.Findings), Stable(shuffled, b.Findings));
    }

    /// <summary>
    /// Checking is linear in the size of the strategy, shown on counted work rather than on a clock (which a busy machine
    /// makes flaky): eight times the elements give at most eight times the rules' judgments, the shared walk's visits and
    /// the index's visits, and not much less (the complete strategy's own few elements are the fixed part). A rule that
    /// searched a list for each element would judge no more elements, so this does not replace review ("keep a rule
    /// linear", <see cref="Rule"/>); the time itself is measured in benchmarks/ (CheckBenchmarks, with its recorded table).
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Checking_does_linear_work_in_the_size_of_the_strategy(bool broken)
    {
        var small = Work(broken ? Broken(Large(1_000)) : Large(1_000));
        var large = Work(broken ? Broken(Large(8_000)) : Large(8_000));

        Assert.InRange((double)large.Judgments / small.Judgments, 7.9, 8.0);
        Assert.InRange((double)large.Visits / small.Visits, 7.9, 8.0);
        Assert.InRange((double)large.Index / small.Index, 7.9, 8.0);
        Assert.InRange((double)large.Findings / Math.Max(1, small.Findings), broken ? 7.9 : 0, 8.0);
    }

    /// <summary>The counted work of checking a fresh copy (a new instance builds its index again: that is part of checking).</summary>
    private static (long Judgments, long Visits, long Index, int Findings) Work(Strategy strategy)
    {
        var copy = strategy with { };
        var work = new CheckWork();
        var result = RuleSet.Toolkit.Check(copy, null, work);
        Assert.Equal(result.Score.Checks.Applicable, work.Judgments);
        return (work.Judgments, work.Visits, copy.Index.Visits, result.Findings.Count);
    }

    /// <summary>Every action's lead names nobody and every objective reuses its direction's id: OCS001 and OCS002 fail everywhere.</summary>
    private static Strategy Broken(Strategy strategy) =>
        strategy with
        {
            Directions = strategy.Directions.Select(d => d with
            {
                Objectives = d.Objectives.Select(o => o with
                {
                    Id = d.Id,
                    Actions = o.Actions.Select(a => a with { Lead = "ghost-" + a.Id }).ToEquatableArray(),
                }).ToEquatableArray(),
            }).ToEquatableArray(),
        };

    /// <summary>The findings with each direction and stakeholder index replaced by its id, sorted: comparable across orders.</summary>
    private static string[] Stable(Strategy strategy, IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.RuleId}|{f.Severity}|{f.Pillar}|{StablePointer(strategy, f.Pointer)}|{f.Message}").Order(StringComparer.Ordinal)];

    private static string StablePointer(Strategy strategy, string pointer)
    {
        foreach (var (prefix, ids) in new[] { ("/directions/", strategy.Directions.Select(d => d.Id).ToArray()), ("/stakeholders/", strategy.Stakeholders.Select(s => s.Id).ToArray()) })
        {
            if (pointer.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = pointer[prefix.Length..];
                var slash = rest.IndexOf('/', StringComparison.Ordinal);
                var index = int.Parse(slash < 0 ? rest : rest[..slash], System.Globalization.CultureInfo.InvariantCulture);
                return prefix + ids[index] + (slash < 0 ? string.Empty : rest[slash..]);
            }
        }

        return pointer;
    }

    /// <summary>A strategy with <paramref name="actions"/> actions, as many stakeholders and twice as many indicators.</summary>
    private static Strategy Large(int actions)
    {
        var complete = CompleteStrategy.Build();
        var template = complete.Actions[0].Action;
        var stakeholders = Enumerable.Range(0, actions).Select(i => new Stakeholder { Id = $"s{i}", Name = $"Body {i}", Kind = (StakeholderKind)(i % 20) });
        var directions = Enumerable.Range(0, actions / 10).Select(d => new Direction
        {
            Id = $"d{d}",
            Title = "Direction",
            Pillar = (Pillar)(d % 4),
            Objectives =
            [
                new Objective
                {
                    Id = $"o{d}",
                    Title = "Objective",
                    Indicators = complete.Directions[d % 4].Objectives[0].Indicators.Select(i => i with { Id = $"o{d}.i" }).ToEquatableArray(),
                    Actions = Enumerable.Range(0, 10).Select(a => Edit.Copy(template, $".{d}.{a}") with { Lead = $"s{(d * 10) + a}", Partners = [$"s{((d * 10) + a + 1) % actions}"] }).ToEquatableArray(),
                },
            ],
        });
        return complete with { Stakeholders = [.. complete.Stakeholders, .. stakeholders], Directions = directions.ToEquatableArray() };
    }
}
