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
/// <remarks>
/// Not a failure (the import succeeded), but placed and printed like a <see cref="Diagnostic"/>:
/// <c>line:column: place kind: message</c>, without <c>line:column: </c> when the line is unknown.
/// </remarks>
/// <param name="Kind">What is reported.</param>
/// <param name="Place">An XPath-like location of the element, such as <c>/StrategicPlan/StrategicPlanCore/Goal[2]/Objective[1]/Stakeholder</c>.</param>
/// <param name="Line">The 1-based line of the element, where known.</param>
/// <param name="Column">The 1-based column in the line, where known.</param>
/// <param name="Message">A sentence a person understands.</param>
/// <param name="KeptAt">The JSON Pointer, in the imported strategy, of the extension member that keeps the content; <see langword="null"/> when nothing is kept.</param>
public sealed record ImportNote(ImportNoteKind Kind, string Place, int? Line, int? Column, string Message, string? KeptAt = null)
{
    /// <summary>The kind as written in documentation: <c>unmapped</c>, <c>assumption</c>, <c>conflict</c>.</summary>
    public string KindName => FormatNames.Of(Kind);

    /// <summary>One line: place, kind and message, and where the content is kept.</summary>
    /// <returns>The note as text.</returns>
    public override string ToString()
    {
        var kept = KeptAt is null ? string.Empty : $" (kept at {KeptAt})";
        return Diagnostic.Format(Line, Column, Place, KindName, Message + kept);
    }
}

/// <summary>A strategy imported from StratML, with what the import has to report.</summary>
/// <param name="Strategy">
/// The strategy. It passed every check of the JSON reader; like a JSON document, it may have an id used twice or a
/// reference to no stakeholder (the rules OCS001 and OCS002 report them).
/// </param>
/// <param name="Flavor">The kind of document read.</param>
/// <param name="Notes">Every unmapped element, assumption and conflict, in document order; empty for a document exported with embedded model data.</param>
public sealed record StratMLImport(Strategy Strategy, StratMLFlavor Flavor, EquatableArray<ImportNote> Notes)
{
    /// <summary>The notes about elements the model has no place for.</summary>
    public IEnumerable<ImportNote> Unmapped => Notes.Where(n => n.Kind == ImportNoteKind.Unmapped);
}
