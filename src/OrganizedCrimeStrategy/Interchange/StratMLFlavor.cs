namespace OrganizedCrimeStrategy.Interchange;

/// <summary>
/// The kind of StratML document: Part 1 (ISO 17469-1, root <c>StrategicPlan</c>) or Part 2 (root
/// <c>PerformancePlanOrReport</c>) with its <c>Type</c> attribute.
/// </summary>
/// <remarks>
/// <see cref="StratML.Export"/> writes every flavor; <see cref="StratML.Import(Stream, StratMLImportOptions?)"/> reports the
/// flavor it read in <see cref="StratMLImport.Flavor"/>.
/// </remarks>
public enum StratMLFlavor
{
    /// <summary>
    /// Part 1 (namespace <see cref="StratML.Part1Namespace"/>): goals, objectives and organizations. Part 1 has no
    /// performance indicators and no stakeholder roles: indicators travel as embedded model data, roles as the
    /// stakeholder's description.
    /// </summary>
    Part1,

    /// <summary>Part 2 (namespace <see cref="StratML.Part2Namespace"/>) with <c>Type="Strategic_Plan"</c>: indicators with baselines and targets; measurements travel as embedded model data.</summary>
    Part2StrategicPlan,

    /// <summary>Part 2 with <c>Type="Performance_Plan"</c>: written like <see cref="Part2StrategicPlan"/>.</summary>
    Part2PerformancePlan,

    /// <summary>Part 2 with <c>Type="Performance_Report"</c>: as <see cref="Part2StrategicPlan"/>, and each measurement is an <c>ActualResult</c>.</summary>
    Part2PerformanceReport,
}

/// <summary>Helpers over <see cref="StratMLFlavor"/>.</summary>
internal static class StratMLFlavors
{
    public static bool IsPart2(this StratMLFlavor flavor) => flavor != StratMLFlavor.Part1;

    /// <summary>The value of the Part 2 <c>Type</c> attribute.</summary>
    public static string TypeName(this StratMLFlavor flavor) => flavor switch
    {
        StratMLFlavor.Part2StrategicPlan => "Strategic_Plan",
        StratMLFlavor.Part2PerformancePlan => "Performance_Plan",
        StratMLFlavor.Part2PerformanceReport => "Performance_Report",
        _ => throw new ArgumentOutOfRangeException(nameof(flavor), flavor, "Part 1 documents have no Type."),
    };

    public static StratMLFlavor? FromTypeName(string? type) => type switch
    {
        "Strategic_Plan" => StratMLFlavor.Part2StrategicPlan,
        "Performance_Plan" => StratMLFlavor.Part2PerformancePlan,
        "Performance_Report" => StratMLFlavor.Part2PerformanceReport,
        _ => null,
    };
}
