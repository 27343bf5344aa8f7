import type { Token } from "../../model/types.js";
import { MODALS } from "../entities/lexicon.js";
import { type AttributionContext, isQuoteMarkAt } from "./context.js";
import { ARTICLES, ATTRIBUTION_NOUNS, COMMUNICATION_NOUNS, CUE_ADJUNCT_HEADS, CUE_FRAMES, type CueFrame, DASH_WORDS, isReportingVerb, NOUN_PHRASE_POS, OBJECT_PRONOUNS, PARTICIPLE_SUFFIX, QUESTION_WORDS, RELATIVE_PRONOUNS, SEQUENCE_WORDS, SUBORDINATORS, TIME_UNITS, TRAILING_TIME_ADVERBS } from "./lexicon.js";
import { commaOutsideQuotes, countAfterNoun, isComma, isPossessiveMarker, isSentencePunct, opensCountBound, phraseStartingAt, skipAdverbsRight, type TokenSpan, verbSoonAfter } from "./phrases.js";
import type { Quote } from "./quotes.js";

// Where content starts and stops: sentence bounds, the writer's own clauses that end a reported one,
// adjuncts after a cue, and quotations that run on.

/** Token bounds of the sentence holding token `i`: [first, last]. */
export function sentenceBounds(ctx: AttributionContext, i: number): TokenSpan {
  const s = ctx.sentences[ctx.sentenceOf[i]!];
  if (!s) return { first: i, last: i };
  return { first: s.tokenStart, last: s.tokenEnd - 1 };
}

const DISCOURSE_ADVERBIALS = new Set([
  "though", "however", "meanwhile", "too", "also", "instead", "nonetheless", "nevertheless", "moreover", "still",
  "on the other hand", "for his part", "for her part", "for their part", "for its part", "in turn", "in response",
  "in a statement", "in an interview", "in a tweet", "in a speech", "for example", "for instance", "in fact",
  "at the time", "in contrast", "by contrast", "in addition", "as well", "separately", "later", "earlier", "again",
  "for one", "at the same time", "it turned out", "of course", "in particular", "in other words",
  "at one point", "once again", "for the first time", "for the second time",
]);

/** "told the paper, however, that ...": step over a discourse adverbial and its comma at the start of the content. */
export function skipDiscourseAdverbial(ctx: AttributionContext, k: number, last: number): number {
  for (let end = k; end <= last && end - k < 4; end++) {
    if (!isComma(ctx.tokens[end])) continue;
    const words = ctx.tokens.slice(k, end).map((t) => t.norm).join(" ");
    return DISCOURSE_ADVERBIALS.has(words) ? end + 1 : k;
  }
  return k;
}

const ADVERBIAL_FIRST_WORDS: ReadonlySet<string> = new Set([...DISCOURSE_ADVERBIALS].filter((p) => p.includes(" ")).map((p) => p.split(" ")[0] as string));

/** The first token of a discourse adverbial of two to four words ending at `last` ("in particular"), or null. */
export function discourseAdverbialEndingAt(ctx: AttributionContext, last: number, floor: number): number | null {
  // Most stretches open no such phrase at any place: look no further.
  if (!ADVERBIAL_FIRST_WORDS.has(ctx.tokens[last - 1]?.norm ?? "") && !ADVERBIAL_FIRST_WORDS.has(ctx.tokens[last - 2]?.norm ?? "") && !ADVERBIAL_FIRST_WORDS.has(ctx.tokens[last - 3]?.norm ?? "")) return null;
  // Grow the phrase leftwards a word at a time rather than slicing and joining the tokens for each length.
  let words = (ctx.tokens[last] as Token).norm;
  for (let first = last - 1; first >= Math.max(floor, last - 3); first--) {
    words = `${(ctx.tokens[first] as Token).norm} ${words}`;
    if (DISCOURSE_ADVERBIALS.has(words)) return first;
  }
  return null;
}

/** If the commas at `comma` close a discourse adverbial (", though,"), the index of its opening comma; else null. */
export function discourseAdverbialBefore(ctx: AttributionContext, comma: number, floor: number): number | null {
  for (let k = comma - 1; k >= floor && comma - k <= 5; k--) {
    if (!isComma(ctx.tokens[k])) continue;
    const words = ctx.tokens.slice(k + 1, comma).map((t) => t.norm).join(" ");
    return DISCOURSE_ADVERBIALS.has(words) ? k : null;
  }
  return null;
}

/**
 * Index of the last token before the sentence-final punctuation, keeping a closing quote mark that ends it,
 * and a bracket that closes inside the content ("Ann Berg (R-Ohio)"); one opened before the content is the
 * writer's aside around it ("(He declined to say more.)") and goes with the punctuation.
 */
export function trimTrailingPunct(ctx: AttributionContext, first: number, last: number): number {
  let e = last;
  while (e > first) {
    const t = ctx.tokens[e] as Token;
    if (isQuoteMarkAt(ctx, e) && ctx.quoteOf[e] !== -1) break;
    // "called it ‘a tax on sailors.’": a single quotation opened inside the content closes with it.
    if (t.text === "\u2019" && singleQuoteOpensWithin(ctx, first, e)) break;
    if (t.pos !== "PUNCT" || ((t.norm === ")" || t.norm === "]") && opensWithin(ctx, first, e))) break;
    e--;
  }
  return e;
}

/** The last token from `first` on that ends by `end`. */
export function lastTokenBefore(ctx: AttributionContext, first: number, end: number): number {
  let k = first;
  while (k + 1 < ctx.tokens.length && (ctx.tokens[k + 1] as Token).end <= end) k++;
  return k;
}

/** Is there a "\u2018" at or after `first`, before `close`, with no "\u2019" closing it before `close`? */
function singleQuoteOpensWithin(ctx: AttributionContext, first: number, close: number): boolean {
  for (let k = close - 1; k >= first; k--) {
    const text = (ctx.tokens[k] as Token).text;
    if (text === "\u2019") return false;
    if (text === "\u2018") return true;
  }
  return false;
}

/**
 * "Pell (which said it would appeal) lost": content that begins inside a bracket ends where the bracket closes; the
 * words after it are the writer's.
 */
export function closesAsideAround(ctx: AttributionContext, from: number, i: number): boolean {
  const norm = (ctx.tokens[i] as Token).norm;
  return (norm === ")" || norm === "]") && !opensWithin(ctx, from, i);
}

/** Is the bracket closing at `close` opened at or after `first`? */
function opensWithin(ctx: AttributionContext, first: number, close: number): boolean {
  const closing = (ctx.tokens[close] as Token).norm;
  const opening = closing === ")" ? "(" : "[";
  let depth = 0;
  for (let k = close - 1; k >= first; k--) {
    const norm = (ctx.tokens[k] as Token).norm;
    if (norm === closing) depth++;
    else if (norm === opening && depth-- === 0) return true;
  }
  return false;
}

/** A participial cue after a comma ("..., adding that ...") opens a new statement. */
function isParticipleCue(ctx: AttributionContext, i: number): boolean {
  // Adverbs skipped after a comma may run to the end of the text ("..., falsely" closing it).
  return isGerund(ctx, i) && CUE_FRAMES.has((ctx.tokens[i] as Token).lemma);
}

/**
 * Words that, after a comma, open a clause of the writer's rather than more of the reported content.
 * PolNeAR keeps "because", "as", "when" and "after" clauses inside the content more often than not.
 */
const CLAUSE_BREAKERS = new Set([
  "which", "who", "whose", "where", "while", "whereas", "though", "although",
  "before", "despite", "even", "compared", "according", "since", "until", "unless", "whom",
]);

/**
 * Does token `i`, after a comma, open the writer's clause? "even though" and "even as" concede against the
 * content and stop it, as does a new action ("even donning a coat"); "even if", "even in a crisis" and
 * "even historic" qualify the content and belong to it.
 */
