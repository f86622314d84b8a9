using OrganizedCrimeStrategy.IO;
using System.Collections.Immutable;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using OneOf;
using OneOf.Types;
using OrganizedCrimeStrategy.Json;

namespace OrganizedCrimeStrategy.Interchange;

/// <summary>Something of the strategy that an export could not represent in the StratML document.</summary>
/// <param name="Pointer">The JSON Pointer of the member in the strategy (format 1.0), such as <c>/directions/0/objectives/1/actions/0/budget</c>.</param>
/// <param name="Message">What was left out or changed, and why.</param>
public sealed record ExportWarning(string Pointer, string Message)
{
    /// <summary>One line: pointer and message.</summary>
    /// <returns>The warning as text.</returns>
    public override string ToString() => $"{(Pointer.Length == 0 ? "/" : Pointer)}: {Message}";
}

/// <summary>
/// A StratML document written by <see cref="StratML.Export"/>: its UTF-8 text and the warnings of the export.
/// </summary>
/// <remarks>
/// The document is immutable: <see cref="ToXDocument"/> parses a new <see cref="XDocument"/> at each call.
/// <see cref="Warnings"/> is empty when the document holds the whole strategy (the default, with embedded model data).
/// </remarks>
public sealed class StratMLDocument
{
    private readonly byte[] _utf8;

    internal StratMLDocument(StratMLFlavor flavor, byte[] utf8, ImmutableArray<ExportWarning> warnings)
    {
        Flavor = flavor;
        _utf8 = utf8;
        Warnings = warnings;
    }

    /// <summary>The kind of document.</summary>
    public StratMLFlavor Flavor { get; }

    /// <summary>The document as UTF-8 bytes (with an XML declaration, no byte order mark).</summary>
    public ReadOnlyMemory<byte> Utf8 => _utf8;

    /// <summary>What the export could not represent, in document order; empty when nothing was lost.</summary>
    public IReadOnlyList<ExportWarning> Warnings { get; }

    /// <summary>The document as text.</summary>
    /// <returns>The XML.</returns>
    public override string ToString() => Encoding.UTF8.GetString(_utf8);

    /// <summary>Parses the document into a new <see cref="XDocument"/> (with line information), for callers that validate or transform it.</summary>
    /// <returns>The document.</returns>
    public XDocument ToXDocument()
    {
        using var stream = new MemoryStream(_utf8, writable: false);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    /// <summary>Writes the document to a stream.</summary>
    /// <param name="stream">The destination; not closed.</param>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(_utf8);
    }

    /// <summary>Writes the document to a file atomically: a failed write leaves the old file as it was.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Success, or why the file could not be written.</returns>
    public OneOf<Success, WriteFailure> WriteFile(string path) => AtomicFile.Write(path, WriteTo);
}
