import type { EntityType } from "../../model/types.js";
import { CITIES, COUNTRIES, EVENTS, GROUPS, ORGANIZATIONS, US_STATES, WELL_KNOWN_PEOPLE } from "./gazetteer-data.js";

export type GazetteerKind = "country" | "state" | "state-abbreviation" | "city" | "organization" | "person" | "group" | "event";

export type GazetteerEntry = {
  canonical: string;
  type: EntityType;
  kind: GazetteerKind;
};

/** Surface form (whitespace collapsed, case kept) -> entry. The first list to claim a form keeps it. */
const entries = new Map<string, GazetteerEntry>();
/** First word of every surface form -> the longest surface form (in characters) that starts with it. */
const longestByFirstWord = new Map<string, number>();
/** First words of entries written in lower case ("al-Qaeda"): the only lower-case tokens worth a lookup. */
const lowercaseFirstWords = new Set<string>();
/** Surname (last word) of well-known people -> their canonical names. */
const peopleBySurname = new Map<string, string[]>();
/** Country canonical names, for role affiliations ("a US official" vs "a Russian official"). */
const countryOfForm = new Map<string, string>();

function firstWords(form: string): string[] {
  const bySpace = form.split(" ")[0] ?? form;
  const byPunct = form.split(/[\s\-'’]/)[0] ?? form;
  return bySpace === byPunct ? [bySpace] : [bySpace, byPunct];
}

function register(form: string, entry: GazetteerEntry): void {
  const surface = form.trim();
  if (surface === "" || entries.has(surface)) return;
  entries.set(surface, entry);
  for (const first of firstWords(surface)) {
    longestByFirstWord.set(first, Math.max(longestByFirstWord.get(first) ?? 0, surface.length));
    if (first !== first.replace(/^\p{Ll}/u, "")) lowercaseFirstWords.add(first);
  }
}

function parseLines(data: string): string[][] {
  return data
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.split("|").map((field) => field.trim()));
}

function splitList(field: string | undefined): string[] {
  return (field ?? "").split(",").map((s) => s.trim()).filter((s) => s.length > 0);
}

function loadNamesWithAliases(data: string, type: EntityType, kind: GazetteerKind): void {
  for (const [canonical = "", aliases] of parseLines(data)) {
    const entry = { canonical, type, kind };
    register(canonical, entry);
    for (const alias of splitList(aliases)) register(alias, entry);
  }
}

function loadCountries(): void {
  for (const [canonical = "", aliases, demonyms] of parseLines(COUNTRIES)) {
    const place = { canonical, type: "place" as const, kind: "country" as const };
    for (const form of [canonical, ...splitList(aliases)]) {
      register(form, place);
      countryOfForm.set(form.toLowerCase(), canonical);
    }
    const forms = splitList(demonyms);
    const demonym = { canonical: forms[0] ?? canonical, type: "other" as const, kind: "group" as const };
    for (const form of forms) {
      register(form, demonym);
      countryOfForm.set(form.toLowerCase(), canonical);
    }
  }
}

function loadStates(): void {
  for (const [canonical = "", aliases, abbreviations] of parseLines(US_STATES)) {
    const place = { canonical, type: "place" as const, kind: "state" as const };
    register(canonical, place);
    for (const alias of splitList(aliases)) register(alias, place);
    const abbreviation = { canonical, type: "place" as const, kind: "state-abbreviation" as const };
    for (const form of splitList(abbreviations)) register(form, abbreviation);
  }
}

/** Government metonyms that stand for a country in role descriptions ("a Kremlin spokesman"). */
const METONYM_COUNTRY: Record<string, string> = {
  kremlin: "Russia",
  moscow: "Russia",
  "white house": "United States",
  pentagon: "United States",
  washington: "United States",
  "state department": "United States",
  "downing street": "United Kingdom",
  whitehall: "United Kingdom",
  elysee: "France",
  "élysée": "France",
  beijing: "China",
  kyiv: "Ukraine",
  kiev: "Ukraine",
};

loadCountries();
loadStates();
loadNamesWithAliases(ORGANIZATIONS, "organization", "organization");
loadNamesWithAliases(CITIES, "place", "city");
loadNamesWithAliases(WELL_KNOWN_PEOPLE, "person", "person");
for (const [canonical = ""] of parseLines(WELL_KNOWN_PEOPLE)) {
  const surname = canonical.split(" ").at(-1) ?? canonical;
  peopleBySurname.set(surname, [...(peopleBySurname.get(surname) ?? []), canonical]);
}
loadNamesWithAliases(GROUPS, "other", "group");
loadNamesWithAliases(EVENTS, "other", "event");
for (const [form, country] of Object.entries(METONYM_COUNTRY)) countryOfForm.set(form, country);

/**
 * First character, last character and length of every surface form, packed into one number: a span of
 * text whose shape is missing here cannot be an entry, which spares building its string for a lookup.
 */
const entryShapes = new Set<number>();
for (const surface of entries.keys()) entryShapes.add(shapeKey(surface.charCodeAt(0), surface.charCodeAt(surface.length - 1), surface.length));

function shapeKey(firstCode: number, lastCode: number, length: number): number {
  return (firstCode * 65536 + lastCode) * 1024 + Math.min(length, 1023);
}

/** Could a surface form starting with firstCode, ending with lastCode and this long be an entry? */
export function gazetteerMayHold(firstCode: number, lastCode: number, length: number): boolean {
  return length > 1023 || entryShapes.has(shapeKey(firstCode, lastCode, length));
}

/** The entry for an exact surface form ("U.S.", "Institute for the Study of War"), if any. */
export function gazetteerEntry(surface: string): GazetteerEntry | undefined {
  return entries.get(surface);
}

export function startsLowercaseEntry(word: string): boolean {
  return lowercaseFirstWords.has(word);
}

/** Well-known people with this surname ("Clinton" -> Hillary Clinton, Bill Clinton). */
export function wellKnownWithSurname(surname: string): readonly string[] {
  return peopleBySurname.get(surname) ?? [];
}

/** Longest surface form in characters that starts with this word, or 0 when none does. */
export function gazetteerReach(firstWord: string): number {
  return longestByFirstWord.get(firstWord) ?? 0;
}

/** The country a word or phrase stands for in a description ("US", "Russian", "Kremlin"), if any. */
export function countryOf(phrase: string): string | undefined {
  return countryOfForm.get(phrase.toLowerCase());
}

/** Canonical name for a surface form through the gazetteer, or undefined. */
export function gazetteerCanonical(surface: string): string | undefined {
  return entries.get(surface)?.canonical;
}
