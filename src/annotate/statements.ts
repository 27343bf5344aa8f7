import type { AnnotatedDoc, Entity, Sentence, Statement, Token } from "../model/types.js";
import type { AnnotateStage } from "./stage.js";
import { isRoleWord } from "./entities/roles.js";
import { type AttributionContext, buildContext, rangeOfOffsets, rangeOfTokens, startsSentence, startsUpper } from "./statements/context.js";
import { type CueModel, judgeDrafts } from "./statements/cue-model.js";
import { CUE_MODEL } from "./statements/cue-model-weights.js";
import { type Cue, findCues, isPassive, particleEnd, POLL_NOUNS, verbGroupStart } from "./statements/cues.js";
import { type Draft, frameFor } from "./statements/frames.js";
import { ADJUNCT_TAKING_SPEECH, BE_FORMS, CUE_FRAMES, EXPERIENCER_OBJECT_VERBS, NOUN_PHRASE_POS, OBJECT_PRONOUNS, PARTICIPLE_SUFFIX, QUESTION_WORDS, RELATIVE_PRONOUNS } from "./statements/lexicon.js";
import { SpeakerResolver } from "./statements/speakers.js";
import { isClauseOpener, isComma, isRelativePronoun, phraseEndingAt, type TokenSpan } from "./statements/phrases.js";
import { DASHES, extendOverFollowingQuotes, hasVerb, inflectedUnlike, pastClosingSingleQuote, restIsEmpty, sentenceBounds, trimTrailingPunct, verbForm } from "./statements/extent.js";
import type { Quote } from "./statements/quotes.js";
import { leftFloor, leftSubject, peopleDescribedBy, rightSubject } from "./statements/subjects.js";
import { firstTokenFrom } from "./tokens.js";

/**
 * Who said what: reporting cues (said, told, according to, denied, believes, endorsed ...), their
 * speakers and their content, direct or reported. Reads tokens, quotations, and the entity layer when
 * it has run; works from part-of-speech tags alone when it has not.
 */
export const statementStage: AnnotateStage = {
  name: "statements",
  run(doc: AnnotatedDoc): void {
    if (doc.tokens.length === 0) return;
    doc.statements.push(...statementsOf(buildContext(doc), doc.entities));
  },
};

/** The statements of a document; `model` lets the cue model's trainer try other weights. */
export function statementsOf(ctx: AttributionContext, entities: readonly Entity[], model: CueModel = CUE_MODEL): Statement[] {
  return toStatements(ctx, draftStatements(ctx, entities, model), entities);
}

/** One draft per cue that fits a known construction, then those the cue model takes, in text order. */
function draftStatements(ctx: AttributionContext, entities: readonly Entity[], model: CueModel = CUE_MODEL): Draft[] {
  const { cues, drafts } = handDrafts(ctx);
  // Hand drafts come first so that a learned one never displaces a hand one with the same content.
  const judged = judgeDrafts(ctx, entities, cues, drafts, model, (d) => closesOnSpeech(ctx, d)).filter((d) => hasWords(ctx, d));
  const ordered = dropDuplicates(judged).sort((a, b) => a.cue.first - b.cue.first);
  const unnested = dropNested(ctx, endInsideSpeaker(ctx, endBeforeCoordinatedCue(ctx, ordered)));
  const reshaped = unnested.map((d) => objectGap(ctx, endBeforeMainVerb(ctx, experiencerObject(ctx, withoutDummySubject(ctx, d)))));
  const kept = outsideSpeakers(ctx, reshaped).filter((d) => !askedOfReader(ctx, d) && !agentOrMeansOnly(ctx, d) && !namesThisPiece(ctx, d) && !isStaffLine(ctx, d) && !isCorrectionNote(ctx, d));
  for (const d of kept) carryOverQuotes(ctx, d, kept);
  const unclaimed = withoutHeldQuotes(kept);
  const colon = colonQuotes(ctx, unclaimed);
  const held = [...unclaimed, ...colon];
  return [...held, ...signedQuotes(ctx, held), ...wordsOfQuotes(ctx, held)].sort((a, b) => a.cue.first - b.cue.first);
}

/**
 * "... “We sail at dawn.” Berg reported from the quay.": a quotation another statement already holds whole (carried
 * on from the paragraph before, or inside a longer report) is not the words of a cue that follows it.
 */
export function withoutHeldQuotes(drafts: readonly Draft[]): Draft[] {
  // One sweep, widest span first at each start, so that whatever could hold a draft comes before it: a running
  // furthest end then answers for all of them. Two drafts with one span would each hold the other and both go, so of
  // two quotations the earlier one keeps it; any other draft with that span comes first and holds it.
  const order = drafts.map((_, i) => i).sort((a, b) => {
    const x = drafts[a] as Draft, y = drafts[b] as Draft;
    return x.content.start - y.content.start || y.content.end - x.content.end || Number(spansQuotes(x)) - Number(spansQuotes(y)) || a - b;
  });
  const held = new Set<Draft>();
  let furthest = -Infinity;
  for (const i of order) {
    const d = drafts[i] as Draft;
    if (spansQuotes(d) && furthest >= d.content.end) held.add(d);
    furthest = Math.max(furthest, d.content.end);
  }
  return drafts.filter((d) => !held.has(d));
}

/**
 * "The quay will close, the mayor told them.": a clause reported by a verb of saying that ends on a pronoun for whom it
 * was told is a report; the model has seen that pronoun there too rarely to judge, and drops it as it drops "told them
 * to ..." elsewhere.
 */
function closesOnSpeech(ctx: AttributionContext, d: Draft): boolean {
  if (d.rule !== "clause-then-cue" || !CORE_SPEECH.has((ctx.tokens[d.head] as Token).lemma) || d.cue.last !== d.head) return false;
  return OBJECT_PRONOUNS.has(ctx.tokens[d.head + 1]?.norm ?? "") || invertedWrite(ctx, d);
}

/**
 * "The gate stays shut, wrote the warden.": "write" after the clause's comma with its speaker right after it is the
 * inverted report; the model reads "wrote the warden" as the verb and its object, as in "wrote the memo". Only "write":
 * the model keeps "said/added the warden" already, and taking every dropped "said/added" there costs dev .0002.
 */
function invertedWrite(ctx: AttributionContext, d: Draft): boolean {
  return d.cue.first === d.head && (ctx.tokens[d.head] as Token).lemma === "write" && d.source !== null && d.source.first === d.head + 1 && isComma(ctx.tokens[d.head - 1]);
}

/**
 * A paragraph that is one quotation, then a line of a dash and a name ("- Ann Berg." or "-Mayor Berg, at the fair."):
 * the line signs the quotation, as under an epigraph. The dash is the cue, the name before any comma the speaker.
 */
function signedQuotes(ctx: AttributionContext, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const quote of ctx.quotes) {
    if (!quote.closed || !opensParagraph(ctx, quote.firstToken)) continue;
    let dash = quote.lastToken + 1;
    while (ctx.tokens[dash]?.pos === "PUNCT" && !opensParagraph(ctx, dash)) dash++;
    const mark = ctx.tokens[dash];
    if (!mark || !DASHES.has(mark.norm) || !opensParagraph(ctx, dash) || ctx.quoteOf[dash] !== -1) continue;
    let last = dash;
    while (ctx.tokens[last + 1]?.pos === "PROPN" && ctx.sentenceOf[last + 1] === ctx.sentenceOf[dash]) last++;
    const after = ctx.tokens[last + 1];
    if (last === dash || (after && ctx.sentenceOf[last + 1] === ctx.sentenceOf[dash] && after.norm !== "." && !isComma(after))) continue;
    if (drafts.some((d) => overlapsQuote(d, quote))) continue;
    const sentence = ctx.sentenceOf[dash] as number;
    out.push({ cue: { first: dash, last: dash }, head: dash, source: { first: dash + 1, last }, content: { start: quote.start, end: quote.end }, direct: true, sentence, rule: "signed-quote" });
  }
  return out;
}

