// chrono-node, configured for news. chrono reads the date grammar (month names, numeric dates, clock
// times); our parsers add what news writes and chrono reads differently: weekdays that mean the past
// week, parts of day ("Sunday night"), casual days with modifiers ("late yesterday"), noon and midnight.
// Our refiners merge a weekday with the date after it without losing what we tagged, join a date and a
// clock time written side by side, and fix the year of "Thursday, May 4" to one where May 4 is a Thursday.
// Resolution against the reference date and the text around happens later (resolve.ts); chrono's own
// guesses for what it did not read are ignored, its certain components and our tags are what we keep.

import * as chrono from "chrono-node";
import type { ParsingComponents, ParsingContext, ParsingResult } from "chrono-node";
import { yearForWeekday } from "./calendar.js";
import { PART_OF_DAY_NAME, PARTS_OF_DAY, WEEKDAY_NAME, WEEKDAYS } from "./lexicon.js";

/** Tags carry what chrono's components cannot: which day a casual word means, part of day, modifiers. */
export const TAG = {
  weekday: "corroborate/weekday",
  relation: "corroborate/relation:",
  partOfDay: "corroborate/pod:",
  dayOffset: "corroborate/day:",
  fromAnchor: "corroborate/anchored",
  mod: "corroborate/mod:",
  /** the clock word "midnight", which TimeML writes as the end of its day (T24:00) */
  midnight: "corroborate/midnight",
} as const;

const MOD_OF_WORD: Record<string, string> = { early: "START", late: "END", mid: "MID", "mid-": "MID" };

