namespace OrganizedCrimeStrategy.Checks.Output;

/// <summary>How to write SARIF: where the checked file is and how to find a pointer's line and column in it.</summary>
/// <remarks>
/// With both <see cref="ArtifactUri"/> and <see cref="Locate"/>, each result gets a <c>physicalLocation</c> with
/// <c>artifactLocation.uri</c> and <c>region.startLine</c>/<c>startColumn</c>; the JSON reader supplies such a locator.
/// </remarks>
public sealed record SarifOptions
{
    /// <summary>No physical locations: results carry the JSON Pointer as a logical location only.</summary>
    public static SarifOptions Default { get; } = new();

    /// <summary>The URI of the checked document as SARIF consumers should show it (<c>strategy.json</c>, <c>file:///...</c>).</summary>
    public string? ArtifactUri { get; init; }

    /// <summary>Finds the 1-based line and column of a JSON Pointer in the document, or <see langword="null"/> when it cannot.</summary>
    public Func<string, (int Line, int Column)?>? Locate { get; init; }

    /// <summary>The tool version written in <c>tool.driver.version</c>; the library's version when <see langword="null"/>.</summary>
    public string? ToolVersion { get; init; }
}