/**
 * "“We will rebuild the pier.” Those were the words of Mayor Ann Berg.": a sentence naming whose words the quotation
 * before it were gives that quotation its speaker, when no other cue holds it. The cue runs from the verb to the noun.
 */
function wordsOfQuotes(ctx: AttributionContext, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const quote of ctx.quotes) {
    const k = quote.lastToken + 1;
    if (!quote.closed || !startsSentence(ctx, quote.firstToken) || !startsSentence(ctx, k)) continue;
    const t = (i: number): string => ctx.tokens[i]?.norm ?? "";
    if (!DEMONSTRATIVES.has(t(k)) || !BE_FORMS.has(t(k + 1)) || t(k + 2) !== "the" || !WORDS_NOUNS.has(t(k + 3)) || t(k + 4) !== "of") continue;
    // The name after "of" with its description, as after an inverted "said".
    const speaker = rightSubject(ctx, k + 4);
    if (!speaker || !restIsEmpty(ctx, speaker.last + 1)) continue;
    if (drafts.some((d) => overlapsQuote(d, quote))) continue;
    out.push({ cue: { first: k + 1, last: k + 3 }, head: k + 3, source: speaker, content: { start: quote.start, end: quote.end }, direct: true, sentence: ctx.sentenceOf[k] as number, rule: "words-of" });
  }
  return out;
}

const DEMONSTRATIVES: ReadonlySet<string> = new Set(["those", "these", "that", "this"]);
const WORDS_NOUNS: ReadonlySet<string> = new Set(["words", "comments", "remarks"]);

/** Does the draft's content overlap the quotation? */
function overlapsQuote(d: Draft, quote: Quote): boolean {
  return d.content.start < quote.end && d.content.end > quote.start;
}

/** Does the token at `i` open a sentence that opens a paragraph? */
function opensParagraph(ctx: AttributionContext, i: number): boolean {
  const s = ctx.sentences[ctx.sentenceOf[i] as number];
  const before = ctx.sentences[(ctx.sentenceOf[i] as number) - 1];
  return s !== undefined && s.tokenStart === i && (before === undefined || before.paragraph !== s.paragraph);
}

/**
 * "Lund said the quay would close. “We have no choice.”": quoted sentences with no cue of their own after a clause
 * that a verb of saying reports, to the end of its sentence, carry that report on, as they carry on a quotation
 * (extendOverFollowingQuotes). Not when another statement holds them, nor when they are a heading or a transcript
 * line that names its own speaker (“Berg: ...”).
 */
function carryOverQuotes(ctx: AttributionContext, d: Draft, drafts: readonly Draft[]): void {
  if (d.source === null || !clauseAfterCue(ctx, d) || !CORE_SPEECH.has((ctx.tokens[d.head] as Token).lemma)) return;
  const s = ctx.sentences[d.sentence] as Sentence;
  let last = s.tokenEnd - 1;
  while (last > s.tokenStart && (ctx.tokens[last] as Token).pos === "PUNCT" && ctx.quoteOf[last] === -1) last--;
  if (d.content.end !== (ctx.tokens[last] as Token).end) return;
  const end = extendOverFollowingQuotes(ctx, d.content.end, last);
  if (end === d.content.end || drafts.some((o) => o !== d && o.content.start < end && o.content.end > d.content.end)) return;
  const added = ctx.text.slice(d.content.end, end);
  if (isTitleCased(added) || OPENS_ON_LABEL.test(added)) return;
  d.content = { start: d.content.start, end };
}

