namespace OrganizedCrimeStrategy.Reports.Html;

/// <summary>
/// A part of a document that writes itself (a chart, a table row...): it goes into an interpolated string of
/// <see cref="HtmlWriter"/> as <c>{part}</c>, or alone through <see cref="HtmlWriter.Write{T}(T)"/>, where it streams.
/// </summary>
/// <remarks>An implementation writes through the writer's interpolated strings only, so what it writes is escaped as everything else.</remarks>
internal interface IHtmlContent
{
    /// <summary>Writes the part.</summary>
    /// <param name="writer">Where to write it.</param>
    void WriteTo(HtmlWriter writer);
}
