import { numberConflict, sameCountedThing } from "../annotate/numbers.js";
import type { NumberMention } from "../model/types.js";
import type { Hunk } from "./diff.js";
import { quote, type FindingDraft } from "./findings.js";
import { pairConfidence, unitText, type PairCheck, type PairContext } from "./pair.js";
import type { Unit } from "./units.js";

const sameInterval = (x: NumberMention, y: NumberMention) => x.low === y.low && x.high === y.high;

/** Index of the diff hunk holding a mention, or -1 when it sits in text both units share. */
function hunkOf(unit: Unit, hunks: readonly Hunk[], side: "a" | "b", m: NumberMention): number {
  const keyIndex = unit.keys.findIndex((k) => k.start === m.start);
  return hunks.findIndex((h) => (side === "a" ? h.aFrom <= keyIndex && keyIndex < h.aTo : h.bFrom <= keyIndex && keyIndex < h.bTo));
}

/**
 * Two counts of one thing conflict when their intervals do not meet ("killed 40" vs "at least 43").
 * Counts are tied by what they count (the same noun), or by standing in the same place of two
 * near-identical sentences. A miss by a hair ("40" vs "more than 40") is a weak conflict.
 */
export const numberCheck: PairCheck = {
  aspect: "number",
  check(ctx: PairContext): FindingDraft[] {
    const { a, b } = ctx.pair;
    if (a.numbers.length === 0 || b.numbers.length === 0) return [];
    const rest = [...b.numbers];
    const take = (match: (y: NumberMention) => boolean): NumberMention | undefined => {
      const i = rest.findIndex(match);
      return i >= 0 ? rest.splice(i, 1)[0] : undefined;
    };
    const drafts: FindingDraft[] = [];
    const leftover = a.numbers.filter((x) => !take((y) => sameInterval(x, y) && (x.unit === y.unit || !x.unit || !y.unit)));
    for (const x of leftover) {
      const hx = hunkOf(a, ctx.hunks, "a", x);
      // Tied by what they count, else by standing in the same place of two near-identical sentences.
      const y =
        take((y) => (x.unit !== "" || y.unit !== "") && sameCountedThing(x, y)) ??
        (hx >= 0 ? take((y) => (x.unit === y.unit || !x.unit || !y.unit) && hunkOf(b, ctx.hunks, "b", y) === hx) : undefined);
      if (!y) continue;
      const verdict = numberConflict(x, y);
      if (!verdict.conflict) continue;
      const strength = verdict.strength === "weak" ? 0.5 : 1;
      const what = x.unit || y.unit;
      drafts.push({
        kind: "contradiction",
        aspect: "number",
        rule: `number/intervals-disjoint-${verdict.strength}`,
        summary: `Number${what ? ` of ${what}` : ""} differs in ${quote(unitText(ctx, a), 70)}: ${ctx.texts.label(a.articleId)} says ${quote(x.text, 30)}, ${ctx.texts.label(b.articleId)} says ${quote(y.text, 30)}${laterNote(ctx)}`,
        claims: [
          { span: ctx.texts.span(a.articleId, x.start, x.end), value: describe(x) },
          { span: ctx.texts.span(b.articleId, y.start, y.end), value: describe(y) },
        ],
        confidence: pairConfidence(ctx.pair, strength),
      });
    }
    return drafts;
  },
};

function describe(n: NumberMention): string {
  if (n.low === n.high) return String(n.low);
  if (n.high === Infinity) return `>=${n.low}`;
  if (n.low === -Infinity || n.low === 0) return `<=${n.high}`;
  return `${n.low}..${n.high}`;
}

/** A toll that grows between reports is still a conflict, but the reader needs to know which came later. */
function laterNote(ctx: PairContext): string {
  const da = ctx.texts.doc(ctx.pair.a.articleId).article.published;
  const db = ctx.texts.doc(ctx.pair.b.articleId).article.published;
  if (!da || !db || da === db) return "";
  const later = da > db ? ctx.pair.a.articleId : ctx.pair.b.articleId;
  return ` (${ctx.texts.label(later)} is the later report)`;
}
