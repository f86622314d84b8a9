using OrganizedCrimeStrategy.Checks;
using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Reports.Html;

namespace OrganizedCrimeStrategy.Reports;

/// <content>Completeness: the score by pillar, then the findings, general ones first, then by pillar.</content>
internal sealed partial class HtmlReportWriter
{
    private void Completeness()
    {
        OpenSection("completeness");
        _w.Line($"<p class=\"intro\">{L("intro.completeness", ("stage", L("stage." + FormatNames.Of(_check.Stage))))}</p>");
        var errors = _check.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = _check.Findings.Count(f => f.Severity == Severity.Warning);
        var infos = _check.Findings.Count - errors - warnings;
        _w.Line($"<table class=\"scores\">");
        _w.Line($"<thead><tr><th scope=\"col\">{L("column.pillar")}</th><th scope=\"col\" class=\"num\">{L("column.score")}</th><th scope=\"col\" class=\"num\">{L("column.checks")}</th><th scope=\"col\" class=\"num\">{L("severity.error")}</th><th scope=\"col\" class=\"num\">{L("severity.warning")}</th><th scope=\"col\" class=\"num\">{L("severity.info")}</th></tr></thead>");
        _w.Line($"<tbody>");
        ScoreRow(L("completeness.overall"), _check.Score, errors, warnings, infos, "overall");
        foreach (var entry in _check.Pillars)
        {
            var findings = _check.Findings.Where(f => f.Pillar == entry.Pillar).ToList();
            ScoreRow(PillarName(entry.Pillar), entry.Score, findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning), findings.Count(f => f.Severity == Severity.Info), null);
        }

        _w.Line($"</tbody></table>");
        if (_check.Findings.IsEmpty)
        {
            _w.Line($"<p class=\"good\">{L("completeness.noFindings")}</p>");
            CloseSection();
            return;
        }

        var groups = new List<(string Heading, List<Finding> Findings)> { (L("completeness.general"), [.. _check.Findings.Where(f => f.Pillar is null)]) };
        groups.AddRange(Enum.GetValues<Pillar>().Select(p => (PillarName(p), _check.Findings.Where(f => f.Pillar == p).ToList())));
        foreach (var (heading, findings) in groups)
        {
            if (findings.Count == 0)
            {
                continue;
            }

            _w.Line($"<h3>{heading} <span class=\"count\">{Number(findings.Count)}</span></h3>");
            _w.Line($"<table class=\"findings\"><colgroup><col class=\"c-sev\"><col class=\"c-rule\"><col class=\"c-msg\"><col class=\"c-loc\"></colgroup>");
            _w.Line($"<thead><tr><th scope=\"col\">{L("column.severity")}</th><th scope=\"col\">{L("column.rule")}</th><th scope=\"col\">{L("column.message")}</th><th scope=\"col\">{L("column.location")}</th></tr></thead><tbody>");
            foreach (var finding in findings)
            {
                var severity = FormatNames.Of(finding.Severity);
                var place = finding.Pointer.Length == 0 ? L("completeness.document") : finding.Pointer;
                _w.Line($"<tr><td><span class=\"sev sev-{severity}\">{L("severity." + severity)}</span></td><td><code>{finding.RuleId}</code><br><span class=\"muted\">{finding.RuleName}</span></td><td>{finding.Message}</td><td><code class=\"ptr\">{place}</code></td></tr>");
            }

            _w.Line($"</tbody></table>");
        }

        CloseSection();
    }

    private void ScoreRow(string name, Score score, int errors, int warnings, int infos, string? css)
    {
        var row = css is null ? Markup.Empty : _w.Fragment($" class=\"{css}\"");
        _w.Line($"<tr{row}><th scope=\"row\">{name}</th><td class=\"num\"><strong>{Number(score.Value, 1)}</strong></td><td class=\"num\">{Number(score.Checks.Passed)} / {Number(score.Checks.Applicable)}</td><td class=\"num\">{Number(errors)}</td><td class=\"num\">{Number(warnings)}</td><td class=\"num\">{Number(infos)}</td></tr>");
    }
}
