// Resolution in text order: each expression sees the reference date, its clause's tense, and the points
// mentioned before it, so "the following day" lands on the day after the previous date in the text.

import type { AnnotatedDoc, Timex } from "../../model/types.js";
import type { CivilDate } from "./calendar.js";
import type { Candidate, ResolveContext, Tense } from "./candidate.js";
import { formatPoint, type Granularity, isDayLevel, type Point } from "./point.js";
import { reportedAt, tenseAt } from "./tense.js";

export function resolveInOrder(candidates: readonly Candidate[], doc: AnnotatedDoc, ref: CivilDate): Timex[] {
  const text = doc.article.text;
  const sentenceStarts = doc.sentences.map((s) => s.start);
  const lastByGran = new Map<Granularity, Point>();
  const dayBySentence = new Map<number, Point>();
  let anchor: Point | null = null;
  let lastDay: Point | null = null;
  let lastDayParagraph = -1;
  // A forecast quarter is the one in discussion only within its own sentence ("expects fourth-quarter
  // profit to top the year-ago quarter's").
  let forecast: { point: Point; sentence: number } | null = null;
  const out: Timex[] = [];
  const paragraphOf = (sentence: number): number => doc.sentences[sentence]?.paragraph ?? 0;

  const contextFor = (c: Candidate, sentence: number, sentenceDay: () => Point | null): ResolveContext => {
    let tense: Tense | undefined;
    let reported: boolean | undefined;
    const currentAnchor = anchor;
    return {
      ref,
      // Most expressions never ask for the tense; reading the clause only when asked keeps this cheap.
      get tense(): Tense {
        tense ??= tenseAt(doc, sentence, c.start);
        return tense;
      },
      get reported(): boolean {
        reported ??= reportedAt(doc, sentence, c.start);
        return reported;
      },
      anchor: currentAnchor,
      lastOf: (gran) =>
        gran === "day" ? lastDay : gran === "quarter" && forecast?.sentence === sentence ? forecast.point : (lastByGran.get(gran) ?? null),
      sentenceDay,
      paragraphDay: () => (lastDay && lastDayParagraph === paragraphOf(sentence) ? lastDay : null),
    };
  };

  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    const sentence = sentenceIndexAt(sentenceStarts, c.start);
    const sentenceDay = (): Point | null =>
      dayBySentence.get(sentence) ?? lookAheadDay(candidates, i, sentence, sentenceStarts, (d) => contextFor(d, sentence, () => null));
    const ctx = contextFor(c, sentence, sentenceDay);
    const resolution = c.resolve(ctx);
    if (!resolution) continue;
    const timex: Timex = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: resolution.type ?? c.type,
      value: resolution.value,
      sentence,
      rule: resolution.rule ?? c.rule,
    };
    if (resolution.anchor) timex.anchor = resolution.anchor;
    if (resolution.mod) timex.mod = resolution.mod;
    const p = resolution.point;
    if (p && timex.type === "DURATION") {
      timex.point = formatPoint(p);
      if (resolution.pointEnd !== undefined) timex.pointEnd = resolution.pointEnd;
    }
    out.push(timex);
    // "Three days later ... the next day": the date a length leads to is the one the story has reached.
    if (p && !resolution.derived && (timex.type === "DATE" || timex.type === "TIME" || timex.point)) {
      anchor = p;
      if (p.gran === "quarter" && isForecastQuarter(p, ref, ctx.tense)) forecast = { point: p, sentence };
      else lastByGran.set(p.gran, p);
      if (isDayLevel(p)) {
        lastDay = p;
        lastDayParagraph = paragraphOf(sentence);
        if (!dayBySentence.has(sentence)) dayBySentence.set(sentence, p);
      }
    }
  }
  return out;
}

/**
 * A quarter not yet over at the reference date, unless reported in the past tense (a fiscal fourth
 * quarter may end before the calendar one), is a forecast ("losses through the third quarter of next
 * year"): results are reported for quarters that have ended, so a later "year-ago period" or "the
 * quarter" still means the one under report.
 */
function isForecastQuarter(p: Point, ref: CivilDate, tense: Tense): boolean {
  const endMonth = p.date.year * 12 + p.date.month + 2;
  return endMonth >= ref.year * 12 + ref.month && tense !== "past";
}

/**
 * "At 2.30am on Wednesday": a clock time before its date borrows the day from later in the sentence. A
 * length counted to a day ("shut two days earlier") dates another happening, not the clock time's.
 */
function lookAheadDay(
  candidates: readonly Candidate[],
  from: number,
  sentence: number,
  sentenceStarts: readonly number[],
  contextFor: (c: Candidate) => ResolveContext,
): Point | null {
  for (let j = from + 1; j < candidates.length; j++) {
    const next = candidates[j] as Candidate;
    if (sentenceIndexAt(sentenceStarts, next.start) !== sentence) break;
    const resolution = next.resolve(contextFor(next));
    if ((resolution?.type ?? next.type) === "DURATION") continue;
    const p = resolution?.point;
    if (p && isDayLevel(p) && p.gran !== "minute") return p;
  }
  return null;
}

/** Index of the sentence holding `offset` (the last sentence starting at or before it). */
export function sentenceIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
