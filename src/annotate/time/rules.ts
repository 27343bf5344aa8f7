// Patterns for what chrono does not read: durations, sets, quarters, decades, bare years, seasons,
// "last week"/"this year" at their own granularity, "two years ago", anchored phrases ("the following
// day", "a year earlier"), and the vague references of news ("now", "recently", "the future").
// Each rule is one precompiled regex, run only over the sentences holding one of its trigger words.
// Extents follow TimeBank: a determiner is inside when the time phrase is a noun phrase ("the past two
// months"), outside when the phrase only modifies a noun ("the third-quarter loss").

import type { TimexType } from "../../model/types.js";
import { addDays, addMonths, type CivilDate, dayNumber, daysInMonth, weekdayOf } from "./calendar.js";
import type { Candidate, ResolveContext, Resolution, TimexMod } from "./candidate.js";
import {
  COUNT,
  durationValue,
  type DurationUnit,
  MONTH_ABBREVIATION,
  MONTH_NAME,
  MONTHS,
  ORDINALS,
  parseCount,
  parseUnit,
  SEASON_NAME,
  SEASONS,
  UNIT_WORD,
  WEEKDAY_NAME,
  WEEKDAYS,
} from "./lexicon.js";
import {
  coarsen,
  dayPoint,
  formatPoint,
  type Granularity,
  halfPoint,
  monthPoint,
  type Point,
  quarterPoint,
  shiftPoint,
  weekPoint,
  yearPoint,
} from "./point.js";
import { DECADE_DIGITS, type TextSpan, TriggerIndex, YEAR_DIGITS } from "./hot-spans.js";
import { lastCompletedQuarter, lastMonth, nextMonth, resolveMonthYear, resolveQuarter, resolveSeason, resolveWeekend } from "./relative.js";

/**
 * One pattern. `triggers`, when given, are word starts of which every match holds one (lower case; see
 * TriggerIndex): the rule runs only over the sentences holding one, and skipping the rest of the text
 * is what keeps these rules fast. Rules without triggers scan the whole text.
 */
type Rule = { name: string; triggers?: readonly string[]; re: RegExp; build(m: RegExpExecArray, text: string): Candidate | null };

const UNIT_WORDS = ["second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade", "centur"];
const MONTH_WORDS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const WEEKDAY_WORDS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const fixed = (value: string, extra: Partial<Resolution> = {}) => (): Resolution => ({ value, ...extra });

function candidate(start: number, end: number, type: TimexType, rule: string, resolve: Candidate["resolve"]): Candidate {
  return { start, end, type, rule: `pattern/${rule}`, resolve };
}

const MOD_WORDS: Record<string, TimexMod> = {
  early: "START", "the beginning of": "START", "the start of": "START",
  mid: "MID", "the middle of": "MID",
  late: "END", "the end of": "END",
  about: "APPROX", around: "APPROX", roughly: "APPROX", approximately: "APPROX", some: "APPROX",
  nearly: "LESS_THAN", almost: "LESS_THAN", "less than": "LESS_THAN", under: "LESS_THAN", "fewer than": "LESS_THAN",
  over: "MORE_THAN", "more than": "MORE_THAN",
  "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
};

function modOf(word: string | undefined): TimexMod | undefined {
  if (!word) return undefined;
  return MOD_WORDS[word.toLowerCase().replace(/[\s-]+$/, "").replace(/\s+/g, " ")];
}

function withMod(r: Resolution, mod: TimexMod | undefined): Resolution {
  return mod ? { ...r, mod } : r;
}

/** A comparison point ("a year earlier"): it does not become the period under discussion. */
function derived(r: Resolution): Resolution {
  return { ...r, derived: true };
}

function pointResolution(point: Point, mod?: TimexMod, anchor?: Point | null): Resolution {
  const r: Resolution = { value: formatPoint(point), point };
  if (mod) r.mod = mod;
  if (anchor) r.anchor = formatPoint(anchor);
  return r;
}

// ---------------------------------------------------------------------------------------------------
// Vague references

const VAGUE: Record<string, string> = {
  now: "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PAST_REF", currently: "PRESENT_REF", current: "PRESENT_REF",
  "these days": "PRESENT_REF", nowadays: "PRESENT_REF", "at present": "PRESENT_REF", "at the moment": "PRESENT_REF",
  recently: "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF", "until recently": "PAST_REF", lately: "PAST_REF",
  "the past": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
  "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
  "past years": "PAST_REF", "past decades": "PAST_REF", "years past": "PAST_REF",
  "a later date": "FUTURE_REF", "a future date": "FUTURE_REF", "a later time": "FUTURE_REF",
};

/** What follows "recently" when a date says when: "as recently as May", "most recently last October". */
const RECENTLY_DATED = new RegExp(`^,?\\s+(?:as\\b|last\\b|this\\b|in\\s+(?:\\d|${MONTH_NAME})|on\\s+[A-Z]|${MONTH_NAME}|${MONTH_ABBREVIATION}\\.|${WEEKDAY_NAME})`, "i");

