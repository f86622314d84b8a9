namespace OrganizedCrimeStrategy.Cli;

/// <summary>Where the tool writes, and whether a person watches: tests pass their own writers.</summary>
/// <param name="Out">Standard output: results only, so that redirecting it gives a clean file.</param>
/// <param name="Error">Standard error: failures, progress and messages for people.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (progress is shown only then).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsErrorRedirected) { In = Console.OpenStandardInput() };

    /// <summary>Standard input, read where a file name is <c>-</c>; empty unless set.</summary>
    public Stream In { get; init; } = Stream.Null;

    /// <summary>The clock for defaults such as today's date: the library never reads it, tests set their own.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Success; for <c>check</c>, no finding at or above <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary><c>check</c>: a finding at or above <c>--fail-on</c>; <c>format --check</c>: not canonical; <c>diff</c>: never.</summary>
    public const int Findings = 1;

    /// <summary>A file cannot be read or written, or the arguments are wrong.</summary>
    public const int Error = 2;
}
