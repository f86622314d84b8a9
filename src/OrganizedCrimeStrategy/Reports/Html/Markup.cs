namespace OrganizedCrimeStrategy.Reports.Html;

/// <summary>
/// A piece of HTML that may go into a document as it is: the only type <see cref="HtmlWriter"/> writes without escaping
/// (besides the literal parts of its interpolated strings, which are the code's own).
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="Markup"/> comes from <see cref="HtmlWriter.Fragment"/> (built by the writer, so every value in it is
/// escaped), from <see cref="Escaped"/> (escaped text), or from <see cref="Raw"/>, the one door for HTML that was not
/// built here: a test counts its callers, so each is visible and argued for where it is.
/// </para>
/// <para>There is no conversion from <see cref="string"/>: text that is not markup can only be escaped. <c>default</c> is empty.</para>
/// </remarks>
internal readonly struct Markup
{
    private readonly string? _html;

    private Markup(string html) => _html = html;

    /// <summary>No markup at all.</summary>
    public static Markup Empty => default;

    /// <summary>The HTML.</summary>
    public string Html => _html ?? string.Empty;

    /// <summary>Text as markup: escaped.</summary>
    /// <param name="text">The text; <see langword="null"/> is empty.</param>
    /// <returns>The escaped text.</returns>
    public static Markup Escaped(string? text) => new(HtmlText.Escape(text));

    /// <summary>
    /// HTML taken as it is, unchecked. Only for HTML the library itself made or holds (the writer's own fragments, the
    /// embedded stylesheet), never for text from a document or a label.
    /// </summary>
    /// <param name="html">Markup that is known to be safe.</param>
    /// <returns>The markup.</returns>
    public static Markup Raw(string html) => new(html);

    /// <summary>The HTML.</summary>
    /// <returns><see cref="Html"/>.</returns>
    public override string ToString() => Html;
}
