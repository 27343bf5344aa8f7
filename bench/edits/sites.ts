import { BOUND_WORDS_BEFORE, MONTHS, MONTH_ABBREVIATIONS, NOT_COUNT_NOUNS } from "./lexicon.js";
import type { Edit, EditContext, EditKind, EditType } from "./types.js";

/** A place where an edit can be made, and how to make it. */
export type Site = { start: number; end: number; variant: string; replacement: (rng: () => number) => string | null; regionTail?: number };

/** Pick a variant uniformly (so that rare variants are exercised), then a site of that variant. */
export function chooseSite(rng: () => number, sites: readonly Site[]): Site | undefined {
  if (sites.length === 0) return undefined;
  const variants = [...new Set(sites.map((s) => s.variant))].sort();
  const variant = variants[Math.floor(rng() * variants.length)] as string;
  const ofVariant = sites.filter((s) => s.variant === variant);
  return ofVariant[Math.floor(rng() * ofVariant.length)];
}

/** One edit of the given type at a site chosen with the context's generator (inside `within`, if given). */
export function editAt(type: EditType, kind: EditKind, context: EditContext, sites: readonly Site[]): Edit | null {
  const { rng, within } = context;
  const pool = within ? sites.filter((s) => within.start <= s.start && s.end <= within.end) : sites;
  const site = chooseSite(rng, pool);
  if (!site) return null;
  const replacement = site.replacement(rng);
  if (replacement === null) return null;
  const edit: Edit = { type, kind, variant: site.variant, start: site.start, end: site.end, replacement };
  if (site.regionTail) edit.regionTail = site.regionTail;
  return edit;
}

const VERBS_ENDING_IN_S = new Set(["does", "goes", "says", "makes", "gets", "takes", "comes", "seems", "looks", "needs", "was", "has", "is", "this", "its", "his", "us", "as", "plus", "across", "less", "unless", "thus", "versus", "yes"]);
const IRREGULAR_PLURALS = new Set(["people", "men", "women", "children", "police", "personnel", "staff", "troops", "cattle", "fish", "sheep", "deer", "aircraft"]);

function looksLikePluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (NOT_COUNT_NOUNS.has(w) || VERBS_ENDING_IN_S.has(w)) return false;
  return /^[a-z]{3,}s$/.test(w) && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
}

/**
 * The counted plural noun right after a number ("12 people", "three Palestinian civilians"), or null.
 * One modifier word may sit between them.
 */
export function countNounAfter(text: string, end: number): string | null {
  const m = /^\s+([A-Za-z][a-z-]*)(?:\s+([A-Za-z][a-z-]*))?/.exec(text.slice(end, end + 60));
  if (!m) return null;
  const first = m[1] as string;
  if (/^[a-z]/.test(first) && looksLikePluralNoun(first)) return first;
  const second = m[2];
  if (second && /^[a-z]/.test(second) && looksLikePluralNoun(second) && !NOT_COUNT_NOUNS.has(first.toLowerCase()) && !/^(?:and|or|of|to|in|on|at|the|a|an|were|was|are|is)$/i.test(first)) return second;
  return null;
}

const MONTH_BEFORE = new RegExp(`(?:${[...MONTHS, ...MONTH_ABBREVIATIONS.map((a) => a.replace(".", "\\."))].join("|")})\\s+$`);
const LABEL_BEFORE = /(?:No\.|#|\$|£|€|Flight|Route|Highway|Interstate|Article|Section|Chapter|Page|page|Room|Channel|Act|Resolution|Proposition|Amendment)\s*$/;

/** A number at [start, end) counts something and can be changed without leaving both wordings compatible. */
export function isPlainCount(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (MONTH_BEFORE.test(before) || LABEL_BEFORE.test(before) || BOUND_WORDS_BEFORE.test(before)) return false;
  // the upper end of a range ("30 to 40 people") may move without leaving the range
  if (/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s*(?:to|-|–|or|and)\s*$/i.test(before) || /\b(?:between|from)\s+$/i.test(before)) return false;
  if (/^\s*(?:to|-|–|or|and)\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i.test(text.slice(end, end + 12))) return false;
  if (/[-–.,/:]$/.test(before) || /^[-–.,/:%]\d|^[-–]/.test(text.slice(end, end + 2))) return false;
  if (/^\s+(?:or|to|and)\s+(?:more|so|\d)/.test(text.slice(end, end + 12))) return false;
  return countNounAfter(text, end) !== null;
}
