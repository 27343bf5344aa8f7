import type { AnnotatedDoc, Sentence, TextRange, Token } from "../../model/types.js";
import { gazetteerEntry } from "../entities/gazetteer.js";
import { isFirstName } from "../entities/lexicon.js";
import { MONTHS } from "../time/lexicon.js";
import { isNameTimeWord } from "../time/name-words.js";
import { findQuotes, quoteIndexByToken, type Quote } from "./quotes.js";
import { ARTICLES, ATTITUDE_ADJECTIVES, CUE_FRAMES, CUE_PARTICLES, CUE_PARTICLES_BY_VERB, NOUN_PHRASE_POS, PHRASAL_CUES, PLURAL_FORM, PLURAL_PRONOUNS, POSSESSIVE_PRONOUNS, SAY_FORMS, TIME_WORDS } from "./lexicon.js";

/** Everything the attribution rules read about one document, computed once. */
export type AttributionContext = {
  text: string;
  tokens: readonly Token[];
  /** sentences as the tokenizer gave them, re-joined where it split inside one ("Sen. Ann Berg (D-Vt.) said") */
  sentences: readonly Sentence[];
  /** index into `sentences` for each token */
  sentenceOf: Int32Array;
  quotes: readonly Quote[];
  /** quote index covering each token, -1 outside quotes */
  quoteOf: Int32Array;
  /** 1 where a token belongs to a temporal expression (from the timex layer, or a time word) */
  timeToken: Uint8Array;
};

export function buildContext(doc: AnnotatedDoc): AttributionContext {
  const text = doc.article.text;
  const quotes = findQuotes(text, doc.tokens, doc.sentences);
  const tokens = correctTags(doc.tokens, text, personStartsOf(doc));
  const { sentences, sentenceOf } = rejoinSentences(tokens, doc.sentences, text);
  return {
    text,
    tokens,
    sentences,
    sentenceOf,
    quotes,
    quoteOf: quoteIndexByToken(quotes, doc.tokens.length),
    timeToken: timeTokenMask(doc),
  };
}

const CAPITALISED = /^[A-Z][a-z]/;
/** Closed-class tags wink gives a name's first word by its spelling: "Per" (ADP), "Da" (DET), "Ten" (NUM). */
const NAME_PARTICLE_POS: ReadonlySet<string> = new Set(["ADP", "DET", "NUM"]);
const INITIAL = /^[A-Z]\.$/;
const DASH_MARKS = /^[\u2013\u2014\u2015]+$/;

/** The first character of DASH_MARKS, tested before the pattern: almost no token passes, and this runs on each. */
function startsWithDash(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x2013 && c <= 0x2015;
}

/**
 * Repair tags the rules lean on: first names before a surname that wink reads as verbs ("Ted Moe",
 * "Josh Lind"), and words glued into compounds by a hyphen ("teary-eyed"). Only changed tokens are copied.
 */
