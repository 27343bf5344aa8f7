import type { AnnotatedDoc, Aspect, Claim, Finding, FindingKind, Span } from "../model/types.js";
import { inQuotes } from "../quotation.js";

/** A finding before it gets its id; `rule` records which comparison produced it. */
export type FindingDraft = {
  kind: FindingKind;
  aspect: Aspect;
  summary: string;
  claims: Claim[];
  confidence: number;
  rule: string;
};

/** The articles of one story by id, for building spans. */
export class StoryTexts {
  private readonly byId = new Map<string, AnnotatedDoc>();
  constructor(readonly docs: readonly AnnotatedDoc[]) {
    for (const d of docs) this.byId.set(d.article.id, d);
  }
  doc(articleId: string): AnnotatedDoc {
    const d = this.byId.get(articleId);
    if (!d) throw new Error(`unknown article ${articleId}`);
    return d;
  }
  span(articleId: string, start: number, end: number): Span {
    return { articleId, start, end, text: this.doc(articleId).article.text.slice(start, end) };
  }
  /** Short label for an article in summaries: its source, else its id. */
  label(articleId: string): string {
    return this.doc(articleId).article.source ?? articleId;
  }
}

/**
 * Contradictions without those that repeat a stronger one: the same words of one report set against the same
 * value in another report, read there twice ("1,200 jobs" in its headline and again in its lead).
 */
export function withoutRepeats(drafts: readonly FindingDraft[]): FindingDraft[] {
  const kept: FindingDraft[] = [];
  for (const d of [...drafts].sort((x, y) => y.confidence - x.confidence)) if (!kept.some((k) => repeats(d, k))) kept.push(d);
  return drafts.filter((d) => kept.includes(d));
}

function repeats(d: FindingDraft, k: FindingDraft): boolean {
  if (d.kind !== "contradiction" || k.kind !== "contradiction" || d.aspect !== k.aspect || d.claims.length !== 2 || k.claims.length !== 2) return false;
  const [d0, d1] = d.claims as [Claim, Claim];
  const [k0, k1] = k.claims as [Claim, Claim];
  const sameSpan = (x: Claim, y: Claim) => x.span.articleId === y.span.articleId && x.span.start === y.span.start && x.span.end === y.span.end;
  const sameValue = (x: Claim, y: Claim) => x.span.articleId === y.span.articleId && x.value !== undefined && x.value === y.value;
  return (sameSpan(d0, k0) && sameValue(d1, k1)) || (sameSpan(d1, k1) && sameValue(d0, k0)) || (sameSpan(d0, k1) && sameValue(d1, k0)) || (sameSpan(d1, k0) && sameValue(d0, k1));
}

/** Give drafts stable ids in order: contradictions first (what a reader checks first), then agreements, then unique. */
export function numberFindings(drafts: readonly FindingDraft[]): Finding[] {
  const order: Record<FindingKind, number> = { contradiction: 0, agreement: 1, unique: 2 };
  const sorted = drafts
    .map((d, i) => ({ d, i }))
    .sort((x, y) => order[x.d.kind] - order[y.d.kind] || y.d.confidence - x.d.confidence || x.i - y.i);
  return sorted.map(({ d }, i) => ({
    id: `f${i + 1}`,
    kind: d.kind,
    aspect: d.aspect,
    summary: d.summary,
    claims: d.claims,
    confidence: round(d.confidence),
  }));
}

export function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

/**
 * Quote a piece of text for a one-line summary, shortened in the middle of nothing: at a word boundary. A direct
 * quote keeps its own marks, as in a claim line of the report.
 */
export function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return inQuotes(flat);
  const cut = flat.slice(0, max);
  return inQuotes(`${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trim()}…`);
}