function breaksClause(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  // "not for X, but because of Y", "that A, but that B": "but" with no subject of its own carries the content on.
  if (t.norm === "but") return !BUT_CONTINUERS.has(ctx.tokens[i + 1]?.norm ?? "");
  // "..., with whom he clashed", "..., in which she called for": a relative clause led by its preposition is the writer's aside too.
  if (t.pos === "ADP" && ctx.quoteOf[i] === -1 && (ctx.tokens[i + 1]?.norm === "which" || ctx.tokens[i + 1]?.norm === "whom")) return true;
  if (t.norm !== "even") return CLAUSE_BREAKERS.has(t.norm);
  const next = ctx.tokens[i + 1];
  if (!next || EVEN_CONCESSIVES.has(next.norm)) return true;
  return !(next.pos === "ADP" || next.pos === "SCONJ" || next.pos === "ADJ");
}

const BUT_CONTINUERS = new Set(["not", "that", "rather", "instead", "because"]);

const EVEN_CONCESSIVES = new Set(["though", "as", "so", "while", "when"]);

/** Participles after a comma that continue the content as a list or a condition ("..., including X"). */
const INNER_PARTICIPLES = new Set(["including", "given", "leaving", "excluding", "involving", "regarding", "concerning", "depending", "ranging"]);

type VerbForm = "base" | "s" | "ing" | "past";

/** A verb's inflection read off its surface: wink gives no tense, but "says"/"said"/"saying" tell it. */
export function verbForm(t: Token): VerbForm {
  if (t.norm.endsWith("ing") && t.norm !== t.lemma) return "ing";
  if (t.norm === t.lemma) return "base";
  return t.norm.endsWith("s") ? "s" : "past";
}

/**
 * "says he would stop the fee and cut the toll": a verb after "and" in another inflection than the cue's, the cue
 * itself inflected, coordinates with a verb of the reported clause rather than with the cue.
 */
export function inflectedUnlike(ctx: AttributionContext, verb: number, cueHead: number): boolean {
  const cue = verbForm(ctx.tokens[cueHead] as Token);
  return cue !== "base" && verbForm(ctx.tokens[verb] as Token) !== cue;
}

/**
 * "announced a new fare when the pier opened", "named the route because ...": a verb of saying whose content is so far
 * a bare noun phrase takes it as an object, and the same words end it. Not inside a reported clause's subject set
 * off by commas ("the fee, while high, was fair"), nor after a time word ("two days after", "the days when").
 */
function nounReport(ctx: AttributionContext, from: number, i: number, frame: CueFrame): boolean {
  if (frame !== "speech" || !NOUN_PHRASE_POS.has((ctx.tokens[from] as Token).pos)) return false;
  // The time tagger leaves a bare measure ("two days after") unmarked.
  return (ctx.tokens[i - 1] as Token).pos !== "PUNCT" && !ctx.timeToken[i - 1] && !TIME_UNITS.has((ctx.tokens[i - 1] as Token).lemma) && verbless(ctx, from, i);
}

/** A verb's -ing form outside quotations: "by pointing out", "by mentioning". */
function isGerund(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && ctx.quoteOf[i] === -1 && t.pos === "VERB" && t.norm.endsWith(PARTICIPLE_SUFFIX);
}

const OBJECT_ENDERS = new Set(["when", "after", "because", "while", "before", "until", "despite"]);

/** Verbs whose object may be a question: "to say when", "would not disclose when". */
const QUESTION_OBJECT_VERBS = new Set(["say", "explain", "specify", "disclose", "reveal", "know", "predict", "estimate", "decide", "confirm", "indicate"]);

/**
 * "declined to say when the pier would reopen": "when" right after such a verb, with a subject after it, asks the
 * question the verb takes; "declined to comment when asked" says when.
 */
function asksWhen(ctx: AttributionContext, i: number): boolean {
  const verb = ctx.tokens[i - 1];
  const after = ctx.tokens[i + 1];
  return (ctx.tokens[i] as Token).norm === "when" && verb?.pos === "VERB" && QUESTION_OBJECT_VERBS.has(verb.lemma) && after !== undefined && after.pos !== "VERB";
}

/** Dashes, and a hyphen set apart by spaces as a dash. */
export const DASHES: ReadonlySet<string> = new Set([...DASH_WORDS, "-"]);

/** A dash set off by a space before it, as one sets off a clause ("The fees rise \u2014 the board said"), not a hyphen. */
export function isSpacedDash(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && DASHES.has(t.norm) && t.start > 0 && /\s/.test(ctx.text[t.start - 1] ?? "");
}

/**
 * "that the plan — just a draft — was dead", "said the pier would open — on time, for once — in May": a pair of
 * dashes around words with no verb sets off an aside inside the content, which runs on after the second, whether or
 * not the clause has its verb yet. An aside with a verb of its own ("— as the mayor said —") may be a statement of
 * its own, which a longer content would swallow. True when the dash at `i` opens such an aside or closes one.
 */
function withinDashedAside(ctx: AttributionContext, from: number, i: number): boolean {
  let opening = -1;
  for (let k = from; k < i; k++) if (isSpacedDash(ctx, k)) opening = opening === -1 ? k : -1;
  // Content reaches a dash past the first only when that first one opened an aside.
  if (opening !== -1) return true;
  const { last } = sentenceBounds(ctx, i);
  for (let k = i + 1; k < last; k++) if (isSpacedDash(ctx, k)) return verbless(ctx, i + 1, k);
  return false;
}

/** Is there a verb or auxiliary among the tokens `first` to `last`? */
export function hasVerb(ctx: AttributionContext, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if ((ctx.tokens[i] as Token).pos === "VERB" || (ctx.tokens[i] as Token).pos === "AUX") return true;
  return false;
}

function verbless(ctx: AttributionContext, first: number, end: number): boolean {
  return !hasVerb(ctx, first, end - 1);
}

/** "she, too,", "Berg, however,": a verbless subject from `from`, then adverbs set off by commas, the second at `comma`. */
function setOffAfterSubject(ctx: AttributionContext, from: number, comma: number): boolean {
  const k = beforeSetOffAdverbs(ctx, from, comma - 1);
  return k < comma - 1 && k > from && verbless(ctx, from, k);
}

/** Does the content stop before token `i`? */
function breaksContent(ctx: AttributionContext, from: number, i: number, frame: CueFrame, cueHead: number | undefined): boolean {
  if (ctx.quoteOf[i] !== -1) return false;
  if ((ctx.tokens[i] as Token).norm === ";") return true;
  if (closesAsideAround(ctx, from, i)) return true;
  if (!endsClauseAt(ctx, from, i, frame, cueHead)) return false;
  // Asked only where the content would end: each reads the rest of the sentence, too much to do for every token.
  return !((frame !== "object" && (unfinishedComplement(ctx, from, i) || opensOnFrontedClause(ctx, from, i) || qualifiedComplement(ctx, from, i))) || (frame === "speech" && subjectAside(ctx, from, i)));
}

/** "..., then (later) admitted": a word of sequence before a verb at `k` opens the subject's next act. */
export function opensSequencedAct(ctx: AttributionContext, k: number): boolean {
  if (!SEQUENCE_WORDS.has(ctx.tokens[k]?.norm ?? "")) return false;
  // "then, on Friday, conceded": a time set off by commas may come between.
  let v = k + 1;
  while (isComma(ctx.tokens[v]) || ctx.timeToken[v] === 1 || (ctx.tokens[v]?.pos === "ADP" && ctx.timeToken[v + 1] === 1)) v++;
  return ctx.tokens[skipAdverbsRight(ctx, v)]?.pos === "VERB";
}

