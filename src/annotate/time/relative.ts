// Choosing which calendar date a partial expression means, for news: a bare weekday or month in a
// report about the past is the last one, in a report about plans the next one.

import {
  addDays,
  type CivilDate,
  closestYear,
  dayNumber,
  daysInMonth,
  lastWeekdayOnOrBefore,
  nextWeekdayOnOrAfter,
  quarterOf,
  weekdayOf,
} from "./calendar.js";
import type { Tense } from "./candidate.js";
import type { Season } from "./lexicon.js";
import { isDayLevel, monthPoint, type Point, quarterPoint, seasonPoint, weekPoint } from "./point.js";

/**
 * The day a weekday names. "last Friday" is strictly before the reference; "next Friday" strictly after;
 * a bare "Friday" is the latest one on or before the reference in past tense (the reference itself when
 * it is a Friday), the first one on or after it in future tense. "the following Monday" counts from the anchor.
 */
export function resolveWeekday(ref: CivilDate, weekday: number, relation: string | undefined, tense: Tense, anchor: Point | null): CivilDate {
  switch (relation) {
    case "last":
    case "past":
    case "this past":
      return lastWeekdayOnOrBefore(addDays(ref, -1), weekday);
    case "next":
    case "coming":
    case "this coming":
      return nextWeekdayOnOrAfter(addDays(ref, 1), weekday);
    case "previous": {
      const base = anchor && isDayLevel(anchor) ? anchor.date : ref;
      return lastWeekdayOnOrBefore(addDays(base, -1), weekday);
    }
    case "following": {
      const base = anchor && isDayLevel(anchor) ? anchor.date : ref;
      return nextWeekdayOnOrAfter(addDays(base, 1), weekday);
    }
    default:
      return tense === "future" ? nextWeekdayOnOrAfter(ref, weekday) : lastWeekdayOnOrBefore(ref, weekday);
  }
}

/**
 * A month written without a year: in past tense the last one (this month included), in future tense
 * the next one, and with no cue the nearer of the two (news mentions the months around its date).
 * `reported` says the past tense is that of a verb of saying.
 */
export function resolveMonthYear(ref: CivilDate, month: number, tense: Tense, reported = false): number {
  const past = month <= ref.month ? ref.year : ref.year - 1;
  const next = month >= ref.month ? ref.year : ref.year + 1;
  // News leaves the year out for months of the current year: what was said ("talked about the visit
  // in September") may be about the month just ahead, not the one eleven months back; an event told
  // in the past tense ("joined in April") is the past one. Across the new year, "in January" in a
  // December year-in-review is still this year's.
  if (tense === "past") return reported && month === ref.month + 1 ? next : past;
  if (tense === "future") return next;
  const back = (ref.month - month + 12) % 12;
  const ahead = (month - ref.month + 12) % 12;
  return ahead < back ? next : past;
}

/** "last November": the most recent November before this month. */
export function lastMonth(ref: CivilDate, month: number): Point {
  return monthPoint(month < ref.month ? ref.year : ref.year - 1, month);
}

/** "next March": the first March after this month. */
export function nextMonth(ref: CivilDate, month: number): Point {
  return monthPoint(month > ref.month ? ref.year : ref.year + 1, month);
}

/** A month and day without a year: the last one in past tense, the next in future, else the nearest. */
export function resolveDayYear(ref: CivilDate, month: number, day: number, tense: Tense): number {
  const onOrBefore = (y: number): boolean => dayNumber({ year: y, month, day: Math.min(day, daysInMonth(y, month)) }) <= dayNumber(ref);
  if (tense === "past") return onOrBefore(ref.year) ? ref.year : ref.year - 1;
  if (tense === "future") return onOrBefore(ref.year) && !(month === ref.month && day === ref.day) ? ref.year + 1 : ref.year;
  return closestYear(ref, month, day);
}

/**
 * A quarter named by number without a year ("the third quarter"): the latest one that has begun by the
 * reference date, as earnings reports talk about the quarter just ended or under way. Told of the
 * future, that one still fits when it is under way or just over ("will report third-quarter results");
 * one over before the last quarter began is next year's ("sales will rise in the second quarter").
 */
export function resolveQuarter(ref: CivilDate, quarter: number, tense: Tense = "unknown"): Point {
  const startMonth = (quarter - 1) * 3 + 1;
  const year = startMonth <= ref.month ? ref.year : ref.year - 1;
  const monthsSinceEnd = ref.year * 12 + ref.month - (year * 12 + startMonth + 2);
  return quarterPoint(tense === "future" && monthsSinceEnd > 3 ? year + 1 : year, quarter);
}

/** The quarter before the one holding the reference: "the latest quarter" in a report. */
export function lastCompletedQuarter(ref: CivilDate): Point {
  const q = quarterOf(ref.month);
  return q === 1 ? quarterPoint(ref.year - 1, 4) : quarterPoint(ref.year, q - 1);
}

const SEASON_START_MONTH: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The season holding a date; December to February is winter, filed under the December's year. */
function seasonOf(d: CivilDate): { season: Season; year: number } {
  if (d.month <= 2) return { season: "WI", year: d.year - 1 };
  if (d.month <= 5) return { season: "SP", year: d.year };
  if (d.month <= 8) return { season: "SU", year: d.year };
  if (d.month <= 11) return { season: "FA", year: d.year };
  return { season: "WI", year: d.year };
}

/** "last fall" / "this summer" / "next spring" / bare "the summer" (past: the latest one begun). */
export function resolveSeason(ref: CivilDate, season: Season, relation: string | undefined, tense: Tense): Point {
  const current = seasonOf(ref);
  const started = (year: number): boolean =>
    dayNumber({ year, month: SEASON_START_MONTH[season], day: 1 }) <= dayNumber(ref);
  switch (relation) {
    case "this":
      return seasonPoint(season === current.season ? current.year : ref.year, season);
    case "last":
    case "this past": {
      const year = season === current.season ? current.year - 1 : started(ref.year) ? ref.year : ref.year - 1;
      return seasonPoint(year, season);
    }
    case "next":
    case "coming":
    case "this coming":
      return seasonPoint(started(ref.year) ? ref.year + 1 : ref.year, season);
    default:
      if (tense === "future") return seasonPoint(started(ref.year) && season !== current.season ? ref.year + 1 : ref.year, season);
      return seasonPoint(started(ref.year) ? ref.year : ref.year - 1, season);
  }
}

/** The weekend a bare "the weekend" means: the one just past in past tense, else the coming one. */
export function resolveWeekend(ref: CivilDate, tense: Tense): Point {
  const isSunday = weekdayOf(ref) === 0;
  const saturday = tense === "future" && !isSunday ? nextWeekdayOnOrAfter(ref, 6) : lastWeekdayOnOrBefore(ref, 6);
  return { ...weekPoint(saturday), gran: "weekend" };
}

export { seasonPoint };
