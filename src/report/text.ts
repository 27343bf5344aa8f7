import type { FindingKind, Report, Story } from "../model/types.js";
import { inQuotes } from "../quotation.js";
import {
  articleLine,
  attributionLead,
  claimSentence,
  cueWords,
  direction,
  formatConfidence,
  groupFindings,
  KIND_HEADING,
  plural,
  readableTime,
  reportSummary,
  snippet,
  spokenWords,
  storyHeading,
} from "./common.js";

/** Plain-text report for a terminal. Colour is the caller's decision (TTY, NO_COLOR); off by default. */
export type TextOptions = {
  color?: boolean;
  /** list report.diagnostics at the end (default true); off when they already went to stderr */
  diagnostics?: boolean;
};

type Style = (s: string) => string;
type Palette = { bold: Style; dim: Style; id: Style; value: Style; kind: Record<FindingKind, Style> };

const ansi = (open: number, close: number): Style => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain: Style = (s) => s;

function palette(color: boolean): Palette {
  if (!color) return { bold: plain, dim: plain, id: plain, value: plain, kind: { contradiction: plain, agreement: plain, unique: plain } };
  return {
    bold: ansi(1, 22),
    dim: ansi(2, 22),
    id: ansi(36, 39),
    value: ansi(33, 39),
    kind: { contradiction: ansi(31, 39), agreement: ansi(32, 39), unique: ansi(34, 39) },
  };
}

/**
 * Control characters from the input (an ESC in a pasted article) must not reach the terminal,
 * where they could move the cursor or recolour the screen; they print as U+FFFD.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;
function clean(text: string): string {
  return text.replace(CONTROL, "\ufffd");
}
const quote = (text: string, max?: number) => clean(snippet(text, max));

export function renderText(report: Report, options: TextOptions = {}): string {
  const p = palette(options.color ?? false);
  const width = Math.min(32, Math.max(2, ...report.articles.map((a) => a.id.length)));
  const pad = (id: string) => p.id(clean(id).padEnd(width));
  const out: string[] = [p.bold(`corroborate: ${reportSummary(report)}`), "", p.bold("Articles")];
  for (const article of report.articles) out.push(`  ${pad(article.id)}  ${clean(articleLine(article))}`.trimEnd());
  const textOf = new Map(report.articles.map((a) => [a.id, a.text]));
  for (const story of report.stories) out.push("", ...storyLines(story, p, pad, textOf));
  if ((options.diagnostics ?? true) && report.diagnostics.length > 0) {
    out.push("", p.bold(`Notes (${report.diagnostics.length})`));
    for (const d of report.diagnostics) out.push(`  ${clean(`${d.severity}: ${d.articleId !== undefined ? `${d.articleId}: ` : ""}${d.message}`)}`);
  }
  return `${out.join("\n")}\n`;
}

function storyLines(story: Story, p: Palette, pad: (id: string) => string, textOf: ReadonlyMap<string, string>): string[] {
  const out = [p.bold(clean(`Story ${story.id}: ${storyHeading(story)}`)) + p.dim(clean(`  [${story.articleIds.join(", ")}]`))];
  const numberOf = new Map<string, number>();
  let n = 0;
  for (const group of groupFindings(story.findings)) {
    out.push("", `  ${p.kind[group.kind](p.bold(`${KIND_HEADING[group.kind]} (${group.items.length})`))}`);
    for (const { finding } of group.items) {
      numberOf.set(finding.id, ++n);
      out.push(`    ${n}. ${p.dim(`[${clean(finding.aspect)}]`)} ${quote(finding.summary, 160)}  ${p.dim(`confidence ${formatConfidence(finding.confidence)}`)}`);
      for (const claim of finding.claims) {
        const value = claim.value !== undefined ? `  ${p.dim("=")} ${p.value(clean(claim.value))}` : "";
        const sentence = claimSentence(finding, claim, textOf.get(claim.span.articleId));
        const where = sentence !== undefined ? p.dim(`  in “${quote(sentence, 100)}”`) : "";
        out.push(`       ${pad(claim.span.articleId)}  ${inQuotes(quote(claim.span.text))}${value}${where}`);
      }
    }
  }
  if (story.findings.length === 0) out.push("", p.dim("  No findings."));
  if (story.statements.length > 0) {
    out.push("", `  ${p.bold(`Who said what (${story.statements.length})`)}`);
    for (const s of story.statements) {
      const speaker = s.speaker ? quote(s.speaker.name, 80) : p.dim("(unattributed)");
      out.push(`    ${pad(s.articleId)}  ${attributionLead(speaker, p.dim(quote(cueWords(s.cue.text), 40)), s.cue.text)}: ${quote(spokenWords(s))}  ${p.dim(`(${direction(s.direct)})`)}`);
    }
  }
  if (story.timeline.length > 0) {
    out.push("", `  ${p.bold(`Timeline (${story.timeline.length})`)}`);
    const valueWidth = Math.max(...story.timeline.map((e) => readableTime(e.value).length));
    for (const entry of story.timeline) {
      const evidence = entry.evidence.map((span) => `${p.id(clean(span.articleId))} “${quote(span.text, 80)}”`).join("; ");
      const finding = entry.findingId !== undefined && numberOf.has(entry.findingId) ? p.dim(`  (see finding ${numberOf.get(entry.findingId)})`) : "";
      out.push(`    ${p.value(clean(readableTime(entry.value)).padEnd(valueWidth))}  ${quote(entry.label, 150)}${evidence ? ` — ${evidence}` : ""}${finding}`);
    }
  }
  if (story.derivations.length > 0) {
    out.push("", `  ${p.bold(`Copies and rewrites (${plural(story.derivations.length, "pair")})`)}`);
    for (const d of story.derivations) out.push(`    ${p.id(clean(d.to))} is a ${clean(d.kind)} of ${p.id(clean(d.from))}  ${p.dim(`score ${formatConfidence(d.score)}`)}`);
  }
  return out;
}
