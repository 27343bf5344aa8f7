import type { Token } from "../../model/types.js";
import { type AttributionContext, isQuoteMarkAt, opensHyphenCompound, startsSentence, startsUpper } from "./context.js";
import { COMMON_SUBJECTS, isFirstName, MODALS, ORG_SUFFIX_SET, verbInflection } from "../entities/lexicon.js";
import { isRoleWord } from "../entities/roles.js";
import { FRACTION_WORDS, SCALE_WORDS } from "../numbers.js";
import type { Quote } from "./quotes.js";
import { WEEKDAYS } from "../time/lexicon.js";
import { ADJUNCT_TAKING_SPEECH, ARTICLES, CLAUSE_ONLY_SPEECH, CUE_FRAMES, DASH_WORDS, EVENT_NOUNS, NAMING_VERBS, NOUN_PHRASE_POS, OBJECT_PRONOUNS, PARTICIPLE_SUFFIX, PERSON_NOUNS, PERSONAL_PRONOUNS, PLURAL_PRONOUNS, POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS, SUBORDINATORS } from "./lexicon.js";

// Noun-phrase chunking from POS tags alone: wink gives no parse, so a speaker is the longest run of
// nominal tokens next to its cue, with room for titles, possessives, "of" and coordination.

/** A run of tokens, inclusive at both ends. */
export type TokenSpan = { first: number; last: number };

const NOMINAL = new Set(["PROPN", "NOUN", "NUM"]);
/** The same words short of a name: a common noun phrase ("the two large boats"), or a measure ("a few weeks"). */
export const COMMON_PHRASE_POS: ReadonlySet<string> = new Set(["NOUN", "NUM", "ADJ", "DET"]);
/** Pronouns that can head a speaker phrase on their own ("others said", "many believe"). */
const PRONOUN_HEADS = new Set([
  "others", "some", "many", "most", "several", "few", "both", "all", "everyone", "everybody", "nobody", "none", "someone",
  "somebody", "anyone", "one", "critics", "this", "these", "those", "another", "each", "either", "neither",
  // only after "of": "most of them", "some of us"
  "them", "us",
]);

export function isPersonalPronoun(t: Token | undefined): boolean {
  return t !== undefined && PERSONAL_PRONOUNS.has(t.norm);
}

/** "many of you", "three-fourths of them", "the rest of us": a pronoun after "of" ends a phrase that counts it. */
const COUNTED_PRONOUNS = new Set(["you", "them", "us"]);

export function isCountedPronoun(ctx: AttributionContext, i: number): boolean {
  return COUNTED_PRONOUNS.has((ctx.tokens[i] as Token).norm) && ctx.tokens[i - 1]?.norm === "of";
}

/** "Nearly a third said", "two fifths say": a fraction after an article or a number heads its phrase, though wink tags "third" an adverb. */
export function isFractionAfterCount(ctx: AttributionContext, k: number): boolean {
  const prev = ctx.tokens[k - 1];
  return FRACTION_WORDS.has((ctx.tokens[k] as Token).norm) && prev !== undefined && (prev.pos === "DET" || prev.pos === "NUM");
}

export function isRelativePronoun(t: Token | undefined): boolean {
  return t !== undefined && RELATIVE_PRONOUNS.has(t.norm) && (t.pos === "PRON" || t.norm === "who" || t.norm === "which");
}

/** Can this token end (head) a noun phrase? */
function canHead(t: Token): boolean {
  // "47% say": the sign stands for "percent".
  if (NOMINAL.has(t.pos) || t.norm === "%") return true;
  if (t.pos === "PRON" || t.pos === "DET" || t.pos === "ADJ") return PRONOUN_HEADS.has(t.norm);
  return false;
}

/**
 * "Many fear ...", "but most oppose ...", "Both think ...": a quantifier alone at the opening of its clause is its
 * subject and stands for people, whatever wink tags it.
 */
export function isOpeningQuantifier(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.pos === "PRON" || !QUANTIFIERS.has(t.norm) || !(PLURAL_PRONOUNS.has(t.norm) || t.norm === "all")) return false;
  // "All told, ...": in all, not a subject.
  if (t.norm === "all" && ctx.tokens[k + 1]?.norm === "told") return false;
  // After a dash or a bracket it mostly floats after a subject set off before it: "The pilots — tired, cold — both said".
  const prev = ctx.tokens[k - 1];
  if (prev && (DASH_WORDS.has(prev.norm) || prev.norm === "(")) return false;
  // "most recently", "many more": a degree word before a modifier.
  const next = ctx.tokens[k + 1];
  if (next && (next.pos === "ADV" || next.pos === "ADJ")) return false;
  return isClauseOpener(ctx, k, ctx.sentences[ctx.sentenceOf[k] as number]?.tokenStart ?? 0);
}

export function isPossessiveMarker(t: Token): boolean {
  return t.norm === "'s" || t.norm === "'" || (t.pos === "PART" && t.norm.endsWith("s") && t.norm.startsWith("'"));
}

type Step = "firm" | "tentative" | "stop";

const QUANTIFIERS = new Set(["all", "half", "most", "many", "some", "none", "each", "one", "both", "several", "any", "majority", "majorities", "few", "much", "lot", "lots", "plurality", "third", "quarter", "percent", "share", "number"]);

/** Index of the participle in "document filed" / "report published Tuesday" ending at `last`, or null. */
function participleTail(ctx: AttributionContext, last: number, floor: number): number | null {
  let k = last;
  while (k > floor && ctx.timeToken[k]) k--;
  return k > floor && isReducedRelative(ctx, k) ? k : null;
}

/**
 * A participle right after a noun: "polls taken", "a document filed", "voters looking"; or after "those", which
 * before a bare participle is a pronoun it modifies ("those polled", "half of those asked"), not a determiner.
 */
function isReducedRelative(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i];
  const before = ctx.tokens[i - 1];
  return t !== undefined && before !== undefined && t.pos === "VERB" && (t.norm.endsWith("ed") || t.norm.endsWith("ing") || t.norm.endsWith("en")) && (before.pos === "NOUN" || before.pos === "PROPN" || before.norm === "those") && !takesObject(ctx, i) && !namedSpeaker(before, t);
}

/** "Ms. Lund added, noting ...": a verb of saying after a name is that person's act; names take no reduced relatives of it. */
function namedSpeaker(before: Token, t: Token): boolean {
  return before.pos === "PROPN" && t.norm.endsWith("ed") && (ADJUNCT_TAKING_SPEECH.has(t.lemma) || CLAUSE_ONLY_SPEECH.has(t.lemma));
}

/**
 * "percent of registered voters", "the leading candidates": a participle between a determiner (or "of", a number,
 * an adjective, an owner: "the town's leading critic") and its noun modifies the noun; after a bare noun it is a
 * verb ("Democrats registered voters").
 */
