using System.Globalization;
using OrganizedCrimeStrategy.Checks.Messages;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Checks.Output;

/// <summary>Pieces the human-readable writers share.</summary>
internal static class ReportText
{
    public static string Number(double score) => score.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    public static string Severity(MessageFormatter messages, Severity severity) => messages.Format("severity." + FormatNames.Of(severity));

    public static string Pillar(MessageFormatter messages, Pillar pillar) => messages.Format("pillar." + FormatNames.Of(pillar));

    public static string Location(MessageFormatter messages, string pointer) => pointer.Length == 0 ? messages.Format("report.document") : pointer;

    public static string Score(MessageFormatter messages, Score score) => messages.Format(
        "report.score",
        ("score", Number(score.Value)),
        ("passed", Count(score.Checks.Passed)),
        ("applicable", Count(score.Checks.Applicable)));

    public static string Counts(MessageFormatter messages, CheckResult result)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var finding in result.Findings)
        {
            _ = finding.Severity switch
            {
                Checks.Severity.Error => errors++,
                Checks.Severity.Warning => warnings++,
                _ => infos++,
            };
        }

        return messages.Format("report.counts", ("errors", Count(errors)), ("warnings", Count(warnings)), ("infos", Count(infos)));
    }

    /// <summary>The findings grouped for people: document-wide first, then each pillar; within a group, report order (most severe first).</summary>
    public static IEnumerable<(Pillar? Pillar, IReadOnlyList<Finding> Findings)> Groups(CheckResult result)
    {
        var groups = new List<Finding>[5];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = [];
        }

        foreach (var finding in result.Findings)
        {
            groups[finding.Pillar is { } p ? 1 + (int)p : 0].Add(finding);
        }

        yield return (null, groups[0]);
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            yield return (pillar, groups[1 + (int)pillar]);
        }
    }
}