function correctTags(tokens: readonly Token[], text: string, personStarts: ReadonlySet<number>): Token[] {
  const out = tokens.slice();
  const headline = headlineSentences(tokens);
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Token;
    const next = out[i + 1];
    const headlineVerb = headline[t.sentence] === 1 && !afterHeadlineVerb(tokens, i) ? headlineCueLemma(out, i, text) : null;
    if (headlineVerb !== null) {
      out[i] = retagged(t, "VERB", headlineVerb);
      continue;
    }
    const nameLike = (t.pos === "VERB" || t.pos === "ADJ" || t.pos === "NOUN") && startsUpper(t.text) && CAPITALISED.test(t.text) && !SAY_FORMS.has(t.norm) && !opensTeaser(out, i);
    if (nameLike && ((next?.pos === "PROPN" && CAPITALISED.test(next.text) && (!CUE_FRAMES.has(t.lemma) || afterLowerCaseWord(out, i) || givenNameOpening(out, i))) || afterTitle(out, i) || (t.pos !== "NOUN" && (beforeCueVerb(next) || closesName(out, i) || endsLineLabel(out, i, text))))) {
      out[i] = retagged(t, "PROPN");
    } else if (t.pos === "ADV" && PLURAL_PRONOUNS.has(t.norm) && (i === 0 || (out[i - 1] as Token).sentence !== t.sentence) && next?.pos === "VERB" && !next.norm.endsWith("ing") && (SAY_FORMS.has(next.norm) || CUE_FRAMES.has(next.lemma))) {
      // "Most believe that ...": a quantifier opening the sentence before its verb stands for people, its subject.
      out[i] = retagged(t, "ADJ");
    } else if (t.pos !== "PUNCT" && startsWithDash(t.text) && DASH_MARKS.test(t.text)) {
      // wink reads the horizontal bar of a dateline ("WASHINGTON \u2015 Lund said") as a name.
      out[i] = retagged(t, "PUNCT");
    } else if (NAME_PARTICLE_POS.has(t.pos) && startsUpper(t.text) && CAPITALISED.test(t.text) && !ARTICLES.has(t.norm) && next?.pos === "PROPN" && CAPITALISED.test(next.text) && (afterLowerCaseWord(out, i) || (out[i - 1]?.norm === "," && afterLowerCaseWord(out, i - 1)) || personStarts.has(t.start))) {
      // "said Per Lund", "told Da Silva", "the pilot, Per Lund,": inside a sentence only a name capitalises a preposition
      // or a determiner before another capitalised word; wink reads it by its spelling alone. Opening a sentence the
      // entity stage has read it from the verb after it ("Per Lund, the harbour master, said").
      out[i] = retagged(t, "PROPN");
    } else if (t.pos === "X" && startsUpper(t.text) && next?.pos === "PROPN") {
      // "De Blasio", "Van Hollen": a name particle that wink leaves untagged opens the name.
      out[i] = retagged(t, "PROPN");
    } else if (t.pos === "VERB" && text[t.start - 1] === "-" && i > 0 && (out[i - 1] as Token).end === t.start) {
      out[i] = retagged(t, "ADJ");
    } else if (t.pos === "VERB" && opensHyphenCompound(out, i, text)) {
      // "a Lund look-alike", "a stand-in": a verb glued to the word after it by a hyphen opens a compound, not a clause.
      // Where no noun or adjective follows, the compound is the noun, and its last word heads the phrase; before one
      // ("a choked-up Lund") it only describes what follows.
      out[i] = retagged(t, "NOUN", t.norm);
      if (!NOUN_PHRASE_POS.has(out[i + 3]?.pos ?? "")) out[i + 2] = retagged(out[i + 2] as Token, "NOUN");
    } else if (t.pos === "VERB" && t.norm === t.lemma && plainFormAfterPreposition(out, i)) {
      // "advocates for stem cell research said", "the rise in hate speech": no verb follows a preposition in its plain form.
      out[i] = retagged(t, "NOUN");
      const prev = out[i - 1] as Token;
      if (prev.pos !== "ADP") out[i - 1] = retagged(prev, "ADP");
    } else if (t.pos === "VERB" && t.norm === t.lemma && closesNounCompound(out, i)) {
      out[i] = retagged(t, "NOUN");
    } else if (t.pos === "VERB" && modifiesNounBeforeCue(out, i)) {
      out[i] = retagged(t, "NOUN", t.norm);
    } else if (t.pos === "VERB" && afterDeterminer(out, i) && next?.pos === "VERB" && !next.norm.endsWith("ing") && (SAY_FORMS.has(next.norm) || CUE_FRAMES.has(next.lemma))) {
      // "some analyses suggest", "the same polling shows": a determiner opens a noun phrase, and the cue verb is its verb.
      out[i] = retagged(t, "NOUN", t.norm);
    } else {
      const verbLemma = participleAfterComma(out, i) ?? verbReadAsAdjective(out, i) ?? verbReadAsNoun(out, i) ?? coordinatedVerbReadAsNoun(out, i) ?? pastReadAsNoun(out, i);
      if (verbLemma !== null) out[i] = retagged(t, "VERB", verbLemma);
      // "Tallies show ...": the plural before is a common noun, capitalised only by its place; its singular lemma lets a poll noun speak for its answers.
      const prev = out[i - 1] as Token;
      if (verbLemma !== null && opensWithPlural(out, i)) out[i - 1] = retagged(prev, "NOUN", singularOf(prev.norm));
    }
  }
  return out;
}

/** Where the entity stage found a person's name to start. */
function personStartsOf(doc: AnnotatedDoc): Set<number> {
  const starts = new Set<number>();
  for (const e of doc.entities) if (e.type === "person") starts.add(e.start);
  return starts;
}

/** Imperatives that open a teaser for a clip: "Watch Mayor Berg say ...", "Hear Lund explain ...". */
const TEASER_IMPERATIVES: ReadonlySet<string> = new Set(["watch", "hear", "see", "listen"]);

/** "Watch Mayor Berg say ...": a sentence opening on a perception imperative shows the name after it; it is no first name. */
function opensTeaser(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return TEASER_IMPERATIVES.has(t.norm) && (i === 0 || (tokens[i - 1] as Token).sentence !== t.sentence);
}

/** The token at `i` and the word after it are written as one, joined by a hyphen: "look-alike", "stand-in". */
export function opensHyphenCompound(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i] as Token;
  const hyphen = tokens[i + 1];
  const after = tokens[i + 2];
  return text[t.end] === "-" && hyphen !== undefined && hyphen.start === t.end && after !== undefined && after.start === hyphen.end && /^\p{L}/u.test(after.text);
}

/**
 * "spokeswoman Hope Lind", "said Will Berg": a cue verb's capitalised form before a name is a first name when a
 * word in lower case precedes it in the sentence; in a headline ("Lund Tells Council") every word is capitalised.
 */
function afterLowerCaseWord(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && prev.sentence === (tokens[i] as Token).sentence && /^\p{Ll}/u.test(prev.text);
}

/**
 * "Hope Varga, 52, told ...": a cue verb's capitalised form that is also a given name, opening a sentence before a
 * surname and a comma, is a first name; "Tell Varga, ..." opening a sentence is a command.
 */
