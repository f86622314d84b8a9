using System.Collections;
using System.Globalization;
using Ardalis.GuardClauses;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy;

/// <summary>
/// Why an input could not be used: the stable codes of every area (reading a strategy, reading settings, importing
/// StratML, recording a measurement). In JSON and documentation a code is written in camelCase
/// (<see cref="Diagnostic.CodeName"/>: <c>duplicateMember</c>, <c>notStratML</c>).
/// </summary>
public enum DiagnosticCode
{
    /// <summary>The text is not well-formed: not strict JSON (comments, trailing commas, <c>NaN</c>, a second value...), or not well-formed XML.</summary>
    Syntax,

    /// <summary>Nested deeper than the limit of the area (<c>StrategyReadOptions.MaxDepth</c>, <c>StratMLImportOptions.MaxDepth</c>).</summary>
    TooDeep,

    /// <summary>Larger than the limit of the area (bytes, or StratML elements); the message names the option that sets it.</summary>
    TooLarge,

    /// <summary>The same member twice in one object (or a language twice in one text, or a rule twice in settings).</summary>
    DuplicateMember,

    /// <summary>A required member is absent.</summary>
    MissingMember,

    /// <summary>A value has the wrong JSON type (a number where a string belongs, <c>null</c> for an optional member...).</summary>
    WrongType,

    /// <summary>A value has the right type but breaks a rule: a bad id, date, country, enum name, language tag or scale level.</summary>
    InvalidValue,

    /// <summary>The document's major format version is not 1.</summary>
    UnsupportedVersion,

    /// <summary>The file or stream could not be read at all (missing, a directory, no permission, a failing stream).</summary>
    Io,

    /// <summary>A settings file has a member the settings format does not know.</summary>
    UnknownMember,

    /// <summary>A settings file's <c>extends</c> names a ruleset that does not exist.</summary>
    UnknownRuleSet,

    /// <summary>A settings file names a rule id that is neither built in nor one of the user's own rules.</summary>
    UnknownRule,

    /// <summary>A settings file sets a rule to a level other than <c>off</c>, <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    UnknownSeverity,

    /// <summary>A settings file names a stage the format does not define.</summary>
    UnknownStage,

    /// <summary>A StratML document has a document type declaration (DTD), refused for security.</summary>
    Prohibited,

    /// <summary>Not a StratML document: another root element, or the root in another namespace.</summary>
    NotStratML,

    /// <summary>StratML whose content breaks a rule of the model that the import cannot repair (a bad value in the embedded model data).</summary>
    InvalidContent,

    /// <summary>A measurement names no indicator (the id is unknown, or names another kind of element).</summary>
    UnknownIndicator,

    /// <summary>A quantitative measurement for a qualitative indicator, or the reverse.</summary>
    WrongKind,

    /// <summary>A measured level is not on the indicator's scale.</summary>
    LevelNotOnScale,

    /// <summary>A measurement is dated before the indicator's baseline.</summary>
    BeforeBaseline,
}

/// <summary>
/// One problem that stopped an operation: a code, a message a person understands, and where it is.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Place"/> is a JSON Pointer for JSON inputs (<c>/directions/0/objectives/2/actions/1/lead</c>, <c>""</c>
/// for the whole document), an XPath-like location for XML (<c>/StrategicPlan/StrategicPlanCore/Goal[2]</c>).
/// <see cref="Line"/> and <see cref="Column"/> are 1-based and given together, where the text gives them.
/// </para>
/// <para>
/// <see cref="ToString"/> is the one way a diagnostic is printed: <c>line:column: place code: message</c>, without the
/// <c>line:column: </c> part when the line is unknown, and <c>/</c> for the place <c>""</c>. A tool prints the file's
/// name and a colon before it. Immutable; two diagnostics are equal when all their members are.
/// </para>
/// </remarks>
public sealed record Diagnostic
{
    /// <summary>Describes a problem.</summary>
    /// <param name="code">What is wrong.</param>
    /// <param name="message">A sentence a person understands.</param>
    /// <param name="place">Where: a JSON Pointer, an XPath-like location, or <c>""</c> for the whole input.</param>
    /// <param name="line">The 1-based line, or <see langword="null"/> when unknown.</param>
    /// <param name="column">The 1-based column (in characters), given exactly when <paramref name="line"/> is.</param>
    /// <exception cref="ArgumentException">The code is not defined, the message is blank, or a line or column is not positive or comes without the other.</exception>
    public Diagnostic(DiagnosticCode code, string message, string place, int? line = null, int? column = null)
    {
        Code = Guard.Against.Undefined(code);
        Message = Guard.Against.NullOrWhiteSpace(message);
        Place = Guard.Against.Null(place);
        if (line.HasValue != column.HasValue)
        {
            throw new ArgumentException("A line and a column are given together, or neither is.", nameof(column));
        }

        Line = line is { } l ? Guard.Against.NegativeOrZero(l, nameof(line)) : null;
        Column = column is { } c ? Guard.Against.NegativeOrZero(c, nameof(column)) : null;
    }