const vagueRule: Rule = {
  name: "vague",
  triggers: ["now", "current", "these", "present", "moment", "recently", "lately", "past", "future", "term", "later", "years", "decades"],
  re: /\b(?:right now|just now|now|currently|current|these days|nowadays|at present|at the moment|(?:more |most |until )?recently|lately|the past|the (?:near |distant )?future|the (?:near|short|long) term|a (?:later|future) (?:date|time)|(?<=\b(?:in|of) )past (?:years|decades)|years past)\b/gi,
  build(m, text) {
    const phrase = m[0].toLowerCase().replace(/\s+/g, " ");
    const value = VAGUE[phrase];
    if (!value) return null;
    // "as recently as May", "most recently last October": the date that follows says when; "recently" only grades it.
    if (/recently$/.test(phrase) && RECENTLY_DATED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
    // "the future of the alliance" is its fate, not a time ahead.
    if (phrase.startsWith("the ") && /^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
    return candidate(m.index, m.index + m[0].length, "DATE", "vague", fixed(value));
  },
};

/**
 * "will one day be", "hopes he one day follows": an unnamed time ahead, not a day's length. The reading
 * needs a modal or a subject right before it; "in one day" and "lasted one day" stay durations.
 */
const oneDayAheadRule: Rule = {
  name: "one-day-ahead",
  triggers: ["one", "some"],
  re: /\b(?:one|some) day\b/gi,
  build(m, text) {
    if (!/\b(?:will|would|could|can|may|might|shall|should|must|he|she|they|we|I)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    return candidate(m.index, m.index + m[0].length, "DATE", "one-day-ahead", fixed("FUTURE_REF"));
  },
};

// ---------------------------------------------------------------------------------------------------
// "last week", "this year", "earlier this month", "late last year", "next quarter"

const RELATIVE_UNIT: Record<string, Granularity> = {
  week: "week", weekend: "weekend", month: "month", year: "year", "fiscal year": "year", quarter: "quarter",
  decade: "decade", century: "century",
};
const RELATION_OFFSET: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, current: 0, "this past": -1, next: 1, coming: 1, "this coming": 1 };

const relativeUnitRule: Rule = {
  name: "relative-unit",
  triggers: ["last", "this", "next", "coming", "current"],
  re: new RegExp(
    `\\b(?:(early|late|earlier|later|mid|the (?:beginning|start|middle|end) of)[\\s-]+)?` +
      `(last|this past|this coming|this|next|coming|(?:the )?current)\\s+` +
      `(week|weekend|month|fiscal year|year|quarter|decade|century|${SEASON_NAME})\\b`,
    "gi",
  ),
  build(m) {
    const premod = m[1]?.toLowerCase();
    const relation = (m[2] as string).toLowerCase().replace(/^the /, "");
    const unit = (m[3] as string).toLowerCase();
    const mod = premod && premod !== "earlier" && premod !== "later" ? modOf(premod) : undefined;
    // "ABC's \"This Week\"": a title-cased unit inside a sentence names a programme or a book, not a time.
    if (/^[A-Z][a-z]+$/.test(m[3] as string) && /^[A-Z]/.test(m[2] as string) && !m[1]) return null;
    const season = SEASONS[unit];
    const start = m.index;
    const end = m.index + m[0].length;
    if (season) return candidate(start, end, "DATE", "relative-season", (ctx) => pointResolution(resolveSeason(ctx.ref, season, relation, ctx.tense), mod));
    const gran = RELATIVE_UNIT[unit];
    const offset = RELATION_OFFSET[relation];
    if (!gran || offset === undefined) return null;
    return candidate(start, end, "DATE", "relative-unit", (ctx) => {
      const base = gran === "weekend" ? relativeWeekend(ctx.ref, offset, relation) : shiftPoint(coarsen(dayPoint(ctx.ref), gran), offset);
      return pointResolution(base, mod);
    });
  },
};

/**
 * "this weekend" is the one of this week; "last weekend" the one before the reference week's; "the
 * coming weekend" the first one not yet begun, this week's unless it is already the weekend.
 */
function relativeWeekend(ref: CivilDate, offset: number, relation: string): Point {
  const thisWeekend: Point = { ...weekPoint(ref), gran: "weekend" };
  if (relation.endsWith("coming")) return weekdayOf(ref) === 6 || weekdayOf(ref) === 0 ? shiftPoint(thisWeekend, 1) : thisWeekend;
  if (offset === 0) return thisWeekend;
  // On a Saturday or Sunday, "last weekend" is still the previous one, as it is on a weekday.
  return shiftPoint(thisWeekend, offset);
}

// ---------------------------------------------------------------------------------------------------
// Months with modifiers or relations: "late November", "last April", "June last year", "early 1990",
// and a day with its month and a year relation: "24 February last year", "June 3 next year"

const DAY_OF_MONTH = "(\\d{1,2})(?:st|nd|rd|th)?";
const monthRelationRule: Rule = {
  name: "month-relation",
  triggers: MONTH_WORDS,
  re: new RegExp(
    `\\b(?:(early|late|mid|the (?:beginning|start|middle|end) of)[\\s-]+)?(?:(last|this past|this|next)\\s+)?` +
      `(?:${DAY_OF_MONTH}\\s+)?(${MONTH_NAME})(?:\\s+${DAY_OF_MONTH})?` +
      `(?:,?\\s+(last|this|next)\\s+year)?\\b`,
    "gi",
  ),
  build(m) {
    const [, premod, relation, dayBefore, monthWord, dayAfter, yearRelation] = m;
    if (!premod && !relation && !yearRelation) return null; // plain month names are chrono's
    if (!/^[A-Z]/.test(monthWord as string)) return null;
    const dayWord = dayBefore ?? dayAfter;
    // A day with "late" or "last" is no English date; a day only comes with a year relation.
    if (dayWord && (premod || relation || !yearRelation)) return null;
    const month = MONTHS[(monthWord as string).toLowerCase()] as number;
    const day = dayWord ? Number(dayWord) : undefined;
    if (day !== undefined && (day < 1 || day > 31)) return null;
    const mod = modOf(premod);
    return candidate(m.index, m.index + m[0].length, "DATE", "month-relation", (ctx) => {
      let point: Point;
      if (yearRelation && day !== undefined) point = dayPoint({ year: ctx.ref.year + (RELATION_OFFSET[yearRelation.toLowerCase()] ?? 0), month, day });
      else if (yearRelation) point = monthPoint(ctx.ref.year + (RELATION_OFFSET[yearRelation.toLowerCase()] ?? 0), month);
      else if (relation?.toLowerCase() === "next") point = nextMonth(ctx.ref, month);
      else if (relation && relation.toLowerCase() !== "this") point = lastMonth(ctx.ref, month);
      else if (relation) point = monthPoint(ctx.ref.year, month);
      else point = monthPoint(resolveMonthYear(ctx.ref, month, ctx.tense, ctx.reported), month);
      return pointResolution(point, mod);
    });
  },
};

// ---------------------------------------------------------------------------------------------------
// Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter",
// "the third quarter of 1984", "this year's third quarter", "the year-ago quarter", "the latest period"

const QUARTER_ORDINAL = "first|second|third|fourth|1st|2nd|3rd|4th";
const OF_A_MONTH = new RegExp(`^\\s+of\\s+${MONTH_NAME}\\b`, "i");
const quarterRule: Rule = {
  name: "quarter",
  triggers: ["quarter", "half", "period"],
  re: new RegExp(
    `\\b(?:(the|its|that|this year's|last year's|next year's|(?:fiscal\\s+)?(?:19|20)\\d\\d's)\\s+)?` +
      `((?:(?:fiscal|latest|current|comparable|same|previous|year-ago|year-earlier|(?:19|20)\\d\\d)[\\s-]+){0,3})` +
      `(?:(${QUARTER_ORDINAL}|final|last)([\\s-]+(?:fiscal[\\s-]+)?))?` +
      `(quarter|half|period)s?\\b` +
      `(?:\\s+(?:of|in)\\s+(?:fiscal\\s+)?((?:19|20)\\d\\d))?`,
    "gi",
  ),
  build(m, text) {
    const [, determiner, qualifiersRaw, ordinalWord, joiner, unitWord, ofYear] = m;
    const unit = (unitWord as string).toLowerCase();
    const ordinalLower = ordinalWord?.toLowerCase();
    const qualifierText = `${(qualifiersRaw ?? "").toLowerCase()}${ordinalLower === "last" ? " latest" : ""}`;
    // "the last half of 1989", "the final quarter": the last one of the year.
    // "the last quarter" is the latest one reported, like "the latest quarter".
    const latestQuarter = ordinalLower === "last" && unit !== "half";
    const ordinal = latestQuarter ? undefined : ordinalLower === "last" || ordinalLower === "final" ? (unit === "half" ? 2 : 4) : ordinalLower ? ORDINALS[ordinalLower] : undefined;
    const yearAgo = /year-(?:ago|earlier)/.test(qualifierText) || determiner?.toLowerCase() === "last year's";
    // "1988's third quarter": the year owns the quarter as "this year's" does.
    const qualifierYear = /((?:19|20)\d\d)/.exec(qualifierText)?.[1] ?? /((?:19|20)\d\d)'s$/.exec(determiner ?? "")?.[1];
    const writtenYear = ofYear ? Number(ofYear) : qualifierYear ? Number(qualifierYear) : undefined;
    const specific = ordinal !== undefined || yearAgo || writtenYear !== undefined || /latest|current|comparable|same|previous/.test(qualifierText);
    // "quarters of 1990" without a number is several quarters, none of them in particular.
    if (new RegExp(`${unitWord}s\\b`, "i").test(m[0]) && ordinal === undefined) return null;
    if (unit === "period" && !specific) return null;
    if (!specific && !determiner) return null;
    if (unit === "half" && ordinal === undefined) return null;
    // "the last half of the '80s": a half of a decade or century, which the decade's own value stands for.
    if (!ofYear && /^\s+of\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:['\u2019]\d0s|(?:1[0-9]|20)\d0['\u2019]?s|decade|century|\w+ century)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) return null;
    // "the second half of January": a part of the month, which the month's own timex dates.
    if (!ofYear && OF_A_MONTH.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
    if (ordinal !== undefined && ordinal > (unit === "half" ? 2 : 4)) return null;
    // "third-quarter earnings": an adjective; the determiner belongs to the noun it modifies.
    const adjectival = /-/.test(joiner ?? "") && /^\s+[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !ofYear;
    const determinerLength = determiner ? determiner.length + (/^\s*/.exec(m[0].slice(determiner.length))?.[0].length ?? 0) : 0;
    // "its fourth quarter": TimeBank leaves possessive pronouns outside.
    const start = adjectival || determiner?.toLowerCase() === "its" ? m.index + determinerLength : m.index;
    const end = m.index + m[0].length;
    const fiscalYearish = determiner?.toLowerCase();
    const ended = unit === "quarter" && writtenYear === undefined && !yearAgo ? endDateAfter(text, m.index + m[0].length) : null;
    return candidate(start, end, "DATE", unit === "half" ? "half" : "quarter", (ctx) => {
      const mentioned = ctx.lastOf("quarter");
      // A fiscal quarter already named ("the first quarter") keeps its number when its end date follows.
      if (ended) return pointResolution(quarterEndedOn(ended, ordinal ?? quarterNumber(mentioned), ctx.ref));
      let point: Point;
      if (unit === "half") {
        const year = writtenYear ?? (fiscalYearish === "next year's" ? ctx.ref.year + 1 : yearAgo ? ctx.ref.year - 1 : ctx.ref.year);
        point = halfPoint(year, ordinal as number);
        return pointResolution(point);
      }
      if (ordinal !== undefined) {
        if (writtenYear !== undefined) point = quarterPoint(writtenYear, ordinal);
        else if (fiscalYearish === "this year's") point = quarterPoint(ctx.ref.year, ordinal);
        else if (fiscalYearish === "next year's") point = quarterPoint(ctx.ref.year + 1, ordinal);
        else if (yearAgo) return derived(pointResolution(shiftPoint(resolveQuarter(ctx.ref, ordinal), -4)));
        else point = resolveQuarter(ctx.ref, ordinal, ctx.tense);
        return pointResolution(point);
      }
      if (unit === "period" && writtenYear !== undefined && !mentioned) return pointResolution(yearPoint(writtenYear));
      if (writtenYear !== undefined) {
        const q = mentioned ?? lastCompletedQuarter(ctx.ref);
        const r = pointResolution(quarterPoint(writtenYear, Math.floor((q.date.month - 1) / 3) + 1));
        // "the 1988 period" beside this year's results is the comparison, not the quarter under report.
        return mentioned && writtenYear < mentioned.date.year ? derived(r) : r;
      }
      if (/current/.test(qualifierText)) return pointResolution(coarsen(dayPoint(ctx.ref), "quarter"));
      // "the latest period" is the quarter the report is about, which may be a fiscal one named before
      // it ("the fiscal second quarter"); with none named, or only one from past years, the last
      // calendar quarter to have ended.
      const latest = /latest/.test(qualifierText);
      const recent = mentioned && (!latest || monthsBetween(mentioned.date, ctx.ref) < 12);
      const base = recent ? mentioned : lastCompletedQuarter(ctx.ref);
      if (yearAgo) return derived(pointResolution(shiftPoint(base, -4), undefined, mentioned));
      return pointResolution(base, undefined, base === mentioned ? mentioned : null);
    });
  },
};

/**
 * "the first two quarters (of 1990)", "the final two quarters of 1990": a half of the year, named by its
 * quarters. Without a year "the last two quarters" are the two latest, a stretch the duration rule reads.
 */
const twoQuartersRule: Rule = {
  name: "half",
  triggers: ["quarter"],
  re: /\b(?:the\s+)?(first|last|final)\s+two\s+quarters\b(?:\s+(?:of|in)\s+(?:fiscal\s+)?((?:19|20)\d\d)\b)?/gi,
  build(m) {
    const half = (m[1] as string).toLowerCase() === "first" ? 1 : 2;
    const writtenYear = m[2] ? Number(m[2]) : undefined;
    if (half === 2 && writtenYear === undefined) return null;
    return candidate(m.index, m.index + m[0].length, "DATE", "half", (ctx) => pointResolution(halfPoint(writtenYear ?? ctx.ref.year, half)));
  },
};

const ENDED_ON = new RegExp(`^\\s+(?:ended|ending|that ended)\\s+(${MONTH_NAME}|${MONTH_ABBREVIATION})\\.?\\s+(\\d{1,2})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, "i");

type MonthDay = { month: number; day: number; year?: number };

/** "the quarter ended Sept. 30": the date written after a quarter, which says which quarter it is. */
function endDateAfter(text: string, end: number): MonthDay | null {
  const m = ENDED_ON.exec(text.slice(end, end + 40));
  if (!m) return null;
  const month = MONTHS[(m[1] as string).toLowerCase()];
  if (month === undefined) return null;
  const date: MonthDay = { month, day: Number(m[2]) };
  if (m[3]) date.year = Number(m[3]);
  return date;
}

/**
 * The quarter that ends on a given date, in the year of that date (the last one on or before the
 * reference when no year is written). A fiscal quarter is named by its ordinal ("the second quarter
 * ended Oct. 31"); without one, the calendar quarter holding most of its three months is meant
 * ("the quarter ended July 31" is mostly May to July: the second).
 */
function quarterEndedOn(ended: MonthDay, ordinal: number | undefined, ref: CivilDate): Point {
  const pastYear = ended.month < ref.month || (ended.month === ref.month && ended.day <= ref.day) ? ref.year : ref.year - 1;
  const year = ended.year ?? pastYear;
  const middleMonth = ended.month === 1 ? 12 : ended.month - 1;
  const calendarQuarter = Math.floor((middleMonth - 1) / 3) + 1;
  return quarterPoint(ended.month === 1 && ordinal === undefined ? year - 1 : year, ordinal ?? calendarQuarter);
}

function monthsBetween(from: CivilDate, to: CivilDate): number {
  return (to.year - from.year) * 12 + to.month - from.month;
}

function quarterNumber(p: Point | null): number | undefined {
  return p ? Math.floor((p.date.month - 1) / 3) + 1 : undefined;
}

/** "year-ago results", "year-earlier levels": the same period a year before the one in discussion. */
const yearAgoAdjectiveRule: Rule = {
  name: "year-ago",
  triggers: ["year"],
  re: /\byear-(?:ago|earlier)\b/gi,
  build(m) {
    return candidate(m.index, m.index + m[0].length, "DATE", "year-ago", (ctx) => {
      const mentioned = ctx.lastOf("quarter");
      if (mentioned) return derived(pointResolution(shiftPoint(mentioned, -4), undefined, mentioned));
      return derived(pointResolution(yearPoint(ctx.ref.year - 1)));
    });
  },
};

// ---------------------------------------------------------------------------------------------------
// Years, decades, centuries

const yearRule: Rule = {
  name: "year",
  triggers: [YEAR_DIGITS],
  // "(2000 GMT)", "at 1930 hrs": four digits before a time zone are a clock time, not a year.
  re: /(?<![$\d,.#/:-])\b(?:(early|mid|late|post|pre|the (?:beginning|start|middle|end) of)[\s-]+|(fiscal|calendar)\s+(?:year\s+)?)?((?:1[6-9]|20)\d\d)\b(?![,.:]?\d|'?s\b|-\d|%| percent|\s*(?:GMT|UTC|[ECMP][SD]T|BST|CET|hrs?\b|hours\b))/gi,
  build(m) {
    const year = Number(m[3]);
    const premod = m[1]?.toLowerCase();
    const mod = premod === "post" ? undefined : premod === "pre" ? undefined : modOf(premod);
    return candidate(m.index, m.index + m[0].length, "DATE", "year", () => pointResolution(yearPoint(year), mod));
  },
};

const SPELLED_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const SPELLED_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const SPELLED_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** A year as spoken in transcripts: "nineteen ninety-four", "nineteen oh five", "two thousand and one" (six groups). */
const SPELLED_YEAR =
  `(?:(nineteen|eighteen)[\\s-]+(?:(${SPELLED_TENS.join("|")})(?:[\\s-]+(${SPELLED_UNITS.join("|")}))?|(${SPELLED_TEENS.join("|")})|oh[\\s-]+(${SPELLED_UNITS.join("|")}))` +
  `|two thousand(?:\\s+and)?(?:[\\s-]+(${SPELLED_UNITS.join("|")}))?)`;

/** The year of SPELLED_YEAR's six groups. */
function spelledYear(groups: readonly (string | undefined)[]): number {
  const [century, tens, units, teen, oh, millenniumUnits] = groups;
  if (!century) return 2000 + (millenniumUnits ? SPELLED_UNITS.indexOf(millenniumUnits.toLowerCase()) + 1 : 0);
  const base = century.toLowerCase() === "nineteen" ? 1900 : 1800;
  const low = tens ? 20 + 10 * SPELLED_TENS.indexOf(tens.toLowerCase()) + (units ? SPELLED_UNITS.indexOf(units.toLowerCase()) + 1 : 0)
    : teen ? 10 + SPELLED_TEENS.indexOf(teen.toLowerCase())
    : SPELLED_UNITS.indexOf((oh as string).toLowerCase()) + 1;
  return base + low;
}

const SPELLED_DECADES = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
/** "the nineteen nineties", "the early nineteen-eighties": a decade said with its century (three groups). */
const SPELLED_DECADE = `(?:the\\s+)?(?:(early|mid|late)[\\s-]+)?(nineteen|eighteen)[\\s-]+(${SPELLED_DECADES.join("|")})`;

/** Years and decades as transcripts say them. */
const spelledYearRule: Rule = {
  name: "spelled-year",
  triggers: ["nineteen", "eighteen", "two thousand"],
  re: new RegExp(`\\b(?:${SPELLED_DECADE}|${SPELLED_YEAR})\\b`, "gi"),
  build(m, text) {
    if (m[3]) {
      const year = ((m[2] as string).toLowerCase() === "nineteen" ? 1900 : 1800) + 20 + 10 * SPELLED_DECADES.indexOf(m[3].toLowerCase());
      const mod = modOf(m[1]);
      return candidate(m.index, m.index + m[0].length, "DATE", "decade", () => pointResolution({ gran: "decade", date: { year, month: 1, day: 1 } }, mod));
    }
    // "two thousand people" is a number: a spoken 2000s year needs a preposition that takes years.
    if (!m[4] && !/\b(?:in|of|since|by|until|before|after|year)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
    const year = spelledYear(m.slice(4, 10));
    return candidate(m.index, m.index + m[0].length, "DATE", "spelled-year", () => pointResolution(yearPoint(year)));
  },
};

/**
 * "the 1990s", "the late '80s", "mid-'90s", and "'80s" alone ("'80s pop"): the apostrophe stands for the
 * century, typed or curly; alone, it has no word boundary before it to start the match.
 */
const decadeRule: Rule = {
  name: "decade",
  triggers: [YEAR_DIGITS, DECADE_DIGITS],
  re: /(?:\b(?:(the)\s+)?(?:(early|mid|late)[\s-]+)?|(?<![\w'\u2019]))(?:((?:1[0-9]|20)\d0)|['\u2019](\d0))['\u2019]?s\b/gi,
  build(m) {
    const mod = modOf(m[2]);
    const full = m[3] ? Number(m[3]) : undefined;
    const short = m[4] ? Number(m[4]) : undefined;
    return candidate(m.index, m.index + m[0].length, "DATE", "decade", (ctx) => {
      const year = full ?? (Math.floor(ctx.ref.year / 100) * 100 + (short as number) - (Math.floor(ctx.ref.year / 100) * 100 + (short as number) > ctx.ref.year ? 100 : 0));
      return pointResolution({ gran: "decade", date: { year, month: 1, day: 1 } }, mod);
    });
  },
};

const centuryRule: Rule = {
  name: "century",
  triggers: ["century"],
  re: /\b(?:(the)\s+)?(?:(early|mid|late)[\s-]+)?(?:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first|twenty[\s-]second)|(this|last|next))[\s-]+century\b/gi,
  build(m) {
    const mod = modOf(m[2]);
    // "twenty first" is written with a space as often as with a hyphen.
    const ordinal = m[3] ? Number(m[3]) : m[4] ? ORDINALS[m[4].toLowerCase().replace(/\s+/g, "-")] : undefined;
    const relation = m[5]?.toLowerCase();
    return candidate(m.index, m.index + m[0].length, "DATE", "century", (ctx) => {
      const first = ordinal !== undefined ? (ordinal - 1) * 100 : Math.floor(ctx.ref.year / 100) * 100 + (relation === "last" ? -100 : relation === "next" ? 100 : 0);
      return pointResolution({ gran: "century", date: { year: first, month: 1, day: 1 } }, mod);
    });
  },
};

// ---------------------------------------------------------------------------------------------------
// Seasons: "this summer", "last fall", "the summer", "spring 1998", "the summer of 1989"

const seasonRule: Rule = {
  name: "season",
  triggers: ["spring", "summer", "fall", "autumn", "winter"],
  re: new RegExp(
    `\\b(?:(early|late|mid)[\\s-]+)?(?:(this past|this|last|next|the|that)\\s+)?(?:(early|late)\\s+)?(${SEASON_NAME})\\b` +
      `(?:\\s+(?:of\\s+)?(?:((?:19|20)\\d\\d)|${SPELLED_YEAR})\\b)?(?!\\s+of\\b)`,
    "gi",
  ),
  build(m) {
    const [, outerMod, relationWord, innerMod, seasonWord, digitYear] = m;
    // "the winter of nineteen ninety-four": broadcast copy says the year in words.
    const spoken = m[6] !== undefined || /\btwo thousand\b/i.test(m[0]);
    const yearWord = digitYear ?? (spoken ? String(spelledYear(m.slice(6, 12))) : undefined);
    const relation = relationWord?.toLowerCase();
    if (!relation && !yearWord) return null;
    if (relation === "last" || relation === "this" || relation === "next" || relation === "this past") {
      // handled by the relative-unit rule (same extent), which reads seasons too
      return null;
    }
    const season = SEASONS[(seasonWord as string).toLowerCase()];
    if (!season) return null;
    const mod = modOf(outerMod ?? innerMod);
    return candidate(m.index, m.index + m[0].length, "DATE", "season", (ctx) => {
      if (yearWord) return pointResolution({ gran: "season", date: { year: Number(yearWord), month: 1, day: 1 }, season }, mod);
      if (relation === "that" && ctx.anchor) return pointResolution({ gran: "season", date: { year: ctx.anchor.date.year, month: 1, day: 1 }, season }, mod, ctx.anchor);
      return pointResolution(resolveSeason(ctx.ref, season, undefined, ctx.tense), mod);
    });
  },
};

// ---------------------------------------------------------------------------------------------------
// Durations: "two years", "the past two months", "the first nine months", "more than four hours",
// "16-hour", "a minute and a half", "2 1/2 years", "the past several months"

const DURATION_PREMOD = "about|around|roughly|approximately|nearly|almost|over|more than|no more than|not more than|less than|under|fewer than|at least|up to|at most|some";
/** Modifiers that read as prepositions before a determiner: "over the past year" is "over" + timex. */
const PREPOSITION_LIKE = new Set(["over", "about", "around", "some", "under", "roughly", "approximately"]);
const DURATION_DIRECTION = "past|last|next|previous|coming|first|final|following|latest|recent|initial|ensuing|preceding|remaining|same";
const UNIT_FILLER = "more|additional|extra|straight|consecutive|full|long|trading|business|working|calendar";

const durationRule: Rule = {
  name: "duration",
  triggers: UNIT_WORDS,
  re: new RegExp(
    `\\b(?:(${DURATION_PREMOD})\\s+)?(?:(the|each of the|in each of the)\\s+)?(?:(${DURATION_DIRECTION})\\s+)?` +
      `(${COUNT})(?:\\s*(?:to|or|-)\\s*(${COUNT}))?(?:\\s+(?:${UNIT_FILLER}))?(\\s+|-)` +
      `(${UNIT_WORD})(\\s+and\\s+a\\s+half)?\\b(-long\\b)?(?:\\s+(period|term|span|stretch)\\b)?(\\s+or\\s+so\\b)?(?![\\s-]+old\\b)`,
    "gi",
  ),
  build(m, text) {
    const [, premod, determiner, direction, countWord, , joiner, unitWord, half] = m;
    const unit = parseUnit(unitWord as string);
    if (!unit) return null;
    const countLower = (countWord as string).toLowerCase();
    const article = countLower === "a" || countLower === "an";
    let count = parseCount(countWord as string);
    if (count !== null && half) count += 0.5;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "some" before a count is "about"; as the count itself it is vague ("some years").
    if (countLower === "some" && (premod || direction)) return null;
    // "a second group", "three-quarters of": ordinals and fractions, not lengths of time.
    if (unit === "S" && article) return null;
    if (unit === "Q" && (joiner === "-" || /^\s+of\b/.test(after))) return null;
    if (joiner === "-" && /^(?:a|an|the|some|few|many)$/.test(countLower)) return null;
    if (article && /s$/i.test(unitWord as string)) return null;
    // "$5 a day", "700 seats a week": a rate, which TimeBank leaves unmarked.
    if (article && !premod && !determiner && !direction && FREQUENCY_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
    // "24 hours a day", "seven days a week": a share of a longer unit, said of how often, not a length.
    if (/^\s+(?:a|an|per)\s+(?:day|week|month|year)\b/i.test(after)) return null;
    // "switched from a fiscal year to a calendar year": a kind of year being changed to, not a length.
    if (article && /\bcalendar\b/i.test(m[0]) && /\b(?:from|to|into)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
    const premodLower = premod?.toLowerCase();
    let start = m.index;
    if (premod && (determiner || direction) && PREPOSITION_LIKE.has(premodLower as string)) start += premod.length + 1;
    if (determiner && /^in /i.test(determiner)) start = m.index + m[0].indexOf(determiner) + 3;
    // "expected to last three days": after "to" (and no determiner) "last" is the verb.
    if (!determiner && direction?.toLowerCase() === "last" && /\bto\s+$/i.test(text.slice(Math.max(0, start - 4), start))) start += direction.length + 1;
    // "the eight-year war": the determiner belongs to the noun the adjective modifies.
    if (determiner && joiner === "-" && !direction) start = m.index + m[0].indexOf(countWord as string, m[0].indexOf(determiner) + determiner.length);
    const end = m.index + m[0].length;
    const value = durationValue(count, unit, /^fortnight/i.test(unitWord as string));
    const mod = start === m.index ? modOf(premod) : undefined;
    return candidate(start, end, "DURATION", "duration", () => withMod({ value }, mod));
  },
};

/** A count or amount right before "a day"/"a year": "$5 million a year", "four flights a week", "twice a week". */
const FREQUENCY_BEFORE = /(?:(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|several|few))\s*(?:%|percent|million|billion|thousand)?(?:\s+[a-z]+s)?|\btimes|\bonce|\btwice)\s*$/i;

/** "the past decade", "the last year", "the next month": one unit of time, counted back or ahead. */
const singleUnitSpanRule: Rule = {
  name: "unit-span",
  triggers: ["past", "last", "next", "coming", "previous", "preceding"],
  re: /\b(?:(the)\s+)?(past|last|next|coming|previous|preceding)\s+(decade|century|year|month|week|quarter)\b(?:\s+or\s+so\b)?/gi,
  build(m) {
    const [, determiner, direction, unitWord] = m;
    const dir = (direction as string).toLowerCase();
    // without "the", "last/next year" is a calendar year (relative-unit); "past decade" still a span.
    if (!determiner && dir !== "past") return null;
    const unit = parseUnit(unitWord as string);
    if (!unit) return null;
    if (unit === "Y" && determiner) {
      const offset = dir === "next" || dir === "coming" ? 1 : -1;
      return candidate(m.index, m.index + m[0].length, "DATE", "unit-span", (ctx) =>
        (dir === "next" && nextAfterPastAnchor(ctx, "year")) || pointResolution(yearPoint(ctx.ref.year + offset)),
      );
    }
    const duration = fixed(durationValue(1, unit));
    if (unit === "M" && determiner && dir === "next") {
      return candidate(m.index, m.index + m[0].length, "DURATION", "unit-span", (ctx) => nextAfterPastAnchor(ctx, "month") ?? duration());
    }
    return candidate(m.index, m.index + m[0].length, "DURATION", "unit-span", duration);
  },
};

/**
 * "In 1998 the plant was sold. The next year, it closed": told after a period that lies before the
 * reference's, "the next year/month" is the one after it, as "the following year" is. Told of the
 * future, or with no earlier period, it is the one after the reference.
 */
function nextAfterPastAnchor(ctx: ResolveContext, gran: "year" | "month"): Resolution | null {
  const anchor = ctx.anchor;
  if (!anchor || !finerOrEqual(anchor.gran, gran) || ctx.tense === "future") return null;
  const period = coarsen(anchor, gran);
  if (dayNumber(period.date) >= dayNumber(coarsen(dayPoint(ctx.ref), gran).date)) return null;
  return { ...pointResolution(shiftPoint(period, 1), undefined, anchor), type: "DATE" };
}

/** "day-long", "decades-long", "years-long": a length written as a compound adjective. */
const longAdjectiveRule: Rule = {
  name: "long-adjective",
  triggers: ["long"],
  re: /\b(hour|day|week|month|year|decade|centur(?:y|ie))(s?)-long\b/gi,
  build(m) {
    const unit = parseUnit(m[1] as string);
    if (!unit) return null;
    return candidate(m.index, m.index + m[0].length, "DURATION", "long-adjective", fixed(durationValue(m[2] ? null : 1, unit)));
  },
};

/** "the year ended Sept. 30" is a fiscal year's length; "for the year" the year under report. */
const theYearRule: Rule = {
  name: "the-year",
  triggers: ["year", "week"],
  re: /\bthe\s+(?:(fiscal|full|calendar|current|latest)\s+)?(year|week)\b(?!-)/gi,
  build(m, text) {
    const unit = (m[2] as string).toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "by the year 2000": the year is the number that follows, not the current one.
    const named = unit === "year" ? /^\s+((?:1[6-9]|20)\d\d)\b(?![,.]?\d)/.exec(after) : null;
    if (named) {
      const year = Number(named[1]);
      return candidate(m.index, m.index + m[0].length + named[0].length, "DATE", "the-year", () => pointResolution(yearPoint(year)));
    }
    if (/^\s+(?:ended|ending|through|to date)\b/i.test(after)) {
      return candidate(m.index, m.index + m[0].length, "DURATION", "the-year", fixed(unit === "year" ? "P1Y" : "P1W"));
    }
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (!m[1] && !/\b(?:for|in|during|over|of)\s+$/i.test(before)) return null;
    if (/^\s+(?:before|after|earlier|later|ago)\b/i.test(after)) return null;
    return candidate(m.index, m.index + m[0].length, "DATE", "the-year", (ctx) =>
      pointResolution(unit === "year" ? yearPoint(ctx.ref.year) : weekPoint(ctx.ref)),
    );
  },
};

/** "recent years", "the coming years", "for years", "in the weeks ahead", "months ago". */
const vagueDurationRule: Rule = {
  name: "vague-duration",
  triggers: UNIT_WORDS,
  re: /\b(?:(recent|the coming|coming|the past|the last|the next|the|several|many|few)\s+)?(years|months|weeks|days|decades|centuries|hours|minutes|quarters)\b(\s+(?:ahead|to come))?/gi,
  build(m, text) {
    const [, lead, unitWord, ahead] = m;
    const unit = parseUnit(unitWord as string);
    if (!unit) return null;
    const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
    const leadWord = lead?.toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12).toLowerCase();
    // Bare plurals only where they name a stretch of time: after "for"/"in"/"over", or with a qualifier.
    if (!leadWord && !/\b(?:for|in|over|within|after)\s+$/.test(before)) return null;
    if (leadWord === "the" && !ahead && !/^\s+(?:that|since|before|after|when|of)\b/.test(after)) return null;
    if (/^\s+(?:ago|earlier|later|of\b|old\b)/.test(after)) return null;
    // "in the days before": TimeBank leaves the bare determiner outside.
    const start = leadWord === "the" && !ahead ? m.index + 4 : m.index;
    return candidate(start, m.index + m[0].length, "DURATION", "vague-duration", fixed(durationValue(null, unit)));
  },
};

/** "a fairly lengthy period", "a brief period of time": a stretch of time of no stated unit or count. */
const vaguePeriodRule: Rule = {
  name: "vague-period",
  triggers: ["period"],
  re: /\ba\s+(?:(?:fairly|very|relatively|rather)\s+)?(?:long|lengthy|short|brief|extended|prolonged)\s+period(?:\s+of\s+time)?\b/gi,
  build(m) {
    return candidate(m.index, m.index + m[0].length, "DURATION", "vague-period", fixed("PXX"));
  },
};

/** "for a while", "after a little while": a stretch of time of no stated unit ("once in a while" is how often). */
const whileRule: Rule = {
  name: "while",
  triggers: ["while"],
  re: /\b(?:for|(?<!\bonce\s+)in|after|within)\s+(a (?:(?:little|short|long|good)\s+)?while)\b/gi,
  build(m) {
    const start = m.index + m[0].length - (m[1] as string).length;
    return candidate(start, m.index + m[0].length, "DURATION", "while", fixed("PXX"));
  },
};

// ---------------------------------------------------------------------------------------------------
// "two years ago", "a year earlier", "three days later", "several weeks ago", "almost four years ago"

const agoRule: Rule = {
  name: "ago",
  triggers: ["ago", "earlier", "later", "before", "after", "previously", "from", "hence", "back"],
  re: new RegExp(
    `\\b(?:(about|almost|nearly|more than|some|just|only|roughly|approximately|less than|over)\\s+)?(${COUNT})\\s+(${UNIT_WORD})` +
      `(?:\\s+or\\s+so)?\\s+(ago|earlier|later|before|after|previously|from now|hence|back)\\b`,
    "gi",
  ),
  build(m, text) {
    const [, premod, countWord, unitWord, directionWord] = m;
    const unit = parseUnit(unitWord as string);
    if (!unit || unit === "S" || unit === "MIN" || unit === "H") return null;
    const direction = (directionWord as string).toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    // "two days before the vote" is a duration and a signal; only a clause-final "before" is a date.
    if ((direction === "before" || direction === "after" || direction === "back") && !/^\s*(?:[,.;:)"'`]|$)/.test(after)) return null;
    const count = parseCount(countWord as string);
    const backwards = direction === "ago" || direction === "earlier" || direction === "before" || direction === "previously" || direction === "back";
    const fromReference = direction === "ago" || direction === "from now" || direction === "hence" || direction === "back";
    const mod = modOf(premod);
    // "a day later than planned", "two weeks earlier than expected": set against a plan, not a step on from
    // the last date told, so the length reaches no date.
    const comparedWithPlan = (direction === "later" || direction === "earlier") && /^\s+than\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
    if (comparedWithPlan) {
      const end = m.index + (/\s+\S+$/.exec(m[0])?.index ?? m[0].length);
      return count === null ? null : candidate(m.index, end, "DURATION", "ago", fixed(durationValue(count, unit)));
    }
    if (!fromReference && MEASURED_UNITS.has(unit)) {
      // "three days later": TimeML marks the length ("three days", P3D) and leaves "later" outside as a
      // signal; the date it reaches, counted from the last date told, rides along as the timex's point.
      const end = m.index + (/\s+\S+$/.exec(m[0])?.index ?? m[0].length);
      const length = durationValue(count, unit);
      return candidate(m.index, end, "DURATION", "ago", (ctx) => {
        const reached = count === null ? null : shiftedResolution(ctx, unit, backwards ? -count : count, false, undefined);
        const r: Resolution = { value: length };
        if (mod) r.mod = mod;
        if (reached?.point) {
          r.point = reached.point;
          r.pointEnd = m.index + m[0].length;
          if (reached.anchor) r.anchor = reached.anchor;
          if (reached.derived) r.derived = true;
        }
        return r;
      });
    }
    return candidate(m.index, m.index + m[0].length, "DATE", "ago", (ctx) => {
      if (count === null) return { value: backwards ? "PAST_REF" : "FUTURE_REF" };
      const signed = backwards ? -count : count;
      return shiftedResolution(ctx, unit, signed, fromReference, mod);
    });
  },
};

