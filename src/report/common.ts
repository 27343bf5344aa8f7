import type { Claim, Finding, FindingKind, Report, ReportArticle, ReportStatement, Story } from "../model/types.js";
import { inQuotes } from "../quotation.js";

/** Contradictions are what a reader came for, so they lead. */
export const KIND_ORDER: readonly FindingKind[] = ["contradiction", "agreement", "unique"];

export const KIND_HEADING: Record<FindingKind, string> = {
  contradiction: "Contradictions",
  agreement: "Agreements",
  unique: "Only in one report",
};

/** A finding with its index in story.findings, so renderers can key on position rather than on ids. */
export type IndexedFinding = { finding: Finding; index: number };

/** Findings grouped by kind in KIND_ORDER, strongest first within a kind; empty groups are left out. */
export function groupFindings(findings: readonly Finding[]): { kind: FindingKind; items: IndexedFinding[] }[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    items: findings
      .map((finding, index) => ({ finding, index }))
      .filter(({ finding }) => finding.kind === kind)
      .sort((a, b) => b.finding.confidence - a.finding.confidence || a.index - b.index),
  })).filter((group) => group.items.length > 0);
}

/** Span text on one line: runs of white space folded, long quotes cut in the middle of nothing but a word gap. */
export function snippet(text: string, max = 200): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(" ", max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/**
 * The sentence a claim sits in, when its finding has another claim from the same report: a headline and its body
 * sentence folded into one finding both read "14", and only the sentence tells them apart. Undefined otherwise,
 * or when the claim is its whole sentence.
 */
export function claimSentence(finding: Finding, claim: Claim, articleText: string | undefined): string | undefined {
  if (articleText === undefined || finding.claims.filter((c) => c.span.articleId === claim.span.articleId).length < 2) return undefined;
  const { start, end } = claim.span;
  let opening = 0;
  for (const m of articleText.slice(0, start).matchAll(/[.!?]["”’)]?\s+|\n/gu)) opening = m.index + m[0].length;
  const close = /[.!?]["”’)]?(?=\s|$)|\n/u.exec(articleText.slice(end));
  const sentence = articleText.slice(opening, close ? end + close.index + close[0].length : articleText.length).trim();
  return sentence.length > claim.span.text.trim().length ? sentence : undefined;
}

const PART_OF_DAY: Readonly<Record<string, string>> = { MO: "morning", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };

/**
 * A timeline value as a reader says it: TIMEX3's "2026-10-05TEV" is "2026-10-05 evening" and "2026-10-05T14:30" is
 * "2026-10-05 14:30". The JSON keeps the standard value for tools.
 */
export function readableTime(value: string): string {
  return value.replace(/T(MO|AF|EV|NI|DT)$/u, (_, part: string) => ` ${PART_OF_DAY[part] ?? part}`).replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/u, "$1 $2");
}

export function formatConfidence(confidence: number): string {
  return confidence.toFixed(2);
}

export function storyHeading(story: Story): string {
  return story.title.trim() ? story.title.trim() : `Story ${story.id}`;
}

/** "Fire on the quay · Coastal Courier · published 2025-03-05", whatever the article has. */
export function articleLine(article: ReportArticle): string {
  const parts: string[] = [];
  if (article.title) parts.push(snippet(article.title, 120));
  if (article.source) parts.push(article.source);
  if (article.published) parts.push(`published ${article.published}`);
  const date = article.referenceDate;
  if (date.value && date.basis !== "published") parts.push(`dated ${date.value} (${basisWords[date.basis]})`);
  if (article.language && article.language !== "en") parts.push(`language ${article.language}`);
  return parts.join(" · ");
}

const basisWords: Record<ReportArticle["referenceDate"]["basis"], string> = {
  published: "publication date",
  text: "from its text",
  story: "from the other reports",
  default: "assumed: today",
};

export function reportSummary(report: Report): string {
  const findings = report.stories.reduce((n, s) => n + s.findings.length, 0);
  const contradictions = report.stories.reduce((n, s) => n + s.findings.filter((f) => f.kind === "contradiction").length, 0);
  return (
    `${plural(report.articles.length, "article")}, ${plural(report.stories.length, "story", "stories")}, ` +
    `${plural(findings, "finding")} (${plural(contradictions, "contradiction")})`
  );
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A cue's words without the colon it may end with ("said:"): the renderers put their own before the content. */
export function cueWords(cue: string): string {
  return cue.replace(/\s*:\s*$/u, "");
}

// Cues that are prepositions name their source after them: "according to the police", not "the police according to".
const PREPOSITIONAL_CUE = /^(?:according\s+to|per)\b/iu;

/**
 * Speaker and cue, each already formatted by the renderer, in the order the cue reads in: "X said",
 * but "according to X". rawCue is the cue's text as written.
 */
export function attributionLead(speaker: string, cue: string, rawCue: string): string {
  return PREPOSITIONAL_CUE.test(rawCue.trim()) ? `${cue} ${speaker}` : `${speaker} ${cue}`;
}

export function direction(direct: boolean): string {
  return direct ? "direct quote" : "reported speech";
}

/** A quotation in a statement's content, with its marks. */
const QUOTATION = /["“][^"“”]*["”]/gu;

/**
 * What a statement says, as a reader wants it: a quotation the cue splits ("Gone," said Ode, "all of it.")
 * is one content in the report, cue and speaker included; shown, it is the quoted words joined by "…".
 * Content that does not open with a quotation mark gets curly quotes around it.
 */
export function spokenWords(statement: ReportStatement): string {
  const { content, cue } = statement;
  const cueInside = within(cue, content);
  const quotations = cueInside ? content.text.match(QUOTATION) ?? [] : [];
  const words = quotations.length >= 2 ? quotations.map((q) => q.trim()).join(" … ") : cueInside ? withoutAside(statement) : content.text.trim();
  return inQuotes(words);
}

const within = (inner: { start: number; end: number }, outer: { start: number; end: number }): boolean => outer.start <= inner.start && inner.end <= outer.end;

/**
 * Reported words with the attribution set off inside them left out: "Nine were hurt, officials said, in the
 * worst storm" shows as "Nine were hurt … in the worst storm". The span keeps the whole stretch (as PolNeAR
 * marks it); the reader wants what was said, not the reporter's aside. A cue not set off by a comma
 * ("the quay is expected to reopen") is part of the sentence and stays.
 */
function withoutAside({ content, cue, speaker }: ReportStatement): string {
  const mention = speaker?.mention && within(speaker.mention, content) ? speaker.mention : cue;
  const before = content.text.slice(0, Math.min(cue.start, mention.start) - content.start);
  if (!/,\s*$/u.test(before)) return content.text.trim();
  const head = before.replace(/[\s,]+$/u, "");
  const tail = content.text.slice(Math.max(cue.end, mention.end) - content.start).replace(/^[\s,]+/u, "").trim();
  return tail ? `${head} … ${tail}` : head;
}
