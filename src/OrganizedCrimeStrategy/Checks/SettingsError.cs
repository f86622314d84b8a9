using Ardalis.GuardClauses;

namespace OrganizedCrimeStrategy.Checks;

/// <summary>What is wrong with a settings file.</summary>
public enum SettingsErrorCode
{
    /// <summary>The text is not JSON (or not strict JSON: comments, trailing commas...).</summary>
    Syntax,

    /// <summary>A value has the wrong JSON type (the root is not an object, a level is not a string...).</summary>
    WrongType,

    /// <summary>A member the settings format does not know.</summary>
    UnknownMember,

    /// <summary>A member given twice in one object.</summary>
    DuplicateMember,

    /// <summary><c>extends</c> names a ruleset that does not exist.</summary>
    UnknownRuleSet,

    /// <summary>A rule id that is neither built in nor one of the user's own rules.</summary>
    UnknownRule,

    /// <summary>A level other than <c>off</c>, <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    UnknownSeverity,

    /// <summary>A stage that the format does not define.</summary>
    UnknownStage,

    /// <summary>The file cannot be read.</summary>
    Io,
}

/// <summary>One problem of a settings file, with its place.</summary>
/// <remarks>Immutable.</remarks>
public sealed record SettingsError
{
    /// <summary>Describes a problem.</summary>
    /// <param name="code">What is wrong.</param>
    /// <param name="message">A sentence a person understands.</param>
    /// <param name="pointer">The JSON Pointer of the place (<c>/rules/OCS999</c>), <c>""</c> for the whole file.</param>
    /// <param name="line">The 1-based line, when known.</param>
    /// <param name="column">The 1-based column (in characters), when known.</param>
    public SettingsError(SettingsErrorCode code, string message, string pointer, int? line, int? column)
    {
        Code = Guard.Against.Undefined(code);
        Message = Guard.Against.NullOrWhiteSpace(message);
        Pointer = Guard.Against.Null(pointer);
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong.</summary>
    public SettingsErrorCode Code { get; }

    /// <summary>A sentence a person understands.</summary>
    public string Message { get; }

    /// <summary>The JSON Pointer of the place.</summary>
    public string Pointer { get; }

    /// <summary>The 1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column, when known.</summary>
    public int? Column { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        Line is { } line ? $"({line},{Column}) {Pointer}: {Message}" : $"{Pointer}: {Message}";
}