/**
 * Units whose "later"/"earlier" is a step in a told sequence ("three days later"), marked as a length.
 * "A year earlier" and "a quarter earlier" mostly name the period a result is compared with ("up 15%
 * from a year earlier"), which TimeML marks as that DATE, "earlier" included.
 */
const MEASURED_UNITS = new Set<DurationUnit>(["D", "W", "M"]);

const UNIT_GRAN: Partial<Record<DurationUnit, Granularity>> = { H: "minute", D: "day", W: "week", M: "month", Q: "quarter", Y: "year", DE: "year", CE: "year" };

/** Results are compared with the same quarter a year or two before; "thirty years ago" is history, not a quarter. */
const MAX_YEARS_BACK_TO_A_QUARTER = 2;

/**
 * A point `n` units from the reference ("ago") or from the last date mentioned ("earlier", "later").
 * "A year ago" in a report about a quarter means that quarter a year before, so a year-shift keeps the
 * granularity of a quarter under discussion; an anchored shift keeps the anchor's own granularity.
 */
function shiftedResolution(ctx: ResolveContext, unit: DurationUnit, n: number, fromReference: boolean, mod: TimexMod | undefined): Resolution | null {
  const gran = UNIT_GRAN[unit];
  const years = unit === "DE" ? n * 10 : unit === "CE" ? n * 100 : n;
  // "half a century ago" is fifty years; "half a day ago" names no calendar unit to shift by.
  if (!gran || !Number.isInteger(unit === "DE" || unit === "CE" ? years : n)) return null;
  const quarterInDiscussion = ctx.lastOf("quarter");
  if (unit === "Y" && Math.abs(years) <= MAX_YEARS_BACK_TO_A_QUARTER && quarterInDiscussion) return derived(pointResolution(shiftPoint(quarterInDiscussion, 4 * years), mod, quarterInDiscussion));
  const anchor = !fromReference && ctx.anchor ? ctx.anchor : null;
  if (anchor && finerOrEqual(anchor.gran, gran)) {
    const shifted = shiftByUnit(anchor, unit, years, n);
    const point = anchor.gran === "minute" || anchor.gran === "partOfDay" ? coarsen(shifted, "day") : shifted;
    return pointResolution(point, mod, anchor);
  }
  if (gran === "minute") return null;
  const base = coarsen(dayPoint(ctx.ref), gran);
  const shifted = unit === "DE" || unit === "CE" ? shiftPoint(base, years) : unit === "W" || unit === "D" || unit === "M" || unit === "Q" || unit === "Y" ? shiftPoint(base, n) : base;
  return pointResolution(shifted, mod);
}

