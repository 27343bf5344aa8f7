import type { AnnotatedDoc, ReferenceDate } from "../model/types.js";
import { type CivilDate, dayNumber, formatDay, isValidDate, parseIsoDate, weekdayOf } from "./time/calendar.js";
import { newsChrono } from "./time/chrono-news.js";
import { isStampCued, MONTHS } from "./time/lexicon.js";

/**
 * The report's reference date is its own: from its metadata, or fixed by its text as a report's date (a
 * stamp, a dateline, a weekday with its date). Otherwise relative dates in it rest on a borrowed day (the
 * story's, today) or on a full date that may be history.
 */
export function datedByItsOwnDate(doc: AnnotatedDoc): boolean {
  return doc.referenceDate.basis === "published" || (doc.referenceDate.basis === "text" && doc.referenceDateLoose !== true);
}

/** The publication date from metadata, as YYYY-MM-DD, if it parses. */
export function referenceDateFromMetadata(published: string | undefined): ReferenceDate | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (m) return { value: `${m[1]}-${m[2]}-${m[3]}`, basis: "published" };
  const t = Date.parse(published);
  if (Number.isNaN(t)) return null;
  return { value: new Date(t).toISOString().slice(0, 10), basis: "published" };
}

/**
 * The publication date from metadata, or the day of the report's opening dateline when that is a day or
 * two earlier ("JOHANNESBURG, August 7 (Xinhua) --" in a report published on the 8th): a wire report is
 * dated where it was filed, and its "today" and its weekdays are that day's; metadata often carries the
 * desk's next day or the next morning's edition.
 */
export function publishedReferenceDate(published: string | undefined, text: string): ReferenceDate | null {
  const metadata = referenceDateFromMetadata(published);
  const publishedDay = metadata && parseIsoDate(metadata.value);
  const filed = publishedDay && openingDatelineDay(text, publishedDay);
  if (!metadata || !publishedDay || !filed) return metadata;
  const lag = dayNumber(publishedDay) - dayNumber(filed);
  return lag > 0 && lag <= DATELINE_LAG_DAYS ? { value: formatDay(filed), basis: "text" } : metadata;
}

/** A report filed this many days before its metadata's date still has that date near by; more is a mistake. */
const DATELINE_LAG_DAYS = 2;

/**
 * "PLACE[, REGION], Month D[, YYYY] [(Agency)] --" opening the text, before a dash or the end of its line.
 * The place is capitalised words, none a weekday or an opener ("On Tuesday, March 10 - the day ..." is a
 * sentence, not a dateline); months are matched in any case ("WASHINGTON, MARCH 10 (Reuters) -").
 */
const PLACE = "\\p{Lu}[\\p{L}.']*(?: \\p{Lu}[\\p{L}.']*){0,4}";
const OPENING_DATELINE = new RegExp(
  `^\\s*(${PLACE}(?:,\\s*${PLACE})?),\\s+(\\p{L}+)\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(?:\\([^)\\n]{1,30}\\))?\\s*(?:[-—–]|\\n)`,
  "u",
);
const NOT_A_PLACE = /\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|on|last|next|this|early|late|since|until|by|from|in)\b/i;