function isPrenominalParticiple(ctx: AttributionContext, p: number, cur: Token): boolean {
  const t = ctx.tokens[p] as Token;
  const before = ctx.tokens[p - 1];
  // "a registered Republican", "the printed Cruz slate card": after an article a participle grades a name too.
  const afterArticle = cur.pos === "PROPN" && ARTICLES.has(before?.norm ?? "");
  if (t.pos !== "VERB" || !(t.norm.endsWith("ed") || t.norm.endsWith("ing")) || !(cur.pos === "NOUN" || cur.pos === "ADJ" || afterArticle)) return false;
  // "Rising rates show", "Celebrated pilots say": opening a clause before a noun, a participle cannot be the verb.
  if (cur.pos === "NOUN" && isClauseOpener(ctx, p, 0)) return true;
  // "a newly released memo": an adverb grading the participle may stand between.
  const graded = before?.pos === "ADV" && ctx.tokens[p - 2]?.pos === "DET";
  return before !== undefined && (before.pos === "DET" || before.pos === "NUM" || before.pos === "ADJ" || graded || before.norm === "of" || POSSESSIVE_PRONOUNS.has(before.norm) || isPossessiveMarker(before)) && ctx.quoteOf[p - 1] === -1;
}

/**
 * "the ministry confirmed the deal": a past form with a determiner right after it is a finite verb with its object, not a
 * participle. So is a verb of taking sides before a name ("23 percent backed Lund and 15 percent ..."), which no
 * participle takes; a naming verb's participle does ("a pilot named Lund").
 */
function takesObject(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  if (!t.norm.endsWith("ed")) return false;
  const next = ctx.tokens[i + 1];
  return next?.pos === "DET" || (next?.pos === "PROPN" && CUE_FRAMES.get(t.lemma) === "object" && !NAMING_VERBS.has(t.lemma));
}

const RELATION_WORDS = new Set(["aide", "aides", "adviser", "advisers", "advisor", "advisors", "ally", "allies", "close", "spokesman", "spokeswoman", "spokesperson", "assistant", "assistants", "consultant", "consultants", "counselor", "loyalists", "donors", "successor"]);
export const DEGREE_WORDS = new Set(["most", "more", "less", "least", "fewer"]);
const FOCUS_WORDS = new Set(["almost", "nearly", "only", "just"]);
const PREDETERMINERS = new Set(["all", "both", "half", "virtually", "nearly", "almost", "only", "about", "roughly", "some", "just", "neither", "either"]);
const MANY = new Set(["many", "much", "few", "little"]);
/** Prepositions that bound a count when a number follows: "about 40", "over a dozen", "under 200", "about half". */
const COUNT_BOUNDS = new Set(["about", "around", "over", "under", "nearly", "almost", "roughly", "approximately", "some"]);

/**
 * Does `k` open a bounded count ("about 40 boats", "over a dozen", "at least six", "up to 300")? Such a word starts a noun phrase,
 * so after a cue it is neither a particle ("said about") nor a place or time ("reported at the hearing").
 */
export function opensCountBound(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  if (!t || !next || ctx.quoteOf[k] !== -1) return false;
  if (t.norm === "at") return next.norm === "least" || next.norm === "most";
  if (t.norm === "up") return next.norm === "to" && isCounted(ctx.tokens[k + 2]);
  if (!COUNT_BOUNDS.has(t.norm)) return false;
  return isCounted(next) || (next.norm === "a" && isCounted(ctx.tokens[k + 2]));
}

/** A number, "dozen", or a fraction, which counts as a number does ("about half the wells", "over a third of the boats"). */
function isCounted(x: Token | undefined): boolean {
  return x?.pos === "NUM" || x?.norm === "dozen" || FRACTION_WORDS.has(x?.norm ?? "");
}
/**
 * Index of a number after a noun inside `phrase` ("reporters 40 boats", "the meeting two ferries"), or -1. Before a
 * verb such a number opens that verb's subject, and the phrase proper ends before it.
 */
export function countAfterNoun(ctx: AttributionContext, phrase: TokenSpan): number {
  for (let i = phrase.first + 1; i < phrase.last; i++) {
    const before = ctx.tokens[i - 1] as Token;
    if ((ctx.tokens[i] as Token).pos !== "NUM" || !(before.pos === "NOUN" || before.pos === "PROPN")) continue;
    // "Channel 4 two pilots": a number labelling the noun comes first, and the count after it opens the subject;
    // "40 million boats" is one count.
    const after = ctx.tokens[i + 1] as Token;
    return after.pos === "NUM" && !SCALE_WORDS.has(after.norm) && i + 1 < phrase.last ? i + 1 : i;
  }
  return -1;
}

/** Singular nouns that head a relative clause without "that": "the kind Lund wants", "one reason Berg gives". */
const GAP_NOUNS = new Set(["reason", "kind", "sort", "type", "way", "place", "thing", "message", "photo", "picture", "time", "moment", "word", "term", "label", "phrase", "approach", "letter", "memo", "email", "note", "speech", "statement", "tweet", "post", "essay", "book", "column"]);
/** Prepositions that may sit inside a subject phrase ("a producer for a film studio", "a report in the Herald", "the delegation to the talks"). */
export const INNER_PREPOSITIONS: ReadonlySet<string> = new Set(["for", "in", "at", "from", "by", "with", "on", "among", "inside", "outside", "within", "to", "across", "around", "throughout"]);
const PLACE_ADJECTIVES = new Set(["inside", "outside"]);
const AGE_BOUNDS = new Set(["over", "under"]);
const EXCEPTING_HEADS = new Set(["everyone", "everybody", "all", "none", "nobody"]);

/** "Monday night's results", "a June poll", "the 2012 report": a time that modifies the noun after it. */
function timeModifiesNoun(ctx: AttributionContext, p: number, cur: Token): boolean {
  if (isPossessiveMarker(cur)) return true;
  // "current and former officials", "past and current employees": a lone time word read as an adjective, or joined by
  // "and" to an adjective, describes the noun after it.
  if (!ctx.timeToken[p - 1] && (((ctx.tokens[p] as Token).pos === "ADJ" && (cur.pos === "NOUN" || cur.pos === "ADJ")) || (cur.norm === "and" && ctx.tokens[p + 2]?.pos === "ADJ"))) return true;
  let k = p;
  while (k > 0 && (ctx.timeToken[k - 1] || namesDay(ctx, k - 1))) k--;
  const before = ctx.tokens[k - 1];
  // "the 2008 election", "the 2008 presidential race", "an influential 2009 paper": after a determiner or an adjective
  // the time word is the noun's, adjective or not.
  return (cur.pos === "NOUN" || cur.pos === "PROPN" || cur.pos === "ADJ") && before !== undefined && (before.pos === "DET" || before.pos === "ADJ") && !ctx.timeToken[k - 1];
}

/**
 * "Super Tuesday", "Black Friday": a capitalised word before a capitalised weekday names that day, and a subject
 * search skips it with the day (else "Voters on Super Tuesday said" kept "Voters on Super"). Only the subject search:
 * the timex stage reads the weekday alone, and a content may well be the whole name ("known as Super Tuesday").
 */
export function namesDay(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  const day = ctx.tokens[k + 1];
  if (!t || !day || !ctx.timeToken[k + 1] || ctx.timeToken[k] || startsSentence(ctx, k)) return false;
  // After "on", "since", "the" ("on Super Tuesday", "the Black Friday sales"), not after a name ("Lund Tuesday said").
  const before = (ctx.tokens[k - 1] as Token).pos;
  return (before === "ADP" || before === "DET") && startsUpper(t.text) && startsUpper(day.text) && Object.hasOwn(WEEKDAYS, day.norm);
}

const OPENING_QUANTIFIERS = new Set(["many", "most", "some", "few", "several"]);

/** Adjectives that describe a source by its access: "familiar with", "close to", "privy to". */
const STANDING_ADJECTIVES = new Set(["familiar", "close", "privy", "loyal", "allied", "sympathetic", "closest"]);

