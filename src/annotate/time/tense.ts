// Which way a bare weekday, month or date points. The verb nearest the expression in its clause
// decides: a modal ("will meet on Friday") or a plan ("is expected to join in April") points ahead, a
// past form ("was last seen Nov. 3", "changed in December") points back, a present form says nothing.
// A signal word right before the expression overrides: "until"/"as soon as"/"effective" ahead, "since"/
// "ended" back. With no cue the caller chooses (weekdays go back in news; months and dates to the nearest).

import type { AnnotatedDoc, Token } from "../../model/types.js";
import type { Tense } from "./candidate.js";
import { WEEKDAYS } from "./lexicon.js";

const MODALS = new Set(["will", "'ll", "shall", "wo"]);
/**
 * Modals of what would or may happen: reported plans ("said the talks would resume Tuesday") and
 * possibilities ("the Senate may vote Monday") lie ahead. With a perfect ("would have voted", "may have
 * left") they look back. "Could" is left out: as the past of "can" it is a past tense ("could not be
 * reached Tuesday").
 */
const HYPOTHETICAL_MODALS = new Set(["would", "might", "may", "should"]);
const PERFECT_HAVE = new Set(["have", "'ve"]);
const PLAN_WORDS = new Set(["expected", "scheduled", "due", "set", "slated", "going", "supposed", "planning", "poised", "forecast", "predicted", "projected", "likely", "unlikely"]);
/** "plans to hold", "hopes to finish": intentions before an infinitive point ahead. */
const INTENT_WORDS = new Set([...PLAN_WORDS, "plans", "plan", "intends", "intend", "wants", "want", "hopes", "hope", "aims", "aim", "promised", "agreed"]);
const PLANNED = new Set(["planned", "scheduled", "slated", "set", "due", "expected", "postponed", "delayed", "rescheduled"]);
const PUT_OFF_VERBS = new Set(["push", "put", "move", "set"]);
const PUT_OFF_PARTICLES = new Set(["back", "off"]);
const PRESENT_BE = new Set(["is", "are", "'s", "'re", "am"]);
const PRESENT_FORMS = new Set(["is", "are", "am", "'s", "'re", "'m", "do", "does", "has", "have", "'ve", "can", "may", "must"]);
const CLAUSE_BREAKS = new Set([";", ":", ",", "but", "while", "after", "before", "when", "since", "because", "although", "and", '"', "``", "''"]);
const STRONG_BREAKS = new Set([";", ":", '"', "``", "''"]);
const BACKWARD_SIGNALS = new Set(["since", "ended", "ending"]);
const FORWARD_SIGNALS = new Set(["until", "till", "effective", "expire", "expires", "starting", "beginning"]);
const UNTIL = new Set(["until", "till"]);
const CONDITIONS = new Set(["if", "unless"]);
const CONDITION_BREAKS = new Set([...STRONG_BREAKS, ",", "but", "while", "because", "although", "when"]);
const PAST_PERFECT = new Set(["had", "'d"]);
/** Verbs of a state that goes on: with "until" in the past they say when it stopped. */
const LASTING_VERBS = new Set(["stay", "remain", "last", "continue", "wait", "be", "keep", "hold", "live", "work", "serve", "run", "close", "shut", "sit", "stand"]);
/** Verbs of events that are scheduled: in the present with a day, they read off a timetable. */
const TIMETABLE_VERBS = new Set([
  "start", "begin", "open", "close", "end", "finish", "conclude", "resume", "reopen", "meet", "convene", "vote", "go",
  "leave", "arrive", "travel", "fly", "visit", "return", "head", "face", "hold", "host", "play", "kick", "launch",
  "hear", "rule", "sit", "expire", "speak", "address", "unveil", "release", "debut", "premiere", "take", "hand", "tour",
]);
/** What may stand between a verb and its day: adverbs, a short object, a place ("go to the polls on Sunday"). */
const OBJECT_POS = new Set(["ADV", "DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM", "ADP", "PART"]);
/** Subjects a bare present verb agrees with ("they meet"); "I"/"you" are rare in news copy's narration. */
const PLURAL_SUBJECTS = new Set(["they", "we"]);
/** How far back a verb group reaches: "is expected to be able to reopen" is seven words. */
const MAX_VERB_GROUP = 8;
const VERB_GROUP_POS = new Set(["VERB", "AUX", "PART", "ADV"]);
/** Verbs of saying and telling, whose content may lie ahead of their own past tense. */
const SAYING_VERBS = new Set([
  "say", "tell", "talk", "speak", "announce", "report", "state", "add", "explain", "predict", "warn", "discuss",
  "confirm", "reveal", "disclose", "promise", "pledge", "indicate", "note", "write", "inform", "notify", "mention",
]);
/** Nouns a date before them names as still ahead: "the Jan. 14 deadline". */
const FORWARD_NOUNS = new Set(["deadline", "meeting", "summit", "vote", "election", "hearing", "talks", "trial", "auction"]);