/** Would token `i` end the content, asides apart? */
function endsClauseAt(ctx: AttributionContext, from: number, i: number, frame: CueFrame, cueHead: number | undefined): boolean {
  const t = ctx.tokens[i] as Token;
  // “... this race,” adding that ...: the comma sits inside the quotation that closes just before.
  if (closesOnComma(ctx, i - 1) && (breaksClause(ctx, i) || isParticipleCue(ctx, i) || opensSequencedAct(ctx, i) || (t.pos === "VERB" && (t.norm.endsWith(PARTICIPLE_SUFFIX) ? !INNER_PARTICIPLES.has(t.norm) : CUE_FRAMES.has(t.lemma))))) return true;
  // "urged repairs — including the roof — before winter": a list or condition after a dash is still the content, as after a comma.
  if (isSpacedDash(ctx, i) && !withinDashedAside(ctx, from, i) && !INNER_PARTICIPLES.has(ctx.tokens[i + 1]?.norm ?? "")) return true;
  const next = ctx.tokens[i + 1];
  if (!next) return false;
  if (isComma(t)) {
    if (breaksClause(ctx, i + 1) || (next.pos === "VERB" && next.norm.endsWith(PARTICIPLE_SUFFIX) && !INNER_PARTICIPLES.has(next.norm))) return true;
    if (opensSequencedAct(ctx, i + 1)) return true;
    if (restatingAppositive(ctx, i + 1) || namesTheReport(ctx, i + 1)) return true;
    // "..., falsely suggesting that": adverbs may come before the participle.
    if (isParticipleCue(ctx, skipAdverbsRight(ctx, i + 1))) return true;
    // "Berg, who said he votes early, said ...": the relative clause ends where the main verb comes; not after a subject
    // and an adverb set off between commas ("said she, too, wants a vote"), where the verb is the content's own.
    // "The union, which opposes the fee, now backs Berg": an adverb may come before that verb.
    const verb = ctx.tokens[skipAdverbsRight(ctx, i + 1)];
    if (verb?.pos === "VERB" && CUE_FRAMES.has(verb.lemma) && !verb.norm.endsWith(PARTICIPLE_SUFFIX) && !setOffAfterSubject(ctx, from, i)) return true;
  }
  if (isComma(t) && closesFrontedClause(ctx, from, i)) return true;
  if ((frame === "object" || frame === "belief") && cueHead !== undefined && resumesSubjectsPredicate(ctx, from, i, cueHead)) return true;
  // "praised the ferry, the council then voted ...", "backed the levy and the board passed it": an object with no verb
  // of its own ends where a comma, or "and", opens a clause with a subject and verb of its own.
  if ((frame === "object" || frame === "belief") && (isComma(t) || (t.norm === "and" && t.pos === "CCONJ")) && splicedClauseAt(ctx, from, i) && (isComma(t) ? mainClauseAt(ctx, i + 1) : singleSubjectClauseAt(ctx, i + 1))) return true;
  if (frame === "object" && isComma(t) && (next.norm === "and" || next.norm === "but")) return true;
  // "backed Lund because he worries ...", "praised the plan after the vote": an object ends where a clause or phrase
  // of time, cause or concession begins; it says when or why the stance was taken, not what it was.
  if (OBJECT_ENDERS.has(t.norm) && (t.pos === "SCONJ" || t.pos === "ADV" || t.pos === "ADP") && !asksWhen(ctx, i) && (frame === "object" || nounReport(ctx, from, i, frame))) return true;
  // "even though" and "even as" open one too: "backs the levy even though it costs her".
  if (frame === "object" && t.norm === "even" && EVEN_CONCESSIVES.has(next.norm)) return true;
  // "dismissed the charge by pointing out that ...": "by" and a gerund say how the stance was taken.
  if (frame === "object" && t.norm === "by" && isGerund(ctx, i + 1)) return true;
  // "has not praised the levy or signed the petition": after an object with no verb of its own, "or" joins acts as "and" does.
  if ((t.norm === "and" || t.norm === "but" || (t.norm === "or" && frame === "object" && verbless(ctx, from, i))) && t.pos === "CCONJ") {
    const verb = skipAdverbsRight(ctx, i + 1);
    const v = ctx.tokens[verb];
    if (v && v.pos === "VERB" && ctx.quoteOf[verb] === -1 && coordinatesWithCue(ctx, v, frame, cueHead)) return true;
    if (v && v.pos === "VERB" && ctx.quoteOf[verb] === -1 && cueHead !== undefined && secondPredicate(ctx, from, verb, cueHead, frame)) return true;
    // "insists the port must grow, and has championed a new pier": an auxiliary in the cue's inflection, then a reporting verb.
    if (v && v.pos === "AUX" && ctx.quoteOf[verb] === -1 && cueHead !== undefined && auxiliaryCoordinatesWithCue(ctx, verb, cueHead)) return true;
  }
  // "60 percent said yes, but 30 percent say it is not": another speaker's clause begins. A bare "and" with no verb
  // before it ("said the fees and the tolls were cut") joins the subject of the reported clause instead.
  const joinsSubject = t.pos === "CCONJ" && !isComma(ctx.tokens[i - 1]) && verbless(ctx, from, i);
  if ((isComma(t) || (t.pos === "CCONJ" && !joinsSubject) || t.norm === "while" || t.norm === "whereas") && startsAttributedClause(ctx, i + 1) && !(isComma(t) && listOpensAt(ctx, from, i))) return true;
  // "... opposed the rule, with a spokesman stating: ...": another speaker's report hangs from "with".
  if (t.norm === "with" && withSpeakerReporting(ctx, i + 1)) return true;
  return false;
}

const OBJECT_HEAD_POS = new Set(["NOUN", "PROPN", "NUM", "PRON"]);

/**
 * "Investors expecting a quick deal may want to wait", "A group backing Berg, has spent ...": a participle cue on the
 * noun before it describes the sentence's subject, so its object ends where that subject's own verb comes.
 */
function resumesSubjectsPredicate(ctx: AttributionContext, from: number, i: number, cueHead: number): boolean {
  const head = ctx.tokens[cueHead] as Token;
  // "The growers, backing Lund, have spent": the participle may be set off by a comma after the noun.
  const noun = ctx.tokens[isComma(ctx.tokens[cueHead - 1]) ? cueHead - 2 : cueHead - 1];
  if (!head.norm.endsWith(PARTICIPLE_SUFFIX) || !noun || !NOUN_PHRASE_POS.has(noun.pos)) return false;
  // Asked for every token of the content: the checks on the tokens at `i` come first, the scans of the sentence after.
  // The object before the verb ends on a noun: "to be", "for failed" read on inside the object.
  const last = ctx.tokens[i - 1];
  if (!last || !OBJECT_HEAD_POS.has(last.pos)) return false;
  const v = skipAdverbsRight(ctx, isComma(ctx.tokens[i]) ? i + 1 : i);
  const verb = ctx.tokens[v];
  if (!verb || ctx.quoteOf[v] !== -1 || !(verb.pos === "AUX" || (verb.pos === "VERB" && !verb.norm.endsWith(PARTICIPLE_SUFFIX)))) return false;
  if (!verbless(ctx, sentenceBounds(ctx, cueHead).first, cueHead)) return false;
  // The object has no verb of its own; "attacking critics as scrutiny heats up", "calling it an error that was
  // reported": nor a clause opened inside it, with a subject and verb of its own.
  for (let k = from; k < i; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.pos === "VERB" || t.pos === "AUX" || SUBORDINATORS.has(t.norm) || RELATIVE_PRONOUNS.has(t.norm)) return false;
  }
  return true;
}

/**
 * "While the growers back the levy, the board will vote on it", "For those who oppose the levy, the vote is a
 * setback": a cue in a clause or phrase that opens the sentence reports only up to the comma that closes it, where the
 * main clause, subject and verb, begins. Not when the main clause began before the content ("In May, Lund said ...").
 */