/** The day of the text's opening dateline, its year written or the one that puts it on or before `published`. */
function openingDatelineDay(text: string, published: CivilDate): CivilDate | null {
  const m = OPENING_DATELINE.exec(text.slice(0, 200));
  const monthName = m ? (m[2] as string).toLowerCase() : "";
  const month = Object.hasOwn(MONTHS, monthName) ? MONTHS[monthName] : undefined;
  if (!m || month === undefined || NOT_A_PLACE.test(m[1] as string)) return null;
  const day = Number(m[3]);
  const year = m[4] ? Number(m[4]) : month > published.month ? published.year - 1 : published.year;
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/**
 * A calendar date the text pins down by itself; whether its year was written or inferred; and whether it
 * dates the report itself: a page's published or updated stamp, a dateline on a line of its own, or a
 * weekday with its date ("Thursday, May 4"), which news writes of the days around its own. A full date alone ("born April 22, 1923") may
 * be any day in history.
 */
type TextDate = { date: CivilDate; yearWritten: boolean; datesReport: boolean; pageDate: boolean };

/** Dates read from the text: `firm` from stamps and weekday dates, `loose` from any full date. */
export type TextReferenceDates = { firm: ReferenceDate | null; loose: ReferenceDate | null };

/**
 * Reference dates read from the text when metadata has none: the latest date the text fixes on its own,
 * either written in full ("May 4, 2023") or as a weekday with a month and day ("Thursday, May 4"), whose
 * year is the one in which that day falls on that weekday: near the years the text writes, or else the
 * latest such year not after `today`. A report is written on or after the last day it dates, so the
 * latest date is the best lower bound for its publication. The firm one counts only dates that date the
 * report (see TextDate); the loose one any, and is worth less than a date the report's story gives.
 */
export function referenceDatesFromText(doc: AnnotatedDoc, today: string = new Date().toISOString().slice(0, 10)): TextReferenceDates {
  const now = parseIsoDate(today) ?? { year: new Date().getUTCFullYear(), month: 12, day: 31 };
  const text = doc.article.text;
  const yearMentions = [...text.matchAll(YEAR_MENTION)];
  const sinceYears: number[] = [];
  const writtenYears: number[] = [];
  for (const m of yearMentions) (countedFrom(text, m.index ?? 0) ? sinceYears : writtenYears).push(Number(m[1]));
  const dates = datesFixedByText(doc, now, { written: writtenYears, after: Math.max(-Infinity, ...sinceYears) });
  const latest = (candidates: TextDate[]): ReferenceDate | null =>
    candidates.length === 0 ? null : { value: formatDay(candidates.reduce((a, b) => (dayNumber(b.date) > dayNumber(a.date) ? b : a)).date), basis: "text" };
  const pastYears = yearMentions.filter((m) => !lookedAhead(text, m.index ?? 0)).map((m) => Number(m[1])).filter((year) => year <= now.year);
  const lastPastYear = Math.max(-Infinity, ...pastYears);
  return { firm: latest(dates.filter((d) => d.datesReport && (d.pageDate || d.date.year + HISTORY_GAP_YEARS > lastPastYear))), loose: latest(dates) };
}

/**
 * Years after a weekday date (not a page's stamp or dateline) by this much show the date to be history
 * told in the report ("On Tuesday, Oct. 10, 1972, Washington awoke to ..." in a report that goes on "In
 * 2005, he revealed ..."): a report is written after the years it tells of. Years after today are plans
 * ("the 2026 World Cup") and do not count; nor do a few years after the date, which a report may look
 * ahead to ("will reopen in 2027").
 */
const HISTORY_GAP_YEARS = 10;
/** "by 2050", "until 2030": a year of a target or a term, which lies ahead. */
const AHEAD_BEFORE = /\b(?:by|until|till|through|to|before)\s+$/i;

const lookedAhead = (text: string, yearStart: number): boolean => AHEAD_BEFORE.test(text.slice(Math.max(0, yearStart - 10), yearStart));
/**
 * "since 2020", "its lowest since 2020": a year a stretch is counted from, which news writes of years
 * that lie behind it, so it dates the report after that year rather than near it.
 */
const COUNTED_FROM_BEFORE = /\bsince\s+$/i;

const countedFrom = (text: string, yearStart: number): boolean => COUNTED_FROM_BEFORE.test(text.slice(Math.max(0, yearStart - 10), yearStart));

/** Years the text writes: `written` ones the report is near; it is after the year `after`. */
type TextYears = { written: readonly number[]; after: number };

/** The text's reference date, firm if it has one, else loose; null when the text fixes no date. */
export function referenceDateFromText(doc: AnnotatedDoc, today?: string): ReferenceDate | null {
  const dates = referenceDatesFromText(doc, today);
  return dates.firm ?? dates.loose;
}

const YEAR_MENTION = /(?<![$\d,.])\b(1[89]\d\d|20\d\d)\b(?![,.]?\d)/g;
/**
 * A sentence can fix a date only with a written year or a weekday name, and with a day of a month
 * ("May 4", "4th of May", 5/4/2023, 2023-05-04); others are not parsed at all, which spares chrono
 * most sentences.
 */
const DATE_FIXING_WORD = /\b(?:1[89]\d\d|20\d\d|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
// Month names and their abbreviations as whole words: "mayor", "market" and "decided" fix no date.
const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b";
const ORDINAL_WORD =
  "(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth";
/** a day as digits or as an ordinal word ("eighth", "twenty-first") */
const DAY = `(?:\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORD})\\b`;
/** "May 4", "4th of May", and all-digit dates (5/4/2023, 2023-05-04, 4.5.2023), not decimals or scores */
const DAY_OF_MONTH = new RegExp(`\\b${MONTH}[\\s.,]+${DAY}|\\b${DAY}\\s+(?:of\\s+)?${MONTH}|\\d\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d|\\d\\s*/\\s*\\d`, "i");

function datesFixedByText(doc: AnnotatedDoc, today: CivilDate, years: TextYears): TextDate[] {
  const text = doc.article.text;
  // chrono's reference only matters for what we do not use (implied fields), so today will do.
  const reference = new Date(today.year, today.month - 1, today.day, 12);
  const out: TextDate[] = [];
  for (const span of candidateSpans(doc)) {
    const slice = text.slice(span.start, span.end);
    if (!DATE_FIXING_WORD.test(slice) || !DAY_OF_MONTH.test(slice)) continue;
    for (const r of newsChrono().parse(slice, reference)) {
      const start = span.start + r.index;
      const pageDate = isStampCued(text, start, start + r.text.length) || onDateline(text, start, start + r.text.length);
      for (const c of [r.start, r.end]) {
        if (!c || !c.isCertain("day") || !c.isCertain("month")) continue;
        const month = c.get("month") as number;
        const day = c.get("day") as number;
        const datesReport = pageDate || c.isCertain("weekday");
        if (c.isCertain("year")) {
          const year = c.get("year") as number;
          if (isValidDate(year, month, day)) out.push({ date: { year, month, day }, yearWritten: true, datesReport, pageDate });
        } else if (c.isCertain("weekday")) {
          const year = yearOfWeekday(month, day, c.get("weekday") as number, years, today);
          if (year !== null) out.push({ date: { year, month, day }, yearWritten: false, datesReport, pageDate });
        }
      }
    }
  }
  return out;
}

/** Besides its date a dateline holds a few capitalised words at most: a place, an agency. */
const DATELINE_MAX_WORDS = 4;

/** Is the date [start, end) on a line of its own, a dateline ("Marrowby, 5 March 2025"), not in a sentence? */
export function onDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  const rest = `${text.slice(lineStart, start)} ${text.slice(end, lineEnd < 0 ? text.length : lineEnd)}`;
  const words = rest.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
  return words.length <= DATELINE_MAX_WORDS && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Sentences when the tokens stage has run, else the whole text as one span. */
function candidateSpans(doc: AnnotatedDoc): { start: number; end: number }[] {
  return doc.sentences.length > 0 ? doc.sentences : [{ start: 0, end: doc.article.text.length }];
}

/**
 * The year in which month/day is the given weekday: the one nearest the latest year the text writes
 * (a report dated "Thursday, May 4" that mentions 2023 is about 2023), else the latest one up to today;
 * never one in or before a year the text counts from ("since 2020").
 */
function yearOfWeekday(month: number, day: number, weekday: number, years: TextYears, today: CivilDate): number | null {
  const fits = (year: number): boolean => year > years.after && isValidDate(year, month, day) && weekdayOf({ year, month, day }) === weekday;
  const anchor = years.written.length > 0 ? Math.max(...years.written) : null;
  if (anchor !== null) {
    for (let distance = 0; distance <= 6; distance++) {
      if (fits(anchor + distance)) return anchor + distance;
      if (fits(anchor - distance)) return anchor - distance;
    }
  }
  for (let year = today.year; year >= today.year - 28; year--) {
    if (fits(year) && dayNumber({ year, month, day }) <= dayNumber(today)) return year;
  }
  return null;
}
