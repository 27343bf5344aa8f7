import type { EntityType } from "../../model/types.js";
import { gazetteerEntry } from "./gazetteer.js";
import { isFirstName } from "./lexicon.js";

/** Words skipped when an acronym is formed from a long name ("Institute for the Study of War" -> ISW). */
const ACRONYM_SKIPPED: ReadonlySet<string> = new Set(["of", "for", "the", "and", "&", "on", "in", "de", "du", "des", "la", "le", "to", "at"]);

/** Places named by a direction or "New" + another place: never a first name + surname. */
const PLACE_NAME_STARTS: ReadonlySet<string> = new Set([
  "north", "south", "east", "west", "new", "upper", "lower", "greater", "central", "northern", "southern",
  "eastern", "western", "san", "santa", "saint", "st.", "st", "los", "las", "el", "united", "great",
]);

/** Short forms of given names, folded to one key; a Map because any word of a text is looked up (see ROLE_SPELLINGS). */
const NICKNAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  bill: "william", billy: "william", will: "william", willie: "william", bob: "robert", bobby: "robert",
  rob: "robert", dick: "richard", rick: "richard", ricky: "richard", jim: "james", jimmy: "james",
  joe: "joseph", mike: "michael", tom: "thomas", tommy: "thomas", tony: "anthony", chris: "christopher",
  dan: "daniel", danny: "daniel", dave: "david", ed: "edward", eddie: "edward", ted: "edward",
  liz: "elizabeth", beth: "elizabeth", betsy: "elizabeth", kate: "katherine", kathy: "katherine",
  katie: "katherine", kathryn: "katherine", kat: "katherine", cathy: "catherine", alex: "alexander", sasha: "alexander", nick: "nicholas",
  ben: "benjamin", sam: "samuel", steve: "stephen", steven: "stephen", matt: "matthew", andy: "andrew",
  greg: "gregory", jeff: "jeffrey", pat: "patrick", don: "donald", ron: "ronald", larry: "lawrence",
  jerry: "gerald", chuck: "charles", charlie: "charles", jon: "jonathan", josh: "joshua", jake: "jacob",
  tim: "timothy", phil: "philip", fred: "frederick", frank: "francis", hank: "henry", harry: "henry",
  jen: "jennifer", jenny: "jennifer", sue: "susan", peggy: "margaret", maggie: "margaret", meg: "margaret",
  vlad: "vladimir", dmitri: "dmitry", dmitriy: "dmitry", sergey: "sergei", alexey: "alexei",
  aleksei: "alexei", yury: "yuri", mohammed: "muhammad", mohammad: "muhammad", mohamed: "muhammad",
}));

const foldedNames = new Map<string, string>();

/** Lower case without diacritics, dots, apostrophes or hyphen spacing ("U.S." -> "us", "Zelenskyy" -> "zelensky"). */
export function foldName(name: string): string {
  const cached = foldedNames.get(name);
  if (cached !== undefined) return cached;
  const folded = foldUncached(name);
  // Names repeat within and across documents; the cache is bounded so a long-running process stays small.
  if (foldedNames.size > 50_000) foldedNames.clear();
  foldedNames.set(name, folded);
  return folded;
}