/** The verb whose clause holds token `at`. */
function clauseVerb(tokens: readonly Token[], from: number, to: number, at: number): number | undefined {
  // "On Tuesday, the league will vote": a fronted phrase takes the verb of the clause after the comma.
  return nearestVerb(tokens, from, to, at, CLAUSE_BREAKS) ?? nearestVerb(tokens, from, to, at, STRONG_BREAKS);
}

/**
 * Is the verb of the clause holding the offset one of saying, with the offset after it ("talked about
 * the visit in September", "told customers of a cutback in September")? What was said may be about
 * what is still to come.
 */
export function reportedAt(doc: AnnotatedDoc, sentence: number, offset: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  const at = firstTokenFrom(doc.tokens, s.tokenStart, s.tokenEnd, offset);
  const verb = clauseVerb(doc.tokens, s.tokenStart, s.tokenEnd, at);
  // "In April, the company reported a loss": a time before the verb of saying dates the saying itself,
  // which the past tense puts behind; only what follows the verb can be part of what was said.
  return verb !== undefined && verb < at && SAYING_VERBS.has((doc.tokens[verb] as Token).lemma);
}

/** Tense of the clause holding a character offset within a sentence. */
export function tenseAt(doc: AnnotatedDoc, sentence: number, offset: number): Tense {
  const s = doc.sentences[sentence];
  if (!s) return "unknown";
  const tokens = doc.tokens;
  const at = firstTokenFrom(tokens, s.tokenStart, s.tokenEnd, offset);
  const verb = clauseVerb(tokens, s.tokenStart, s.tokenEnd, at);
  const groupStart = verb === undefined ? undefined : verbGroupStart(tokens, s.tokenStart, verb);
  const signal = signalBefore(tokens, s.tokenStart, at);
  // "Until Thursday, they had not named him", "it stayed shut until Thursday": a span that ended then.
  if (signal === "future" && verb !== undefined && groupStart !== undefined && UNTIL.has((tokens[at - 1] as Token).norm) && spanHasEnded(tokens, groupStart, verb, s.tokenEnd)) return "past";
  if (signal) return signal;
  if (forwardPhraseBefore(tokens, s.tokenStart, at) && !pastClauseDatedBefore(tokens, s.tokenStart, at, verb, groupStart)) return "future";
  if (FORWARD_NOUNS.has(nextNounAfter(tokens, at, s.tokenEnd))) return "future";
  if (appointedFor(tokens, s.tokenStart, at)) return "future";
  if (scheduledByCopula(tokens, s.tokenStart, at)) return "future";
  if (openCondition(tokens, s.tokenStart, at)) return "future";
  if (verb === undefined || groupStart === undefined) return "unknown";
  const tense = tenseOfVerbGroup(tokens, groupStart, verb);
  // "would appeal Thursday's ruling": a day owned by a noun dates that noun's event, which a modal of
  // what would happen does not place; "will attend Thursday's meeting" still looks ahead.
  if (tense === "future" && (tokens[at + 1] as Token | undefined)?.norm === "'s" && hasHypotheticalModal(tokens, groupStart, verb)) return "unknown";
  // The timetable reading needs the verb to govern the day: "starts Monday", not "Monday's vote".
  if (tense === "unknown" && groupStart === verb && governsDirectly(tokens, verb, at) && isScheduledPresent(tokens, verb)) return "future";
  return tense;
}

/**
 * The first word of the verb group ending at `verb`, walking back over verbs, auxiliaries, "to",
 * adverbs and plan words: "is expected to reopen to traffic" is one group even where the tagger
 * reads "traffic" as a verb, so the plan ("is expected to") still governs it.
 */
function verbGroupStart(tokens: readonly Token[], sentenceStart: number, verb: number): number {
  let first = verb;
  for (let i = verb - 1; i >= sentenceStart && verb - i <= MAX_VERB_GROUP; i--) {
    const t = tokens[i] as Token;
    if (!VERB_GROUP_POS.has(t.pos) && !INTENT_WORDS.has(t.norm)) break;
    first = i;
  }
  return first;
}

