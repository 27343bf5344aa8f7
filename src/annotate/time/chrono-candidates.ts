// chrono's results as candidates: extents trimmed to TimeML conventions (no leading preposition,
// no trailing comma), ranges split into their two ends, values resolved later in text order.

import type { ParsedComponents, ParsedResult } from "chrono-node";
import type { TimexType } from "../../model/types.js";
import { addDays, type CivilDate, nextWeekdayOnOrAfter } from "./calendar.js";
import type { Candidate, ResolveContext, Resolution, TimexMod } from "./candidate.js";
import { newsChrono, TAG } from "./chrono-news.js";
import type { PartOfDay } from "./lexicon.js";
import { spansWith, type TextSpan, trieSource } from "./hot-spans.js";
import { isCapitalisedDayPart, isNameTimeWord } from "./name-words.js";
import { dayPoint, formatPoint, isDayLevel, monthPoint, type Point, yearPoint } from "./point.js";
import { resolveDayYear, resolveMonthYear, resolveWeekday } from "./relative.js";

const LEADING_SIGNAL = /^(?:at|on|in|by|of|from|since|until|till|before|after|during)\s+/i;
/** "around 7:15 p.m.", "about Nov. 1": an approximation belongs to the expression (mod APPROX). */
const APPROXIMATION_BEFORE = /\b(?:around|about|approximately|roughly)\s+$/i;
const RANGE_SEPARATOR = /\s*(?:-|\u2013|\u2014|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*/i;

/**
 * Words without which none of our chrono parsers reads anything: month names and abbreviations, weekdays,
 * casual days, parts of day, clock words, and digits written as clock times or numeric dates. Months and
 * weekdays must be capitalised as English writes them: a lower-case "may" is a verb, and it is common.
 */
const CHRONO_WORDS = [
  ..."January February March April May June July August September October November December".split(" "),
  ..."Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split(" "),
  ..."today tonight yesterday tomorrow morning afternoon midafternoon evening night overnight noon midday midnight"
    .split(" ")
    .flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1)]),
];
const CHRONO_TRIGGER = new RegExp(
  `\\b(?:${trieSource(CHRONO_WORDS)}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\\b)` +
    "|\\d\\s*(?:[:\\uff1a]\\d|[ap]\\.?\\s?m\\b|o\\W*clock|\\/\\d)|\\d{4}-\\d|\\d\\.\\d\\d?\\.\\d\\d" +
    // clock times in words: "eight p.m.", "ten o'clock", "half past nine"
    "|[a-z]\\s+(?:[ap]\\.?\\s?m\\b|o\\W*clock\\b)|\\b(?:past|to)\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b",
  "g",
);

/**
 * chrono's readings as candidates. `spans` are the sentences: chrono reads only those holding one of its
 * trigger words, consecutive ones together; without `spans` it reads the whole text.
 */
export function chronoCandidates(text: string, ref: CivilDate, spans?: readonly TextSpan[]): Candidate[] {
  const chunks = spans ? spansWith(text, CHRONO_TRIGGER, spans) : [{ start: 0, end: text.length }];
  const out: Candidate[] = [];
  for (const chunk of chunks) readChunk(text, chunk, ref, out);
  return out;
}

function readChunk(text: string, chunk: TextSpan, ref: CivilDate, out: Candidate[]): void {
  // chrono reads local-time fields from its reference; noon keeps the calendar day whatever the zone.
  const refDate = new Date(ref.year, ref.month - 1, ref.day, 12);
  const slice = chunk.start === 0 && chunk.end === text.length ? text : text.slice(chunk.start, chunk.end);
  let previous: { reading: Reading; end: number } | undefined;
  for (const result of newsChrono().parse(slice, refDate)) {
    let rangeStart: Reading | undefined;
    for (const part of splitRange(result, chunk.start)) {
      const span = trimExtent(text, part.start, part.end);
      const reading = readComponents(part.components);
      if (!span || !plausible(text.slice(span.start, span.end), part.components, text.slice(span.end, span.end + 24))) continue;
      if (genericDay(text, span.start, span.end) || isNameTimeWord(text, span.start, span.end) || opensOnName(text, span) || titleWordEnds(text, span)) continue;
      const approx = APPROXIMATION_BEFORE.exec(text.slice(Math.max(0, span.start - 16), span.start));
      const weekdayRangeStart = previous && isWeekdayRange(previous.reading, reading, text.slice(previous.end, span.start)) ? previous.reading : undefined;
      out.push(candidateFrom(approx ? span.start - approx[0].length : span.start, span.end, reading, approx !== null, rangeStart ?? weekdayRangeStart));
      rangeStart = reading;
      previous = { reading, end: span.end };
      if (!result.end) pushCoordinatedDay(text, span.end, reading, out);
    }
  }
}