function givenNameOpening(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return (i === 0 || (tokens[i - 1] as Token).sentence !== t.sentence) && isFirstName(t.text) && tokens[i + 2]?.norm === ",";
}

/**
 * A copy of a token with another tag (and lemma), its fields written in the order the token stage writes
 * them: every token then has one hidden class, and the rules' reads of token fields stay monomorphic. A
 * spread copy gets a class of its own per call site, which made those reads megamorphic, several times slower.
 */
function retagged(t: Token, pos: string, lemma: string = t.lemma): Token {
  return { start: t.start, end: t.end, text: t.text, norm: t.norm, lemma, pos, sentence: t.sentence };
}

/**
 * "..., repeating a claim", "..., warning that ...", "by promising to": after a comma, or after a word that links it
 * to the clause before when an object or a clause follows, an -ing form of a cue verb opens a participle clause,
 * though wink sometimes reads it as a noun or an adjective. Returns the verb's lemma, or null.
 */
function participleAfterComma(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i] as Token;
  if ((t.pos !== "NOUN" && t.pos !== "ADJ") || !t.norm.endsWith("ing")) return null;
  const prev = tokens[i - 1];
  if (prev?.norm !== "," && !(prev !== undefined && PARTICIPLE_LINKS.has(prev.norm) && opensObjectOrClause(tokens, i + 1))) return null;
  return cueLemmaOfStem(t.norm.slice(0, -3));
}

/** Words that link a participle to the clause before: "and promising to", "but warning that", "by offering". */
const PARTICIPLE_LINKS = new Set(["and", "but", "by", "\u201D", "\""]);

/** "that ...", "to" and a verb, or an object opening with a determiner, a name or a pronoun (not a possessive one). */
function opensObjectOrClause(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (!next) return false;
  if (next.norm === "that" || next.pos === "DET" || next.pos === "PROPN" || (next.pos === "PRON" && !POSSESSIVE_PRONOUNS.has(next.norm))) return true;
  return next.norm === "to" && tokens[k + 1]?.pos === "VERB";
}

/**
 * The cue verb a stem stripped of "-ing" or "-ed" comes from, or null: "warn" (warning), "repeat" (repeating),
 * "promise" (promising), "chide" (chiding), "admit" (admitting, a doubled final consonant).
 */
function cueLemmaOfStem(stem: string): string | null {
  const undoubled = DOUBLED_FINAL.test(stem) ? stem.slice(0, -1) : stem;
  return [stem, stem + "e", undoubled].find((lemma) => CUE_FRAMES.has(lemma)) ?? null;
}

/** What may follow a verb read as an adjective: its object or the clause it reports. */
const OBJECT_OPENERS = new Set(["DET", "PROPN", "PRON", "NUM"]);

/**
 * "Lund is promising to cut fees", "Berg alleged that the count was wrong", "she also referenced the report":
 * wink reads some cue verbs as adjectives. One after an auxiliary (or, in the past, after its subject) and before
 * an object, "that" or "to" is the verb. Attitude adjectives ("was pleased that") stay adjectives.
 */
function verbReadAsAdjective(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i] as Token;
  if (t.pos !== "ADJ" || ATTITUDE_ADJECTIVES.has(t.norm)) return null;
  const ing = t.norm.endsWith("ing");
  if (!ing && !t.norm.endsWith("ed")) return null;
  const next = tokens[i + 1];
  let j = i - 1;
  while (j >= 0 && (tokens[j] as Token).pos === "ADV") j--;
  const prev = tokens[j];
  if (!prev || !next) return null;
  const subject = prev.pos === "PRON" || prev.pos === "PROPN" || prev.pos === "NOUN";
  // "..., Lund alleged.", "Berg elaborated in a post that ...", "as she has pronounced, ...": after a name, a subject
  // pronoun (a relative one included: "the guild, which alleged in a suit") or a perfect's "have", a past form ends its
  // clause or goes on to an adjunct or a colon as a verb does.
  const named = prev.pos === "PROPN" || (prev.pos === "PRON" && SINGULAR_SUBJECTS.has(prev.norm)) || PLURAL_SUBJECTS.has(prev.norm) || (prev.pos === "AUX" && prev.lemma === "have");
  if (!ing && named && (CLAUSE_CLOSERS.has(next.norm) || next.pos === "ADP")) return cueLemmaOfStem(t.norm.slice(0, -2));
  if (!(next.norm === "that" || next.norm === "to" || OBJECT_OPENERS.has(next.pos))) return null;
  if (!(prev.pos === "AUX" || (!ing && subject))) return null;
  return cueLemmaOfStem(t.norm.slice(0, ing ? -3 : -2));
}

const CLAUSE_CLOSERS: ReadonlySet<string> = new Set([",", ".", ":", ";"]);

/** Pronouns that stand as subjects of a present-tense verb without "-s": "who support", "they claim". */
const PLURAL_SUBJECTS = new Set(["who", "they", "we", "i", "you"]);
/** ... and those of one with "-s": "which notes", "she claims". */
const SINGULAR_SUBJECTS = new Set(["who", "that", "which", "he", "she", "it"]);
const AFTER_VERB = new Set(["that", "to", "out", "for", "up"]);