const OPENS_ON_LABEL = /^\W*\p{Lu}[\p{L}.'\u2019 ]{1,30}:/u;

/**
 * "The new fee rankled the pilots": the view is the pilots', and what they hold it about is the fee; PolNeAR marks the
 * object as the speaker and the subject as the content. Only for a bare noun phrase after an active verb: "worried
 * that ..." and "were annoyed" keep their subject.
 */
function experiencerObject(ctx: AttributionContext, d: Draft): Draft {
  const object = d.cue.last + 1;
  const first = ctx.tokens[object];
  if (!d.source || d.direct || !first || first.start !== d.content.start || !EXPERIENCER_OBJECT_VERBS.has((ctx.tokens[d.head] as Token).lemma) || isPassive(ctx, d.head)) return d;
  // "worried about the fee": after any particle but "with" the noun is what the subject feels about, not who feels it.
  if (d.cue.last !== d.head && (d.cue.last !== d.head + 1 || (ctx.tokens[d.cue.last] as Token).norm !== "with")) return d;
  if (!(NOUN_PHRASE_POS.has(first.pos) || OBJECT_PRONOUNS.has(first.norm))) return d;
  let last = object;
  while ((ctx.tokens[last + 1]?.end ?? Infinity) <= d.content.end) last++;
  if (hasVerb(ctx, object, last)) return d;
  // "rankled the pilots on Monday": a closing time says when they felt it, not who did.
  const whole = last;
  while (last > object && ctx.timeToken[last]) last--;
  // Only a preposition of the time just dropped: a time past the content's end is none of the object's.
  if (last > object && last < whole && (ctx.tokens[last] as Token).pos === "ADP") last--;
  const subject = rangeOfTokens(ctx, d.source.first, d.source.last);
  return { ...d, source: { first: object, last }, content: { start: subject.start, end: subject.end } };
}

/**
 * "Those who back the levy are farmers": a relative clause inside the sentence's subject takes a noun phrase as its
 * object, and the main clause's verb after it ends the content (PolNeAR ends it after the object).
 */
function endBeforeMainVerb(ctx: AttributionContext, d: Draft): Draft {
  if (!d.source || d.direct || !(inSubjectRelative(ctx, d, d.source) || postnominalAdjective(ctx, d, d.source))) return d;
  let i = d.cue.last + 1;
  while (i < ctx.tokens.length && (ctx.tokens[i] as Token).start < d.content.start) i++;
  for (let k = i + 1; k < ctx.tokens.length && (ctx.tokens[k] as Token).end <= d.content.end; k++) {
    if (ctx.quoteOf[k] !== -1) return d;
    if (!opensPredicate(ctx, k)) continue;
    const last = trimTrailingPunct(ctx, i, k - 1);
    return { ...d, content: { start: d.content.start, end: (ctx.tokens[last] as Token).end } };
  }
  return d;
}

/**
 * "The curfew the guild opposed shows ...", "The rule Moe backed was dropped": an object-frame cue followed at once by a verb
 * in a tense has its object before its subject, in a relative clause without "that"; what was opposed or written is
 * the noun phrase the clause hangs on, and the verb after the cue is the main clause's. When the subject search ran
 * over both nouns ("The letter Moe"), the speaker is the part after the head noun.
 */
function objectGap(ctx: AttributionContext, d: Draft): Draft {
  const s = d.source;
  const next = ctx.tokens[d.cue.last + 1];
  if (!s || d.direct || !next || next.start !== d.content.start || !isTensedVerb(next) || ctx.quoteOf[d.cue.last + 1] !== -1) return d;
  // After a verb of saying the clause is kept whole ("the probe he said was ongoing"): PolNeAR marks the predicate.
  if (d.cue.last !== d.head || CUE_FRAMES.get((ctx.tokens[d.head] as Token).lemma) !== "object") return d;
  const floor = sentenceBounds(ctx, s.first).first;
  let head = s.first;
  while (head < s.last && !((ctx.tokens[head] as Token).pos === "NOUN" && opensDescribedName(ctx.tokens[head + 1] as Token))) head++;
  const joined = head < s.last;
  const antecedent = joined ? (isClauseOpener(ctx, s.first, floor) ? { first: s.first, last: head } : null) : openingPhraseBefore(ctx, s.first, floor);
  if (!antecedent) return d;
  const content = rangeOfTokens(ctx, joined ? objectOfInnerRelative(ctx, s.first, head) : antecedent.first, antecedent.last);
  return { ...d, source: joined ? { first: head + 1, last: s.last } : s, content: { start: content.start, end: content.end } };
}

/**
 * "Those who back the plan Lund proposed": when the phrase before the name holds a relative clause of its own, the
 * gap's noun is that clause's object, the phrase ending at `head` after the relative pronoun and its verb.
 */
function objectOfInnerRelative(ctx: AttributionContext, first: number, head: number): number {
  let r = head - 1;
  while (r > first && !isRelativePronoun(ctx.tokens[r])) r--;
  if (r === first || head - r < 3) return first;
  return phraseEndingAt(ctx, head, r + 2)?.first ?? first;
}

/** A name, or a role before one: "deputy" in "The levy deputy mayor Ann Berg opposed" opens who opposed it. */
function opensDescribedName(t: Token): boolean {
  return t.pos === "PROPN" || (t.pos === "NOUN" && isRoleWord(t.norm));
}

function isTensedVerb(t: Token): boolean {
  return t.pos === "AUX" || (t.pos === "VERB" && (verbForm(t) === "s" || verbForm(t) === "past"));
}

/** "Those who back the levy are ...": an object-frame cue whose subject is a relative pronoun on the sentence's subject. */
function inSubjectRelative(ctx: AttributionContext, d: Draft, s: TokenSpan): boolean {
  if (s.first !== s.last || !RELATIVE_SUBJECTS.has((ctx.tokens[s.first] as Token).norm)) return false;
  if (CUE_FRAMES.get((ctx.tokens[d.head] as Token).lemma) !== "object") return false;
  return openingPhraseBefore(ctx, s.first, sentenceBounds(ctx, s.first).first) !== null;
}

/** The noun phrase right before `first` when it opens its clause (the noun a relative clause at `first` hangs on), or null. */
function openingPhraseBefore(ctx: AttributionContext, first: number, floor: number): TokenSpan | null {
  const np = first > floor ? phraseEndingAt(ctx, first - 1, floor) : null;
  return np && isClauseOpener(ctx, np.first, floor) ? np : null;
}

/**
 * "Bakers reluctant to raise prices stay open": an adjective cue right after the noun that opens the sentence modifies
 * it, and its infinitive ends at the main verb. A clause after the adjective ("fearful that the party is ...", "uneasy
 * in a town where one must ...") has a verb of its own.
 */
function postnominalAdjective(ctx: AttributionContext, d: Draft, s: TokenSpan): boolean {
  const head = ctx.tokens[d.head] as Token;
  const infinitive = ctx.tokens[d.cue.last + 1]?.norm === "to";
  return head.pos === "ADJ" && infinitive && d.cue.first === d.head && s.last + 1 === d.cue.first && isClauseOpener(ctx, s.first, sentenceBounds(ctx, s.first).first);
}

/**
 * An auxiliary, or a verb in a tense after a noun: the predicate of a clause whose subject ends before `k`. A form
 * before "by" is a participle with its agent that describes the noun ("the tolls set by the board are ...").
 */
function opensPredicate(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  const prev = ctx.tokens[k - 1] as Token;
  if (t.pos === "AUX") return true;
  if (ctx.tokens[k + 1]?.norm === "by") return false;
  return t.pos === "VERB" && verbForm(t) !== "ing" && (prev.pos === "NOUN" || prev.pos === "PROPN" || prev.pos === "PRON");
}

/**
 * "It is clear that ...", "it's hard to know whether ...", "it became plain that ...": the "it" before a form of
 * "be" and an adjective holds the place of the clause after it and speaks for no one; the judgement is the writer's.
 * PolNeAR marks no speaker there, and mostly takes the "it" into the cue.
 */
function withoutDummySubject(ctx: AttributionContext, d: Draft): Draft {
  const s = d.source;
  if (!s || s.first !== s.last || (ctx.tokens[s.first] as Token).norm !== "it" || s.last + 1 !== d.cue.first) return d;
  const verb = ctx.tokens[d.cue.first] as Token;
  if (verb.lemma !== "be" && verb.lemma !== "become") return d;
  let k = d.cue.first + 1;
  while (k <= d.cue.last && ((ctx.tokens[k] as Token).pos === "ADV" || (ctx.tokens[k] as Token).pos === "PART")) k++;
  // "It is critical of the plan": an attitude held toward something belongs to whatever "it" stands for.
  if (k > d.cue.last || (ctx.tokens[k] as Token).pos !== "ADJ" || (ctx.tokens[d.cue.last] as Token).pos === "ADP") return d;
  return { ...d, source: null, cue: { ...d.cue, first: s.first } };
}

/**
 * "Lund then turned to the crowd: “We stay.”": a quotation after a colon is the words of the subject of the clause
 * before it, whatever its verb (PolNeAR marks the quotation in about four in five such colons on train). The cue runs
 * from that verb to the colon. So does a comma before a quoted sentence that closes the sentence ("..., the choir
 * sings, “Bring the boats home.”"); before a shorter quotation it mostly sets off a title. Left alone when a
 * statement already holds the quotation or has its cue before the colon.
 */
function colonQuotes(ctx: AttributionContext, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const quote of ctx.quotes) {
    const colon = quote.firstToken - 1;
    const mark = ctx.tokens[colon];
    if (!mark || (mark.norm !== ":" && !(mark.norm === "," && quotedSentence(ctx, quote))) || ctx.quoteOf[colon] !== -1 || !closesSentence(ctx, quote)) continue;
    const sentence = ctx.sentenceOf[colon] as number;
    const { first } = sentenceBounds(ctx, colon);
    if (drafts.some((d) => overlapsQuote(d, quote) || (d.sentence === sentence && d.cue.first < colon))) continue;
    // The nearest verb before the colon with a subject of its own: "After the vote was counted, Lund told the crowd:"
    // skips the opening clause; a relative pronoun or "it" is the subject of a clause inside. "had" counts though
    // wink tags it as an auxiliary: in "Lund had this to say:" the "say" has only "this" before it.
    let said: Draft | null = null;
    let withoutSpeaker = false;
    const content = { start: quote.start, end: extendOverFollowingQuotes(ctx, quote.end, quote.lastToken) };
    for (let head = colon - 1; head >= first && !said; head--) {
      const verb = ctx.tokens[head] as Token;
      if ((verb.pos !== "VERB" && verb.lemma !== "have") || ctx.quoteOf[head] !== -1) continue;
      const cueFirst = verbGroupStart(ctx, head);
      const source = leftSubject(ctx, cueFirst, leftFloor(ctx, cueFirst));
      if (!source) continue;
      if (source.first === source.last && NO_SPEAKERS.has((ctx.tokens[source.first] as Token).norm)) withoutSpeaker = true;
      // PolNeAR's cue takes in a colon but not a comma.
      else said = addressedBeforeColon(ctx, head, cueFirst, colon, source, content, sentence) ?? { cue: { first: cueFirst, last: mark.norm === ":" ? colon : colon - 1 }, head, source, content, direct: true, sentence, rule: "clause-colon-quote" };
    }
    // "It gets worse: “...”": the colon alone introduces the quotation, its speaker named elsewhere.
    if (!said && withoutSpeaker && mark.norm === ":") said = { cue: { first: colon, last: colon }, head: colon, source: null, content, direct: true, sentence, rule: "clause-colon-quote" };
    if (said) out.push(said);
  }
  return out;
}

