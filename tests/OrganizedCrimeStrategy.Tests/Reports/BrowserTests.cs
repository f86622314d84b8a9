using System.Diagnostics;
using System.Text.RegularExpressions;
using OrganizedCrimeStrategy.Reports;

namespace OrganizedCrimeStrategy.Tests.Reports;

/// <summary>
/// The sample's report in a real browser: headless Chromium loads it from a file with no network, logs no console
/// message, shows every section, and takes screenshots that are kept in <c>TestResults/</c> of the test's output
/// folder and in <c>/tmp/ocs-report*.png</c> (so that a person can look at them). Without Chromium the tests are
/// skipped with the reason, unless OCS_REQUIRE_BROWSER=1 (as in CI), where that is a failure. OCS_CHROMIUM names
/// another browser binary.
/// </summary>
public sealed partial class BrowserTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly string _folder = Directory.CreateTempSubdirectory("ocs-browser-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A browser process that outlived its kill may still hold a file; the temp folder is cleaned by the system.
        }
    }

    /// <summary>Where the screenshots are kept.</summary>
    public static string ResultsFolder => Path.Combine(AppContext.BaseDirectory, "TestResults");

    [GeneratedRegex(@":CONSOLE|Uncaught|Failed to load resource|net::ERR_", RegexOptions.IgnoreCase)]
    private static partial Regex ConsoleProblem();

    private sealed record Run(int ExitCode, string Out, string Error)
    {
        public IReadOnlyList<string> ConsoleProblems =>
            [.. Error.Split('\n').Where(l => ConsoleProblem().IsMatch(l)).Select(l => l.Trim())];
    }

    [Fact]
    public void The_sample_report_loads_with_no_console_message_and_shows_every_section()
    {
        var browser = Browser();
        foreach (var language in new[] { "en", "ru" })
        {
            var page = WriteReport(language);

            var dom = Launch(browser, "--dump-dom", new Uri(page).AbsoluteUri);

            Assert.Equal(0, dom.ExitCode);
            Assert.Empty(dom.ConsoleProblems);
            Assert.Contains($"<html lang=\"{language}\">", dom.Out, StringComparison.Ordinal);
            foreach (var id in HtmlReport.SectionIds)
            {
                Assert.Matches($"<(section|header) [^>]*id=\"{id}\"", dom.Out);
            }

            Assert.Single(Regex.Matches(dom.Out, "<h1[ >]"));
            Assert.Equal(Regex.Matches(File.ReadAllText(page), "<svg ").Count, Regex.Matches(dom.Out, "<svg ").Count);
            Assert.Equal(4, Regex.Matches(dom.Out, "<svg class=\"timeline\"").Count);
            Assert.Contains("<table class=\"matrix\">", dom.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Screenshots_of_the_sample_report_are_kept_for_people_to_look_at()
    {
        var browser = Browser();
        Directory.CreateDirectory(ResultsFolder);
        foreach (var (language, name, height) in new[] { ("en", "report", 2400), ("en", "report-full", 10500), ("ru", "report-ru", 2400) })
        {
            var page = WriteReport(language);
            var png = Path.Combine(_folder, name + ".png");

            var shot = Launch(browser, $"--screenshot={png}", $"--window-size=1400,{height}", "--hide-scrollbars", new Uri(page).AbsoluteUri);

            Assert.Equal(0, shot.ExitCode);
            Assert.Empty(shot.ConsoleProblems);
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 20_000, $"The screenshot has only {bytes.Length} bytes.");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            File.Copy(png, Path.Combine(ResultsFolder, name + ".png"), overwrite: true);
            try
            {
                File.Copy(png, Path.Combine(Path.GetTempPath(), "ocs-" + name + ".png"), overwrite: true);
            }
            catch (UnauthorizedAccessException)
            {
                // Another user's copy is in the way; the one in TestResults is kept.
            }
        }
    }

    [Fact]
    public void The_report_with_markup_in_every_text_loads_with_no_console_message_and_no_element_of_the_markup()
    {
        var browser = Browser();
        var page = Path.Combine(_folder, "hostile.html");
        var html = MarkupInjectionTests.HostileReport("en");
        File.WriteAllText(page, html);

        var dom = Launch(browser, "--dump-dom", new Uri(page).AbsoluteUri);

        Assert.Equal(0, dom.ExitCode);
        Assert.Empty(dom.ConsoleProblems);
        Assert.DoesNotContain("<script", dom.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", dom.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;\"&gt;&lt;img src=x onerror=alert(1)&gt;'&amp;amp;&lt;/style&gt;]]&gt;", dom.Out, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(dom.Out, "<style>"));
        Assert.Equal(Regex.Matches(html, "<svg ").Count, Regex.Matches(dom.Out, "<svg ").Count);
        foreach (var id in HtmlReport.SectionIds)
        {
            Assert.Matches($"<(section|header) [^>]*id=\"{id}\"", dom.Out);
        }
    }

    [Fact]
    public void The_console_check_sees_script_errors()
    {
        // Guards the guard: if Chromium logged console messages some other way, the checks above would pass vacuously.
        var browser = Browser();
        var page = Path.Combine(_folder, "broken.html");
        File.WriteAllText(page, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p>x</p><script>console.error('boom'); missingFunction();</script></body></html>");

        var run = Launch(browser, "--dump-dom", new Uri(page).AbsoluteUri);

        Assert.Contains(run.ConsoleProblems, l => l.Contains("boom", StringComparison.Ordinal));
        Assert.Contains(run.ConsoleProblems, l => l.Contains("Uncaught", StringComparison.Ordinal));
    }

    private string WriteReport(string language)
    {
        var path = Path.Combine(_folder, $"report-{language}.html");
        File.WriteAllText(path, HtmlReportTests.SampleReport(language));
        return path;
    }

    private static string Browser()
    {
        var configured = Environment.GetEnvironmentVariable("OCS_CHROMIUM");
        var candidates = string.IsNullOrWhiteSpace(configured) ? ["/usr/bin/chromium", "/usr/bin/chromium-browser"] : new[] { configured };
        var found = candidates.FirstOrDefault(File.Exists);
        if (found is null)
        {
            var reason = $"Chromium is not installed ({string.Join(", ", candidates)}); install Debian's chromium or set OCS_CHROMIUM to run the browser tests.";
            Assert.False(Environment.GetEnvironmentVariable("OCS_REQUIRE_BROWSER") == "1", reason);
            Assert.Skip(reason);
        }

        return found;
    }

    /// <summary>Runs headless Chromium with a fresh profile, no network and console logging to standard error; kills it after the timeout.</summary>
    private Run Launch(string browser, params string[] args)
    {
        var profile = Directory.CreateTempSubdirectory("ocs-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                WorkingDirectory = _folder,
            };
            foreach (var flag in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--disable-extensions", "--mute-audio",
                "--enable-logging=stderr", "--v=0", $"--user-data-dir={profile}",
            }.Concat(args))
            {
                start.ArgumentList.Add(flag);
            }

            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
                Assert.Fail($"Chromium did not finish within {Timeout.TotalSeconds} s: {string.Join(' ', args)}");
            }

            process.WaitForExit();
            return new Run(process.ExitCode, stdout.Result, stderr.Result);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Left for the system's temp cleaning.
            }
        }
    }
}
