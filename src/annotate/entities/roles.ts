import { countryOf } from "./gazetteer.js";
import type { Gender } from "./lexicon.js";
import { ORG_SUFFIX_SET, wordSet } from "./lexicon.js";
import { COMPOUND_ROLE_HEADS, EXCLUSIVE_ROLES, GENDERED_ROLES, ROLE_HYPERNYMS, ROLE_WORDS } from "./roles-data.js";

export type RoleHead = { head: string; gender: Gender | null };
export type RoleComparison = { conflict: boolean; reason: string };

type GenderedRole = { head: string; gender: Gender | null };

const genderedRoles = new Map<string, GenderedRole>();
for (const line of GENDERED_ROLES.split("\n")) {
  const [word, head, gender] = line.split("|").map((f) => f.trim());
  if (!word || !head) continue;
  genderedRoles.set(word, { head, gender: gender === "male" || gender === "female" ? gender : null });
}

const roleWords = wordSet(ROLE_WORDS);
const compoundHeads = new Set(COMPOUND_ROLE_HEADS.split("\n").map((l) => l.trim()).filter((l) => l.length > 0));
const exclusiveRoles = new Set(EXCLUSIVE_ROLES.split("|").map((r) => r.trim()).filter((r) => r.length > 0));
const hypernyms = new Map<string, ReadonlySet<string>>();
for (const line of ROLE_HYPERNYMS.split("\n")) {
  const [head, list] = line.split("|").map((f) => f.trim());
  if (head && list) hypernyms.set(head, new Set(list.split(",").map((w) => w.trim())));
}

/**
 * Abbreviated titles and spelling variants, folded before a head is looked up. Maps, not objects, for the
 * tables keyed by any word of a text: an object looked up with arbitrary words makes the look-up site
 * megamorphic (several times slower), and a word such as "constructor" would find Object's prototype.
 */
const ROLE_SPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries({
  "sen.": "senator", sen: "senator", "gov.": "governor", gov: "governor", "gen.": "general",
  "rep.": "representative", "lt.": "lieutenant", "col.": "colonel", "maj.": "major", "capt.": "captain",
  "sgt.": "sergeant", "adm.": "admiral", "cmdr.": "commander", "pres.": "president", "sec.": "secretary",
  "amb.": "ambassador", "supt.": "superintendent", "det.": "detective", "insp.": "inspector",
  "rev.": "reverend", "prof.": "professor", "dr.": "doctor", advisor: "adviser", defense: "defence",
  counselor: "counsellor", "vice-president": "vice president", "prime-minister": "prime minister",
  ceo: "chief executive", "secretary-general": "secretary general", "chief-of-staff": "chief of staff",
  "commander-in-chief": "commander in chief", congressperson: "congressmember", premier: "premier",
  labourer: "laborer", organiser: "organizer", neighbour: "neighbor", favourite: "favorite",
  pm: "prime minister", harbourmaster: "harbor master", harbormaster: "harbor master", harbour: "harbor",
  headteacher: "head teacher",
}));

/**
 * Offices written out in more words than their usual name, folded in a phrase's words before its head is read:
 * "chief executive officer" is the chief executive, not some officer, and so fits "the CEO" and "the chief executive".
 */
const LONG_TITLES: ReadonlyMap<string, string> = new Map(Object.entries({
  "chief executive officer": "chief executive", "chief financial officer": "cfo", "chief operating officer": "coo",
  "chief technology officer": "cto", "chief fire officer": "fire chief",
}));
const LONG_TITLE = new RegExp(`\\b(?:${[...LONG_TITLES.keys()].join("|")})\\b`, "g");

/** Heads that have their own name when written with "of"/"for" ("minister of defence" = "defence minister"). */
const DEPARTMENT_OF: ReadonlyMap<string, string> = new Map(Object.entries({
  defence: "defence", defense: "defence", foreign: "foreign", "foreign affairs": "foreign",
  interior: "interior", "internal affairs": "interior", "home affairs": "home", finance: "finance",
  justice: "justice", health: "health", "the treasury": "finance", treasury: "finance",
}));