/** "early on Wednesday", "last Friday", "Sunday night", "the following Monday". */
class NewsWeekdayParser implements chrono.Parser {
  private readonly re = new RegExp(
    `\\b(?:(early|late)\\s+(?:on\\s+)?)?(?:(last|this\\s+past|this\\s+coming|this|next|past|coming|(?:the\\s+)?previous|(?:the\\s+)?following)\\s+)?` +
      `(${WEEKDAY_NAME})\\b(?:\\s+(${PART_OF_DAY_NAME})\\b)?`,
    "i",
  );
  pattern(): RegExp {
    return this.re;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const weekday = WEEKDAYS[(match[3] as string).toLowerCase()];
    if (weekday === undefined) return null;
    // "arrests following Tuesday's attack": without "the", "following" is the preposition "after".
    const end = (match.index ?? 0) + match[0].length;
    if (match[2] && /^following$/i.test(match[2]) && /^['\u2019]s\b/.test(context.text.slice(end, end + 3))) {
      const dayStart = (match.index ?? 0) + match[0].lastIndexOf(match[3] as string);
      const result = context.createParsingResult(dayStart, context.text.slice(dayStart, end));
      result.start.assign("weekday", weekday);
      result.start.addTag(TAG.weekday);
      tagPartOfDay(result.start, match[4]);
      return result;
    }
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.assign("weekday", weekday);
    result.start.addTag(TAG.weekday);
    const relation = match[2]?.toLowerCase().replace(/^the\s+/, "").replace(/\s+/g, " ");
    if (relation) result.start.addTag(TAG.relation + relation);
    tagPartOfDay(result.start, match[4]);
    if (match[1]) result.start.addTag(TAG.mod + (MOD_OF_WORD[match[1].toLowerCase()] ?? ""));
    return result;
  }
}

/**
 * Casual days, alone or with a part of day: "yesterday", "late yesterday", "mid-afternoon yesterday",
 * "tonight", "last night", "this morning", and the anchored "that night", "the next morning".
 */
class CasualDayParser implements chrono.Parser {
  private readonly re = new RegExp(
    `\\b(?:(early|late|earlier|later|mid-)\\s*)?(?:` +
      `(?:(${PART_OF_DAY_NAME})\\s+)?(today|yesterday|tomorrow)(?:\\s+(${PART_OF_DAY_NAME}))?` +
      `|(tonight|last\\s+night|overnight)` +
      `|(this|that|the\\s+next|the\\s+following|the\\s+previous|the)\\s+(morning|mid-?afternoon|afternoon|evening|night)` +
      `)\\b`,
    "i",
  );
  pattern(): RegExp {
    return this.re;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [, modifier, podBefore, casualDay, podAfter, nightWord, determiner, podAfterDeterminer] = match;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    const c = result.start;
    if (casualDay) {
      c.addTag(TAG.dayOffset + ({ today: 0, yesterday: -1, tomorrow: 1 } as Record<string, number>)[casualDay.toLowerCase()]);
      tagPartOfDay(c, podBefore ?? podAfter);
    } else if (nightWord) {
      const w = nightWord.toLowerCase().replace(/\s+/g, " ");
      c.addTag(TAG.dayOffset + (w === "last night" ? -1 : 0));
      c.addTag(TAG.partOfDay + "NI");
    } else if (determiner && podAfterDeterminer) {
      const d = determiner.toLowerCase().replace(/\s+/g, " ");
      // "the night" alone is too often "during the night" of no particular day to be worth a guess.
      if (d === "the" && podAfterDeterminer.toLowerCase() === "night") return null;
      // "the evening of May 2": the day comes after, and TimeBank marks that day alone.
      if (d === "the" && /^\s+of\b/i.test(context.text.slice((match.index ?? 0) + match[0].length))) return null;
      if (d === "this") c.addTag(TAG.dayOffset + 0);
      else {
        c.addTag(TAG.fromAnchor);
        c.addTag(TAG.dayOffset + (d === "the next" || d === "the following" ? 1 : d === "the previous" ? -1 : 0));
      }
      tagPartOfDay(c, podAfterDeterminer);
    }
    const mod = modifier ? MOD_OF_WORD[modifier.toLowerCase()] : undefined;
    if (mod) c.addTag(TAG.mod + mod);
    return result;
  }
}

/** "noon", "midday", "midnight": clock times chrono's casual parser reads only with side effects. */
class ClockWordParser implements chrono.Parser {
  private readonly re = /\b(noon|midday|midnight)\b/i;
  pattern(): RegExp {
    return this.re;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const midnight = (match[1] as string).toLowerCase() === "midnight";
    const result = context.createParsingResult(match.index ?? 0, match[0], { hour: midnight ? 0 : 12, minute: 0 });
    if (midnight) result.start.addTag(TAG.midnight);
    return result;
  }
}

const CLOCK_HOURS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const MINUTES_PAST: Record<string, number> = { five: 5, ten: 10, quarter: 15, "a quarter": 15, twenty: 20, "twenty-five": 25, half: 30 };

/**
 * Clock times in words, as transcripts and quotes write them: "eight p.m.", "ten o'clock", "half past
 * nine", "a quarter to six". A bare number word is a count; only "o'clock", a.m./p.m. or "past"/"to"
 * makes it an hour ("ten to one" alone is odds, so "to" needs "quarter").
 */
class SpelledClockParser implements chrono.Parser {
  private readonly re = new RegExp(
    `\\b(?:(half|(?:a\\s+)?quarter|twenty-five|twenty|ten|five)\\s+(past|to)\\s+)?(${CLOCK_HOURS.join("|")})\\b` +
      `(?:\\s+(o['\u2019]clock))?(?:\\s*([ap])\\.?\\s?m\\b\\.?)?`,
    "i",
  );
  pattern(): RegExp {
    return this.re;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [, minutesWord, relation, hourWord, oclock, meridiem] = match;
    const towards = relation?.toLowerCase();
    if (!towards && !oclock && !meridiem) return null;
    const minutesKey = minutesWord?.toLowerCase().replace(/\s+/g, " ");
    if (towards === "to" && !minutesKey?.endsWith("quarter")) return null;
    let hour = CLOCK_HOURS.indexOf((hourWord as string).toLowerCase()) + 1;
    let minute = minutesKey ? (MINUTES_PAST[minutesKey] ?? 0) : 0;
    if (towards === "to") {
      minute = 60 - minute;
      hour = hour === 1 ? 12 : hour - 1;
    }
    const m = meridiem?.toLowerCase();
    if (m === "p" && hour < 12) hour += 12;
    if (m === "a" && hour === 12) hour = 0;
    const components: { hour: number; minute: number; meridiem?: number } = { hour, minute };
    if (m) components.meridiem = m === "p" ? 1 : 0;
    return context.createParsingResult(match.index ?? 0, match[0], components);
  }
}

function tagPartOfDay(c: ParsingComponents, word: string | undefined): void {
  if (!word) return;
  const pod = PARTS_OF_DAY[word.toLowerCase()];
  if (pod) c.addTag(TAG.partOfDay + pod);
}

/** True for a weekday written alone (possibly with part of day), before any date is merged into it. */
function isBareWeekday(c: ParsingComponents): boolean {
  return c.isCertain("weekday") && !c.isCertain("day") && !c.isCertain("month") && !c.isCertain("hour");
}

function isTimeOnly(c: ParsingComponents): boolean {
  return c.isCertain("hour") && !c.isCertain("day") && !c.isCertain("weekday") && !c.tags().has(TAG.weekday);
}

function isDateOnly(c: ParsingComponents): boolean {
  return !c.isCertain("hour") && (c.isCertain("day") || c.isCertain("weekday") || [...c.tags()].some((t) => t.startsWith(TAG.dayOffset)));
}

/** "Thursday, May 4": the weekday joins the date, keeping our tags (chrono's own merge drops them). */
class WeekdayDateMergeRefiner implements chrono.Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i] as ParsingResult;
      const b = results[i + 1];
      if (b && isBareWeekday(a.start) && b.start.isCertain("day") && b.start.isCertain("month")) {
        const between = context.text.slice(a.index + a.text.length, b.index);
        if (/^,?\s*(?:on\s+)?$/.test(between)) {
          const merged = b.clone();
          merged.index = a.index;
          merged.text = a.text + between + b.text;
          merged.start.assign("weekday", a.start.get("weekday") as number);
          merged.start.addTags(a.start.tags());
          out.push(merged);
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  }
}

