// Calendar arithmetic on plain civil dates (no time zones: a news date is a calendar day, not an instant),
// and formatting of TIMEX3 values at each granularity.

/** A civil date; month 1-12, day 1-31. */
export type CivilDate = { year: number; month: number; day: number };

const MS_PER_DAY = 86_400_000;

export function parseIsoDate(value: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Days since 1970-01-01, so that day differences are plain subtraction. */
export function dayNumber(d: CivilDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): CivilDate {
  const t = new Date(n * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: CivilDate, days: number): CivilDate {
  return fromDayNumber(dayNumber(d) + days);
}

/** Adds months, clamping the day to the length of the target month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(d: CivilDate, months: number): CivilDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 = Sunday ... 6 = Saturday (the JavaScript and chrono convention). */
export function weekdayOf(d: CivilDate): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7;
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(d: CivilDate): { year: number; week: number } {
  const isoDay = weekdayOf(d) === 0 ? 7 : weekdayOf(d);
  const thursday = addDays(d, 4 - isoDay);
  const firstOfYear = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - firstOfYear) / 7) + 1 };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
const pad4 = (n: number): string => String(n).padStart(4, "0");

export function formatDay(d: CivilDate): string {
  return `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

export function formatYear(year: number): string {
  return pad4(year);
}

export function formatWeek(d: CivilDate): string {
  const w = isoWeek(d);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

export function formatQuarter(year: number, quarter: number): string {
  return `${pad4(year)}-Q${quarter}`;
}

export function formatTime(d: CivilDate, hour: number, minute: number): string {
  return `${formatDay(d)}T${pad2(hour)}:${pad2(minute)}`;
}

/** TIMEX3 decades are the first three digits of their years: the 1990s are "199". */
export function formatDecade(year: number): string {
  return pad4(year).slice(0, 3);
}

/** TIMEX3 centuries are the first two digits: the 20th century is "19". */
export function formatCentury(ordinal: number): string {
  return pad2(ordinal - 1);
}

/** The most recent date on or before `ref` that falls on `weekday`. */
export function lastWeekdayOnOrBefore(ref: CivilDate, weekday: number): CivilDate {
  return addDays(ref, -((weekdayOf(ref) - weekday + 7) % 7));
}

/** The first date on or after `ref` that falls on `weekday`. */
export function nextWeekdayOnOrAfter(ref: CivilDate, weekday: number): CivilDate {
  return addDays(ref, (weekday - weekdayOf(ref) + 7) % 7);
}

/**
 * The year, near `ref`, in which month/day falls on `weekday`: "Thursday, May 4" names one year.
 * Candidates are searched outwards from the reference year; null if none within the window.
 */
export function yearForWeekday(ref: CivilDate, month: number, day: number, weekday: number, window = 11): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (let y = ref.year - window; y <= ref.year + 1; y++) {
    if (!isValidDate(y, month, day) || weekdayOf({ year: y, month, day }) !== weekday) continue;
    const distance = Math.abs(dayNumber({ year: y, month, day }) - dayNumber(ref));
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/** The year that puts month/day closest to `ref` (within half a year either way). */
export function closestYear(ref: CivilDate, month: number, day: number): number {
  let best = ref.year;
  let bestDistance = Infinity;
  for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
    const safeDay = Math.min(day, daysInMonth(y, month));
    const distance = Math.abs(dayNumber({ year: y, month, day: safeDay }) - dayNumber(ref));
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}