function foldUncached(name: string): string {
  const ascii = /^[\x20-\x7e]*$/.test(name);
  const base = ascii ? name : name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘]/g, "'");
  return base
    .toLowerCase()
    .replace(/'s$/, "")
    .replace(/[.']/g, "")
    .replace(/\s*-\s*/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Transliteration variants of one surname ("Zelenskyy", "Zelenskiy", "Zelensky") fold to one key. */
export function foldSurname(word: string): string {
  const folded = foldName(word);
  return hasTransliteratedEnding(folded) ? `${folded.slice(0, -2)}y` : folded;
}

/** Ends in "iy", "yy", "ij" or "ii"? Char codes, not a regex: this runs for every name mention. */
function hasTransliteratedEnding(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  const before = s.charCodeAt(s.length - 2);
  if (last === 0x79) return before === 0x69 || before === 0x79;
  return before === 0x69 && (last === 0x6a || last === 0x69);
}

function foldGivenName(word: string): string {
  const folded = foldName(word);
  return NICKNAMES.get(folded) ?? folded;
}

const NEEDS_BARING = /^the\s|^The\s|'s$|’s$|'$|\s\s|[\n\t]|^\s|\s$/;

/** Drop a leading "the" and a trailing possessive: "the ICC's" -> "ICC". */
export function bareName(name: string): string {
  if (!NEEDS_BARING.test(name)) return name;
  return name
    .replace(/^(?:the|The)\s+/, "")
    .replace(/(?:'s|’s|')$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** All-capital abbreviation, dotted or not: "ISW", "U.S.", "NATO". */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[.&\-]/g, "");
  return letters.length >= 2 && letters.length <= 8 && /^[A-Z][A-Z0-9]*$/.test(letters) && /[A-Z].*[A-Z]/.test(letters);
}

/** Whether `short` abbreviates `long`: initials of its content words, or of all its words. */
export function isAcronymOf(short: string, long: string): boolean {
  if (!isAcronym(short)) return false;
  const letters = short.replace(/[.&\-]/g, "").toUpperCase();
  const words = bareName(long).split(/[\s\-]+/).filter((w) => w.length > 0);
  if (words.length < 2) return false;
  const content = words.filter((w) => !ACRONYM_SKIPPED.has(w.toLowerCase()));
  const initials = (list: string[]) => list.map((w) => w[0] ?? "").join("").toUpperCase();
  return initials(content) === letters || initials(words) === letters;
}

/**
 * "Katie" and "Katie Jenkin" (or "Kathryn Jenkin"): a listed given name alone, and a full name that starts
 * with it. Who it names is the caller's to judge: two people of a story may share a given name.
 */
export function isGivenNameOf(short: string, full: string): boolean {
  const alone = nameWords(short);
  const words = nameWords(full);
  return alone.length === 1 && words.length > 1 && isFirstName(alone[0] ?? "") && foldGivenName(alone[0] ?? "") === foldGivenName(words[0] ?? "");
}

/**
 * Whether two person names can name the same person: same surname and compatible given names
 * ("Peskov" / "Dmitry Peskov", "Bill Clinton" / "William Clinton", "J. Smith" / "John Smith").
 */
export function personNamesCompatible(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (foldSurname(wa[wa.length - 1] ?? "") !== foldSurname(wb[wb.length - 1] ?? "")) return false;
  if (wa.length === 1 || wb.length === 1) {
    const longer = wa.length === 1 ? wb : wa;
    return !PLACE_NAME_STARTS.has((longer[0] ?? "").toLowerCase());
  }
  // "Manager Ed Stefanski" and "Ed Stefanski": a title left before the name.
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (shorter.every((w, i) => w === longer[longer.length - shorter.length + i])) return true;
  const fa = foldGivenName(wa[0] ?? "");
  const fb = foldGivenName(wb[0] ?? "");
  if (fa === fb) return true;
  // "J. Smith" / "John Smith", "Mo Cheeks" / "Maurice Cheeks".
  const abbreviates = (x: string, y: string) => (x.length === 1 && y.startsWith(x)) || (SHARED_SHORT_FORMS.get(x)?.includes(y) ?? false);
  return abbreviates(fa, fb) || abbreviates(fb, fa);
}

/** Short forms of several given names ("Mo" for Maurice or Mohamed), which NICKNAMES cannot fold to one; folded names. */
const SHARED_SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ["mo", ["maurice", "muhammad", "morris"]],
  ["al", ["albert", "alan", "allan", "alfred", "alvin"]],
  ["jo", ["joanna", "joanne", "josephine", "johanna"]],
  ["max", ["maximilian", "maxwell", "maxim"]],
  ["gus", ["augustus", "gustav", "gustavo"]],
]);

const GENERATION_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** Words of a person name without a generational suffix ("Arcade Joseph Comeaux Jr." -> ... "Comeaux"). */
function nameWords(name: string): string[] {
  const words = bareName(name).replace(/,/g, "").split(" ").filter((w) => w.length > 0);
  while (words.length > 1 && GENERATION_SUFFIX.test(words[words.length - 1] ?? "")) words.pop();
  return words;
}

function gazetteerOf(name: string) {
  return gazetteerEntry(name) ?? gazetteerEntry(bareName(name));
}

/**
 * Whether two canonical names can denote the same entity: equal after folding, one gazetteer entry,
 * acronym and long form, a country-qualified organisation ("US National Security Council"), or person
 * names with one surname and compatible given names. Callers compare names of one entity type; given a
 * type other than "person", the surname rule is left out ("Fulton Courthouse" is not "Fulton County Courthouse").
 */
export function sameEntity(a: string, b: string, type?: EntityType): boolean {
  const fa = foldName(bareName(a));
  const fb = foldName(bareName(b));
  if (fa === "" || fb === "") return false;
  if (fa === fb) return true;
  const ga = gazetteerOf(a);
  const gb = gazetteerOf(b);
  if (ga && gb) return ga.canonical === gb.canonical;
  if (isAcronymOf(bareName(a), b) || isAcronymOf(bareName(b), a)) return true;
  if (qualifiedBy(fa, fb) || qualifiedBy(fb, fa)) return true;
  // A listed place or organisation ("North Korea") is not a person whose surname is "Korea".
  if ((ga && ga.type !== "person") || (gb && gb.type !== "person")) return false;
  if (type !== undefined && type !== "person") return false;
  return personNamesCompatible(a, b);
}

/** "us national security council" qualifies "national security council" with a country or its demonym. */
function qualifiedBy(longer: string, shorter: string): boolean {
  if (!longer.endsWith(` ${shorter}`) || !shorter.includes(" ")) return false;
  const prefix = longer.slice(0, longer.length - shorter.length - 1);
  const entry = gazetteerEntry(prefix.toUpperCase()) ?? gazetteerEntry(titleCase(prefix));
  // Only a country: "California Supreme Court" is not the Supreme Court.
  return entry?.kind === "country" || (entry?.kind === "group" && entry.type === "other");
}

function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