/**
 * "voters who support Berg", "Lund points out", "the report, which notes that": wink reads some present-tense
 * cue verbs as nouns. One right after a subject pronoun or a name, before an object, "that" or a particle, is the verb;
 * so is a plain form after a plural noun, before the verb's own particle ("pilots point out").
 */
function verbReadAsNoun(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i] as Token;
  if (t.pos !== "NOUN") return null;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!next || !prev) return null;
  const thirdPerson = t.norm.endsWith("s");
  // "Lund cast her rival as ...": a past form without an ending follows a subject of any person.
  const uninflectedPast = UNINFLECTED_PASTS.has(t.norm);
  const pronoun = prev.pos === "PRON" && ((thirdPerson ? SINGULAR_SUBJECTS : PLURAL_SUBJECTS).has(prev.norm) || (uninflectedPast && SINGULAR_SUBJECTS.has(prev.norm)));
  // "Lund claims", but not "the Lund campaign".
  const name = (thirdPerson || uninflectedPast) && prev.pos === "PROPN" && tokens[i - 2]?.pos !== "DET";
  // "pilots point out", "critics talk about": only before the verb's particle, as "fleet support for" is a noun.
  const pluralNoun = !thirdPerson && prev.pos === "NOUN" && prev.norm !== prev.lemma && prev.norm.endsWith("s");
  // "the growers polled Friday back the levy": a time after a participle closes the subject, and a plain form after
  // it that goes on to an object or a modifier is the verb.
  const before = tokens[i - 2];
  const afterParticipleTime = !thirdPerson && TIME_WORDS.has(prev.norm) && (before?.pos === "VERB" || (before?.norm.endsWith("ing") ?? false)) && (OBJECT_OPENERS.has(next.pos) || next.pos === "ADJ" || next.pos === "ADV");
  const openingPlural = !thirdPerson && opensWithPlural(tokens, i) && (OBJECT_OPENERS.has(next.pos) || next.pos === "ADJ" || next.pos === "ADV");
  // "The union backs the plan": a singular noun after its article (wink may call it an adjective), then an object.
  const singularNoun = thirdPerson && (prev.pos === "NOUN" || prev.pos === "ADJ") && prev.norm === prev.lemma && before?.pos === "DET" && (next.pos === "DET" || next.pos === "PROPN");
  if (!pronoun && !name && !pluralNoun && !afterParticipleTime && !openingPlural && !singularNoun) return null;
  const stems = thirdPerson ? [t.norm.slice(0, -1), t.norm.slice(0, -2)] : [t.norm];
  const lemma = stems.find((stem) => CUE_FRAMES.has(stem));
  if (lemma === undefined) return null;
  if (afterParticipleTime || openingPlural) return lemma;
  if (!pluralNoun && (AFTER_VERB.has(next.norm) || OBJECT_OPENERS.has(next.pos))) return lemma;
  return takesParticle(lemma, next.norm) && !NOUN_PREPOSITIONS.has(next.norm) ? lemma : null;
}

/** "Tallies show ...": a plural opening the sentence, capitalised there and so read as a name, before a plain form. */
function opensWithPlural(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  return prev !== undefined && prev.pos === "PROPN" && t.norm === t.lemma && (i === 1 || tokens[i - 2]?.sentence !== prev.sentence) && /^\p{Lu}\p{Ll}+[^s]s$/u.test(prev.text);
}

/**
 * "tallies" -> "tally", "witnesses" -> "witness", "churches" -> "church": after a sibilant the plural adds "-es", not "-s".
 * A bare "-ache" is a word of its own ("headaches", "caches") whose plural adds "-s"; after "e" or "o" the "ch" is the
 * stem's ("beaches", "coaches").
 */
function singularOf(plural: string): string {
  if (plural.endsWith("ies")) return plural.slice(0, -3) + "y";
  return /(?:ss|sh|x|[^a]ch|[eo]ach)es$/.test(plural) ? plural.slice(0, -2) : plural.slice(0, -1);
}

/** Cue verbs whose past form is their plain form, and a noun too. */
const UNINFLECTED_PASTS = new Set(["cast", "forecast", "broadcast"]);

/** Past forms of phrasal cue verbs that are nouns too, with their lemmas. */
const PAST_FORMS_OF_PHRASAL_CUES: ReadonlyMap<string, string> = new Map([["shot", "shoot"], ["spoke", "speak"]]);

/**
 * "Lund shot back", "the two spoke about", "both spoke about": after a name, a number or a quantifier (not an
 * article), wink reads such a past form as a noun, though the verb's particle follows.
 */