/** Is the noun at `p` the head of a relative clause without "that" whose subject starts with `cur` at `p + 1`? */
function headsRelativeBefore(ctx: AttributionContext, p: number, cur: Token): boolean {
  const prev = ctx.tokens[p];
  if (!prev || cur.pos !== "PROPN") return false;
  if (prev.pos === "NOUN" && ((prev.norm !== prev.lemma && prev.norm.endsWith("s")) || GAP_NOUNS.has(prev.norm)) && !PERSON_NOUNS.test(prev.norm) && isDetermined(ctx, p) && !namesListAt(ctx, p + 1)) return true;
  // "the kind of plan Berg favours": a gap noun's "of" phrase heads the relative clause as the gap noun alone does.
  if (prev.pos === "NOUN" && ctx.tokens[p - 1]?.norm === "of" && GAP_NOUNS.has(ctx.tokens[p - 2]?.norm ?? "") && isDetermined(ctx, p - 2)) return true;
  // "The Only Reason Pilots Quit", "Five Things Voters Said": in title case the gap noun reads as a name too; not when
  // the words after it close an organisation's name ("The Washington Post Co. said", "The Harbour Times Group reported").
  return prev.pos === "PROPN" && (GAP_NOUNS.has(prev.norm) || GAP_NOUNS.has(prev.norm.slice(0, -1))) && startsUpper(prev.text) && isTitleDetermined(ctx, p) && !closesOrganisationName(ctx, p + 1);
}

/** Does the run of proper nouns from `i` end on an organisation's last word ("Co.", "Group", "Company")? */
function closesOrganisationName(ctx: AttributionContext, i: number): boolean {
  let k = i;
  while (ctx.tokens[k + 1]?.pos === "PROPN" && ctx.tokens[k + 1]?.sentence === ctx.tokens[i]?.sentence) k++;
  return ORG_SUFFIX_SET.has((ctx.tokens[k] as Token).norm);
}

