using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks;

/// <summary>
/// One failed check: which rule, how severe, a message a person understands, the JSON Pointer of the element
/// concerned and the pillar it falls under.
/// </summary>
/// <remarks>Immutable; two findings are equal when all their members are. Each member checks its value when set, also in a <c>with</c> expression.</remarks>
public sealed record Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="ruleId">The rule's id, such as <c>OCS301</c>.</param>
    /// <param name="ruleName">The rule's name, such as <c>action-has-lead</c>.</param>
    /// <param name="severity">The effective severity (after the user's settings and the stage).</param>
    /// <param name="message">What is missing or wrong, in the language checked with.</param>
    /// <param name="pointer">The JSON Pointer (RFC 6901) of the element concerned: <c>""</c> for the document, else starting with <c>/</c>.</param>
    /// <param name="pillar">The pillar the element falls under, or <see langword="null"/> for document-wide findings.</param>
    /// <exception cref="ArgumentException">A text is blank, or the pointer is neither empty nor starts with <c>/</c>.</exception>
    public Finding(string ruleId, string ruleName, Severity severity, string message, string pointer, Pillar? pillar)
    {
        RuleId = ruleId;
        RuleName = ruleName;
        Severity = severity;
        Message = message;
        Pointer = pointer;
        Pillar = pillar;
    }

    /// <summary>The rule's id, such as <c>OCS301</c>.</summary>
    public string RuleId { get; init => field = Guard.Against.NullOrWhiteSpace(value); }

    /// <summary>The rule's name, such as <c>action-has-lead</c>.</summary>
    public string RuleName { get; init => field = Guard.Against.NullOrWhiteSpace(value); }

    /// <summary>The effective severity.</summary>
    public Severity Severity { get; init => field = Guard.Against.Undefined(value); }

    /// <summary>What is missing or wrong.</summary>
    public string Message { get; init => field = Guard.Against.NullOrWhiteSpace(value); }

    /// <summary>The JSON Pointer of the element concerned; <c>""</c> is the document itself.</summary>
    public string Pointer
    {
        get;
        init => field = Guard.Against.Null(value).Length == 0 || value[0] == '/'
            ? value
            : throw new ArgumentException($"'{value}' is not a JSON Pointer: it must be empty or start with '/'.", nameof(Pointer));
    }

    /// <summary>The pillar the element falls under, or <see langword="null"/>.</summary>
    public Pillar? Pillar { get; init => field = value is { } p ? Guard.Against.Undefined(p) : null; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{FormatNames.Of(Severity)} {RuleId} {RuleName} at '{Pointer}': {Message}";

    /// <summary>
    /// The order findings are reported in: most severe first, then by rule id, then by pointer in document order
    /// (array indices compare as numbers), then by message.
    /// </summary>
    public static IComparer<Finding> ReportOrder { get; } = Comparer<Finding>.Create(static (a, b) =>
    {
        var c = b.Severity.CompareTo(a.Severity);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.RuleId, b.RuleId);
        }

        if (c == 0)
        {
            c = JsonPointerComparer.Instance.Compare(a.Pointer, b.Pointer);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    });
}

/// <summary>Compares JSON Pointers in document order: segment by segment, array indices as numbers.</summary>
internal sealed class JsonPointerComparer : IComparer<string>
{
    public static JsonPointerComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var a = x.AsSpan();
        var b = y.AsSpan();
        while (true)
        {
            if (a.IsEmpty || b.IsEmpty)
            {
                return a.Length.CompareTo(b.Length);
            }

            a = a[1..];
            b = b[1..];
            var ea = a.IndexOf('/');
            var eb = b.IndexOf('/');
            var sa = ea < 0 ? a : a[..ea];
            var sb = eb < 0 ? b : b[..eb];
            int c;
            if (IsIndex(sa) && IsIndex(sb))
            {
                c = sa.Length != sb.Length ? sa.Length.CompareTo(sb.Length) : sa.SequenceCompareTo(sb);
            }
            else
            {
                c = sa.SequenceCompareTo(sb);
            }

            if (c != 0)
            {
                return c;
            }

            a = ea < 0 ? [] : a[ea..];
            b = eb < 0 ? [] : b[eb..];
        }
    }

    private static bool IsIndex(ReadOnlySpan<char> segment) =>
        !segment.IsEmpty && !segment.ContainsAnyExceptInRange('0', '9');
}
