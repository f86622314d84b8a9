using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Benchmarks;

/// <summary>
/// Deterministic strategies of a realistic shape: four pillars, about five actions per objective, two indicators
/// per action with three measurements each, one stakeholder per twenty actions, titles in English, Russian and Uzbek.
/// </summary>
public static class StrategyFactory
{
    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly StakeholderKind[] Kinds = Enum.GetValues<StakeholderKind>();
    private static readonly string[] CrimeTypes = ["drugTrafficking", "traffickingInPersons", "moneyLaundering", "corruption", "cybercrime"];

    /// <summary>A strategy with <paramref name="actions"/> actions.</summary>
    public static Strategy Create(int actions)
    {
        var random = new Random(actions);
        var stakeholderCount = Math.Max(4, actions / 20);
        var stakeholders = Enumerable.Range(0, stakeholderCount).Select(i => new Stakeholder
        {
            Id = $"sh{i}",
            Name = Text.Of(("en", $"Ministry number {i}"), ("ru", $"Министерство номер {i}"), ("uz-Latn", $"Vazirlik {i}")),
            Kind = Kinds[i % Kinds.Length],
            Acronym = $"M{i}",
        }).ToArray();

        string Stakeholder() => stakeholders[random.Next(stakeholderCount)].Id;

        // About five actions per objective; objectives spread over eight directions, two per pillar.
        var objectiveCount = (actions + 4) / 5;
        var directionCount = Math.Clamp(objectiveCount, 4, 8);
        var objectivesByDirection = Enumerable.Range(0, directionCount).Select(_ => new List<Objective>()).ToArray();
        var pillars = Enum.GetValues<Pillar>();
        var made = 0;
        for (var o = 0; o < objectiveCount; o++)
        {
            var d = o % directionCount;
            var pillar = pillars[d % 4];
            var list = new List<StrategyAction>();
            for (var a = 0; a < 5 && made < actions; a++, made++)
            {
                var begin = Start.AddDays(random.Next(0, 700));
                list.Add(new StrategyAction
                {
                    Id = $"a{made}",
                    Title = Text.Of(("en", $"Action {made}: strengthen the capacity of units"), ("ru", $"Мера {made}: укрепить потенциал подразделений"), ("uz-Latn", $"Chora {made}")),
                    Lead = Stakeholder(),
                    Partners = [Stakeholder(), Stakeholder()],
                    Start = begin,
                    End = begin.AddDays(random.Next(30, 900)),
                    Status = (ActionStatus)(made % 5),
                    Budget = new Money(1000 * random.Next(1, 500), "USD"),
                    CrimeTypes = [new CrimeType(CrimeTypes[made % CrimeTypes.Length])],
                    TargetGroups = pillar == Pillar.Protect ? ["victims", "women"] : [],
                    Indicators = [Quantitative($"a{made}q", Stakeholder(), random), Qualitative($"a{made}l", Stakeholder())],
                    References = made % 7 == 0 ? [new LegalReference { Instrument = "UNTOC", Article = "24" }] : [],
                });
            }

            objectivesByDirection[d].Add(new Objective
            {
                Id = $"o{o}",
                Title = Text.Of(("en", $"Objective {o}"), ("ru", $"Цель {o}")),
                Indicators = [Quantitative($"o{o}q", Stakeholder(), random) with { Level = IndicatorLevel.Outcome }],
                Actions = [.. list],
            });
        }

        var directions = objectivesByDirection.Select((objectives, d) => new Direction
        {
            Id = $"d{d}",
            Title = Text.Of(("en", $"Direction {d}"), ("ru", $"Направление {d}")),
            Pillar = pillars[d % 4],
            Objectives = [.. objectives],
        }).ToList();

        return new Strategy
        {
            Id = "bench",
            Country = "UZB",
            Title = Text.Of(("en", "Benchmark strategy"), ("ru", "Стратегия для замеров"), ("uz-Latn", "Strategiya")),
            Stage = StrategyStage.Implementation,
            Period = new Period(Start, Start.AddYears(5)),
            Stakeholders = stakeholders,
            WorkingGroup = new WorkingGroup { Chair = stakeholders[0].Id, Members = [.. stakeholders.Take(8).Select(s => s.Id)] },
            Directions = [.. directions],
            Monitoring = new MonitoringMechanism
            {
                Body = stakeholders[1].Id,
                ReportingFrequency = Frequency.Annual,
                Evaluations = [new Evaluation { Kind = EvaluationKind.MidTerm, Due = Start.AddYears(2) }, new Evaluation { Kind = EvaluationKind.Final, Due = Start.AddYears(5) }],
            },
            Consultations = [new Consultation { Id = "c1", Kind = ConsultationKind.Public, Start = Start.AddDays(-90), End = Start.AddDays(-30), Participants = [stakeholders[2].Id] }],
            References = [new LegalReference { Instrument = "UNTOC" }],
        };
    }

    private static QuantitativeIndicator Quantitative(string id, string responsible, Random random) => new()
    {
        Id = id,
        Name = Text.Of(("en", "Number of cases investigated"), ("ru", "Число расследованных дел")),
        Level = IndicatorLevel.Output,
        DataSource = "Ministry statistics",
        Frequency = Frequency.Annual,
        Responsible = responsible,
        Sdg = "16.4.1",
        Unit = "cases",
        Direction = DesiredDirection.Increase,
        Baseline = new QuantitativeValue(random.Next(10, 100), Start),
        Target = new QuantitativeValue(random.Next(100, 300), Start.AddYears(5)),
        Measurements =
        [
            new QuantitativeMeasurement(Start.AddYears(1), random.Next(50, 150)),
            new QuantitativeMeasurement(Start.AddYears(2), random.Next(80, 200)),
            new QuantitativeMeasurement(Start.AddYears(3), random.NextDouble() * 250),
        ],
    };

    private static QualitativeIndicator Qualitative(string id, string responsible) => new()
    {
        Id = id,
        Name = Text.Of(("en", "Regulation adopted"), ("ru", "Положение принято")),
        Level = IndicatorLevel.Output,
        DataSource = "Official gazette",
        Frequency = Frequency.Annual,
        Responsible = responsible,
        Scale = ["none", "drafted", "adopted", "implemented"],
        Baseline = new QualitativeValue("none", Start),
        Target = new QualitativeValue("implemented", Start.AddYears(4)),
        Measurements =
        [
            new QualitativeMeasurement(Start.AddYears(1), "drafted"),
            new QualitativeMeasurement(Start.AddYears(2), "adopted"),
            new QualitativeMeasurement(Start.AddYears(3), "adopted", "Awaiting decree"),
        ],
    };
}