/** Can token `p` be added on the left of a phrase whose current first token is `cur`? */
function leftStep(ctx: AttributionContext, p: number, cur: Token): Step {
  const prev = ctx.tokens[p] as Token;
  if (ctx.timeToken[p] && !ctx.timeToken[p + 1] && !timeModifiesNoun(ctx, p, cur)) return "stop";
  if (ctx.quoteOf[p] !== ctx.quoteOf[p + 1] || (ctx.quoteOf[p] !== -1 && isQuoteMarkAt(ctx, p))) {
    // A quoted title inside the phrase ("a “Vote Early” badge") is part of it; a quotation is not.
    const qi = ctx.quoteOf[p] !== -1 ? ctx.quoteOf[p] : ctx.quoteOf[p + 1];
    return qi !== undefined && qi !== -1 && isTitleQuote(ctx, qi) ? "firm" : "stop";
  }
  if ((cur.pos === "DET" || cur.pos === "NUM" || QUANTIFIERS.has(cur.norm)) && PREDETERMINERS.has(prev.norm)) return "firm";
  // "the refugees Lund wants to admit", "two reasons Berg gives": a determined plural common noun right before a name is
  // the object of a relative clause without "that"; a plural of people ("fellow senators Ann Berg and Ole Lund") names
  // them, and so does any plural before a list of names ("the two herders Ostrova and Brede").
  if (headsRelativeBefore(ctx, p, cur)) return "stop";
  if (isNameParticle(ctx, p)) return "firm";
  // "Not everyone", "not all of them": a negated quantifier opening the subject.
  if (prev.norm === "not" && (QUANTIFIERS.has(cur.norm) || cur.norm === "everyone" || cur.norm === "everybody") && isClauseOpener(ctx, p, 0)) return "firm";
  const before = ctx.tokens[p - 1];
  // "at least 21,000", "as many as 40 percent", "more than 300", "at least half"
  if ((cur.pos === "NUM" || QUANTIFIERS.has(cur.norm)) && (prev.norm === "least" || prev.norm === "most" || prev.norm === "than" || (prev.norm === "as" && before !== undefined && MANY.has(before.norm)))) return "firm";
  // "four out of 10 voters"
  if (((prev.norm === "of" && before?.norm === "out" && ctx.tokens[p - 2]?.pos === "NUM") || (prev.norm === "out" && cur.norm === "of" && before?.pos === "NUM"))) return "firm";
  if ((prev.norm === "as" || prev.norm === "at") && (MANY.has(cur.norm) || cur.norm === "least" || cur.norm === "most")) return "firm";
  // "more than a dozen", "at least a dozen": the bound counts an indefinite quantity as well as a number.
  if ((prev.norm === "than" || ((prev.norm === "least" || prev.norm === "most") && before?.norm === "at")) && (cur.pos === "NUM" || cur.pos === "DET")) return "firm";
  if (cur.norm === "than" && (prev.norm === "more" || prev.norm === "fewer" || prev.norm === "less")) return "firm";
  // "just over a quarter", "just under 40 percent": after "just" the preposition bounds the count as "than" does.
  if ((prev.norm === "over" || prev.norm === "under") && before?.norm === "just" && (cur.pos === "NUM" || cur.pos === "DET" || QUANTIFIERS.has(cur.norm))) return "firm";
  if ((cur.norm === "over" || cur.norm === "under") && prev.norm === "just") return "firm";
  // "die-hard conservatives", "Post-ABC": a word glued on by a hyphen
  if ((cur.norm === "-" || cur.norm === "/") && prev.end === cur.start && prev.pos !== "PUNCT") return "firm";
  // "Many in the crowd", "some in the party"
  if (prev.norm === "in" && before !== undefined && (QUANTIFIERS.has(before.norm) || PRONOUN_HEADS.has(before.norm)) && !ctx.timeToken[p + 1]) return "firm";
  // "someone at the gate", "those around her", "not everyone on the ferry": a pronoun head takes its place or company
  // after it as "many in the crowd" does; wink tags such heads as pronouns (or "most" as an adverb), which otherwise
  // end a phrase. Held only if the phrase then opens its clause ("told them at the dock" is no subject).
  if (prev.pos === "ADP" && INNER_PREPOSITIONS.has(prev.norm) && before !== undefined && PRONOUN_HEADS.has(before.norm) && !ctx.timeToken[p + 1]) return "tentative";
  if (cur.pos === "ADP" && INNER_PREPOSITIONS.has(cur.norm) && (prev.pos === "PRON" || prev.pos === "ADV") && PRONOUN_HEADS.has(prev.norm) && !ctx.timeToken[p + 2]) return "tentative";
  // "he and Mr. Allen", "she and another reporter"
  // "backed it and Berg said", "told you and Berg": a pronoun that can be an object, after a verb or preposition, is
  // that word's object and ends the phrase before "and".
  if ((cur.norm === "and" || cur.norm === "nor") && isPersonalPronoun(prev)) return isObjectAfterHead(prev, before) ? "stop" : "firm";
  // "progressive and green groups": two adjectives share the noun; not after a verb, whose complement the first is
  // ("the race is tight and undecided voters say").
  const beforeFirst = ctx.tokens[p - 2];
  // wink tags an adjective of nationality or faith as a proper noun: "progressive and Muslim groups".
  const adjective = cur.pos === "ADJ" || (cur.pos === "PROPN" && ctx.tokens[p + 2]?.pos === "NOUN");
  if (prev.norm === "and" && before?.pos === "ADJ" && adjective && beforeFirst?.pos !== "AUX" && beforeFirst?.pos !== "VERB") return "firm";
  // "Politicians and even some pilots": "even" inside a coordination stays with its member.
  if (prev.norm === "even" && before?.norm === "and" && (cur.pos === "DET" || cur.pos === "NOUN" || cur.pos === "PROPN" || cur.pos === "ADJ")) return "tentative";
  // The member after "and" is the word after any "even" or degree word ("and more prominent allies").
  const member = cur.norm === "even" || (DEGREE_WORDS.has(cur.norm) && cur.pos === "ADV") ? ((ctx.tokens[p + 2] as Token | undefined) ?? cur) : cur;
  const memberBefore = before !== undefined && (NOMINAL.has(before.pos) || isPersonalPronoun(before) || isMistaggedName(ctx, p - 1) || nameBeforeParenthesis(ctx, p, 0) !== null);
  if ((prev.norm === "and" || prev.norm === "nor") && memberBefore && (member.pos === "PROPN" || member.pos === "DET" || member.pos === "NOUN" || member.pos === "ADJ" || member.pos === "NUM" || POSSESSIVE_PRONOUNS.has(member.norm))) {
    return before.pos === "PROPN" && cur.pos === "PROPN" ? "firm" : "tentative";
  }
  // "4 in 10 voters"
  if (prev.norm === "in" && before?.pos === "NUM" && cur.pos === "NUM") return "firm";
  // "aides to the senator", "people close to Lind": a relation names its speakers through the person they serve.
  if (prev.norm === "to" && before !== undefined && RELATION_WORDS.has(before.norm) && (cur.pos === "PROPN" || cur.pos === "DET" || POSSESSIVE_PRONOUNS.has(cur.norm))) return "tentative";
  // "Almost half", "Only a few": a word of degree opening the subject belongs to it ("even" stays out, as PolNeAR has it).
  // "the most recent poll", "more prominent allies", "most Republicans": a degree word wink tags as an adverb grades the
  // adjective or counts the noun after it.
  if (DEGREE_WORDS.has(prev.norm) && prev.pos === "ADV" && (cur.pos === "ADJ" || cur.pos === "NOUN" || cur.pos === "PROPN")) return "firm";
  // "a newly elected mayor", "the publicly available records", "some very senior pilots": after a determiner an
  // adverb (or an adjective wink takes for one: "a new national poll") grades the word after it, inside the phrase.
  if (prev.pos === "ADV" && before?.pos === "DET" && (cur.pos === "ADJ" || cur.pos === "NOUN" || cur.pos === "PROPN" || (ctx.tokens[p + 2] !== undefined && isPrenominalParticiple(ctx, p + 1, ctx.tokens[p + 2] as Token)))) return "firm";
  if (FOCUS_WORDS.has(prev.norm) && (PREDETERMINERS.has(cur.norm) || cur.pos === "DET" || cur.pos === "NUM" || cur.pos === "ADJ" || cur.pos === "NOUN" || cur.pos === "PROPN" || POSSESSIVE_PRONOUNS.has(cur.norm) || PRONOUN_HEADS.has(cur.norm))) return "tentative";
  // "an inside source", "some outside analysts": the preposition stands as an adjective before its noun.
  if (PLACE_ADJECTIVES.has(prev.norm) && cur.pos === "NOUN" && (before === undefined || before.pos === "DET" || before.pos === "ADJ" || before.pos === "PROPN" || isSentencePunct(before))) return "firm";
  // "those over 60", "men under 35": an age bound counts the speakers.
  if (AGE_BOUNDS.has(prev.norm) && cur.pos === "NUM" && before !== undefined && (before.pos === "NOUN" || before.pos === "PROPN" || PRONOUN_HEADS.has(before.norm))) return "tentative";
  // "everyone but the mayor", "all but two": an exception belongs to the quantifier before it.
  if (prev.norm === "but" && before !== undefined && EXCEPTING_HEADS.has(before.norm)) return "tentative";
  if (cur.norm === "but" && EXCEPTING_HEADS.has(prev.norm)) return "firm";
  if (prev.pos === "ADP" && INNER_PREPOSITIONS.has(prev.norm) && (before?.pos === "NOUN" || before?.pos === "PROPN" || isReducedRelative(ctx, p - 1) || isMistaggedNoun(ctx, p - 1)) && !ctx.timeToken[p - 1] && cur.pos !== "PRON") return "tentative";
  // "the most recent polling in Florida", "an earlier report in the Herald": the head tagged as a verb, and a degree
  // word before it, stay in the phrase.
  if (isMistaggedNoun(ctx, p) && (cur.pos === "ADP" || cur.norm === "of")) return "firm";
  if (prev.pos === "ADV" && isMistaggedNoun(ctx, p + 1)) return "firm";
  // "critics like Ann Berg", "groups like the Sierra Club": examples named after a plural noun belong to it.
  if (prev.norm === "like" && prev.pos === "ADP" && before?.pos === "NOUN" && before.norm.endsWith("s") && (cur.pos === "PROPN" || cur.pos === "DET")) return "tentative";
  // "a person familiar with the talks", "sources close to the campaign": the sources' standing names them.
  if ((prev.norm === "with" || prev.norm === "to") && before !== undefined && STANDING_ADJECTIVES.has(before.norm) && cur.pos !== "PRON") return "tentative";
  if (STANDING_ADJECTIVES.has(prev.norm) && (cur.norm === "with" || cur.norm === "to") && (before?.pos === "NOUN" || before?.pos === "PROPN")) return "tentative";
  // Institutions named with "for": "the Institute for the Study of Rivers", "Center for Rural Progress".
  if (prev.norm === "for" && before?.pos === "PROPN" && (cur.pos === "PROPN" || cur.pos === "DET")) return "tentative";
  // "exit polls taken in ...", "a report published Tuesday": a participle modifying the noun before it.
  if (isReducedRelative(ctx, p)) return "tentative";
  if (isPrenominalParticiple(ctx, p, cur)) return "firm";
  // "all of the candidates", "half of voters", "six of them"
  if (prev.norm === "of" && before && (before.pos === "NUM" || QUANTIFIERS.has(before.norm) || before.norm === "%")) return "firm";
  if (prev.norm === "%" && before?.pos === "NUM") return "firm";
  if (prev.norm === "at" && (cur.norm === "least" || cur.norm === "most")) return "firm";
  // "what many analysts expect": "what" is the object of the clause, never a determiner of its subject.
  if (prev.norm === "what" || prev.norm === "whatever") return "stop";
  // "Guild spokeswoman the Rev. Ann Lo": a person's title before a name that carries its own "the".
  if (cur.norm === "the" && prev.pos === "NOUN" && PERSON_NOUNS.test(prev.norm) && ctx.tokens[p + 2]?.pos === "PROPN" && ctx.tokens[p + 3]?.norm === ".") return "firm";
  // A determiner opens a phrase: only "of" or "and" may come before it inside one ("director of the FBI").
  if (cur.pos === "DET" && prev.norm !== "of") return "stop";
  // So do a possessive and a quantifier: "the kind of jurist | many Republicans fear", "some ways | his campaign".
  if ((POSSESSIVE_PRONOUNS.has(cur.norm) || OPENING_QUANTIFIERS.has(cur.norm)) && (prev.pos === "NOUN" || prev.pos === "PROPN" || prev.pos === "ADJ")) return "stop";
  if (NOUN_PHRASE_POS.has(prev.pos) || isMistaggedName(ctx, p)) return RELATIVE_PRONOUNS.has(prev.norm) ? "stop" : "firm";
  // "on either side", "Either camp": wink tags "either" a conjunction; after a preposition or opening the sentence,
  // before a noun, it is the determiner.
  if (prev.norm === "either" && cur.pos === "NOUN" && (before?.pos === "ADP" || startsSentence(ctx, p))) return "firm";
  // "That official said": wink tags a demonstrative opening the sentence as a pronoun; before a singular person noun it is
  // the noun's determiner ("That pilots doubt it" opens a subject clause; inside a sentence "that" before a noun may
  // open a relative clause: "the fee that pilots said ..."). Only persons: with any noun ("That rumour seems ...")
  // the longer subject changed which of two overlapping readings won, and cost train a cue and a content.
  if (prev.norm === "that" && cur.pos === "NOUN" && cur.norm === cur.lemma && PERSON_NOUNS.test(cur.norm) && startsSentence(ctx, p)) return "firm";
  if (prev.pos === "PRON") return POSSESSIVE_PRONOUNS.has(prev.norm) ? "firm" : "stop";
  if (isPossessiveMarker(prev)) return "firm";
  if (prev.norm === "&") return "firm";
  if (prev.norm === "-" || prev.norm === "/") return prev.end === cur.start ? "firm" : "stop";
  // "Sen." split into "Sen" + ".": the period is attached to the word before it.
  if (prev.norm === "." && before && before.end === prev.start && before.pos === "PROPN") return "firm";
  // "an average of polls", "a slew of leaders", "the attorney general of the state": wink may tag the noun before "of"
  // as an adjective or a verb.
  // "the port's chief of staff": after an owner too.
  const ownedAdjective = before?.pos === "ADJ" && ctx.tokens[p - 2] !== undefined && isPossessiveMarker(ctx.tokens[p - 2] as Token);
  const mistaggedNoun = before !== undefined && (isMistaggedNoun(ctx, p - 1) || isNominalAdjective(ctx, p - 1) || ownedAdjective);
  if (prev.norm === "of" && before && (before.pos === "NOUN" || before.pos === "PROPN" || mistaggedNoun)) return cur.pos !== "PRON" || POSSESSIVE_PRONOUNS.has(cur.norm) || COUNTED_PRONOUNS.has(cur.norm) ? "firm" : "stop";
  return "stop";
}

