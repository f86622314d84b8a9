using OrganizedCrimeStrategy.IO;
using System.Runtime.InteropServices;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Interchange;

/// <summary>
/// Exports strategies to StratML (Strategy Markup Language, ISO 17469-1 Part 1 and ANSI/AIIM Part 2) and imports
/// StratML documents, so that governments and tools that speak StratML can exchange strategies with this library.
/// </summary>
/// <remarks>
/// <para><b>Mapping.</b> Each model element becomes the StratML element closest to it:</para>
/// <list type="table">
/// <listheader><term>Model (format 1.0)</term><description>StratML</description></listheader>
/// <item><term>strategy title</term><description>root <c>Name</c></description></item>
/// <item><term>strategy id</term><description>Part 2: <c>AdministrativeInformation/Identifier</c>; Part 1: model data</description></item>
/// <item><term>period</term><description><c>AdministrativeInformation/StartDate</c>, <c>EndDate</c></description></item>
/// <item><term>vision</term><description><c>StrategicPlanCore/Vision/Description</c></description></item>
/// <item><term>stakeholder (id, name, acronym)</term><description><c>StrategicPlanCore/Organization</c> (<c>Identifier</c>, <c>Name</c>, <c>Acronym</c>); kind and parent in model data in its <c>Description</c></description></item>
/// <item><term>direction (id, title, summary, pillar)</term><description><c>Goal</c> (<c>Identifier</c>, <c>Name</c>, <c>Description</c>, <c>SequenceIndicator</c>); the pillar in model data in <c>OtherInformation</c></description></item>
/// <item><term>objective</term><description><c>Objective</c> in its Goal</description></item>
/// <item><term>action</term><description>an <c>Objective</c> right after its objective in the same Goal, marked <c>ocs:action</c> in <c>OtherInformation</c>; <c>SequenceIndicator</c> 1.2.3 shows the nesting</description></item>
/// <item><term>action lead, partners, funding source</term><description><c>Stakeholder</c> (<c>StakeholderTypeType="Organization"</c>) named like the Organization, with Role <c>Lead</c> or <c>Partner</c> (<c>RoleType</c> Performer) or <c>Funding source</c>; Part 1 has no Role: the role is the Stakeholder's <c>Description</c></description></item>
/// <item><term>action target groups</term><description><c>Stakeholder</c> (<c>Generic_Group</c>) with Role <c>Target group</c> (<c>RoleType</c> Beneficiary)</description></item>
/// <item><term>indicator (Part 2)</term><description><c>PerformanceIndicator</c>: <c>MeasurementDimension</c> = name, <c>UnitOfMeasurement</c> = unit (qualitative: the scale, <c>none &lt; drafted &lt; adopted</c>), <c>Identifier</c>, <c>PerformanceIndicatorType</c>, <c>ValueChainStage</c> (impact is written as Outcome)</description></item>
/// <item><term>baseline</term><description><c>MeasurementInstance/ActualResult</c> with <c>Descriptor/DescriptorName</c> <c>Baseline</c></description></item>
/// <item><term>target</term><description><c>MeasurementInstance/TargetResult</c></description></item>
/// <item><term>measurements</term><description>Performance_Report: <c>MeasurementInstance/ActualResult</c> (<c>EndDate</c>, <c>NumberOfUnits</c> or <c>Descriptor/DescriptorValue</c>, note as <c>Description</c>); other flavors: model data</description></item>
/// </list>
/// <para>
/// <b>Model data.</b> What StratML cannot hold exactly travels in the element's <c>OtherInformation</c> (an
/// Organization's <c>Description</c>, as Organization has no OtherInformation) as lines <c>ocs:&lt;key&gt; &lt;JSON&gt;</c>:
/// <c>ocs:language en</c> and <c>ocs:strategy {...}</c> at the root, <c>ocs:stakeholder</c>, <c>ocs:direction</c>,
/// <c>ocs:objective</c>, <c>ocs:action</c>, <c>ocs:indicator</c>. The JSON object holds, under their format 1.0 names,
/// the members that have no StratML element (a direction's <c>pillar</c>, an action's dates, status and budget, the
/// governance parts, extension members...) and, whole, those whose element holds them only in part: a text in several
/// languages (StratML gets <see cref="StratMLExportOptions.Language"/>, the model data all of them), a value with white
/// space at its ends or characters XML cannot carry, an ambiguous stakeholder name. Import takes the model data
/// where the StratML element still renders to it, and the StratML element where another tool has changed it
/// since the export (a <see cref="ImportNoteKind.Conflict"/> note; an edited text replaces that one language).
/// Where the model data states what StratML renders only as a picture of it (an action's stakeholders when a name is
/// ambiguous, a qualitative scale, results whose numbers no <c>xsd:decimal</c> validator accepts), the model data
/// wins and those StratML elements are not read. So model → StratML → model gives back an equal strategy.
/// </para>
/// <para>
/// <b>Documents from other tools.</b> Import maps what the table names, generates ids where an <c>Identifier</c>
/// is missing or not an id of the format, takes a goal's pillar from a line <c>pillar: protect</c> in its
/// <c>OtherInformation</c> or from a pillar's name in its name or description, and fills what StratML lacks (country,
/// stage, a stakeholder's kind) with <see cref="StratMLImportOptions"/> defaults, each reported as an
/// <see cref="ImportNoteKind.Assumption"/>. Every element or attribute without a place in the model (Mission, Value,
/// a goal's stakeholders, Relationship, a second target...) is kept as JSON in the extension member <c>x-stratml</c>
/// of the nearest model element and reported as <see cref="ImportNoteKind.Unmapped"/>: nothing is dropped silently.
/// </para>
/// <para>
/// <b>Security and limits.</b> Import refuses a DTD (so no entity is expanded and nothing external is fetched: no
/// billion laughs, no XXE), uses no resolver, stops at <see cref="StratMLImportOptions.MaxBytes"/> (64 MiB) as it
/// reads, without buffering the whole input, at <see cref="StratMLImportOptions.MaxElements"/> and at
/// <see cref="StratMLImportOptions.MaxDepth"/>, so memory stays bounded. Bad input never
/// throws: it gives a <see cref="DiagnosticList"/>, each <see cref="Diagnostic"/> with a code, a place, a line and a column.
/// </para>
/// <example>
/// <code>
/// var report = StratML.Export(strategy, StratMLFlavor.Part2PerformanceReport);
/// report.WriteFile("uzbekistan.stratml.xml");
///
/// StratML.ImportFile("plan.xml").Switch(
///     imported => { foreach (var note in imported.Notes) Console.WriteLine(note); },
///     failures => Console.Error.WriteLine(failures));
/// </code>
/// </example>
/// </remarks>
public static class StratML
{
    /// <summary>The namespace of StratML Part 1 (ISO 17469-1), root <c>StrategicPlan</c>.</summary>
    public const string Part1Namespace = "urn:ISO:std:iso:17469:tech:xsd:stratml_core";