/**
 * "Olsen told the crews, over the roar of the engines:" before a quoted paragraph: PolNeAR's cue is the verb alone, as
 * after "told the crews" with no colon; the addressee and what follows it are no part of the cue or of what was said.
 */
function addressedBeforeColon(ctx: AttributionContext, head: number, cueFirst: number, colon: number, source: TokenSpan, content: { start: number; end: number }, sentence: number): Draft | null {
  const last = particleEnd(ctx, head);
  if ((ctx.tokens[colon] as Token).norm !== ":" || last + 1 >= colon || CUE_FRAMES.get((ctx.tokens[head] as Token).lemma) !== "addressed" || isPassive(ctx, head)) return null;
  return { cue: { first: cueFirst, last }, head, source, content, direct: true, sentence, rule: "clause-colon-quote" };
}

/** A quotation of a whole sentence or more, closing its sentence: "..., she sang, “Don't go changing to please me.”" */
function quotedSentence(ctx: AttributionContext, quote: Quote): boolean {
  const inner = ctx.text.slice(quote.innerStart, quote.innerEnd);
  return /^\p{Lu}/u.test(inner) && inner.split(/\s+/).length >= 4 && !isTitleCased(inner);
}

/** Nothing but punctuation follows the quotation in its sentence. */
function closesSentence(ctx: AttributionContext, quote: Quote): boolean {
  const { last } = sentenceBounds(ctx, quote.lastToken);
  for (let i = quote.lastToken + 1; i <= last; i++) if ((ctx.tokens[i] as Token).pos !== "PUNCT") return false;
  return true;
}