/**
 * "Sen. Ann Berg (R-Ohio) and Rep. Ole Lund (D-Iowa)": the name a party or state in brackets follows, when the bracket
 * closes just before the "and" at `i`. Returns the index of the name's last word, or null.
 */
function nameBeforeParenthesis(ctx: AttributionContext, i: number, floor: number): number | null {
  if ((ctx.tokens[i] as Token).norm !== "and" || ctx.tokens[i - 1]?.norm !== ")") return null;
  let open = i - 2;
  while (open > floor && i - open < 8 && (ctx.tokens[open] as Token).norm !== "(" && (ctx.tokens[open] as Token).norm !== ")") open--;
  return (ctx.tokens[open] as Token).norm === "(" && open - 1 >= floor && ctx.tokens[open - 1]?.pos === "PROPN" ? open - 1 : null;
}

/**
 * "a slew of", "an earlier report in", "Lund's address in": a word wink tags as a verb after a determiner or an owner
 * (with at most an adjective or adverb between) is a noun.
 */
function isMistaggedNoun(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i];
  const prev = ctx.tokens[i - 1];
  if (t === undefined || prev === undefined || t.pos !== "VERB") return false;
  const owner = (k: number) => {
    const x = ctx.tokens[k];
    return x !== undefined && (x.pos === "DET" || (isPossessiveMarker(x) && !isQuoteMarkAt(ctx, k)) || POSSESSIVE_PRONOUNS.has(x.norm));
  };
  // After an adjective a finite form is the verb of its clause ("The routine begins with"); a bare or -ing form is not.
  const bare = t.norm === t.lemma || t.norm.endsWith(PARTICIPLE_SUFFIX);
  return owner(i - 1) || ((prev.pos === "ADJ" || prev.pos === "ADV") && bare && owner(i - 2));
}

/** "the mayor's thinking", "her reporting": an -ing form after its owner is a noun that may end a subject. */
function isOwnedGerund(ctx: AttributionContext, i: number): boolean {
  return (ctx.tokens[i] as Token).norm.endsWith(PARTICIPLE_SUFFIX) && isMistaggedNoun(ctx, i);
}

/** Do names joined by "and" start at `i` ("Ann Berg and Ole Lund")? */
function namesListAt(ctx: AttributionContext, i: number): boolean {
  let k = i;
  while (ctx.tokens[k]?.pos === "PROPN") k++;
  return k > i && ctx.tokens[k]?.norm === "and" && ctx.tokens[k + 1]?.pos === "PROPN";
}

/** Does a determiner or a number open the noun phrase whose head is at `i` ("the Syrian refugees", "two reasons")? */
function isDetermined(ctx: AttributionContext, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ((ctx.tokens[k] as Token).pos === "ADJ" || (ctx.tokens[k] as Token).pos === "NOUN")) k--;
  const t = ctx.tokens[k];
  return t !== undefined && (t.pos === "DET" || t.pos === "NUM");
}

/** Tags wink gives the words of a title-case phrase between its determiner and its noun ("The Most Powerful"). */
const TITLE_WORD_POS: ReadonlySet<string> = new Set(["ADJ", "ADV", "PROPN"]);

/** "The Most Powerful Things": a determiner or number before a title-case noun, across words wink reads as names. */
function isTitleDetermined(ctx: AttributionContext, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k > i - 5 && TITLE_WORD_POS.has((ctx.tokens[k] as Token).pos)) k--;
  const t = ctx.tokens[k];
  return t !== undefined && t.sentence === (ctx.tokens[i] as Token).sentence && (t.pos === "DET" || t.pos === "NUM");
}

/**
 * "the self-described democratic socialist": wink sometimes tags the head noun of a description as an adjective. So it
 * does the last part of a hyphenated compound ("the secretary-general", "the 45-year-old"), whose word before the
 * hyphen then stands for the word before it.
 */
function isNominalAdjective(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  const prev = i >= 2 && opensHyphenCompound(ctx.tokens, i - 2, ctx.text) ? ctx.tokens[i - 2] : ctx.tokens[i - 1];
  return t.pos === "ADJ" && prev !== undefined && (prev.pos === "ADJ" || prev.pos === "DET" || prev.pos === "PROPN" || prev.pos === "NOUN");
}

/**
 * The span of a quotation in tokens, last minus first, counting each mark as one token: a mark written as two
 * apostrophes (''Salt and Tide'') is two tokens, and without this it reads as a longer quotation than “Salt and Tide”.
 */
export function quoteLength(ctx: AttributionContext, q: Quote): number {
  let marks = 0;
  for (let k = q.firstToken; k <= q.lastToken; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.end <= q.innerStart || t.start >= q.innerEnd) marks++;
  }
  return q.lastToken - q.firstToken - Math.max(0, marks - 2);
}