    /// <summary>The namespace of StratML Part 2, root <c>PerformancePlanOrReport</c>.</summary>
    public const string Part2Namespace = "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport";

    /// <summary>The media type of StratML documents (XML).</summary>
    public const string MediaType = "application/xml";

    internal const string Part1Root = "StrategicPlan";
    internal const string Part2Root = "PerformancePlanOrReport";

    /// <summary>Writes a strategy as a StratML document that validates against the flavor's XSD.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="flavor">Part 1, or Part 2 with its Type.</param>
    /// <param name="options">Language, model data and layout; <see cref="StratMLExportOptions.Default"/> when omitted.</param>
    /// <returns>The document and its warnings (empty when the document holds the whole strategy).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strategy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flavor"/> is not defined.</exception>
    public static StratMLDocument Export(Strategy strategy, StratMLFlavor flavor, StratMLExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        if (!Enum.IsDefined(flavor))
        {
            throw new ArgumentOutOfRangeException(nameof(flavor), flavor, "Not a StratML flavor.");
        }

        return StratMLWriter.Write(strategy, flavor, options ?? StratMLExportOptions.Default);
    }

    /// <summary>Imports a StratML Part 1 or Part 2 document from a stream.</summary>
    /// <param name="stream">The document in its declared encoding (UTF-8 by default); read up to the size limit, not closed.</param>
    /// <param name="options">Limits and defaults; <see cref="StratMLImportOptions.Default"/> when omitted.</param>
    /// <returns>The strategy with the import's notes, or the failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static OneOf.OneOf<StratMLImport, DiagnosticList> Import(Stream stream, StratMLImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= StratMLImportOptions.Default;
        return Finish(SecureXml.Load(stream, options), options);
    }

    /// <summary>Imports a StratML document from bytes.</summary>
    /// <param name="bytes">The document in its declared encoding (UTF-8 by default).</param>
    /// <param name="options">Limits and defaults; <see cref="StratMLImportOptions.Default"/> when omitted.</param>
    /// <returns>The strategy with the import's notes, or the failures.</returns>
    public static OneOf.OneOf<StratMLImport, DiagnosticList> Import(ReadOnlyMemory<byte> bytes, StratMLImportOptions? options = null)
    {
        using var stream = MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
        return Import(stream, options);
    }

    /// <summary>Imports a StratML document from a string.</summary>
    /// <param name="xml">The document.</param>
    /// <param name="options">Limits and defaults (the size limit counts the text's UTF-8 bytes); <see cref="StratMLImportOptions.Default"/> when omitted.</param>
    /// <returns>The strategy with the import's notes, or the failures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is null.</exception>
    public static OneOf.OneOf<StratMLImport, DiagnosticList> Import(string xml, StratMLImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        options ??= StratMLImportOptions.Default;
        return Finish(SecureXml.Load(xml, options), options);
    }

    /// <summary>Imports a StratML document from a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits and defaults; <see cref="StratMLImportOptions.Default"/> when omitted.</param>
    /// <returns>The strategy with the import's notes, or the failures (an <see cref="DiagnosticCode.Io"/> diagnostic when the file cannot be read).</returns>
    public static OneOf.OneOf<StratMLImport, DiagnosticList> ImportFile(string path, StratMLImportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
            return Import(stream, options);
        }
        catch (Exception exception) when (FileErrors.IsFileError(exception))
        {
            return new DiagnosticList(new Diagnostic(DiagnosticCode.Io, FileErrors.CannotRead(path, exception, null), string.Empty));
        }
    }

    private static OneOf.OneOf<StratMLImport, DiagnosticList> Finish(OneOf.OneOf<System.Xml.Linq.XElement, Diagnostic> loaded, StratMLImportOptions options) =>
        loaded.Match(root => StratMLImporter.Import(root, options), failure => new DiagnosticList(failure));
}