function closesFrontedClause(ctx: AttributionContext, from: number, comma: number): boolean {
  let { first } = sentenceBounds(ctx, from);
  if (ctx.tokens[first]?.pos === "CCONJ") first++;
  const opener = ctx.tokens[first] as Token;
  if (!(SUBORDINATORS.has(opener.norm) || opener.pos === "ADP" || opener.pos === "SCONJ" || opener.norm === "to") || ctx.quoteOf[comma] !== -1) return false;
  if (!mainClauseAt(ctx, comma + 1)) return false;
  for (let k = first + 1; k < from; k++) if (isComma(ctx.tokens[k]) && ctx.quoteOf[k] === -1 && mainClauseAt(ctx, k + 1)) return false;
  return true;
}

/**
 * Would a clause after `comma` (or "and") stand beside a verbless content from `from` rather than inside it? Not after a
 * list the content opens ("backed Lund, Berg and Ode ..."), nor after content that opens on a preposition or a question
 * word ("knows in a fog, a pilot is blind", "knew which boats, if any, the port would keep"). The caller asks whether
 * such a clause follows: after "and" one whose verb has one subject.
 */
function splicedClauseAt(ctx: AttributionContext, from: number, comma: number): boolean {
  const opener = ctx.tokens[from] as Token;
  // QUESTION_WORDS leaves out "which" and "who", which open such a clause as often.
  if (opener.pos === "ADP" || opener.pos === "SCONJ" || QUESTION_WORDS.has(opener.norm) || opener.norm === "which" || opener.norm === "who") return false;
  return verbless(ctx, from, comma) && !listOpensAt(ctx, from, comma);
}

/** A subject and a finite verb from token `k`: "the board will vote", "it's worth". */
export function mainClauseAt(ctx: AttributionContext, k: number): boolean {
  return finiteVerbAfterSubject(ctx, k) !== undefined;
}

/** The finite verb after a subject that starts at token `k`, or undefined. */
function finiteVerbAfterSubject(ctx: AttributionContext, k: number): Token | undefined {
  const { last } = sentenceBounds(ctx, k);
  const subject = phraseStartingAt(ctx, k, Math.min(last, k + 12));
  if (!subject || ctx.quoteOf[k] !== -1) return undefined;
  const verb = skipAdverbsRight(ctx, subject.last + 1);
  const v = ctx.tokens[verb];
  return v !== undefined && verb <= last && (v.pos === "AUX" || (v.pos === "VERB" && !v.norm.endsWith(PARTICIPLE_SUFFIX))) ? v : undefined;
}

/**
 * A clause from `k` whose verb is past or agrees with one subject ("the board passed", "Lund has"): after "and", a
 * plural verb ("backed Lund and Berg are ...") more likely has both names for its subject.
 */
function singleSubjectClauseAt(ctx: AttributionContext, k: number): boolean {
  const v = finiteVerbAfterSubject(ctx, k);
  const form = v?.pos === "AUX" ? AUXILIARY_FORMS.get(v.norm) : v && verbForm(v);
  return (form === "past" || form === "s") && v?.norm !== "were";
}

/**
 * "said that the fee, which rose twice, would fall": a "that" clause with no verb yet has said nothing, so an
 * aside inside it ("which ...", "while ...", a dash) does not end it, as long as a verb comes later to finish it.
 */
function unfinishedComplement(ctx: AttributionContext, from: number, i: number): boolean {
  const that = ctx.tokens[from] as Token;
  return that.norm === "that" && that.pos === "SCONJ" && verbless(ctx, from + 1, i) && !verbless(ctx, i + 1, sentenceBounds(ctx, i).last + 1);
}

/**
 * "argued that although the pier opened, it ...", "said if elected, she would ...": a clause of time, condition or
 * concession put first in a reported clause has said nothing of its own; the comma that closes it leads to the
 * clause's main verb, which is part of what was reported.
 */
function opensOnFrontedClause(ctx: AttributionContext, from: number, i: number): boolean {
  let k = from;
  const afterThat = (ctx.tokens[k] as Token).norm === "that";
  if (afterThat) k++;
  if (isComma(ctx.tokens[k])) k++;
  if (ctx.tokens[k]?.norm === "even") k++;
  if (!FRONTED_OPENERS.has(ctx.tokens[k]?.norm ?? "") || k >= i || !isComma(ctx.tokens[i]) || verbless(ctx, k + 1, i)) return false;
  for (let j = k + 1; j < i; j++) if (isComma(ctx.tokens[j]) || ctx.quoteOf[j] !== -1) return false;
  const subject = ctx.tokens[i + 1];
  if (!subject || !(subject.pos === "PRON" || NOUN_PHRASE_POS.has(subject.pos))) return false;
  // "..., a spokesman said.": a cue closing the sentence reports what came before it, the fronted clause included.
  // "said that when the rebels attacked, the army responded.": after "that" the clause still wants its main verb, so a
  // verb that can report, even closing the sentence, is that verb and not a cue of its own.
  if (afterThat) return true;
  const { last } = sentenceBounds(ctx, i);
  let verb = i + 1;
  while (verb <= last && (ctx.tokens[verb] as Token).pos !== "VERB" && (ctx.tokens[verb] as Token).pos !== "AUX") verb++;
  // "..., the army would respond.": no one closes a sentence by saying what they would say; a modal makes the verb
  // the fronted clause's own main verb, even one that can report.
  if (MODALS.has(ctx.tokens[verb]?.norm ?? "")) return true;
  while (verb < last && ((ctx.tokens[verb + 1] as Token).pos === "VERB" || (ctx.tokens[verb + 1] as Token).pos === "AUX" || (ctx.tokens[verb + 1] as Token).pos === "ADV")) verb++;
  return verb < last && (ctx.tokens[verb + 1] as Token).pos !== "PUNCT";
}

/**
 * "found that most growers back the levy, while a few oppose it", "said that the mill will stay, despite ...": inside
 * a "that" clause a concession or a time after a comma qualifies what was reported and belongs to it (about three
 * times in four on train); outside one, such a clause is more often the writer's. Not when a verb of saying follows,
 * which reports on its own.
 */
function qualifiedComplement(ctx: AttributionContext, from: number, i: number): boolean {
  const that = ctx.tokens[from] as Token;
  if (that.norm !== "that" || that.pos !== "SCONJ") return false;
  const comma = isComma(ctx.tokens[i]) ? i : i - 1;
  return isComma(ctx.tokens[comma]) && comma > from && QUALIFIERS.has(ctx.tokens[comma + 1]?.norm ?? "") && !reportingVerbAfter(ctx, comma);
}

/** The words of concession and time among CLAUSE_BREAKERS; its relatives and "compared"/"according" qualify nothing. */
const QUALIFIERS: ReadonlySet<string> = new Set([...CLAUSE_BREAKERS].filter((w) => !["which", "who", "whose", "whom", "where", "compared", "according"].includes(w)));

/** After a verb "as" gives a role ("listed as donors, raising ..."), not a clause. */
const FRONTED_OPENERS: ReadonlySet<string> = new Set([...SUBORDINATORS, "despite"].filter((w) => w !== "as"));

/**
 * "said the ferry, which is forty years old, will be sold": a reported clause whose subject is set off by an aside
 * runs on when the aside closes on a comma (or dash) and a finite verb follows.
 */
function subjectAside(ctx: AttributionContext, from: number, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  if (!(isComma(t) || isSpacedDash(ctx, i)) || !verbless(ctx, from, i) || ctx.tokens[i + 1]?.pos === "CCONJ") return false;
  const { last } = sentenceBounds(ctx, i);
  for (let k = i + 1; k < last; k++) {
    if (ctx.tokens[k]!.norm !== t.norm || ctx.quoteOf[k] !== -1) continue;
    const v = ctx.tokens[skipAdverbsRight(ctx, k + 1)];
    return v !== undefined && (v.pos === "VERB" || v.pos === "AUX") && !v.norm.endsWith(PARTICIPLE_SUFFIX);
  }
  return false;
}