/** "Home Across the Hills": every longer word capitalised names a work; a quoted sentence has lower-case words. */
function isTitleCased(inner: string): boolean {
  const words = inner.match(/\p{L}{4,}/gu) ?? [];
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** The cues the hand rules find and one draft per cue that fits a known construction, before any is dropped. */
export function handDrafts(ctx: AttributionContext): { cues: Cue[]; drafts: Draft[] } {
  const cues = findCues(ctx);
  const drafts: Draft[] = [];
  for (const cue of cues) {
    const d = frameFor(ctx, cue, reportingDraft(ctx, drafts, cue));
    if (d && hasWords(ctx, d)) drafts.push(d);
  }
  return { cues, drafts };
}

/**
 * The draft whose speaker a following participle or coordinated cue shares: the last one, unless it is reported
 * inside an earlier one of its sentence ("Lund said he plans to run, adding that ..." adds Lund's words, not his).
 */
function reportingDraft(ctx: AttributionContext, drafts: readonly Draft[], cue: Cue): Draft | undefined {
  const latest = drafts[drafts.length - 1];
  if (!latest) return undefined;
  let last = latest;
  // "Lund railed against the fees - “I hate them,” she said - and vowed ...": a statement set off between dashes is
  // an aside, and the verb after it goes on with the statement before the aside.
  const opening = asideOpening(ctx, latest, cue);
  let inAside = opening !== -1;
  for (let i = drafts.length - 2; i >= 0; i--) {
    const outer = drafts[i] as Draft;
    if (outer.sentence !== last.sentence) break;
    if (inAside) {
      if (outer.cue.last < opening) [last, inAside] = [outer, false];
      continue;
    }
    const cueStart = (ctx.tokens[last.cue.first] as Token).start;
    const cueEnd = (ctx.tokens[last.cue.last] as Token).end;
    if (outer.content.start <= cueStart && outer.content.end >= cueEnd) last = outer;
  }
  return inAside ? latest : last;
}

/** The dash opening the aside that holds `draft`, when a second dash closes it before `cue`; else -1. */
function asideOpening(ctx: AttributionContext, draft: Draft, cue: Cue): number {
  let closing = draft.cue.last + 1;
  while (closing < cue.first && !(DASHES.has((ctx.tokens[closing] as Token).norm) && ctx.quoteOf[closing] === -1)) closing++;
  if (closing >= cue.first) return -1;
  const first = Math.min(draft.cue.first, draft.source?.first ?? draft.cue.first, firstTokenFrom(ctx.tokens, draft.content.start));
  for (let k = first - 1; k >= 0 && ctx.sentenceOf[k] === draft.sentence; k--) {
    if (DASHES.has((ctx.tokens[k] as Token).norm) && ctx.quoteOf[k] === -1) return k;
  }
  return -1;
}

const WORD = /[\p{L}\p{N}]/u;

/** A content of punctuation alone ("'") is a misreading, not something said. */
function hasWords(ctx: AttributionContext, d: Draft): boolean {
  return d.content.end > d.content.start && WORD.test(ctx.text.slice(d.content.start, d.content.end));
}

/**
 * "Lund denied the charge and accused Berg of lying": a second cue of the same speaker joined by "and" or "but" is
 * the next thing that speaker did, not part of what the first cue reports; the first content ends before the
 * conjunction, and both statements stand. So does "said" with a speaker of its own ("Two in five said ... and one in
 * six said ..."), or another verb of saying after ", and"; without the comma that verb's subject may be a name joined
 * to one inside the content ("said Lund and Berg wrote the songs").
 */
function endBeforeCoordinatedCue(ctx: AttributionContext, drafts: Draft[]): Draft[] {
  return drafts.map((o) => {
    if (!o.source || spansQuotes(o)) return o;
    for (const d of drafts) {
      if (d === o || !d.source) continue;
      const sameSpeaker = d.source.first === o.source.first && d.source.last === o.source.last;
      let k = sameSpeaker ? d.cue.first - 1 : d.source.first - 1;
      // "has been critical of Lund but on Tuesday wrote": adverbs and a time may stand between the conjunction and the verb.
      while (sameSpeaker && k > 0 && ((ctx.tokens[k] as Token).pos === "ADV" || ctx.timeToken[k] || ((ctx.tokens[k] as Token).pos === "ADP" && ctx.timeToken[k + 1]))) k--;
      const conj = ctx.tokens[k] as Token | undefined;
      if (!conj || conj.pos !== "CCONJ" || (conj.norm !== "and" && conj.norm !== "but") || ctx.quoteOf[k] !== -1) continue;
      const verb = (ctx.tokens[d.head] as Token).lemma;
      if (!sameSpeaker && !(verb === "say" || (CORE_SPEECH.has(verb) && isComma(ctx.tokens[k - 1])))) continue;
      if (sameSpeaker && d.cue.first === d.head && inflectedUnlike(ctx, d.head, o.head) && hasVerb(ctx, o.cue.last + 1, k - 1)) continue;
      // "Holt said the fees and the tolls said little": with no verb before a bare "and", what it joins is the
      // subject of the reported clause, not a second speaker's report. A quoted answer ("said “yes” and ...") is whole,
      // and a pronoun ("and it says") opens a clause of its own.
      const joinsSubject = conj.norm === "and" && !isComma(ctx.tokens[k - 1]) && ctx.quoteOf[k - 1] === -1 && (ctx.tokens[k + 1] as Token).pos !== "PRON";
      if (!sameSpeaker && joinsSubject && !hasVerb(ctx, o.cue.last + 1, k - 1)) continue;
      if (conj.start <= o.content.start || conj.start >= o.content.end) continue;
      let last = k - 1;
      while (last > 0 && (ctx.tokens[last] as Token).pos === "PUNCT" && ctx.quoteOf[last] === -1) last--;
      const end = (ctx.tokens[last] as Token).end;
      if (end <= o.content.start) continue;
      return { ...o, content: { start: o.content.start, end } };
    }
    return o;
  });
}

/**
 * "Anyone who knows the mayor knows she will not yield": a report whose speaker is a relative pronoun inside another
 * statement's speaker belongs to a relative clause of that speaker, and ends where the speaker does, before the main
 * clause's verb; run on, it held that verb's report and dropNested dropped it. Only a relative pronoun's: other cues
 * inside a speaker are as often a speaker found too long (train speaker -.0002, dev -.0005 when tried).
 */
function endInsideSpeaker(ctx: AttributionContext, drafts: Draft[]): Draft[] {
  return drafts.map((d) => {
    if (!d.source || d.source.first !== d.source.last || !RELATIVE_SUBJECTS.has((ctx.tokens[d.source.first] as Token).norm)) return d;
    for (const o of drafts) {
      if (o === d || !o.source || d.cue.first < o.source.first || d.cue.last > o.source.last) continue;
      const end = (ctx.tokens[trimTrailingPunct(ctx, d.cue.last + 1, o.source.last)] as Token).end;
      if (d.content.start < end && d.content.end > end) return { ...d, content: { start: d.content.start, end } };
    }
    return d;
  });
}

/**
 * A cue inside the content of another statement reports what that speaker said someone else said or
 * thought ("Smith said Jones believes ..."); PolNeAR rarely marks these, and they are mostly misreadings
 * of an over-long content. Keep only the outer statement, unless the inner one is a second report beside it
 * (secondActEnd, isFrontedQuestion).
 */
function dropNested(ctx: AttributionContext, drafts: Draft[]): Draft[] {
  // Surer constructions claim their content first, so a doubtful outer reading cannot swallow a sure inner one.
  const quoted = quotedInsideSpeech(ctx, drafts);
  // Ranked once each: the sort compares each draft many times over.
  const rank = new Map(drafts.map((d) => [d, quoted.has(d) ? 2 : priority(ctx, d)]));
  const ranked = [...drafts].sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number) || a.content.start - b.content.start);
  // Polls frame the answers they report ("In a CBS poll, 60 percent said ..."): PolNeAR marks both, so they
  // are kept without taking part in the competition.
  const keep = new Set(drafts.filter((d) => inPoll(ctx, d)));
  const kept: Draft[] = [];
  for (const d of ranked) {
    if (keep.has(d)) continue;
    const cueStart = (ctx.tokens[d.cue.first] as Token).start;
    const cueEnd = (ctx.tokens[d.cue.last] as Token).end;
    // "Lund replied, thanking the crew": a cue whose content opens on a participle after a comma has no content of its
    // own; the participle is the report.
    const swallowed = isComma(ctx.tokens[d.cue.first - 1]) && (ctx.tokens[d.head] as Token).norm.endsWith(PARTICIPLE_SUFFIX) ? kept.find((k) => !spansQuotes(k) && k.content.start === cueStart) : undefined;
    if (swallowed) {
      kept.splice(kept.indexOf(swallowed), 1);
      keep.delete(swallowed);
    }
    // A quotation read across its cue (“A,” she said, referring to X. “B.”) holds narrative between its parts;
    // cues there are the writer's, and PolNeAR marks them as statements of their own.
    // "Lund said the levy was fair and, she argued, overdue": a parenthetical cue vouches for the words around it, not
    // for an earlier report in its sentence, which stands beside it.
    const holders = kept.filter((k) => !spansQuotes(k) && k.content.start <= cueStart && k.content.end >= cueEnd && !(aroundOwnCue(ctx, k) && d.cue.first < k.cue.first));
    const inPollFinding = insidePollFinding(ctx, drafts, cueStart, cueEnd);
    const second = !spansQuotes(d) ? kept.find((k) => opensSecondReport(ctx, d, k)) : undefined;
    if (second) {
      const end = (ctx.tokens[endBeforeSecondReport(ctx, d, second.source as TokenSpan)] as Token).end;
      // "Berg wrote in a memo, to which Lund replied: ...": the first report's content began after its adjunct, so
      // nothing of it is left before the second speaker.
      if (end <= d.content.start) continue;
      d.content = { start: d.content.start, end };
    }
    const covers = !spansQuotes(d) && kept.some((k) => d.content.start <= (ctx.tokens[k.cue.first] as Token).start && d.content.end >= (ctx.tokens[k.cue.last] as Token).end);
    const outer = holders.length === 1 && !inPollFinding && !covers ? (holders[0] as Draft) : undefined;
    const end = outer ? (secondActEnd(ctx, outer, d) ?? splicedReportEnd(ctx, outer, d) ?? (isFrontedQuestion(ctx, outer, d) ? outer.content.end : null)) : null;
    // "The senator was attacked from all sides as rivals see him as a threat": PolNeAR marks the second act's report, not
    // the passive or "seems" reading run on into it, which gives way whole rather than shortened.
    if (outer && end !== null && outer.rule === "passive-expectation") {
      kept.splice(kept.indexOf(outer), 1);
      keep.delete(outer);
    }
    // The drafts are this stage's own: the outer one is shortened where it stands.
    else if (outer && end !== null) outer.content = { start: outer.content.start, end };
    else if (holders.length > 0 || inPollFinding || covers) continue;
    kept.push(d);
    keep.add(d);
  }
  return drafts.filter((d) => keep.has(d));
}

/** "The fees, Lund said, will rise": a content on both sides of its own speaker and cue, which stand inside it as a parenthesis. */
function aroundOwnCue(ctx: AttributionContext, d: Draft): boolean {
  if (d.source === null) return false;
  const first = Math.min(d.source.first, d.cue.first);
  const last = Math.max(d.source.last, d.cue.last);
  return d.content.start < (ctx.tokens[first] as Token).start && d.content.end > (ctx.tokens[last] as Token).end;
}

/**
 * "Ivo Brandt, a glassblower who backs the kiln tax, said ...": a cue inside another statement's speaker describes
 * that speaker, and PolNeAR reads it as part of the source rather than as a statement of its own.
 */
function outsideSpeakers(ctx: AttributionContext, drafts: readonly Draft[]): Draft[] {
  return drafts.filter((d) => reportsNounBefore(ctx, d) || setOffRelative(ctx, d) || !drafts.some((k) => k !== d && k.source !== null && k.source.first <= d.cue.first && d.cue.last <= k.source.last));
}