/** "May, 60" read from "Yin Myint May, 60,": a month that ends a name, with an age after it that chrono takes for a year. */
function opensOnName(text: string, span: TextSpan): boolean {
  const word = /^\p{Lu}\p{Ll}+/u.exec(text.slice(span.start, span.end));
  return word !== null && span.start + word[0].length < span.end && isNameTimeWord(text, span.start, span.start + word[0].length);
}

/** "The Morning" read from "the Morning Ledger": the title's first word, not a time of day. */
function titleWordEnds(text: string, span: TextSpan): boolean {
  const start = text.lastIndexOf(" ", span.end - 1) + 1;
  return start > span.start && isCapitalisedDayPart(text.slice(start, span.end)) && isNameTimeWord(text, start, span.end);
}

const WEEKDAY_RANGE_SEPARATOR = /^\s*(?:to|through|thru|until|till|[-\u2013])\s*$/i;

/** "from Monday to Wednesday", "Friday through Sunday": two bare weekdays as the ends of one range. */
function isWeekdayRange(first: Reading, second: Reading, between: string): boolean {
  const bare = (r: Reading): boolean => r.weekday !== undefined && r.day === undefined && r.dayOffset === undefined && r.relation === undefined;
  return bare(first) && bare(second) && WEEKDAY_RANGE_SEPARATOR.test(between);
}

const COORDINATED_DAY = /^\s+(?:and|or|&)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![.,]?\d|\s*(?:%|percent|[ap]\.?m\b))/i;

/** "April 24 and 25": the second day of the same month, which chrono does not read as a range. */
function pushCoordinatedDay(text: string, end: number, first: Reading, out: Candidate[]): void {
  if (first.month === undefined || first.day === undefined || first.hour !== undefined) return;
  const m = COORDINATED_DAY.exec(text.slice(end, end + 16));
  if (!m) return;
  const day = Number(m[1]);
  if (day <= first.day || day > 31) return;
  const start = end + m[0].search(/\d/);
  const second: Reading = { ...first, day, rule: "coordinated-day" };
  delete second.weekday;
  out.push(candidateFrom(start, end + m[0].length, second, false, first));
}

type Part = { start: number; end: number; components: ParsedComponents };

/** "May 3-5" is two timexes, "May 3" and "5", as TimeBank marks the ends of a range. */
function splitRange(result: ParsedResult, offset: number): Part[] {
  const start = offset + result.index;
  const end = start + result.text.length;
  if (!result.end) return [{ start, end, components: result.start }];
  const firstDigit = result.text.search(/\d/);
  const from = firstDigit < 0 ? 0 : firstDigit;
  const sep = RANGE_SEPARATOR.exec(result.text.slice(from));
  if (!sep) return [{ start, end, components: result.start }];
  const sepStart = start + from + sep.index;
  const sepEnd = sepStart + sep[0].length;
  return [
    { start, end: sepStart, components: result.start },
    { start: sepEnd, end, components: result.end },
  ];
}

