namespace OrganizedCrimeStrategy.Checks;

/// <summary>How much a finding matters. The JSON names are <c>error</c>, <c>warning</c> and <c>info</c>.</summary>
/// <remarks>Values are ordered from least to most severe, so <c>a &gt; b</c> means <c>a</c> is more severe.</remarks>
public enum Severity
{
    /// <summary>Worth knowing; weight 1 in the score.</summary>
    Info,

    /// <summary>Should be fixed; weight 2 in the score.</summary>
    Warning,

    /// <summary>Must be fixed; weight 3 in the score.</summary>
    Error,
}

/// <summary>Helpers for <see cref="Severity"/>.</summary>
public static class SeverityExtensions
{
    /// <summary>The weight of a rule of this severity in the score: error 3, warning 2, info 1.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The weight.</returns>
    public static int Weight(this Severity severity) => severity switch
    {
        Severity.Error => 3,
        Severity.Warning => 2,
        Severity.Info => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a defined severity."),
    };
}
