using OrganizedCrimeStrategy.Model;
using OrganizedCrimeStrategy.Reports.Html;

namespace OrganizedCrimeStrategy.Reports;

/// <content>Coverage: a matrix of stakeholders by pillar, with how many actions each leads and partners in, and other roles.</content>
internal sealed partial class HtmlReportWriter
{
    private void Coverage()
    {
        OpenSection("coverage");
        _w.Line($"<p class=\"intro\">{L("intro.coverage")} <span class=\"legend\"><span class=\"badge lead\">2</span> {L("coverage.leads")} <span class=\"badge partner\">3</span> {L("coverage.partners")}</span></p>");
        _w.Line($"<div class=\"scroll\"><table class=\"matrix\">");
        _w.Line($"<thead><tr><th scope=\"col\">{L("column.stakeholder")}</th>");
        foreach (var pillar in Enum.GetValues<Pillar>())
        {
            _w.Line($"<th scope=\"col\" class=\"pillar-col\" style=\"--c:{Charts.PillarColor(pillar)}\">{PillarName(pillar)}</th>");
        }

        _w.Line($"<th scope=\"col\">{L("column.otherRoles")}</th></tr></thead><tbody>");
        foreach (var stakeholder in _strategy.Stakeholders)
        {
            var references = _strategy.ReferencesTo(stakeholder.Id);
            _w.Line($"<tr><th scope=\"row\"><span class=\"name\">{stakeholder.Name}</span>{Acronym(stakeholder)}<br><span class=\"muted\">{L("kind." + FormatNames.Of(stakeholder.Kind))}</span></th>");
            foreach (var pillar in Enum.GetValues<Pillar>())
            {
                var leads = references.Count(r => r.Pillar == pillar && r.Role == StakeholderRole.Lead);
                var partners = references.Count(r => r.Pillar == pillar && r.Role == StakeholderRole.Partner);
                var css = leads > 0 ? "cell has-lead" : partners > 0 ? "cell has-partner" : "cell";
                var content = leads == 0 && partners == 0
                    ? _w.Fragment($"<span class=\"none\" aria-hidden=\"true\">·</span>")
                    : _w.Fragment($"{Badge(leads, "lead", "coverage.leads")}{Badge(partners, "partner", "coverage.partners")}");
                _w.Line($"<td class=\"{css}\" style=\"--c:{Charts.PillarColor(pillar)}\">{content}</td>");
            }

            var other = references
                .Where(r => r.Pillar is null || r.Role is not (StakeholderRole.Lead or StakeholderRole.Partner))
                .Select(r => r.Role)
                .Where(r => r != StakeholderRole.Parent)
                .Distinct()
                .Order()
                .Select(r => L("role." + FormatNames.Of(r)));
            _w.Line($"<td class=\"roles\">{string.Join(" · ", other)}</td></tr>");
        }

        _w.Line($"</tbody>");
        _w.Line($"<tfoot><tr><th scope=\"row\">{L("coverage.actions")}</th>");
        foreach (var pillar in _card.Pillars)
        {
            _w.Line($"<td class=\"cell\">{Number(pillar.Actions.Total)}</td>");
        }

        _w.Line($"<td></td></tr></tfoot>");
        _w.Line($"</table></div>");
        CloseSection();
    }

    /// <summary>How many actions a stakeholder leads or partners in, with the role for screen readers; nothing for none.</summary>
    private Markup Badge(int count, string css, string key) => count > 0
        ? _w.Fragment($"<span class=\"badge {css}\"><span class=\"sr-only\">{L(key)}: </span>{Number(count)}</span>")
        : Markup.Empty;
}
