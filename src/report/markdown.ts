import type { Report, Story } from "../model/types.js";
import { inQuotes } from "../quotation.js";
import { articleLine, attributionLead, claimSentence, cueWords, direction, formatConfidence, groupFindings, KIND_HEADING, readableTime, reportSummary, snippet, spokenWords, storyHeading } from "./common.js";

/**
 * Markdown for pasting into notes, tickets or a wiki. Article text is quoted, never interpreted:
 * characters Markdown or HTML would act on are escaped, so a quote holding `<script>` or `*` shows
 * as written. Full article texts are left to the JSON and HTML formats.
 */
export function renderMarkdown(report: Report): string {
  const out: string[] = ["# corroborate report", "", md(reportSummary(report)) + ".", "", "## Articles", ""];
  for (const article of report.articles) {
    const line = articleLine(article);
    out.push(`- ${code(article.id)}${line ? ` — ${md(line)}` : ""}`);
  }
  const textOf = new Map(report.articles.map((a) => [a.id, a.text]));
  for (const story of report.stories) out.push("", ...storyLines(story, textOf));
  if (report.diagnostics.length > 0) {
    out.push("", "## Notes", "");
    for (const d of report.diagnostics) out.push(`- **${d.severity}**: ${d.articleId !== undefined ? `${code(d.articleId)}: ` : ""}${md(d.message)}`);
  }
  return `${out.join("\n")}\n`;
}

function storyLines(story: Story, textOf: ReadonlyMap<string, string>): string[] {
  const out = [`## Story ${md(story.id)}: ${md(storyHeading(story))}`, "", `Reports: ${story.articleIds.map(code).join(", ")}`];
  const groups = groupFindings(story.findings);
  if (groups.length === 0) out.push("", "No findings.");
  for (const group of groups) {
    out.push("", `### ${KIND_HEADING[group.kind]} (${group.items.length})`, "");
    group.items.forEach(({ finding }, i) => {
      out.push(`${i + 1}. **${md(finding.aspect)}**: ${md(snippet(finding.summary, 300))} _(confidence ${formatConfidence(finding.confidence)})_`);
      for (const claim of finding.claims) {
        const value = claim.value !== undefined ? ` → ${code(claim.value)}` : "";
        const sentence = claimSentence(finding, claim, textOf.get(claim.span.articleId));
        const where = sentence !== undefined ? ` in ${md(inQuotes(snippet(sentence, 200)))}` : "";
        out.push(`   - ${code(claim.span.articleId)}: ${md(inQuotes(snippet(claim.span.text, 300)))}${value}${where}`);
      }
    });
  }
  if (story.statements.length > 0) {
    out.push("", `### Who said what (${story.statements.length})`, "");
    for (const s of story.statements) {
      const speaker = s.speaker ? md(s.speaker.name) : "_unattributed_";
      out.push(`- ${code(s.articleId)}: ${attributionLead(speaker, `_${md(snippet(cueWords(s.cue.text), 40))}_`, s.cue.text)}: ${md(snippet(spokenWords(s), 300))} (${direction(s.direct)})`);
    }
  }
  if (story.timeline.length > 0) {
    out.push("", `### Timeline (${story.timeline.length})`, "");
    for (const entry of story.timeline) {
      const evidence = entry.evidence.map((span) => `${code(span.articleId)} “${md(snippet(span.text, 120))}”`).join("; ");
      out.push(`- ${code(readableTime(entry.value))} ${md(snippet(entry.label, 120))}${evidence ? ` — ${evidence}` : ""}`);
    }
  }
  if (story.derivations.length > 0) {
    out.push("", `### Copies and rewrites (${story.derivations.length})`, "");
    for (const d of story.derivations) out.push(`- ${code(d.to)} is a ${d.kind} of ${code(d.from)} (score ${formatConfidence(d.score)})`);
  }
  return out;
}

/** Only what can act mid-line: emphasis, code, links, tables, strikethrough. Escaped text never starts a line. */
const MARKDOWN_SPECIAL = /[\\`*_[\]#|~]/gu;
const HTML_SPECIAL = /[&<>"]/gu;
const HTML_ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Escape text so a Markdown renderer shows it literally; HTML specials become entities. */
export function md(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ENTITY[c]!).replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** An inline code span that survives backticks inside the value. */
function code(text: string): string {
  const flat = text.replace(/\s+/gu, " ");
  const longestRun = Math.max(0, ...(flat.match(/`+/gu) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = flat.startsWith("`") || flat.endsWith("`") ? ` ${flat} ` : flat;
  return `${fence}${padded}${fence}`;
}