/** A short quoted name or title: closed, at most five words, no sentence punctuation inside. */
export function isTitleQuote(ctx: AttributionContext, qi: number): boolean {
  const q = ctx.quotes[qi];
  if (!q || !q.closed || q.lastToken - q.firstToken > 6) return false;
  return !",.!?:;".includes(ctx.text[q.innerEnd - 1] ?? "");
}

/**
 * Subordinators wink may tag as prepositions or adverbs: "after a woman in Dover said", "when the mayor of Dover said";
 * wink tags "though", "although", "if" and "unless" as conjunctions, which open a clause already.
 */
const CLAUSE_SUBORDINATORS = new Set([...SUBORDINATORS].filter((w) => !["though", "although", "if", "unless"].includes(w)));

/** Where a subject may begin: the sentence start, or after a comma, conjunction, quote, colon or dash. */
export function isClauseOpener(ctx: AttributionContext, i: number, floor: number): boolean {
  if (i <= floor) return true;
  const prev = ctx.tokens[i - 1] as Token;
  return prev.norm === "," || prev.pos === "CCONJ" || prev.pos === "SCONJ" || isQuoteMarkAt(ctx, i - 1) || prev.norm === ":" || prev.norm === ";" || DASH_WORDS.has(prev.norm) || prev.norm === "(" || prev.norm === "." || prev.norm === "that";
}

/**
 * May a subject start at `i`? At a clause opener, after a sentence adverb ("Yet many pilots at the base say", "Even
 * Lund, a harbour pilot, says") or after a subordinator wink tags as a preposition or adverb ("when the mayor said").
 */
export function opensSubjectClause(ctx: AttributionContext, i: number, floor: number): boolean {
  return isClauseOpener(ctx, skipAdverbsLeft(ctx, i - 1) + 1, floor) || (i > floor && CLAUSE_SUBORDINATORS.has((ctx.tokens[i - 1] as Token).norm));
}

/**
 * "those around him", "someone with them": an object pronoun after the preposition of a pronoun head's company ends
 * that head's phrase (leftStep takes the preposition and the head), though no pronoun in the object case heads one.
 */
export function closesPronounCompany(ctx: AttributionContext, last: number): boolean {
  const preposition = ctx.tokens[last - 1];
  const head = ctx.tokens[last - 2];
  return OBJECT_PRONOUNS.has((ctx.tokens[last] as Token).norm) && preposition?.pos === "ADP" && INNER_PREPOSITIONS.has(preposition.norm) && head !== undefined && PRONOUN_HEADS.has(head.norm);
}

/** "it" or an object pronoun ("you", "them") right after a verb or preposition: that word's object, which no subject coordination runs through. */
function isObjectAfterHead(pronoun: Token, before: Token | undefined): boolean {
  return (pronoun.norm === "it" || OBJECT_PRONOUNS.has(pronoun.norm)) && (before?.pos === "VERB" || before?.pos === "ADP");
}

/**
 * "a source close to him", "aides to her": a phrase that names its speakers through a relation to a person
 * ends on that person's pronoun.
 */
function relatedThroughPronoun(ctx: AttributionContext, last: number, floor: number): TokenSpan | null {
  const t = ctx.tokens[last] as Token;
  if (!OBJECT_PRONOUNS.has(t.norm) || ctx.tokens[last - 1]?.norm !== "to" || last - 2 < floor) return null;
  const relation = ctx.tokens[last - 2] as Token;
  if (!RELATION_WORDS.has(relation.norm)) return null;
  // "aides to him": the relation is the head; "a source close to him": the noun before "close" is.
  const head = relation.pos === "NOUN" ? last - 2 : last - 3;
  const phrase = head >= floor ? phraseEndingAt(ctx, head, floor) : null;
  return phrase ? { first: phrase.first, last } : null;
}

/**
 * The noun phrase whose last token is `last`, not reaching before `floor`.
 * Returns null when `last` cannot end a noun phrase.
 */
export function phraseEndingAt(ctx: AttributionContext, last: number, floor: number): TokenSpan | null {
  const t = ctx.tokens[last];
  if (!t || last < floor) return null;
  const related = relatedThroughPronoun(ctx, last, floor);
  if (related) return related;
  if (isPersonalPronoun(t) && !isCountedPronoun(ctx, last)) return { first: last, last };
  if (isRelativePronoun(t)) {
    // "both of whom", "many of which", "two of whom"
    const of = ctx.tokens[last - 1];
    const quantifier = ctx.tokens[last - 2];
    if (of?.norm === "of" && quantifier && last - 2 >= floor && (QUANTIFIERS.has(quantifier.norm) || PRONOUN_HEADS.has(quantifier.norm) || quantifier.pos === "NUM")) return { first: last - 2, last };
    return { first: last, last };
  }
  let end = last;
  // "Sen. Ann Berg (R-Ohio)": a parenthesis closing a name belongs to it, and so does a longer description in one
  // ("Sen. Ole Lund (a pilot so young he has been taken for a cadet)").
  if (t.norm === ")") {
    let open = last - 1;
    while (open > floor && last - open < 20 && (ctx.tokens[open] as Token).norm !== "(") open--;
    if ((ctx.tokens[open] as Token).norm !== "(") return null;
    end = open - 1;
    const head = ctx.tokens[end];
    if (!head || end < floor || !canHead(head)) return null;
  } else if (participleTail(ctx, last, floor) !== null) {
    // "A court filing dated Thursday said": the participle (and its time) belongs to the subject.
    end = (participleTail(ctx, last, floor) as number) - 1;
  } else if (!canHead(t) && !isNominalAdjective(ctx, last) && !isMistaggedName(ctx, last) && !isCountedPronoun(ctx, last) && !isFractionAfterCount(ctx, last) && !isOwnedGerund(ctx, last) && !closesPronounCompany(ctx, last)) return null;
  // Grow leftwards; steps through "and" or a preposition hold only if the phrase then starts a clause.
  let first = end;
  let firmFirst = end;
  let tentative = end !== last && t.norm !== ")";
  while (first - 1 >= floor) {
    const named = nameBeforeParenthesis(ctx, first, floor);
    if (named !== null) {
      first = named;
      continue;
    }
    const step = leftStep(ctx, first - 1, ctx.tokens[first] as Token);
    if (step === "stop") break;
    if (step === "tentative") tentative = true;
    first--;
    // "the “Tide Is the New Wave” star": a quoted title is one word of the phrase, whatever its own words are tagged.
    const qi = ctx.quoteOf[first] as number;
    if (qi !== -1 && ctx.quoteOf[first + 1] !== qi && isTitleQuote(ctx, qi)) first = Math.max(floor, (ctx.quotes[qi] as Quote).firstToken);
    if (!tentative) firmFirst = first;
  }
  // "One reason Democrats and unions say": the subject of a relative clause without "that" opens that clause.
  if (tentative && !opensSubjectClause(ctx, first, floor) && !headsRelativeBefore(ctx, first - 1, ctx.tokens[first] as Token)) {
    if (end !== last && t.norm !== ")") return null;
    first = firmFirst;
  }
  // A phrase cannot start on a connector picked up in the middle.
  while (first < end && isConnector(ctx.tokens[first] as Token) && !(ctx.tokens[first + 1]?.norm === "least" || ctx.tokens[first + 1]?.norm === "most")) first++;
  return { first, last };
}

