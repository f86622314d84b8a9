namespace OrganizedCrimeStrategy.Reports;

/// <summary>The report's stylesheet: inline, system fonts only, no external reference, with print rules.</summary>
internal static class Styles
{
    public const string Css = """
:root{--ink:#1f2328;--muted:#59636e;--line:#d8dee4;--soft:#f6f8fa;--brand:#0b2e59;--red:#cf222e}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans","Liberation Sans",Arial,sans-serif;color:var(--ink);background:#fff;font-size:15px;line-height:1.5}
.wrap{max-width:1180px;margin:0 auto;padding:0 40px}
.masthead{background:var(--brand);background-image:linear-gradient(120deg,#0b2e59 0%,#15457f 60%,#1b5a8f 100%);color:#fff;padding:34px 0 30px}
.masthead .eyebrow{margin:0;font-size:12px;font-weight:600;letter-spacing:.12em;text-transform:uppercase;color:#b6cdea}
.masthead h1{margin:8px 0 20px;font-size:30px;line-height:1.25;font-weight:700;max-width:62ch;letter-spacing:-.01em}
.meta{display:flex;flex-wrap:wrap;gap:10px 40px;margin:0}
.meta dt{font-size:11px;letter-spacing:.08em;text-transform:uppercase;color:#b6cdea}
.meta dd{margin:2px 0 0;font-weight:600;font-size:15px}
.meta code{color:#fff;background:rgba(255,255,255,.12);padding:1px 6px;border-radius:4px}
.vision{margin:20px 0 0;max-width:100ch;color:#dbe7f5;font-style:italic;border-left:3px solid #6f9ad0;padding-left:14px}
.toc{border-bottom:1px solid var(--line);background:#fff}
.toc ol{list-style:none;display:flex;flex-wrap:wrap;gap:4px 26px;margin:0;padding:12px 0;counter-reset:s}
.toc li{counter-increment:s}
.toc a{color:var(--brand);text-decoration:none;font-weight:600;font-size:14px}
.toc a::before{content:counter(s) ". ";color:var(--muted);font-weight:400}
.toc a:hover{text-decoration:underline}
main{max-width:1180px;margin:0 auto;padding:6px 40px 40px}
section{margin-top:44px}
h2{font-size:22px;margin:0 0 6px;padding-bottom:8px;border-bottom:2px solid var(--ink);letter-spacing:-.01em}
h3{font-size:17px;margin:28px 0 10px}
h4{font-size:15px;margin:22px 0 8px;font-weight:600}
.intro{color:var(--muted);margin:8px 0 18px;max-width:110ch}
.muted{color:var(--muted);font-size:12.5px}
.unit{font-size:.55em;color:var(--muted);font-weight:600;margin-left:2px}
td .unit{font-size:12px;font-weight:400}
.count{display:inline-block;min-width:24px;padding:0 7px;border-radius:999px;background:var(--soft);border:1px solid var(--line);font-size:12px;color:var(--muted);text-align:center;vertical-align:middle;font-weight:600}
.kpis{display:grid;grid-template-columns:1.25fr 1fr 1fr 1fr;gap:16px}
.kpi{border:1px solid var(--line);border-radius:12px;padding:16px 18px;background:#fff;box-shadow:0 1px 2px rgba(31,35,40,.06)}
.kpi p{margin:0}
.kpi-ring{display:flex;gap:16px;align-items:center}
.kpi .label{font-size:12px;font-weight:600;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
.kpi .value{font-size:34px;font-weight:700;line-height:1.15;margin:2px 0 8px;font-variant-numeric:tabular-nums}
.kpi .detail{font-size:13px;color:var(--muted);margin-top:8px}
.pillars{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;margin-top:16px}
.pillar-card{border:1px solid var(--line);border-top:5px solid var(--c);border-radius:12px;padding:12px 16px 14px;box-shadow:0 1px 2px rgba(31,35,40,.06)}
.pillar-card h3{margin:0 0 8px;color:var(--c);font-size:17px}
.pillar-card dl{margin:0 0 8px;display:grid;grid-template-columns:1fr 1fr;gap:6px}
.pillar-card dt{font-size:11px;letter-spacing:.05em;text-transform:uppercase;color:var(--muted)}
.pillar-card dd{margin:0;font-size:20px;font-weight:700;font-variant-numeric:tabular-nums}
.pillar-card dd .chip{font-size:11px;vertical-align:middle}
.pillar-card .detail{margin:8px 0 0;font-size:13px;color:var(--muted)}
.pillar-heading{border-left:5px solid var(--c);padding-left:10px}
.rollup{font-size:13px;font-weight:400;color:var(--muted);margin-left:8px}
.chip{display:inline-block;padding:1px 9px;border-radius:999px;font-size:12px;font-weight:600;white-space:nowrap;border:1px solid;line-height:1.5}
.st-achieved{background:#d2f4dc;color:#0f5323;border-color:#8fd9a5}
.st-onTrack{background:#e6f7ea;color:#1a7f37;border-color:#aee6bc}
.st-atRisk{background:#fff4d1;color:#7d5400;border-color:#f0d47a}
.st-offTrack{background:#ffebe9;color:#a40e26;border-color:#ffb3ad}
.st-noData{background:#f3f4f6;color:#59636e;border-color:#d0d7de}
.sev{display:inline-block;padding:0 8px;border-radius:4px;font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.03em}
.sev-error{background:#ffebe9;color:#a40e26}
.sev-warning{background:#fff4d1;color:#7d5400}
.sev-info{background:#ddf4ff;color:#0550ae}
table{border-collapse:collapse;width:100%;font-size:13.5px;margin:6px 0 10px}
th,td{text-align:left;padding:8px 10px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{background:var(--soft);font-size:11.5px;font-weight:700;letter-spacing:.05em;text-transform:uppercase;color:var(--muted);border-bottom:2px solid var(--line)}
tbody th{font-weight:500}
.num{text-align:right;font-variant-numeric:tabular-nums}
.nowrap{white-space:nowrap}
code{font-family:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace;font-size:12px}
code.ptr{color:var(--muted);word-break:break-all}
table.scores{max-width:760px}
table.scores tr.overall th,table.scores tr.overall td{background:#f0f5fb;font-weight:700}
.good{color:#1a7f37;font-weight:600}
.scroll{overflow-x:auto}
table.matrix td.cell{text-align:center;white-space:nowrap;width:11%}
table.matrix th.pillar-col{text-align:center;color:var(--c);border-bottom:3px solid var(--c)}
table.matrix td.has-lead{background:color-mix(in srgb,var(--c) 14%,#fff)}
table.matrix td.has-partner{background:color-mix(in srgb,var(--c) 6%,#fff)}
table.matrix .none{color:#c7ccd1}
table.matrix .name{font-weight:600}
table.matrix td.roles{font-size:12.5px;color:var(--muted)}
table.matrix tfoot th,table.matrix tfoot td{font-weight:700;border-top:2px solid var(--line)}
.acronym{font-size:11px;font-weight:600;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 4px}
.badge{display:inline-block;min-width:26px;margin:0 2px;padding:1px 7px;border-radius:6px;font-size:12.5px;font-weight:700;text-align:center}
.badge.lead{background:var(--c,#1f2328);color:#fff;border:1px solid var(--c,#1f2328)}
.badge.partner{background:#fff;color:var(--c,#1f2328);border:1px solid var(--c,#1f2328)}
.legend{white-space:nowrap;margin-left:8px;color:var(--ink)}
.legend-row{display:flex;flex-wrap:wrap;gap:8px 20px;margin:0 0 8px;font-size:13px;align-items:center}
.key{display:inline-flex;align-items:center;gap:6px}
.swatch{display:inline-block;width:22px;height:11px;border-radius:3px}
.swatch.overdue{background:#fff;border:2.5px solid var(--red)}
.tick{display:inline-block;width:2px;height:14px;background:var(--ink)}
.dot{display:inline-block;width:12px;height:12px;border-radius:50%;border:2px solid #59636e}
table.findings{table-layout:fixed}
table.findings col.c-sev{width:17%}
table.findings col.c-rule{width:17%}
table.findings col.c-msg{width:44%}
table.findings col.c-loc{width:26%}
.overdue-text{color:var(--red);font-weight:700}
figure.chart{margin:4px 0 8px;border:1px solid var(--line);border-radius:10px;padding:10px 8px 4px;background:#fff}
svg{display:block}
.kpi svg.bar,.kpi svg.stack,.pillar-card svg.bar{width:100%;max-width:260px;height:auto}
svg.timeline{height:auto}
table.progress{table-layout:fixed}
table.progress col.c-name{width:33%}
table.progress col.c-num{width:9.5%}
table.progress col.c-bar{width:15%}
table.progress col.c-trend{width:12%}
table.progress col.c-status{width:11.5%}
table.progress th[scope=row] .name{font-weight:600}
table.progress td.bar-cell{white-space:nowrap}
.pct{font-weight:700;font-variant-numeric:tabular-nums}
.facts{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}
.fact{border:1px solid var(--line);border-radius:12px;padding:4px 16px 12px}
.fact h3{margin:10px 0 6px;font-size:15px}
.fact dl{margin:0}
.fact dl div{display:flex;justify-content:space-between;gap:12px;padding:4px 0;border-bottom:1px dashed var(--line)}
.fact dl div:last-child{border-bottom:0}
.fact dt{color:var(--muted);font-size:13px}
.fact dd{margin:0;font-weight:600;font-size:13.5px;text-align:right}
.kind{font-size:12px;font-weight:600;padding:1px 8px;border-radius:4px;background:var(--soft);border:1px solid var(--line);white-space:nowrap}
.kind-adoption{background:#eef1ff;border-color:#c7d0ff;color:#3730a3}
.kind-consultation{background:#e9f7f7;border-color:#b3e0e0;color:#115e67}
.kind-evaluation{background:#fdf1f7;border-color:#f2c4dc;color:#8a1d5c}
.state{font-size:12px;font-weight:700;white-space:nowrap}
.state-done,.state-held{color:#1a7f37}
.state-open{color:#0550ae}
.state-upcoming{color:var(--muted)}
.state-overdue{color:var(--red)}
.state-due{color:#7d5400}
tr.today td{background:#fff5f5;color:var(--red);font-weight:700;font-size:12px;text-transform:uppercase;letter-spacing:.06em;border-top:2px dashed var(--red)}
footer{border-top:1px solid var(--line);margin-top:40px;padding:18px 0 30px;color:var(--muted);font-size:12.5px}
footer p{margin:4px 0}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
@media (max-width:900px){.kpis,.pillars,.facts{grid-template-columns:1fr 1fr}.wrap,main{padding-left:16px;padding-right:16px}}
@page{size:A4;margin:14mm 12mm}
@media print{
body{font-size:10.5px}
.wrap,main{max-width:none;padding:0}
.masthead{background:#fff;background-image:none;color:var(--ink);padding:0 0 10px;border-bottom:3px solid var(--brand)}
.masthead .eyebrow,.meta dt{color:var(--muted)}
.masthead h1{font-size:22px;color:var(--brand)}
.meta code{color:var(--ink);background:var(--soft)}
.vision{color:var(--muted)}
.toc{display:none}
section{margin-top:22px}
#coverage,#timeline,#indicators,#milestones{break-before:page}
h2,h3,h4{break-after:avoid}
.kpi,.pillar-card,.fact,figure.chart,tr,svg{break-inside:avoid}
.kpi,.pillar-card,.fact{box-shadow:none}
.kpis,.pillars{gap:8px;grid-template-columns:repeat(4,1fr)}
.facts{grid-template-columns:repeat(3,1fr)}
.kpi{padding:10px 12px}
.kpi .value{font-size:24px}
.kpi-ring{display:block}
.kpi-ring svg{width:56px;height:56px;float:right}
.pillar-card dd{font-size:15px}
.pillar-card dl{grid-template-columns:1fr}
thead{display:table-header-group}
table{font-size:10px}
}
""";
}
