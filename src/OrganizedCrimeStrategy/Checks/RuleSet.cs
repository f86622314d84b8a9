using System.Collections.Frozen;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Checks.Messages;
using OrganizedCrimeStrategy.Checks.Rules;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks;

/// <summary>
/// A set of completeness rules with their settings, built once and used to check any number of strategies,
/// also from several threads at once: it holds no mutable state.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Toolkit"/> is the built-in ruleset <c>toolkit</c> (docs/rules.md) with default settings. <see cref="Create"/>
/// builds one with settings (stage, rules off, other severities) and users' own rules, which run beside the
/// built-in ones and report in the same shape.
/// </para>
/// <para>
/// The engine applies stage applicability (a rule runs only from its stage on), the settings (off, severity) and
/// computes the score: each applicable rule counts once, weighing 3, 2 or 1 by its effective severity, times the
/// share of its checks that pass (<see cref="Score"/>). Checking is linear in the size of the strategy: the built-in
/// rules that judge actions or indicators one at a time are judged together in one walk over them, so a large
/// strategy is read from memory once for all of them; other rules, users' rules among them, each walk on their own.
/// </para>
/// </remarks>
public sealed class RuleSet
{
    private static readonly ImmutableArray<Rule> BuiltIn = ToolkitRuleList.All;

    private static readonly FrozenSet<string> BuiltInIds = BuiltIn.Select(r => r.Descriptor.Id).ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<RuleSet> ToolkitInstance = new(() => Create());

    private readonly ImmutableArray<Rule> _rules;
    private readonly ImmutableArray<RuleLevel?> _levels;

    private RuleSet(ImmutableArray<Rule> rules, ImmutableArray<RuleLevel?> levels, RuleSettings settings)
    {
        _rules = rules;
        _levels = levels;
        Settings = settings;
        Rules = [.. rules.Select(r => r.Descriptor)];
    }

    /// <summary>The built-in ruleset <c>toolkit</c> with default settings.</summary>
    public static RuleSet Toolkit => ToolkitInstance.Value;

    /// <summary>The metadata of the built-in rules, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> ToolkitRules { get; } = [.. BuiltIn.Select(r => r.Descriptor)];

    /// <summary>The metadata of every rule of this ruleset (built-in first, then the user's, in the order given).</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The settings this ruleset was built with.</summary>
    public RuleSettings Settings { get; }

    /// <summary>Builds a ruleset.</summary>
    /// <param name="settings">The settings; <see cref="RuleSettings.Default"/> when <see langword="null"/>.</param>
    /// <param name="customRules">Users' own rules, run after the built-in ones.</param>
    /// <returns>The ruleset.</returns>
    /// <exception cref="ArgumentException">
    /// A custom rule's id is a built-in id or is used twice, or the settings name a rule the ruleset does not have.
    /// </exception>
    public static RuleSet Create(RuleSettings? settings = null, IEnumerable<Rule>? customRules = null)
    {
        settings ??= RuleSettings.Default;
        var rules = BuiltIn.ToBuilder();
        var ids = new HashSet<string>(BuiltInIds, StringComparer.Ordinal);
        foreach (var rule in customRules ?? [])
        {
            Guard.Against.Null(rule, nameof(customRules));
            var id = rule.Descriptor.Id;
            if (BuiltInIds.Contains(id))
            {
                throw new ArgumentException($"The custom rule id '{id}' is a built-in rule id of '{RuleSettings.ToolkitRuleSet}'; choose another.", nameof(customRules));
            }

            if (!ids.Add(id))
            {
                throw new ArgumentException($"Two custom rules have the id '{id}'.", nameof(customRules));
            }

            rules.Add(rule);
        }

        foreach (var configuration in settings.Rules)
        {
            if (!ids.Contains(configuration.RuleId))
            {
                throw new ArgumentException($"The settings name the rule '{configuration.RuleId}', which the ruleset does not have.", nameof(settings));
            }
        }

        var built = rules.ToImmutable();
        var levels = built.Select(r => settings.LevelOf(r.Descriptor.Id)).ToImmutableArray();
        return new RuleSet(built, levels, settings);
    }