function isConnector(t: Token): boolean {
  return t.norm === "of" || t.norm === "." || (t.pos === "ADP" && INNER_PREPOSITIONS.has(t.norm)) || t.norm === "and" || t.norm === "&" || t.norm === "-" || t.norm === "/" || isPossessiveMarker(t);
}

/**
 * "said Ann Hale, the mayor of Fort Marrow", "said Will Berg", "said Rook": wink tags some capitalised name
 * words as verbs. A capitalised verb inside a sentence, not after a quote mark or colon that could open one, is a name.
 */
export function isMistaggedName(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i];
  const prev = ctx.tokens[i - 1];
  if (!t || (t.pos !== "VERB" && t.pos !== "AUX") || !/^[A-Z][a-z]/.test(t.text)) return false;
  if (opensWithGivenName(ctx, i) || opensWithGivenName(ctx, i - 1)) return true;
  if (!prev) return false;
  // "Group Will Run Ads": in a title-case headline a modal goes on to its verb.
  if ((t.pos === "AUX" && ctx.tokens[i + 1]?.pos !== "PROPN") || prev.pos === "AUX") return false;
  return ctx.sentenceOf[i - 1] === ctx.sentenceOf[i] && !isSentencePunct(prev) && !isQuoteMarkAt(ctx, i - 1) && prev.norm !== ":";
}

/**
 * "Will Berg said", "Hope Olsen told": a given name that is also a modal or a verb opens the sentence, a capitalised
 * word follows, then an inflected verb; a question's modal would take a bare one ("Will Berg sail?").
 */
function opensWithGivenName(ctx: AttributionContext, i: number): boolean {
  if (!startsSentence(ctx, i) || !isFirstName(ctx.tokens[i]?.text ?? "") || !/^\p{Lu}\p{Ll}/u.test(ctx.tokens[i + 1]?.text ?? "")) return false;
  // "Will Berg, the coach, said": an age or a description set off by commas may stand before the verb; a modal
  // never takes one, a verb opening an imperative may.
  let v = i + 2;
  if (isComma(ctx.tokens[v]) && ctx.tokens[i]?.pos === "AUX") {
    for (v++; v < i + 14 && ctx.tokens[v] !== undefined && !isComma(ctx.tokens[v]) && ctx.quoteOf[v] === -1 && !isSentencePunct(ctx.tokens[v] as Token); v++);
    if (!isComma(ctx.tokens[v]) || v === i + 3) return false;
    v++;
  }
  return verbInflection(ctx.tokens[v]) === "inflected" && ctx.sentenceOf[v] === ctx.sentenceOf[i];
}

/**
 * "..., Shall wrote.", "...,” Still said.": a capitalised word between a comma or a closing quotation mark and a verb of
 * saying in the past or third person is a surname that wink read as a modal, an adverb or a preposition.
 */
export function isSurnameBeforeSaying(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i];
  const verb = ctx.tokens[i + 1];
  if (!t || !verb || verb.pos !== "VERB" || verb.norm === verb.lemma || NOT_SURNAME_POS.has(t.pos) || ctx.quoteOf[i] !== -1) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  // "Will says ...", "while Will believes ...": a modal never takes an inflected verb, so a capitalised one before a
  // cue verb is a surname wherever it stands; not in a title-case headline ("Lund May Have Said").
  if (MODALS.has(t.norm) && CUE_FRAMES.has(verb.lemma) && /^\p{Ll}/u.test(verb.text)) return true;
  if (CUE_FRAMES.get(verb.lemma) !== "speech") return false;
  // "“...” Still said the mayor", "Then said Berg": a noun phrase right after the verb is its inverted subject, and the
  // capitalised word an adverb opening the sentence.
  const after = ctx.tokens[i + 2];
  if (after && (after.pos === "DET" || after.pos === "PROPN") && ctx.quoteOf[i + 2] === -1) return false;
  const qi = ctx.quoteOf[i - 1];
  return isComma(ctx.tokens[i - 1]) ? qi === -1 : qi !== undefined && qi !== -1 && ctx.quotes[qi]?.lastToken === i - 1;
}

const NOT_SURNAME_POS: ReadonlySet<string> = new Set(["PROPN", "NOUN", "PRON", "DET", "NUM", "PUNCT"]);