/**
 * "until Tuesday" after a state that lasted ("the road stayed closed until Tuesday") or a past perfect
 * ("until Tuesday, the police had not named him") marks a span that ended then. After other past
 * verbs it is often a new end still ahead ("extended the offer until Tuesday"), as it is in the present.
 */
function spanHasEnded(tokens: readonly Token[], groupStart: number, verb: number, sentenceEnd: number): boolean {
  if (isPastPerfect(tokens, groupStart, sentenceEnd)) return true;
  return LASTING_VERBS.has((tokens[verb] as Token).lemma) && tenseOfVerbGroup(tokens, groupStart, verb) === "past";
}

/**
 * The verb governs the day as its own adjunct: "starts Monday", "meet separately on Friday", "hears
 * the case on Monday". Not through another preposition ("covers the period from January") and not
 * when the day is owned by a noun ("Tuesday's vote").
 */
function governsDirectly(tokens: readonly Token[], verb: number, at: number): boolean {
  if (verb >= at || (tokens[at + 1] as Token | undefined)?.norm === "'s") return false;
  for (let i = verb + 1; i < at; i++) {
    const t = tokens[i] as Token;
    if (i === at - 1) return t.norm === "on" || t.norm === "in" || (OBJECT_POS.has(t.pos) && t.pos !== "ADP" && t.pos !== "PART");
    if (!OBJECT_POS.has(t.pos)) return false;
  }
  return true;
}

/**
 * "had named", "had not yet been", "'d left": "had" then a participle. "They had until Tuesday" has
 * no participle, and "'d" before a base form is "would" ("they'd stay").
 */
function isPastPerfect(tokens: readonly Token[], groupStart: number, sentenceEnd: number): boolean {
  const auxiliary = (tokens[groupStart] as Token).norm;
  if (!PAST_PERFECT.has(auxiliary)) return false;
  for (let i = groupStart + 1; i < sentenceEnd; i++) {
    const t = tokens[i] as Token;
    if (t.pos === "ADV" || t.pos === "PART") continue;
    if (t.pos !== "VERB" && t.pos !== "AUX") return false;
    return auxiliary === "had" || t.norm !== t.lemma;
  }
  return false;
}

/**
 * "The match is on Saturday", "the deadline is Nov. 30", "results are due on Thursday": a present
 * copula right before the day (or before a plan word and the day) says when something is to happen.
 * A day that has passed takes a past form ("was on Saturday").
 */
function scheduledByCopula(tokens: readonly Token[], sentenceStart: number, at: number): boolean {
  let i = at - 1;
  if (i >= sentenceStart && ["on", "in", "for"].includes((tokens[i] as Token).norm)) i--;
  if (i >= sentenceStart && PLAN_WORDS.has((tokens[i] as Token).norm)) i--;
  return i >= sentenceStart && PRESENT_BE.has((tokens[i] as Token).norm) && (tokens[i] as Token).pos === "AUX";
}

/** The noun right after the expression (skipping its own words): "the Jan. 14 deadline". */
function nextNounAfter(tokens: readonly Token[], from: number, to: number): string {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.pos === "NOUN") return t.norm;
    if (t.pos !== "PROPN" && t.pos !== "NUM" && t.pos !== "PUNCT") return "";
  }
  return "";
}

function firstTokenFrom(tokens: readonly Token[], from: number, to: number, offset: number): number {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).start >= offset) return i;
  return to;
}

/**
 * Phrases that put what follows still ahead of the clause: "ahead of Friday's vote", "pending Thursday's hearing".
 * Ahead of a past clause dated by a day of its own is ahead of that day, not of today ("shares fell on Thursday ahead
 * of Friday's report", told on Saturday), so they count only when the clause is not dated so.
 */
function pastClauseDatedBefore(tokens: readonly Token[], sentenceStart: number, at: number, verb: number | undefined, groupStart: number | undefined): boolean {
  if (verb === undefined || groupStart === undefined || tenseOfVerbGroup(tokens, groupStart, verb) !== "past") return false;
  for (let i = sentenceStart; i < at; i++) if (Object.hasOwn(WEEKDAYS, (tokens[i] as Token).norm)) return true;
  return false;
}