/** Shift `p` by n of a duration unit, keeping its own granularity ("Aug. 7" a year earlier is a day). */
function shiftByUnit(p: Point, unit: DurationUnit, years: number, n: number): Point {
  switch (unit) {
    case "D": return { ...p, date: addDays(p.date, n) };
    case "W": return { ...p, date: addDays(p.date, 7 * n) };
    case "M": return { ...p, date: addMonths(p.date, n) };
    case "Q": return { ...p, date: addMonths(p.date, 3 * n) };
    default: return { ...p, date: addMonths(p.date, 12 * years) };
  }
}

const GRAN_ORDER: Granularity[] = ["minute", "partOfDay", "day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century"];
function finerOrEqual(a: Granularity, b: Granularity): boolean {
  return GRAN_ORDER.indexOf(a) <= GRAN_ORDER.indexOf(b);
}

// ---------------------------------------------------------------------------------------------------
// Anchored: "the following day", "the next day", "that day", "the same day", "later that year",
// "the previous week", "the day before yesterday"

const ANCHOR_UNITS = "day|week|weekend|month|year|quarter";
const anchoredRule: Rule = {
  name: "anchored",
  triggers: ["following", "next", "previous", "preceding", "prior", "same", "that"],
  re: new RegExp(
    `\\b(?:(earlier|later|early|late)\\s+)?(the following|the next|the previous|the preceding|the prior|the same|that same|that)\\s+(${ANCHOR_UNITS})\\b`,
    "gi",
  ),
  build(m) {
    const [, premod, relationWord, unitWord] = m;
    const relation = (relationWord as string).toLowerCase();
    const unit = (unitWord as string).toLowerCase();
    // "the next week/month/year" is a stretch of time ahead ("over the next year"), not an anchored date.
    if (relation === "the next" && unit !== "day") return null;
    const offset = relation === "the following" || relation === "the next" ? 1 : relation === "the previous" || relation === "the preceding" || relation === "the prior" ? -1 : 0;
    const gran: Granularity = unit === "day" ? "day" : (unit as Granularity);
    const mod = premod && premod.toLowerCase() !== "earlier" && premod.toLowerCase() !== "later" ? modOf(premod) : undefined;
    return candidate(m.index, m.index + m[0].length, "DATE", "anchored", (ctx) => {
      // "killed last October ... that same day": a day of the month just named, which one unsaid.
      if (gran === "day" && offset === 0 && ctx.anchor?.gran === "month") {
        return { value: `${formatPoint(ctx.anchor)}-XX`, anchor: formatPoint(ctx.anchor) };
      }
      const anchor = gran === "day" ? ctx.lastOf("day") : ctx.anchor;
      const base = anchor && finerOrEqual(anchor.gran, gran) ? anchor : null;
      const point = base ? coarsen(base, gran) : coarsen(dayPoint(ctx.ref), gran);
      return pointResolution(shiftPoint(point, offset), mod, base);
    });
  },
};