    /// <summary>What is wrong.</summary>
    public DiagnosticCode Code { get; }

    /// <summary>
    /// A diagnostic at a location a parser reported, which may be partial or zero (unknown): the location is kept only
    /// when both the line and the column are known, so that reading never throws over a parser's place.
    /// </summary>
    internal static Diagnostic Located(DiagnosticCode code, string message, string place, int? line, int? column) =>
        line is > 0 && column is > 0 ? new(code, message, place, line, column) : new(code, message, place);

    /// <summary>The code as written in JSON and documentation: <c>syntax</c>, <c>duplicateMember</c>, <c>notStratML</c>...</summary>
    public string CodeName => FormatNames.Of(Code);

    /// <summary>A sentence a person understands.</summary>
    public string Message { get; }

    /// <summary>Where: a JSON Pointer, an XPath-like location, or <c>""</c> for the whole input.</summary>
    public string Place { get; }

    /// <summary>The 1-based line, or <see langword="null"/> when unknown.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column in characters, or <see langword="null"/> when unknown.</summary>
    public int? Column { get; }

    /// <summary>One line: <c>line:column: place code: message</c>, such as <c>12:7: /stakeholders/0/kind invalidValue: ...</c>.</summary>
    /// <returns>The diagnostic as text.</returns>
    public override string ToString() => Format(Line, Column, Place, CodeName, Message);

    /// <summary>The one printing convention of places, shared with <see cref="Interchange.ImportNote"/>.</summary>
    internal static string Format(int? line, int? column, string place, string code, string message)
    {
        var where = place.Length == 0 ? "/" : place;
        return line is { } l
            ? string.Create(CultureInfo.InvariantCulture, $"{l}:{column}: {where} {code}: {message}")
            : $"{where} {code}: {message}";
    }
}

/// <summary>The diagnostics of one operation that failed, in the order they were found; at least one.</summary>
/// <remarks>Immutable. <see cref="ToString"/> prints one diagnostic per line.</remarks>
public sealed class DiagnosticList : IReadOnlyList<Diagnostic>
{
    private readonly Diagnostic[] _items;

    /// <summary>Collects the diagnostics of one operation.</summary>
    /// <param name="diagnostics">The diagnostics, in the order found; at least one, none <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The list is empty or holds <see langword="null"/>.</exception>
    public DiagnosticList(IEnumerable<Diagnostic> diagnostics)
    {
        Guard.Against.Null(diagnostics);
        _items = [.. diagnostics];
        Guard.Against.Zero(_items.Length, nameof(diagnostics), "A failed operation has at least one diagnostic.");
        if (Array.IndexOf(_items, null) >= 0)
        {
            throw new ArgumentException("A diagnostic list holds no null.", nameof(diagnostics));
        }
    }

    /// <summary>A list of one diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public DiagnosticList(Diagnostic diagnostic)
        : this([Guard.Against.Null(diagnostic)])
    {
    }

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public Diagnostic this[int index] => _items[index];

    /// <inheritdoc/>
    public IEnumerator<Diagnostic> GetEnumerator() => ((IEnumerable<Diagnostic>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Every diagnostic, one per line (<see cref="Diagnostic.ToString"/>).</summary>
    /// <returns>The diagnostics as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, (IEnumerable<Diagnostic>)_items);
}