function forwardPhraseBefore(tokens: readonly Token[], sentenceStart: number, at: number): boolean {
  const beforeArticle = at - 1 >= sentenceStart && (tokens[at - 1] as Token).norm === "the" ? at - 1 : at;
  if (FORWARD_PHRASES.some((phrase) => endsWithPhrase(tokens, sentenceStart, beforeArticle, phrase))) return true;
  // "pending her next hearing April 19", "ahead of the board's vote on May 3": the phrase puts its noun phrase
  // ahead, and a date right after that phrase's event noun dates the event.
  let last = at - 1;
  if (last >= sentenceStart && (tokens[last] as Token).norm === "on") last--;
  if (last < sentenceStart || !FORWARD_NOUNS.has((tokens[last] as Token).norm)) return false;
  let first = last;
  while (first - 1 >= sentenceStart && last - first < MAX_NOUN_PHRASE && NOUN_PHRASE_WORDS.has((tokens[first - 1] as Token).pos)) first--;
  for (let k = first; k <= last; k++) if (FORWARD_PHRASES.some((phrase) => endsWithPhrase(tokens, sentenceStart, k, phrase))) return true;
  return false;
}

/** What a noun phrase between a forward phrase and its date is made of: "his next court hearing", "the board's vote". */
const NOUN_PHRASE_WORDS = new Set(["DET", "PRON", "ADJ", "NOUN", "PROPN", "PART"]);
const MAX_NOUN_PHRASE = 5;

const FORWARD_PHRASES = [["ahead", "of"], ["in", "advance", "of"], ["pending"], ["on", "the", "eve", "of"], ["in", "time", "for"]];

function endsWithPhrase(tokens: readonly Token[], sentenceStart: number, end: number, phrase: readonly string[]): boolean {
  if (end - phrase.length < sentenceStart) return false;
  return phrase.every((word, k) => (tokens[end - phrase.length + k] as Token).norm === word);
}

/** "until Tuesday", "as soon as Tuesday", "effective June 1" point ahead; "since March", "ended Sept. 30" back. */
function signalBefore(tokens: readonly Token[], sentenceStart: number, at: number): Tense | null {
  const prev = at - 1 >= sentenceStart ? (tokens[at - 1] as Token).norm : "";
  if (BACKWARD_SIGNALS.has(prev)) return "past";
  if (FORWARD_SIGNALS.has(prev)) return "future";
  const asSoonAs = at - 3 >= sentenceStart && (tokens[at - 3] as Token).norm === "as" && ["soon", "early"].includes((tokens[at - 2] as Token).norm);
  if (prev === "as" && asSoonAs) return "future";
  return null;
}

/** How far back from "for" an appointment's noun or plan word may stand: "a meeting of shop stewards for". */
const APPOINTMENT_REACH = 5;

/**
 * "called a meeting for Monday", "the hearing set for Friday", "scheduled for May 3": a day an
 * appointment is made for lies ahead of the making, whatever tense reports it.
 */
function appointedFor(tokens: readonly Token[], sentenceStart: number, at: number): boolean {
  if (at - 1 < sentenceStart || (tokens[at - 1] as Token).norm !== "for") return false;
  for (let i = at - 2; i >= sentenceStart && at - 1 - i <= APPOINTMENT_REACH; i--) {
    const t = tokens[i] as Token;
    if (FORWARD_NOUNS.has(t.lemma) || PLANNED.has(t.norm)) return true;
    if (CLAUSE_BREAKS.has(t.norm) || t.pos === "VERB") return false;
  }
  return false;
}

/**
 * "if they mail an offer by Nov. 22": a condition in the present (no past form between "if" and the
 * expression) is about what is still to come, whatever tense the sentence reports it in.
 */
function openCondition(tokens: readonly Token[], sentenceStart: number, at: number): boolean {
  for (let i = at - 1; i >= sentenceStart; i--) {
    const t = tokens[i] as Token;
    if (CONDITIONS.has(t.norm)) return true;
    // Not every clause break: "and" joins names inside a condition ("if Smith and Jones pay").
    if (CONDITION_BREAKS.has(t.norm) || isPastForm(t) || MODALS.has(t.norm)) return false;
  }
  return false;
}

/** The verb closest to token `at` within its clause: first looking back, then ahead. */
function nearestVerb(tokens: readonly Token[], from: number, to: number, at: number, breaks: ReadonlySet<string>): number | undefined {
  for (let i = at - 1; i >= from; i--) {
    const t = tokens[i] as Token;
    if (breaks.has(t.norm)) break;
    if (isVerb(tokens, i)) return i;
  }
  for (let i = at; i < to; i++) {
    const t = tokens[i] as Token;
    if (breaks.has(t.norm) && i > at) break;
    if (isVerb(tokens, i)) return i;
  }
  return undefined;
}

