using OrganizedCrimeStrategy.Monitoring;
using OrganizedCrimeStrategy.Tests.Generators;

namespace OrganizedCrimeStrategy.Tests.Monitoring;

public class ProgressProperties
{
    private static readonly DateOnly Epoch = new(2018, 1, 1);

    private static Gen<double> Value() => Gen.OneOf(
        Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 8.0),
        ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get));

    [Property(MaxTest = 500)]
    public Property Percent_achieved_is_monotone_in_the_value_for_increase_and_reversed_for_decrease() =>
        Prop.ForAll(
            Arb.From(from a in Value() from b in Value() from v in Value() from w in Value() from decrease in ArbMap.Default.GeneratorFor<bool>() select (a, b, v, w, decrease)),
            t =>
            {
                var (a, b, v, w, decrease) = t;
                if (a == b)
                {
                    return true;
                }

                var (low, high) = (Math.Min(a, b), Math.Max(a, b));
                var indicator = decrease
                    ? ProgressTests.Quantitative(high, low, DesiredDirection.Decrease)
                    : ProgressTests.Quantitative(low, high, DesiredDirection.Increase);
                var (smaller, larger) = (Math.Min(v, w), Math.Max(v, w));
                var p1 = ProgressFormulas.PercentAchieved(indicator, smaller)!.Value;
                var p2 = ProgressFormulas.PercentAchieved(indicator, larger)!.Value;
                return !double.IsNaN(p1) && !double.IsNaN(p2) && (decrease ? p1 >= p2 : p1 <= p2);
            });

    [Property(MaxTest = 200)]
    public Property Qualitative_percent_is_monotone_in_the_rank() =>
        Prop.ForAll(
            Arb.From(from b in Gen.Choose(0, 3) from t in Gen.Choose(0, 3) from x in Gen.Choose(0, 3) from y in Gen.Choose(0, 3) select (b, t, x, y)),
            c =>
            {
                string[] scale = ["none", "drafted", "adopted", "implemented"];
                var (b, t, x, y) = c;
                if (t < b)
                {
                    return true;
                }

                var indicator = ProgressTests.Qualitative(scale[b], scale[t]);
                return ProgressFormulas.PercentAchieved(indicator, scale[Math.Min(x, y)]) <= ProgressFormulas.PercentAchieved(indicator, scale[Math.Max(x, y)]);
            });

    [Property(MaxTest = 200)]
    public Property Roll_ups_never_exceed_their_parts_bounds() =>
        Prop.ForAll(
            Arb.From(from s in StrategyGenerators.Strategy() from days in Gen.Choose(0, 4400) select (s, Epoch.AddDays(days))),
            c =>
            {
                var (strategy, asOf) = c;
                var card = Scorecard.Of(strategy, asOf);
                foreach (var pillar in card.Pillars)
                {
                    foreach (var objective in pillar.Objectives)
                    {
                        WithinParts(objective.RollUp, objective.Indicators.Select(i => i.ClampedPercent), objective.Indicators.Select(i => i.Expected));
                        Assert.Equal(objective.Indicators.Count, objective.RollUp.Counts.Total);
                    }

                    WithinParts(pillar.RollUp, pillar.Objectives.Select(o => o.RollUp.Percent), pillar.Objectives.Select(o => o.RollUp.Expected));
                    Assert.Equal(pillar.Objectives.Sum(o => o.RollUp.Counts.Total), pillar.RollUp.Counts.Total);
                }

                WithinParts(card.Overall, card.Pillars.Select(p => p.RollUp.Percent), card.Pillars.Select(p => p.RollUp.Expected));
                Assert.Equal(strategy.Indicators.Count, card.Overall.Counts.Total);
                Assert.Equal(card.Indicators.Count(i => i.Status != ProgressStatus.NoData), card.Overall.Counts.WithData);
                Assert.All(card.Indicators, i => Assert.Equal(i.Percent is null, i.Status == ProgressStatus.NoData));
                Assert.Equal(strategy.Actions.Count, card.Actions.Total);
                Assert.All(card.Actions.Overdue, o => Assert.True(o.DaysOverdue >= 1));
                return true;
            });

    private static void WithinParts(ProgressRollUp rollUp, IEnumerable<double?> percents, IEnumerable<double?> expected)
    {
        var withData = percents.Zip(expected).Where(p => p.First is not null).ToList();
        Assert.Equal(withData.Count, rollUp.PartsWithData);
        if (withData.Count == 0)
        {
            Assert.Null(rollUp.Percent);
            Assert.Equal(ProgressStatus.NoData, rollUp.Status);
            return;
        }

        Assert.InRange(rollUp.Percent!.Value, withData.Min(p => p.First!.Value), withData.Max(p => p.First!.Value));
        Assert.InRange(rollUp.Percent!.Value, 0, 100);
        Assert.InRange(rollUp.Expected!.Value, withData.Min(p => p.Second!.Value), withData.Max(p => p.Second!.Value));
    }
}