/**
 * "Ada Lund, who backs the kiln tax, said ...": a relative clause set off by a comma is an aside on the speaker, and
 * PolNeAR marks its report beside the main one about half the time, enough to pay for the misses; a restrictive one
 * ("a glassblower who backs") much less often, and it stays in. The main speaker keeps the clause: PolNeAR cuts it
 * where it marks the aside's report, but which asides those are, the drafts foretell only about half the time.
 */
function setOffRelative(ctx: AttributionContext, d: Draft): boolean {
  return d.source !== null && d.source.first === d.source.last && RELATIVE_PRONOUNS.has((ctx.tokens[d.source.first] as Token).norm) && isComma(ctx.tokens[d.source.first - 1]);
}

/**
 * "The note the mayor posted shows the hall", "the sketch that Ada posted": a relative clause reporting the noun before
 * its speaker says what the noun is, which the statement whose speaker holds it does not. Known by where it stands, not
 * by the rule that found it: the noun ends right before the speaker or its relative pronoun, where an inverted report
 * ("..., Lund said") has punctuation; a relative pronoun as the speaker or the content ("a note that was read", "which
 * Lund read") reports nothing of its own.
 */
function reportsNounBefore(ctx: AttributionContext, d: Draft): boolean {
  if (d.source === null || d.source.last >= d.cue.first || RELATIVE_PRONOUNS.has((ctx.tokens[d.source.first] as Token).norm)) return false;
  const before = d.source.first - 1;
  const noun = RELATIVE_PRONOUNS.has(ctx.tokens[before]?.norm ?? "") ? before - 1 : before;
  const t = ctx.tokens[noun];
  return t !== undefined && t.end === d.content.end && (t.pos === "NOUN" || t.pos === "PROPN");
}

/**
 * "Do you trust the new harbor master?", "What do you think of the ferry plan?": a question the writer puts to the reader
 * holds no one's view; PolNeAR leaves it unmarked. A quoted one is an interviewer's and stays.
 */
function askedOfReader(ctx: AttributionContext, d: Draft): boolean {
  if (!d.source || d.source.first !== d.source.last || ctx.tokens[d.source.first]?.norm !== "you" || ctx.quoteOf[d.cue.first] !== -1) return false;
  const { first, last } = sentenceBounds(ctx, d.cue.first);
  const aux = QUESTION_WORDS.has(ctx.tokens[first]?.norm ?? "") ? first + 1 : first;
  return aux + 1 === d.source.first && ctx.tokens[aux]?.pos === "AUX" && ctx.tokens[last]?.norm === "?";
}

/** The words a piece uses for itself: "this story", "this article". ("this report" often names someone else's.) */
const SELF_NOUNS: ReadonlySet<string> = new Set(["story", "article", "post", "piece"]);

/**
 * "This story has been updated to include ...", "An earlier version of this article gave ...": the piece speaking
 * of itself is an editor's note, not a source; PolNeAR leaves it unmarked.
 */
function namesThisPiece(ctx: AttributionContext, d: Draft): boolean {
  if (!d.source || d.source.last <= d.source.first) return false;
  return SELF_NOUNS.has((ctx.tokens[d.source.last] as Token).norm) && ctx.tokens[d.source.last - 1]?.norm === "this";
}

/** Present-tense verbs of a writer's standing beat in the line under a piece: "writes about", "covers", "reports on". */
const BEAT_VERBS: ReadonlySet<string> = new Set(["writes", "covers", "reports"]);

/**
 * "Ann Berg writes about cities for The Gazette.": the line that introduces a piece's author names the beat and the
 * outlet; no words are reported. The content has no verb and ends on "for" and a capitalised name closing the sentence.
 */
function isStaffLine(ctx: AttributionContext, d: Draft): boolean {
  if (!BEAT_VERBS.has((ctx.tokens[d.head] as Token).norm) || !d.source || (ctx.tokens[d.source.last] as Token).pos !== "PROPN") return false;
  const first = firstTokenFrom(ctx.tokens, d.content.start);
  const last = trimTrailingPunct(ctx, first, sentenceBounds(ctx, first).last);
  let k = last;
  while (k > first && (startsUpper((ctx.tokens[k] as Token).text) || (ctx.tokens[k] as Token).pos === "DET")) k--;
  return k < last && (ctx.tokens[k] as Token).norm === "for" && !hasVerb(ctx, first, k);
}

/** What a correction owns up to: "regrets the error". */
const ERROR_NOUNS: ReadonlySet<string> = new Set(["error", "errors", "mistake", "mistakes", "omission"]);

/** "The Gazette regrets the error.": a correction's closing formula, not a stance the paper reports. */
function isCorrectionNote(ctx: AttributionContext, d: Draft): boolean {
  if ((ctx.tokens[d.head] as Token).lemma !== "regret") return false;
  const first = firstTokenFrom(ctx.tokens, d.content.start);
  const last = firstTokenFrom(ctx.tokens, d.content.end) - 1;
  return last === first + 1 && ERROR_NOUNS.has((ctx.tokens[last] as Token).norm) && restIsEmpty(ctx, last + 1);
}

/**
 * "the toll approved by the harbor board", "Lund weighed in by phone": words after a cue that open on "by" and hold no
 * verb name who did the act or how, not what was said; PolNeAR rarely marks them as content.
 */
function agentOrMeansOnly(ctx: AttributionContext, d: Draft): boolean {
  if (d.rule !== "cue-then-clause") return false;
  const first = firstTokenFrom(ctx.tokens, d.content.start);
  const opener = ctx.tokens[first];
  if (first <= d.cue.last || opener?.pos !== "ADP" || opener.norm !== "by") return false;
  return !hasVerb(ctx, first, firstTokenFrom(ctx.tokens, d.content.end) - 1);
}

/**
 * "Asked whether the ferry would run, the mayor said, ...": the question put before a cue read around its clause is
 * the asker's statement, which PolNeAR marks beside the answer; the answer keeps its content as it was.
 */
function isFrontedQuestion(ctx: AttributionContext, outer: Draft, inner: Draft): boolean {
  return (ctx.tokens[inner.head] as Token).lemma === "ask" && aroundOwnCue(ctx, outer) && inner.cue.last < outer.cue.first;
}

/**
 * "The mayor defended the plan even as she conceded its cost", "... when she conceded ...": a clause opened by "as",
 * "when", "while" or "because", with a subject of its own, is a second act beside the first rather than inside what
 * it reports, and PolNeAR marks both. Returns where the first content then ends, or null. After a verb of saying, or
 * inside a "that" clause, such a clause is part of what was said; "as the Gazette reported" is the writer's credit
 * for the first; "described as" is no clause. A passive or "seems" reading, whose content holds its own cue, has such
 * a second act after it too ("was attacked from all sides as rivals see him as a threat").
 */
function secondActEnd(ctx: AttributionContext, outer: Draft, inner: Draft): number | null {
  const source = ownSubjectBeside(ctx, outer, inner);
  if (!source || !(clauseAfterCue(ctx, outer) || outer.rule === "passive-expectation") || ADJUNCT_TAKING_SPEECH.has((ctx.tokens[inner.head] as Token).lemma)) return null;
  let k = source.first - 1;
  if (!SECOND_ACT_OPENERS.has((ctx.tokens[k] as Token).norm) || (ctx.tokens[k - 1] as Token).pos === "VERB") return null;
  if ((ctx.tokens[k] as Token).norm === "as" && refersBack(ctx, inner)) return null;
  k--;
  if (OPENER_MODIFIERS.has((ctx.tokens[k] as Token).norm)) k--;
  while (k > outer.cue.last && (ctx.tokens[k] as Token).pos === "PUNCT" && ctx.quoteOf[k] === -1) k--;
  if (k <= outer.cue.last) return null;
  const end = (ctx.tokens[k] as Token).end;
  return end > outer.content.start ? end : null;
}

