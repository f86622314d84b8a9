using System.Collections;

namespace OrganizedCrimeStrategy.Json;

/// <summary>Why a document could not be read. The names in JSON and in documentation are the camelCase forms (<c>duplicateMember</c>).</summary>
public enum ReadFailureCode
{
    /// <summary>Not JSON, or not strict JSON (comments, trailing commas, NaN, a second value...).</summary>
    Syntax,

    /// <summary>Nested deeper than the configured limit (64 by default).</summary>
    TooDeep,

    /// <summary>Larger than the configured limit (64 MiB by default).</summary>
    TooLarge,

    /// <summary>The same member twice in one object.</summary>
    DuplicateMember,

    /// <summary>A required member is absent.</summary>
    MissingMember,

    /// <summary>A value has the wrong JSON type (a number where a string belongs...).</summary>
    WrongType,

    /// <summary>A value has the right type but breaks a rule: a bad id, date, country, enum name or scale level.</summary>
    InvalidValue,

    /// <summary>Two elements share an id.</summary>
    DuplicateId,

    /// <summary>A reference names no stakeholder.</summary>
    DanglingReference,

    /// <summary>The document's major format version is not 1.</summary>
    UnsupportedVersion,

    /// <summary>The file or stream could not be read at all (missing, a directory, no permission).</summary>
    Io,
}

/// <summary>One problem found while reading a strategy document.</summary>
/// <param name="Code">The stable failure code.</param>
/// <param name="Message">A sentence a person understands.</param>
/// <param name="Pointer">The JSON Pointer of the place, such as <c>/directions/0/objectives/2/actions/1/lead</c>; empty for the root.</param>
/// <param name="Line">The 1-based line in the text, where known.</param>
/// <param name="Column">The 1-based column (in characters) in the text, where known.</param>
public sealed record ReadFailure(ReadFailureCode Code, string Message, string Pointer, int? Line = null, int? Column = null)
{
    /// <summary>The code as written in JSON and documentation: <c>syntax</c>, <c>duplicateMember</c>...</summary>
    public string CodeName => Model.FormatNames.Of(Code);

    /// <summary>One line: place, code and message, such as <c>12:7 /stakeholders/0/kind invalidValue: ...</c>.</summary>
    /// <returns>The failure as text.</returns>
    public override string ToString()
    {
        var place = Line is { } line ? $"{line}:{Column ?? 0} " : string.Empty;
        var pointer = Pointer.Length == 0 ? "/" : Pointer;
        return $"{place}{pointer} {CodeName}: {Message}";
    }
}

/// <summary>The failures of one read, in the order they were found (syntax and limits first).</summary>
public sealed class ReadFailures : IReadOnlyList<ReadFailure>
{
    private readonly IReadOnlyList<ReadFailure> _failures;

    internal ReadFailures(IReadOnlyList<ReadFailure> failures) => _failures = failures;

    /// <inheritdoc/>
    public int Count => _failures.Count;

    /// <inheritdoc/>
    public ReadFailure this[int index] => _failures[index];

    /// <inheritdoc/>
    public IEnumerator<ReadFailure> GetEnumerator() => _failures.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Every failure, one per line.</summary>
    /// <returns>The failures as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, _failures);
}