/** Words that close the pre-modifier part of a role phrase; the head stands before them. */
const PHRASE_BREAKS: ReadonlySet<string> = new Set([
  "of", "for", "at", "to", "in", "with", "from", "on", "under", "who", "which", "that", "and", "or", "since",
  "until", "during", "whose", "&", "says", "said", "was", "is", "has", "had",
]);

const EPITHET_HEADS: ReadonlySet<string> = new Set(["queen", "king", "prince", "princess", "girl", "boy"]);
/** Words before "girl" or "king" that keep their plain sense: a little girl is a child, a former king a king. */
const LITERAL_BEFORE_EPITHET: ReadonlySet<string> = new Set(["little", "young", "teenage", "teen", "small", "baby", "newborn", "former", "late", "new", "future", "reigning", "crown"]);
const RANK_PREFIXES: ReadonlySet<string> = new Set(["deputy", "vice", "assistant", "associate", "under", "lieutenant"]);
/** Military and police ranks, which a sheriff's deputy or a police officer holds ("Deputy Sgt."). */
const RANKS: ReadonlySet<string> = new Set(["sergeant", "corporal", "lieutenant", "captain", "major", "colonel", "general", "private", "detective"]);
const DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "one"]);
const GENDER_MODIFIERS: ReadonlyMap<string, Gender> = new Map(Object.entries({ female: "female", male: "male", woman: "female", man: "male", women: "female", men: "male" } as const));

function singular(word: string): string {
  if (genderedRoles.has(word) || roleWords.has(word)) return word;
  if (word.endsWith("men") && genderedRoles.has(`${word.slice(0, -3)}man`)) return `${word.slice(0, -3)}man`;
  if (word.endsWith("women")) return `${word.slice(0, -5)}woman`;
  if (word.endsWith("ies") && roleWords.has(`${word.slice(0, -3)}y`)) return `${word.slice(0, -3)}y`;
  if (word.endsWith("es") && (roleWords.has(word.slice(0, -2)) || genderedRoles.has(word.slice(0, -2)))) return word.slice(0, -2);
  if (word.endsWith("s") && (roleWords.has(word.slice(0, -1)) || genderedRoles.has(word.slice(0, -1)))) return word.slice(0, -1);
  return word;
}

function normaliseWord(word: string): string {
  // "ex-mayor" holds the office "mayor", as "former mayor" does; tenure() reads the prefix.
  const bare = word.replace(/[’‘]/g, "'").replace(/^ex-(?=\p{L})/u, "");
  return ROLE_SPELLINGS.get(bare) ?? singular(bare);
}

/** What parts the words of a role description: spaces, punctuation that closes a phrase, brackets, quotes. */
const WORD_BREAKS = /[\s,;:()"“”]+/;

/**
 * Lower-cased words of a phrase, curly apostrophes straightened, long titles folded, split at spaces, punctuation
 * and quotes.
 */
function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(LONG_TITLE, (title) => LONG_TITLES.get(title) ?? title)
    .split(WORD_BREAKS)
    .filter((w) => w.length > 0);
}

/** Lower-cased words of a role phrase with possessors removed ("Mr Putin's top adviser" -> "top adviser"). */
function roleWordsOf(role: string): string[] {
  const words = phraseWords(role);
  let start = 0;
  for (let i = 0; i < words.length; i++) if (words[i] === "'s" || words[i]?.endsWith("'s") || words[i]?.endsWith("s'")) start = i + 1;
  return words.slice(start).map((w) => w.replace(/^-+|-+$/g, ""));
}

