// Edits that change a fact: the copy now says something the original contradicts.
// Every site is found with the generator's own patterns (lexicon.ts), never with the engine.

import {
  HONORIFICS, MONTHS, MONTH_ABBREVIATIONS, NUMBER_WORDS, NUMBER_WORD_VALUE, NOT_NAME_WORDS, PLACE_KINDS,
  PLACE_NAME_PREFIXES, TITLES, WEEKDAYS, WEEKDAY_NAME_PREFIXES,
} from "./lexicon.js";
import { mentionsOf, pickDonor } from "./names.js";
import { editAt, isPlainCount, type Site } from "./sites.js";
import { capitalisedWordAfter, capitalisedWordBefore, escapeRegex, groupStart, matchCase, matches } from "./text.js";
import type { EditContext, EditGenerator, PersonName, SourceArticle } from "./types.js";

type Rng = () => number;

function other<T>(rng: Rng, items: readonly T[], not: (t: T) => boolean): T | null {
  const pool = items.filter((t) => !not(t));
  return pool.length ? (pool[Math.floor(rng() * pool.length)] as T) : null;
}

// ---------------------------------------------------------------------------
// date: weekday, month, day of month, year

const MONTH_ALTERNATION = [...MONTHS, ...MONTH_ABBREVIATIONS.map(escapeRegex)].join("|");
const WEEKDAY_RE = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "g");
const MONTH_DAY_RE = new RegExp(`\\b(${MONTH_ALTERNATION})\\s+(\\d{1,2}(?:st|nd|rd|th)?)\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, "gd");
const DAY_MONTH_RE = new RegExp(`\\b(\\d{1,2}(?:st|nd|rd|th)?)\\s+(?:of\\s+)?(${MONTH_ALTERNATION})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, "gd");
const MONTH_YEAR_RE = new RegExp(`\\b(${MONTH_ALTERNATION})\\s+((?:19|20)\\d\\d)\\b`, "gd");
const YEAR_AFTER_WORD_RE = /\b(?:in|since|until|by|during|from|early|late|mid-|of)\s+((?:19[5-9]|20[0-3])\d)\b(?![.,]\d)(?!\s+(?:people|[a-z]+s)\b)/gd;

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][day % 10] ?? "th";
}

function dateSites(text: string): Site[] {
  const sites: Site[] = [];
  for (const m of matches(WEEKDAY_RE, text)) {
    const before = /([A-Za-z]+)\s$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1];
    if (before && WEEKDAY_NAME_PREFIXES.has(before)) continue;
    const day = m[1] as string;
    sites.push({ start: m.index, end: m.index + day.length, variant: "weekday", replacement: (rng) => other(rng, WEEKDAYS, (d) => d === day) });
  }
  const monthSite = (start: number, month: string): Site => ({
    start,
    end: start + month.length,
    variant: "month",
    replacement: (rng) => other(rng, month.endsWith(".") ? MONTH_ABBREVIATIONS : MONTHS, (x) => x === month),
  });
  const daySite = (start: number, written: string): Site | null => {
    const day = Number.parseInt(written, 10);
    if (!(day >= 1 && day <= 31)) return null;
    const suffixed = /\D$/.test(written);
    return {
      start,
      end: start + written.length,
      variant: "day of month",
      replacement: (rng) => {
        const next = other(rng, Array.from({ length: 28 }, (_, i) => i + 1), (d) => d === day);
        return next === null ? null : `${next}${suffixed ? ordinalSuffix(next) : ""}`;
      },
    };
  };
  const yearSite = (start: number, written: string): Site => ({
    start,
    end: start + written.length,
    variant: "year",
    replacement: (rng) => {
      const year = Number(written);
      const step = 1 + Math.floor(rng() * 3);
      return String(rng() < 0.5 && year - step >= 1950 ? year - step : year + step);
    },
  });
  for (const m of matches(MONTH_DAY_RE, text)) {
    sites.push(monthSite(groupStart(m, 1), m[1] as string));
    const d = daySite(groupStart(m, 2), m[2] as string);
    if (d) sites.push(d);
    if (m[3]) sites.push(yearSite(groupStart(m, 3), m[3]));
  }
  for (const m of matches(DAY_MONTH_RE, text)) {
    const d = daySite(groupStart(m, 1), m[1] as string);
    if (d) sites.push(d);
    sites.push(monthSite(groupStart(m, 2), m[2] as string));
    if (m[3]) sites.push(yearSite(groupStart(m, 3), m[3]));
  }
  for (const m of matches(MONTH_YEAR_RE, text)) {
    sites.push(monthSite(groupStart(m, 1), m[1] as string));
    sites.push(yearSite(groupStart(m, 2), m[2] as string));
  }
  for (const m of matches(YEAR_AFTER_WORD_RE, text)) sites.push(yearSite(groupStart(m, 1), m[1] as string));
  return dedupe(sites).filter((s) => !inDateline(text, s.start, s.end));
}