function pastReadAsNoun(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i] as Token;
  const lemma = PAST_FORMS_OF_PHRASAL_CUES.get(t.norm);
  const prev = tokens[i - 1];
  if (lemma === undefined || t.pos !== "NOUN" || !prev) return null;
  if (!(prev.pos === "PROPN" || prev.pos === "NUM" || (prev.pos === "DET" && !ARTICLES.has(prev.norm)))) return null;
  return PHRASAL_CUES.get(lemma)?.has(tokens[i + 1]?.norm ?? "") ? lemma : null;
}

/** Prepositions that follow the noun as readily as the verb: "support for", "talks with", "fears over". */
const NOUN_PREPOSITIONS = new Set(["for", "with", "over", "like", "of", "on", "to", "in"]);

/**
 * "Moe thanks the staff and praises Lund", "rejects the offer, blasts the board", "shrug and point out that": a
 * cue verb's form read as a noun after "and" (or a comma, in the third person), before an object, a clause or the
 * verb's particle, shares the subject of a verb of the same form earlier in its sentence. Returns the lemma, or null.
 */
function coordinatedVerbReadAsNoun(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.pos !== "NOUN" || !prev || !next) return null;
  const thirdPerson = t.norm.endsWith("s");
  if (!(prev.norm === "and" || (thirdPerson && prev.norm === ","))) return null;
  const lemma = (thirdPerson ? [t.norm.slice(0, -1), t.norm.slice(0, -2)] : [t.norm]).find((stem) => CUE_FRAMES.has(stem));
  if (lemma === undefined) return null;
  if (!(next.norm === "that" || next.norm === "to" || OBJECT_OPENERS.has(next.pos) || takesParticle(lemma, next.norm))) return null;
  for (let k = i - 2; k >= 0 && i - k <= 12; k--) {
    const v = tokens[k] as Token;
    if (v.sentence !== t.sentence) return null;
    if (v.pos !== "VERB") continue;
    // After an infinitive or a modal ("to step up and show", "could call and talk"), the second verb is one too.
    const finite = thirdPerson ? v.norm !== v.lemma && v.norm.endsWith("s") : v.norm === v.lemma && !INFINITIVE_MARKERS.has(tokens[k - 1]?.pos ?? "");
    return finite ? lemma : null;
  }
  return null;
}

const INFINITIVE_MARKERS = new Set(["PART", "AUX"]);

/**
 * Does the cue verb `lemma` take `word` as its particle ("point out", "hint at")? "up", "off" and "down" also make
 * verbs of coming and going ("the numbers show up", "the talks broke off"), so they count only where listed for the verb.
 */
function takesParticle(lemma: string, word: string): boolean {
  return (CUE_PARTICLES.has(word) && !MOTION_PARTICLES.has(word)) || CUE_PARTICLES_BY_VERB.get(lemma)?.has(word) === true;
}

const MOTION_PARTICLES = new Set(["up", "off", "down"]);

/** A stem ending in a doubled consonant, as "admitt" from "admitting". */
const DOUBLED_FINAL = /([bdgklmnprt])\1$/;

/** 1 for each sentence set in title case ("Lund Blasts Board Over Fees"): most of its words are capitalised. */
function headlineSentences(tokens: readonly Token[]): Uint8Array {
  const count = tokens.length === 0 ? 0 : (tokens[tokens.length - 1] as Token).sentence + 1;
  const words = new Int32Array(count);
  const upper = new Int32Array(count);
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    const lower = c >= 97 && c <= 122;
    if (!lower && !startsUpper(t.text)) continue;
    words[t.sentence]++;
    if (!lower) upper[t.sentence]++;
  }
  const out = new Uint8Array(count);
  for (let s = 0; s < count; s++) if ((words[s] as number) >= 3 && (upper[s] as number) >= (words[s] as number) * 0.8) out[s] = 1;
  return out;
}

/**
 * "Lund Blasts Board", "Berg Endorses Moe": in a headline, a capitalised third-person form of a cue verb (or a plain one after a plural) after a
 * name is the verb that wink took for part of the name. Returns its lemma, or null. A plural that ends a known
 * name ("United States", "Consumer Reports") is no verb, nor is a word the headline's verb follows
 * ("Consumer Reports Says ...").
 */
function headlineCueLemma(tokens: readonly Token[], i: number, text: string): string | null {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  // "Coach Slams Referee, Praises Goalkeeper": after a comma a second verb goes on with the headline's subject.
  if (t.pos !== "PROPN" || !prev || (prev.pos !== "PROPN" && prev.norm !== ",") || prev.sentence !== t.sentence || !startsUpper(t.text)) return null;
  // "Nurses Back Lund": after a plural the plain form is the verb.
  const plainAfterPlural = PLURAL_FORM.test(prev.norm);
  // The verb's own ending picks its stems: a name ending in "s" ("Ann Davis Slams Board") is no plural subject.
  const stems = t.norm.endsWith("s") ? [t.norm.slice(0, -1), t.norm.slice(0, -2)] : [];
  if (plainAfterPlural) stems.push(t.norm);
  for (const stem of stems) {
    if (!CUE_FRAMES.has(stem)) continue;
    return continuesKnownName(tokens, i, text) || beforeHeadlineVerb(tokens, i) ? null : stem;
  }
  return null;
}