/** A short noun phrase from `i` ("a spokesman", "her aides") followed by a participle of saying. */
function withSpeakerReporting(ctx: AttributionContext, i: number): boolean {
  for (let k = i; k < i + 5; k++) {
    const t = ctx.tokens[k];
    if (!t || ctx.quoteOf[k] !== -1) return false;
    if (k > i && isParticipleCue(ctx, k)) return (ctx.tokens[k - 1] as Token).pos === "NOUN" || (ctx.tokens[k - 1] as Token).pos === "PROPN";
    if (t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PROPN" && t.pos !== "PRON") return false;
  }
  return false;
}

/**
 * "X denies A and blames B": a reporting verb after "and" in the cue's own inflection, the plain form apart (the
 * reported clause's verbs may share it), shares the cue's subject and ends the content. A verb in another form
 * belongs to it ("says he spoke and asked", "urged them to stay and fight"), save a finite reporting verb after a
 * participle's content ("declaring it a win and said"); after a participle's object, any second participle ends it.
 * With no cue verb, any verb ends what is not speech, and a cue verb ends speech too.
 */
function coordinatesWithCue(ctx: AttributionContext, v: Token, frame: CueFrame, cueHead: number | undefined): boolean {
  const cue = cueHead === undefined ? undefined : ctx.tokens[cueHead];
  if (!cue) return frame !== "speech" || CUE_FRAMES.has(v.lemma);
  const form = verbForm(v);
  // "said the ferry was late and hoped it would run": a view after a report of speech is more of what was reported.
  if (frame !== "belief" && CUE_FRAMES.get(v.lemma) === "belief") return false;
  if (form !== "base" && form === verbForm(cue) && isReportingVerb(v)) return true;
  // "calling for a recount and carrying signs": after a participle's object, a second participle is the next act.
  if (frame === "object" && form === "ing" && verbForm(cue) === "ing") return true;
  // "..., declaring it a win and said ...": a finite verb after a participle's content goes back to the main clause.
  return verbForm(cue) === "ing" && (form === "past" || form === "s") && isReportingVerb(v);
}

/**
 * "praised the ferry, a swipe at the harbor board", "conceded the fee would rise, an admission that ...": after a
 * comma, an indefinite noun of speech or stance names the report just made, in the writer's words, and ends its
 * content. Not one item of a list ("through a petition, a letter or a vote").
 */
function namesTheReport(ctx: AttributionContext, i: number): boolean {
  const article = ctx.tokens[i];
  if (!article || ctx.quoteOf[i] !== -1 || !(article.norm === "a" || article.norm === "an" || article.norm === "another")) return false;
  let k = i + 1;
  while (k < i + 3 && (ctx.tokens[k]?.pos === "ADJ" || ctx.tokens[k]?.pos === "ADV")) k++;
  const noun = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  if (!noun || noun.pos !== "NOUN" || !(COMMUNICATION_NOUNS.has(noun.norm) || ATTRIBUTION_NOUNS.has(noun.norm))) return false;
  return !next || !(next.pos === "CCONJ" || isComma(next));
}

/**
 * "said the pier was unsafe, a view that few shared": a noun phrase after a comma with a relative clause on it
 * restates the report in the writer's words and ends the content. A bare noun must be a plural ("remarks that"):
 * a singular one is more often an apposition inside the content ("Lund, party chair"), and without a determiner
 * an adjective first more likely goes on a list the content holds. A clause holding a verb of saying ("a claim
 * that the port denies") is left inside: cut off, it is read as a statement of its own, more often wrongly than not.
 */
function restatingAppositive(ctx: AttributionContext, i: number): boolean {
  if (ctx.quoteOf[i] !== -1) return false;
  let k = i;
  if (ctx.tokens[k]?.pos === "DET") while (ctx.tokens[++k]?.pos === "ADJ");
  const head = k;
  while (ctx.tokens[k]?.pos === "NOUN") k++;
  const noun = ctx.tokens[k - 1] as Token;
  if (k === head || k - i > 4 || (head === i && noun.norm === noun.lemma)) return false;
  // "..., a route the council never liked.": a relative clause with no "that", closing the sentence, restates it too; its
  // verb reports a statement of its own, which PolNeAR marks beside the first.
  if (ctx.tokens[k]?.norm !== "that" && ctx.tokens[k]?.norm !== "which") return head > i && mainClauseAt(ctx, k) && !commaOutsideQuotes(ctx, k, sentenceBounds(ctx, k).last);
  return !reportingVerbAfter(ctx, k);
}

/**
 * "praised the plan but stopped short of ...", "vowed to stay and celebrated": a verb after "and" in the cue's
 * tense, with no tensed verb in the content before it to pair with, can only share the cue's subject, whether or
 * not it reports. Only after an object or an infinitive: a reported clause's own verb is often tagged a noun
 * ("says the roof leaks and needs ..."). Before an adjective, a noun or a quotation the verb is more often a
 * modifier ("and improved parks"). Left whole when a verb of saying follows: cut off, it is read as a statement of
 * its own, more often wrongly than not.
 */
function secondPredicate(ctx: AttributionContext, from: number, verb: number, cueHead: number, frame: CueFrame): boolean {
  if ((frame === "speech" || frame === "belief") && (ctx.tokens[from] as Token).norm !== "to") return false;
  const form = verbForm(ctx.tokens[verb] as Token);
  if ((form !== "s" && form !== "past") || form !== verbForm(ctx.tokens[cueHead] as Token)) return false;
  const after = ctx.tokens[verb + 1]?.pos;
  if (after === "NOUN" || after === "ADJ" || isQuoteMarkAt(ctx, verb + 1)) return false;
  for (let k = from; k < verb; k++) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoteOf[k] === -1 && (t.pos === "AUX" || (t.pos === "VERB" && verbForm(t) !== "base" && verbForm(t) !== "ing"))) return false;
  }
  return !reportingVerbAfter(ctx, verb);
}

/** Does a verb of saying follow token `k` in its sentence? */
function reportingVerbAfter(ctx: AttributionContext, k: number): boolean {
  const { last } = sentenceBounds(ctx, k);
  for (let j = k + 1; j <= last; j++) if ((ctx.tokens[j] as Token).pos === "VERB" && isReportingVerb(ctx.tokens[j] as Token)) return true;
  return false;
}

/** Is token `i` the closing mark of a quotation whose words end on a comma? */
export function closesOnComma(ctx: AttributionContext, i: number): boolean {
  const qi = ctx.quoteOf[i];
  if (qi === undefined || qi === -1) return false;
  const q = ctx.quotes[qi] as Quote;
  return q.closed && q.lastToken === i && ctx.text[q.innerEnd - 1] === ",";
}

/** Does a new subject with its own reporting verb start at `i` ("but 55 percent say", "while Lind argued")? */
function startsAttributedClause(ctx: AttributionContext, i: number): boolean {
  let k = i;
  const first = ctx.tokens[k];
  if (first && (first.pos === "CCONJ" || first.norm === "while" || first.norm === "whereas")) k++;
  const limit = Math.min(ctx.tokens.length - 1, k + 12);
  const subject = phraseStartingAt(ctx, k, limit);
  if (!subject) return false;
  // "voters who wanted a break, bankers who concluded it would recover": a relative "who" after the phrase is the
  // subject of its clause.
  const who = ctx.tokens[subject.last + 1]?.norm === "who" ? 1 : 0;
  const verb = skipVerbGroupRight(ctx, subject.last + 1 + who);
  const v = ctx.tokens[verb];
  return v !== undefined && v.pos === "VERB" && CUE_FRAMES.has(v.lemma) && ctx.quoteOf[verb] === -1 && !v.norm.endsWith(PARTICIPLE_SUFFIX);
}

