namespace OrganizedCrimeStrategy.Model;

/// <summary>Where a strategy stands in its life, in order (FORMAT.md, <c>stage</c>).</summary>
public enum StrategyStage
{
    /// <summary>The process has been launched; a working group is forming.</summary>
    Initiation,

    /// <summary>The threat and situation are being assessed.</summary>
    Assessment,

    /// <summary>Directions, objectives and actions are being drafted.</summary>
    Drafting,

    /// <summary>The draft is under consultation.</summary>
    Consultation,

    /// <summary>The strategy has been adopted.</summary>
    Adopted,

    /// <summary>The strategy is being implemented.</summary>
    Implementation,

    /// <summary>The strategy is being evaluated.</summary>
    Evaluation,

    /// <summary>The strategy's period is over.</summary>
    Completed,
}

/// <summary>The four Ps of UNODC's Organized Crime Strategy Toolkit.</summary>
public enum Pillar
{
    /// <summary>Measures focused on prevention of organized crime.</summary>
    Prevent,

    /// <summary>Pursuing organized criminal groups and their illicit activities.</summary>
    Pursue,

    /// <summary>Protecting the most vulnerable.</summary>
    Protect,

    /// <summary>Promoting partnerships and cooperation at all levels.</summary>
    Promote,
}

/// <summary>What kind of body a stakeholder is.</summary>
public enum StakeholderKind
{
    /// <summary>A ministry or agency not listed otherwise.</summary>
    Government,

    /// <summary>Police and other law enforcement.</summary>
    LawEnforcement,

    /// <summary>The prosecution service.</summary>
    Prosecution,

    /// <summary>Courts.</summary>
    Judiciary,

    /// <summary>Parliament.</summary>
    Legislature,

    /// <summary>National guard, armed forces, security service.</summary>
    Security,

    /// <summary>The financial intelligence unit.</summary>
    FinancialIntelligence,

    /// <summary>Customs and border services.</summary>
    CustomsAndBorder,

    /// <summary>Health authorities.</summary>
    Health,

    /// <summary>Education authorities.</summary>
    Education,

    /// <summary>Social services.</summary>
    SocialServices,

    /// <summary>Regional and local government.</summary>
    LocalGovernment,

    /// <summary>Universities and research institutes.</summary>
    Academia,

    /// <summary>Non-governmental organizations.</summary>
    CivilSociety,

    /// <summary>Businesses and their associations.</summary>
    PrivateSector,

    /// <summary>The press.</summary>
    Media,

    /// <summary>UN bodies and other international organizations.</summary>
    InternationalOrganization,

    /// <summary>Regional bodies.</summary>
    RegionalBody,

    /// <summary>Governments and foundations that fund the work.</summary>
    Donor,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>Where an action stands.</summary>
public enum ActionStatus
{
    /// <summary>Not started (the default).</summary>
    Planned,

    /// <summary>Under way.</summary>
    InProgress,

    /// <summary>Done.</summary>
    Completed,

    /// <summary>Behind schedule.</summary>
    Delayed,

    /// <summary>Dropped.</summary>
    Cancelled,
}

/// <summary>The results-chain level of an indicator (IATI ResultType, StratML ValueChainStage).</summary>
public enum IndicatorLevel
{
    /// <summary>What an action delivers.</summary>
    Output,

    /// <summary>What an objective changes.</summary>
    Outcome,

    /// <summary>The long-term change.</summary>
    Impact,
}

/// <summary>Which way a quantitative indicator should move.</summary>
public enum DesiredDirection
{
    /// <summary>Higher is better.</summary>
    Increase,

    /// <summary>Lower is better.</summary>
    Decrease,

    /// <summary>The value should stay where it is.</summary>
    Maintain,
}

/// <summary>How often something is measured or reported.</summary>
public enum Frequency
{
    /// <summary>Every month.</summary>
    Monthly,

    /// <summary>Every quarter.</summary>
    Quarterly,

    /// <summary>Twice a year.</summary>
    Semiannual,

    /// <summary>Every year.</summary>
    Annual,

    /// <summary>Every two years.</summary>
    Biennial,

    /// <summary>Once.</summary>
    Once,
}

/// <summary>How urgent a threat is.</summary>
public enum ThreatPriority
{
    /// <summary>High priority.</summary>
    High,

    /// <summary>Medium priority.</summary>
    Medium,

    /// <summary>Low priority.</summary>
    Low,
}

/// <summary>When an evaluation takes place.</summary>
public enum EvaluationKind
{
    /// <summary>Half-way through the period.</summary>
    MidTerm,

    /// <summary>At the end.</summary>
    Final,

    /// <summary>When needed.</summary>
    AdHoc,
}

/// <summary>Who a consultation addresses.</summary>
public enum ConsultationKind
{
    /// <summary>The general public.</summary>
    Public,

    /// <summary>Government bodies.</summary>
    Interagency,

    /// <summary>Experts.</summary>
    Expert,

    /// <summary>Civil society organizations.</summary>
    CivilSociety,

    /// <summary>International partners.</summary>
    International,
}
