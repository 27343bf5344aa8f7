import type { AlignedPair } from "./align.js";
import { diffKeys, type Hunk } from "./diff.js";
import type { FindingDraft, StoryTexts } from "./findings.js";
import { timexInterval, type TimeInterval } from "./time-interval.js";
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

/** Content words besides a mention a hunk side may hold and still be "the same place" ("40 people" vs "43 persons"). */
const MAX_OTHER_WORDS = 2;

/**
 * Index of the diff hunk holding a mention (a count, a date), or -1 when it sits in text both units share
 * or its hunk changes more than the mention: in two sentences worded apart, one hunk spans most of both,
 * and two mentions in it need not be of one thing ("aged 85" vs "nine days after").
 */
export function smallHunkHolding(ctx: PairContext, side: "a" | "b", mention: { start: number; end: number }): number {
  const unit = side === "a" ? ctx.pair.a : ctx.pair.b;
  const keyIndex = unit.keys.findIndex((k) => k.start === mention.start);
  const index = ctx.hunks.findIndex((h) => (side === "a" ? h.aFrom <= keyIndex && keyIndex < h.aTo : h.bFrom <= keyIndex && keyIndex < h.bTo));
  if (index < 0) return -1;
  const others = hunkKeys(unit, ctx.hunks[index] as Hunk, side).filter((k) => k.content && (k.end <= mention.start || k.start >= mention.end));
  return others.length <= MAX_OTHER_WORDS ? index : -1;
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

/**
 * Both units give ages and not one of them the same ("a 36-year-old climber" / "32-year-old Buckley"):
 * they tell of different people, whose other figures and dates are their own.
 */
export function differentAges(a: Unit, b: Unit): boolean {
  const ages = (u: Unit) => u.numbers.filter((n) => n.unit === "year-old");
  const [x, y] = [ages(a), ages(b)];
  return x.length > 0 && y.length > 0 && !x.some((p) => y.some((q) => p.low <= q.high && q.low <= p.high));
}

/**
 * One unit gives an age ("the 41-year-old fell 90 metres"), the other none, while its report tells of
 * people of two or more ages ("one of the group fell 400 metres", in a report of a 41- and a 29-year-old):
 * the unaged unit may tell of any of them, so nothing ties its figures to the aged person's.
 */
export function ageUntied(ctx: PairContext, a: Unit, b: Unit): boolean {
  const ages = (u: Unit) => u.numbers.filter((n) => n.unit === "year-old");
  const reportAges = (u: Unit) => new Set(ctx.texts.doc(u.articleId).numbers.filter((n) => n.unit === "year-old").map((n) => n.low)).size;
  const untied = (aged: Unit, unaged: Unit) => ages(aged).length > 0 && ages(unaged).length === 0 && reportAges(unaged) >= 2;
  return untied(a, b) || untied(b, a);
}

/** How far from its report's date a date tells of something other than the news: a month. */
const NEWS_WINDOW_MS = 30 * 24 * 3600 * 1000;

/** The day the unit's report is dated, as an interval. */
export function reportInterval(ctx: PairContext, unit: Unit): TimeInterval | null {
  return timexInterval(ctx.texts.doc(unit.articleId).referenceDate.value);
}

/**
 * The interval lies a month or more from the unit's report's reference date: before it (an earlier event
 * told as background) or after it (a plan, or a month name read into the wrong year), not the news.
 */
export function farFromReport(ctx: PairContext, unit: Unit, interval: TimeInterval): boolean {
  const reference = reportInterval(ctx, unit);
  if (!reference) return false;
  return interval.end <= reference.start - NEWS_WINDOW_MS || interval.start >= reference.end + NEWS_WINDOW_MS;
}

/** Two intervals a month or more apart. */
export function monthOrMoreApart(x: TimeInterval, y: TimeInterval): boolean {
  return Math.max(x.start - y.end, y.start - x.end) >= NEWS_WINDOW_MS;
}
