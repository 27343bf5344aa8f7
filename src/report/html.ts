import type { Report, ReportArticle, Span, Story } from "../model/types.js";
import { inQuotes } from "../quotation.js";
import { articleLine, attributionLead, cueWords, direction, formatConfidence, groupFindings, KIND_HEADING, readableTime, reportSummary, snippet, spokenWords, storyHeading } from "./common.js";
import { segments, type Highlight } from "./highlight.js";

/**
 * One self-contained HTML page: per story, a list of findings, statements and timeline entries
 * beside the reports in columns. Clicking an item highlights its spans in the columns.
 *
 * Safety: every string that comes from an article or the report goes through `escapeHtml`; the
 * only data the script reads are keys this renderer makes up (`s0-f3`), never report text, so
 * nothing from the input reaches JavaScript or a CSS selector.
 */
export function renderHtml(report: Report): string {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const stories = report.stories.map((story, i) => storySection(story, i, articles));
  const unassigned = report.articles.filter((a) => !report.stories.some((s) => s.articleIds.includes(a.id)));
  if (unassigned.length > 0) {
    stories.push(`<section class="story"><h2>Reports in no story</h2><div class="columns">${unassigned.map((a) => column(a, [])).join("")}</div></section>`);
  }
  const title = report.stories.length === 1 ? `corroborate: ${storyHeading(report.stories[0]!)}` : "corroborate report";
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    `<header><h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(reportSummary(report))} · generated ${escapeHtml(report.generatedAt)}</p>`,
    '<p class="hint">Click a finding, statement or date to highlight its words in the reports; click again to clear.</p></header>',
    "<main>",
    ...stories,
    diagnosticsSection(report),
    "</main>",
    `<script>${SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

type Item = { key: string; kind: string; spans: Span[] };

function storySection(story: Story, storyIndex: number, articles: Map<string, ReportArticle>): string {
  const items: Item[] = [];
  const panel: string[] = [];
  for (const group of groupFindings(story.findings)) {
    panel.push(`<h3 class="${group.kind}">${escapeHtml(KIND_HEADING[group.kind])} (${group.items.length})</h3><ol>`);
    for (const { finding, index } of group.items) {
      const key = `s${storyIndex}-f${index}`;
      items.push({ key, kind: finding.kind, spans: finding.claims.map((c) => c.span) });
      const claims = finding.claims
        .map((c) => `<li>${articleTag(c.span.articleId)} ${escapeHtml(inQuotes(snippet(c.span.text, 240)))}${c.value !== undefined ? ` <code>${escapeHtml(c.value)}</code>` : ""}</li>`)
        .join("");
      panel.push(
        `<li class="item" ${itemAttributes(key, finding.kind)}><span class="aspect">${escapeHtml(finding.aspect)}</span> ` +
          `${escapeHtml(finding.summary)} <span class="conf" title="confidence">${formatConfidence(finding.confidence)}</span><ul class="claims">${claims}</ul></li>`,
      );
    }
    panel.push("</ol>");
  }
  if (story.findings.length === 0) panel.push('<p class="none">No findings.</p>');
  if (story.statements.length > 0) {
    panel.push(`<h3>Who said what (${story.statements.length})</h3><ol>`);
    story.statements.forEach((s, i) => {
      const key = `s${storyIndex}-st${i}`;
      const spans = [s.cue, s.content, ...(s.speaker?.mention ? [s.speaker.mention] : [])];
      items.push({ key, kind: "statement", spans });
      const speaker = s.speaker ? escapeHtml(s.speaker.name) : '<span class="none">unattributed</span>';
      panel.push(
        `<li class="item" ${itemAttributes(key, "statement")}>${articleTag(s.articleId)} ${attributionLead(speaker, `<em>${escapeHtml(snippet(cueWords(s.cue.text), 40))}</em>`, s.cue.text)}: ` +
          `${escapeHtml(snippet(spokenWords(s), 240))} <span class="conf">${direction(s.direct)}</span></li>`,
      );
    });
    panel.push("</ol>");
  }
  if (story.timeline.length > 0) {
    panel.push(`<h3>Timeline (${story.timeline.length})</h3><ol class="timeline">`);
    story.timeline.forEach((entry, i) => {
      const key = `s${storyIndex}-t${i}`;
      items.push({ key, kind: "timeline", spans: entry.evidence });
      const evidence = entry.evidence.map((span) => `${articleTag(span.articleId)} <q>${escapeHtml(snippet(span.text, 120))}</q>`).join("; ");
      const conflict = entry.findingId !== undefined && story.findings.some((f) => f.id === entry.findingId && f.kind === "contradiction");
      panel.push(
        `<li class="item${conflict ? " conflict" : ""}" ${itemAttributes(key, "timeline")}><code>${escapeHtml(readableTime(entry.value))}</code> ` +
          `${escapeHtml(entry.label)}${evidence ? ` — ${evidence}` : ""}</li>`,
      );
    });
    panel.push("</ol>");
  }
  if (story.derivations.length > 0) {
    panel.push(`<h3>Copies and rewrites (${story.derivations.length})</h3><ul>`);
    for (const d of story.derivations) {
      panel.push(`<li>${articleTag(d.to)} is a ${escapeHtml(d.kind)} of ${articleTag(d.from)} <span class="conf">${formatConfidence(d.score)}</span></li>`);
    }
    panel.push("</ul>");
  }
  const columns = story.articleIds
    .map((id) => articles.get(id))
    .filter((a): a is ReportArticle => a !== undefined)
    .map((article) => column(article, highlightsFor(article.id, items)));
  return (
    `<section class="story"><h2>Story ${escapeHtml(story.id)}: ${escapeHtml(storyHeading(story))}</h2>` +
    `<div class="layout"><nav class="panel">${panel.join("\n")}</nav>` +
    `<div class="columns">${columns.join("\n")}</div></div></section>`
  );
}

function highlightsFor(articleId: string, items: readonly Item[]): Highlight[] {
  return items.flatMap((item) => item.spans.filter((s) => s.articleId === articleId).map((s) => ({ start: s.start, end: s.end, key: item.key })));
}

function column(article: ReportArticle, highlights: readonly Highlight[]): string {
  const body = segments(article.text.length, highlights)
    .map((seg) => {
      const text = escapeHtml(article.text.slice(seg.start, seg.end));
      return seg.keys.length > 0 ? `<mark data-f="${seg.keys.join(" ")}">${text}</mark>` : text;
    })
    .join("");
  const meta = articleLine(article);
  return (
    `<article class="col"><h3>${escapeHtml(article.id)}</h3>${meta ? `<p class="meta">${escapeHtml(meta)}</p>` : ""}` +
    `<div class="text">${body}</div></article>`
  );
}

function diagnosticsSection(report: Report): string {
  if (report.diagnostics.length === 0) return "";
  const items = report.diagnostics.map(
    (d) => `<li class="${escapeHtml(d.severity)}"><b>${escapeHtml(d.severity)}</b>: ${d.articleId !== undefined ? `${articleTag(d.articleId)} ` : ""}${escapeHtml(d.message)}</li>`,
  );
  return `<section class="notes"><h2>Notes (${report.diagnostics.length})</h2><ul>${items.join("")}</ul></section>`;
}

function itemAttributes(key: string, kind: string): string {
  return `data-k="${escapeHtml(key)}" data-kind="${escapeHtml(kind)}" tabindex="0" role="button"`;
}

function articleTag(id: string): string {
  return `<span class="aid">${escapeHtml(id)}</span>`;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => HTML_ESCAPES[c]!);
}

const STYLE = `
:root{--contradiction:#ffc9c2;--agreement:#c9f0c4;--unique:#cfe0ff;--statement:#ecd9ff;--timeline:#ffeaa3;--line:#d8d8d8}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f1f1f;background:#f6f6f4}
header{padding:.75rem 1.5rem;background:#fff;border-bottom:1px solid var(--line)}
h1{font-size:1.3rem;margin:0}h2{font-size:1.15rem}h3{font-size:1rem;margin:1rem 0 .3rem}
.meta,.hint{color:#666;margin:.2rem 0;font-size:.9rem}
main{padding:0 1.5rem 2rem}
.layout{display:grid;grid-template-columns:minmax(17rem,27rem) 1fr;gap:1rem;align-items:start}
.panel{position:sticky;top:0;max-height:100vh;overflow:auto;padding-right:.25rem}
.panel ol,.panel ul{margin:0;padding-left:0;list-style:none}
.item{padding:.35rem .5rem;border:1px solid transparent;border-radius:5px;cursor:pointer}
.item:hover,.item:focus{background:#fff;border-color:var(--line);outline:none}
.item.on{background:#fff;border-color:#777}
.claims{margin:.2rem 0 0 .75rem;font-size:.9rem}
.aspect{font-size:.75rem;text-transform:uppercase;letter-spacing:.03em;color:#555;border:1px solid var(--line);border-radius:3px;padding:0 .25rem}
.conf{color:#777;font-size:.8rem}
.aid{font-weight:600;color:#245;font-size:.85rem}
h3.contradiction{color:#a1271b}h3.agreement{color:#22702a}h3.unique{color:#2a4f9a}
.timeline .conflict code{color:#a1271b}
.none{color:#888}
.columns{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(18rem,1fr);gap:1rem;overflow-x:auto}
.col{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.5rem 1rem;max-height:92vh;overflow:auto;position:relative}
.col h3{margin:.25rem 0}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:transparent;color:inherit;border-bottom:1px dotted #aaa;cursor:pointer}
mark.on{border-bottom-color:transparent}
body[data-sel=contradiction] mark.on{background:var(--contradiction)}
body[data-sel=agreement] mark.on{background:var(--agreement)}
body[data-sel=unique] mark.on{background:var(--unique)}
body[data-sel=statement] mark.on{background:var(--statement)}
body[data-sel=timeline] mark.on{background:var(--timeline)}
.notes li.error b{color:#a1271b}.notes li.warning b{color:#8a5a00}
@media (max-width:900px){.layout{grid-template-columns:1fr}.panel{position:static;max-height:none}.columns{grid-auto-flow:row}}
`;

const SCRIPT = `
(function(){
  var current=null;
  function clear(){
    document.querySelectorAll('mark.on,.item.on').forEach(function(e){e.classList.remove('on');});
    document.body.removeAttribute('data-sel');
  }
  function select(key,kind){
    var again=current===key;
    clear();
    current=again?null:key;
    if(again)return;
    document.body.setAttribute('data-sel',kind);
    document.querySelectorAll('.item[data-k="'+key+'"]').forEach(function(e){e.classList.add('on');});
    var scrolled=[];
    document.querySelectorAll('mark').forEach(function(m){
      if(m.getAttribute('data-f').split(' ').indexOf(key)<0)return;
      m.classList.add('on');
      var col=m.closest('.col');
      if(col&&scrolled.indexOf(col)<0){scrolled.push(col);col.scrollTop=Math.max(0,m.offsetTop-col.clientHeight/3);}
    });
  }
  function activate(item){select(item.getAttribute('data-k'),item.getAttribute('data-kind'));}
  document.addEventListener('click',function(e){
    var item=e.target.closest('.item');
    if(item){activate(item);return;}
    var mark=e.target.closest('mark');
    if(!mark)return;
    var keys=mark.getAttribute('data-f').split(' ');
    var next=keys[(keys.indexOf(current)+1)%keys.length];
    var target=document.querySelector('.item[data-k="'+next+'"]');
    if(target){activate(target);target.scrollIntoView({block:'nearest'});}
  });
  document.addEventListener('keydown',function(e){
    var item=e.target.closest&&e.target.closest('.item');
    if(item&&(e.key==='Enter'||e.key===' ')){e.preventDefault();activate(item);}
  });
})();
`;
