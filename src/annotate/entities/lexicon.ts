import {
  FEMALE_FIRST_NAMES,
  HONORIFICS,
  MALE_FIRST_NAMES,
  NAME_PARTICLES,
  NON_ENTITY_ACRONYMS,
  NON_ENTITY_WORDS,
  ORG_HEADS_BEFORE_OF,
  ORG_SUFFIXES,
  OTHER_SUFFIXES,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  PRENAME_TITLES,
  SENTENCE_OPENERS,
  TITLE_MODIFIERS,
} from "./names-data.js";

export type Gender = "female" | "male";

/** Split a whitespace-separated word list into a set (built once at module load). */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0));
}

const maleNames = wordSet(MALE_FIRST_NAMES);
const femaleNames = wordSet(FEMALE_FIRST_NAMES);

export const NAME_PARTICLE_SET = wordSet(NAME_PARTICLES);
export const TITLE_SET = wordSet(PRENAME_TITLES);
export const TITLE_MODIFIER_SET = wordSet(TITLE_MODIFIERS);
export const ORG_SUFFIX_SET = wordSet(ORG_SUFFIXES);
export const ORG_HEAD_BEFORE_OF_SET = wordSet(ORG_HEADS_BEFORE_OF);
export const PLACE_SUFFIX_SET = wordSet(PLACE_SUFFIXES);
export const PLACE_PREFIX_SET = wordSet(PLACE_PREFIXES);
export const OTHER_SUFFIX_SET = wordSet(OTHER_SUFFIXES);
export const NON_ENTITY_WORD_SET = wordSet(NON_ENTITY_WORDS);
export const SENTENCE_OPENER_SET = wordSet(SENTENCE_OPENERS);
export const NON_ENTITY_ACRONYM_SET = wordSet(NON_ENTITY_ACRONYMS);

/** Given names that are also everyday English words ("Will", "Mark", "Bill"): weak evidence on their own. */
export const AMBIGUOUS_GIVEN_NAMES: ReadonlySet<string> = new Set([
  "Will", "Mark", "Bill", "Rose", "Hope", "Grace", "Faith", "Joy", "May", "June", "April", "August", "Chase",
  "Frank", "Ray", "Dean", "Gene", "Jack", "Rob", "Pat", "Sue", "Guy", "Art", "Bob", "Don", "Max", "Lance", "Grant",
  "Mike", "Rich", "Sky", "Summer", "Dawn", "Holly", "Ivy", "Penny", "Victor", "Earl", "Miles", "Gay", "Lee", "Iris",
]);

/** The modal verbs, which a title-case headline capitalises as it does "May", "Will" the names. */
export const MODALS: ReadonlySet<string> = new Set(["will", "would", "can", "could", "may", "might", "shall", "should", "must"]);

/**
 * A verb or auxiliary as a modal would or would not take it: "inflected" for a form with an ending ("said", "writes",
 * which no modal takes, so a word before it is no modal), "plain" for the bare form ("win"), null for any other word.
 */
export function verbInflection(t: { pos: string; norm: string; lemma: string } | undefined): "inflected" | "plain" | null {
  if (t === undefined || (t.pos !== "VERB" && t.pos !== "AUX")) return null;
  return t.norm === t.lemma ? "plain" : "inflected";
}

/** Both lists in one: most words asked about are no first name, and one lookup answers them. */
const firstNames: ReadonlySet<string> = new Set([...maleNames, ...femaleNames]);

export function isFirstName(word: string): boolean {
  return firstNames.has(word);
}

/** The usual gender of a given name, or null when it is unknown or used for both. */
export function firstNameGender(word: string): Gender | null {
  const male = maleNames.has(word);
  const female = femaleNames.has(word);
  if (male === female) return null;
  return male ? "male" : "female";
}

/** The usual gender of a full name's given name ("Tom Hale" -> male); null for one word, which may be a surname. */
export function givenNameGender(name: string): Gender | null {
  const words = name.split(/\s+/);
  return words.length > 1 ? firstNameGender(words[0] as string) : null;
}

/** Honorific gender: "Mr" -> male, "Dr" -> null; undefined when the word is no honorific. */
export function honorificGender(norm: string): Gender | null | undefined {
  return Object.prototype.hasOwnProperty.call(HONORIFICS, norm) ? (HONORIFICS[norm] ?? null) : undefined;
}

export function isHonorific(norm: string): boolean {
  return honorificGender(norm) !== undefined;
}

/** Words that join the parts of an organisation or place name ("Institute for the Study of War"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "the", "and", "&", "on", "de", "du", "des"]);

/** Surname endings common enough across languages to suggest a person when nothing else does. */
const SURNAME_ENDINGS = [
  "ov", "ova", "ev", "eva", "sky", "skyy", "ski", "ska", "enko", "chuk", "yuk", "vich", "vic", "ić", "escu",
  "opoulos", "son", "sen", "sson", "stein", "berg", "ez", "yan", "elli", "etti", "ini", "shvili", "adze",
];

export function hasSurnameEnding(word: string): boolean {
  if (word.length < 5) return false;
  const lower = word.toLowerCase();
  for (const ending of SURNAME_ENDINGS) if (lower.endsWith(ending)) return true;
  return false;
}

/** Verbs whose subject is usually a person when it is an unknown proper noun. */
export const PERSON_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  "say", "tell", "add", "claim", "deny", "confirm", "explain", "write", "note", "argue", "insist", "admit",
  "recall", "laugh", "smile", "tweet", "testify", "resign", "die", "marry",
]);

/**
 * Verbs of opinion and feeling: their subject is a person far more often than a body ("Kari Holm disagreed"), but
 * bodies do criticise and believe, so they type only full names whose words do not read as a body's.
 */
export const MIND_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  "disagree", "criticise", "criticize", "believe", "think", "feel", "wonder", "remember", "fear", "hope", "worry",
  "complain", "joke", "quip", "grin", "shrug", "sigh", "nod", "recount", "reminisce",
]);

/** Capitalised words that open sentences as subjects ("Police said") and name no one in particular. */
export const COMMON_SUBJECTS: ReadonlySet<string> = new Set([
  "police", "people", "officials", "authorities", "witnesses", "residents", "investigators", "prosecutors",
  "scientists", "experts", "analysts", "critics", "sources", "reports", "troops", "rebels", "militants",
  "doctors", "lawyers", "officers", "firefighters", "rescuers", "environmentalists", "activists", "protesters",
  "neighbors", "neighbours", "students", "teachers", "parents", "fans", "voters", "observers", "researchers",
  "workers", "villagers", "locals", "survivors", "relatives", "friends", "supporters", "opponents", "democrats",
]);

/** Prepositions after which an unknown proper noun is usually a place. */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "near", "outside", "across", "throughout", "inside", "around", "towards", "toward",
]);
