using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Tests.Checks;

/// <summary>
/// A strategy that passes every rule of <c>toolkit</c> at every stage, and the places of its parts, so that a test
/// breaks exactly one thing and asserts exactly one finding.
/// </summary>
/// <remarks>
/// Layout: four directions, one per pillar in the order prevent, pursue, protect, promote (<c>/directions/0</c> to
/// <c>/directions/3</c>); each has one objective with one outcome indicator and one action with one output
/// indicator. The prevent objective's indicator is quantitative; the others are qualitative.
/// </remarks>
public static class CompleteStrategy
{
    public const string PreventObjective = "/directions/0/objectives/0";
    public const string PreventAction = "/directions/0/objectives/0/actions/0";
    public const string PreventObjectiveIndicator = "/directions/0/objectives/0/indicators/0";
    public const string PreventActionIndicator = "/directions/0/objectives/0/actions/0/indicators/0";
    public const string ProtectAction = "/directions/2/objectives/0/actions/0";

    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly DateOnly End = new(2030, 12, 31);

    /// <summary>The stakeholders, each with a role: MIA leads, GPO and the court are in the working group, the NGO partners, UNODC partners, the UK funds.</summary>
    public static Stakeholder[] Stakeholders() =>
    [
        new() { Id = "mia", Name = Text.Of(("en", "Ministry of Internal Affairs"), ("ru", "Министерство внутренних дел")), Kind = StakeholderKind.LawEnforcement, Acronym = "MIA" },
        new() { Id = "gpo", Name = "General Prosecutor's Office", Kind = StakeholderKind.Prosecution },
        new() { Id = "court", Name = "Supreme Court", Kind = StakeholderKind.Judiciary },
        new() { Id = "ngo", Name = "Barqaror Hayot", Kind = StakeholderKind.CivilSociety },
        new() { Id = "unodc", Name = "UNODC", Kind = StakeholderKind.InternationalOrganization },
        new() { Id = "uk", Name = "United Kingdom", Kind = StakeholderKind.Donor },
    ];

    /// <summary>The complete strategy, at <paramref name="stage"/>.</summary>
    public static Strategy Build(StrategyStage stage = StrategyStage.Adopted) => new()
    {
        Id = "UZB-NSOC",
        Country = "UZB",
        Title = Text.Of(("en", "National Strategy against Organized Crime"), ("ru", "Национальная стратегия противодействия организованной преступности")),
        Stage = stage,
        Period = new Period(Start, End),
        SituationAnalysis = new SituationAnalysis
        {
            Threats =
            [
                new Threat { CrimeType = CrimeType.DrugTrafficking, Priority = ThreatPriority.High },
                new Threat { CrimeType = CrimeType.TraffickingInPersons, Priority = ThreatPriority.High },
                new Threat { CrimeType = CrimeType.Cybercrime, Priority = ThreatPriority.Low },
            ],
        },
        Stakeholders = Stakeholders(),
        WorkingGroup = new WorkingGroup { Chair = "mia", Members = ["gpo", "court", "ngo"] },
        Directions =
        [
            Direction("prev", Pillar.Prevent, QuantitativeOutcome("prev.o.i")),
            Direction("purs", Pillar.Pursue, QualitativeOutcome("purs.o.i")),
            Direction("prot", Pillar.Protect, QualitativeOutcome("prot.o.i"), action => action with { TargetGroups = ["victims", "witnesses"], CrimeTypes = [CrimeType.TraffickingInPersons] }),
            Direction("prom", Pillar.Promote, QualitativeOutcome("prom.o.i"), action => action with { Partners = ["ngo", "unodc"] }),
        ],
        Monitoring = new MonitoringMechanism
        {
            Body = "gpo",
            ReportingFrequency = Frequency.Annual,
            Evaluations =
            [
                new Evaluation { Kind = EvaluationKind.MidTerm, Due = new DateOnly(2027, 12, 31) },
                new Evaluation { Kind = EvaluationKind.Final, Due = new DateOnly(2031, 3, 31), Evaluator = "unodc" },
            ],
        },
        Consultations =
        [
            new Consultation { Id = "cons", Kind = ConsultationKind.Public, Start = new DateOnly(2024, 10, 1), End = new DateOnly(2024, 11, 30), Participants = ["ngo"] },
        ],
        Adoption = new Adoption { Instrument = "Presidential decree", Authority = "mia", PlannedDate = new DateOnly(2024, 12, 15), AdoptedDate = new DateOnly(2024, 12, 20) },
        Funding = [new Funding { Source = "uk", Amount = new Money(1_000_000m, "USD") }],
        References = [new LegalReference { Instrument = "UNTOC", Article = "5" }],
    };

    private static Direction Direction(string id, Pillar pillar, Indicator outcome, Func<StrategyAction, StrategyAction>? adjust = null)
    {
        var action = new StrategyAction
        {
            Id = id + ".a",
            Title = "Action of " + id,
            Lead = "mia",
            Partners = ["gpo"],
            Start = new DateOnly(2025, 3, 1),
            End = new DateOnly(2026, 12, 31),
            Budget = new Money(10_000m, "USD"),
            CrimeTypes = [CrimeType.DrugTrafficking],
            Indicators = [QualitativeOutput(id + ".a.i")],
        };
        return new Direction
        {
            Id = id,
            Title = "Direction " + id,
            Pillar = pillar,
            Objectives =
            [
                new Objective { Id = id + ".o", Title = "Objective of " + id, Indicators = [outcome], Actions = [adjust?.Invoke(action) ?? action] },
            ],
        };
    }

    private static QuantitativeIndicator QuantitativeOutcome(string id) => new()
    {
        Id = id,
        Name = "Victims of trafficking identified",
        Level = IndicatorLevel.Outcome,
        DataSource = "MIA statistics",
        Frequency = Frequency.Annual,
        Responsible = "mia",
        Disaggregation = ["sex", "age"],
        Unit = "persons",
        Direction = DesiredDirection.Increase,
        Baseline = new QuantitativeValue(120, Start),
        Target = new QuantitativeValue(300, End),
    };

    private static QualitativeIndicator QualitativeOutcome(string id) => new()
    {
        Id = id,
        Name = "Legal framework",
        Level = IndicatorLevel.Impact,
        DataSource = "GPO review",
        Frequency = Frequency.Biennial,
        Responsible = "gpo",
        Scale = ["none", "drafted", "adopted", "implemented"],
        Baseline = new QualitativeValue("none", Start),
        Target = new QualitativeValue("implemented", End),
    };

    private static QualitativeIndicator QualitativeOutput(string id) => new()
    {
        Id = id,
        Name = "Training delivered",
        Level = IndicatorLevel.Output,
        DataSource = "Training records",
        Frequency = Frequency.Quarterly,
        Responsible = "court",
        Scale = ["planned", "delivered"],
        Baseline = new QualitativeValue("planned", Start),
        Target = new QualitativeValue("delivered", End),
    };
}