/** "minister of defence" -> "defence minister"; "secretary of state" stays; undefined when no such form. */
function headWithOf(words: readonly string[], breakAt: number): string | undefined {
  const before = normaliseWord(words[breakAt - 1] ?? "");
  const prep = words[breakAt];
  if (prep !== "of" && prep !== "for") return undefined;
  const next = (words[breakAt + 1] ?? "").replace(/^the$/, "");
  const after = next === "" ? (words[breakAt + 2] ?? "") : next;
  const two = `${after} ${words[breakAt + (next === "" ? 3 : 2)] ?? ""}`.trim();
  const phrase = `${before} ${prep} ${after}`;
  if (compoundHeads.has(phrase)) return phrase;
  if (`${before} of the ${after}` === "speaker of the house") return "speaker";
  if (before === "minister" || before === "secretary") {
    const department = DEPARTMENT_OF.get(two) ?? DEPARTMENT_OF.get(after);
    if (department) return `${department} ${before}`;
  }
  if (before === "head" && (after === "state" || after === "government")) return `head of ${after}`;
  return undefined;
}

type FoundHead = { word: string; compound: string | undefined; firstIndex: number };

/**
 * Role nouns that also modify other nouns: a "master plan" and a "master's degree" are no masters. They head a
 * phrase only as its last word ("the harbour master").
 */
const MODIFYING_ROLE_NOUNS: ReadonlySet<string> = new Set(["master"]);

/** A role noun that is only a modifier before another noun ("master" in "a master manipulator"). */
export function modifiesOnly(word: string): boolean {
  return MODIFYING_ROLE_NOUNS.has(foldCurlyApostrophes(word.toLowerCase()));
}

/** Is `words[i]` (lower case) a word that would head its phrase, were it not a modifier before the next word? */
function modifiesNextWord(words: readonly string[], i: number): boolean {
  return MODIFYING_ROLE_NOUNS.has(words[i] ?? "") && i < words.length - 1;
}

/** The right-most role noun or compound office in the pre-modifier words; the last word when none is known. */
function findHead(words: readonly string[]): FoundHead {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? "";
    const two = `${words[i - 1] ?? ""} ${word}`;
    const three = `${words[i - 2] ?? ""} ${two}`;
    if (i >= 2 && compoundHeads.has(three)) return { word, compound: three, firstIndex: i - 2 };
    if (i >= 1 && compoundHeads.has(two)) return { word, compound: two, firstIndex: i - 1 };
    if (isRoleNoun(word) && !modifiesNextWord(words, i)) return { word, compound: undefined, firstIndex: i };
  }
  const last = words.length - 1;
  return { word: words[last] ?? "", compound: undefined, firstIndex: last };
}

function isRoleNoun(word: string): boolean {
  return genderedRoles.has(word) || roleWords.has(word) || compoundHeads.has(word);
}

/**
 * The head of a role description without its gender: "spokeswoman" -> spokesperson/female,
 * "a Kremlin spokesman" -> spokesperson/male, "the president of Ukraine" -> president.
 */
export function roleHead(role: string): RoleHead {
  const words = roleWordsOf(role);
  let breakAt = words.findIndex((w) => PHRASE_BREAKS.has(w));
  if (breakAt === -1) breakAt = words.length;
  const withOf = breakAt > 0 ? headWithOf(words, breakAt) : undefined;
  const pre = words.slice(0, breakAt).filter((w) => !DETERMINERS.has(w));
  let gender: Gender | null = null;
  for (const w of pre) gender = GENDER_MODIFIERS.get(w) ?? gender;
  if (withOf) return { head: withOf, gender };
  if (pre.length === 0) return { head: "", gender };

  const found = findHead(pre.map(normaliseWord));
  const gendered = genderedRoles.get(found.word);
  let head = found.compound ?? gendered?.head ?? found.word;
  if (gendered?.gender) gender = gendered.gender;
  const previous = normaliseWord(pre[found.firstIndex - 1] ?? "");
  // "Deputy Sgt. Hoyt Teasley" is a sheriff's deputy of the rank of sergeant: no one deputises for a rank.
  if (RANK_PREFIXES.has(previous) && !head.startsWith(previous) && !(previous === "deputy" && RANKS.has(head))) head = `${previous} ${head}`;
  // "pinup queen", "party girl", "golden boy": a noun before these makes an epithet, not a throne or an age.
  if (EPITHET_HEADS.has(found.word) && !found.compound && previous && !LITERAL_BEFORE_EPITHET.has(previous) && !/old$/.test(previous) && !DETERMINERS.has(previous) && !(previous in GENDER_MODIFIERS) && !countryOf(previous)) {
    head = `${previous} ${found.word}`;
  }
  if (head === "first lady") gender = "female";
  if (head === "first gentleman") gender = "male";
  return { head, gender };
}

