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

/** Aspects whose claim values are normalised slots (a count, a date, a name): equal values are one disputed fact. */
const SLOT_ASPECTS: ReadonlySet<Aspect> = new Set(["number", "date", "time", "person", "place"]);

/**
 * A headline and its body sentence, or any two sentences, giving the same two values for one slot in the same two
 * reports ("injures 14" / "injures 19" and "injuring 14 people" / "injuring 19 people") are one conflict told twice:
 * one finding whose claims link every sentence, at the surest of the two confidences.
 */
export function foldRepeatedConflicts(drafts: readonly FindingDraft[]): FindingDraft[] {
  const groups = new Map<string, FindingDraft[]>();
  const out: (FindingDraft | FindingDraft[])[] = [];
  for (const d of drafts) {
    const slot = slotOf(d);
    const group = slot === null ? undefined : groups.get(slot);
    if (group) group.push(d);
    else if (slot === null) out.push(d);
    else {
      const fresh = [d];
      groups.set(slot, fresh);
      out.push(fresh);
    }
  }
  return out.map((x) => (Array.isArray(x) ? foldGroup(x) : x));
}

function slotOf(d: FindingDraft): string | null {
  if (d.kind !== "contradiction" || !SLOT_ASPECTS.has(d.aspect) || d.claims.length !== 2) return null;
  return `${d.aspect}|${d.claims.map((c) => `${c.span.articleId}=${c.value ?? ""}`).join("|")}`;
}

/** The surest draft told with every claim; each report's claims together, in text order. */
function foldGroup(group: readonly FindingDraft[]): FindingDraft {
  const surest = group.reduce((best, d) => (d.confidence > best.confidence ? d : best));
  if (group.length === 1) return surest;
  const order = (surest.claims as Claim[]).map((c) => c.span.articleId);
  // One report's sentence set against two of the other's comes in each draft: it is linked once.
  const claims = group
    .flatMap((d) => d.claims)
    .filter((c, i, all) => all.findIndex((x) => x.span.articleId === c.span.articleId && x.span.start === c.span.start && x.span.end === c.span.end) === i)
    .sort((x, y) => order.indexOf(x.span.articleId) - order.indexOf(y.span.articleId) || x.span.start - y.span.start);
  return { ...surest, summary: `${surest.summary} (in ${group.length} places)`, claims };
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
