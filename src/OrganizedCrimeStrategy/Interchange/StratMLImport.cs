using System.Collections;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Interchange;

/// <summary>What an <see cref="ImportNote"/> reports.</summary>
public enum ImportNoteKind
{
    /// <summary>
    /// An element or attribute the model has no place for. It is kept, as JSON, in the extension member
    /// <c>x-stratml</c> of the nearest model element (<see cref="ImportNote.KeptAt"/>), or, where it cannot be, left out.
    /// </summary>
    Unmapped,

    /// <summary>Something the model requires and the document lacks, filled with a default or a guess (a country, a stage, a pillar, an id...).</summary>
    Assumption,

    /// <summary>A StratML element disagrees with the model data embedded next to it (the element was edited by another tool); the message says which won.</summary>
    Conflict,
}

/// <summary>One thing an import reports about the document: an unmapped element, an assumption or a conflict.</summary>
/// <param name="Kind">What is reported.</param>
/// <param name="Location">An XPath-like location of the element, such as <c>/StrategicPlan/StrategicPlanCore/Goal[2]/Objective[1]/Stakeholder</c>.</param>
/// <param name="Line">The 1-based line of the element, where known.</param>
/// <param name="Position">The 1-based position in the line, where known.</param>
/// <param name="Message">A sentence a person understands.</param>
/// <param name="KeptAt">The JSON Pointer, in the imported strategy, of the extension member that keeps the content; <see langword="null"/> when nothing is kept.</param>
public sealed record ImportNote(ImportNoteKind Kind, string Location, int? Line, int? Position, string Message, string? KeptAt = null)
{
    /// <summary>The kind as written in documentation: <c>unmapped</c>, <c>assumption</c>, <c>conflict</c>.</summary>
    public string KindName => FormatNames.Of(Kind);

    /// <summary>One line: place, kind and message.</summary>
    /// <returns>The note as text.</returns>
    public override string ToString()
    {
        var place = Line is { } line ? $"{line}:{Position ?? 0} " : string.Empty;
        var kept = KeptAt is null ? string.Empty : $" (kept at {KeptAt})";
        return $"{place}{Location} {KindName}: {Message}{kept}";
    }
}

/// <summary>A strategy imported from StratML, with what the import has to report.</summary>
/// <param name="Strategy">The strategy. It passed every check of the JSON reader: its ids are unique and its references resolve.</param>
/// <param name="Flavor">The kind of document read.</param>
/// <param name="Notes">Every unmapped element, assumption and conflict, in document order; empty for a document exported with embedded model data.</param>
public sealed record StratMLImport(Strategy Strategy, StratMLFlavor Flavor, EquatableArray<ImportNote> Notes)
{
    /// <summary>The notes about elements the model has no place for.</summary>
    public IEnumerable<ImportNote> Unmapped => Notes.Where(n => n.Kind == ImportNoteKind.Unmapped);
}

/// <summary>Why a StratML document could not be imported. The names in documentation are the camelCase forms (<c>tooLarge</c>).</summary>
public enum ImportFailureCode
{
    /// <summary>Not well-formed XML (or not in its declared encoding).</summary>
    Syntax,

    /// <summary>A document type declaration (DTD), and with it any entity definition, which is refused for security.</summary>
    Prohibited,

    /// <summary>Larger than <see cref="StratMLImportOptions.MaxBytes"/>, or with more elements than <see cref="StratMLImportOptions.MaxElements"/>.</summary>
    TooLarge,

    /// <summary>Nested deeper than <see cref="StratMLImportOptions.MaxDepth"/>.</summary>
    TooDeep,

    /// <summary>Not a StratML document: another root element, or the root in another namespace.</summary>
    NotStratML,

    /// <summary>StratML whose content breaks a rule of the model that the import cannot repair (usually in the embedded model data: a dangling reference, a bad value).</summary>
    InvalidContent,

    /// <summary>The file or stream could not be read.</summary>
    Io,
}

/// <summary>One reason a StratML document could not be imported.</summary>
/// <param name="Code">The stable failure code.</param>
/// <param name="Message">A sentence a person understands.</param>
/// <param name="Location">An XPath-like location of the element concerned; empty when the problem is the document as a whole.</param>
/// <param name="Line">The 1-based line, where known.</param>
/// <param name="Position">The 1-based position in the line, where known.</param>
public sealed record ImportFailure(ImportFailureCode Code, string Message, string Location, int? Line = null, int? Position = null)
{
    /// <summary>The code as written in documentation: <c>syntax</c>, <c>tooLarge</c>...</summary>
    public string CodeName => FormatNames.Of(Code);

    /// <summary>One line: place, code and message, such as <c>3:5 /StrategicPlan syntax: ...</c>.</summary>
    /// <returns>The failure as text.</returns>
    public override string ToString()
    {
        var place = Line is { } line ? $"{line}:{Position ?? 0} " : string.Empty;
        var location = Location.Length == 0 ? "/" : Location;
        return $"{place}{location} {CodeName}: {Message}";
    }
}

/// <summary>The failures of one import, in the order they were found.</summary>
public sealed class ImportFailures : IReadOnlyList<ImportFailure>
{
    private readonly IReadOnlyList<ImportFailure> _failures;

    internal ImportFailures(IReadOnlyList<ImportFailure> failures) => _failures = failures;

    /// <inheritdoc/>
    public int Count => _failures.Count;

    /// <inheritdoc/>
    public ImportFailure this[int index] => _failures[index];

    /// <inheritdoc/>
    public IEnumerator<ImportFailure> GetEnumerator() => _failures.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Every failure, one per line.</summary>
    /// <returns>The failures as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, _failures);
}
