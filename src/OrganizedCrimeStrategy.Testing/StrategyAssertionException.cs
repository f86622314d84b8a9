using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Testing;

/// <summary>
/// Thrown by <see cref="StrategyAssertions"/> when a strategy does not meet an expectation. Its message lists the
/// findings concerned, one per line; any test framework reports it as a failure.
/// </summary>
public sealed class StrategyAssertionException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public StrategyAssertionException()
        : this("The strategy does not meet the expectation.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public StrategyAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The cause.</param>
    public StrategyAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the findings concerned.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="findings">The findings concerned.</param>
    public StrategyAssertionException(string message, IEnumerable<Finding> findings)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Findings = findings.ToEquatableArray();
    }

    /// <summary>The findings that broke the expectation (empty when none, such as for a rule that did not fail).</summary>
    public EquatableArray<Finding> Findings { get; }
}
