using System.Diagnostics;
using OrganizedCrimeStrategy.Cli;

namespace OrganizedCrimeStrategy.Tests.Cli;

/// <summary>Runs the tool in-process (fast, for most tests) or as a real process (for what only a process shows).</summary>
internal static class Ocs
{
    public sealed record Result(int Code, string Out, string Error);

    public static Result Run(params string[] args) => Run(false, args);

    public static Result Run(bool errorIsTerminal, params string[] args) => Run(errorIsTerminal, Stream.Null, args);

    /// <summary>Runs the tool with <paramref name="input"/> (UTF-8) as its standard input.</summary>
    public static Result RunWithInput(string input, params string[] args)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input), writable: false);
        return Run(false, stream, args);
    }

    private static Result Run(bool errorIsTerminal, Stream input, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = OcsApp.Run(args, new CliConsole(output, error, errorIsTerminal) { In = input });
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>dotnet ocs.dll</c> from the test's output folder, with its standard streams redirected.</summary>
    public static Result Process(string workingDirectory, params string[] args) => ProcessWithInput(workingDirectory, string.Empty, args);

    /// <summary>Runs <c>dotnet ocs.dll</c> with <paramref name="input"/> written to its standard input.</summary>
    public static Result ProcessWithInput(string workingDirectory, string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ocs.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("ocs did not finish within two minutes.");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