/**
 * "10 p.m. Wednesday", "Sept. 30, 10:35 a.m.": a date and a clock time side by side are one timex.
 * Joined by "at" or "on" they stay two, as TimeML marks those words as signals outside both.
 */
class DateTimeMergeRefiner implements chrono.Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i] as ParsingResult;
      const b = results[i + 1];
      const pairs = b && ((isDateOnly(a.start) && isTimeOnly(b.start)) || (isTimeOnly(a.start) && isDateOnly(b.start)));
      if (b && pairs && !a.end && !b.end) {
        const between = context.text.slice(a.index + a.text.length, b.index);
        const signalled = /^(?:at|on|in|by|from|until|after|before|around)\b/i.test(b.text);
        if (/^\s*,?\s*$/.test(between) && !between.includes("\n") && !signalled) {
          const merged = a.clone();
          merged.text = a.text + between + b.text;
          for (const component of ["year", "month", "day", "weekday", "hour", "minute", "second", "meridiem", "timezoneOffset"] as const) {
            if (b.start.isCertain(component)) merged.start.assign(component, b.start.get(component) as number);
          }
          // chrono's clone keeps components, not tags: both sides' tags say what was read.
          merged.start.addTags(a.start.tags());
          merged.start.addTags(b.start.tags());
          out.push(merged);
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  }
}

/** "Thursday, May 4" with no year: the year near the reference in which May 4 is a Thursday. */
class WeekdayYearRefiner implements chrono.Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const r = context.refDate;
    const ref = { year: r.getFullYear(), month: r.getMonth() + 1, day: r.getDate() };
    for (const result of results) {
      for (const c of [result.start, result.end]) {
        if (!c || c.isCertain("year") || !c.isCertain("weekday") || !c.isCertain("day") || !c.isCertain("month")) continue;
        const year = yearForWeekday(ref, c.get("month") as number, c.get("day") as number, c.get("weekday") as number);
        if (year !== null) c.imply("year", year);
      }
    }
    return results;
  }
}

/**
 * What chrono reads as dates and times in financial and sports copy: "$4.55 a share" (4:55 am),
 * stock fractions "5/8", score-like "4 to 15", "high noon". A clock time needs a colon or am/pm.
 */
class NewsNoiseFilter implements chrono.Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      const before = context.text.slice(Math.max(0, r.index - 6), r.index);
      if (/[$\u00a3\u20ac#]\s*$/.test(before)) return false;
      const surface = r.text.trim();
      const hasLetters = /[a-z]/i.test(surface.replace(/\b(?:to|and|through|at|on|of)\b/gi, ""));
      if (!hasLetters && !surface.includes(":") && !r.start.isCertain("year")) return false;
      if (r.start.isCertain("hour") && !r.start.isCertain("day") && !r.start.isCertain("weekday")) {
        const clockLike = /:|[ap]\.?\s?m\b\.?|o['\u2019]clock|noon|midday|midnight|\b(?:past|to)\s+[a-z]/i.test(surface);
        if (!clockLike) return false;
        if (/noon/i.test(surface) && /\bhigh\s*$/i.test(before)) return false;
      }
      return true;
    });
  }
}

