using Ardalis.GuardClauses;

namespace OrganizedCrimeStrategy.Monitoring;

/// <summary>
/// The thresholds that turn percent achieved and expected progress into a <see cref="ProgressStatus"/>,
/// and the tolerance of <c>maintain</c> indicators. Change them with a <c>with</c> expression:
/// <c>ProgressThresholds.Default with { OnTrackTolerance = 5 }</c>.
/// </summary>
/// <remarks>
/// <para>With <c>p</c> the raw percent achieved and <c>e</c> the expected progress at the as-of date, a status is, in this order:</para>
/// <list type="number">
/// <item><description><see cref="ProgressStatus.Achieved"/> when <c>p ≥ AchievedPercent</c> (default 100);</description></item>
/// <item><description><see cref="ProgressStatus.OnTrack"/> when <c>p ≥ e − OnTrackTolerance</c> (default 10 points);</description></item>
/// <item><description><see cref="ProgressStatus.AtRisk"/> when <c>p ≥ e − AtRiskTolerance</c> (default 25 points);</description></item>
/// <item><description><see cref="ProgressStatus.OffTrack"/> otherwise.</description></item>
/// </list>
/// <para>
/// When <see cref="AtRiskTolerance"/> is not above <see cref="OnTrackTolerance"/>, nothing is at risk: an indicator
/// is on track or off track. Immutable; two thresholds are equal when all their members are.
/// </para>
/// </remarks>
public sealed record ProgressThresholds
{
    /// <summary>The defaults: achieved at 100 %, on track within 10 points of the expected progress, at risk within 25, maintain within 5 % of the baseline.</summary>
    public static ProgressThresholds Default { get; } = new();

    /// <summary>The percent achieved at which the target counts as reached; above zero. Default 100.</summary>
    public double AchievedPercent { get; init => field = Positive(value, nameof(AchievedPercent)); } = 100;

    /// <summary>How many percentage points behind the expected progress still count as on track; zero or more. Default 10.</summary>
    public double OnTrackTolerance { get; init => field = NonNegative(value, nameof(OnTrackTolerance)); } = 10;

    /// <summary>How many percentage points behind the expected progress count as at risk rather than off track; zero or more. Default 25.</summary>
    public double AtRiskTolerance { get; init => field = NonNegative(value, nameof(AtRiskTolerance)); } = 25;

    /// <summary>
    /// How far a <c>maintain</c> indicator may stray from its baseline and still count as maintained, as a
    /// fraction of the baseline's magnitude (<c>0.05</c> is 5 %; with a baseline of zero only zero is within); zero or more. Default 0.05.
    /// </summary>
    public double MaintainTolerance { get; init => field = NonNegative(value, nameof(MaintainTolerance)); } = 0.05;

    /// <summary>The status of a percent achieved against an expected progress.</summary>
    /// <param name="percent">The raw percent achieved.</param>
    /// <param name="expected">The expected progress, 0 to 100.</param>
    /// <returns>Achieved, on track, at risk or off track.</returns>
    public ProgressStatus StatusOf(double percent, double expected)
    {
        if (percent >= AchievedPercent)
        {
            return ProgressStatus.Achieved;
        }

        if (percent >= expected - OnTrackTolerance)
        {
            return ProgressStatus.OnTrack;
        }

        return percent >= expected - AtRiskTolerance ? ProgressStatus.AtRisk : ProgressStatus.OffTrack;
    }

    private static double NonNegative(double value, string name) =>
        double.IsFinite(value) ? Guard.Against.Negative(value, name) : throw new ArgumentException("The value must be a finite number.", name);

    private static double Positive(double value, string name) =>
        double.IsFinite(value) ? Guard.Against.NegativeOrZero(value, name) : throw new ArgumentException("The value must be a finite number.", name);
}