/**
 * True when this word (any case) heads role descriptions ("spokesman"); plurals ("officials") count
 * unless `singularOnly`, which callers set where a plural would describe a group rather than the name.
 */
export function isRoleWord(word: string, singularOnly = false): boolean {
  const lower = foldCurlyApostrophes(word.toLowerCase());
  if (singularOnly) return isRoleNoun(ROLE_SPELLINGS.get(lower) ?? lower);
  return isRoleNoun(normaliseWord(lower));
}

/** "’" and "‘" as "'"; a scan first, because this runs on many tokens and few hold either. */
function foldCurlyApostrophes(s: string): string {
  return s.includes("’") || s.includes("‘") ? s.replace(/[’‘]/g, "'") : s;
}

// The article may open a sentence ("The town's fire chief"); the possessor stays lower-case, no name.
const STORY_BODY_POSSESSOR = /\b[Tt]he (\p{Ll}+)['’]s\b/gu;

const HONORIFICS: ReadonlySet<string> = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "doctor", "president"]);

/**
 * The words of a role phrase that narrow its head to fewer holders: "Putin's spokesman" -> putin, "a spokesman for
 * the army" -> army, "the foreign minister" -> foreign. An honorific before a possessor ("Mr Putin's") narrows nothing;
 * one that is the possessor ("the president's spokesman") does. The words of the head itself ("chief" in "the chief
 * executive") and of a gender ("a female spokesperson") are no narrowing: the head and gender are compared apart.
 */