/** "de Blasio", "van der Berg", "al-Assad": a lower-case particle that wink may tag as foreign is part of the name after it. */
const NAME_PARTICLES = new Set(["de", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la", "al", "el", "bin", "ibn", "dos", "das"]);

function isNameParticle(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && NAME_PARTICLES.has(t.norm) && t.pos !== "DET" && t.pos !== "ADP" && (ctx.tokens[i + 1]?.pos === "PROPN" || isNameParticle(ctx, i + 1));
}

/** Can `next` continue a phrase to the right? */
function extendsRight(ctx: AttributionContext, n: number): boolean {
  const next = ctx.tokens[n] as Token;
  const prev = ctx.tokens[n - 1] as Token;
  if (ctx.quoteOf[n] !== ctx.quoteOf[n - 1]) return false;
  // A time after a phrase is the clause's adjunct ("the council Tuesday"); one before a noun modifies it ("a daily briefing").
  if (ctx.timeToken[n] && !ctx.timeToken[n - 1] && !modifiesNextNoun(ctx, n)) return false;
  if (next.pos === "DET" && prev.norm !== "of" && prev.norm !== "and") return false;
  if (NOUN_PHRASE_POS.has(next.pos) || isMistaggedName(ctx, n)) return !RELATIVE_PRONOUNS.has(next.norm);
  if (isPossessiveMarker(next)) return true;
  // "said a registered Republican": a participle between the article and its noun grades the noun.
  if (next.pos === "VERB" && ctx.tokens[n + 1] !== undefined && ctx.quoteOf[n + 1] === ctx.quoteOf[n] && isPrenominalParticiple(ctx, n, ctx.tokens[n + 1] as Token)) return true;
  // "some of his rivals": an owner after "of".
  if (prev.norm === "of" && POSSESSIVE_PRONOUNS.has(next.norm)) return true;
  if ((next.norm === "-" || next.norm === "/") && next.start === prev.end) return true;
  // "Oslo-based", "the 46-year-old": a word glued on by a hyphen; "Rev." / "L." abbreviations.
  if (prev.norm === "-" && prev.end === next.start) return true;
  if (next.norm === "." && next.start === prev.end && prev.pos === "PROPN") return true;
  const after = ctx.tokens[n + 1];
  if (next.norm === "of" && (prev.pos === "NOUN" || prev.pos === "PROPN") && after && NOUN_PHRASE_POS.has(after.pos)) return true;
  if ((next.norm === "and" || next.norm === "&") && prev.pos === "PROPN" && after?.pos === "PROPN") return true;
  // "by Lund and some harbour workers", "the press and voters": a second member after a nominal head, unless a verb
  // of its own makes it a new clause ("was criticized by Lund and the board voted it down").
  if (next.norm === "and" && NOMINAL.has(prev.pos) && after && (after.pos === "DET" || after.pos === "NOUN" || after.pos === "PROPN" || POSSESSIVE_PRONOUNS.has(after.norm)) && !verbSoonAfter(ctx, n + 1)) return true;
  // "some of his rivals", "one of the aides": a quantifier heads a phrase through "of".
  if (next.norm === "of" && (QUANTIFIERS.has(prev.norm) || PRONOUN_HEADS.has(prev.norm)) && after && (NOUN_PHRASE_POS.has(after.pos) || POSSESSIVE_PRONOUNS.has(after.norm))) return true;
  return false;
}

/**
 * "according to the “Harbour Safety” report": a short quoted title opening at `n` between a determiner and its noun
 * is part of the phrase, as it is on the left ("a “Vote Early” badge").
 */
export function opensTitleInPhrase(ctx: AttributionContext, n: number): boolean {
  const qi = ctx.quoteOf[n] as number;
  const q = ctx.quotes[qi];
  if (!q || q.firstToken !== n || !isTitleQuote(ctx, qi)) return false;
  const prev = ctx.tokens[n - 1] as Token;
  return (prev.pos === "DET" || POSSESSIVE_PRONOUNS.has(prev.norm)) && ctx.tokens[q.lastToken + 1]?.pos === "NOUN";
}

function modifiesNextNoun(ctx: AttributionContext, n: number): boolean {
  const after = ctx.tokens[n + 1];
  // "a Monday editorial", "a 2008 Clinton veteran": after a determiner a time can only modify the noun or name it stands before.
  const named = after?.pos === "PROPN" && ctx.tokens[n - 1]?.pos === "DET";
  return ((ctx.tokens[n] as Token).pos === "ADJ" || ctx.tokens[n - 1]?.pos === "DET") && after !== undefined && (after.pos === "NOUN" || named) && !ctx.timeToken[n + 1];
}

/** The noun phrase starting at `first`, not reaching past `ceiling`. */
export function phraseStartingAt(ctx: AttributionContext, first: number, ceiling: number): TokenSpan | null {
  const t = ctx.tokens[first];
  if (!t || first > ceiling) return null;
  if (isPersonalPronoun(t)) return { first, last: first };
  // "said half of the weavers", "none of them": wink may tag the quantifier an adverb; before "of" it heads the phrase.
  const counted = QUANTIFIERS.has(t.norm) && ctx.tokens[first + 1]?.norm === "of";
  if (!counted && !NOUN_PHRASE_POS.has(t.pos) && !isMistaggedName(ctx, first) && !isNameParticle(ctx, first) && !(t.pos === "PRON" && (POSSESSIVE_PRONOUNS.has(t.norm) || PRONOUN_HEADS.has(t.norm)))) return null;
  let last = first;
  while (last + 1 <= ceiling && extendsRight(ctx, last + 1)) last++;
  // "Sen. Ann Berg (R-Ohio)"
  if (ctx.tokens[last + 1]?.norm === "(") {
    let close = last + 2;
    while (close <= ceiling && close - last < 8 && (ctx.tokens[close] as Token).norm !== ")") close++;
    if (close <= ceiling && (ctx.tokens[close] as Token).norm === ")") last = close;
  }
  const headable = (i: number) => canHead(ctx.tokens[i] as Token) || isMistaggedName(ctx, i);
  while (last > first && (isConnector(ctx.tokens[last] as Token) || !headable(last)) && (ctx.tokens[last] as Token).norm !== ")" && !gluedByHyphen(ctx, last)) last--;
  if (!headable(last) && (ctx.tokens[last] as Token).norm !== ")" && !gluedByHyphen(ctx, last)) return null;
  // "told those around him that ...": the company after a pronoun head belongs to it, as closesPronounCompany reads
  // it leftwards; an owner's pronoun before a noun ("with her crew") does not end it.
  if (last + 2 <= ceiling && ctx.tokens[last + 2] !== undefined && closesPronounCompany(ctx, last + 2) && !NOUN_PHRASE_POS.has(ctx.tokens[last + 3]?.pos ?? "")) return { first, last: last + 2 };
  return { first, last };
}

function gluedByHyphen(ctx: AttributionContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  const t = ctx.tokens[i] as Token;
  return prev !== undefined && prev.norm === "-" && prev.end === t.start && t.pos !== "PUNCT";
}

export function hasProperNoun(ctx: AttributionContext, span: TokenSpan): boolean {
  for (let i = span.first; i <= span.last; i++) if ((ctx.tokens[i] as Token).pos === "PROPN") return true;
  return false;
}

/** The first token from i on that is not an adverb ("..., falsely suggesting"). */
export function skipAdverbsRight(ctx: AttributionContext, i: number): number {
  let k = i;
  while (k < ctx.tokens.length && (ctx.tokens[k] as Token).pos === "ADV") k++;
  return k;
}

/** The last token from j back that is not an adverb outside quotations ("and then said"). */
export function skipAdverbsLeft(ctx: AttributionContext, j: number): number {
  while (j >= 0 && (ctx.tokens[j] as Token).pos === "ADV" && ctx.quoteOf[j] === -1) j--;
  return j;
}

export function isComma(t: Token | undefined): boolean {
  return t !== undefined && t.norm === ",";
}

/** Is there a comma outside quotations among tokens `first`..`last`? */
export function commaOutsideQuotes(ctx: AttributionContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (isComma(ctx.tokens[k]) && ctx.quoteOf[k] === -1) return true;
  return false;
}

export function isSentencePunct(t: Token | undefined): boolean {
  return t !== undefined && (t.norm === "." || t.norm === "!" || t.norm === "?");
}

/** Does a verb come within five tokens from `from`, before any punctuation? */
export function verbSoonAfter(ctx: AttributionContext, from: number): boolean {
  for (let k = from; k < from + 5; k++) {
    const t = ctx.tokens[k];
    if (!t || t.pos === "PUNCT") return false;
    if (t.pos === "VERB" || t.pos === "AUX") return true;
  }
  return false;
}

export const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "during"]);

/**
 * "Ines Dorn at a rally said", "Oda Lind in her speech called the fee a scandal": a phrase naming the occasion of
 * the words, between a named subject and its verb, tells where they were said, as "on Tuesday" tells when. Returns
 * the index of its preposition when the phrase ends at `j` right after a name or a personal pronoun, else null.
 */
export function occasionEndingAt(ctx: AttributionContext, j: number, floor: number): number | null {
  const t = ctx.tokens[j];
  if (!t || t.pos !== "NOUN" || !EVENT_NOUNS.test(t.norm)) return null;
  let k = j;
  while (k - 1 > floor && COMMON_PHRASE_POS.has((ctx.tokens[k - 1] as Token).pos) && ctx.quoteOf[k - 1] === -1) k--;
  if (POSSESSIVE_PRONOUNS.has(ctx.tokens[k - 1]?.norm ?? "") && k - 1 > floor) k--;
  const preposition = ctx.tokens[k - 1];
  const before = ctx.tokens[k - 2];
  if (!preposition || !before || k - 2 < floor || !OCCASION_PREPOSITIONS.has(preposition.norm) || preposition.pos !== "ADP") return null;
  return before.pos === "PROPN" || isPersonalPronoun(before) ? k - 1 : null;
}

/**
 * Does this noun name people ("the villagers", "the cellists")? The role lexicon knows titles and trades; the
 * entity stage's plural subjects ("villagers", "locals") and "-ist"/"-ian" plurals fill in groups it leaves out ("-er"
 * plurals are as often things: "papers", "orders").
 */
export function namesPeople(head: Token): boolean {
  return isRoleWord(head.norm) || PERSON_NOUNS.test(head.norm) || COMMON_SUBJECTS.has(head.norm) || PEOPLE_SUFFIX.test(head.norm);
}

const PEOPLE_SUFFIX = /(?:ist|ian)s$/;
