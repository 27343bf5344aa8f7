import type { AlignedPair } from "./align.js";
import { diffKeys, type Hunk } from "./diff.js";
import type { FindingDraft, StoryTexts } from "./findings.js";
import type { Unit, UnitKey } from "./units.js";

/** Everything a per-aspect comparison needs about two aligned units. */
export type PairContext = {
  pair: AlignedPair;
  hunks: Hunk[];
  texts: StoryTexts;
};

/** One aspect's comparison of two units that state the same fact: returns the contradictions it finds. */
export interface PairCheck {
  readonly aspect: string;
  check(ctx: PairContext): FindingDraft[];
}

export function pairContext(pair: AlignedPair, texts: StoryTexts): PairContext {
  return { pair, texts, hunks: diffKeys(pair.a.keys.map((k) => k.key), pair.b.keys.map((k) => k.key)) };
}

/** The keys of one side of a hunk. */
export function hunkKeys(unit: Unit, hunk: Hunk, side: "a" | "b"): UnitKey[] {
  return side === "a" ? unit.keys.slice(hunk.aFrom, hunk.aTo) : unit.keys.slice(hunk.bFrom, hunk.bTo);
}

/** How sure a contradiction is, from how surely the two units were tied to one fact. */
export function pairConfidence(pair: AlignedPair, strength = 1): number {
  const tie = Math.min(1, 0.45 + 0.6 * pair.similarity) * (pair.mutual ? 1 : 0.8);
  return tie * strength;
}

/** The unit's text, for summaries. */
export function unitText(ctx: PairContext, unit: Unit): string {
  return ctx.texts.doc(unit.articleId).article.text.slice(unit.start, unit.end);
}