function qualifiersOf(role: string, head: string): Set<string> {
  const headWords = head.split(" ");
  const noun = headWords.at(-1);
  const out = new Set<string>();
  // "the port's harbourmaster", "the town's fire chief": a place or body the story has already named, no narrowing of
  // its own; a person's ("the president's spokesman") still narrows.
  const known = new Set([...role.matchAll(STORY_BODY_POSSESSOR)].map((m) => m[1] as string).filter((w) => !isRoleNoun(singular(w))));
  const words = phraseWords(role).map((raw) => ({ raw, w: raw.replace(/'s?$/, "").replace(/^-+|-+$/g, "") })).filter(({ raw, w }) => !(raw !== w && known.has(w)));
  for (let i = 0; i < words.length; i++) {
    const { raw, w } = words[i] as { raw: string; w: string };
    if (!w || DETERMINERS.has(w) || PHRASE_BREAKS.has(w) || GENDER_MODIFIERS.has(w) || (HONORIFICS.has(w) && w === raw)) continue;
    // "Britain's prime minister" is "the British PM": a country narrows by itself, whichever form names it.
    const country = countryOf(`${w} ${words[i + 1]?.w ?? ""}`);
    if (country) {
      out.add(country);
      i++;
      continue;
    }
    const word = normaliseWord(w);
    if (headWords.includes(word) || roleHead(word).head.split(" ").at(-1) === noun) continue;
    out.add(countryOf(w) ?? word);
  }
  return out;
}

/**
 * Can a description ("the spokesman", "Putin's spokesman") stand for the holder of `role` ("Putin's spokesman,
 * Dmitry Peskov")? Its head is the same noun, of no other gender, and every word narrowing it narrows the role too:
 * "Putin's spokesman" is not "a Kremlin spokesman" nor "a spokesman for the army", whoever they may be. A head of
 * several words names one office ("the chief executive" is Acme's CEO, "the prime minister" no foreign minister), and
 * a deputy's office is not the office: "the mayor" is not the deputy mayor.
 */
export function descriptionFits(description: string, role: string): boolean {
  const d = roleHead(description);
  const r = roleHead(role);
  const noun = d.head.split(" ").at(-1) ?? "";
  if (!noun || !isRoleNoun(noun) || r.head.split(" ").at(-1) !== noun) return false;
  if (d.head !== r.head && (d.head.includes(" ") || deputyOf(r.head) !== undefined)) return false;
  if (d.gender && r.gender && d.gender !== r.gender) return false;
  const wanted = qualifiersOf(description, d.head);
  const held = qualifiersOf(role, r.head);
  return [...wanted].every((w) => held.has(w));
}

/**
 * Does a description pick out one holder already known, as "the spokesman" or "Putin's spokesman" do? "A spokesman"
 * brings in someone new, and "the spokesmen" are several.
 */
export function isDefiniteSingular(description: string): boolean {
  const words = phraseWords(description);
  let breakAt = words.findIndex((w) => PHRASE_BREAKS.has(w));
  if (breakAt === -1) breakAt = words.length;
  const pre = words.slice(0, breakAt);
  let head: string | undefined;
  for (let k = pre.length - 1; k >= 0 && head === undefined; k--) {
    const w = pre[k] as string;
    if (isRoleNoun(ROLE_SPELLINGS.get(w) ?? singular(w)) && !modifiesNextWord(pre, k)) head = w;
  }
  return (pre[0] === "the" || pre.some((w) => w.endsWith("'s"))) && head !== undefined && singular(head) === head;
}

function isHypernym(general: string, specific: string): boolean {
  if (hypernyms.get(specific)?.has(general)) return true;
  // "minister" covers "foreign minister"; "secretary" covers "press secretary".
  return specific.endsWith(` ${general}`) && !RANK_PREFIXES.has(specific.split(" ")[0] ?? "");
}

/** Countries a role description ties its holder to ("a US official", "a Kremlin spokesman"). */
export function affiliations(role: string): Set<string> {
  const found = new Set<string>();
  const words = foldCurlyApostrophes(role).replace(/'s\b/g, "").split(WORD_BREAKS).filter((w) => w.length > 0);
  for (let i = 0; i < words.length; i++) {
    const one = words[i] ?? "";
    const two = `${one} ${words[i + 1] ?? ""}`;
    const country = countryOf(two) ?? (/^[A-Z]/.test(one) ? countryOf(one) : undefined);
    if (country) found.add(country);
  }
  return found;
}

/**
 * A description headed by an organisation's word ("the Indian navy", "Yemen's official news agency") is of
 * a body, which may say what another body says, not of a person who holds one role or another. The head
 * is the last word before any prepositional phrase ("a spokesman for the Security Council": "spokesman").
 */
function namesBody(description: string): boolean {
  return bodyPhrase(description) !== null;
}

/** The words of a description of a body up to its head ("the defence ministry" -> the, defence, ministry); null for no body. */
function bodyPhrase(description: string): string[] | null {
  const words = description.trim().toLowerCase().split(WORD_BREAKS).filter(Boolean);
  const phraseEnd = words.findIndex((w, i) => i > 0 && HEAD_ENDING_PREPOSITIONS.has(w));
  const phrase = phraseEnd < 0 ? words : words.slice(0, phraseEnd);
  return ORG_SUFFIX_SET.has(phrase.at(-1) ?? "") ? phrase : null;
}

/**
 * The body a role is held at, when the description names it by a body's word: "a spokesman for the army" -> "the army",
 * "a fire service spokeswoman" -> "fire service". Names that are no body's word ("a Kremlin spokesman") give none,
 * and neither does a description holding a name.
 */
function servedBody(role: string, head: string): string | undefined {
  // A body's name ("the L.A. Superior Court", "LA Superior Court") has spellings enough to look like two bodies.
  if (holdsName(role)) return undefined;
  const words = foldCurlyApostrophes(role.trim().toLowerCase()).split(WORD_BREAKS).filter(Boolean);
  const at = words.findIndex((w, i) => i > 0 && (w === "for" || w === "of" || w === "at"));
  if (at > 0) {
    const after = words.slice(at + 1).join(" ");
    return bodyPhrase(after) ? after : undefined;
  }
  const headFirst = head.split(" ")[0];
  const headStart = words.findIndex((w) => normaliseWord(w) === headFirst || roleHead(w).head === head);
  const before = words.slice(0, headStart < 0 ? words.length : headStart).filter((w) => !DETERMINERS.has(w) && !w.endsWith("'s"));
  return before.length > 0 && ORG_SUFFIX_SET.has(before.at(-1) as string) ? before.join(" ") : undefined;
}

/** Bodies any arm of a state speaks through: "the government" may give out what its ministry or army said. */
const UMBRELLA_BODIES: ReadonlySet<string> = new Set(["government", "administration", "authority", "authorities", "cabinet", "office", "forces", "command"]);

/**
 * Are two descriptions of bodies ("the ministry", "the army") of two bodies? Each narrows the other only by its own
 * words: "the police" may be "the police department", "the ministry" the defence ministry; an umbrella body may speak
 * for either, and bodies of two countries are two.
 */
export function differentBodies(a: string, b: string): boolean {
  const [pa, pb] = [bodyPhrase(a), bodyPhrase(b)];
  if (!pa || !pb || UMBRELLA_BODIES.has(pa.at(-1) as string) || UMBRELLA_BODIES.has(pb.at(-1) as string)) return false;
  const [ca, cb] = [affiliations(a), affiliations(b)];
  if (ca.size > 0 && cb.size > 0 && ![...ca].some((c) => cb.has(c))) return true;
  // A body's name is spelt many ways ("the L.A. Police Department", "the Los Angeles Police Department"): named, only
  // its kind tells it apart.
  if (holdsName(a) || holdsName(b)) return pa.at(-1) !== pb.at(-1);
  const [wa, wb] = [pa, pb].map((p) => new Set(p.map((w) => w.replace(/['’]s?$/, "")).filter((w) => !DETERMINERS.has(w) && !countryOf(w))));
  return ![...(wa as Set<string>)].every((w) => wb?.has(w)) && ![...(wb as Set<string>)].every((w) => wa?.has(w));
}

/** A capital past the first word: a description holding a name ("the Interior Ministry", "LA Superior Court Judge"). */
function holdsName(description: string): boolean {
  return description.trim().split(WORD_BREAKS).slice(1).some((w) => /^\p{Lu}/u.test(w));
}

/**
 * The offices a description joins with "and" ("president and chief executive"), each with a role head of its
 * own; a description whose parts are not all offices of a person ("a spokeswoman for the army and navy") is one.
 */
function heldOffices(description: string): string[] {
  const parts = description.split(/\s+(?:and|&)\s+/u);
  return parts.length > 1 && parts.every((part) => roleHead(part).head && !namesBody(part)) ? parts : [description];
}

const FORMER: ReadonlySet<string> = new Set(["former", "ex", "onetime", "one-time", "erstwhile"]);
/** Words that date an office without saying it is held now or was left: "then-president", "the late king", "acting mayor". */
const TENURE_UNKNOWN: ReadonlySet<string> = new Set(["then", "late", "acting", "interim", "outgoing", "incoming", "future", "designate", "elect", "caretaker", "retired", "previous", "past", "longtime", "sometime"]);

/**
 * Whether a description gives an office as left ("former minister", "ex-minister") or as held; null when a
 * word dates it otherwise ("then-minister", "outgoing minister"), so neither reading can be held against it.
 * Only the words before the head's preposition count: "the leader of the former Yugoslavia" is a leader now.
 */
function tenure(role: string): "former" | "current" | null {
  const words = roleWordsOf(role);
  const breakAt = words.findIndex((w) => PHRASE_BREAKS.has(w));
  const whole = breakAt === -1 ? words : words.slice(0, breakAt);
  const pre = [...whole, ...whole.filter((w) => w.includes("-")).flatMap((w) => w.split("-"))];
  if (pre.some((w) => FORMER.has(w))) return "former";
  if (pre.some((w) => TENURE_UNKNOWN.has(w))) return null;
  return "current";
}

/** "deputy mayor" -> "mayor": the office a deputy stands in for; undefined for a head that is no deputy's. */
function deputyOf(head: string): string | undefined {
  const [first, ...rest] = head.split(" ");
  return (first === "deputy" || first === "vice") && rest.length > 0 ? rest.join(" ") : undefined;
}

const HEAD_ENDING_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "for", "at", "with", "in", "from", "to", "on"]);

/**
 * Whether two role descriptions of the same person contradict each other: a different gender of the same
 * head ("spokeswoman" vs "spokesman"), two different offices ("president" vs "prime minister"), or
 * different countries ("a US official" vs "a Russian official"). Hypernyms and unknown pairs do not.
 */
export function rolesConflict(a: string, b: string): RoleComparison {
  // "its president and chief executive": one person may hold both offices, so the other report's role
  // contradicts the description only if it contradicts every office in it.
  const officesA = heldOffices(a);
  const officesB = heldOffices(b);
  if (officesA.length > 1 || officesB.length > 1) {
    const verdicts = officesA.flatMap((x) => officesB.map((y) => rolesConflict(x, y)));
    return verdicts.find((v) => !v.conflict) ?? (verdicts[0] as RoleComparison);
  }
  const ra = roleHead(a);
  const rb = roleHead(b);
  if (ra.gender && rb.gender && ra.gender !== rb.gender) {
    return { conflict: true, reason: `gender: "${a}" is ${ra.gender}, "${b}" is ${rb.gender}` };
  }
  if (namesBody(a) || namesBody(b)) return { conflict: false, reason: "a body, not a person's role" };
  const countriesA = affiliations(a);
  const countriesB = affiliations(b);
  if (countriesA.size > 0 && countriesB.size > 0 && ![...countriesA].some((c) => countriesB.has(c))) {
    return { conflict: true, reason: `affiliation: ${[...countriesA].join("/")} vs ${[...countriesB].join("/")}` };
  }
  if (!ra.head || !rb.head) return { conflict: false, reason: "no role head to compare" };
  // "a police spokeswoman" and "a fire service spokeswoman": one office at two bodies is held by two people.
  if (ra.head === rb.head) {
    const [ba, bb] = [servedBody(a, ra.head), servedBody(b, rb.head)];
    if (ba && bb && differentBodies(ba, bb)) return { conflict: true, reason: `body: "${ba}" vs "${bb}"` };
  }
  const [ta, tb] = [tenure(a), tenure(b)];
  if (ra.head === rb.head || isHypernym(ra.head, rb.head) || isHypernym(rb.head, ra.head)) {
    // One office, held now in one report and left in the other: either the person holds it or not. Leaving one
    // kind of an office leaves the rest open: a former foreign minister may be a minister now, of another department.
    const [left, held] = ta === "former" ? [ra.head, rb.head] : [rb.head, ra.head];
    if (ta && tb && ta !== tb && (left === held || isHypernym(left, held))) return { conflict: true, reason: `tenure: "${a}" is ${ta}, "${b}" is ${tb}` };
    return { conflict: false, reason: ra.head === rb.head ? `same role: ${ra.head}` : `compatible: ${ra.head} / ${rb.head}` };
  }
  // An office left behind excludes no other: a former president may be prime minister now.
  if (ta === "former" || tb === "former") return { conflict: false, reason: `a former office beside another: ${ra.head} / ${rb.head}` };
  // A deputy holds another office than the one they stand in for: "the deputy mayor" is not "the mayor". Looser ranks
  // ("assistant professor", "lieutenant general") go by the plain title too often to tell a conflict.
  if (deputyOf(ra.head) === rb.head || deputyOf(rb.head) === ra.head) return { conflict: true, reason: `different office: ${ra.head} vs ${rb.head}` };
  if (exclusiveRoles.has(ra.head) && exclusiveRoles.has(rb.head)) {
    return { conflict: true, reason: `different office: ${ra.head} vs ${rb.head}` };
  }
  return { conflict: false, reason: `different but not exclusive: ${ra.head} / ${rb.head}` };
}
