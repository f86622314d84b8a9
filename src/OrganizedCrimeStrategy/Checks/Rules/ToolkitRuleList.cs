using System.Collections.Immutable;

namespace OrganizedCrimeStrategy.Checks.Rules;

/// <summary>The built-in ruleset <c>toolkit</c> (docs/rules.md), one stateless instance per rule, in id order.</summary>
internal static class ToolkitRuleList
{
    public static ImmutableArray<Rule> All { get; } =
    [
        new Ocs001UniqueIds(),
        new Ocs002ReferencesResolve(),
        new Ocs101PeriodDefined(),
        new Ocs102SituationAnalysis(),
        new Ocs103ThreatsAddressed(),
        new Ocs201FourPsCovered(),
        new Ocs202ObjectiveHasActions(),
        new Ocs203ProtectVulnerable(),
        new Ocs204PromotePartnerships(),
        new Ocs205PillarBalance(),
        new Ocs301ActionHasLead(),
        new Ocs302ActionHasDeadline(),
        new Ocs303ActionWithinPeriod(),
        new Ocs304ActionHasResources(),
        new Ocs305ActionHasIndicator(),
        new Ocs306NationalOwnership(),
        new Ocs401ObjectiveHasOutcomeIndicator(),
        new Ocs402QuantitativeComplete(),
        new Ocs403QualitativeComplete(),
        new Ocs404IndicatorSourceFrequency(),
        new Ocs405IndicatorMix(),
        new Ocs406TargetDirection(),
        new Ocs407IndicatorResponsible(),
        new Ocs501MonitoringBody(),
        new Ocs502ReportingCycle(),
        new Ocs503EvaluationsPlanned(),
        new Ocs601CivilSocietyIncluded(),
        new Ocs602WholeOfGovernment(),
        new Ocs603PublicConsultation(),
        new Ocs604AdoptionMechanism(),
        new Ocs605WorkingGroup(),
        new Ocs606StakeholderEngaged(),
        new Ocs701UntocAlignment(),
        new Ocs702KnownCrimeType(),
        new Ocs703SexDisaggregation(),
    ];
}