/** Does token `i` end or sit inside a gazetteer name that starts on a capitalised word before it ("United States")? */
function continuesKnownName(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i] as Token;
  for (let a = i - 1; a >= 0 && i - a <= 4; a--) {
    const first = tokens[a] as Token;
    if (first.sentence !== t.sentence || !startsUpper(first.text)) return false;
    for (let b = i; b < tokens.length && b - i <= 2 && (tokens[b] as Token).sentence === t.sentence; b++) {
      if (gazetteerEntry(text.slice(first.start, (tokens[b] as Token).end)) !== undefined) return true;
    }
  }
  return false;
}

/**
 * "Lund Meets Consumer Reports Staff": a headline's clause has one verb, so a word after one that wink already
 * read as a verb (in its own tags, before any repair) continues the object. The search stops at punctuation or a
 * lower-case word.
 */
function afterHeadlineVerb(tokens: readonly Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || !startsUpper(t.text)) return false;
    if (t.pos === "AUX" || (t.pos === "VERB" && t.norm !== t.lemma && t.norm.endsWith("s"))) return true;
  }
  return false;
}

/** "Consumer Reports Says", "Ferry Claims Are ...": the next word is the headline's own finite verb. */
function beforeHeadlineVerb(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.sentence !== (tokens[i] as Token).sentence || !startsUpper(next.text)) return false;
  return next.pos === "AUX" || (next.pos === "VERB" && next.norm.endsWith("s") && (SAY_FORMS.has(next.norm) || CUE_FRAMES.has(next.lemma)));
}

/** A cheap first test before the regular expression: most tokens start in lower case. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Is token `i` preceded by a determiner, directly or across one adjective ("the same")? */
function afterDeterminer(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev?.pos === "ADJ") return tokens[i - 2]?.pos === "DET";
  return prev?.pos === "DET";
}

/**
 * "Stem cell scientists argue", "her stem cell study shows": a plain verb form opening a noun phrase (the sentence, a
 * determiner or a possessive before it) and followed by nouns up to a cue verb modifies those nouns; the cue is the verb.
 */
function modifiesNounBeforeCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (t.norm !== t.lemma || !(prev === undefined || prev.sentence !== t.sentence || POSSESSIVE_PRONOUNS.has(prev.norm) || afterDeterminer(tokens, i))) return false;
  let k = i + 1;
  while (k - i <= 3 && tokens[k]?.pos === "NOUN") k++;
  const verb = tokens[k];
  return k > i + 1 && verb !== undefined && verb.pos === "VERB" && !verb.norm.endsWith("ing") && (SAY_FORMS.has(verb.norm) || CUE_FRAMES.has(verb.lemma));
}

/** Prepositions that a plain verb may follow: "rather than wait", "as well as get", "out to prove". */
const BEFORE_PLAIN_VERB = new Set(["than", "as", "to"]);

/**
 * Is token `i` right after a preposition that no plain verb follows, and before a noun that goes on with it
 * ("for stem cell research")? wink reads "for" before such a word as a conjunction too. "kind of" and "sort of"
 * hedge a verb ("kind of make sense").
 */
function plainFormAfterPreposition(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !(prev.pos === "ADP" || prev.norm === "for") || BEFORE_PLAIN_VERB.has(prev.norm) || tokens[i + 1]?.pos !== "NOUN") return false;
  const before = tokens[i - 2]?.norm;
  return !(prev.norm === "of" && (before === "kind" || before === "sort"));
}

/** Nouns without "-s" that take a plural verb: "the people vote in May" has its verb. */
const PLURAL_WITHOUT_S = new Set(["people", "police"]);

/**
 * "a $2 million ad buy in Ohio", "the vote count in", "a land grab by": a plain verb form after a singular noun
 * inside a noun phrase (a determiner, number or adjective before that noun) and before a preposition ends the
 * compound: a singular subject would need the "-s" form. Before a comma or a quotation mark the form is as often
 * a past one ("the message read: ...").
 */
function closesNounCompound(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || prev.pos !== "NOUN" || prev.norm !== prev.lemma || PLURAL_WITHOUT_S.has(prev.norm)) return false;
  if (next.pos !== "ADP") return false;
  const opener = tokens[i - 2]?.pos;
  return opener === "DET" || opener === "NUM" || opener === "ADJ";
}

/** "Cook said", "Lynch says": a capitalised word tagged as a verb right before an inflected cue verb is its subject. */
function beforeCueVerb(next: Token | undefined): boolean {
  return next !== undefined && next.pos === "VERB" && next.norm !== next.lemma && !next.norm.endsWith("ing") && (SAY_FORMS.has(next.norm) || CUE_FRAMES.has(next.lemma));
}

/** "Shane Shook," / "Ann Lynch said" / "Ann Lynch (D-Vt.)": a capitalised word after a first name, ending the phrase, is a surname. */
function closesName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // The first name may be an initial: "Anna K. Berg".
  if (!prev || prev.pos !== "PROPN" || !(CAPITALISED.test(prev.text) || INITIAL.test(prev.text)) || prev.sentence !== (tokens[i] as Token).sentence) return false;
  // "Ann Lynch (D-Vt.)": a party and state in brackets follow a legislator's name.
  return next === undefined || next.norm === "," || next.norm === "(" || next.pos === "AUX" || (next.pos === "VERB" && next.norm !== next.lemma);
}

