using OrganizedCrimeStrategy.Monitoring;

namespace OrganizedCrimeStrategy.Tests.Monitoring;

public class ScorecardTests
{
    private static readonly DateOnly Day0 = new(2024, 1, 1);
    private static readonly DateOnly Day5 = Day0.AddDays(5);

    private static Strategy Sample => StrategyJson.ReadFile(Samples.Uzbekistan).AsT0;

    private static QuantitativeIndicator Measured(string id, double measured) =>
        ProgressTests.Quantitative(0, 100, DesiredDirection.Increase, measured) with { Id = id };

    /// <summary>Prevent: objective A with 20 % and 80 % (mean 50), objective B with 150 % (clamped 100) and one without data. Pursue: one at 30 %.</summary>
    private static Strategy Small() => new()
    {
        Id = "s",
        Country = "UZB",
        Title = "t",
        Stage = StrategyStage.Implementation,
        Directions =
        [
            new Direction
            {
                Id = "d1", Title = "d1", Pillar = Pillar.Prevent,
                Objectives =
                [
                    new Objective
                    {
                        Id = "oA", Title = "A", Indicators = [Measured("i1", 20)],
                        Actions = [new StrategyAction { Id = "a1", Title = "a1", Indicators = [Measured("i2", 80)] }],
                    },
                    new Objective { Id = "oB", Title = "B", Indicators = [Measured("i3", 150), Measured("i4", 0) with { Measurements = [] }] },
                ],
            },
            new Direction
            {
                Id = "d2", Title = "d2", Pillar = Pillar.Pursue,
                Objectives = [new Objective { Id = "oC", Title = "C", Indicators = [Measured("i5", 30)] }],
            },
        ],
    };

    [Fact]
    public void Roll_ups_are_means_of_their_parts_clamped_percent_with_counts_by_status()
    {
        var card = Scorecard.Of(Small(), Day5);

        var prevent = card.ForPillar(Pillar.Prevent);
        Assert.Equal(50, prevent.Objectives[0].RollUp.Percent!.Value, 9);
        Assert.Equal(100, prevent.Objectives[1].RollUp.Percent!.Value, 9);
        Assert.Equal(1, prevent.Objectives[1].RollUp.PartsWithData);
        Assert.Equal(75, prevent.RollUp.Percent!.Value, 9);
        Assert.Equal(30, card.ForPillar(Pillar.Pursue).RollUp.Percent!.Value, 9);
        Assert.Equal(52.5, card.Overall.Percent!.Value, 9);
        Assert.Equal(50, card.Overall.Expected!.Value, 9);
        Assert.Equal(ProgressStatus.OnTrack, card.Overall.Status);
        Assert.Equal(ProgressStatus.NoData, card.ForPillar(Pillar.Protect).RollUp.Status);
        Assert.Null(card.ForPillar(Pillar.Protect).RollUp.Percent);

        // i1 20 % off track, i2 80 % on track, i3 achieved, i4 no data, i5 30 % at risk.
        Assert.Equal(new StatusCounts { Achieved = 1, OnTrack = 1, AtRisk = 1, OffTrack = 1, NoData = 1 }, card.Overall.Counts);
        Assert.Equal(4, prevent.RollUp.Counts.Total);
        Assert.Equal(["i1", "i2", "i3", "i4", "i5"], card.Indicators.Select(i => i.IndicatorId));
        Assert.Equal(["i1", "i2"], prevent.Objectives[0].Indicators.Select(i => i.IndicatorId));
    }

    [Fact]
    public void The_sample_at_new_year_2026_names_its_overdue_actions()
    {
        var card = Scorecard.Of(Sample, new DateOnly(2026, 1, 1));

        Assert.Equal(["act-joint-teams", "act-commission"], card.Actions.Overdue.Select(o => o.Action.Id));
        Assert.Equal([1, 185], card.Actions.Overdue.Select(o => o.DaysOverdue));
        Assert.Equal("/directions/1/objectives/0/actions/0", card.Actions.Overdue[0].Pointer);
        Assert.Equal(Pillar.Promote, card.Actions.Overdue[1].Pillar);
        Assert.Equal(Sample.Actions.Count, card.Actions.Total);
        Assert.Equal(Sample.Actions.Count(a => a.Action.Status == ActionStatus.InProgress), card.Actions.InProgress);
        Assert.Equal(card.Actions.Total, card.Pillars.Sum(p => p.Actions.Total));
        Assert.Single(card.ForPillar(Pillar.Pursue).Actions.Overdue);
    }

    [Fact]
    public void An_action_is_overdue_only_after_its_end_date_and_when_neither_completed_nor_cancelled()
    {
        var end = new DateOnly(2025, 6, 30);
        var action = new StrategyAction { Id = "a", Title = "a", End = end, Status = ActionStatus.InProgress };

        Assert.False(ActionSummary.IsOverdue(action, end));
        Assert.True(ActionSummary.IsOverdue(action, end.AddDays(1)));
        Assert.True(ActionSummary.IsOverdue(action with { Status = ActionStatus.Delayed }, end.AddDays(1)));
        Assert.True(ActionSummary.IsOverdue(action with { Status = ActionStatus.Planned }, end.AddDays(1)));
        Assert.False(ActionSummary.IsOverdue(action with { Status = ActionStatus.Completed }, end.AddDays(1)));
        Assert.False(ActionSummary.IsOverdue(action with { Status = ActionStatus.Cancelled }, end.AddDays(1)));
        Assert.False(ActionSummary.IsOverdue(action with { End = null }, end.AddYears(10)));
    }

    [Fact]
    public void The_sample_has_data_on_its_measured_indicators_only()
    {
        var card = Scorecard.Of(Sample, new DateOnly(2026, 7, 1));
        var measured = Sample.Indicators.Where(e => e.Indicator.MeasurementCount > 0).Select(e => e.Indicator.Id).ToHashSet();

        Assert.All(card.Indicators, i => Assert.Equal(measured.Contains(i.IndicatorId), i.Status != ProgressStatus.NoData));
        Assert.Equal(measured.Count, card.Overall.Counts.WithData);
        Assert.Equal(Sample.Indicators.Count, card.Overall.Counts.Total);
        Assert.Equal(53.3333333, card.Find("ind-schools-module")!.Percent!.Value, 6);   // 1600 of 3000
        Assert.Equal(100.0 / 3, card.Find("ind-procurement-screening")!.Percent!.Value, 9); // none → drafted of none → implemented
        Assert.Null(card.Find("no-such-indicator"));
    }

    [Fact]
    public void The_same_strategy_and_date_give_the_same_scorecard()
    {
        var date = new DateOnly(2027, 3, 15);
        Assert.Equal(Scorecard.Of(Sample, date), Scorecard.Of(Sample, date));
    }
}