/**
 * A verb, not a participle used as an adjective ("a still unspecified date", "behind closed doors").
 * A gerund after a preposition ("by setting") stays a verb: it says the clause gives no tense.
 */
function isVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.pos !== "VERB" && t.pos !== "AUX") return false;
  let j = i - 1;
  while (j >= 0 && (tokens[j] as Token).pos === "ADV") j--;
  const before = tokens[j];
  if (!before) return true;
  if (before.pos === "ADP") return t.norm.endsWith("ing");
  return before.pos !== "DET" && before.pos !== "ADJ";
}

/**
 * The tense of the verb group ending at `verb`: a modal or a plan ("is expected to") makes it future;
 * otherwise its first verb, the finite one, decides ("to be completed" is not past, "was seen" is).
 */
function tenseOfVerbGroup(tokens: readonly Token[], first: number, verb: number): Tense {
  let finite = -1;
  for (let i = first; i <= verb; i++) {
    const t = tokens[i] as Token;
    if (MODALS.has(t.norm)) return "future";
    if (HYPOTHETICAL_MODALS.has(t.norm) && t.pos === "AUX") return PERFECT_HAVE.has(wordAfterAdverbs(tokens, i + 1, verb + 1)) ? "past" : "future";
    if (PLAN_WORDS.has(t.norm) && i > first && PRESENT_BE.has((tokens[i - 1] as Token).norm)) return "future";
    if (t.norm === "to" && i > first && INTENT_WORDS.has((tokens[i - 1] as Token).norm)) return "future";
    // "The king is to visit on Thursday": a present "be to" is an arrangement still ahead.
    if (t.norm === "to" && i > first && PRESENT_BE.has((tokens[i - 1] as Token).norm)) return "future";
    if (t.norm === "to") finite = -1;
    else if (finite < 0 && (t.pos === "VERB" || t.pos === "AUX")) finite = i;
  }
  // "was planned for early March": a plan made in the past is still about what comes after it.
  if (PLANNED.has((tokens[verb] as Token).norm)) return "future";
  // "pushed back to the autumn", "put off until June": a plan moved is moved ahead.
  if (PUT_OFF_VERBS.has((tokens[verb] as Token).lemma) && PUT_OFF_PARTICLES.has(tokens[verb + 1]?.norm ?? "")) return "future";
  const head = tokens[finite < 0 ? verb : finite] as Token;
  return isPastForm(head) ? "past" : "unknown";
}

function hasHypotheticalModal(tokens: readonly Token[], groupStart: number, verb: number): boolean {
  for (let i = groupStart; i <= verb; i++) if (HYPOTHETICAL_MODALS.has((tokens[i] as Token).norm)) return true;
  return false;
}

/** The first word from `from` (before `to`) that is not an adverb or particle ("would not have"). */
function wordAfterAdverbs(tokens: readonly Token[], from: number, to: number): string {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== "ADV" && t.pos !== "PART") return t.norm;
  }
  return "";
}

/**
 * "The trial starts Monday", "the two leaders meet Friday": in news a lone present-tense verb of a
 * scheduled event with a day is a timetable, so ahead. Other verbs in the present describe ("the
 * report covers January") or report ("says Monday"); a bare form counts only after its subject ("to
 * meet Monday" is no tense).
 */
function isScheduledPresent(tokens: readonly Token[], verb: number): boolean {
  const t = tokens[verb] as Token;
  if (t.pos !== "VERB" || !TIMETABLE_VERBS.has(t.lemma)) return false;
  if (t.norm !== t.lemma) return isThirdPersonPresent(t);
  const subject = tokens[verb - 1];
  return subject !== undefined && (subject.pos === "NOUN" || subject.pos === "PROPN" || (subject.pos === "PRON" && PLURAL_SUBJECTS.has(subject.norm)));
}

function isThirdPersonPresent(t: Token): boolean {
  const base = t.lemma;
  return t.norm === `${base}s` || t.norm === `${base}es` || t.norm === `${base.replace(/y$/, "")}ies`;
}

/** A past form: inflected (lemma differs), and not a present "-s" or "-ing" form or present auxiliary. */
function isPastForm(t: Token): boolean {
  if ((t.pos !== "VERB" && t.pos !== "AUX") || t.lemma === t.norm) return false;
  // "'d" is "had" or "would"; isPastPerfect tells them apart where it matters.
  if (t.norm.endsWith("ing") || PRESENT_FORMS.has(t.norm) || t.norm === "'d") return false;
  return !isThirdPersonPresent(t);
}