/**
 * "Cook: ...", "Ann Lynch: ...": a capitalised word right before a colon, in a label opening its line whose other
 * words are names, is the speaker's name.
 */
function endsLineLabel(tokens: readonly Token[], i: number, text: string): boolean {
  if (tokens[i + 1]?.norm !== ":") return false;
  let first = i;
  while (first > 0 && i - first < 3 && text[(tokens[first] as Token).start - 1] !== "\n") {
    const prev = tokens[first - 1] as Token;
    // "Now Revealed: ...": a headline's adverb is no part of a name.
    if (!(prev.pos === "PROPN" || prev.pos === "NOUN") || !startsUpper(prev.text)) return false;
    first--;
  }
  const start = (tokens[first] as Token).start;
  // "Remember: ...": a lone verb of saying or thinking heading a line is the writer's aside.
  return (start === 0 || text[start - 1] === "\n") && !(first === i && CUE_FRAMES.has((tokens[i] as Token).lemma));
}

/** "Mr. Hedge", "Sen. Bush": the word after a title abbreviation is a name, whatever wink made of it. */
function afterTitle(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (prev.norm.endsWith(".")) return TITLE_ABBREVIATIONS.has(prev.norm.slice(0, -1));
  const word = tokens[i - 2];
  return prev.norm === "." && word !== undefined && word.end === prev.start && TITLE_ABBREVIATIONS.has(word.norm);
}

const CONTINUING_PUNCT = /^[),;:\]]$/;
const LOWER_INITIAL = /^[a-z]/;

/**
 * A sentence that opens with ")", a comma or a lower-case word, inside one paragraph, continues the one before.
 * A dateline opening a line ("WASHINGTON, June 24 (UPI) —") is a sentence of its own: no speaker's subject.
 */
function rejoinSentences(tokens: readonly Token[], original: readonly Sentence[], text: string): { sentences: Sentence[]; sentenceOf: Int32Array } {
  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  for (const s of original) {
    const first = tokens[s.tokenStart];
    const previous = sentences[sentences.length - 1];
    const continues = previous && first && previous.paragraph === s.paragraph && (CONTINUING_PUNCT.test(first.text) || LOWER_INITIAL.test(first.text) || openParenthesis(tokens, previous) || (endsWithTitle(tokens, previous) && first.pos === "PROPN"));
    const body = continues ? s.tokenStart : datelineEnd(tokens, s, text);
    if (continues) {
      previous.end = s.end;
      previous.tokenEnd = s.tokenEnd;
    } else if (body > s.tokenStart) {
      sentences.push({ ...s, index: sentences.length, end: (tokens[body - 1] as Token).end, tokenEnd: body });
      sentences.push({ ...s, index: sentences.length, start: (tokens[body] as Token).start, tokenStart: body });
    } else {
      sentences.push({ ...s, index: sentences.length });
    }
    for (let i = s.tokenStart; i < s.tokenEnd; i++) sentenceOf[i] = sentences.length - (i < body ? 2 : 1);
  }
  return { sentences, sentenceOf };
}

/**
 * "WASHINGTON —", "LA CROSSE, Wisc. —", "ORLANDO, Fla. (Reuters) -", "WASHINGTON, Dec. 8 (UPI) —" at a line's
 * start: words in capitals, or a title-case place with a news agency's name in brackets ("New York (AFP) –";
 * not "Ann Berg (D-Vt.) –"), before a dash and a sentence that opens as sentences do. "NATO — and its allies —
 * said" opens a subject, not a story: what follows its dash is no sentence start.
 */
const PLACE_TAIL = "(?:, [A-Z][\\p{L}.]*(?: [A-Z][\\p{L}.]*)*)?(?:,? [A-Z][a-z]{2,8}\\.? \\d{1,2})?";
const DASH = "\\s*(?:—|–|―|--|-)\\s+(?=[\\p{Lu}\\d\"“'‘])";
const DATELINE = new RegExp(
  `^(?:[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*${PLACE_TAIL}\\s*(?:\\([^)\\n]{1,30}\\))?|[A-Z][a-z]+(?: [A-Z][a-z]+)*${PLACE_TAIL}\\s*\\([A-Z][A-Za-z ]{1,20}\\))${DASH}`,
  "u",
);

/** The first token after a dateline opening the sentence at a line's start, or the sentence's first token. */
function datelineEnd(tokens: readonly Token[], s: Sentence, text: string): number {
  if (s.start > 0 && text[s.start - 1] !== "\n") return s.tokenStart;
  const m = DATELINE.exec(text.slice(s.start, s.start + 80));
  if (!m) return s.tokenStart;
  const bodyStart = s.start + m[0].length;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if ((tokens[i] as Token).start >= bodyStart) return i;
  return s.tokenStart;
}

