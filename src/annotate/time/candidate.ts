// A temporal expression found in the text, not yet resolved: resolution needs the reference date,
// the sentence's tense and what was mentioned before it, so it runs later, in text order.

import type { TimexType } from "../../model/types.js";
import type { CivilDate } from "./calendar.js";
import type { Granularity, Point } from "./point.js";

/** "unknown" when the clause gives no cue; each caller picks its own default for that. */
export type Tense = "past" | "future" | "unknown";

/** TIMEX3 mod attribute: "early Wednesday" is the START of that day, "about two years" APPROX. */
export type TimexMod = "START" | "MID" | "END" | "APPROX" | "LESS_THAN" | "MORE_THAN" | "EQUAL_OR_MORE" | "EQUAL_OR_LESS";

export type ResolveContext = {
  /** the document's reference date (publication date) */
  ref: CivilDate;
  /** tense of the clause around the expression, for bare weekdays and months */
  tense: Tense;
  /** whether that clause's verb is one of saying, whose content may lie ahead of a past tense */
  reported: boolean;
  /** the most recent point mentioned before this expression, for "the following day" */
  anchor: Point | null;
  /** the most recent point mentioned at a given granularity ("the quarter" after "the third quarter") */
  lastOf(gran: Granularity): Point | null;
  /** a day-level point mentioned in the same sentence, for a bare clock time (computed on demand) */
  sentenceDay(): Point | null;
  /** the last day-level point mentioned before this expression, if it lies in the same paragraph */
  paragraphDay(): Point | null;
};

export type Resolution = {
  value: string;
  /**
   * set when the value is a calendar point, so that later expressions can anchor on it; for a DURATION
   * measured from a date ("three days later"), the point it reaches
   */
  point?: Point;
  /** for a length placed at a date, where the placing word ends ("three days later") */
  pointEnd?: number;
  /** the value of the point this one was computed from, when that was not the reference date */
  anchor?: string;
  mod?: TimexMod;
  /** a comparison point ("the year-ago quarter") that later expressions should not anchor on */
  derived?: boolean;
  /** overrides the candidate's type when resolution decides it ("Sunday night" is a TIME only with a time) */
  type?: TimexType;
  /** overrides the candidate's rule when resolution took a fallback worth recording ("time/bare-clock") */
  rule?: string;
};

export type Candidate = {
  start: number;
  end: number;
  type: TimexType;
  rule: string;
  resolve(ctx: ResolveContext): Resolution | null;
};

/**
 * Keep the longest of overlapping candidates: a longer match has read more of the phrase
 * ("the past two months" over "two months"). Ties go to the earlier entry in `candidates`,
 * so the caller orders sources by trust. A document holds a few dozen candidates at most, so each is
 * checked against those kept so far; a bitmap of the text would cost an allocation per document.
 */
export function selectNonOverlapping(candidates: readonly Candidate[]): Candidate[] {
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const kept: Candidate[] = [];
  for (const { c } of order) {
    if (overlapsAny(kept, c)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Do c and one of `kept` share a character? An empty span shares none. */
function overlapsAny(kept: readonly Candidate[], c: Candidate): boolean {
  if (c.end <= c.start) return false;
  for (const k of kept) if (k.start < c.end && c.start < k.end && k.start < k.end) return true;
  return false;
}
