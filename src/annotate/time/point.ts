// A resolved calendar point at some granularity, and its TIMEX3 value.
// Every point carries a representative civil date (the first day of its period, or the day itself),
// so that shifting "a year earlier" or "the following day" is date arithmetic at the point's granularity.

import {
  addDays,
  addMonths,
  type CivilDate,
  formatDay,
  formatDecade,
  formatMonth,
  formatQuarter,
  formatTime,
  formatWeek,
  formatYear,
  quarterOf,
  weekdayOf,
} from "./calendar.js";
import type { PartOfDay, Season } from "./lexicon.js";

export type Granularity =
  | "minute"
  | "partOfDay"
  | "day"
  | "weekend"
  | "week"
  | "month"
  | "season"
  | "quarter"
  | "half"
  | "year"
  | "decade"
  | "century";

export type Point = {
  gran: Granularity;
  /** representative day: the day itself, or the first day of the period */
  date: CivilDate;
  hour?: number;
  minute?: number;
  partOfDay?: PartOfDay;
  season?: Season;
};

export function dayPoint(date: CivilDate): Point {
  return { gran: "day", date };
}

export function monthPoint(year: number, month: number): Point {
  return { gran: "month", date: { year, month, day: 1 } };
}

export function yearPoint(year: number): Point {
  return { gran: "year", date: { year, month: 1, day: 1 } };
}

export function quarterPoint(year: number, quarter: number): Point {
  return { gran: "quarter", date: { year, month: (quarter - 1) * 3 + 1, day: 1 } };
}

export function halfPoint(year: number, half: number): Point {
  return { gran: "half", date: { year, month: half === 1 ? 1 : 7, day: 1 } };
}

export function seasonPoint(year: number, season: Season): Point {
  return { gran: "season", date: { year, month: 1, day: 1 }, season };
}

/** The Monday of the ISO week holding `date`. */
export function weekPoint(date: CivilDate): Point {
  const isoDay = weekdayOf(date) === 0 ? 7 : weekdayOf(date);
  return { gran: "week", date: addDays(date, 1 - isoDay) };
}

export function formatPoint(p: Point): string {
  const d = p.date;
  switch (p.gran) {
    case "minute":
      return formatTime(d, p.hour ?? 0, p.minute ?? 0);
    case "partOfDay":
      return `${formatDay(d)}T${p.partOfDay ?? "DT"}`;
    case "day":
      return formatDay(d);
    case "week":
      return formatWeek(d);
    case "weekend":
      return `${formatWeek(d)}-WE`;
    case "month":
      return formatMonth(d.year, d.month);
    case "season":
      return `${formatYear(d.year)}-${p.season ?? "SU"}`;
    case "quarter":
      return formatQuarter(d.year, quarterOf(d.month));
    case "half":
      return `${formatYear(d.year)}-H${d.month <= 6 ? 1 : 2}`;
    case "year":
      return formatYear(d.year);
    case "decade":
      return formatDecade(d.year);
    case "century":
      return String(Math.floor(d.year / 100)).padStart(2, "0");
  }
}

/** Shift a point by n of its own units (n days for a day, n quarters for a quarter...). */
export function shiftPoint(p: Point, n: number): Point {
  switch (p.gran) {
    case "minute":
    case "partOfDay":
    case "day":
      return { ...p, date: addDays(p.date, n) };
    case "week":
    case "weekend":
      return { ...p, date: addDays(p.date, 7 * n) };
    case "month":
      return { ...p, date: addMonths(p.date, n) };
    case "quarter":
      return { ...p, date: addMonths(p.date, 3 * n) };
    case "half":
      return { ...p, date: addMonths(p.date, 6 * n) };
    case "season":
    case "year":
      return { ...p, date: addMonths(p.date, 12 * n) };
    case "decade":
      return { ...p, date: addMonths(p.date, 120 * n) };
    case "century":
      return { ...p, date: addMonths(p.date, 1200 * n) };
  }
}

/** Is this a point on (or within) one calendar day? */
export function isDayLevel(p: Point): boolean {
  return p.gran === "day" || p.gran === "partOfDay" || p.gran === "minute";
}

/** The same point re-expressed at a coarser or equal granularity ("2023-05-03" as a week, month, year). */
export function coarsen(p: Point, gran: Granularity): Point {
  const d = p.date;
  switch (gran) {
    case "day":
      return dayPoint(d);
    case "week":
      return weekPoint(d);
    case "month":
      return monthPoint(d.year, d.month);
    case "quarter":
      return quarterPoint(d.year, quarterOf(d.month));
    case "half":
      return halfPoint(d.year, d.month <= 6 ? 1 : 2);
    case "year":
      return yearPoint(d.year);
    case "decade":
      return { gran: "decade", date: { year: d.year - (d.year % 10), month: 1, day: 1 } };
    case "century":
      return { gran: "century", date: { year: d.year - (d.year % 100), month: 1, day: 1 } };
    default:
      return { ...p, gran };
  }
}