const dayAroundYesterdayRule: Rule = {
  name: "day-before-yesterday",
  triggers: ["yesterday", "tomorrow"],
  re: /\bthe day (before yesterday|after tomorrow)\b/gi,
  build(m) {
    const offset = /before/i.test(m[1] as string) ? -2 : 2;
    return candidate(m.index, m.index + m[0].length, "DATE", "day-before-yesterday", (ctx) => pointResolution(dayPoint(addDays(ctx.ref, offset))));
  },
};

/** "the weekend", "over the weekend": the one just past (or coming, in future tense). */
const weekendRule: Rule = {
  name: "weekend",
  triggers: ["weekend"],
  re: /\bthe weekend\b/gi,
  build(m) {
    return candidate(m.index, m.index + m[0].length, "DATE", "weekend", (ctx) => pointResolution(resolveWeekend(ctx.ref, ctx.tense)));
  },
};

/** "year-end", "year's end", "the end of the year", "the end of the month": the period, at its END. */
const periodEndRule: Rule = {
  name: "period-end",
  triggers: ["end", "beginning", "start", "middle"],
  re: /\b(?:year[- ]end|year's end|(?:the )?(?:end|beginning|start|middle) of the (?:year|month|week|quarter|decade|century))\b/gi,
  build(m) {
    const phrase = m[0].toLowerCase();
    const gran: Granularity = (/month|week|quarter|decade|century/.exec(phrase)?.[0] as Granularity | undefined) ?? "year";
    const mod: TimexMod = /beginning|start/.test(phrase) ? "START" : /middle/.test(phrase) ? "MID" : "END";
    return candidate(m.index, m.index + m[0].length, "DATE", "period-end", (ctx) => {
      const mentioned = gran === "quarter" ? ctx.lastOf("quarter") : null;
      return pointResolution(mentioned ?? coarsen(dayPoint(ctx.ref), gran), mod, mentioned);
    });
  },
};

// ---------------------------------------------------------------------------------------------------
// A day of the month alone: "on the 3rd" after "May 1st", "talks resume on the 15th"

/** What may follow a lone "the 15th" that is a day: the clause goes on or ends ("the 15th floor" is no day). */
const AFTER_LONE_DAY = /^(?:\s*(?:[.,;:)"']|$)|\s+(?:and|or|but|at|when|after|before|until|to|through)\b)/i;

const dayOfMonthRule: Rule = {
  name: "day-of-month",
  triggers: ["on the"],
  re: /\bon the (\d{1,2})(?:st|nd|rd|th)\b/gi,
  build(m, text) {
    const day = Number(m[1]);
    const start = m.index + "on ".length;
    const end = m.index + m[0].length;
    if (day < 1 || day > 31 || !AFTER_LONE_DAY.test(text.slice(end, end + 12))) return null;
    return candidate(start, end, "DATE", "day-of-month", (ctx) => {
      // The month of a day just mentioned ("on May 1st and again on the 3rd"), else the reference's,
      // stepped a month back or ahead when the tense says the day lies there.
      const mentioned = ctx.paragraphDay();
      const base = mentioned?.date ?? ctx.ref;
      let month = { year: base.year, month: base.month, day: 1 };
      if (!mentioned && ctx.tense === "past" && day > ctx.ref.day) month = addMonths(month, -1);
      if (!mentioned && ctx.tense === "future" && day < ctx.ref.day) month = addMonths(month, 1);
      if (day > daysInMonth(month.year, month.month)) return null;
      return pointResolution(dayPoint({ year: month.year, month: month.month, day }));
    });
  },
};

// ---------------------------------------------------------------------------------------------------
// Sets: "every Wednesday", "each year", "daily", "twice a week", "on Tuesdays", "Tuesday nights"

const SET_OF_UNIT: Record<string, string> = {
  day: "P1D", night: "XXXX-XX-XXTNI", morning: "XXXX-XX-XXTMO", afternoon: "XXXX-XX-XXTAF", evening: "XXXX-XX-XXTEV",
  week: "P1W", weekend: "XXXX-WXX-WE", month: "P1M", year: "P1Y", quarter: "P1Q", decade: "P10Y",
  hour: "PT1H", minute: "PT1M",
};
const ADVERB_SET: Record<string, string> = {
  daily: "P1D", nightly: "XXXX-XX-XXTNI", weekly: "P1W", biweekly: "P2W", monthly: "P1M", quarterly: "P3M",
  annually: "P1Y", yearly: "P1Y", hourly: "PT1H",
};
const SEASON_SET: Record<string, string> = { spring: "XXXX-SP", summer: "XXXX-SU", fall: "XXXX-FA", autumn: "XXXX-FA", winter: "XXXX-WI" };

const everyRule: Rule = {
  name: "every",
  triggers: ["every", "each"],
  re: new RegExp(
    `\\b(every|each)\\s+(other\\s+)?(day|night|morning|afternoon|evening|week|weekend|month|year|quarter|decade|hour|minute|${WEEKDAY_NAME}|${MONTH_NAME}|${SEASON_NAME})\\b`,
    "gi",
  ),
  build(m) {
    const word = (m[3] as string).toLowerCase();
    const other = Boolean(m[2]);
    const weekday = WEEKDAYS[word];
    const month = MONTHS[word];
    let value: string | undefined;
    if (weekday !== undefined) value = `XXXX-WXX-${weekday === 0 ? 7 : weekday}`;
    else if (month !== undefined) value = `XXXX-${String(month).padStart(2, "0")}`;
    else value = SEASON_SET[word] ?? SET_OF_UNIT[word];
    if (!value) return null;
    if (other) value = value.replace(/^(PT?)(\d+)/, (_, prefix: string, n: string) => `${prefix}${2 * Number(n)}`);
    const v = value;
    return candidate(m.index, m.index + m[0].length, "SET", "every", fixed(v));
  },
};

/**
 * "every two weeks", "every 15 minutes", "every few years": a recurrence with its period counted, a SET
 * whose value is that period (TimeML), not a length of time.
 */
const everyCountedRule: Rule = {
  name: "every-counted",
  triggers: ["every"],
  re: new RegExp(`\\bevery\\s+(${COUNT})\\s+(${UNIT_WORD})\\b`, "gi"),
  build(m) {
    const unit = parseUnit(m[2] as string);
    if (!unit) return null;
    const count = parseCount(m[1] as string);
    // "every one day" is no English; "every a day" no phrase at all.
    if (count !== null && count < 2) return null;
    const value = durationValue(count, unit, /^fortnight/i.test(m[2] as string));
    return candidate(m.index, m.index + m[0].length, "SET", "every", fixed(value));
  },
};

const FUNCTION_WORDS = new Set(["for", "in", "on", "at", "to", "by", "since", "from", "and", "or", "but", "with", "until", "during", "over", "through", "after", "before", "as", "than", "is", "are", "was", "were"]);

const adverbSetRule: Rule = {
  name: "adverb-set",
  triggers: ["daily", "nightly", "weekly", "biweekly", "monthly", "quarterly", "annually", "yearly", "hourly"],
  re: /\b(daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly)\b/gi,
  build(m, text) {
    const word = (m[1] as string).toLowerCase();
    // "the Communist Party daily" names a newspaper: a set is not preceded by a capitalised name.
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (word === "daily" && /[A-Z][a-z]+\s+$/.test(before) && !/(?:^|\s)(?:The|A)\s+$/.test(before)) return null;
    // "the Daily News", "The Weekly Standard": a capitalised set word before a capitalised word names a title.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (/^[A-Z]/.test(m[1] as string) && /^ [A-Z]/.test(after) && m.index > 0 && !/[.!?"\n]\s*$/.test(before)) return null;
    // "quarterly dividend": an adjective before its noun, which TimeBank leaves unmarked; "held annually for" is a set.
    const nextWord = /^\s+([a-z]+)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16))?.[1];
    if (word !== "daily" && nextWord && !FUNCTION_WORDS.has(nextWord)) return null;
    // "average daily volume": a statistic's per-day measure, not a recurring time.
    if (/\baverage\s+$/i.test(before)) return null;
    const value = ADVERB_SET[word];
    if (!value) return null;
    return candidate(m.index, m.index + m[0].length, "SET", "adverb-set", fixed(value));
  },
};

const timesPerRule: Rule = {
  name: "times-per",
  triggers: ["day", "night", "week", "month", "year", "quarter", "hour", "minute"],
  re: /\b(?:(once|twice|three times|four times|\d+ times)\s+)?(a|an|per)\s+(day|night|week|month|year|quarter|hour|minute)\b/gi,
  build(m) {
    const [, times, article, unitWord] = m;
    // "a day" alone is a length ("for a day") or a rate TimeBank leaves unmarked ("$5 a day").
    if (!times && (article as string).toLowerCase() !== "per") return null;
    const value = SET_OF_UNIT[(unitWord as string).toLowerCase()];
    if (!value) return null;
    return candidate(m.index, m.index + m[0].length, "SET", "times-per", fixed(value));
  },
};

const weekdayPluralRule: Rule = {
  name: "weekday-plural",
  triggers: WEEKDAY_WORDS,
  re: new RegExp(`\\b(${WEEKDAY_NAME})(?:s\\b|\\s+(mornings|afternoons|evenings|nights)\\b)`, "gi"),
  build(m) {
    const weekday = WEEKDAYS[(m[1] as string).toLowerCase()] as number;
    const pod = m[2] ? { mornings: "TMO", afternoons: "TAF", evenings: "TEV", nights: "TNI" }[m[2].toLowerCase()] : "";
    return candidate(m.index, m.index + m[0].length, "SET", "weekday-plural", fixed(`XXXX-WXX-${weekday === 0 ? 7 : weekday}${pod ?? ""}`));
  },
};

// ---------------------------------------------------------------------------------------------------
// Holidays with fixed or computable dates

const HOLIDAYS: Record<string, (year: number) => CivilDate> = {
  christmas: (y) => ({ year: y, month: 12, day: 25 }),
  "christmas day": (y) => ({ year: y, month: 12, day: 25 }),
  "christmas eve": (y) => ({ year: y, month: 12, day: 24 }),
  "new year's day": (y) => ({ year: y, month: 1, day: 1 }),
  "new year's eve": (y) => ({ year: y, month: 12, day: 31 }),
  "independence day": (y) => ({ year: y, month: 7, day: 4 }),
  "valentine's day": (y) => ({ year: y, month: 2, day: 14 }),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  "thanksgiving day": (y) => nthWeekday(y, 11, 4, 4),
  "election day": (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  "labor day": (y) => nthWeekday(y, 9, 1, 1),
  "memorial day": (y) => lastWeekdayOfMonth(y, 5, 1),
  easter: easterSunday,
  "easter sunday": easterSunday,
  "easter monday": (y) => addDays(easterSunday(y), 1),
  "good friday": (y) => addDays(easterSunday(y), -2),
};

/** Western Easter Sunday by the Gregorian computus (the Meeus/Jones/Butcher arithmetic). */
function easterSunday(year: number): CivilDate {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const moonCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - moonCorrection + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
  const weekdayShift = (32 + 2 * (century % 4) + 2 * Math.floor(yearOfCentury / 4) - epact - (yearOfCentury % 4)) % 7;
  const correction = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
  const daysFromMarch = epact + weekdayShift - 7 * correction + 114;
  return { year, month: Math.floor(daysFromMarch / 31), day: (daysFromMarch % 31) + 1 };
}

function nthWeekday(year: number, month: number, weekday: number, n: number): CivilDate {
  const first = { year, month, day: 1 };
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

function lastWeekdayOfMonth(year: number, month: number, weekday: number): CivilDate {
  const last = { year, month, day: daysInMonth(year, month) };
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

const holidayRule: Rule = {
  name: "holiday",
  triggers: ["christmas", "new year", "independence", "valentine", "thanksgiving", "election", "labor day", "memorial", "easter", "good friday"],
  re: /\b(?:(last|this|next)\s+)?(Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Independence Day|Valentine's Day|Thanksgiving(?: Day)?|Election Day|Labor Day|Memorial Day|Easter(?: Sunday| Monday)?|Good Friday)\b/g,
  build(m) {
    const relation = m[1]?.toLowerCase();
    const compute = HOLIDAYS[(m[2] as string).toLowerCase().replace(/\u2019/g, "'")];
    if (!compute) return null;
    return candidate(m.index, m.index + m[0].length, "DATE", "holiday", (ctx) => {
      const ref = dayNumber(ctx.ref);
      const thisYear = compute(ctx.ref.year);
      let date: CivilDate;
      if (relation === "last") date = dayNumber(thisYear) < ref ? thisYear : compute(ctx.ref.year - 1);
      else if (relation === "next") date = dayNumber(thisYear) > ref ? thisYear : compute(ctx.ref.year + 1);
      else if (relation === "this") date = thisYear;
      else if (ctx.tense === "future") date = dayNumber(thisYear) >= ref ? thisYear : compute(ctx.ref.year + 1);
      else date = dayNumber(thisYear) <= ref ? thisYear : compute(ctx.ref.year - 1);
      return pointResolution(dayPoint(date));
    });
  },
};

export const RULES: readonly Rule[] = [
  vagueRule,
  oneDayAheadRule,
  relativeUnitRule,
  monthRelationRule,
  quarterRule,
  twoQuartersRule,
  yearAgoAdjectiveRule,
  yearRule,
  spelledYearRule,
  decadeRule,
  centuryRule,
  seasonRule,
  anchoredRule,
  // before the duration rule: on the same extent ("three days" of "three days later") its reading, which
  // knows the date reached, wins the tie
  agoRule,
  durationRule,
  singleUnitSpanRule,
  longAdjectiveRule,
  theYearRule,
  vagueDurationRule,
  whileRule,
  vaguePeriodRule,
  dayAroundYesterdayRule,
  weekendRule,
  periodEndRule,
  dayOfMonthRule,
  everyRule,
  everyCountedRule,
  adverbSetRule,
  timesPerRule,
  weekdayPluralRule,
  holidayRule,
];

const WHOLE_TEXT = (text: string): TextSpan[] => [{ start: 0, end: text.length }];
const TRIGGERED = RULES.filter((r) => r.triggers);
const TRIGGERS = new TriggerIndex<Rule>(TRIGGERED.map((r) => [r, r.triggers ?? []] as const));

/**
 * Every rule's candidates. `spans` are the sentences: a rule with a trigger is run only over the
 * sentences holding its trigger; without `spans` the text is one sentence.
 */
export function ruleCandidates(text: string, spans: readonly TextSpan[] = WHOLE_TEXT(text)): Candidate[] {
  const out: Candidate[] = [];
  const hot = TRIGGERS.hotSpans(text, spans);
  for (const rule of RULES) {
    const chunks = rule.triggers ? (hot.get(rule) ?? []) : WHOLE_TEXT(text);
    for (const chunk of chunks) scanChunk(rule, text, chunk, out);
  }
  return out;
}

function scanChunk(rule: Rule, text: string, chunk: TextSpan, out: Candidate[]): void {
  const whole = chunk.start === 0 && chunk.end === text.length;
  const part = whole ? text : text.slice(chunk.start, chunk.end);
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(part); m; m = rule.re.exec(part)) {
    if (m[0].length === 0) rule.re.lastIndex++;
    m.index += chunk.start;
    const c = rule.build(m, text);
    if (c && c.end > c.start) out.push(c);
  }
}
