using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Interchange;

/// <summary>How <see cref="StratML.Export"/> writes a StratML document.</summary>
public sealed record StratMLExportOptions
{
    /// <summary>The default options: English texts, model data embedded, indented.</summary>
    public static StratMLExportOptions Default { get; } = new();

    /// <summary>
    /// The language of the texts written into StratML elements (<c>Name</c>, <c>Description</c>...). A text without
    /// that language falls back as <see cref="Text.Get(string?)"/> does (shorter tags, the neutral entry, the first
    /// non-blank entry). Default <c>en</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is not a well-formed BCP 47 tag.</exception>
    public string Language
    {
        get;
        init => field = FormatRules.IsValidLanguageTag(value)
            ? value
            : throw new ArgumentException($"'{value}' is not a well-formed BCP 47 language tag such as en or uz-Latn.", nameof(Language));
    } = "en";

    /// <summary>
    /// Whether what StratML cannot hold (the other languages of a text, an action's dates, status and budget, an
    /// indicator's data source, the governance parts, extension members...) is embedded as model data in
    /// <c>OtherInformation</c> (see <see cref="StratML"/>), so that <see cref="StratML.Import(Stream, StratMLImportOptions?)"/>
    /// restores the strategy exactly. Default <see langword="true"/>.
    /// </summary>
    /// <remarks>
    /// With <see langword="false"/> only the essential markers are embedded (a direction's pillar, a stakeholder's kind,
    /// a qualitative indicator's scale, which objectives are actions, the strategy's id, country and stage); everything
    /// else without a StratML element is left out and listed in <see cref="StratMLDocument.Warnings"/>.
    /// </remarks>
    public bool EmbedModelData { get; init; } = true;

    /// <summary>Whether to indent the XML (two spaces, line feeds). Default <see langword="true"/>.</summary>
    public bool Indented { get; init; } = true;
}
