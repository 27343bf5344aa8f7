// Person names found by the generator's own patterns: a title before a capitalised name
// ("President Barack Obama", "actress Tara Reid") or a two- or three-word name as the speaker of
// "said" ("Jack Ketsoyan said", "said Harlan Boll"). Single words are never taken for names.

import { COUNTRIES, CITIES, HONORIFICS, NOT_NAME_WORDS, TITLES, US_STATES } from "./lexicon.js";
import { escapeRegex, matches } from "./text.js";
import type { PersonName } from "./types.js";

const NAME_WORD = "[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?";
/** Word endings of common nouns and adjectives written with a capital in organisation names. */
const NOT_NAME_ENDING = /(?:ial|ity|tion|sion|ment|ness|ship|ics|ism|ence|ance|ional|ative|ible|able|ology)$/;
const INITIAL = "(?:[A-Z]\\.\\s+)?";
const FULL_NAME = `${NAME_WORD}\\s+${INITIAL}(?:${NAME_WORD}\\s+)?${NAME_WORD}`;
const HONORIFIC_THEN_NAME = new RegExp(`(?<![A-Za-z])(?:${HONORIFICS.map(escapeRegex).join("|")})\\s+(${FULL_NAME})\\b`, "g");
const TITLE_THEN_NAME = new RegExp(`(?<![A-Za-z])(?:${TITLES.map(escapeRegex).join("|")})\\s+(${FULL_NAME})\\b`, "g");
const NAME_THEN_SAID = new RegExp(`(?<![A-Za-z])(${FULL_NAME}),?\\s+(?:said|says|told|added)\\b`, "g");
const SAID_THEN_NAME = new RegExp(`\\b(?:said|says)\\s+(${FULL_NAME})\\b`, "g");

const TITLE_WORDS = new Set([...TITLES, "Chief", "Commander", "Captain", "Officer", "Agent", "Director", "Spokesman", "Spokeswoman", "Attorney", "Lawyer", "Prosecutor", "Pastor", "Father", "Sister", "Brother", "Saint", "Lord", "Lady", "Sir", "Dame",
  "Coroner", "Commissioner", "Superintendent", "Inspector", "Lieutenant", "Sergeant", "Deputy", "Trooper", "Ambassador",
  "Justice", "Speaker", "Leader", "Nominee", "Candidate", "Dean", "Bishop", "Cardinal", "Archbishop", "Rabbi", "Imam",
  "Sheikh", "Chairman", "Chairwoman", "Manager", "Producer", "Actor", "Actress", "Singer", "Star", "Head", "Founder",
  "Vice", "Premier", "Emperor", "King", "Queen", "Councilman", "Councilwoman", "Assemblyman", "Assemblywoman", "Delegate"]);
const PLACE_WORDS = new Set([...COUNTRIES, ...US_STATES, ...CITIES].flatMap((p) => p.split(" ")));

/**
 * Person names in one article. A name after an honorific ("Mr.", "Senator") is taken as it is; one
 * seen after a role noun ("director", "CEO") or as the subject of "said" must also have its surname
 * written alone somewhere ("Reid said", "Mr. Reid"): "Shavlik Technologies said" is a company.
 */
export function findPersons(articleId: string, text: string): PersonName[] {
  const found = new Map<string, PersonName>();
  const patterns: readonly (readonly [RegExp, boolean])[] = [
    [HONORIFIC_THEN_NAME, true],
    [TITLE_THEN_NAME, false],
    [NAME_THEN_SAID, false],
    [SAID_THEN_NAME, false],
  ];
  for (const [re, titled] of patterns) {
    for (const m of matches(re, text)) {
      const name = cleanName(m[1] as string);
      if (!name || found.has(name.full)) continue;
      if (!titled && !surnameAlone(text, name.full, name.last)) continue;
      found.set(name.full, { ...name, articleId });
    }
  }
  return [...found.values()];
}

function surnameAlone(text: string, full: string, last: string): boolean {
  const lastMentions = mentionsOf(text, last).length;
  const inFull = mentionsOf(text, full).length;
  return lastMentions > inFull;
}

function cleanName(raw: string): Omit<PersonName, "articleId"> | null {
  // the pattern matches from the leftmost capital: drop sentence openers and titles in front ("But", "Chief")
  const all = raw.replace(/\s+/g, " ").trim().split(" ");
  while (all.length && (NOT_NAME_WORDS.has(all[0] as string) || TITLE_WORDS.has(all[0] as string))) all.shift();
  while (all.length && /^(?:Jr|Sr|II|III|IV)\.?$/.test(all[all.length - 1] as string)) all.pop();
  const full = all.join(" ");
  const words = all.filter((w) => !/^[A-Z]\.$/.test(w));
  if (words.length < 2 || words.length > 3) return null;
  if (words.some((w) => NOT_NAME_WORDS.has(w) || PLACE_WORDS.has(w) || TITLE_WORDS.has(w) || (w.length >= 9 && NOT_NAME_ENDING.test(w)))) return null;
  return { full, first: words[0] as string, last: words[words.length - 1] as string };
}

/** Every place a name's full form is written in the text. */
export function mentionsOf(text: string, full: string): { start: number; end: number }[] {
  const re = new RegExp(`(?<![A-Za-z])${escapeRegex(full)}(?![A-Za-z])`, "g");
  return matches(re, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A donor name that shares no word with the article, so the swap really names someone else. */
export function pickDonor(rng: () => number, donors: readonly PersonName[], text: string): PersonName | undefined {
  for (let attempt = 0; attempt < 20 && donors.length; attempt++) {
    const donor = donors[Math.floor(rng() * donors.length)] as PersonName;
    if (!text.includes(donor.first) && !text.includes(donor.last)) return donor;
  }
  return undefined;
}