function trimExtent(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  for (let m = LEADING_SIGNAL.exec(text.slice(s, e)); m; m = LEADING_SIGNAL.exec(text.slice(s, e))) s += m[0].length;
  while (e > s && /[\s,;:(]/.test(text[e - 1] as string)) e--;
  // chrono reads "March of" ready for a year that may not come; "of" ends no timex.
  if (/\sof$/i.test(text.slice(s, e))) e -= 3;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s && text[e - 1] === "." && !/[ap]\.m\.$/i.test(text.slice(s, e))) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * "March of Dimes", "the March of the Living": a month name leading a name is not a date. A name
 * that owns the next words is the time's frame instead: "May of Biden's first term".
 */
const NAME_AFTER_MONTH = /^\s*of\s+(?:the\s+)?[A-Z][A-Za-z-]*(?![A-Za-z-]|['\u2019]s\b)/;

const GAME_CLOCK_AFTER = /^\s+(?:left|remaining|to go|to play)\b/i;

/**
 * Month names are capitalised in English; a lower-case "march" or "may" alone is a verb. A month
 * alone followed by "of" and a name is itself part of a name ("May of last year" stays a date).
 */
function plausible(surface: string, c: ParsedComponents, after: string): boolean {
  const monthOnly = c.isCertain("month") && !c.isCertain("day") && !c.isCertain("year");
  if (monthOnly && !/^[A-Z]/.test(surface)) return false;
  if (monthOnly && NAME_AFTER_MONTH.test(after)) return false;
  // "with 14:05 left in the half": a game clock, not a time of day.
  const clockOnly = c.isCertain("hour") && !c.isCertain("day") && !c.isCertain("weekday");
  if (clockOnly && GAME_CLOCK_AFTER.test(after)) return false;
  return true;
}

/** Heads that "today's" makes the present age, not the day: "today's world", "in today's dollars". */
const PRESENT_AGE_HEADS = /^'s\s+(?:[a-z]+\s+)?(?:world|society|societies|economy|generation|youth|young|children|kids|culture|standards|dollars|terms|technology|computers|consumers)\b/i;
/** "the people of tomorrow", "the cars of today": an age, not a day. */
const NOUN_OF_BEFORE = /\bthe\s+[a-z]+\s+of\s+$/i;

/** "today" and "tomorrow" as the present or coming age, which TimeBank leaves unmarked. */
function genericDay(text: string, start: number, end: number): boolean {
  const surface = text.slice(start, end).toLowerCase();
  if (surface !== "today" && surface !== "tomorrow") return false;
  const after = text.slice(end, end + 40);
  if (PRESENT_AGE_HEADS.test(after)) return true;
  return NOUN_OF_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !/^['\u2019]s\b/.test(after);
}

/** What chrono read, copied once into plain fields (chrono's accessors rebuild tag sets on every call). */
type Reading = {
  year?: number;
  /** the year chrono implied (closest to the reference, or the one a weekday fits) when none was written */
  impliedYear: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  partOfDay?: PartOfDay;
  /** "midnight Friday", "midnight tonight": the midnight that ends the day named */
  midnight?: boolean;
  mod?: TimexMod;
  relation?: string;
  dayOffset?: number;
  fromAnchor: boolean;
  rule: string;
};

function readComponents(c: ParsedComponents): Reading {
  const tags = [...c.tags()];
  const tagValue = (prefix: string): string | undefined => tags.find((t) => t.startsWith(prefix))?.slice(prefix.length);
  const certain = (component: "year" | "month" | "day" | "weekday" | "hour" | "minute"): number | undefined =>
    c.isCertain(component) ? (c.get(component) as number) : undefined;
  const reading: Reading = { impliedYear: c.get("year") as number, fromAnchor: tags.includes(TAG.fromAnchor), rule: "" };
  const fields = { year: certain("year"), month: certain("month"), day: certain("day"), weekday: certain("weekday"), hour: certain("hour") };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) (reading as Record<string, unknown>)[key] = value;
  if (reading.hour !== undefined) reading.minute = c.get("minute") ?? 0;
  if (tags.includes(TAG.midnight)) reading.midnight = true;
  const partOfDay = tagValue(TAG.partOfDay);
  if (partOfDay) reading.partOfDay = partOfDay as PartOfDay;
  const mod = tagValue(TAG.mod);
  if (mod) reading.mod = mod as TimexMod;
  const relation = tagValue(TAG.relation);
  if (relation) reading.relation = relation;
  const offset = tagValue(TAG.dayOffset);
  if (offset !== undefined) reading.dayOffset = Number(offset);
  const parser = tags.find((t) => t.startsWith("parser/"))?.slice("parser/".length);
  reading.rule = tags.includes(TAG.weekday) ? "weekday" : offset !== undefined ? "casual-day" : (parser ?? (reading.hour !== undefined ? "time" : "date"));
  return reading;
}

/**
 * `rangeStart`, for the second end of a range ("May 3-5"), is the first end's reading: the second end
 * lies in the same year, or the next one when it comes earlier in the calendar ("Dec. 30-Jan. 2").
 */
function candidateFrom(start: number, end: number, reading: Reading, approximate: boolean, rangeStart?: Reading): Candidate {
  const type: TimexType = reading.hour !== undefined || reading.partOfDay ? "TIME" : "DATE";
  return {
    start,
    end,
    type,
    rule: `chrono/${reading.rule}`,
    resolve: (ctx) => {
      const r = resolveReading(rangeStart ? withRangeYear(reading, rangeStart, ctx) : reading, ctx);
      return r && approximate ? { ...r, mod: "APPROX" } : r;
    },
  };
}

function withRangeYear(reading: Reading, rangeStart: Reading, ctx: ResolveContext): Reading {
  // The second weekday of a range is the first one after the range's start, whatever the tense.
  if (reading.weekday !== undefined && reading.day === undefined && rangeStart.weekday !== undefined) {
    const first = resolveDay(rangeStart, ctx)?.date;
    if (!first) return reading;
    const date = nextWeekdayOnOrAfter(addDays(first, 1), reading.weekday);
    return { ...reading, year: date.year, month: date.month, day: date.day };
  }
  if (reading.year !== undefined || reading.month === undefined) return reading;
  const first = resolveDay(rangeStart, ctx)?.date;
  if (!first) return reading;
  const wraps = reading.month < first.month || (reading.month === first.month && (reading.day ?? 1) < first.day);
  return { ...reading, year: first.year + (wraps ? 1 : 0) };
}

function resolveReading(r: Reading, ctx: ResolveContext): Resolution | null {
  const day = resolveDay(r, ctx);
  let point: Point | null = null;
  let anchor: string | undefined;
  if (day) {
    point = dayPoint(day.date);
    anchor = day.anchor;
  } else if (r.month !== undefined) {
    point = monthPoint(r.year ?? resolveMonthYear(ctx.ref, r.month, ctx.tense, ctx.reported), r.month);
  } else if (r.year !== undefined) {
    point = yearPoint(r.year);
  }
  if (!point) return null;
  // TimeML writes the midnight of a day as its end, T24:00: "midnight tonight" is still ahead.
  if (r.hour !== undefined && isDayLevel(point)) point = { gran: "minute", date: point.date, hour: r.midnight ? 24 : r.hour, minute: r.minute ?? 0 };
  else if (r.partOfDay && isDayLevel(point)) point = { gran: "partOfDay", date: point.date, partOfDay: r.partOfDay };
  const resolution: Resolution = { value: formatPoint(point), point };
  if (anchor) resolution.anchor = anchor;
  // The reference date only stands in for the day: later expressions must not count from it.
  if (day?.bareClock) Object.assign(resolution, { rule: BARE_CLOCK_RULE, derived: true });
  if (r.mod) resolution.mod = r.mod;
  return resolution;
}

/** Marks a clock time dated by the reference date for want of a date near it. */
const BARE_CLOCK_RULE = "time/bare-clock";

type DayReading = { date: CivilDate; anchor?: string; bareClock?: boolean };

/**
 * The calendar day the reading names, if it names one. A bare clock time takes the day written in its
 * sentence, else the last day named earlier in its paragraph (an account of the same event); beyond the
 * paragraph a day may belong to another event, so the reference date stands in and says so.
 */
function resolveDay(r: Reading, ctx: ResolveContext): DayReading | null {
  if (r.dayOffset !== undefined) {
    if (r.fromAnchor && ctx.anchor && isDayLevel(ctx.anchor)) {
      return { date: addDays(ctx.anchor.date, r.dayOffset), anchor: formatPoint(ctx.anchor) };
    }
    return { date: addDays(ctx.ref, r.dayOffset) };
  }
  if (r.day !== undefined && r.month !== undefined) {
    // With a weekday, chrono's implied year is already the one that fits it (WeekdayYearRefiner).
    const year = r.year ?? (r.weekday !== undefined ? r.impliedYear : resolveDayYear(ctx.ref, r.month, r.day, ctx.tense));
    return { date: { year, month: r.month, day: r.day } };
  }
  if (r.weekday !== undefined) {
    const date = resolveWeekday(ctx.ref, r.weekday, r.relation, ctx.tense, ctx.anchor);
    const anchored = (r.relation === "previous" || r.relation === "following") && ctx.anchor && isDayLevel(ctx.anchor);
    return anchored && ctx.anchor ? { date, anchor: formatPoint(ctx.anchor) } : { date };
  }
  if (r.hour !== undefined && r.month === undefined && r.year === undefined) {
    const context = ctx.sentenceDay() ?? ctx.paragraphDay();
    return context ? { date: context.date, anchor: formatPoint(context) } : { date: ctx.ref, bareClock: true };
  }
  return null;
}