    /// <summary>The metadata of one rule.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>The metadata, or <see langword="null"/> when the ruleset has no such rule.</returns>
    public RuleDescriptor? Find(string ruleId)
    {
        foreach (var rule in Rules)
        {
            if (rule.Id == ruleId)
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>Checks a strategy.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="options">The stage and the language; <see cref="CheckOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The score, each rule's outcome and the findings.</returns>
    public CheckResult Check(Strategy strategy, CheckOptions? options = null) => Check(strategy, options, null);

    /// <summary>Checks a strategy, counting the rules' judgments of elements in <paramref name="work"/> (see <see cref="CheckWork"/>).</summary>
    internal CheckResult Check(Strategy strategy, CheckOptions? options, CheckWork? work)
    {
        Guard.Against.Null(strategy);
        options ??= CheckOptions.Default;
        var stage = options.Stage ?? Settings.Stage ?? strategy.Stage;
        var messages = MessageFormatter.For(options.Language);

        // Each rule's part in the overall score and in each pillar's (slot 1 + pillar).
        var parts = new List<RuleScore>(_rules.Length);
        var pillarParts = new List<RuleScore>[5];
        for (var slot = 1; slot < 5; slot++)
        {
            pillarParts[slot] = [];
        }

        var outcomes = ImmutableArray.CreateBuilder<RuleOutcome>(_rules.Length);
        var reported = new List<(Severity Severity, string RuleId, List<Finding> Findings)>();
        var findingCount = 0;

        // First every rule that applies runs: rules that judge actions or indicators one at a time are judged
        // together in one walk (each element read once for all of them), the others each on their own.
        var severities = new Severity[_rules.Length];
        var tallies = new RuleTally?[_rules.Length];
        var actionRules = new List<(ElementRule Rule, RuleContext Context)>();
        var indicatorRules = new List<(ElementRule Rule, RuleContext Context)>();
        for (var r = 0; r < _rules.Length; r++)
        {
            var rule = _rules[r];
            var level = _levels[r];
            severities[r] = level is { } l and not RuleLevel.Off ? ToSeverity(l) : rule.Descriptor.SeverityAt(stage);
            if (level == RuleLevel.Off || !rule.Descriptor.AppliesAt(stage))
            {
                continue;
            }

            var tally = tallies[r] = new RuleTally();
            var context = new RuleContext(strategy, stage, messages, tally);
            if (rule is not ElementRule element)
            {
                rule.Check(context);
            }
            else if (element.Start(context))
            {
                (element.Elements == ElementKind.Actions ? actionRules : indicatorRules).Add((element, context));
            }
        }

        if (actionRules.Count > 0)
        {
            foreach (ref readonly var entry in strategy.Index.ActionSlots.AsSpan())
            {
                foreach (var (rule, context) in actionRules)
                {
                    rule.Action(context, entry);
                }
            }

            work?.AddVisits((long)strategy.Index.ActionSlots.Length * actionRules.Count);
        }

        if (indicatorRules.Count > 0)
        {
            foreach (ref readonly var entry in strategy.Index.IndicatorSlots.AsSpan())
            {
                foreach (var (rule, context) in indicatorRules)
                {
                    rule.Indicator(context, entry);
                }
            }

            work?.AddVisits((long)strategy.Index.IndicatorSlots.Length * indicatorRules.Count);
        }

        // Then the outcomes, in rule order.
        for (var r = 0; r < _rules.Length; r++)
        {
            var descriptor = _rules[r].Descriptor;
            var severity = severities[r];
            if (tallies[r] is not { } tally)
            {
                var status = _levels[r] == RuleLevel.Off ? RuleStatus.Off : RuleStatus.NotApplicable;
                outcomes.Add(new RuleOutcome(descriptor, status, severity, CheckCounts.None));
                continue;
            }

            // Every rule that applies counts once overall; in a pillar, if it checked something there.
            var total = new CheckCounts(tally.Applicable, tally.Passed);
            parts.Add(new RuleScore(descriptor.Id, severity, total));
            for (var slot = 1; slot < 5; slot++)
            {
                var counts = tally.CountsOf((Pillar)(slot - 1));
                if (counts.Applicable > 0)
                {
                    pillarParts[slot].Add(new RuleScore(descriptor.Id, severity, counts));
                }
            }

            if (tally.Failures.Count > 0)
            {
                var own = new List<Finding>(tally.Failures.Count);
                foreach (var (pointer, pillar, message) in tally.Failures)
                {
                    own.Add(new Finding(descriptor.Id, descriptor.Name, severity, message, pointer, pillar));
                }

                reported.Add((severity, descriptor.Id, own));
                findingCount += own.Count;
            }

            work?.AddJudgments(tally.Applicable);
            outcomes.Add(new RuleOutcome(descriptor, total.Failed > 0 ? RuleStatus.Failed : RuleStatus.Passed, severity, total));
        }

        var findings = InReportOrder(reported, findingCount);
        var pillars = ImmutableArray.CreateBuilder<PillarScore>(4);
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            pillars.Add(new PillarScore(pillar, new Score(pillarParts[1 + (int)pillar])));
        }

        return new CheckResult
        {
            StrategyId = strategy.Id,
            Stage = stage,
            Language = messages.Language,
            Score = new Score(parts),
            Pillars = pillars.MoveToImmutable(),
            Rules = outcomes.MoveToImmutable(),
            Findings = findings.ToEquatableArray(),
        };
    }

    /// <summary>
    /// Puts findings in <see cref="Finding.ReportOrder"/> (severity, rule id, pointer, message) in linear time for
    /// the usual case: rule ids are unique, so ordering the rules orders their groups, and a rule that reports
    /// elements in document order needs no sort of its own (one comparison per finding shows it).
    /// </summary>
    private static List<Finding> InReportOrder(List<(Severity Severity, string RuleId, List<Finding> Findings)> reported, int count)
    {
        reported.Sort(static (x, y) =>
        {
            var c = y.Severity.CompareTo(x.Severity);
            return c != 0 ? c : string.CompareOrdinal(x.RuleId, y.RuleId);
        });
        var findings = new List<Finding>(count);
        foreach (var (_, _, own) in reported)
        {
            for (var i = 1; i < own.Count; i++)
            {
                if (Finding.ReportOrder.Compare(own[i - 1], own[i]) > 0)
                {
                    own.Sort(Finding.ReportOrder);
                    break;
                }
            }

            findings.AddRange(own);
        }

        return findings;
    }

    private static Severity ToSeverity(RuleLevel level) => level switch
    {
        RuleLevel.Error => Severity.Error,
        RuleLevel.Warning => Severity.Warning,
        RuleLevel.Info => Severity.Info,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Off has no severity."),
    };
}

/// <summary>
/// The work of one check, counted rather than timed: the rules' judgments (each pass or failure reported), the visits of
/// the shared walk (one per element and rule that judges it), and, through <see cref="StrategyIndex.Visits"/>, the
/// elements the index visits. A test shows that each grows linearly with the document, with no clock involved; the
/// time itself is measured by the benchmarks.
/// </summary>
internal sealed class CheckWork
{
    public long Judgments { get; private set; }

    public long Visits { get; private set; }

    public void AddJudgments(long count) => Judgments += count;

    public void AddVisits(long count) => Visits += count;
}
