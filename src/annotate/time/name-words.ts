// Months and weekdays are also given names and surnames ("June", "May"); the timex, entity and
// statement stages share one judgement so that a name is not half a person and half a date.

import { AMBIGUOUS_GIVEN_NAMES, isFirstName, isHonorific, TITLE_SET } from "../entities/lexicon.js";
import { MONTH_NAME, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAME, WEEKDAYS } from "./lexicon.js";

const WORD_BEFORE = /(?:^|[\s"'(\u201C\u2018])([\p{L}.'\u2019-]+) $/u;
/** The two words before: "Ada Lin May", "Mr. Lin May". */
const TWO_WORDS_BEFORE = /(?:^|[\s"'(\u201C\u2018])([\p{L}.'\u2019-]+) (\p{Lu}\p{Ll}+) $/u;
const WORD_AFTER = /^ (\p{Lu}[\p{Ll}'\u2019-]+)(?:( \p{Lu})|([,.;:!?]|$))?/u;
/** Words before a month or weekday that make it a date whatever follows: "in May Lund, the mayor, said". */
const DATE_CONTEXT = new Set(["in", "on", "at", "by", "of", "from", "since", "until", "till", "through", "to", "before", "after", "during", "for", "last", "next", "this", "that", "early", "late", "mid", "each", "every", "between", "and", "or", "than", "around", "about"]);
/** Where a name can start: a sentence, or a clause after a comma, a bracket or a quote. */
const CLAUSE_START = /(?:^|[.!?]["'\u201D\u2019)]?\s+|[,;:(\u201C"]\s*)$/;
const AFTER_THE = /(?:^|\s)[Tt]he $/;
/** Words after a month or weekday that keep it a time or a holiday: "May Day", "Monday Night". */
const TIME_NOUNS = new Set(["day", "night", "morning", "afternoon", "evening", "eve", "week", "weekend"]);
/** "the Sunday Times": a newspaper's title; "the July convention" and "the Monday Senate vote" stay dates. */
const PRESS_NAMES = new Set(["times", "post", "telegraph", "express", "herald", "mirror", "tribune", "journal", "star", "observer", "chronicle", "gazette"]);

// A weekday's abbreviation is judged as a month's is: "Sun Media", "the Sun Times", "Jie Sun" are names; "Sun, 12 Mar" is a date.
const isTimeWord = (norm: string): boolean => Object.hasOwn(MONTHS, norm) || Object.hasOwn(WEEKDAYS, norm) || WEEKDAY_ABBREVIATIONS.has(norm);

/**
 * Is the capitalised month, weekday or "Day" at text[start, end) part of a person's name? As a surname
 * ("Theresa May", "Dr. May", "Prime Minister May", see surnameAfter), alone once the article has so used
 * it, or as a given name opening a clause or ending an inverted speaker ("June Carter said", "said June
 * Carter."); "in May", "Lund in May", "Tuesday's vote" and "Tuesday President Lund said" stay times.
 */
export function isNameTimeWord(text: string, start: number, end: number): boolean {
  // Asked of every adverb and auxiliary a subject search steps over: most start in lower case, which settles it.
  const initial = text.charCodeAt(start);
  if (initial < 65 || initial > 90) return false;
  const word = text.slice(start, end);
  const norm = word.toLowerCase();
  const before = text.slice(Math.max(0, start - 40), start);
  if (isCapitalisedDayPart(word)) return isTitleWord(before, text.slice(end, end + 40));
  // "Day" is a surname as often as a month is, but only a given name or honorific makes it one ("Ann Day").
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !(isTimeWord(norm) || norm === "day")) return false;
  const prev = WORD_BEFORE.exec(before)?.[1];
  if (prev && surnameAfter(prev, norm)) return true;
  // "Ada Lin May, 60, said": a second name word stands between the given name or honorific and the month.
  const two = TWO_WORDS_BEFORE.exec(before);
  if (two && !isTimeWord((two[2] as string).toLowerCase()) && surnameAfter(two[1] as string, norm) && !/^\s*\d/.test(text.slice(end, end + 4))) return true;
  if (norm === "day") return false;
  if (prev && endsNameBeforeAge(prev, text.slice(end, end + 8))) return true;
  const after = WORD_AFTER.exec(text.slice(end, end + 40));
  if (!after) {
    if ((prev !== undefined && DATE_CONTEXT.has(prev.toLowerCase())) || /^\s*\d/.test(text.slice(end, end + 4))) return false;
    // "Theresa May ... May said": a surname the article has given in full is the person alone too.
    return surnamesOf(text).has(word);
  }
  const nextNorm = (after[1] as string).toLowerCase();
  // "the Sun Media Group": no date is written "the Sun" before a capitalised word.
  if (AFTER_THE.test(before)) return PRESS_NAMES.has(nextNorm) || WEEKDAY_ABBREVIATIONS.has(norm);
  // A third capitalised word makes a title-case headline ("Tuesday Primary Results"), not a name.
  if (after[2] !== undefined) return false;
  // Mid-clause, only a name that ends there is one ("said June Okafor."); "said Friday Lund would" is a date.
  if (!CLAUSE_START.test(before) && (after[3] === undefined || prev === undefined || DATE_CONTEXT.has(prev.toLowerCase()))) return false;
  return canFollowInName(nextNorm);
}

/** ", 60,": an age set off by commas, which follows a person's name and never a date. */
const AGE_APPOSITIVE = /^, \d{1,3},/;

/**
 * "Yin Myint May, 60, a doctor": a month after a capitalised word that is no time or date preposition, with an age
 * after it, ends a name even when no word before it is a known given name.
 */
function endsNameBeforeAge(prev: string, after: string): boolean {
  const prevNorm = prev.toLowerCase();
  return /^\p{Lu}/u.test(prev) && !isTimeWord(prevNorm) && !DATE_CONTEXT.has(prevNorm) && AGE_APPOSITIVE.test(after);
}

/** A word after a month, weekday or part of the day that can go on with it in a name: no time, title or honorific. */
function canFollowInName(norm: string): boolean {
  return !TIME_NOUNS.has(norm) && !isTimeWord(norm) && !TITLE_SET.has(norm) && !isHonorific(norm);
}

const PARTS_OF_DAY = new Set(["morning", "afternoon", "evening", "night"]);

/** "Morning", "Night": a part of the day capitalised as the word of a name would be. */
export function isCapitalisedDayPart(word: string): boolean {
  return PARTS_OF_DAY.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(word);
}

/**
 * A capitalised part of the day opening a proper-noun run is a title's word ("the Morning Ledger", "Evening
 * Courier"), not a time; after a weekday ("Tuesday Morning Lund said") or before another time word it stays one.
 */
function isTitleWord(before: string, after: string): boolean {
  const next = WORD_AFTER.exec(after);
  if (!next || next[2] !== undefined) return false;
  const prev = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (prev !== undefined && (isTimeWord(prev) || DATE_CONTEXT.has(prev))) return false;
  return canFollowInName((next[1] as string).toLowerCase());
}

/**
 * Does `prev` make the month, weekday or "Day" (`norm`) after it a surname? An honorific always does. A given
 * name or a title only before a month or "Day": weekdays are rarely surnames, and a name before a bare
 * weekday is mostly a show's or a person's ("Morning Joe Monday", "Lund Tuesday said").
 */
function surnameAfter(prev: string, norm: string): boolean {
  if (!/^\p{Lu}/u.test(prev)) return false;
  const prevNorm = prev.toLowerCase();
  if (isHonorific(prevNorm)) return true;
  if (Object.hasOwn(WEEKDAYS, norm)) return false;
  if (isFirstName(prev) && !AMBIGUOUS_GIVEN_NAMES.has(prev) && !isTimeWord(prevNorm)) return true;
  return norm !== "day" && TITLE_SET.has(prevNorm);
}

const FULL_NAME = new RegExp(`^(?:${MONTH_NAME}|${WEEKDAY_NAME})$`);
/** The full month and weekday names, capitalised as a name is ("May", "Tuesday"). */
const TIME_WORD_AT = new RegExp(
  `\\b(?:${[...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]
    .filter((name) => FULL_NAME.test(name))
    .map((name) => (name[0] as string).toUpperCase() + name.slice(1))
    .join("|")})\\b`,
  "g",
);
/** One article at a time: each stage asks about the same text many times in a row. */
let surnamesCache: { text: string; names: ReadonlySet<string> } | undefined;

/** Months and weekdays the text uses as a surname after a given name, honorific or title. */
function surnamesOf(text: string): ReadonlySet<string> {
  if (surnamesCache?.text === text) return surnamesCache.names;
  const names = new Set<string>();
  for (const m of text.matchAll(TIME_WORD_AT)) {
    const prev = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    if (prev && surnameAfter(prev, m[0].toLowerCase())) names.add(m[0]);
  }
  surnamesCache = { text, names };
  return names;
}