const TITLE_ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "rev", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt", "col", "sgt", "capt", "st", "ft", "prof", "pres", "adm", "cmdr", "maj", "hon", "msgr", "fr"]);

/** Does the sentence end on a title ("Rev.") or an initial that the tokenizer took for a full stop? Only a name may follow one. */
function endsWithTitle(tokens: readonly Token[], s: Sentence): boolean {
  const last = tokens[s.tokenEnd - 1];
  const before = tokens[s.tokenEnd - 2];
  if (!last) return false;
  // "Anna L." or "U.N.E.-S." : an initial, not the end of a sentence.
  if (last.text === "." && before && before.end === last.start) return TITLE_ABBREVIATIONS.has(before.norm) || /^[A-Z]$/.test(before.text);
  if (/^(?:[A-Z]\.)+$/.test(last.text) && last.text.length <= 4) return true;
  return last.norm.endsWith(".") && TITLE_ABBREVIATIONS.has(last.norm.slice(0, -1));
}

/** Does the sentence leave a parenthesis open ("Rep. Ann Berg (D-S." split before "C.)")? */
function openParenthesis(tokens: readonly Token[], s: Sentence): boolean {
  let depth = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = (tokens[i] as Token).text;
    if (t === "(") depth++;
    else if (t === ")") depth--;
  }
  return depth > 0;
}

const DAY_OF_MONTH = /^\d{1,2}(?:st|nd|rd|th)?$/;
const TIME_PLACERS: ReadonlySet<string> = new Set(["last", "next", "this", "past"]);

function timeTokenMask(doc: AnnotatedDoc): Uint8Array {
  const mask = new Uint8Array(doc.tokens.length);
  const text = doc.article.text;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Token;
    // "46-year-old" is an age, not a time.
    if (TIME_WORDS.has(t.norm) && text[t.start - 1] !== "-" && text[t.end] !== "-" && !isNameTimeWord(text, t.start, t.end)) mask[i] = 1;
    // "announced March 23": the day belongs to its month, or a skipped month would leave "23" as what was said.
    const prev = doc.tokens[i - 1];
    if (prev && mask[i - 1] && Object.hasOwn(MONTHS, prev.norm.replace(/\.$/, "")) && DAY_OF_MONTH.test(t.text)) mask[i] = 1;
    // "the pilots last week": the word that places the time belongs to it, or it would be read into the phrase before.
    // Not across a headline with no full stop: "Lund praised this¶Monday ..." ends on its object.
    if (mask[i] && prev && TIME_PLACERS.has(prev.norm) && prev.sentence === t.sentence) mask[i - 1] = 1;
  }
  clearNamedTimeWords(doc, mask);
  // Timexes are sorted by offset in practice; a sweep keeps this linear.
  const timexes = [...doc.timexes].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const tx of timexes) {
    while (i < doc.tokens.length && (doc.tokens[i] as Token).end <= tx.start) i++;
    for (let j = i; j < doc.tokens.length && (doc.tokens[j] as Token).start < tx.end; j++) mask[j] = 1;
  }
  return mask;
}

/**
 * "USA TODAY reported": a time word inside a name of several words, where the timex stage read no time, is a word
 * of the name; the timexes swept in after this put back any time that a name's span overlaps.
 */
function clearNamedTimeWords(doc: AnnotatedDoc, mask: Uint8Array): void {
  const names = doc.entities.filter((e) => e.text.includes(" ")).sort((a, b) => a.start - b.start);
  let i = 0;
  for (const name of names) {
    while (i < doc.tokens.length && (doc.tokens[i] as Token).end <= name.start) i++;
    for (let j = i; j < doc.tokens.length && (doc.tokens[j] as Token).start < name.end; j++) mask[j] = 0;
  }
}

/** The character range from the start of token `first` to the end of token `last`, inclusive. */
export function rangeOfTokens(ctx: AttributionContext, first: number, last: number): TextRange {
  const start = (ctx.tokens[first] as Token).start;
  const end = (ctx.tokens[last] as Token).end;
  return { start, end, text: ctx.text.slice(start, end) };
}

export function rangeOfOffsets(ctx: AttributionContext, start: number, end: number): TextRange {
  return { start, end, text: ctx.text.slice(start, end) };
}

const DOUBLE_MARKS = new Set(['"', "''", "``", "\u00AB", "\u00BB"]);

/** Is token `i` the first of its sentence? */
export function startsSentence(ctx: AttributionContext, i: number): boolean {
  return i === 0 || ctx.sentenceOf[i - 1] !== ctx.sentenceOf[i];
}

/** Is token `i` a quotation mark? A lone apostrophe counts only as part of a doubled mark opening or closing a quote. */
export function isQuoteMarkAt(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (DOUBLE_MARKS.has(t.norm)) return true;
  if (t.norm !== "'") return false;
  const qi = ctx.quoteOf[i] as number;
  if (qi === -1) return false;
  const q = ctx.quotes[qi] as Quote;
  return t.start < q.innerStart || t.start >= q.innerEnd;
}