/**
 * A dateline ("May 2, 2013 1:35 pm" on its own line, "NAIROBI, Kenya, Sept. 26 (UPI) —") dates the
 * report, not the event: changing it is not a contradiction about what happened.
 */
function inDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEndAt = text.indexOf("\n", end);
  const line = text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt);
  if (line.trim().split(/\s+/).length < 8) return true;
  return /^[\s,\d]*(?:\([A-Za-z ]+\)|—|–|--|_)/.test(text.slice(end, end + 24));
}

/** The same characters found by two patterns are one site. */
function dedupe(sites: readonly Site[]): Site[] {
  const seen = new Set<string>();
  return sites.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------
// number: a count changed by enough that no tolerance covers both

const DIGITS_RE = /(?<![\d.,$£€#/:A-Za-z-])(\d{1,3}(?:,\d{3})+|\d{1,4})(?![\d,.:/]\d|[\d%])/g;
const NUMBER_WORD_RE = new RegExp(`(?<![A-Za-z-])(${NUMBER_WORDS.join("|")})(?![A-Za-z-])`, "gi");

/** Move a count by at least max(3, a quarter), so that "about N" (10%) and rounding cannot bridge it. */
export function changedCount(rng: Rng, value: number): number {
  const least = Math.max(3, Math.ceil(value * 0.25));
  const delta = least + Math.floor(rng() * least);
  if (value - delta >= 2 && rng() < 0.5) return value - delta;
  return value + delta;
}

function numberSites(text: string): Site[] {
  const sites: Site[] = [];
  for (const m of matches(DIGITS_RE, text)) {
    const written = m[1] as string;
    const value = Number(written.replace(/,/g, ""));
    if (value < 2 || (!written.includes(",") && value >= 1900 && value <= 2099)) continue;
    const start = m.index;
    const end = start + written.length;
    if (!isPlainCount(text, start, end)) continue;
    if (capitalisedWordBefore(text, start) && !/[.!?\n]\s*\S*\s$/.test(text.slice(Math.max(0, start - 20), start))) continue;
    sites.push({
      start,
      end,
      variant: "digits",
      replacement: (rng) => {
        const next = changedCount(rng, value);
        return written.includes(",") || next >= 10000 ? next.toLocaleString("en-US") : String(next);
      },
    });
  }
  for (const m of matches(NUMBER_WORD_RE, text)) {
    const written = m[1] as string;
    const value = NUMBER_WORD_VALUE.get(written.toLowerCase()) as number;
    const start = m.index;
    const end = start + written.length;
    if (!isPlainCount(text, start, end)) continue;
    sites.push({
      start,
      end,
      variant: "words",
      replacement: (rng) => {
        const next = other(rng, NUMBER_WORDS, (w) => Math.abs((NUMBER_WORD_VALUE.get(w) as number) - value) < 3);
        return next === null ? null : matchCase(written, next);
      },
    });
  }
  return sites;
}

// ---------------------------------------------------------------------------
// person: one mention of a person (full name or surname alone) swapped for a person from another article

function personSites(text: string, persons: readonly PersonName[], donors: readonly PersonName[]): Site[] {
  const sites: Site[] = [];
  const fullSpans: { start: number; end: number }[] = [];
  for (const person of persons) {
    for (const at of mentionsOf(text, person.full)) {
      fullSpans.push(at);
      sites.push({ ...at, variant: "full name", replacement: (rng) => pickDonor(rng, donors, text)?.full ?? null });
    }
  }
  for (const person of persons) {
    for (const at of mentionsOf(text, person.last)) {
      if (fullSpans.some((f) => f.start <= at.start && at.end <= f.end)) continue;
      if (!actsAsPerson(text, at.start, at.end)) continue;
      sites.push({ ...at, variant: "surname", replacement: (rng) => pickDonor(rng, donors, text)?.last ?? null });
    }
  }
  return sites;
}

const HONORIFIC_BEFORE = new RegExp(`(?:${HONORIFICS.map(escapeRegex).join("|")})\\s+$`);
const PERSON_VERB_AFTER = /^\s+(?:said|says|told|added|is|was|has|had|will|would|could|can|did|does|may|might|must|should|declined|won|lost|made|took|gave|got|went|came|left|met|ran|saw|spoke|wrote|became|began|brought|kept|held|[a-z]+ed|[a-z]{3,}s)\b/;

/**
 * A surname written where the person acts or is addressed ("Kempthorne acknowledged", "Mr. Reid"),
 * not where it names something else ("the Obama administration", "Putin-Ribbentrop Pact", "Trump's").
 */
function actsAsPerson(text: string, start: number, end: number): boolean {
  if (HONORIFIC_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  if (capitalisedWordAfter(text, end) || /^(?:-|['’]s)/.test(text.slice(end, end + 2))) return false;
  if (/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) return false;
  if (capitalisedWordBefore(text, start) && !/(?:^|[.!?\n]["”]?)\s*\S+\s$/.test(text.slice(Math.max(0, start - 25), start))) return false;
  return PERSON_VERB_AFTER.test(text.slice(end, end + 24));
}

// ---------------------------------------------------------------------------
// place: a country, US state or city swapped for another of the same kind

const PLACE_RES: readonly (readonly [string, readonly string[], RegExp])[] = PLACE_KINDS.map(([kind, names]) => [
  kind,
  names,
  new RegExp(`(?<![A-Za-z])(${[...names].sort((a, b) => b.length - a.length).map(escapeRegex).join("|")})(?![A-Za-z])`, "g"),
]);

function placeSites(text: string): Site[] {
  const sites: Site[] = [];
  for (const [kind, names, re] of PLACE_RES) {
    for (const m of matches(re, text)) {
      const name = m[1] as string;
      const start = m.index;
      const end = start + name.length;
      // "New York Times", "Paris Hilton", "Michael Jordan": part of a longer name
      if (capitalisedWordAfter(text, end) || /^['’]s\s[A-Z]/.test(text.slice(end, end + 4))) continue;
      // "a Delhi-class destroyer", "Gulf of Mexico", "University of Texas": a name, not a location
      if (/^-[A-Za-z]/.test(text.slice(end, end + 2)) || /[A-Z][a-z]+\s+of\s+(?:the\s+)?$/.test(text.slice(Math.max(0, start - 25), start))) continue;
      const wordBefore = /(\S+)\s$/.exec(text.slice(Math.max(0, start - 12), start))?.[1];
      if (wordBefore && PLACE_NAME_PREFIXES.has(wordBefore)) continue;
      if (capitalisedWordBefore(text, start) && !/(?:^|[.!?\n]["”]?)\s*\S+\s$/.test(text.slice(Math.max(0, start - 25), start))) continue;
      sites.push({ start, end, variant: kind, replacement: (rng) => other(rng, names, (n) => text.includes(n)) });
    }
  }
  return sites;
}

// ---------------------------------------------------------------------------
// negation: insert "not" after an auxiliary, or take one away

const AUX_FOR_INSERT = /\b(is|are|was|were|will|would|can|could|should|must|has|have|had)\s+(?!not\b|never\b|no\b|n['’]t\b)([a-z]+)\b/g;
const NOT_AFTER_MODAL = new Set(["the", "a", "an", "to", "that", "this", "it", "he", "she", "they", "we", "you", "i", "his", "her", "their", "its", "there", "also", "still", "only", "just", "now", "then", "soon", "already", "even", "so", "more"]);
const PARTICIPLES = new Set(["been", "said", "made", "told", "left", "lost", "won", "found", "held", "paid", "sent", "spent", "built", "brought", "bought", "thought", "taught", "caught", "got", "gotten", "seen", "done", "gone", "given", "taken", "known", "shown", "written", "become", "come", "run", "put", "set", "cut", "hit", "let", "met", "read", "led", "fled", "kept", "heard", "felt", "sold", "chosen", "spoken", "broken", "begun", "fallen", "driven", "eaten", "grown", "thrown", "drawn", "worn", "torn", "sworn", "shot"]);
const BE_FORMS = new Set(["is", "are", "was", "were"]);
const NOT_AFTER_BE = new Set(["also", "still", "only", "just", "now", "then", "already", "even", "so", "more", "to", "that", "not"]);
const AUX_NOT_RE = /\b(is|are|was|were|has|have|had|will|would|can|could|should|must|does|do|did)\s+not\b(?!\s+(?:only|just|to\s+mention|least|yet)\b)/gi;
const CONTRACTED_NOT_RE = /\b(is|are|was|were|has|have|had|would|could|should|does|do|did|wo|ca)n['’]t\b/gi;

/** The space and word after `at`: the word whose polarity a negation edit flips. */
function nextWordLength(text: string, at: number): number {
  return /^\s+[A-Za-z'’-]+/.exec(text.slice(at, at + 40))?.[0].length ?? 0;
}

function negationSites(text: string): Site[] {
  const sites: Site[] = [];
  for (const m of matches(AUX_FOR_INSERT, text)) {
    const aux = m[1] as string;
    const next = m[2] as string;
    const ok = BE_FORMS.has(aux) ? !NOT_AFTER_BE.has(next) : aux.startsWith("ha") ? next.endsWith("ed") || PARTICIPLES.has(next) : !NOT_AFTER_MODAL.has(next) && !next.endsWith("ed");
    if (!ok) continue;
    const end = m.index + aux.length;
    sites.push({ start: m.index, end, variant: "insert not", replacement: () => `${aux} not`, regionTail: nextWordLength(text, end) });
  }
  for (const m of matches(AUX_NOT_RE, text)) {
    const aux = m[1] as string;
    const end = m.index + m[0].length;
    sites.push({ start: m.index, end, variant: "remove not", replacement: () => aux, regionTail: nextWordLength(text, end) });
  }
  for (const m of matches(CONTRACTED_NOT_RE, text)) {
    const stem = m[1] as string;
    const aux = stem.toLowerCase() === "wo" ? matchCase(stem, "will") : stem.toLowerCase() === "ca" ? matchCase(stem, "can") : stem;
    const end = m.index + m[0].length;
    sites.push({ start: m.index, end, variant: "remove n't", replacement: () => aux, regionTail: nextWordLength(text, end) });
  }
  return sites;
}

// ---------------------------------------------------------------------------
// quote speaker: the named speaker of a direct quote swapped for a person from another article

const SPEAKER = "[A-Z][a-z]+(?:['’][A-Z][a-z]+|-[A-Z][a-z]+)?(?:\\s+(?:[A-Z]\\.\\s+)?[A-Z][a-z]+(?:['’][A-Z][a-z]+|-[A-Z][a-z]+)?){0,2}";
const TITLE = `(?:(?:${TITLES.map(escapeRegex).join("|")})\\s+)?`;
const SPEECH_VERB = "(?:said|says|added|asked|explained|wrote|told\\s+[A-Za-z]+)";
const QUOTE_THEN_VERB_SPEAKER = new RegExp(`[,?!]\\s*[”"]\\s*,?\\s*${SPEECH_VERB}\\s+${TITLE}(${SPEAKER})(?![A-Za-z])`, "gd");
const QUOTE_THEN_SPEAKER_VERB = new RegExp(`[,?!]\\s*[”"]\\s*,?\\s*${TITLE}(${SPEAKER})\\s+${SPEECH_VERB}\\b`, "gd");
const SPEAKER_VERB_QUOTE = new RegExp(`(?<![A-Za-z])${TITLE}(${SPEAKER})\\s+${SPEECH_VERB}\\s*[,:]?\\s*[“"]`, "gd");

function quoteSpeakerSites(text: string, persons: readonly PersonName[], donors: readonly PersonName[]): Site[] {
  const sites: Site[] = [];
  const surnames = new Set(persons.map((p) => p.last));
  const fullNames = new Set(persons.map((p) => p.full));
  const patterns: readonly (readonly [RegExp, string])[] = [
    [QUOTE_THEN_VERB_SPEAKER, "after quote"],
    [QUOTE_THEN_SPEAKER_VERB, "after quote"],
    [SPEAKER_VERB_QUOTE, "before quote"],
  ];
  for (const [re, variant] of patterns) {
    for (const m of matches(re, text)) {
      const name = m[1] as string;
      const words = name.split(/\s+/);
      if (words.some((w) => NOT_NAME_WORDS.has(w))) continue;
      // a person: a full name the article's own patterns found, or the surname of one
      const single = words.length === 1;
      if (single ? !surnames.has(name) : !fullNames.has(name)) continue;
      const start = groupStart(m, 1);
      sites.push({
        start,
        end: start + name.length,
        variant,
        replacement: (rng) => {
          const donor = pickDonor(rng, donors, text);
          return donor ? (single ? donor.last : donor.full) : null;
        },
      });
    }
  }
  return dedupe(sites);
}

// ---------------------------------------------------------------------------

export const factualGenerators: readonly EditGenerator[] = [
  { type: "date", kind: "factual", generate: (a: SourceArticle, c: EditContext) => editAt("date", "factual", c, dateSites(a.text)) },
  { type: "number", kind: "factual", generate: (a, c) => editAt("number", "factual", c, numberSites(a.text)) },
  { type: "person", kind: "factual", generate: (a, c) => editAt("person", "factual", c, personSites(a.text, c.persons, c.donors)) },
  { type: "place", kind: "factual", generate: (a, c) => editAt("place", "factual", c, placeSites(a.text)) },
  { type: "negation", kind: "factual", generate: (a, c) => editAt("negation", "factual", c, negationSites(a.text)) },
  { type: "quote-speaker", kind: "factual", generate: (a, c) => editAt("quote-speaker", "factual", c, quoteSpeakerSites(a.text, c.persons, c.donors)) },
];