/**
 * "said Pike, Ode and Lind found the trail": a lone phrase before the comma and a phrase joined by "and" or "or" after
 * it are one list, the subject of the reported clause, not a clause and another speaker.
 */
function listOpensAt(ctx: AttributionContext, from: number, comma: number): boolean {
  if (phraseStartingAt(ctx, from, comma - 1)?.last !== comma - 1) return false;
  const rest = phraseStartingAt(ctx, comma + 1, Math.min(ctx.tokens.length - 1, comma + 12));
  if (!rest) return false;
  for (let k = comma + 2; k < rest.last; k++) if ((ctx.tokens[k] as Token).norm === "and" || (ctx.tokens[k] as Token).norm === "or") return true;
  return false;
}

/** Past adverbs, auxiliaries and "not" to the right, to the verb they lead to ("has also said", "did not say"). */
function skipVerbGroupRight(ctx: AttributionContext, i: number): number {
  let k = i;
  while (k < ctx.tokens.length && ((ctx.tokens[k] as Token).pos === "ADV" || (ctx.tokens[k] as Token).pos === "AUX" || (ctx.tokens[k] as Token).norm === "not")) k++;
  return k;
}

/** Last token of content starting at `from`: the sentence end, or where the writer's own clause takes over. */
export function clauseLast(ctx: AttributionContext, from: number, frame: CueFrame = "speech", cueHead?: number): number {
  const { last } = sentenceBounds(ctx, from);
  for (let i = from + 1; i <= last; i++) {
    if (breaksContent(ctx, from, i, frame, cueHead)) return trimTrailingPunct(ctx, from, beforeSetOffAdverbs(ctx, from, i - 1));
  }
  return trimTrailingPunct(ctx, from, last);
}

/**
 * "praised the toll, mainly because it funds the pier", "denied it, however, while ...": adverbs set off by a comma where
 * the content breaks lead into the clause after them, or remark on the whole; the content ends before that comma.
 */
function beforeSetOffAdverbs(ctx: AttributionContext, from: number, last: number): number {
  let k = last;
  while (k > from && (ctx.tokens[k] as Token).pos === "ADV" && ctx.quoteOf[k] === -1) k--;
  return k < last && isComma(ctx.tokens[k]) ? k : last;
}

/** Character end of content whose last token is `last`, stretched over any quotation it leaves open. */
export function contentEnd(ctx: AttributionContext, last: number): number {
  let end = (ctx.tokens[last] as Token).end;
  const qi = ctx.quoteOf[last] as number;
  if (qi !== -1) end = Math.max(end, (ctx.quotes[qi] as Quote).end);
  return end;
}