/**
 * The subject of an inner report that may stand beside the outer one (secondActEnd, splicedReportEnd), or null: its
 * own, after the outer object began, outside quotations. After a verb of saying on either side, or inside a "that"
 * clause, the inner report is part of what was said.
 */
function ownSubjectBeside(ctx: AttributionContext, outer: Draft, inner: Draft): TokenSpan | null {
  const source = inner.source;
  if (!source || source.last >= inner.cue.first || source.first <= outer.cue.last + 1 || ctx.quoteOf[source.first] !== -1) return null;
  if (!clauseAfterCue(ctx, inner) || CORE_SPEECH.has((ctx.tokens[outer.head] as Token).lemma) || CORE_SPEECH.has((ctx.tokens[inner.head] as Token).lemma)) return null;
  return THAT_CLAUSE.test(ctx.text.slice(outer.content.start, outer.content.start + 5)) ? null : source;
}

/**
 * "Lund said the pier leaks", "Lund praised “the crew” as ...": the cue, then an unquoted content, with any speaker
 * before the cue, whichever rule read it. A relative reporting the noun before its speaker ("the warning that Ada
 * shouted") has its content first, and a passive ("Lund was attacked ...") has the cue inside it.
 */
function clauseAfterCue(ctx: AttributionContext, d: Draft): boolean {
  return !d.direct && (d.source === null || d.source.last < d.cue.first) && d.content.start >= (ctx.tokens[d.cue.last] as Token).end;
}

/**
 * "Holt waved off the audit, the council then voted to ...", "Holt waved off the audit, with two in five saying ...",
 * "who backed the levy, and who now doubts it": a report with a subject of its own joined to an object by a bare
 * comma, by ", with" or by ", and who" is the next act, not part of the object, and PolNeAR marks both. Returns
 * where the object then ends, or null. A content with a verb, or opening on "that", is a clause, which runs on over
 * such a comma ("noted that, in May, the board voted"); so do verbs of saying on either side.
 */
function splicedReportEnd(ctx: AttributionContext, outer: Draft, inner: Draft): number | null {
  const source = ownSubjectBeside(ctx, outer, inner);
  if (!source || !clauseAfterCue(ctx, outer)) return null;
  let k = source.first - 1;
  const joint = (ctx.tokens[k] as Token).norm;
  if (joint === "with" || (joint === "and" && RELATIVE_SUBJECTS.has((ctx.tokens[source.first] as Token).norm))) k--;
  if (!isComma(ctx.tokens[k]) || hasVerb(ctx, outer.cue.last + 1, k - 1)) return null;
  const end = (ctx.tokens[trimTrailingPunct(ctx, outer.cue.last + 1, k - 1)] as Token).end;
  return end > outer.content.start ? end : null;
}

/**
 * "endorsed the budget as Mira had drafted it", "... as she had proposed at the meeting": an "as" clause whose object
 * is only a pronoun for the first object, or which has no object at all, says how the first thing came about; it is
 * part of that content, not a second act.
 */
function refersBack(ctx: AttributionContext, inner: Draft): boolean {
  const first = inner.cue.last + 1;
  const t = ctx.tokens[first];
  if (!t || t.start < inner.content.start) return false;
  if (t.pos === "ADP") return true;
  const next = ctx.tokens[first + 1];
  return BACK_POINTING.has(t.norm) && (!next || next.start >= inner.content.end || (next.pos !== "VERB" && next.pos !== "AUX"));
}

const BACK_POINTING = new Set(["it", "them", "so"]);
const SECOND_ACT_OPENERS = new Set(["as", "when", "while", "because"]);
const OPENER_MODIFIERS = new Set(["even", "just"]);
const THAT_CLAUSE = /^that\b/i;

/**
 * "In a Gazette poll, 60 percent said the ferry should stay": the answers are the poll's finding, which PolNeAR
 * marks once, as the poll's; the respondents' "said" inside it is not marked again.
 */
function insidePollFinding(ctx: AttributionContext, drafts: readonly Draft[], cueStart: number, cueEnd: number): boolean {
  return drafts.some((p) => inPoll(ctx, p) && (ctx.tokens[(p.source as TokenSpan).last] as Token).end <= p.content.start && p.content.start <= cueStart && p.content.end >= cueEnd);
}

/** "In a Gazette poll, ...", "... in the latest survey": the poll a bare "in" opens speaks for the answers given in it. */
function inPoll(ctx: AttributionContext, d: Draft): boolean {
  return (ctx.tokens[d.head] as Token).norm === "in" && d.cue.first === d.cue.last && d.source !== null && d.source.first === d.cue.last + 1;
}

/**
 * "Lund said the ferry was “a disgrace.”", "Berg noted that he calls it “a scam”": a quotation closing a clause that
 * a verb of saying reports belongs to that report; read from a cue inside the clause ("was", "calls") it loses the
 * sure rank a quotation after its own cue has.
 */
function quotedInsideSpeech(ctx: AttributionContext, drafts: readonly Draft[]): Set<Draft> {
  const out = new Set<Draft>();
  for (const d of drafts) {
    if (d.rule !== "cue-then-quote") continue;
    const cueStart = (ctx.tokens[d.cue.first] as Token).start;
    const cueEnd = (ctx.tokens[d.cue.last] as Token).end;
    const speech = drafts.some((o) => o !== d && REPORTED_CLAUSE_RULES.has(o.rule) && CORE_SPEECH.has((ctx.tokens[o.head] as Token).lemma) && o.content.start <= cueStart && o.content.end >= cueEnd && !opensSecondReport(ctx, o, d));
    if (speech) out.add(d);
  }
  return out;
}

// Named, not shaped: an unquoted content on a verb of saying is also what "according to" and passive readings ("is to be
// written") give, and keyed on that shape alone they took quotations from their own cues (tried; 2 documents changed).
const REPORTED_CLAUSE_RULES = new Set(["cue-then-clause", "clause-then-cue", "parenthetical-cue", "cue-then-clause-unfound-speaker"]);

/**
 * "Berg said the fares were fair, Lund said: “They are not.”": a speaker, a cue and a colon opening a quotation
 * inside another report's clause start a second report; the first ends before that speaker.
 */
function opensSecondReport(ctx: AttributionContext, outer: Draft, inner: Draft): boolean {
  if (inner.rule !== "cue-then-quote" || !inner.source || (ctx.tokens[inner.cue.last] as Token).norm !== ":") return false;
  const sourceStart = (ctx.tokens[inner.source.first] as Token).start;
  return inner.source.first > outer.cue.last + 1 && outer.content.start < sourceStart && outer.content.end > sourceStart && ctx.quoteOf[inner.source.first] === -1;
}

/** The last token of the first report: before the second speaker, a comma, and a relative "to which" that links them. */
function endBeforeSecondReport(ctx: AttributionContext, outer: Draft, source: TokenSpan): number {
  const first = outer.cue.last + 1;
  let last = trimTrailingPunct(ctx, first, source.first - 1);
  if (RELATIVE_LINKS.has((ctx.tokens[last] as Token).norm) && last > first) {
    last--;
    if ((ctx.tokens[last] as Token).pos === "ADP" && last > first) last--;
    last = trimTrailingPunct(ctx, first, last);
  }
  return last;
}