/**
 * chrono keeps a bare "May" only after "in", lest it read the modal verb; news also writes the month
 * after the other prepositions of time ("since May", "until May", "by May"). The text must still be
 * capitalised there (chrono-candidates reads only month names written as names). After "by", "from",
 * "before" and "after", which also come before a person, a word that goes on a clause ("backed by May and
 * her cabinet", "after May spoke") says it is one.
 */
class MonthMayFilter implements chrono.Refiner {
  constructor(private readonly fallback: chrono.Refiner) {}
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const kept = results.filter((r) => r.text.trim() === "May" && isMonthMay(context.text, r.index, r.index + r.text.length));
    if (kept.length === 0) return this.fallback.refine(context, results);
    const rest = this.fallback.refine(context, results.filter((r) => !kept.includes(r)));
    return [...kept, ...rest].sort((a, b) => a.index - b.index);
  }
}
const TIME_PREPOSITION_BEFORE = /\b(?:since|until|till|through|during)\s+$/i;
const PERSON_OR_TIME_PREPOSITION_BEFORE = /\b(?:by|from|before|after)\s+$/i;
/** After "by May": punctuation, a day or year, the end, or a word that goes on a span of time ("from May to July"). */
const MONTH_MAY_AFTER = /^(?:\s*(?:[,.;:)]|\d|$)|\s+(?:to|through|until|till)\b)/;

function isMonthMay(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 10), start);
  if (TIME_PREPOSITION_BEFORE.test(before)) return true;
  return PERSON_OR_TIME_PREPOSITION_BEFORE.test(before) && MONTH_MAY_AFTER.test(text.slice(end, end + 12));
}

/** chrono's parsers we keep, by class name: the date grammar, not its guesses about relative phrases. */
const KEPT_PARSERS = new Set([
  "ISOFormatParser",
  "ENYearMonthDayParser",
  "SlashDateFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENTimeExpressionParser",
  "ENYearMonthNameParser",
  "ENMonthNameParser",
]);
const KEPT_REFINERS_BEFORE_OURS = ["OverlapRemovalRefiner", "ExtractTimezoneOffsetRefiner", "ExtractTimezoneAbbrRefiner"];

function buildNewsChrono(): chrono.Chrono {
  const strict = chrono.en.configuration.createConfiguration(true);
  const casual = chrono.en.configuration.createCasualConfiguration();
  const byName = new Map<string, chrono.Parser>();
  for (const p of [...strict.parsers, ...casual.parsers]) if (!byName.has(p.constructor.name)) byName.set(p.constructor.name, p);
  const missing = [...KEPT_PARSERS].filter((n) => !byName.has(n));
  if (missing.length > 0) throw new Error(`chrono-node no longer has parsers: ${missing.join(", ")}`);
  const refinerNamed = (name: string): chrono.Refiner => {
    // the casual configuration's filters keep weekday-only results, which the strict ones drop
    const found = casual.refiners.find((r) => r.constructor.name === name);
    if (!found) throw new Error(`chrono-node no longer has refiner ${name}`);
    return found;
  };
  return new chrono.Chrono({
    parsers: [
      new NewsWeekdayParser(),
      new CasualDayParser(),
      new ClockWordParser(),
      new SpelledClockParser(),
      ...[...KEPT_PARSERS].map((n) => byName.get(n) as chrono.Parser),
    ],
    refiners: [
      new NewsNoiseFilter(),
      ...KEPT_REFINERS_BEFORE_OURS.map(refinerNamed),
      new WeekdayDateMergeRefiner(),
      new DateTimeMergeRefiner(),
      new WeekdayYearRefiner(),
      refinerNamed("OverlapRemovalRefiner"),
      refinerNamed("UnlikelyFormatFilter"),
      new MonthMayFilter(refinerNamed("ENUnlikelyFormatFilter")),
    ],
  });
}

let instance: chrono.Chrono | undefined;

/** The shared news-configured chrono (built once: its parsers compile their patterns on first use). */
export function newsChrono(): chrono.Chrono {
  instance ??= buildNewsChrono();
  return instance;
}