// A single quotation mark opening before a word (not an apostrophe inside one: "Ada's"), and one closing after it.
// Before a small word the mark is a plural owner's ("'The potters' kiln is cold.'") far more often than a closing.
const SINGLE_OPENING = /(?:^|[\s(:\u2014])['\u2018](?=[\p{L}\p{N}])/gu;
const SINGLE_CLOSING = /[^\s]['\u2019](?![\p{L}\p{N}])(?!\s+\p{Ll})/u;
const CLOSING_TAIL = /^[.?!]?['\u2019](?![\p{L}\p{N}])/u;

/**
 * "Lund: 'The orchard is lost.'": single quotation marks are no quotes to the quote reader (an apostrophe looks the
 * same), so a content ending inside one stops before its closing stop and mark, which PolNeAR keeps, as it keeps
 * those of a double quotation. Returns the end past them when the content opened a single quotation left unclosed.
 */
export function pastClosingSingleQuote(text: string, start: number, end: number): number {
  const tail = CLOSING_TAIL.exec(text.slice(end, end + 2));
  if (!tail) return end;
  const content = text.slice(start, end);
  let opening = -1;
  SINGLE_OPENING.lastIndex = 0;
  for (let m = SINGLE_OPENING.exec(content); m; m = SINGLE_OPENING.exec(content)) opening = m.index + m[0].length - 1;
  if (opening === -1 || SINGLE_CLOSING.test(content.slice(opening + 1))) return end;
  return end + tail[0].length;
}

/**
 * "said Monday elected officials must resign": a form in -ed before a noun that has a verb of its own soon after
 * describes that noun, so the time before it says when the words were said ("said Friday marked the end" does not).
 */
function describesNounAfter(ctx: AttributionContext, k: number): boolean {
  return (ctx.tokens[k] as Token).norm.endsWith("ed") && ctx.tokens[k + 1]?.pos === "NOUN" && verbSoonAfter(ctx, k + 2);
}

/**
 * "said Friday marks the end": wink may read a third-person verb after a time as a plural noun; a determiner right
 * after it opens its object, which no plural noun takes.
 */
function verbReadAsPluralNoun(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  return t.pos === "NOUN" && t.norm !== t.lemma && t.norm.endsWith("s") && ctx.tokens[k + 1]?.pos === "DET";
}

/** Skip a prepositional or temporal adjunct after a cue ("in a statement", "on Tuesday", "to reporters"). */
export function skipAdjuncts(ctx: AttributionContext, j: number, ceiling: number): number {
  let k = j;
  for (let guard = 0; guard < 3 && k <= ceiling; guard++) {
    let t = ctx.tokens[k];
    if (!t) break;
    // "said on Friday prices rose": the time ends the phrase; read as a noun phrase it would run on into the clause.
    const afterPreposition = t.pos === "ADP" && CUE_ADJUNCT_HEADS.has(t.norm) && timeClosesPhrase(ctx, k + 1);
    if (afterPreposition) t = ctx.tokens[++k] as Token;
    if (ctx.timeToken[k]) {
      const time = k;
      // The time tagger may take a year's possessive mark into the time ("2020's"); the mark still says it owns a noun.
      while (k <= ceiling && ctx.timeToken[k] && (afterPreposition || !isPossessiveMarker(ctx.tokens[k]))) k++;
      // After a preposition the time is an adjunct whatever follows ("rejected on Monday was similar").
      if (afterPreposition) continue;
      // "said Monday's vote was close": a time that owns the next noun begins the content.
      // The time may close the text ("said Monday" with no full stop): no mark to read after it.
      const mark = ctx.tokens[k];
      if (mark && isPossessiveMarker(mark)) return time;
      // "said Jan. 6 was a dark day": a time right before its verb is the subject of what was said.
      if (mark && ctx.quoteOf[k] === -1 && (mark.pos === "AUX" || (mark.pos === "VERB" && mark.norm !== mark.lemma && !mark.norm.endsWith(PARTICIPLE_SUFFIX) && !describesNounAfter(ctx, k)) || verbReadAsPluralNoun(ctx, k))) return time;
      continue;
    }
    // "said after the vote closed that ...", "warned while the storm raged that ...": these open a clause as well as
    // a phrase, whichever wink tags them, and the clause's verb closes it.
    const opensClause = CLAUSE_OPENING_PREPOSITIONS.has(t.norm) && (t.pos === "ADP" || t.pos === "SCONJ");
    if (!opensClause && (!CUE_ADJUNCT_HEADS.has(t.norm) || t.pos !== "ADP" || opensCountBound(ctx, k))) break;
    const phrase = phraseStartingAt(ctx, k + 1, ceiling);
    const np = (phrase && (phraseBeforeCount(ctx, phrase) ?? phrase)) ?? participleBeforeNoun(ctx, k + 1, ceiling);
    if (!np) break;
    const afterPhrase = pastParticiple(ctx, pastPossessed(ctx, np.last + 1, ceiling), ceiling);
    const clauseVerb = opensClause && afterPhrase <= ceiling && closesSubordinateClause(ctx, afterPhrase);
    if (t.pos === "SCONJ" && !clauseVerb) break;
    k = clauseVerb ? afterPhrase + 1 : afterPhrase;
  }
  return k;
}

/**
 * "after the meeting 40 boats sank", "told reporters 40 boats remain missing": a number after a phrase's noun, before a
 * verb, opens the clause reported; the phrase ends before it. Null when the phrase is no such thing.
 */
export function phraseBeforeCount(ctx: AttributionContext, np: TokenSpan): TokenSpan | null {
  const next = ctx.tokens[np.last + 1];
  if (!next || ctx.quoteOf[np.last + 1] !== -1 || !(next.pos === "AUX" || (next.pos === "VERB" && !next.norm.endsWith(PARTICIPLE_SUFFIX)))) return null;
  const count = countAfterNoun(ctx, np);
  return count === -1 ? null : { first: np.first, last: count - 1 };
}

/**
 * skipAdjuncts, and past bare words of time as well, for a cue that follows its content: "..., she said later.",
 * "..., he said in an interview afterward, adding ...".
 */
export function skipTrailingAdjuncts(ctx: AttributionContext, j: number, ceiling: number): number {
  let k = skipAdjuncts(ctx, j, ceiling);
  while (k <= ceiling && ctx.quoteOf[k] === -1 && TRAILING_TIME_ADVERBS.has((ctx.tokens[k] as Token).norm)) k = skipAdjuncts(ctx, k + 1, ceiling);
  return k;
}

const CLAUSE_OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(["after", "before", "while"]);

/** A verb in the past or third person at `k`, outside quotations: the predicate of a clause whose subject precedes it. */
function closesSubordinateClause(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  return t.pos === "VERB" && ctx.quoteOf[k] === -1 && (verbForm(t) === "past" || verbForm(t) === "s");
}

/**
 * "in a televised address": wink tags a past participle after an article a verb, and may tag the noun after it one
 * too; an article opens a noun phrase, so the two words are its modifier and head. The span from the article, or null.
 */
function participleBeforeNoun(ctx: AttributionContext, first: number, ceiling: number): TokenSpan | null {
  const article = ctx.tokens[first];
  const participle = ctx.tokens[first + 1];
  const head = ctx.tokens[first + 2];
  if (!article || !participle || !head || first + 2 > ceiling || !ARTICLES.has(article.norm)) return null;
  if (participle.pos !== "VERB" || verbForm(participle) !== "past" || ctx.quoteOf[first + 2] !== ctx.quoteOf[first]) return null;
  return head.pos === "NOUN" || (head.pos === "VERB" && verbForm(head) === "base") ? { first, last: first + 2 } : null;
}

/** A time at `k` that is a whole phrase ("on Friday"), not the owner of a noun after it ("on Monday's show"). */
function timeClosesPhrase(ctx: AttributionContext, k: number): boolean {
  if (!ctx.timeToken[k] || ctx.quoteOf[k] !== -1) return false;
  while (ctx.timeToken[k]) k++;
  const after = ctx.tokens[k];
  return !(after && isPossessiveMarker(after));
}

/**
 * "insisted for weeks that", "argued all morning that", "was decided in May of last year that": times (each after a
 * preposition, or bare) between a verb and its "that" or "whether" say when, and belong neither to the cue nor to
 * what was said. The index of the word opening the clause, or -1 when no such time starts at `k`.
 */
export function clauseAfterTime(ctx: AttributionContext, k: number): number {
  const first = k;
  for (;;) {
    let j = k;
    if (ctx.tokens[j]?.pos === "ADP" && !ctx.timeToken[j]) j++;
    for (let n = 0; n < 2 && !ctx.timeToken[j] && TIME_MODIFIER_POS.has(ctx.tokens[j]?.pos ?? ""); n++) j++;
    if (!ctx.timeToken[j]) break;
    while (ctx.timeToken[j]) j++;
    k = j;
  }
  const opener = ctx.tokens[k]?.norm;
  return k > first && (opener === "that" || opener === "whether") && ctx.quoteOf[k] === -1 ? k : -1;
}

const TIME_MODIFIER_POS = new Set(["DET", "NUM", "ADJ"]);

/**
 * "was told (just before the vote) that the fee would rise": the "that" opening a clause after any adverbs and the
 * adjuncts of time or place (skipAdjuncts) from `k`; -1 when none follows there.
 */
export function thatAfterAdjuncts(ctx: AttributionContext, k: number, last: number): number {
  const that = skipAdjuncts(ctx, skipAdverbsRight(ctx, k), last);
  if (ctx.tokens[that]?.norm !== "that" || ctx.quoteOf[that] !== -1 || that >= last) return -1;
  // A verb must follow for "that" to open a clause ("was told that story" has a determiner), but not at once: "found
  // in the river that runs ..." has a relative pronoun.
  return !hasVerb(ctx, that + 1, that + 1) && hasVerb(ctx, that + 2, last) ? that : -1;
}

/**
 * "predicted at the most recent debate that ...", "asked during a debate why ...", "declared in the spin room, “...”":
 * a phrase with no verb of its own between the cue and a clause opener or quotation says where, when or how the
 * words were said; what was said begins at the opener. The opener's index, or -1 when no preposition starts such a
 * phrase at `k`.
 */
export function clauseAfterVerblessAdjunct(ctx: AttributionContext, k: number, last: number): number {
  const preposition = ctx.tokens[k];
  // "described as “careless”", "as to whether ...": after "as" comes what the thing is called or asked, not a setting.
  // "by" before a noun phrase ("decided by a vote", "upset by the suggestion") may name an agent, which the passive and
  // "by"-content rules read; before a margin or a gerund ("by 55 to 41", "by first saying") it only says how.
  const agentBy = preposition?.norm === "by" && ARTICLES.has(ctx.tokens[k + 1]?.norm ?? "");
  if (preposition?.pos !== "ADP" || preposition.norm === "as" || agentBy || ctx.quoteOf[k] !== -1) return -1;
  for (let j = k + 1; j <= last && j - k <= VERBLESS_ADJUNCT_REACH; j++) {
    const t = ctx.tokens[j] as Token;
    // "vowed to “end” the program": a quotation right after "to" opens with the infinitive's verb, which the content keeps.
    if (quoteStartingAt(ctx, j)) return (ctx.tokens[j - 1] as Token).norm === "to" ? -1 : j;
    if (ctx.quoteOf[j] !== -1 || t.pos === "VERB" || t.pos === "AUX" || isSentencePunct(t) || t.norm === ":" || t.norm === ";" || DASH_WORDS.has(t.norm)) return -1;
    // "proposed in those years, if we had done ...": past a comma a conditional or question word opens a clause of the
    // sentence's own; only "that" still hangs on the cue there ("said, without evidence, that ...").
    if (opensReportedClause(ctx, k, j)) return t.norm === "that" || !commaOutsideQuotes(ctx, k, j) ? j : -1;
  }
  return -1;
}

/** Far enough for "in a column written before a 2019 council vote", short of running across a clause. */
const VERBLESS_ADJUNCT_REACH = 14;

/**
 * Does `j` open a clause of its own rather than one that describes the noun before it? "whether", "if", "how", "why"
 * and "what" always do; "that" unless a verb or a mark follows at once ("a center that works"); "who", "where" and
 * "when" only right after the preposition ("on who leads"), since after a noun they describe it ("in May when ...").
 */
function opensReportedClause(ctx: AttributionContext, preposition: number, j: number): boolean {
  const norm = (ctx.tokens[j] as Token).norm;
  if (CLAUSE_OPENERS_ANYWHERE.has(norm)) return true;
  if (norm === "that") return j > preposition + 1 && !closesPronounThat(ctx, skipAdverbsRight(ctx, j + 1));
  return CLAUSE_OPENERS_AFTER_PREPOSITION.has(norm) && j === preposition + 1;
}

const CLAUSE_OPENERS_ANYWHERE: ReadonlySet<string> = new Set(["whether", "if", "how", "why", "what"]);
const CLAUSE_OPENERS_AFTER_PREPOSITION: ReadonlySet<string> = new Set(["who", "where", "when"]);

/** After "that": a verb makes it a relative pronoun ("a center that works"), a comma or full stop a pronoun ("despite all that,"). */
function closesPronounThat(ctx: AttributionContext, next: number): boolean {
  const t = ctx.tokens[next];
  return t === undefined || t.pos === "VERB" || t.pos === "AUX" || isComma(t) || isSentencePunct(t);
}

/**
 * "in a report released Monday", "in a memo sent on Friday": a past participle after the adjunct's noun, with only a
 * time or the end of the clause after it, still says where the words were said. Returns the token after the
 * participle, or `k` when there is none. One with an agent ("a letter signed by ten pilots") reports what that agent
 * did, a statement of its own; other phrases after it ("taped before the vote") may as well open the content.
 */
function pastParticiple(ctx: AttributionContext, k: number, ceiling: number): number {
  const t = ctx.tokens[k];
  if (!t || k > ceiling || t.pos !== "VERB" || verbForm(t) !== "past" || ctx.quoteOf[k] !== -1) return k;
  const next = ctx.tokens[k + 1];
  if (!next || k + 1 > ceiling) return k + 1;
  return ctx.timeToken[k + 1] || (next.pos === "ADP" && ctx.timeToken[k + 2]) || next.pos === "PUNCT" ? k + 1 : k;
}

/**
 * Past a possessive "'s" and what it owns when one follows a phrase ("on ABC's “This Week”", "told CBS's
 * evening news"): the phrase stops at the mark, and the owned name is still the channel, not the content.
 */
export function pastPossessed(ctx: AttributionContext, k: number, ceiling: number): number {
  const t = ctx.tokens[k];
  if (!t || !isPossessiveMarker(t)) return k;
  const quote = quoteStartingAt(ctx, k + 1);
  if (quote) return quote.lastToken + 1;
  const owned = phraseStartingAt(ctx, k + 1, ceiling);
  return owned ? owned.last + 1 : k;
}

export function quoteStartingAt(ctx: AttributionContext, i: number): Quote | null {
  const qi = ctx.quoteOf[i];
  if (qi === undefined || qi === -1) return null;
  const q = ctx.quotes[qi] as Quote;
  return q.firstToken === i ? q : null;
}

export function quoteEndingAt(ctx: AttributionContext, i: number): Quote | null {
  const qi = ctx.quoteOf[i];
  if (qi === undefined || qi === -1) return null;
  const q = ctx.quotes[qi] as Quote;
  return q.lastToken === i && q.closed ? q : null;
}

/** After the cue (and an inverted subject), is there nothing but adjuncts and punctuation before the sentence ends? */
export function restIsEmpty(ctx: AttributionContext, from: number, addressed = false): boolean {
  const { last } = sentenceBounds(ctx, from > 0 ? from - 1 : 0);
  let k = from;
  // "..., he told reporters." / "..., a spokesman told The Post on Tuesday."
  if (addressed) {
    const addressee = OBJECT_PRONOUNS.has(ctx.tokens[k]?.norm ?? "") ? { last: k } : phraseStartingAt(ctx, k, last);
    if (addressee) k = addressee.last + 1;
  }
  k = skipTrailingAdjuncts(ctx, k, last);
  while (k <= last && (ctx.tokens[k] as Token).pos === "PUNCT" && ctx.quoteOf[k] === -1) {
    // "..., analysts say; in 2012 ...": a semicolon closes the report as a full stop does.
    if ((ctx.tokens[k] as Token).norm === ";") return true;
    // "(“...,” she said) resigned": the bracket round the report closes it.
    if (closesAsideAround(ctx, from, k)) return true;
    k++;
  }
  return k > last || ctx.sentenceOf[k]! !== ctx.sentenceOf[from - 1]!;
}

/**
 * Extend content ending at `from` over the quotations that follow it in the same paragraph (“A,” he said. “B.”), and
 * over a paragraph that is nothing but a quotation; `cueLast` is a token of the last sentence the content holds.
 */
export function extendOverFollowingQuotes(ctx: AttributionContext, from: number, cueLast: number): number {
  let end = from;
  let s = ctx.sentenceOf[cueLast]! + 1;
  let paragraph = ctx.sentences[ctx.sentenceOf[cueLast]!]?.paragraph;
  while (s < ctx.sentences.length) {
    const sentence = ctx.sentences[s];
    if (!sentence) break;
    const nextParagraph = sentence.paragraph !== paragraph;
    if (sentence.start < end) {
      s++;
      continue;
    }
    const q = quoteStartingAt(ctx, sentence.tokenStart);
    // The quotation must close the sentence it ends in: “B. C,” she said. has a cue of its own.
    const closing = q ? ctx.sentences[ctx.sentenceOf[q.lastToken]!] : undefined;
    if (!q || !closing || q.lastToken < closing.tokenEnd - 2) break;
    // A paragraph that is nothing but a quotation carries on the speaker of the paragraph before (“A,” he said.¶“B.”);
    // one with a cue or narration after its quotation is left to that cue, and so is one that leads into another
    // quotation paragraph (“B.”¶“C,” he added.), whose cue claims the run.
    const following = ctx.sentences[ctx.sentenceOf[q.lastToken]! + 1];
    if (nextParagraph && following && (following.paragraph === sentence.paragraph || quoteStartingAt(ctx, following.tokenStart))) break;
    paragraph = sentence.paragraph;
    end = q.end;
    s++;
  }
  return end;
}

/**
 * Does token `i` start afresh: a sentence, or words after a colon or after another quotation's closing mark? A
 * quotation there opens a clause of its own rather than finishing one the writer began.
 */
export function startsAfresh(ctx: AttributionContext, i: number): boolean {
  const first = sentenceBounds(ctx, i).first;
  if (i === first) return true;
  const prev = ctx.tokens[i - 1] as Token;
  return isSentencePunct(prev) || prev.norm === ":" || (isQuoteMarkAt(ctx, i - 1) && ctx.quoteOf[i - 1] !== ctx.quoteOf[i]);
}

/** Auxiliaries whose spelling misleads verbForm: "was" and "does" end in -s the wrong way round. */
const AUXILIARY_FORMS: ReadonlyMap<string, VerbForm> = new Map([
  ["was", "past"], ["were", "past"], ["had", "past"], ["did", "past"], ["is", "s"], ["has", "s"], ["does", "s"],
]);

/**
 * "and has championed", "and had urged": the auxiliary carries the inflection that "and" shares with the cue. After
 * "be" or "have" a plain form is no verb ("and was sound" is an adjective the tagger reads as one).
 */
function auxiliaryCoordinatesWithCue(ctx: AttributionContext, aux: number, cueHead: number): boolean {
  const main = ctx.tokens[skipVerbGroupRight(ctx, aux)];
  const auxiliary = ctx.tokens[aux] as Token;
  const form = AUXILIARY_FORMS.get(auxiliary.norm) ?? verbForm(auxiliary);
  if (main === undefined || main.pos !== "VERB" || ((auxiliary.lemma === "be" || auxiliary.lemma === "have") && verbForm(main) === "base")) return false;
  if (backshiftedPerfect(ctx, auxiliary, cueHead)) return false;
  return isReportingVerb(main) && form !== "base" && form === verbForm(ctx.tokens[cueHead] as Token);
}

/**
 * "said it regretted the fee and had ordered a review": under a cue in the simple past, a past perfect is the
 * reported clause's own tense, shifted back one step, and goes on with that clause. After "had said" it parallels
 * the cue ("had said ... and had urged").
 */
function backshiftedPerfect(ctx: AttributionContext, auxiliary: Token, cueHead: number): boolean {
  return auxiliary.norm === "had" && verbForm(ctx.tokens[cueHead] as Token) === "past" && ctx.tokens[cueHead - 1]?.norm !== "had";
}