const RELATIVE_LINKS = new Set(["which", "whom"]);

function spansQuotes(d: Draft): boolean {
  return d.rule.startsWith("quote-then");
}

/** The verbs of saying proper: when two readings compete, these win over "shows", "sees", "wants". */
const CORE_SPEECH = new Set(["say", "tell", "add", "accord", "write", "tweet", "announce", "state", "declare", "note", "argue", "claim", "insist", "explain", "quote"]);

const RELATIVE_SUBJECTS = new Set(["who", "that", "which"]);
const BARE_UNMARKED_SPEAKERS = new Set(["that", "those", "this", "their"]);
/** "In their view, ...", "Their belief is that ...": "their" owns the view named, so it is marked as the speaker. */
const OWNED_VIEW_RULES = new Set(["in-view-of", "nominal-copula"]);
const NO_SPEAKERS = new Set([...RELATIVE_SUBJECTS, "it", "this", "there"]);

/**
 * Lower is surer. Keyed on rule names: a rank judges the construction a rule reads (a transcript label, a noun cue, a
 * passive), which the spans of its drafts alone do not tell apart.
 */
function priority(ctx: AttributionContext, d: Draft): number {
  const rule = d.rule;
  // The cue model's guesses yield to every hand rule.
  if (rule.startsWith("learned-")) return 3;
  // A line opening "Name:" gives the whole line to that name; cues inside it are the speaker's own words. So does a
  // transcript's capitalised "NAME:" over a whole paragraph; a label in ordinary case heading several sentences is
  // more often a section head ("Next steps:") whose sentences carry their own cues.
  if (rule.startsWith("quote-then") || rule.startsWith("cue-then-quote") || (rule === "speaker-label" && (isOneSentence(ctx, d) || isCapitalisedLabel(ctx, d)))) return 0;
  if (rule === "speaker-label" || rule === "nominal-cue" || rule.startsWith("passive")) return 2;
  // "those who said ...", "wants a plan without what she says are ...": a statement inside a relative clause yields to the
  // clause around it.
  if (rule === "relative-clause" || (d.source && d.source.first === d.source.last && RELATIVE_SUBJECTS.has((ctx.tokens[d.source.first] as Token).norm))) return 2;
  if (reportsPoll(ctx, d)) return 1;
  // "mentioned a soil test indicating that ...": a participle on a noun describes that noun, the object of the report around it.
  const head = ctx.tokens[d.head] as Token;
  if (d.cue.first === d.head && head.norm.endsWith(PARTICIPLE_SUFFIX) && (ctx.tokens[d.head - 1]?.pos === "NOUN" || ctx.tokens[d.head - 1]?.pos === "PROPN")) return 2;
  // "have pointed out that Berg said ...": a verb that takes a "that" clause reports it, whatever the verb; the
  // report inside is what was pointed out, not a statement of its own.
  return CORE_SPEECH.has(head.lemma) || (ctx.tokens[d.cue.last + 1] as Token | undefined)?.norm === "that" ? 1 : 2;
}

/** "Polls show that 30 percent say ...": a poll speaks for its respondents, whose answers are its content. */
function reportsPoll(ctx: AttributionContext, d: Draft): boolean {
  return d.source !== null && POLL_NOUNS.has((ctx.tokens[d.source.last] as Token).lemma);
}

/** "MORGAN:", "ANA DIAZ:": a label written all in capitals, as transcripts name who speaks. */
function isCapitalisedLabel(ctx: AttributionContext, d: Draft): boolean {
  if (!d.source) return false;
  const label = ctx.text.slice((ctx.tokens[d.source.first] as Token).start, (ctx.tokens[d.source.last] as Token).end);
  return /\p{Lu}{2}/u.test(label) && !/\p{Ll}/u.test(label);
}

function isOneSentence(ctx: AttributionContext, d: Draft): boolean {
  const s = ctx.sentences[d.sentence];
  return s !== undefined && d.content.end <= s.end;
}

/**
 * Two cues that found the same content (a quotation read from the cue before it and the one after it) keep the
 * first, unless the first is a passive inside it ("Lund is believed to have left, according to Berg"): the
 * passive reports no one, and the cue that names a source is the report.
 */
export function dropDuplicates(drafts: Draft[]): Draft[] {
  const byContent = new Map<string, Draft>();
  for (const d of drafts) {
    const key = `${d.content.start}:${d.content.end}`;
    const held = byContent.get(key);
    if (!held || (reportsNoOne(held) && d.source !== null && !d.rule.startsWith("learned-"))) byContent.set(key, d);
  }
  const kept = new Set(byContent.values());
  return drafts.filter((d) => kept.has(d));
}

/** A passive with no agent ("is believed to", "was asked whether") names no speaker. */
function reportsNoOne(d: Draft): boolean {
  return d.source === null && d.rule.startsWith("passive");
}

function toStatements(ctx: AttributionContext, drafts: readonly Draft[], entities: readonly Entity[]): Statement[] {
  const resolver = new SpeakerResolver(ctx, entities);
  const people = entities.filter((e) => e.type === "person" || e.type === "organization").sort((a, b) => a.start - b.start);
  let nextEntity = 0;
  const statements: Statement[] = [];
  for (const d of drafts) {
    const mentionStart = d.source ? (ctx.tokens[d.source.first] as Token).start : (ctx.tokens[d.cue.first] as Token).start;
    // Entities named before this mention become candidate referents for its pronouns.
    while (nextEntity < people.length && (people[nextEntity] as Entity).end <= mentionStart) resolver.noteEntity(people[nextEntity++] as Entity);
    statements.push(toStatement(ctx, d, resolver));
  }
  return statements;
}

function toStatement(ctx: AttributionContext, d: Draft, resolver: SpeakerResolver): Statement {
  const statement: Statement = {
    speaker: null,
    cue: rangeOfTokens(ctx, d.cue.first, d.cue.last),
    content: rangeOfOffsets(ctx, d.content.start, pastClosingSingleQuote(ctx.text, d.content.start, d.content.end)),
    direct: d.direct,
    sentence: (ctx.tokens[d.cue.first] as Token).sentence,
    rule: `statements/${d.rule}`,
  };
  // A bare relative "that", "those", "this" or a possessive "their" is the speaker PolNeAR marks less than one time in
  // three (it takes the noun referred to, the main subject, a longer phrase, or no one): naming no speaker costs less
  // than naming the wrong one.
  // "those" before a participle it heads ("among those describing themselves as") is marked: it is no pronoun for
  // someone named elsewhere but the people the participle describes.
  const bare = d.source !== null && d.source.first === d.source.last && BARE_UNMARKED_SPEAKERS.has((ctx.tokens[d.source.first] as Token).norm) && !peopleDescribedBy(ctx, d.cue, d.head) && !OWNED_VIEW_RULES.has(d.rule);
  if (d.source && !bare) {
    const mention = rangeOfTokens(ctx, d.source.first, d.source.last);
    const info = resolver.resolve(d.source, (ctx.tokens[d.head] as Token).lemma);
    statement.speaker = { name: info.name, mention };
    if (info.canonical) statement.speakerCanonical = info.canonical;
    if (info.role) statement.speakerRole = info.role;
  }
  return statement;
}
