/** A TIMEX3 date or time as the interval of time it covers, in UTC milliseconds, [start, end). */
export type TimeInterval = { start: number; end: number };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Parts of day as TimeML names them; evening and night overlap because writers use them loosely
// ("around 7 p.m. Wednesday night").
const PART_OF_DAY: Readonly<Record<string, readonly [number, number]>> = {
  MO: [5, 12],
  MI: [11, 13],
  AF: [12, 18],
  EV: [17, 23],
  NI: [18, 29],
  DT: [8, 18],
};

/**
 * A TIMEX3 value whose part of day ("TMO") is written as the hour that part begins ("T05"), so that values of one
 * day sort in the order of the day: a morning before an afternoon before clock times that evening.
 */
export function chronologicalKey(value: string): string {
  return value.replace(/T(MO|MI|AF|EV|NI|DT)$/u, (_, part: string) => `T${String(PART_OF_DAY[part]?.[0] ?? 0).padStart(2, "0")}`);
}

/** The interval a TIMEX3 value covers, or null when it names no fixed stretch of time (durations, PRESENT_REF, XXXX). */
export function timexInterval(value: string): TimeInterval | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|MI|AF|EV|NI|DT))?$/.exec(value);
  if (m) {
    const day = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
    if (m[4] !== undefined) {
      const at = day + +m[4] * HOUR + +m[5]! * 60_000;
      return { start: at, end: at + 60_000 };
    }
    if (m[6] !== undefined) {
      const [from, to] = PART_OF_DAY[m[6]]!;
      return { start: day + from * HOUR, end: day + to * HOUR };
    }
    return { start: day, end: day + DAY };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { start: Date.UTC(+m[1]!, +m[2]! - 1, 1), end: Date.UTC(+m[1]!, +m[2]!, 1) };
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const start = isoWeekStart(+m[1]!, +m[2]!);
    return { start, end: start + 7 * DAY };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return { start: Date.UTC(+m[1]!, (+m[2]! - 1) * 3, 1), end: Date.UTC(+m[1]!, +m[2]! * 3, 1) };
  if ((m = /^(\d{4})$/.exec(value))) return { start: Date.UTC(+m[1]!, 0, 1), end: Date.UTC(+m[1]! + 1, 0, 1) };
  if ((m = /^(\d{3})$/.exec(value))) return { start: Date.UTC(+m[1]! * 10, 0, 1), end: Date.UTC(+m[1]! * 10 + 10, 0, 1) };
  return null;
}

function isoWeekStart(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday * DAY + (week - 1) * 7 * DAY;
}

export function intervalsMeet(a: TimeInterval, b: TimeInterval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when the value pins at least a calendar day (what a timeline can place). */
export function isDayOrFiner(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(value);
}

// A clock time with no day named in its own words ("at 2.30am") borrows its day from context; that day
// is too uncertain to contradict a stated date or to place the event on a timeline.
const NAMES_A_DAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}\/\d{1,2}\b|\b(?:today|yesterday|tomorrow|tonight|day|night|morning|evening|afternoon|week|month|year)\b|\b\d{4}\b/i;

export function isBareClockTime(timex: { type: string; text: string }): boolean {
  return timex.type === "TIME" && !NAMES_A_DAY.test(timex.text);
}
