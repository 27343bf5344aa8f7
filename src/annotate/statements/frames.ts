import type { Sentence, Token } from "../../model/types.js";
import { isRoleWord } from "../entities/roles.js";
import { type AttributionContext, isQuoteMarkAt } from "./context.js";
import { causedSpeaker, infinitiveSubject, isPluralSubject, isPossessor, lawAndClause, opensSentence, verbGroupStart, type Cue } from "./cues.js";
import type { Quote } from "./quotes.js";
import {
  clauseAfterTime,
  clauseAfterVerblessAdjunct,
  clauseLast,
  contentEnd,
  extendOverFollowingQuotes,
  hasVerb,
  isSpacedDash,
  lastTokenBefore,
  mainClauseAt,
  pastPossessed,
  quoteEndingAt,
  quoteStartingAt,
  restIsEmpty,
  sentenceBounds,
  skipAdjuncts,
  thatAfterAdjuncts,
  skipTrailingAdjuncts,
  skipDiscourseAdverbial,
  startsAfresh,
  trimTrailingPunct,
  verbForm,
  DASHES,
  opensSequencedAct,
  closesAsideAround,
  phraseBeforeCount,
} from "./extent.js";
import { ADJUNCT_TAKING_SPEECH, ADVERBS_BEFORE_CUE, ARTICLES, ATTRIBUTION_NOUNS, CLAUSE_ONLY_SPEECH, COMMUNICATION_NOUNS, CUE_ADJUNCT_HEADS, CUE_FRAMES, DOCUMENT_NOUNS, EVENT_NOUNS, EXPERIENCER_OBJECT_VERBS, INDEFINITE, isNegationParticle, isReportingVerb, LIGHT_VERBS, OBJECT_PRONOUNS, PARTICIPLE_SUFFIX, PHRASAL_CUES, POSSESSIVE_PRONOUNS, QUESTION_WORDS, RELATIVE_PRONOUNS, SAY_FORMS, SUBORDINATORS, TITLED_WORK_NOUNS, TOLD_THINGS } from "./lexicon.js";
import { commaOutsideQuotes, DEGREE_WORDS, hasProperNoun, isClauseOpener, isComma, isPersonalPronoun, isPossessiveMarker, namesPeople, OCCASION_PREPOSITIONS, opensCountBound, opensTitleInPhrase, phraseEndingAt, phraseStartingAt, skipAdverbsRight, type TokenSpan, verbSoonAfter } from "./phrases.js";
import { afterTimeMeasure, andClauseAfter, describedByParticiple, isAge, isFiniteVerb, isTimeSpeaker, leftFloor, leftSubject, opensReportingRelative, resumesPredicate, rightSubject, sharedSubject, skipLeftAdverbs, wholeSubjectBefore, withoutAnonymityClause } from "./subjects.js";

// The constructions that tie a cue to its speaker and content, tried in turn for each cue.

/** A statement before it is turned into text ranges: token spans plus character offsets for content. */
export type Draft = {
  cue: TokenSpan;
  /** the reporting word itself */
  head: number;
  source: TokenSpan | null;
  content: { start: number; end: number };
  direct: boolean;
  sentence: number;
  rule: string;
};

function draft(cue: Cue, source: TokenSpan | null, start: number, end: number, direct: boolean, sentence: number, rule: string): Draft {
  return { cue: { first: cue.first, last: cue.last }, head: cue.head, source, content: { start, end }, direct, sentence, rule };
}

/** “...,” X said / “...,” said X. */
function quoteBeforeCue(ctx: AttributionContext, cue: Cue): Draft | null {
  // "Lund described it like this: “...”", "She continued:" over a quoted paragraph: a cue that ends on a colon
  // introduces the quotation after it, even when another closes the paragraph before.
  if (ctx.tokens[cue.last]?.norm === ":" && quoteStartingAt(ctx, cue.last + 1)) return null;
  // Each reading below ends on a quotation closed before the cue; quotations come in text order, so when the first
  // ends at or after the cue, none does, and no subject need be looked for.
  if ((ctx.quotes[0]?.lastToken ?? Infinity) >= cue.first) return null;
  const sentence = ctx.sentenceOf[cue.first]!;
  const j = skipLeftAdverbs(ctx, cue.first - 1, 0);
  if (j < 0) return null;
  let source: TokenSpan | null = null;
  let beforeSubject = j;
  // Only a lone verb comes before its subject (“...,” said Lund); after "have endorsed" or "focused on" a quotation
  // ends the subject ("the ''superdelegates'' have endorsed Berg") and the words after the cue are its object.
  const inverted = isLoneVerb(ctx, cue) && (quoteEndingAt(ctx, j) !== null || (isComma(ctx.tokens[j]) && quoteEndingAt(ctx, j - 1) !== null));
  if (!inverted) {
    source = leftSubject(ctx, cue.first, leftFloor(ctx, cue.first));
    if (source) beforeSubject = source.first - 1;
  }
  if (isComma(ctx.tokens[beforeSubject]) && ctx.quoteOf[beforeSubject] === -1) beforeSubject--;
  let quote = source || inverted ? quoteEndingAt(ctx, beforeSubject) : null;
  if (!quote && !inverted && cue.frame !== "object" && cue.frame !== "belief" && restIsEmpty(ctx, cue.last + 1, cue.frame === "addressed")) {
    // "“...,” CBS News co-host Ann Berg said.": a title the subject rules cannot parse still fills the whole gap
    // between a quotation and the cue that closes its sentence.
    source = subjectBetween(ctx, j);
    if (!source) return null;
    quote = quoteEndingAt(ctx, source.first - (isComma(ctx.tokens[source.first - 1]) ? 2 : 1));
  }
  // "...?”¶Some aides said none of it will work.": a quotation closing the paragraph before is no part of a cue that opens
  // the next one, whatever its closing mark lets run on.
  if (!quote || paragraphOf(ctx, quote.lastToken) !== paragraphOf(ctx, cue.first)) return null;
  let afterSource = cue.last + 1;
  if (inverted) {
    source = rightSubject(ctx, cue.last, true);
    if (source) source = beforeReportingRelative(ctx, source);
    if (source) afterSource = source.last + 1;
  }
  // “... ‘We stay,’” she said: a single quotation closing inside the double one leaves the comma before its mark,
  // which some wires space off from the double one ("... 'we stay,' '' she said").
  let innerEnd = quote.innerEnd;
  while (innerEnd > quote.innerStart && /['\u2019\s]/.test(ctx.text[innerEnd - 1] as string)) innerEnd--;
  const innerLast = ctx.text[innerEnd - 1] ?? "";
  const restEmpty = restIsEmpty(ctx, afterSource, cue.frame === "addressed" && !inverted);
  // A question or exclamation may run into its cue (“Why?” she asked the crowd), but not into a cue with a
  // content of its own: "“Why?” The agency said that ...", "“Great!” Lund retweeted the message".
  const runsIntoCue = "!?".includes(innerLast) && !(!inverted && opensOwnContent(ctx, cue, afterSource));
  const continuesSentence = ",\u2014-\u2026".includes(innerLast) || runsIntoCue || isComma(ctx.tokens[quote.lastToken + 1]);
  if (!continuesSentence && !restEmpty) return null;
  // A quoted title inside an opening phrase ("On “Morning Talk,” Smith said the ...") is no quotation of the speaker.
  // A dash sets off an aside that may hold one: "praised his faith - “a quiet faith,” he said - and moved on".
  // So does a conjunction that opens the sentence: "But “we stay,” said Lund, pointing to the ...".
  const opensAfterConjunction = (ctx.tokens[quote.firstToken - 1] as Token | undefined)?.pos === "CCONJ" && sentenceBounds(ctx, quote.firstToken).first === quote.firstToken - 1;
  // So does a bracket: "The treasurer (“we are broke,” she said) resigned".
  const beforeQuote = ctx.tokens[quote.firstToken - 1]?.norm;
  const opensBracket = beforeQuote === "(" || beforeQuote === "[";
  const opensClause = startsAfresh(ctx, quote.firstToken) || opensAfterConjunction || opensBracket || isSpacedDash(ctx, quote.firstToken - 1);
  // "The plan is “a tax on islanders,” Lund said (, adding ...)": a quotation that finishes the sentence's own clause
  // is a mixed quotation, and the content runs from the sentence's start; the speaker's next act may follow.
  // So it does before an inverted cue ("The fee is “a tax on islanders,” said Lund"), and when the sentence goes on
  // after a conjunction ("..., said Lund, but she ..."): the quotation still finishes the clause before the cue.
  const goesOn = isComma(ctx.tokens[afterSource]) && ctx.tokens[afterSource + 1]?.pos === "CCONJ" && ctx.quoteOf[afterSource + 1] === -1;
  // "The fee is “a tax,” Lund said in a later interview / as she left": where and when it was said close the report too.
  const mixed = !opensClause && (restEmpty || nextActAfter(ctx, afterSource) || goesOn || closesOnScene(ctx, cue, afterSource, sentenceBounds(ctx, cue.last).last)) && plainLeadIn(ctx, quote.firstToken);
  if (!restEmpty && !opensClause && !mixed) return null;
  // “A,” she said, “B.” — the second part continues the same quotation.
  let k = pastAdjunctBeforeQuote(ctx, afterSource);
  while (isComma(ctx.tokens[k]) && ctx.quoteOf[k] === -1) k++;
  // A title closing the speaker's description may close the sentence too ("..., the author of “Salt.”"): a quotation
  // after it opens the next sentence.
  const titleEnds = source !== null && inverted && ctx.quoteOf[source.last] !== -1 && ctx.sentenceOf[k] !== sentence;
  const next = titleEnds ? null : quoteStartingAt(ctx, k);
  const continuation = next && !isWorkTitle(ctx, next) ? next : null;
  const lastQuote = continuation ?? quote;
  // “A,” she said, adding that ... “B.”: the quotations after an added remark carry on the remark (addsAfter).
  const end = addsAfter(ctx, afterSource) ? lastQuote.end : extendOverFollowingQuotes(ctx, lastQuote.end, Math.max(cue.last, lastQuote.lastToken));
  const speaker = inverted && source ? withoutAnonymityClause(ctx, source) : source;
  if (mixed) return draft(cue, speaker, (ctx.tokens[sentenceBounds(ctx, quote.firstToken).first] as Token).start, end, false, sentence, "mixed-quote-then-cue");
  return draft(cue, speaker, quote.start, end, true, sentence, inverted ? "quote-then-inverted-cue" : "quote-then-cue");
}

/**
 * The words from the sentence's start up to token `q`: no quotation and no verb that reports. "Lund said the fee is
 * “too high,” she said" or "(Berg praised the mayor. ''He is fair,'' he said.)" leave the lead-in to another cue. An
 * opening bracket alone ("(“...,” he said.)") is no clause for the quotation to finish.
 */
function plainLeadIn(ctx: AttributionContext, q: number): boolean {
  let words = false;
  for (let i = sentenceBounds(ctx, q).first; i < q; i++) {
    const t = ctx.tokens[i] as Token;
    if (ctx.quoteOf[i] !== -1 || (t.pos === "VERB" && reportsInLeadIn(ctx, i))) return false;
    if (t.norm !== "(" && t.norm !== "[") words = true;
  }
  return words;
}

/** A verb that reports at `i`; a phrasal cue only with its particle: "will play the “harbour card,”" reports nothing. */
function reportsInLeadIn(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  if (CUE_FRAMES.has(t.lemma) || LIGHT_VERBS.has(t.lemma)) return true;
  return PHRASAL_CUES.get(t.lemma)?.has(ctx.tokens[i + 1]?.norm ?? "") ?? false;
}

/**
 * "..., Lund said (on Tuesday), adding that ...": the speaker's next act is an added remark. PolNeAR gives the
 * quotations that follow to the remark rather than to the quotation before the cue (4 of 6 on train); after
 * "noting" or "pointing out" they stay with the quotation.
 */
function addsAfter(ctx: AttributionContext, k: number): boolean {
  const next = nextActStart(ctx, k);
  return next !== -1 && (ctx.tokens[next] as Token).norm === "adding" && ctx.quoteOf[next] === -1;
}

/** Does a quotation close in the sentence at or before token `k`? */
function quoteBefore(ctx: AttributionContext, k: number): boolean {
  for (let i = sentenceBounds(ctx, k).first; i <= k; i++) if (quoteEndingAt(ctx, i)) return true;
  return false;
}

/** "..., Lund said (on Tuesday), adding that ...": after the cue's time and place, a comma opens the speaker's next act. */
function nextActAfter(ctx: AttributionContext, k: number): boolean {
  const next = nextActStart(ctx, k);
  return next !== -1 && opensNextAct(ctx, next);
}

/** The token after the comma that follows the cue's time and place from token `k`, or -1 when no comma comes there. */
function nextActStart(ctx: AttributionContext, k: number): number {
  const afterAdjuncts = skipAdjuncts(ctx, k, sentenceBounds(ctx, k).last);
  return isComma(ctx.tokens[afterAdjuncts]) && ctx.tokens[afterAdjuncts + 1] !== undefined ? afterAdjuncts + 1 : -1;
}

/**
 * "“...,” said Ann Berg, who added that the fees “...”": a relative clause with a cue of its own that runs into a
 * quotation reports the speaker's next words; the speaker ends before it, and that quotation is not the first one's.
 */
function beforeReportingRelative(ctx: AttributionContext, source: TokenSpan): TokenSpan {
  if (!quoteStartingAt(ctx, source.last + 1)) return source;
  for (let r = source.first + 1; r < source.last; r++) {
    const t = ctx.tokens[r] as Token;
    if ((t.norm !== "who" && t.norm !== "which") || !isComma(ctx.tokens[r - 1])) continue;
    for (let v = r + 1; v <= source.last; v++) {
      const w = ctx.tokens[v] as Token;
      if (w.pos === "VERB" && isReportingVerb(w)) return { first: source.first, last: r - 2 };
    }
  }
  return source;
}

/**
 * The words between a quotation (and its comma) and a cue ending at `last`: a short run without punctuation that
 * names someone, or null.
 */
function subjectBetween(ctx: AttributionContext, last: number): TokenSpan | null {
  let k = last;
  while (k >= 0 && last - k < 10 && ctx.quoteOf[k] === -1 && ((ctx.tokens[k] as Token).pos !== "PUNCT" || (ctx.tokens[k] as Token).norm === "-")) k--;
  if (k === last || ctx.sentenceOf[k] !== ctx.sentenceOf[last]) return null;
  // The quotation opens the sentence and runs into the words after it: “...,” / “...?” / “...”,
  const quote = quoteEndingAt(ctx, isComma(ctx.tokens[k]) ? k - 1 : k);
  if (!quote || !startsAfresh(ctx, quote.firstToken) || !(isComma(ctx.tokens[k]) || /[,?!]\s*$/.test(ctx.text.slice(quote.innerStart, quote.innerEnd)))) return null;
  for (let i = k + 1; i <= last; i++) if ((ctx.tokens[i] as Token).pos === "PROPN" || (ctx.tokens[i] as Token).pos === "NOUN") return { first: k + 1, last };
  return null;
}

/**
 * Does the cue go on to content of its own, past an addressee and adjuncts: a "that" clause, or a noun phrase that
 * opens a reported clause or is the object reported ("“Stop!” Lund said the vote was rigged", "... Lund told the
 * paper she had left", "... Lund retweeted the message")?
 */
function opensOwnContent(ctx: AttributionContext, cue: Cue, from: number): boolean {
  const { last } = sentenceBounds(ctx, cue.last);
  let k = from;
  if (cue.frame === "addressed") {
    const addressee = phraseStartingAt(ctx, k, last);
    if (addressee) k = addressee.last + 1;
  }
  k = skipAdjuncts(ctx, k, last);
  const t = ctx.tokens[k];
  if (!t || ctx.quoteOf[k] !== -1 || ctx.sentenceOf[k] !== ctx.sentenceOf[cue.last]) return false;
  // wink tags "there" a pronoun: it is a place ("yelled there") unless a verb makes it a subject ("said there was").
  if (t.norm === "there") return ctx.tokens[k + 1]?.pos === "AUX" || ctx.tokens[k + 1]?.pos === "VERB";
  return t.norm === "that" || t.pos === "DET" || t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON";
}

/**
 * Who is addressed after a verb of telling: a phrase, or an object pronoun before what was told, a clause or a noun
 * phrase ("told me she had left", "told him that", "told him the truth"). Before anything else the pronoun stays with
 * what follows ("urged him not to").
 */
function addresseeAt(ctx: AttributionContext, k: number, last: number): TokenSpan | null {
  const phrase = phraseStartingAt(ctx, k, last);
  // "told reporters 40 boats sank": a count after the addressee's noun opens what was told.
  if (phrase) return nameOpeningClause(ctx, phrase) ?? phraseBeforeCount(ctx, phrase) ?? phrase;
  if (!OBJECT_PRONOUNS.has(ctx.tokens[k]?.norm ?? "") || ctx.quoteOf[k] !== -1 || k >= last) return phrase;
  const next = ctx.tokens[k + 1] as Token;
  const opensQuote = (next.norm === ":" || isComma(next) || ctx.quoteOf[k + 1] !== -1) && quoteStartingAt(ctx, ctx.quoteOf[k + 1] !== -1 ? k + 1 : k + 2) !== null;
  return next.norm === "that" || CLAUSE_SUBJECT_POS.has(next.pos) || opensQuote ? { first: k, last: k } : null;
}

const CLAUSE_SUBJECT_POS = new Set(["PRON", "DET", "NOUN", "PROPN", "NUM"]);

/**
 * "told police Lund loaded a shell", "told reporters Berg had left": a verb right after the phrase has no subject but
 * the name closing it, after a common noun; the addressee is the noun, and the name opens what was told. Null when
 * the phrase is no such thing.
 */
function nameOpeningClause(ctx: AttributionContext, phrase: TokenSpan): TokenSpan | null {
  const next = ctx.tokens[phrase.last + 1];
  if (!next || ctx.quoteOf[phrase.last + 1] !== -1 || !(next.pos === "AUX" || isFiniteVerb(next))) return null;
  let name = phrase.last;
  while (name > phrase.first && (ctx.tokens[name - 1] as Token).pos === "PROPN") name--;
  return (ctx.tokens[name] as Token).pos === "PROPN" && name > phrase.first && (ctx.tokens[name - 1] as Token).pos === "NOUN" ? { first: phrase.first, last: name - 1 } : null;
}

/** X said: “...” / X told reporters, “...” */
function cueThenQuote(ctx: AttributionContext, cue: Cue, source: TokenSpan | null, from = cue.last + 1): Draft | null {
  const { last } = sentenceBounds(ctx, cue.last);
  let k = from;
  if (cue.frame === "addressed" && cue.last === cue.head) {
    const addressee = addresseeAt(ctx, k, last);
    if (addressee) k = addressee.last + 1;
  }
  k = skipAdjuncts(ctx, k, last + 1);
  while (k < ctx.tokens.length && (isComma(ctx.tokens[k]) || (ctx.tokens[k] as Token).norm === ":") && ctx.quoteOf[k] === -1) k++;
  const quote = quoteStartingAt(ctx, k);
  if (!quote || isWorkTitle(ctx, quote)) return null;
  const sentence = ctx.sentenceOf[cue.first]!;
  // Text after the quotation in the same sentence makes it a mixed quotation: the content runs on.
  // "Citing “a busy week,” Lund said ...": a speaker after the quotation opens the main clause, which is not quoted.
  const lastOfClause = (source && source.first > quote.lastToken) || closedOnComma(ctx, quote) ? quote.lastToken : clauseLast(ctx, k);
  const end = Math.max(quote.end, lastOfClause > quote.lastToken ? contentEnd(ctx, lastOfClause) : quote.end);
  const direct = end === quote.end;
  return draft(cue, source, quote.start, end, direct, sentence, direct ? "cue-then-quote" : "cue-then-mixed-quote");
}

/**
 * "dubbed it “the long road,” a phrase she uses often": a quotation closed on a comma is all the cue takes; what follows
 * is the writer's, save more quotations in a list ("“A,” “B” and “C”", "“A,” and “B”").
 */
function closedOnComma(ctx: AttributionContext, quote: Quote): boolean {
  let k = quote.lastToken + 1;
  if (!/,\s*$/.test(ctx.text.slice(quote.innerStart, quote.innerEnd))) {
    if (!isComma(ctx.tokens[k]) || ctx.quoteOf[k] !== -1) return false;
    k++;
  }
  if (ctx.tokens[k]?.pos === "CCONJ") k++;
  if (isComma(ctx.tokens[k])) k++;
  return ctx.tokens[k] !== undefined && quoteStartingAt(ctx, k) === null;
}

/** "which he said was wrong": an object relative pronoun before the subject opens the content. */
function relativeBefore(ctx: AttributionContext, source: TokenSpan | null): number | null {
  if (!source) return null;
  const r = ctx.tokens[source.first - 1];
  if (!r || ctx.quoteOf[source.first - 1] !== -1) return null;
  if (r.norm === "which" || r.norm === "what" || r.norm === "who" || r.norm === "whom" || (r.norm === "that" && r.pos === "PRON")) return source.first - 1;
  return null;
}

/**
 * "A man who police said was armed was arrested": where the relative's own verb comes right after the cue, a second
 * verb after a word that cannot be its subject is the sentence's own, and the relative clause ends before it.
 */
function gapRelativeLast(ctx: AttributionContext, from: number, last: number): number {
  const first = ctx.tokens[from];
  if (!first || !(first.pos === "AUX" || isFiniteVerb(first) || complementOfPronoun(ctx, from))) return last;
  for (let i = from + 1; i <= last; i++) {
    const t = ctx.tokens[i] as Token;
    const before = ctx.tokens[i - 1] as Token;
    if (ctx.quoteOf[i] !== -1 || !(t.pos === "AUX" || isFiniteVerb(t))) continue;
    if (before.pos === "ADJ" || (before.pos === "VERB" && !isFiniteVerb(before))) return trimTrailingPunct(ctx, from, i - 1);
  }
  return last;
}

/**
 * "the suspect whom witnesses described as tall", "which the union described as unfair": the pronoun is the cue's
 * object and "as" opens what is said of it, a clause complete without a verb of its own.
 */
function complementOfPronoun(ctx: AttributionContext, from: number): boolean {
  return (ctx.tokens[from] as Token).norm === "as" && ctx.quoteOf[from] === -1;
}

/**
 * "The pier, which Lund said would cost $5m, was approved": a relative clause set off by a comma ends at the comma
 * that the sentence's own verb follows, once the clause has a verb of its own.
 */
function setOffRelativeLast(ctx: AttributionContext, relative: number, from: number, last: number): number {
  if (!isComma(ctx.tokens[relative - 1])) return last;
  for (let i = from + 1; i < last; i++) {
    if (!isComma(ctx.tokens[i]) || ctx.quoteOf[i] !== -1) continue;
    const verb = ctx.tokens[skipAdverbsRight(ctx, i + 1)];
    if (verb && (verb.pos === "AUX" || isFiniteVerb(verb)) && (hasVerb(ctx, from, i - 1) || complementOfPronoun(ctx, from))) return trimTrailingPunct(ctx, from, i - 1);
  }
  return last;
}

/**
 * "..., she said in an interview later.", "the agency reported on Tuesday": what follows a verb of saying is
 * only where or when it was said; the words said are elsewhere (before the cue, or in another sentence).
 */
function adjunctsOnly(ctx: AttributionContext, first: number, last: number): boolean {
  let k = skipAdjuncts(ctx, first, last);
  if (k === first) return false;
  while (k <= last && ((ctx.tokens[k] as Token).pos === "ADV" || (ctx.tokens[k] as Token).pos === "PUNCT") && ctx.quoteOf[k] === -1) k++;
  return k > last;
}

/**
 * "The phrase Lund cited on Monday has appeared in ...", "the address listed in the records is a car lot": the
 * object of the cue stands before it (a relative clause without "that", or a participle after its noun), and
 * what follows the adjuncts is the sentence's own predicate, not what was cited. Verbs of saying are left out:
 * "told in Reno (that) the team has gone soft" drops its "that", and its clause may start with a name.
 */
function predicateFollows(ctx: AttributionContext, first: number, last: number): boolean {
  const k = skipAdjuncts(ctx, first, last);
  return k > first && k <= last && (ctx.tokens[k] as Token).pos === "AUX" && ctx.quoteOf[k] === -1;
}

/** "never arrived", "soon faded": an adverb, then an inflected verb with no subject before it. */
function predicateAfterAdverb(ctx: AttributionContext, first: number, last: number): boolean {
  let v = first;
  while (v <= last && (ctx.tokens[v] as Token).pos === "ADV" && ctx.quoteOf[v] === -1) v++;
  const verb = ctx.tokens[v];
  return v > first && v <= last && verb?.pos === "VERB" && (verbForm(verb) === "past" || verbForm(verb) === "s") && ctx.quoteOf[v] === -1;
}

/** The noun phrase right before a speaker, which a relative clause without "that" is about. */
function gapNounBefore(ctx: AttributionContext, source: TokenSpan): TokenSpan | null {
  const noun = source.first - 1;
  // A headline's last noun is no antecedent of the next paragraph's relative clause.
  if (ctx.tokens[noun]?.pos !== "NOUN" || ctx.quoteOf[noun] !== -1 || ctx.sentenceOf[noun] !== ctx.sentenceOf[source.first]) return null;
  return phraseEndingAt(ctx, noun, sentenceBounds(ctx, noun).first);
}

/** Where a name starts right after "the/a" + a common noun opening a speaker phrase ("the memo Ada"), or -1. A title
 * before a name ("nominee Ada Berg") opens no determiner, so stays one phrase. */
function nameAfterNoun(ctx: AttributionContext, source: TokenSpan): number {
  const noun = source.first + 1;
  const opensDeterminer = (ctx.tokens[source.first] as Token).pos === "DET";
  return opensDeterminer && noun < source.last && (ctx.tokens[noun] as Token).pos === "NOUN" && (ctx.tokens[noun + 1] as Token).pos === "PROPN" ? noun + 1 : -1;
}

/**
 * “A,” she said of the strike, “B.”, “A,” she said on Monday, “B.”: a phrase saying when or of what, closed by a comma
 * before the next quotation, leaves that quotation continuing the first. Where it ends, or `k` when there is none.
 */
function pastAdjunctBeforeQuote(ctx: AttributionContext, k: number): number {
  const past = skipAdjuncts(ctx, k, sentenceBounds(ctx, k).last);
  return past > k && isComma(ctx.tokens[past]) && ctx.quoteOf[past] === -1 && quoteStartingAt(ctx, past + 1) ? past : k;
}

/** Words that stand in for a whole message after its verb: "said that", "denied it", "said so". */
const MESSAGE_PRONOUNS: ReadonlySet<string> = new Set(["that", "it", "so"]);

/**
 * "She said that on Tuesday.", "Lund denied it at the hearing.": a pronoun followed only by a time or a preposition's
 * phrase, with no verb, stands for what was said, and what follows says when or where.
 */
function demonstrativeThat(ctx: AttributionContext, k: number, last: number): boolean {
  const next = ctx.tokens[k + 1];
  if (!MESSAGE_PRONOUNS.has((ctx.tokens[k] as Token).norm) || ctx.quoteOf[k] !== -1 || k >= last || !next) return false;
  // "that of the campaign" is a pronoun with its own phrase; "attributed that to the staff" keeps where it goes;
  // "described it as a lapse" keeps what it was called.
  const own = next.norm === "of" || next.norm === "to" || next.norm === "as";
  // "pointed it out": a preposition with no phrase after it is the verb's particle, not where or when.
  const phrase = next.pos === "ADP" && !own && k + 2 <= last && (ctx.tokens[k + 2] as Token).pos !== "PUNCT";
  return (phrase || ctx.timeToken[k + 1] === 1) && !hasVerb(ctx, k + 1, last);
}

/** X said (that) ... / X endorsed ... / X told reporters (that) ... */
function cueThenClause(ctx: AttributionContext, cue: Cue, source: TokenSpan | null): Draft | null {
  const { last } = sentenceBounds(ctx, cue.last);
  let k = cue.last + 1;
  if (cue.frame === "addressed" && cue.last === cue.head) {
    // "reminded the crew of the risk": the addressee ends before "of", which opens what was said; "ordered the
    // release of the files": the phrase is what was ordered, with no one addressed.
    const of = ofAfterThing(ctx, k, last);
    let addressee = of === -1 ? addresseeAt(ctx, k, last) : OF_CONTENT_VERBS.has((ctx.tokens[cue.head] as Token).lemma) ? { first: k, last: of - 1 } : null;
    // "told the story of a farmer who lost his land": a story is what is told, never who hears it; read as the listener
    // it left the relative clause after it as what was told. A story closing the clause ("told a story.") stays no
    // report, as before.
    if (addressee && isToldThing(ctx, addressee) && trimTrailingPunct(ctx, addressee.first, last) > addressee.last) addressee = null;
    // "warning that costs would rise": a "that" read as a determiner whose phrase goes on to a verb opens the clause.
    if (addressee && (ctx.tokens[k] as Token).norm === "that" && resumesPredicate(ctx, addressee.last + 1)) addressee = null;
    // "Despite challenging the board's count, Lund said ...": a participle's phrase closed by a comma is its object,
    // and what follows the comma is the main clause.
    const closesParticiple = (ctx.tokens[cue.head] as Token).norm.endsWith("ing") && isComma(ctx.tokens[(addressee?.last ?? last) + 1]);
    // "Flyers urging a recount went up": a participle's phrase followed by the sentence's own verb is what is urged,
    // not who is addressed; the verb after it is no part of the message.
    if (addressee && (ctx.tokens[cue.head] as Token).norm.endsWith("ing") && isFiniteVerb(ctx.tokens[addressee.last + 1]) && ctx.quoteOf[addressee.last + 1] === -1) {
      return draft(cue, source, (ctx.tokens[addressee.first] as Token).start, (ctx.tokens[addressee.last] as Token).end, false, ctx.sentenceOf[cue.first]!, "cue-then-clause");
    }
    const after = addressee && addressee.last < last && !closesParticiple ? pastPossessed(ctx, addressee.last + 1, last) : k;
    // "urged the rowers to train", "Asks Pilots Everywhere To ...": the addressee is who is to act, part of what is
    // asked; before "that" or a clause it is only who heard it.
    if (!controlsInfinitive(ctx, after, last) && !(addressee && thingAsked(ctx, cue, addressee, after, last))) k = after;
  }
  k = pastAdjunctsOfAs(ctx, cue, source, k, last);
  const afterAdjuncts = skipAdjuncts(ctx, k, last);
  const landing = ctx.tokens[afterAdjuncts];
  const clauseOpener = k === cue.last + 1 ? clauseAfterTime(ctx, k) : -1;
  // "told the crew about the storm, then left": the phrase is what was told, not an adjunct before a content after the comma.
  // "said on Friday prices rose", "told the Gazette on Sunday the quay ...": a time, bare or after a preposition, says
  // when; after an object cue's time the sentence's own predicate may follow ("the phrase Lund cited on Monday has appeared"), so only a bare one there.
  // "said at a rally in Tevo the strike would go on": where or on what occasion, before a clause with its own subject
  // and verb, is no part of what was said.
  const occasion = (cue.frame === "speech" || cue.frame === "addressed") && OCCASION_HEADS.has((ctx.tokens[k] as Token | undefined)?.norm ?? "") && mainClauseAt(ctx, afterAdjuncts);
  // "When the Gazette asked Berg about the pier, the mayor said ...": a comma that closes the opening clause the cue
  // sits in ends what was asked; the main clause after it is no part of it.
  if (afterAdjuncts !== k && landing && (occasion || landing.norm === "that" || (isComma(landing) && !opensWhatWasTold(ctx, cue, k) && insideOpeningClause(ctx, cue, source, k, last) >= afterAdjuncts) || landing.norm === ":" || ctx.timeToken[k] || ((cue.frame === "speech" || cue.frame === "addressed") && pastTime(ctx, k, last) !== k))) k = afterAdjuncts;
  else if (clauseOpener !== -1) k = clauseOpener;
  else {
    const opener = clauseAfterVerblessAdjunct(ctx, k, last);
    if (opener !== -1) k = opener;
  }
  // An object follows its verb directly: "Even though Russia is attacking, Moscow ..." has none. "As Lund pointed
  // out, ..." has one all the same: the clause after the comma, which "as" credits to her.
  if (cue.frame === "object" && isComma(ctx.tokens[k]) && k === cue.last + 1 && !creditedByAs(ctx, cue, source)) return null;
  while (k <= last && (isComma(ctx.tokens[k]) || (ctx.tokens[k] as Token).norm === ":") && ctx.quoteOf[k] === -1) k++;
  // "reported, citing two officials, that ...": the participle's aside leaves the "that" clause to the verb before it.
  const afterAside = isComma(ctx.tokens[k - 1]) ? Math.max(thatAfterParticipleAside(ctx, k, last), thatAfterSetOffPhrase(ctx, k, last), thatAfterSceneClause(ctx, k, last)) : -1;
  if (afterAside !== -1) k = afterAside;
  const pastDescription = k === cue.last + 1 ? thatAfterNounParticiple(ctx, cue, k, last) : -1;
  if (pastDescription !== -1) k = pastDescription;
  // "Judge Lund, writing for the majority, said ...", "Writing in the Gazette, Lund said ...": a participle's adjuncts
  // closed by a comma before the sentence's own verb, or opening the sentence (behind a conjunction too: "But writing
  // in ...") before its subject, leave it nothing to report; the main clause is the main report.
  const mainClauseAfter = isFiniteVerb(ctx.tokens[k]) || opensSentence(ctx, cue.first);
  if ((ctx.tokens[cue.head] as Token).norm.endsWith(PARTICIPLE_SUFFIX) && k > cue.last + 1 && isComma(ctx.tokens[k - 1]) && mainClauseAfter && ctx.quoteOf[k] === -1) return null;
  if (k === cue.last + 2 && isComma(ctx.tokens[cue.last + 1]) && secondReportOpens(ctx, k, last)) return null;
  // "Lund agreed, then (later) conceded ...": after the cue's comma a word of sequence and a verb open the speaker's next act.
  if (k === cue.last + 2 && isComma(ctx.tokens[cue.last + 1]) && opensSequencedAct(ctx, k)) return null;
  k = skipDiscourseAdverbial(ctx, k, last);
  // "the plan the board agreed on — a new pier and a toll": a lone dash right after the cue ends its clause, and what
  // follows is the writer's. A second dash would make it an aside ("said — on the radio — that ...").
  if (isSpacedDash(ctx, k) && !spacedDashWithin(ctx, k + 1, last)) return null;
  if (k > last) return null;
  let lastOfClause = insideDescribedNoun(ctx, cue, source, k, insideSubjectParticiple(ctx, cue, source, k, insideSubjectAside(ctx, cue, source, k, insideSubjectRelative(ctx, cue, source, k, insideAsideRelative(ctx, source, k, insideOpeningClause(ctx, cue, source, k, clauseLast(ctx, k, cue.frame, cue.head)))))));
  // "reported, citing two officials, that ...": the aside's own object ends at its closing comma.
  const asideThat = isComma(ctx.tokens[cue.first - 1]) ? thatAfterParticipleAside(ctx, cue.head, lastOfClause) : -1;
  if (asideThat !== -1) lastOfClause = asideThat - 2;
  // "Citing the storm, the board closed the quay": a speaker after the cue's clause closes it.
  if (source && source.first > k && source.first <= lastOfClause) lastOfClause = trimTrailingPunct(ctx, k, source.first - 1);
  if (source) lastOfClause = beforeCoordinatedRelative(ctx, source, k, lastOfClause);
  if (lastOfClause < k || (ctx.tokens[lastOfClause] as Token).pos === "PUNCT" && lastOfClause === k) return null;
  const relative = ownComplementFollows(ctx, k) ? null : relativeBefore(ctx, source);
  if (relative !== null) lastOfClause = gapRelativeLast(ctx, k, setOffRelativeLast(ctx, relative, k, lastOfClause));
  // "the plan which Lund criticized never passed": a verb that takes no clause leaves the pronoun its object, which
  // stands for the noun before it; what follows is the sentence's own predicate. Its "that" is a pronoun whatever its tag.
  const pronoun = relative ?? (source && ctx.tokens[source.first - 1]?.norm === "that" && ctx.quoteOf[source.first - 1] === -1 ? source.first - 1 : null);
  // After a verb of saying only the main verb right after it shows that ("the warning that Ada shouted reached the ferry");
  // "the fees that Lund said rose" instead credits her with the clause, gap and all. Read like the relative without
  // "that", it stands beside the main verb's own statement rather than yielding to it.
  const verbNext = k === cue.last + 1 && isFiniteVerb(ctx.tokens[k]);
  const speechGap = cue.frame === "speech" && verbNext && !SAY_FORMS.has((ctx.tokens[cue.head] as Token).norm);
  if (pronoun !== null && (speechGap || cue.frame === "object" && (isFiniteVerb(ctx.tokens[k]) || (ctx.tokens[k] as Token).pos === "AUX" || predicateAfterAdverb(ctx, k, lastOfClause)))) {
    const noun = ctx.tokens[pronoun - 1];
    const head = noun && (noun.pos === "NOUN" || noun.pos === "PROPN") ? phraseEndingAt(ctx, pronoun - 1, sentenceBounds(ctx, pronoun).first) : null;
    if (head) return draft(cue, source, (ctx.tokens[head.first] as Token).start, (ctx.tokens[head.last] as Token).end, false, ctx.sentenceOf[cue.first]!, speechGap ? "cue-then-clause" : "relative-clause");
  }
  if (relative === null && ADJUNCT_TAKING_SPEECH.has((ctx.tokens[cue.head] as Token).lemma) && adjunctsOnly(ctx, k, lastOfClause) && !opensWhatWasTold(ctx, cue, k)) return null;
  if (relative === null && cue.frame === "object" && predicateFollows(ctx, k, lastOfClause)) return null;
  // "the kind of tent Ada wanted never arrived": what she wanted is the noun before her, and what follows the cue
  // is the sentence's own predicate. After a verb of saying only a verb right after it, with no subject, shows that
  // ("the note the mayor posted hangs in the hall"): a clause it reports may start with an adverb.
  const predicate = cue.frame === "speech" ? verbNext : predicateAfterAdverb(ctx, k, lastOfClause);
  const gap = relative === null && source && predicate ? gapNounBefore(ctx, source) : null;
  if (gap) return draft(cue, source, (ctx.tokens[gap.first] as Token).start, (ctx.tokens[gap.last] as Token).end, false, ctx.sentenceOf[cue.first]!, "cue-then-clause");
  // "The memo Ada wrote hangs by the door": the subject search reads the noun and the name as one phrase; the name
  // alone speaks, and the noun is what the relative without "that" is about. A name after "the" + noun leaves no room
  // for a subject, so a verb right after a cue that takes an object shows it too ("The card Ada signed sits ...").
  const named = relative === null && source && (predicate || verbNext) ? nameAfterNoun(ctx, source) : -1;
  if (source && named !== -1) return draft(cue, { first: named, last: source.last }, (ctx.tokens[source.first] as Token).start, (ctx.tokens[named - 1] as Token).end, false, ctx.sentenceOf[cue.first]!, "cue-then-clause");
  if (relative === null && adverbialClauseOnly(ctx, k, lastOfClause)) return null;
  if (relative === null && (CLAUSE_ONLY_SPEECH.has((ctx.tokens[cue.head] as Token).lemma) || findsAThing(ctx, cue.head, k) || showsSigns(ctx, cue.head, k)) && !reportsClause(ctx, k, lastOfClause)) return null;
  // "did not respond in kind", "talked to her", "took charge in 2005": a few words opened by a preposition right after
  // the cue, with no verb, say how, where or to whom, not what. After an addressee they can ("asked the board for a raise").
  if (relative === null && k === cue.last + 1 && (ctx.tokens[k] as Token).pos === "ADP" && lastOfClause - k < 3 && !hasVerb(ctx, k, lastOfClause)) return null;
  // "A fire ripped through the store", "the storm tore through the town": "through" right after the verb opens the path
  // of a motion, however long, never what was said. After a verb of saying it names the means ("said through her
  // lawyer she would resign"), and the clause right after it is what was said.
  if (relative === null && k === cue.last + 1 && (ctx.tokens[k] as Token).norm === "through" && ctx.quoteOf[k] === -1) {
    const means = ADJUNCT_TAKING_SPEECH.has((ctx.tokens[cue.head] as Token).lemma) ? phraseStartingAt(ctx, k + 1, lastOfClause) : null;
    const said = means ? (isComma(ctx.tokens[means.last + 1]) ? means.last + 2 : means.last + 1) : -1;
    // Not "ripped through the store and the roof fell in": the clause must open right after the means.
    const opener = ctx.tokens[said];
    if (said === -1 || said > lastOfClause || !opener || !(opener.norm === "that" || CLAUSE_SUBJECT_POS.has(opener.pos)) || !reportsClause(ctx, said, lastOfClause)) return null;
    k = said;
  }
  // "responded first", "argued emphatically", "feel terrible": a lone adjective or adverb says how, unless it stands
  // for a clause ("said so", "did not say why") or is a participle's state ("deemed classified").
  if (relative === null && lastOfClause === k && loneManner(ctx.tokens[k] as Token)) return null;
  if (relative === null && demonstrativeThat(ctx, k, lastOfClause)) lastOfClause = k;
  const start = (ctx.tokens[relative ?? k] as Token).start;
  const sentence = ctx.sentenceOf[cue.first]!;
  // “A,” she said, adding that ... “B.”: a remark added after a quotation runs on over the quotations after it.
  const added = (ctx.tokens[cue.head] as Token).norm === "adding" && isComma(ctx.tokens[cue.first - 1]) && quoteBefore(ctx, cue.first - 2);
  const end = added && trimTrailingPunct(ctx, k, last) <= lastOfClause ? extendOverFollowingQuotes(ctx, contentEnd(ctx, lastOfClause), cue.last) : contentEnd(ctx, lastOfClause);
  return draft(cue, source, start, end, false, sentence, relative === null ? "cue-then-clause" : "relative-clause");
}

/**
 * "said, citing a survey, that ...", "reported, quoting aides, that ...": where a participle at `k` is set off by a comma
 * that a "that" clause follows, the index of that "that", or -1. The clause is what the verb before the aside reports.
 */
function thatAfterParticipleAside(ctx: AttributionContext, k: number, last: number): number {
  const head = ctx.tokens[k];
  if (!head || head.pos !== "VERB" || !head.norm.endsWith(PARTICIPLE_SUFFIX) || ctx.quoteOf[k] !== -1) return -1;
  for (let i = k + 1; i < last; i++) {
    const t = ctx.tokens[i] as Token;
    if (ctx.quoteOf[i] !== -1) return -1;
    if (isComma(t)) return ctx.tokens[i + 1]?.norm === "that" && ctx.tokens[i + 1]?.pos === "SCONJ" ? i + 1 : -1;
    if (t.pos === "SCONJ" || t.pos === "AUX" || isFiniteVerb(t)) return -1;
  }
  return -1;
}

/**
 * "acknowledged, in an interview, that ...", "noted in her report, published on Jan. 9, 2023, that ...": a phrase
 * after a comma, opened by a preposition or a past participle and with no verb of its own, closed by a comma before
 * "that", says where the words appeared; the "that" clause is what was said. A comma before a year stays inside a date.
 */
function thatAfterSetOffPhrase(ctx: AttributionContext, k: number, last: number): number {
  const head = ctx.tokens[k];
  if (!head || ctx.quoteOf[k] !== -1 || !(head.pos === "ADP" || (head.pos === "VERB" && verbForm(head) === "past"))) return -1;
  for (let i = k + 1; i < last; i++) {
    const t = ctx.tokens[i] as Token;
    if (ctx.quoteOf[i] !== -1 || t.pos === "SCONJ" || t.pos === "AUX" || isFiniteVerb(t)) return -1;
    if (!isComma(t) || ctx.tokens[i + 1]?.pos === "NUM") continue;
    // wink tags "that" a determiner before a noun ("that mistakes had been made"): a verb after it shows the clause.
    return thatClauseAt(ctx, i + 1, last);
  }
  return -1;
}

/**
 * "argued, as she had in 2019, that ...", "stated, while testifying, that ...": a clause of when or how set off by
 * commas between the cue and "that" is the scene of the saying; the "that" clause is what was said. Not a condition
 * or a cause ("said, if the fee rises, that ..."), which qualifies the words themselves.
 */
function thatAfterSceneClause(ctx: AttributionContext, k: number, last: number): number {
  if (!opensSceneAfterComma(ctx, k)) return -1;
  for (let i = k + 1; i < last; i++) {
    const t = ctx.tokens[i] as Token;
    if (ctx.quoteOf[i] !== -1 || t.norm === "that") return -1;
    if (isComma(t)) return thatClauseAt(ctx, i + 1, last);
  }
  return -1;
}

/** `i` when a "that" outside any quotation there opens a clause, a verb following it by `last`; else -1. */
function thatClauseAt(ctx: AttributionContext, i: number, last: number): number {
  return ctx.tokens[i]?.norm === "that" && ctx.quoteOf[i] === -1 && hasVerb(ctx, i + 1, last) ? i : -1;
}

/**
 * "said in a statement released by her office that ...": a participle right after the noun that ends the cue
 * describes that noun up to the "that" of the clause said.
 */
function thatAfterNounParticiple(ctx: AttributionContext, cue: Cue, k: number, last: number): number {
  if (!participleAfterCueNoun(ctx, cue, k)) return -1;
  for (let i = k + 1; i < last; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.norm === "that") return thatClauseAt(ctx, i, last);
    if (ctx.quoteOf[i] !== -1 || isComma(t) || t.pos === "SCONJ" || t.pos === "AUX" || isFiniteVerb(t)) return -1;
  }
  return -1;
}

/**
 * "Lund, who warned that the levee was failing and who was fired for it, said ...": "and" with the speaker's own
 * relative pronoun again opens a second clause about the speaker, which ends what the first one reported.
 */
function beforeCoordinatedRelative(ctx: AttributionContext, source: TokenSpan, k: number, last: number): number {
  const pronoun = (ctx.tokens[source.first] as Token).norm;
  if (source.first !== source.last || (pronoun !== "who" && pronoun !== "which")) return last;
  for (let i = k + 2; i <= last; i++) {
    if ((ctx.tokens[i] as Token).norm === pronoun && (ctx.tokens[i - 1] as Token).norm === "and" && ctx.quoteOf[i] === -1) return trimTrailingPunct(ctx, k, i - 2);
  }
  return last;
}

/** Prepositions of place or occasion before a reported clause: "at a rally", "in Oslo", "during a visit", "after the meeting". */
const OCCASION_HEADS: ReadonlySet<string> = new Set([...OCCASION_PREPOSITIONS, "after", "before"]);

/**
 * "told the crew of the risk", "told them about the toll", "asked the board for more time": past an addressee, "of" or
 * "about" at `k` opens what was told, "about" or "for" what was asked.
 */
function opensWhatWasTold(ctx: AttributionContext, cue: Cue, k: number): boolean {
  if (cue.frame !== "addressed" || k <= cue.last + 1) return false;
  const lemma = (ctx.tokens[cue.head] as Token).lemma;
  const norm = ctx.tokens[k]?.norm;
  return (OF_CONTENT_VERBS.has(lemma) && (norm === "of" || norm === "about")) || (ASKING_VERBS.has(lemma) && (norm === "about" || norm === "for"));
}

/** Verbs whose addressee may be followed by what was asked under "about" or "for": "asked the board for more time". */
const ASKING_VERBS = new Set(["ask", "press", "question", "quiz", "petition"]);

/**
 * "Ivo said, as Ada said: “...”", "Ivo insisted, Ada said, “...”": after the cue's comma another speaker and verb of
 * saying open a report of their own, which the first cue shares rather than holds.
 */
function secondReportOpens(ctx: AttributionContext, k: number, last: number): boolean {
  const as = ctx.tokens[k]?.norm === "as";
  const speaker = phraseStartingAt(ctx, as ? k + 1 : k, last);
  const verb = speaker ? ctx.tokens[speaker.last + 1] : undefined;
  if (!speaker || !verb || verb.pos !== "VERB" || CUE_FRAMES.get(verb.lemma) !== "speech" || ctx.quoteOf[speaker.last + 1] !== -1) return false;
  const next = ctx.tokens[speaker.last + 2];
  return as || next === undefined || next.norm === ":" || isComma(next) || quoteStartingAt(ctx, speaker.last + 2) !== null;
}

/**
 * The "of" after a common noun that is no role ("the release of the files", not "the mayor of Oslo") inside a phrase
 * that ends the clause, or -1.
 */
function ofAfterThing(ctx: AttributionContext, k: number, last: number): number {
  const phrase = phraseStartingAt(ctx, k, last);
  if (!phrase || phrase.last !== trimTrailingPunct(ctx, k, last)) return -1;
  for (let i = k + 1; i < phrase.last; i++) {
    if ((ctx.tokens[i] as Token).norm !== "of") continue;
    const head = ctx.tokens[i - 1] as Token;
    return head.pos === "NOUN" && !isRoleWord(head.norm) ? i : -1;
  }
  return -1;
}

/**
 * "ordered a survey of the cranes at its depots", "ordered a survey.": a common noun that is no role, followed by
 * adjuncts alone or nothing (no verb, no quotation), is what was asked for, not who was addressed. Verbs of telling
 * (OF_CONTENT_VERBS) take a person there ("told the board in May").
 */
function thingAsked(ctx: AttributionContext, cue: Cue, addressee: TokenSpan, after: number, last: number): boolean {
  const head = ctx.tokens[addressee.last] as Token;
  const lemma = (ctx.tokens[cue.head] as Token).lemma;
  // "asked the guild for a loan": who is asked comes before "for" and what is asked for.
  if (head.pos !== "NOUN" || namesPeople(head) || OF_CONTENT_VERBS.has(lemma) || (lemma === "ask" && ctx.tokens[after]?.norm === "for")) return false;
  for (let i = after; i <= last; i++) if (ctx.quoteOf[i] !== -1 || (ctx.tokens[i] as Token).pos === "VERB" || (ctx.tokens[i] as Token).pos === "AUX") return false;
  return true;
}

/**
 * "Moscow accused Kyiv of staging it, a charge Kyiv denied.": after a comma, "a/the" + a noun for words (a charge, a
 * claim, a report) and then a name closing the sentence with the cue is a relative without "that"; the name speaks, and
 * the noun is what was denied. The clause before the comma is the writer's report of another statement. A title
 * before the name ("the singer Ann Berg said") is the speaker's own.
 */
function thingBeforeName(ctx: AttributionContext, cue: Cue, source: TokenSpan): Draft | null {
  const named = nameAfterNoun(ctx, source);
  if (named === -1) return thingBeforeDescribed(ctx, cue, source);
  if (!isComma(ctx.tokens[source.first - 1]) || !namesWords((ctx.tokens[named - 1] as Token).norm) || !restIsEmpty(ctx, cue.last + 1)) return null;
  // "the statement Lund issued said": a verb of the name's own before the cue makes the whole phrase the subject.
  for (let k = named; k <= source.last; k++) if ((ctx.tokens[k] as Token).pos !== "PROPN") return null;
  return draft(cue, { first: named, last: source.last }, (ctx.tokens[source.first] as Token).start, (ctx.tokens[named - 1] as Token).end, false, ctx.sentenceOf[cue.first]!, "clause-then-cue");
}

/**
 * "..., a charge the ministry denied.": the same relative without "that" with a speaker named by a description; the
 * subject search already stops at its determiner, so the noun for words is the phrase right before it.
 */
function thingBeforeDescribed(ctx: AttributionContext, cue: Cue, source: TokenSpan): Draft | null {
  const noun = ctx.tokens[source.first - 1];
  if ((ctx.tokens[source.first] as Token).pos !== "DET" || noun?.pos !== "NOUN" || !namesWords(noun.norm) || !restIsEmpty(ctx, cue.last + 1)) return null;
  const thing = phraseEndingAt(ctx, source.first - 1, sentenceBounds(ctx, source.first).first);
  if (!thing || !isComma(ctx.tokens[thing.first - 1]) || !ARTICLES.has((ctx.tokens[thing.first] as Token).norm)) return null;
  return draft(cue, source, (ctx.tokens[thing.first] as Token).start, (ctx.tokens[thing.last] as Token).end, false, ctx.sentenceOf[cue.first]!, "clause-then-cue");
}

/**
 * Does this noun stand for something said ("charge", "claim")? Not a document or a medium: those carry names of their
 * own, and "the paper Gazette reported", "the website Axios reported" put the name beside its kind, as a title.
 */
function namesWords(norm: string): boolean {
  return (ATTRIBUTION_NOUNS.has(norm) || COMMUNICATION_NOUNS.has(norm)) && !DOCUMENT_NOUNS.has(norm);
}

/** Is the phrase's head, its last noun before any preposition, a story or a joke (TOLD_THINGS)? */
function isToldThing(ctx: AttributionContext, phrase: TokenSpan): boolean {
  let head: Token | undefined;
  for (let i = phrase.first; i <= phrase.last && (ctx.tokens[i] as Token).pos !== "ADP"; i++) if ((ctx.tokens[i] as Token).pos === "NOUN") head = ctx.tokens[i];
  return head !== undefined && TOLD_THINGS.has(head.norm);
}

/** Verbs whose addressee may be followed by what was said under "of": "warned them of", "told the crowd of". */
const OF_CONTENT_VERBS = new Set(["tell", "remind", "inform", "notify", "convince", "persuade", "assure", "warn", "caution"]);

/**
 * "As Lund noted, ...", "And as Berg has pointed out, ...": the speaker stands right after a sentence-opening "as", and
 * the cue has taken no noun of its own ("As Lund gave her speech, ..." tells when, not what).
 */
function creditedByAs(ctx: AttributionContext, cue: Cue, source: TokenSpan | null): boolean {
  if (!source || (ctx.tokens[source.first - 1] as Token | undefined)?.norm !== "as") return false;
  for (let i = cue.head + 1; i <= cue.last; i++) if ((ctx.tokens[i] as Token).pos === "NOUN") return false;
  const first = sentenceBounds(ctx, source.first).first;
  const before = source.first - 2;
  return before < first || (before === first && (ctx.tokens[before] as Token).pos === "CCONJ");
}

/**
 * "As the Gazette reported just today, ...", "As Lund said repeatedly, ...": after a cue that "as" credits, adverbs
 * and adjuncts up to the comma say when or how it was said; the clause after the comma is what was said. The comma
 * at `k` is returned, or `k` itself when anything else stands before it.
 */
function pastAdjunctsOfAs(ctx: AttributionContext, cue: Cue, source: TokenSpan | null, k: number, last: number): number {
  if (!creditedByAs(ctx, cue, source)) return k;
  let j = k;
  for (;;) {
    while (j <= last && ctx.quoteOf[j] === -1 && (ctx.timeToken[j] || (ctx.tokens[j] as Token).pos === "ADV" || (ctx.tokens[j] as Token).pos === "CCONJ")) j++;
    const next = skipAdjuncts(ctx, j, last);
    if (next === j) break;
    j = next;
  }
  return j > k && isComma(ctx.tokens[j]) && ctx.quoteOf[j] === -1 ? j : k;
}

function loneManner(t: Token): boolean {
  return (t.pos === "ADJ" || t.pos === "ADV") && t.norm !== "so" && !t.norm.endsWith("ed") && !QUESTION_WORDS.has(t.norm);
}

function spacedDashWithin(ctx: AttributionContext, from: number, last: number): boolean {
  for (let k = from; k <= last; k++) if (isSpacedDash(ctx, k)) return true;
  return false;
}

/**
 * "which Lund has said that the toll is too high": a cue whose own "that" clause follows has no gap for a relative
 * pronoun before its subject to fill; the content is that clause.
 */
function ownComplementFollows(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  return t.norm === "that" && t.pos === "SCONJ" && ctx.quoteOf[k] === -1;
}

/**
 * "Lund said as the crowd cheered.", "Berg wrote after the vote closed.": a clause opened by a subordinator that runs
 * to the content's end, with no comma to a main clause after it, tells when or why the words were said; the words
 * themselves stand elsewhere. "as" opens such a clause only before a pronoun or a determiner ("identify as
 * independents" is no clause), and its verb must come soon after its subject.
 */
function adverbialClauseOnly(ctx: AttributionContext, k: number, last: number): boolean {
  const t = ctx.tokens[k] as Token;
  if (t.norm === "if" || !SUBORDINATORS.has(t.norm) || (t.pos !== "SCONJ" && t.pos !== "ADP") || ctx.quoteOf[k] !== -1) return false;
  const subject = ctx.tokens[k + 1];
  if (!subject || !(subject.pos === "PRON" || subject.pos === "DET" || (t.norm !== "as" && (subject.pos === "PROPN" || subject.pos === "NOUN" || subject.pos === "NUM")))) return false;
  // "said after the meeting the strike would go on": a phrase with another subject right after it makes "after" a
  // preposition, and the clause after the phrase is what was said.
  const phrase = phraseStartingAt(ctx, k + 1, last);
  if (phrase && phrase.last < last && ctx.quoteOf[phrase.last + 1] === -1 && opensClauseSubject(ctx.tokens[phrase.last + 1] as Token)) return false;
  let verb = false;
  for (let i = k + 1; i <= last; i++) {
    const u = ctx.tokens[i] as Token;
    if (ctx.quoteOf[i] !== -1 || isComma(u) || u.norm === ":" || u.norm === ";" || u.norm === "that") return false;
    if (i <= k + 5 && (u.pos === "AUX" || (u.pos === "VERB" && u.norm !== u.lemma && !u.norm.endsWith("ing")))) verb = true;
  }
  return verb;
}

/** A word that can open a clause's subject: "the", "it", "Lund". */
function opensClauseSubject(t: Token): boolean {
  return t.pos === "DET" || t.pos === "PROPN" || (t.pos === "PRON" && !RELATIVE_WORDS.has(t.norm));
}

/**
 * "found a buyer", "finds a home in the port": "find" before an indefinite noun phrase gets hold of a thing, and reports
 * only when a clause goes on ("found a third of the boats were late").
 */
function findsAThing(ctx: AttributionContext, head: number, k: number): boolean {
  return (ctx.tokens[head] as Token).lemma === "find" && INDEFINITE.has(ctx.tokens[k]?.norm ?? "");
}

/**
 * "Moscow hasn't shown any signs of getting worse", "showed signs of wear": what shows signs of something has them; it
 * tells nothing. "showed no sign of backing down" is a stance, read as a light verb and its noun before this frame.
 */
function showsSigns(ctx: AttributionContext, head: number, k: number): boolean {
  if ((ctx.tokens[head] as Token).lemma !== "show") return false;
  let i = k;
  while (i < k + 3 && (ctx.tokens[i]?.pos === "DET" || ctx.tokens[i]?.pos === "ADJ")) i++;
  const noun = ctx.tokens[i]?.norm;
  return (noun === "sign" || noun === "signs") && ctx.quoteOf[i] === -1;
}

/**
 * Does the content from `first` to `last` hold a clause, a quotation or a colon, rather than a noun phrase alone? A
 * clause needs a finite verb or an auxiliary: a participle after it ("continued his push, citing the tolls") or a plain
 * form inside it ("its win streak", "whether the pier put boats at risk") leaves the noun phrase the object. A plain
 * form after a plural subject is finite ("added the tolls hurt fishermen").
 */
function reportsClause(ctx: AttributionContext, first: number, last: number): boolean {
  if ((ctx.tokens[first] as Token).norm === "that" || (ctx.tokens[first - 1] as Token).norm === ":") return true;
  for (let i = first; i <= last; i++) {
    const t = ctx.tokens[i] as Token;
    const presentPlural = t.pos === "VERB" && t.norm === t.lemma && i > first && isPluralSubject(ctx, i - 1);
    if (ctx.quoteOf[i] !== -1 || (isFiniteVerb(t) && !isCountedNoun(ctx, i)) || presentPlural || t.pos === "AUX" || t.norm === ":") return true;
  }
  return false;
}

/**
 * "added nine rebounds", "six assists": an -s form wink reads as a verb right after a count (not "one") is its plural
 * noun. A number after a noun is a label, not a count, and the verb after it is finite ("added Section 8 covers it").
 */
function isCountedNoun(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  const count = ctx.tokens[i - 1];
  const label = ctx.tokens[i - 2]?.pos === "NOUN" || ctx.tokens[i - 2]?.pos === "PROPN";
  return t.norm.endsWith("s") && count !== undefined && count.pos === "NUM" && count.norm !== "one" && !label;
}

/**
 * "The league, which has backed Lund, urged its members to vote": a relative clause set off by commas closes on the
 * comma before the main clause's verb; what follows is said by the noun the clause hangs on, not by "which".
 */
function insideAsideRelative(ctx: AttributionContext, source: TokenSpan | null, from: number, last: number): number {
  if (!source || source.first !== source.last || !ASIDE_RELATIVES.has((ctx.tokens[source.first] as Token).norm)) return last;
  if (!isComma(ctx.tokens[source.first - 1])) return last;
  for (let i = from + 1; i < last; i++) {
    if (!isComma(ctx.tokens[i]) || ctx.quoteOf[i] !== -1) continue;
    const next = ctx.tokens[i + 1] as Token;
    if (ctx.quoteOf[i + 1] === -1 && !next.norm.endsWith("ing") && (next.pos === "AUX" || (next.pos === "VERB" && next.norm !== next.lemma))) return trimTrailingPunct(ctx, from, i - 1);
  }
  return last;
}

const ASIDE_RELATIVES = new Set(["who", "which"]);

/**
 * "The fiddler who plans to join the band was tuning ...": a relative clause on the noun that opens the sentence
 * ends where the main clause's auxiliary comes. A reported clause has auxiliaries of its own: it ends only at one
 * right after a comma.
 */
function insideSubjectRelative(ctx: AttributionContext, cue: Cue, source: TokenSpan | null, from: number, last: number): number {
  if (!source || source.first !== source.last || source.first < 1) return last;
  const reported = cue.frame !== "object" && (ctx.tokens[from] as Token).norm !== "to";
  const r = reported ? coordinatedRelative(ctx, source.first) : source.first;
  const norm = (ctx.tokens[r] as Token).norm;
  const noun = ctx.tokens[r - 1] as Token;
  if ((norm !== "who" && norm !== "that") || (noun.pos !== "NOUN" && noun.pos !== "PROPN")) return last;
  const floor = sentenceBounds(ctx, r).first;
  const subject = phraseEndingAt(ctx, r - 1, floor);
  if (!subject || !isClauseOpener(ctx, subject.first, floor)) return last;
  if (reported) {
    // "Voters who believe the tolls are fair, will stay home": an auxiliary right after a comma takes up the main clause
    // of the sentence the subject opens.
    if (subject.first !== floor) return last;
    for (let i = from + 1; i < last; i++) if (isComma(ctx.tokens[i]) && ctx.quoteOf[i] === -1 && ctx.tokens[i + 1]?.pos === "AUX") return trimTrailingPunct(ctx, from, i - 1);
    return last;
  }
  for (let i = from + 1; i <= last; i++) {
    const t = ctx.tokens[i] as Token;
    if (ctx.quoteOf[i] !== -1) continue;
    if (t.pos === "SCONJ" || t.pos === "PUNCT" || RELATIVE_WORDS.has(t.norm)) return last;
    if (t.pos === "AUX") return trimTrailingPunct(ctx, from, i - 1);
  }
  return last;
}

/**
 * "Growers backing the toll have asked ...", "Flyers urging staff to strike went up": a participle on the noun that
 * opens the sentence takes an object, or an addressee and its infinitive, which ends where the main clause's verb
 * comes. Past an addressee ("reminding them why ...") the content is a clause with verbs of its own.
 */
function insideSubjectParticiple(ctx: AttributionContext, cue: Cue, source: TokenSpan | null, from: number, last: number): number {
  // "Investors expecting a quick deal may want ...": an expectation's object ends there too.
  const takesObject = cue.frame === "object" || ((cue.frame === "addressed" || cue.frame === "belief") && from === cue.last + 1);
  if (!source || !takesObject || source.last + 1 !== cue.first || cue.first !== cue.head || !(ctx.tokens[cue.head] as Token).norm.endsWith(PARTICIPLE_SUFFIX)) return last;
  if (!isClauseOpener(ctx, source.first, sentenceBounds(ctx, source.first).first)) return last;
  for (let i = from + 1; i <= last; i++) {
    const t = ctx.tokens[i] as Token;
    if (ctx.quoteOf[i] !== -1) continue;
    if (t.pos === "SCONJ" || t.pos === "PUNCT" || RELATIVE_WORDS.has(t.norm)) return last;
    // "calling on them to be fined": the verbs of an infinitive are the object's, not the main clause's.
    const prev = ctx.tokens[i - 1] as Token;
    if ((t.pos === "AUX" || isFiniteVerb(t)) && prev.norm !== "to" && prev.pos !== "AUX") return trimTrailingPunct(ctx, from, i - 1);
  }
  return last;
}

/**
 * "Lund, citing the storm, closed the quay": a participle set off by commas after the subject that opens the sentence
 * reports up to its closing comma, where the subject's own predicate resumes.
 */
function insideSubjectAside(ctx: AttributionContext, cue: Cue, source: TokenSpan | null, from: number, last: number): number {
  if (!source || source.last + 2 !== cue.first || !isComma(ctx.tokens[source.last + 1]) || !(ctx.tokens[cue.head] as Token).norm.endsWith(PARTICIPLE_SUFFIX)) return last;
  if (!isClauseOpener(ctx, source.first, sentenceBounds(ctx, source.first).first)) return last;
  for (let i = from + 1; i < last; i++) {
    if (!isComma(ctx.tokens[i]) || ctx.quoteOf[i] !== -1) continue;
    let v = i + 1;
    while (v < last && (ctx.tokens[v] as Token).pos === "ADV") v++;
    if (isFiniteVerb(ctx.tokens[v]) && ctx.quoteOf[v] === -1) return trimTrailingPunct(ctx, from, i - 1);
  }
  return last;
}

/**
 * "Pilots wary of the fog stayed home": an attitude that describes the noun before it, with no "be", reports a phrase
 * that ends at the main clause's verb. A "that" clause has verbs of its own and runs on.
 */
function insideDescribedNoun(ctx: AttributionContext, cue: Cue, source: TokenSpan | null, from: number, last: number): number {
  if (!source || source.last + 1 !== cue.first || (ctx.tokens[cue.head] as Token).pos !== "ADJ" || (ctx.tokens[from] as Token).norm === "that") return last;
  // Only what attitudeCue skips before a described noun's attitude ("not", "still"); a verb there is "be" or a linking verb.
  for (let i = cue.first; i < cue.head; i++) if ((ctx.tokens[i] as Token).pos !== "ADV" && !isNegationParticle(ctx.tokens[i] as Token)) return last;
  for (let i = from + 1; i <= last; i++) {
    const t = ctx.tokens[i] as Token;
    if (ctx.quoteOf[i] !== -1) continue;
    if (t.pos === "SCONJ" || RELATIVE_WORDS.has(t.norm)) return last;
    const prev = ctx.tokens[i - 1] as Token;
    if ((t.pos === "AUX" || isFiniteVerb(t)) && prev.norm !== "to" && prev.pos !== "AUX") return trimTrailingPunct(ctx, from, i - 1);
  }
  return last;
}

/** "Voters who doubt the plan, and who believe ...": the relative pronoun a second one is joined to, or `r` itself. */
function coordinatedRelative(ctx: AttributionContext, r: number): number {
  const and = ctx.tokens[r - 1];
  if (and?.pos !== "CCONJ") return r;
  const norm = (ctx.tokens[r] as Token).norm;
  const floor = sentenceBounds(ctx, r).first;
  for (let k = r - 2; k > floor && r - k < 25; k--) if ((ctx.tokens[k] as Token).norm === norm && ctx.quoteOf[k] === -1) return k;
  return r;
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, "whose", "where"]);
const SPAN_WORDS = new Set(["long", "shortly", "soon"]);
const ABSOLUTE_OPENERS = new Set(["with", "despite", "without"]);

/**
 * "Though Lund never mentioned Berg by name, she cast her rival as ...": a cue inside a subordinate clause that
 * opens the sentence reports only up to the comma that closes that clause; what follows is the main clause,
 * often a statement of its own. Returns the content's last token, cut there when the cue sits in such a clause.
 */
function insideOpeningClause(ctx: AttributionContext, cue: Cue, source: TokenSpan | null, from: number, last: number): number {
  const { first } = sentenceBounds(ctx, cue.first);
  let o = first;
  // wink tags "When" as an adverb: a subordinator ends the skip.
  while (o < cue.first && ((ctx.tokens[o] as Token).pos === "CCONJ" || (ctx.tokens[o] as Token).pos === "ADV" || isQuoteMarkAt(ctx, o)) && !SUBORDINATORS.has((ctx.tokens[o] as Token).norm)) o++;
  // "In June, after the vote ...": a time closed by its comma may come first.
  let t = o;
  while (t < cue.first && (ctx.timeToken[t] || ((ctx.tokens[t] as Token).pos === "ADP" && ctx.timeToken[t + 1]))) t++;
  if (t > o && isComma(ctx.tokens[t]) && ctx.quoteOf[t] === -1) o = t + 1;
  o = afterTimeMeasure(ctx, o, cue.first);
  // "Long before the vote", "Shortly after": a word of measure before the subordinator.
  if (o + 1 < cue.first && SPAN_WORDS.has((ctx.tokens[o] as Token).norm)) o++;
  // "With polls showing X, Lund ...", "Despite aides warning X, ...": a preposition opens the clause of a cue in -ing.
  const absolute = o < cue.first && ABSOLUTE_OPENERS.has((ctx.tokens[o] as Token).norm) && (ctx.tokens[cue.head] as Token).norm.endsWith("ing") && source !== null;
  if (o >= cue.first || !(SUBORDINATORS.has((ctx.tokens[o] as Token).norm) || absolute)) {
    // "..., and while Lund said X, the board ...": a subordinator after a comma or a conjunction, right before the
    // cue's subject, opens such a clause mid-sentence. Not "as", which there mostly credits a source ("as Berg said").
    const sub = source ? source.first - 1 : -1;
    const link = ctx.tokens[sub - 1];
    if (sub <= first || !SUBORDINATORS.has((ctx.tokens[sub] as Token).norm) || (ctx.tokens[sub] as Token).norm === "as" || !link || !(isComma(link) || link.pos === "CCONJ") || ctx.quoteOf[sub] !== -1) return last;
    o = sub;
  }
  // A comma before the cue has closed the subordinate clause already: the cue is in the main clause. The commas
  // around an appositive in the subject close nothing ("When the mayor, Ann Berg, said ...").
  for (let i = o + 1; i < cue.first; i++) if (isComma(ctx.tokens[i]) && ctx.quoteOf[i] === -1 && !(source && i >= source.first && i <= source.last)) return last;
  for (let i = from + 1; i <= last; i++) {
    if (isComma(ctx.tokens[i]) && ctx.quoteOf[i] === -1) return trimTrailingPunct(ctx, from, i - 1);
    // "Though Lund admitted the ferry ran “late, again,” she ...": a quotation that ends on its own comma closes the clause too.
    const quote = quoteEndingAt(ctx, i);
    if (quote && i < last && ctx.text[quote.innerEnd - 1] === ",") return i;
  }
  return last;
}

/**
 * "He said. “We will rebuild the pier.”": a sentence of nothing but a speaker and a verb of saying, closed by a full
 * stop where a colon would do, announces the quotation that opens the next sentence, when no cue of its own follows it.
 */
function loneCueThenQuote(ctx: AttributionContext, cue: Cue, source: TokenSpan | null): Draft | null {
  const bounds = sentenceBounds(ctx, cue.last);
  if (!source || cue.frame !== "speech" || source.first !== bounds.first || source.last !== cue.first - 1 || bounds.last !== cue.last + 1 || (ctx.tokens[bounds.last] as Token).norm !== ".") return null;
  const quote = quoteStartingAt(ctx, bounds.last + 1);
  if (!quote || !quote.closed || !restIsEmpty(ctx, quote.lastToken + 1)) return null;
  return draft(cue, source, quote.start, extendOverFollowingQuotes(ctx, quote.end, quote.lastToken), true, ctx.sentenceOf[cue.first]!, "cue-then-block");
}

/**
 * "Lund issued the following statement:" closing its sentence, then “...” (often in the next paragraph): the
 * content is what the colon announces, a quotation or else the whole paragraph after it ("Berg wrote:" then a passage of
 * several sentences), not the clause before the cue.
 */
function cueThenBlock(ctx: AttributionContext, cue: Cue, source: TokenSpan | null): Draft | null {
  if ((ctx.tokens[cue.last] as Token).norm !== ":" || sentenceBounds(ctx, cue.last).last !== cue.last) return loneCueThenQuote(ctx, cue, source);
  const k = cue.last + 1;
  if (!ctx.tokens[k]) return null;
  const sentence = ctx.sentenceOf[cue.first]!;
  const quote = quoteStartingAt(ctx, k);
  if (quote) return draft(cue, source, quote.start, extendOverFollowingQuotes(ctx, quote.end, quote.lastToken), true, sentence, "cue-then-block");
  // The first item's bullet marks the list, not what was said.
  const bulleted = opensWithBullet(ctx, ctx.sentenceOf[k] as number);
  const first = bulleted && k + 1 < ctx.tokens.length ? k + 1 : k;
  return draft(cue, source, (ctx.tokens[first] as Token).start, contentEnd(ctx, bulleted ? listLast(ctx, k) : paragraphLast(ctx, k)), false, sentence, "cue-then-block");
}

/** A dash or a bullet sign opening a line. */
const BULLETS: ReadonlySet<string> = new Set([...DASHES, "•", "*", "·"]);

/** Does a paragraph open with a bullet ("- the road will close")? */
function opensWithBullet(ctx: AttributionContext, s: number): boolean {
  const sentence = ctx.sentences[s];
  if (!sentence || (s > 0 && ctx.sentences[s - 1]?.paragraph === sentence.paragraph)) return false;
  return BULLETS.has((ctx.tokens[sentence.tokenStart] as Token).norm);
}

/**
 * The last token of the bulleted list whose first item holds `k`: "Officials said:" then "- the road will close;" and
 * "- buses will be diverted." on lines of their own announces every item, not the first alone.
 */
function listLast(ctx: AttributionContext, k: number): number {
  let last = paragraphLast(ctx, k);
  for (let s = (ctx.sentenceOf[last] as number) + 1; opensWithBullet(ctx, s); s = (ctx.sentenceOf[last] as number) + 1) {
    last = paragraphLast(ctx, (ctx.sentences[s] as Sentence).tokenStart);
  }
  return last;
}

/** The paragraph number of token `k`. */
function paragraphOf(ctx: AttributionContext, k: number): number | undefined {
  return ctx.sentences[ctx.sentenceOf[k] as number]?.paragraph;
}

/** The last token of the paragraph that holds token `k`, before its closing punctuation. */
function paragraphLast(ctx: AttributionContext, k: number): number {
  let s = ctx.sentenceOf[k] as number;
  const paragraph = ctx.sentences[s]?.paragraph;
  while (ctx.sentences[s + 1]?.paragraph === paragraph) s++;
  return trimTrailingPunct(ctx, k, (ctx.sentences[s] as Sentence).tokenEnd - 1);
}

/** ..., X said. / ..., said X. / ..., X said, ... (the reported clause around or before the cue). */
function clauseThenCue(ctx: AttributionContext, cue: Cue, leftSource: TokenSpan | null): Draft | null {
  const bounds = sentenceBounds(ctx, cue.first);
  let source = leftSource;
  let commaBefore: number;
  let afterCue = cue.last + 1;
  const thing = source ? thingBeforeName(ctx, cue, source) : null;
  if (thing) return thing;
  if (source) {
    commaBefore = source.first - 1;
    // "The fees are too high, as the mayor noted.", "..., and as the storm showed, ...": "as" ties the cue to the clause
    // before its comma.
    if ((ctx.tokens[commaBefore] as Token | undefined)?.norm === "as") {
      const k = (ctx.tokens[commaBefore - 1] as Token | undefined)?.pos === "CCONJ" ? commaBefore - 2 : commaBefore - 1;
      if (isComma(ctx.tokens[k])) commaBefore = k;
    }
  } else {
    commaBefore = skipLeftAdverbs(ctx, cue.first - 1, bounds.first);
    // "..., said Lund", "..., asked Berg": a verb of saying, alone, may stand before its subject. "Lund, a former
    // mayor, proposed a new tax" has lost its subject to the appositive: what follows the cue is its object.
    if (!isLoneVerb(ctx, cue) || (cue.frame !== "speech" && cue.frame !== "addressed")) return null;
    source = rightSubject(ctx, cue.last);
    if (!source) return null;
    afterCue = source.last + 1;
    // "Fees, said Lund, will rise": a predicate after the comma closing the speaker takes up the interrupted clause,
    // which must then be a bare subject ("She coaches swimmers, writes poems and, on weekends, leads a choir" lists her acts).
    const closing = resumingComma(ctx, source);
    if (closing !== null) {
      if (!bareSubjectBefore(ctx, cue)) return null;
      afterCue = closing;
    }
    // "..., said Ann Berg, a pilot, adding that ...": the comma that closes the speaker's appositive also closes the aside.
    if (isComma(ctx.tokens[source.last]) && opensNextAct(ctx, afterCue)) afterCue = source.last;
    // "..., said one aide who requested anonymity": as after a quotation, the sourcing aside is no part of the speaker.
    source = withoutAnonymityClause(ctx, source);
  }
  // "The fees will rise \u2014 the board said.": a dash sets off the clause as a comma does, unless it closes an
  // aside opened by another dash ("none of the videos \u2014 made in May \u2014 showed").
  // A lone word before the comma is a connective ("But, he said, ...") unless it is a noun: "Tolls, Lund said, will
  // rise" splits its clause's subject from its verb.
  // "Fares Are ‘Too High,’ Panel Finds.": a single quotation mark (headlines quote with them) closes after the comma.
  const singleClose = closesSingleQuoteAfterComma(ctx, commaBefore) ? commaBefore : -1;
  if (singleClose !== -1) commaBefore--;
  // "Nine, police said, had died": a count stands as a noun does.
  const loneNoun = commaBefore - bounds.first === 1 && ["NOUN", "PROPN", "NUM"].includes((ctx.tokens[bounds.first] as Token).pos);
  if (!(isComma(ctx.tokens[commaBefore]) || isLoneDash(ctx, bounds.first, commaBefore)) || (commaBefore - bounds.first < 2 && !loneNoun)) return null;
  const sentence = ctx.sentenceOf[cue.first]!;
  // Nothing after the cue, or (with "The fee is unfair, Lund said (on Tuesday), adding that ...") what follows the
  // comma after it and its time and place is the speaker's next act, not more of the clause before.
  const afterAdjuncts = skipTrailingAdjuncts(ctx, afterCue, bounds.last);
  // "The question is not whether she quits — that won't happen, aides say — but when": a cue inside an aside set off by
  // dashes reports the aside alone.
  let contentFirst = bounds.first;
  if (isSpacedDash(ctx, afterAdjuncts)) for (let i = commaBefore - 1; i > bounds.first; i--) if (isSpacedDash(ctx, i) && ctx.quoteOf[i] === -1) { contentFirst = i + 1; break; }
  // The addressee right after the cue: "told reporters".
  const addressed = cue.frame === "addressed" && afterCue === cue.last + 1;
  const addressee = addressed ? phraseStartingAt(ctx, afterCue, bounds.last) : null;
  // So after the addressee: "..., officials told reporters (on Monday), adding that ...".
  const afterTold = addressee ? skipTrailingAdjuncts(ctx, addressee.last + 1, bounds.last) : afterAdjuncts;
  const nextAct = [afterAdjuncts, afterTold].some((k) => isComma(ctx.tokens[k]) && opensNextAct(ctx, k + 1)) && !opensSubordinate(ctx, contentFirst);
  // "The fees will rise, the board said on Tuesday -- a shift few expected": a dash after the cue opens the writer's
  // comment on the report, once the clause before has its verb ("The fees, Lund said -- grudgingly -- will rise" has
  // not) and is no opening phrase ("Leaving the hall, Lund boasted of her crew -- ...").
  const opener = ctx.tokens[contentFirst] as Token;
  const comment = isSpacedDash(ctx, afterAdjuncts) && hasVerb(ctx, contentFirst, commaBefore - 1) && opener.pos !== "VERB" && !opensSubordinate(ctx, contentFirst);
  // "..., said Lund, who runs the port, and the ferries will stop": the writer's clause after the speaker's closing comma.
  const writerClause = !leftSource && andClauseAfter(ctx, afterCue - 1);
  if (restIsEmpty(ctx, afterCue, addressed) || nextAct || comment || writerClause) {
    const lastTok = trimTrailingPunct(ctx, contentFirst, commaBefore - 1);
    // "Maybe next spring, Lund said.": "said" reports a verbless answer too; "called" or "told a joke" reports none.
    if ((ctx.tokens[cue.head] as Token).lemma !== "say" && adverbialOnly(ctx, contentFirst, lastTok)) return null;
    if (openingParticipleOnly(ctx, contentFirst, lastTok)) return null;
    if (subordinateClauseOnly(ctx, contentFirst, lastTok)) return null;
    const end = singleClose !== -1 ? (ctx.tokens[singleClose] as Token).end : contentEnd(ctx, lastTok);
    return draft(cue, source, (ctx.tokens[contentFirst] as Token).start, end, false, sentence, "clause-then-cue");
  }
  // "The pumps, the engineer said Friday, are broken": the cue's time stands inside the parenthesis. Other adjuncts
  // ("wrote to his followers, ...") may carry the content after them; "as X reported Friday, ..." credits what follows.
  const plain = !source || (ctx.tokens[source.first - 1] as Token | undefined)?.norm !== "as";
  // "The fees, Lund told reporters, will rise": the addressee stands inside the parenthesis too.
  // Not one asked to act, whose infinitive follows past a description: "asked Ann Berg, a surgeon, to lead the panel".
  const afterAddressee = addressee && isComma(ctx.tokens[addressee.last + 1]) && !controlsInfinitive(ctx, addressee.last + 1, bounds.last) ? addressee.last + 1 : -1;
  // "The fees, Lund said -- grudgingly -- will rise": a pair of dashes after the cue, with the clause before still
  // verbless, sets off an aside inside the parenthesis as a comma would.
  const dashAfter = isSpacedDash(ctx, afterCue) && !hasVerb(ctx, contentFirst, commaBefore - 1) && spacedDashWithin(ctx, afterCue + 1, bounds.last);
  // "Jim Berg, who was mayor in 2001, was shot": a relative clause's verb is no cue around its antecedent's clause.
  const relativeSource = source !== null && RELATIVE_PRONOUNS.has((ctx.tokens[source.first] as Token).norm);
  const commaAfter = isComma(ctx.tokens[afterCue]) || dashAfter ? afterCue : plain && isComma(ctx.tokens[afterAdjuncts]) && timeOnly(ctx, afterCue, afterAdjuncts) ? afterAdjuncts : plain && afterAddressee !== -1 ? afterAddressee : plain && !relativeSource ? commaResumingSubject(ctx, contentFirst, commaBefore, addressee ? addressee.last + 1 : afterCue, bounds.last) : -1;
  // "The tax is unfair, Ravn argued, as she had in 2019.": a clause of when or how after the cue's comma, closing the
  // sentence, is the scene of the saying; the clause before the cue is all that was said.
  if (commaAfter !== -1 && sceneClosesSentence(ctx, commaAfter + 1, bounds.last) && hasVerb(ctx, contentFirst, commaBefore - 1) && !opensSubordinate(ctx, contentFirst)) {
    return draft(cue, source, (ctx.tokens[contentFirst] as Token).start, contentEnd(ctx, trimTrailingPunct(ctx, contentFirst, commaBefore - 1)), false, sentence, "clause-then-cue");
  }
  if (commaAfter !== -1) {
    const opened = quotedSentenceAfter(ctx, commaAfter + 1, bounds.last);
    if (opened) return draft(cue, source, opened.start, opened.end, true, sentence, "parenthetical-cue");
    // "Fees, said Lund, will rise, citing costs": after an inverted speaker the resumed clause ends as a reported one does.
    const lastTok = leftSource ? trimTrailingPunct(ctx, contentFirst, bounds.last) : clauseLast(ctx, commaAfter + 1, cue.frame, cue.head);
    return draft(cue, source, (ctx.tokens[contentFirst] as Token).start, contentEnd(ctx, lastTok), false, sentence, "parenthetical-cue");
  }
  // "The pier will close, Lund said in her column on the harbour's long decline.": after a verb of saying a preposition
  // opens where or how it was said, however long its phrase runs, and the clause before the comma is what was said.
  if ((closesOnScene(ctx, cue, afterCue, bounds.last) || describesCueNoun(ctx, cue, afterCue, bounds.last)) && !opensSubordinate(ctx, contentFirst) && hasVerb(ctx, contentFirst, commaBefore - 1)) {
    const lastTok = trimTrailingPunct(ctx, contentFirst, commaBefore - 1);
    return draft(cue, source, (ctx.tokens[contentFirst] as Token).start, contentEnd(ctx, lastTok), false, sentence, "clause-then-cue");
  }
  return null;
}

/**
 * "Speaking to the crowd, Lund said ...", "Asked about the fees, Lund said ...": a participle with no verb after it
 * before the comma sets the scene of the main clause; its own verb counts for hasVerb, but it reports nothing.
 */
function openingParticipleOnly(ctx: AttributionContext, first: number, last: number): boolean {
  const t = ctx.tokens[first] as Token;
  if (t.pos !== "VERB" || ctx.quoteOf[first] !== -1 || (verbForm(t) !== "ing" && verbForm(t) !== "past")) return false;
  return !hasVerb(ctx, first + 1, last);
}

/** Does a preposition open everything after a verb of saying to the sentence's end, with no "that" or quotation after it? */
function opensLongAdjunct(ctx: AttributionContext, cue: Cue, k: number, last: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.pos !== "ADP" || !CUE_ADJUNCT_HEADS.has(t.norm) || opensCountBound(ctx, k)) return false;
  for (let i = k + 1; i <= last; i++) {
    if ((ctx.tokens[i] as Token).norm === "that") return false;
    // "Okafor recalled in his memoir, “River Nights.”": a phrase ending in a work's title is where, whatever the verb.
    if (ctx.quoteOf[i] !== -1) return isWorkTitle(ctx, ctx.quotes[ctx.quoteOf[i] as number] as Quote);
  }
  return ADJUNCT_TAKING_SPEECH.has((ctx.tokens[cue.head] as Token).lemma);
}

/**
 * "..., Berg said in a statement released by her office.": a participle right after the noun that ends the cue
 * describes that noun; with no "that" or quotation after it, nothing of what was said follows the cue.
 */
function describesCueNoun(ctx: AttributionContext, cue: Cue, k: number, last: number): boolean {
  if (!participleAfterCueNoun(ctx, cue, k)) return false;
  for (let i = k + 1; i <= last; i++) if ((ctx.tokens[i] as Token).norm === "that" || ctx.quoteOf[i] !== -1) return false;
  return true;
}

/** Is `k`, outside quotation marks, a past participle right after a cue that ends in a noun ("in a statement released")? */
function participleAfterCueNoun(ctx: AttributionContext, cue: Cue, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && t.pos === "VERB" && verbForm(t) === "past" && ctx.tokens[cue.last]?.pos === "NOUN" && ctx.quoteOf[k] === -1;
}

/**
 * Subordinators of time or manner only: after the cue's comma, "..., he said, because he prizes ..." gives the
 * speaker's reason, which PolNeAR keeps in what was said.
 */
const SCENE_AFTER_COMMA: ReadonlySet<string> = new Set(["as", "when", "while", "after", "before"]);

/** Does a subordinator of time or manner at `k`, outside quotes, open a clause ("as she left", "while testifying")? */
function opensSceneAfterComma(ctx: AttributionContext, k: number): boolean {
  return SCENE_AFTER_COMMA.has(ctx.tokens[k]?.norm ?? "") && ctx.quoteOf[k] === -1 && opensSceneClause(ctx, k + 1);
}

/** Does a subordinator at `k` open a clause that runs, with no comma, quotation or "that", to the sentence's end? */
function sceneClosesSentence(ctx: AttributionContext, k: number, last: number): boolean {
  if (!opensSceneAfterComma(ctx, k)) return false;
  const end = trimTrailingPunct(ctx, k, last);
  for (let i = k + 1; i <= last; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.norm === "that" || ctx.quoteOf[i] !== -1 || (isComma(t) && i < end)) return false;
  }
  return true;
}

/** After the cue, from `k`: where or how it was said (opensLongAdjunct), or when or why (closesWithWhenClause). */
function closesOnScene(ctx: AttributionContext, cue: Cue, k: number, last: number): boolean {
  return opensLongAdjunct(ctx, cue, k, last) || closesWithWhenClause(ctx, cue, k, last);
}

/** Subordinators that open a clause of when, how or why after a verb of saying: "said as she left", "said when asked". */
const SCENE_SUBORDINATORS: ReadonlySet<string> = new Set(["as", "when", "while", "because", "since", "until", "once", "after", "before"]);

/**
 * "..., Lund said as he opened the gate.", "..., Lund told reporters when asked about the storm.": past the addressee and
 * adjuncts, a subordinate clause that runs to the sentence's end tells when or why it was said, not what.
 */
function closesWithWhenClause(ctx: AttributionContext, cue: Cue, k: number, last: number): boolean {
  if (!ADJUNCT_TAKING_SPEECH.has((ctx.tokens[cue.head] as Token).lemma)) return false;
  const addressee = cue.frame === "addressed" ? phraseStartingAt(ctx, k, last) : null;
  const j = skipTrailingAdjuncts(ctx, addressee ? addressee.last + 1 : k, last);
  if (!SCENE_SUBORDINATORS.has(ctx.tokens[j]?.norm ?? "") || ctx.quoteOf[j] !== -1 || !opensSceneClause(ctx, j + 1)) return false;
  for (let i = j + 1; i <= last; i++) if ((ctx.tokens[i] as Token).norm === "that" || ctx.quoteOf[i] !== -1) return false;
  return true;
}

/**
 * A subject or a participle after the subordinator ("as he left", "when asked"); "announced as much aid as", "said as
 * a rule" compare or describe instead.
 */
function opensSceneClause(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || ctx.quoteOf[k] !== -1) return false;
  if (t.pos === "VERB") return verbForm(t) === "ing" || verbForm(t) === "past";
  // A subject pronoun opens a clause whatever the tagger makes of its verb ("as he labored", tagged an adjective).
  if (isPersonalPronoun(t) && !OBJECT_PRONOUNS.has(t.norm)) return true;
  return (t.pos === "PRON" || t.pos === "PROPN" || t.pos === "DET" || t.pos === "NOUN") && hasVerb(ctx, k + 1, sentenceBounds(ctx, k).last);
}

/**
 * "..., Lund wrote in his 2012 book, “Harbour Days.”": a short quotation after a comma that closes a phrase naming a
 * work, and closes the sentence too, is the work's title, not words of the speaker's.
 */
function isWorkTitle(ctx: AttributionContext, quote: Quote): boolean {
  const work = ctx.tokens[quote.firstToken - 2];
  if (!work || !isComma(ctx.tokens[quote.firstToken - 1]) || !TITLED_WORK_NOUNS.has(work.norm) || ctx.quoteOf[quote.firstToken - 2] !== -1) return false;
  if (!quote.closed || quote.lastToken - quote.firstToken > 8) return false;
  const { last } = sentenceBounds(ctx, quote.firstToken);
  for (let i = quote.lastToken + 1; i <= last; i++) if ((ctx.tokens[i] as Token).pos !== "PUNCT") return false;
  return true;
}

/** Is every word from `first` up to (not including) `end` a time or a preposition before one ("on Friday")? */
function timeOnly(ctx: AttributionContext, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (!ctx.timeToken[k] && (ctx.tokens[k] as Token).pos !== "ADP") return false;
  return true;
}

/**
 * "The ferry, an official said on condition of anonymity, will be late", "The fees, Lund told reporters on Tuesday,
 * will rise": a subject with no verb before the cue, and a predicate after the comma that closes the cue's adjuncts,
 * make one clause around the cue, whatever the adjuncts say. The comma, or -1.
 */
function commaResumingSubject(ctx: AttributionContext, subjectFirst: number, commaBefore: number, k: number, last: number): number {
  if (hasVerb(ctx, subjectFirst, commaBefore - 1)) return -1;
  const comma = skipTrailingAdjuncts(ctx, k, last);
  return comma > k && isComma(ctx.tokens[comma]) && ctx.quoteOf[comma] === -1 && resumesPredicate(ctx, comma + 1) ? comma : -1;
}

/** "..., noting that", "..., two days after": a participle or a time after the cue's comma is the speaker's next act or its time. */
function opensNextAct(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || ctx.quoteOf[k] !== -1) return false;
  return (t.pos === "VERB" && t.norm.endsWith("ing")) || ctx.timeToken[k] === 1 || opensReportingRelative(ctx, k);
}

/** "If she wins, Lund said on Tuesday, ...": a clause opened by a subordinator or a preposition is not the whole report. */
function opensSubordinate(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  return t.pos === "SCONJ" || t.pos === "ADP" || SUBORDINATORS.has(t.norm);
}

/**
 * "Asked about the fees, Lund said, “We will cut them.”": a quotation opening on a capital after the cue and closing
 * the sentence is a whole sentence of the speaker's; what stands before the cue only sets the scene (when, where,
 * in answer to what), so the quotation alone is the content. A quotation opening in lower case ("The fees, he said,
 * “are too high.”") finishes the clause before the cue, which stays in the content.
 */
function quotedSentenceAfter(ctx: AttributionContext, k: number, sentenceLast: number): Quote | null {
  const quote = quoteStartingAt(ctx, k);
  if (!quote || !quote.closed) return null;
  const firstLetter = /\p{L}/u.exec(ctx.text.slice(quote.innerStart, quote.innerEnd));
  if (!firstLetter || firstLetter[0] === firstLetter[0].toLowerCase()) return null;
  for (let i = quote.lastToken + 1; i <= sentenceLast; i++) if ((ctx.tokens[i] as Token).pos !== "PUNCT" || isQuoteMarkAt(ctx, i)) return null;
  return quote;
}

/** A spaced dash at `i` with none before it in the sentence from `first`: it sets off a clause, it closes no aside. */
function isLoneDash(ctx: AttributionContext, first: number, i: number): boolean {
  if (!isSpacedDash(ctx, i)) return false;
  for (let k = first; k < i; k++) if (isSpacedDash(ctx, k)) return false;
  return true;
}

/** According to X, ... / ..., according to X. The source runs to the next comma or the sentence end. */
function accordingTo(ctx: AttributionContext, cue: Cue): Draft | null {
  const bounds = sentenceBounds(ctx, cue.first);
  let sourceLast = cue.last + 1;
  // A spaced dash starts the writer's aside ("according to the center - half a point more").
  // A closing bracket ends an aside that holds the source ("(“a disaster,” according to the union) take effect").
  while (sourceLast + 1 <= bounds.last && !isComma(ctx.tokens[sourceLast + 1]) && !closesAsideAround(ctx, cue.last + 1, sourceLast + 1) && !(ctx.quoteOf[sourceLast + 1] !== -1 && ctx.quoteOf[sourceLast] === -1 && !opensTitleInPhrase(ctx, sourceLast + 1)) && !isSpacedDash(ctx, sourceLast + 1)) sourceLast++;
  if (sourceLast > bounds.last || cue.last + 1 > bounds.last) return null;
  sourceLast = trimTrailingPunct(ctx, cue.last + 1, sourceLast);
  const source: TokenSpan = { first: cue.last + 1, last: sourceLast };
  const sentence = ctx.sentenceOf[cue.first]!;
  // "It has not gone unnoticed: according to polls, ...": a colon or semicolon opens a new clause.
  let lead = bounds.first;
  for (let k = bounds.first; k < cue.first; k++) if (((ctx.tokens[k] as Token).norm === ":" || (ctx.tokens[k] as Token).norm === ";") && ctx.quoteOf[k] === -1) lead = k + 1;
  const afterColon = lead;
  while (lead < cue.first && ((ctx.tokens[lead] as Token).pos === "CCONJ" || (ctx.tokens[lead] as Token).pos === "ADV")) lead++;
  if (lead === cue.first) {
    let k = sourceLast + 1;
    while (k <= bounds.last && isComma(ctx.tokens[k])) k++;
    if (k > bounds.last) return null;
    // "According to Ann Berg, 49, the quay ...": an age after a name describes its source, as after a subject.
    if ((ctx.tokens[source.last] as Token).pos === "PROPN" && isAge(ctx.tokens[k] as Token) && isComma(ctx.tokens[k + 1])) {
      source.last = k;
      k += 2;
    }
    const apposed = appositiveAfter(ctx, source, k, bounds.last);
    if (apposed !== -1) {
      source.last = apposed;
      k = apposed + 2;
    }
    // "Under the new regulation that the board issued, fees double": the law is the source, what describes it is not
    // (PolNeAR 2 of 2 on train).
    const governed = (ctx.tokens[cue.head] as Token).norm === "under" ? lawAndClause(ctx, cue.head) : null;
    if (governed) {
      source.last = governed.law;
      k = governed.clause;
    }
    // PolNeAR gives the source all of the sentence after it, later clauses and the cues in them too.
    const lastTok = trimTrailingPunct(ctx, k, bounds.last);
    return draft(cue, source, (ctx.tokens[k] as Token).start, contentEnd(ctx, lastTok), false, sentence, "according-to-first");
  }
  let before = cue.first - 1;
  if (isComma(ctx.tokens[before])) before--;
  let lastTok = trimTrailingPunct(ctx, bounds.first, before);
  if (lastTok < bounds.first) return null;
  // "Behind the delay, according to aides, was a dispute over fees": words before the source with no verb are the
  // start of a clause that goes on after it, and the content runs over the source to that clause's end.
  let rest = sourceLast + 1;
  while (rest <= bounds.last && isComma(ctx.tokens[rest])) rest++;
  if (rest > sourceLast + 1 && rest <= bounds.last && !hasVerb(ctx, lead, before)) lastTok = clauseLast(ctx, rest);
  // "... reported that, according to the memo, fees rose": what stands before the source is no clause of its own, so
  // what the source says is the clause after it.
  else if (opensClauseAfterSource(ctx, lead, before, rest, bounds.last)) return draft(cue, source, (ctx.tokens[rest] as Token).start, contentEnd(ctx, clauseLast(ctx, rest)), false, sentence, "according-to-after");
  // "But, in fact, fees rose, according to ...": the linking words and a clause before a colon are the writer's.
  let start = afterColon;
  while (start < lastTok && ((ctx.tokens[start] as Token).pos === "CCONJ" || isComma(ctx.tokens[start]))) start++;
  start = skipDiscourseAdverbial(ctx, start, lastTok);
  // "Last year, according to the agency, fraud doubled": a content that runs on past the source leaves it nothing after
  // its comma to be described by.
  const described = lastTok > sourceLast ? null : describedToTheEnd(ctx, source, bounds.last);
  return draft(cue, described ?? source, (ctx.tokens[start] as Token).start, contentEnd(ctx, lastTok), false, sentence, "according-to-after");
}

/**
 * Do the words before an "according to" set in a sentence end on "that" or a subordinator ("... reported that,",
 * "... moved after,"), opening a clause that only begins after the source, with its subject at `rest`? A "that" alone
 * before the cue is its subject ("That's according to the count"); a subordinator read as an adverb ends its clause
 * ("had sailed before, according to the captain, and the crew knew it").
 */
function opensClauseAfterSource(ctx: AttributionContext, lead: number, before: number, rest: number, ceiling: number): boolean {
  const last = ctx.tokens[before] as Token;
  return before > lead && (last.norm === "that" || last.pos === "SCONJ" || SUBORDINATORS.has(last.norm)) && phraseStartingAt(ctx, rest, ceiling) !== null;
}

/**
 * "According to the engineer, Ida Storm, the dam will hold" (or "to Ida Storm, the engineer, ..."): a name after a
 * described source, or a description after a named one, set off by commas before a clause whose verb comes before any
 * other comma or "and", renames the source. Returns the appositive's last token, or -1.
 */
function appositiveAfter(ctx: AttributionContext, source: TokenSpan, k: number, last: number): number {
  // "According to Ann Berg, who chairs the board, the dam will hold": a relative clause describes the source too.
  const relative = ASIDE_RELATIVES.has((ctx.tokens[k] as Token).norm) || (ctx.tokens[k] as Token).norm === "whose";
  let comma = k;
  while (comma <= last && comma - k < (relative ? 16 : 8) && !isComma(ctx.tokens[comma]) && ctx.quoteOf[comma] === -1) comma++;
  if (comma === k || comma >= last || !isComma(ctx.tokens[comma])) return -1;
  if (relative) return clauseAfter(ctx, comma, last) ? comma - 1 : -1;
  // A name's age ("Olga Pike, 61,") keeps it a named source.
  const aged = source.last - source.first >= 2 && isAge(ctx.tokens[source.last] as Token) && isComma(ctx.tokens[source.last - 1]);
  const named = (ctx.tokens[aged ? source.last - 2 : source.last] as Token).pos === "PROPN";
  for (let i = k; i < comma; i++) {
    const t = ctx.tokens[i] as Token;
    if (named ? t.pos === "VERB" || t.pos === "AUX" : t.pos !== "PROPN") return -1;
  }
  // A description of a named source opens on an article or an owner ("Ann Berg, Lund's deputy,", "Berg, his deputy,").
  const opener = (ctx.tokens[k] as Token).norm;
  const owned = POSSESSIVE_PRONOUNS.has(opener) || isPossessiveMarker(ctx.tokens[k + 1] as Token);
  if (named && opener !== "the" && !INDEFINITE_ARTICLES.has(opener) && !owned) return -1;
  return clauseAfter(ctx, comma, last) ? comma - 1 : -1;
}

/** Does a clause follow the comma, its verb before any other comma or "and"? */
function clauseAfter(ctx: AttributionContext, comma: number, last: number): boolean {
  for (let i = comma + 1; i <= last; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.pos === "VERB" || t.pos === "AUX") return true;
    if (isComma(t) || t.norm === "and" || t.norm === "or") return false;
  }
  return false;
}

const INDEFINITE_ARTICLES = new Set(["a", "an", "another"]);

/**
 * "..., according to Ann Berg, an analyst at Harbour Research.", "was first reported by Ole Lund, a harbour pilot.": a
 * source closing the sentence keeps an indefinite appositive that runs to the end, as an inverted speaker does.
 */
function describedToTheEnd(ctx: AttributionContext, source: TokenSpan, sentenceLast: number): TokenSpan | null {
  const comma = source.last + 1;
  const opener = ctx.tokens[comma + 1];
  // A bare title ("Ann Berg, director of the survey center") or a member of a group ("the union, one of the ...") too.
  // So do the members an "including" names ("according to three surveys, including one by the Tide Institute").
  const titleOrMember = opener !== undefined && (opener.pos === "NOUN" || (opener.norm === "one" && ctx.tokens[comma + 2]?.norm === "of") || opener.norm === "including");
  // And the name of the person a description stands for ("according to a spokeswoman for the port, Eva Lind").
  const named = opener?.pos === "PROPN" && describesPersonBeforeAdjunct(ctx, source);
  if (!isComma(ctx.tokens[comma]) || !(INDEFINITE_ARTICLES.has(opener?.norm ?? "") || titleOrMember || named)) return null;
  const described = rightSubject(ctx, source.first - 1);
  return described && described.last > comma && trimTrailingPunct(ctx, described.first, sentenceLast) <= described.last ? described : null;
}

/** Does a word naming people head the phrase, before any preposition: "a spokeswoman for the port", "the port's pilots"? */
function describesPersonBeforeAdjunct(ctx: AttributionContext, span: TokenSpan): boolean {
  let head: Token | undefined;
  for (let k = span.first; k <= span.last && (ctx.tokens[k] as Token).pos !== "ADP"; k++) if ((ctx.tokens[k] as Token).pos === "NOUN") head = ctx.tokens[k];
  return head !== undefined && namesPeople(head);
}

const AGENT_PREPOSITIONS = new Set(["of", "in", "across", "with", "among", "from", "at"]);

/**
 * "praised by the Kiln Society, a potters' club", "opposed by 12% of growers", "doubted by two or three of the
 * judges": an agent keeps an appositive, a percent sign or an "or" member as an inverted speaker does. A relative
 * clause after a comma stays out: it often reports an act of its own ("by Lund, who noted that ...").
 */
function describedAgent(ctx: AttributionContext, agent: TokenSpan): TokenSpan {
  const next = ctx.tokens[agent.last + 1];
  if (!next || ctx.quoteOf[agent.last + 1] !== -1 || !(isComma(next) || next.norm === "or" || next.norm === "%")) return agent;
  const right = rightSubject(ctx, agent.first - 1);
  if (!right || right.last <= agent.last) return agent;
  for (let k = agent.last + 1; k < right.last; k++) {
    if (isComma(ctx.tokens[k]) && RELATIVE_PRONOUNS.has(ctx.tokens[k + 1]?.norm ?? "")) return k - 1 > agent.last ? { first: agent.first, last: k - 1 } : agent;
  }
  return right;
}

/**
 * "endorsed by the 10,000 people in the arena", "echoed by her campaign and Democrats across the country": an agent
 * keeps the phrases that place or count it, not a time or the channel of the act ("by Lund in a statement").
 */
function withAgentModifiers(ctx: AttributionContext, agent: TokenSpan | null, ceiling: number): TokenSpan | null {
  if (!agent) return null;
  let last = agent.last;
  for (let guard = 0; guard < 4; guard++) {
    const next = ctx.tokens[last + 1];
    // A second member after "and" joins unless a verb of its own opens a new clause ("by Lund and the board voted").
    const member = next?.norm === "and" && !verbSoonAfter(ctx, last + 2);
    if (!next || ctx.quoteOf[last + 1] !== -1 || !(AGENT_PREPOSITIONS.has(next.norm) || member)) break;
    const np = phraseStartingAt(ctx, last + 2, ceiling);
    if (!np || ctx.timeToken[np.last] || EVENT_NOUNS.test((ctx.tokens[np.last] as Token).norm)) break;
    last = np.last;
  }
  return { first: agent.first, last };
}

/**
 * "..., which was roundly criticized on Twitter", "should have been confirmed by now": with no subject in reach, a
 * passive followed (after any agent) by a preposition or an adverb has only a place, time or manner left to report
 * (9 of 9 such readings on train matched no gold). "as" opens what the passive names ("is often described as a
 * shed"), and after "seem" or "appear" an adverb opens the impression itself ("can seem almost absurd").
 */
function opensAdjunct(t: Token, verb: Token): boolean {
  return (t.pos === "ADP" && t.norm !== "to" && t.norm !== "as") || (t.pos === "ADV" && verb.lemma !== "seem" && verb.lemma !== "appear");
}

/**
 * "The crew was told (on Monday) that ...", "were warned by the harbour master just before the vote that ...": the
 * "that" after a passive verb of telling and its time or place, where what was said begins; -1 when none follows.
 */
function thatAfterPassiveTelling(ctx: AttributionContext, cue: Cue, k: number, last: number): number {
  if (cue.frame !== "addressed" || (ctx.tokens[cue.head] as Token).lemma === "ask") return -1;
  return thatAfterAdjuncts(ctx, k, last);
}

/**
 * Passives: "The bill is expected to pass" (no speaker; the content holds the subject), "the mayor was asked
 * whether ..." and "Asked about X, she said" (the content is the question), "asked by the host" (the agent speaks).
 */
function passiveCue(ctx: AttributionContext, cue: Cue): Draft | null {
  const bounds = sentenceBounds(ctx, cue.first);
  const sentence = ctx.sentenceOf[cue.first]!;
  let k = cue.last + 1;
  let source: TokenSpan | null = null;
  if (ctx.tokens[k]?.norm === "by") {
    const agent = withAgentModifiers(ctx, phraseStartingAt(ctx, k + 1, bounds.last), bounds.last);
    const subject = leftSubject(ctx, cue.first, leftFloor(ctx, cue.first));
    // "The meeting was first reported by Politico": the agent speaks, the subject is what was reported.
    if (agent && subject && (ctx.tokens[cue.head] as Token).lemma !== "ask") {
      // "The pilots were annoyed by the fee": the passive's subject is who feels, the agent what they feel about;
      // PolNeAR takes "by" into the cue.
      if (EXPERIENCER_OBJECT_VERBS.has((ctx.tokens[cue.head] as Token).lemma)) {
        return draft({ ...cue, last: k }, subject, (ctx.tokens[agent.first] as Token).start, (ctx.tokens[agent.last] as Token).end, false, sentence, "passive-experiencer");
      }
      // "The crew were warned by the harbour master that ...": the agent told the crew what the "that" clause says.
      const told = thatAfterPassiveTelling(ctx, cue, agent.last + 1, bounds.last);
      if (told !== -1) return draft(cue, agent, (ctx.tokens[told] as Token).start, contentEnd(ctx, clauseLast(ctx, told)), false, sentence, "passive-by-agent");
      // PolNeAR leaves "by" out of the cue about two times in three: "was first reported | by Politico".
      const described = describedToTheEnd(ctx, agent, bounds.last) ?? describedAgent(ctx, agent);
      return draft(cue, described, (ctx.tokens[subject.first] as Token).start, (ctx.tokens[subject.last] as Token).end, false, sentence, "passive-by-agent");
    }
    if (agent) {
      source = agent;
      k = agent.last + 1;
    }
  }
  while (k <= bounds.last && (isComma(ctx.tokens[k]) || (ctx.tokens[k] as Token).norm === ":") && ctx.quoteOf[k] === -1) k++;
  if (k > bounds.last + 1 || !ctx.tokens[k]) return null;
  const asked = (ctx.tokens[cue.head] as Token).lemma === "ask";
  const subject = leftSubject(ctx, cue.first, leftFloor(ctx, cue.first));
  if (asked && !subject) {
    // "Asked about the vote, Lind said ...": the question runs to the comma that closes the clause.
    let end = k;
    while (end + 1 <= bounds.last && !(isComma(ctx.tokens[end + 1]) && ctx.quoteOf[end + 1] === -1) && !endsWithCommaQuote(ctx, end)) end++;
    const lastTok = trimTrailingPunct(ctx, k, end);
    return draft(cue, source, (ctx.tokens[k] as Token).start, contentEnd(ctx, lastTok), false, sentence, "passive-question");
  }
  const quote = quoteStartingAt(ctx, k);
  if (asked && quote) return draft(cue, source, quote.start, quote.end, true, sentence, "passive-question");
  if (subject && EXPERIENCER_PARTICIPLES.has((ctx.tokens[cue.head] as Token).lemma) && VIEW_LINKS.has((ctx.tokens[cue.head + 1] as Token | undefined)?.norm ?? "")) {
    const lastTok = clauseLast(ctx, k, cue.frame, cue.head);
    if (lastTok >= k) return draft(cue, subject, (ctx.tokens[k] as Token).start, contentEnd(ctx, lastTok), false, sentence, "passive-experiencer");
  }
  // "The fee was never disclosed, but the board ...", "The fee was disclosed.": a cue that ends its clause on a comma
  // (after a time or place phrase too: "was argued in May, and ...") or at the full stop reports only its subject; what follows is the writer's next clause. An expletive "it"
  // ("it seems, ...") is no subject to report.
  const afterAdjuncts = skipAdjuncts(ctx, cue.last + 1, bounds.last);
  const closesClause = (isComma(ctx.tokens[afterAdjuncts]) && ctx.quoteOf[afterAdjuncts] === -1) || trimTrailingPunct(ctx, cue.first, bounds.last) === cue.last;
  if (!asked && subject && closesClause && (ctx.tokens[subject.first] as Token).norm !== "it") {
    return draft(cue, source, (ctx.tokens[subject.first] as Token).start, contentEnd(ctx, subject.last), false, sentence, "passive-expectation");
  }
  const infinitive = (ctx.tokens[k] as Token).norm === "to";
  if (!asked && !subject && opensAdjunct(ctx.tokens[k] as Token, ctx.tokens[cue.head] as Token)) return null;
  // "The crew was told that the pier was unsafe": as with "was asked", the subject of a passive verb of telling is
  // who heard the words, not what was said; the "that" clause is.
  const toldThat = thatAfterPassiveTelling(ctx, cue, k, bounds.last);
  if (toldThat !== -1) k = toldThat;
  // With no subject in reach the content starts after the cue: the cue is never its own content.
  const from = (asked && !infinitive) || toldThat !== -1 ? k : (subject?.first ?? k);
  const lastTok = clauseLast(ctx, Math.max(from, k));
  if (lastTok < k) return null;
  return draft(cue, source, (ctx.tokens[from] as Token).start, contentEnd(ctx, lastTok), false, sentence, asked ? "passive-question" : "passive-expectation");
}

/**
 * "Lund is convinced that ...", "the pilots are worried about ...", "the crews are focused on ...", "voters were divided
 * on ...": a participle of feeling, conviction or attention after "be" reads as an adjective, and its subject holds the
 * view the rest of the clause gives, which one of VIEW_LINKS opens ("Victory was assured for the home side" is no view).
 */
const EXPERIENCER_PARTICIPLES = new Set(["convince", "persuade", "worry", "concern", "assure", "focus", "divide"]);
const VIEW_LINKS = new Set(["that", "about", "of", "over", "by", "on"]);

/**
 * "The plan drew sharp criticism from fishermen", "the levy drew the support of the guild": the subject is what was
 * criticised or supported, the phrase after "from" or "of" speaks. Of the verbs that receive speech only "draw" is a
 * light verb that makes a cue; "received criticism from" finds no cue to start from.
 */
function receivedFrom(ctx: AttributionContext, cue: Cue): Draft | null {
  if ((ctx.tokens[cue.head] as Token).lemma !== "draw" || cue.last === cue.head) return null;
  const bounds = sentenceBounds(ctx, cue.first);
  // The light-verb cue may have taken the preposition in already ("drew the support of").
  const preposition = (ctx.tokens[cue.last] as Token).norm === "of" ? cue.last : cue.last + 1;
  const by = ctx.tokens[preposition];
  if (!by || ctx.quoteOf[preposition] !== -1 || !(by.norm === "from" || by.norm === "of")) return null;
  const agent = phraseStartingAt(ctx, preposition + 1, bounds.last);
  const subject = leftSubject(ctx, cue.first, leftFloor(ctx, cue.first));
  if (!agent || !subject) return null;
  const receivingCue = { ...cue, last: preposition === cue.last ? cue.last - 1 : cue.last };
  return draft(receivingCue, agent, (ctx.tokens[subject.first] as Token).start, (ctx.tokens[subject.last] as Token).end, false, ctx.sentenceOf[cue.first]!, "received-from");
}

/** Is token `i` the closing mark of a quotation that ends on a comma ("... as president,” 75 percent said")? */
function endsWithCommaQuote(ctx: AttributionContext, i: number): boolean {
  const quote = quoteEndingAt(ctx, i);
  return quote !== null && ctx.text[quote.innerEnd - 1] === ",";
}

/**
 * Where the possessor before "'s" starts: a subject's phrase may run over it ("Clinton bashed | Trump's
 * proposal", "a result of | Turkey's refusal"), but only the possessor owns the noun. A name's own "of" stays
 * ("the Bank of Oslo's"), and so does a title's ("the governor of Ohio's claim").
 */
function possessorStart(ctx: AttributionContext, first: number, owner: number): number {
  for (let k = owner - 2; k > first; k--) {
    const t = ctx.tokens[k] as Token;
    const before = ctx.tokens[k - 1] as Token;
    if (t.pos === "VERB" && before.pos !== "DET" && before.pos !== "ADJ") return k + 1;
    if (t.pos === "ADP" && before.pos !== "PROPN" && !(t.norm === "of" && isRoleWord(before.norm))) return k + 1;
  }
  return first;
}

/** Who speaks through a verb that carries a noun cue; an infinitive's is the object before it ("forced Berg | to reverse her opposition to"). */
function carrierSubject(ctx: AttributionContext, cue: Cue, floor: number): TokenSpan | null {
  const before = ctx.tokens[cue.first - 1];
  if ((ctx.tokens[cue.first] as Token).norm === "to" && before && (before.pos === "PROPN" || before.pos === "NOUN" || before.pos === "PRON")) {
    const np = phraseEndingAt(ctx, cue.first - 1, floor);
    if (np) return { first: possessorStart(ctx, np.first, cue.first), last: cue.first - 1 };
  }
  return leftSubject(ctx, cue.first, leftFloor(ctx, cue.first));
}

/** "his criticism of the plan", "the mayor's embrace of the position", "her claim that ...". */
function nominalFrame(ctx: AttributionContext, carried: Cue): Draft | null {
  const bounds = sentenceBounds(ctx, carried.first);
  const ownerToken = carried.owner;
  if (ownerToken === undefined) return unownedContent(ctx, carried, bounds.last);
  // A possessive inside the cue means a verb carries the noun, and its subject speaks; without a subject for
  // that verb, the possessive is the speaker and the noun the cue.
  const subject = ownerToken >= carried.first ? carrierSubject(ctx, carried, bounds.first) : null;
  const cue = subject || ownerToken < carried.first ? carried : { ...carried, first: ownerToken + 1 };
  const owner = ctx.tokens[ownerToken] as Token;
  let source: TokenSpan;
  if (subject) source = subject;
  else if (owner.pos === "PRON") source = { first: ownerToken, last: ownerToken };
  else {
    const np = phraseEndingAt(ctx, ownerToken - 1, bounds.first);
    if (!np) return null;
    source = { first: possessorStart(ctx, np.first, ownerToken), last: ownerToken };
  }
  const sentence = ctx.sentenceOf[cue.first]!;
  if (cue.frame === "belief") return viewContent(ctx, cue, source, bounds, sentence);
  const k = cue.last + 1;
  if (k > bounds.last) return null;
  const copula = copulaContent(ctx, cue, source, sentence);
  if (copula) return copula;
  const quote = quoteStartingAt(ctx, k);
  // "Their complaint: the lamps go dark too early.": after a colon the content is the rest of the sentence.
  if ((ctx.tokens[cue.last] as Token).norm === ":") {
    const last = trimTrailingPunct(ctx, k, bounds.last);
    return draft(cue, source, (ctx.tokens[k] as Token).start, contentEnd(ctx, last), quote !== null && quote.lastToken >= last, sentence, "nominal-cue");
  }
  if ((ctx.tokens[k] as Token).norm === "that" || (ctx.tokens[k] as Token).norm === "to") {
    const lastTok = nounContentLast(ctx, k, clauseLast(ctx, k, "object"));
    return draft(cue, source, (ctx.tokens[k] as Token).start, contentEnd(ctx, lastTok), false, sentence, "nominal-cue");
  }
  let lastTok = clauseLast(ctx, k, "object");
  if (quote && quote.lastToken >= lastTok) return draft(cue, source, quote.start, quote.end, true, sentence, "nominal-cue");
  // A noun's content is a phrase: it ends at the first comma ("Asked about his criticism of the plan, Berg said").
  for (let i = k + 1; i <= lastTok; i++) {
    if (isComma(ctx.tokens[i]) && ctx.quoteOf[i] === -1) {
      lastTok = i - 1;
      break;
    }
  }
  lastTok = nounContentLast(ctx, k, lastTok);
  if (lastTok < k || allTime(ctx, k, lastTok)) return null;
  return draft(cue, source, (ctx.tokens[k] as Token).start, contentEnd(ctx, lastTok), false, sentence, "nominal-cue");
}

/**
 * "In Berg's view, the tax will fail" or "The tax, in Berg's view, will fail": the view is the clause around
 * the phrase. Opening its sentence, the phrase leaves the content to what follows its comma; closing it, to what
 * comes before.
 */
function viewContent(ctx: AttributionContext, cue: Cue, source: TokenSpan, bounds: TokenSpan, sentence: number): Draft | null {
  let first = bounds.first;
  let last = trimTrailingPunct(ctx, bounds.first, bounds.last);
  const phraseStart = source.first - 1;
  if (phraseStart <= bounds.first && isComma(ctx.tokens[cue.last + 1])) first = cue.last + 2;
  else if (cue.last >= last && isComma(ctx.tokens[phraseStart - 1])) last = phraseStart - 2;
  if (last < first) return null;
  return draft(cue, source, (ctx.tokens[first] as Token).start, contentEnd(ctx, last), false, sentence, "in-view-of");
}

/** "concerns about the plan", "fears that the deal will fail": the content of a noun cue whose holder goes unnamed. */
function unownedContent(ctx: AttributionContext, cue: Cue, sentenceLast: number): Draft | null {
  const k = cue.last + 1;
  if (k > sentenceLast) return null;
  const sentence = ctx.sentenceOf[cue.first]!;
  const copula = copulaContent(ctx, cue, null, sentence);
  if (copula) return copula;
  let lastTok = clauseLast(ctx, k, "object");
  if ((ctx.tokens[k] as Token).norm !== "that") {
    for (let i = k + 1; i <= lastTok; i++) {
      if (isComma(ctx.tokens[i]) && ctx.quoteOf[i] === -1) {
        lastTok = i - 1;
        break;
      }
    }
  }
  // "doubts about whether the plan will work": a clause's own verb does not end it.
  if (!CONTENT_CLAUSE_OPENERS.has((ctx.tokens[k] as Token).norm)) lastTok = nounContentLast(ctx, k, lastTok);
  if (lastTok < k || allTime(ctx, k, lastTok) || reportsWithin(ctx, k, lastTok)) return null;
  return draft(cue, null, (ctx.tokens[k] as Token).start, contentEnd(ctx, lastTok), false, sentence, "nominal-cue-unowned");
}

/**
 * "Her answer was that ...", "his reply was: “...”": after "be" the clause or quotation is the predicate of the
 * sentence and runs to its end; nothing outer follows it.
 */
function copulaContent(ctx: AttributionContext, cue: Cue, source: TokenSpan | null, sentence: number): Draft | null {
  const last = ctx.tokens[cue.last] as Token;
  const be = last.norm === ":" ? ctx.tokens[cue.last - 1] : last;
  if (!be || be.pos !== "AUX" || be.lemma !== "be") return null;
  const k = cue.last + 1;
  const quote = quoteStartingAt(ctx, k);
  const lastTok = clauseLast(ctx, k);
  if (quote && quote.lastToken >= lastTok) return draft(cue, source, quote.start, quote.end, true, sentence, "nominal-copula");
  return draft(cue, source, (ctx.tokens[k] as Token).start, contentEnd(ctx, lastTok), false, sentence, "nominal-copula");
}

/**
 * "concerns about her claim that ...", "speculation that he would consider ...": a report inside names its
 * speaker, and the statement worth keeping is that one, not the unowned noun around it.
 */
function reportsWithin(ctx: AttributionContext, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const t = ctx.tokens[i] as Token;
    if (ctx.quoteOf[i] !== -1) continue;
    if (t.pos === "VERB" && CUE_FRAMES.has(t.lemma)) return true;
    const before = ctx.tokens[i - 1];
    if (t.pos === "NOUN" && ATTRIBUTION_NOUNS.has(t.norm) && before && isPossessor(before)) return true;
  }
  return false;
}

/** Words that open a clause a noun cue reports ("the claim that ...", "doubts about whether ..."). */
const CONTENT_CLAUSE_OPENERS = new Set(["that", "whether", "if", "how", "what", "why", "who", "when", "where", "which"]);

/**
 * The content of a noun cue sits inside the subject of a larger clause: "his refusal to act | made the crisis
 * worse". It ends before a finite verb that follows a noun (or a comma), which is the outer clause's own.
 */
function nounContentLast(ctx: AttributionContext, from: number, last: number): number {
  // A "that" clause has a verb of its own before the outer clause's: "her claim that the vote was rigged | is false".
  let ownVerb = (ctx.tokens[from] as Token).norm === "that";
  for (let i = from + 1; i <= last; i++) {
    const t = ctx.tokens[i] as Token;
    if (ctx.quoteOf[i] !== -1) continue;
    const finite = t.pos === "AUX" || (t.pos === "VERB" && t.norm !== t.lemma && !t.norm.endsWith("ing") && !(ctx.tokens[i - 1] as Token).norm.endsWith("to"));
    const prev = ctx.tokens[i - 1] as Token;
    if (finite && ownVerb) {
      ownVerb = false;
      continue;
    }
    const ownSubject = prev.pos === "PRON" || prev.pos === "AUX" || prev.pos === "PART" || prev.pos === "SCONJ" || prev.pos === "CCONJ" || prev.norm === "to" || prev.norm === "who" || prev.norm === "which" || prev.norm === "that";
    if (finite && !ownSubject) return trimTrailingPunct(ctx, from, i - 1);
  }
  return last;
}

/** "his remarks on | Tuesday night": a time is when, not what. */
function allTime(ctx: AttributionContext, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!ctx.timeToken[i] && (ctx.tokens[i] as Token).pos !== "PUNCT") return false;
  return true;
}

/** "Lind: The plan is not final." The content runs to the end of the paragraph. */
function labelColon(ctx: AttributionContext, cue: Cue): Draft | null {
  const bounds = sentenceBounds(ctx, cue.first);
  const sentence = ctx.sentenceOf[cue.first]!;
  const k = cue.last + 1;
  const lastTok = paragraphLast(ctx, k);
  if (lastTok < k) return null;
  const source: TokenSpan = { first: bounds.first, last: cue.first - 1 };
  const quote = quoteStartingAt(ctx, k);
  const direct = quote !== null && quote.lastToken >= lastTok;
  // "Dr. Ann Berg: Nominee for Surgeon General" is a heading: a label's words say something, with a verb.
  if (!direct && !hasVerb(ctx, k, lastTok) && !(namesOnly(ctx, source) && lastTok - k >= 4)) return null;
  if (!direct && isRoster(ctx, k, lastTok)) return null;
  return draft(cue, source, (ctx.tokens[k] as Token).start, contentEnd(ctx, lastTok), direct, sentence, "speaker-label");
}

/** "Lund: No shortcuts on the harbour.": a label made of a name alone speaks even in a headline without a verb. */
function namesOnly(ctx: AttributionContext, span: TokenSpan): boolean {
  for (let i = span.first; i <= span.last; i++) if ((ctx.tokens[i] as Token).pos !== "PROPN") return false;
  return true;
}

/** "... pollster Ann Berg: “Turnout was low.”" The speaker is the phrase before the colon, the content the quotation. */
function nameColonQuote(ctx: AttributionContext, cue: Cue): Draft | null {
  const quote = quoteStartingAt(ctx, cue.last + 1);
  if (!quote) return null;
  const source = phraseEndingAt(ctx, cue.first - 1, leftFloor(ctx, cue.first));
  if (!source) return null;
  // "... was reported as saying about Page:": the object of a preposition is what the quote is about.
  const before = ctx.tokens[source.first - 1];
  if (before?.pos === "ADP" && !(before.norm === "to" && ctx.tokens[source.first - 2]?.norm === "according")) return null;
  // The name is usually the object of a verb ("surprised pollster Ivar Dahl:"): it starts after that verb.
  for (let i = source.last - 1; i >= source.first; i--) {
    if ((ctx.tokens[i] as Token).pos === "VERB") {
      source.first = i + 1;
      break;
    }
  }
  const end = extendOverFollowingQuotes(ctx, quote.end, quote.lastToken);
  return draft(cue, source, quote.start, end, true, ctx.sentenceOf[cue.first]!, "name-colon-quote");
}

/**
 * "In a CBS poll released Monday, Clinton led by six points." / "Trump leads in the latest poll." The poll is the
 * source; the content is the clause after its comma, or the clause before "in".
 */
function inPoll(ctx: AttributionContext, cue: Cue): Draft | null {
  const bounds = sentenceBounds(ctx, cue.first);
  const sentence = ctx.sentenceOf[cue.first]!;
  let sourceLast = cue.last + 1;
  while (sourceLast < bounds.last && !POLL_HEAD.test((ctx.tokens[sourceLast] as Token).norm)) sourceLast++;
  // "a poll released Monday by the network": the participle and its adjuncts belong to the poll.
  let k = sourceLast + 1;
  if ((ctx.tokens[k] as Token | undefined)?.pos === "VERB" && (ctx.tokens[k] as Token).norm.endsWith("ed")) {
    while (k <= bounds.last && !isComma(ctx.tokens[k]) && !isSentencePunctToken(ctx.tokens[k])) k++;
    sourceLast = k - 1;
  }
  const source: TokenSpan = { first: cue.last + 1, last: sourceLast };
  let lead = bounds.first;
  while (lead < cue.first && ((ctx.tokens[lead] as Token).pos === "CCONJ" || (ctx.tokens[lead] as Token).pos === "ADV")) lead++;
  if (lead === cue.first) {
    let c = sourceLast + 1;
    if (!isComma(ctx.tokens[c])) return null;
    while (c <= bounds.last && isComma(ctx.tokens[c])) c++;
    // "In the latest poll, however, Lund leads": the finding is the clause after the writer's aside.
    c = skipDiscourseAdverbial(ctx, c, bounds.last);
    if (c > bounds.last) return null;
    const lastTok = clauseLast(ctx, c);
    return draft(cue, source, (ctx.tokens[c] as Token).start, contentEnd(ctx, lastTok), false, sentence, "in-poll-first");
  }
  let before = cue.first - 1;
  if (isComma(ctx.tokens[before])) before--;
  const lastTok = trimTrailingPunct(ctx, bounds.first, before);
  if (lastTok < bounds.first + 1) return null;
  // "Fifteen percent of voters in the poll said ...": a verb right after the poll makes the phrase before it a
  // subject the poll describes; what the poll found is that subject's own statement.
  const predicate = ctx.tokens[sourceLast + 1];
  if (predicate && (predicate.pos === "VERB" || predicate.pos === "AUX") && ctx.quoteOf[sourceLast + 1] === -1) return null;
  return draft(cue, source, (ctx.tokens[bounds.first] as Token).start, contentEnd(ctx, lastTok), false, sentence, "in-poll-after");
}

const POLL_HEAD = /^(poll|survey)s?$/;

function isSentencePunctToken(t: Token | undefined): boolean {
  return t !== undefined && (t.norm === "." || t.norm === "!" || t.norm === "?" || t.norm === ";");
}

/** Words that open a reported clause or its subject right after a verb of saying. */
function opensReportedClause(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (quoteStartingAt(ctx, k)) return true;
  return ctx.quoteOf[k] === -1 && (t.norm === "that" || t.pos === "PRON" || t.pos === "PROPN" || t.pos === "DET");
}

/**
 * "Berg, who ran the count in 2019 and again this year, said the tally was late": a verb of saying with its
 * clause after it, whose subject lies beyond what the subject rules reach. The whole phrase before the verb is its
 * speaker when it is a phrase and not a clause; otherwise the statement stands without a speaker.
 */
function speechWithUnfoundSpeaker(ctx: AttributionContext, cue: Cue): Draft | null {
  const head = ctx.tokens[cue.head] as Token;
  if (cue.kind !== "verb" || cue.frame !== "speech" || head.pos !== "VERB") return null;
  const afterAdverbs = skipAdverbsRight(ctx, cue.last + 1);
  let k = afterAdverbs;
  // "..., said: “...”", "..., said, “...”": punctuation may introduce a quotation, never a reported clause.
  while ((isComma(ctx.tokens[k]) || ctx.tokens[k]?.norm === ":") && ctx.quoteOf[k] === -1) k++;
  if (k > afterAdverbs && !quoteStartingAt(ctx, k)) return null;
  if (!opensReportedClause(ctx, k)) return null;
  const d = cueThenQuote(ctx, cue, null) ?? cueThenClause(ctx, cue, null);
  // "..., said Ann Berg, who ran the count.": a name alone after the verb is its speaker, not what was said.
  if (!d || !d.direct && !hasVerb(ctx, cue.last + 1, lastTokenBefore(ctx, cue.last + 1, d.content.end))) return null;
  // "..., responding to Lund, dropped ...": a participle's subject is the clause's, which lies beyond the comma.
  if (!head.norm.endsWith(PARTICIPLE_SUFFIX)) d.source = wholeSubjectBefore(ctx, cue.first);
  if (d.source === null) d.rule += "-unfound-speaker";
  return d;
}

/** A listed adverb the tagger reads as one; a surname such as "Long" (tagged a name) is the speaker, not an adverb. */
function isSkippableAdverb(t: Token): boolean {
  return t.pos === "ADV" && ADVERBS_BEFORE_CUE.has(t.norm);
}

/**
 * "Said Lund, “...”", "But, added Berg: “...”", "Then said Berg: “...”": a verb of saying that opens its sentence (after
 * only quote marks, commas, conjunctions and adverbs) is inverted, with its named speaker between it and the quotation.
 */
function cueThenSpeaker(ctx: AttributionContext, cue: Cue): Draft | null {
  if (cue.kind !== "verb" || cue.frame !== "speech") return null;
  let k = sentenceBounds(ctx, cue.first).first;
  while (k < cue.head && (isQuoteMarkAt(ctx, k) || isComma(ctx.tokens[k]) || (ctx.tokens[k] as Token).pos === "CCONJ" || isSkippableAdverb(ctx.tokens[k] as Token))) k++;
  if (k !== cue.head) return null;
  const speaker = phraseStartingAt(ctx, cue.last + 1, sentenceBounds(ctx, cue.last).last);
  const after = speaker ? ctx.tokens[speaker.last + 1] : undefined;
  if (!speaker || !hasProperNoun(ctx, speaker) || !after || !(isComma(after) || after.norm === ":")) return null;
  let d = cueThenQuote(ctx, cue, speaker, speaker.last + 1);
  // "Said Ann Berg, a pilot, “...”", "Said Lund, who ran the yard, “...”": a description of the speaker runs up to the quotation.
  const described = d || !isComma(after) ? null : rightSubject(ctx, cue.last);
  if (described && described.last > speaker.last) d = cueThenQuote(ctx, cue, described, described.last + 1);
  if (d) d.rule = "inverted-" + d.rule;
  return d;
}

/**
 * "Lund knocked Berg on trade and called him a “moderate”": a cue verb coordinated with an earlier one shares its
 * subject, which may stand beyond the subject rules' reach; what it reports follows it all the same.
 */
function coordinatedWithUnfoundSpeaker(ctx: AttributionContext, cue: Cue): Draft | null {
  const head = ctx.tokens[cue.head] as Token;
  if (cue.kind !== "verb" || head.pos !== "VERB" || head.norm.endsWith("ing") || cue.first !== cue.head) return null;
  const and = ctx.tokens[cue.first - 1];
  if (!and || and.norm !== "and" || ctx.quoteOf[cue.first - 1] !== -1) return null;
  const d = cueThenQuote(ctx, cue, null) ?? cueThenClause(ctx, cue, null);
  if (!d) return null;
  d.rule += "-coordinated";
  return d;
}

/**
 * "Praising the new mayor.", "Seeking lower fares.": a sentence that is only a participle phrase, as under a photo or
 * between the sections of a feature, reports a stance whose holder it leaves unsaid.
 */
function participleFragment(ctx: AttributionContext, cue: Cue): Draft | null {
  const { first, last } = sentenceBounds(ctx, cue.first);
  if (cue.kind !== "verb" || cue.first !== first || !(ctx.tokens[cue.head] as Token).norm.endsWith(PARTICIPLE_SUFFIX)) return null;
  for (let k = cue.last + 1; k <= last; k++) {
    if ((ctx.tokens[k] as Token).pos === "AUX" || isFiniteVerb(ctx.tokens[k])) return null;
  }
  const d = cueThenClause(ctx, cue, null);
  if (d) d.rule = "participle-fragment";
  return d;
}

/** Words inside a title written without quotation marks: "Man of the World: The Later Years". */
const TITLE_LINKS = new Set(["of", "the", "a", "an", "and", "in", "on", "for", "to", ":"]);

const CAPITALISED_WORD = /^\p{Lu}/u;

/** "a memo titled “Ferry Tales”": the title after the participle, quoted or as a run of capitalised words. */
function titleContent(ctx: AttributionContext, cue: Cue): Draft | null {
  const k = isComma(ctx.tokens[cue.last + 1]) ? cue.last + 2 : cue.last + 1;
  const sentence = ctx.sentenceOf[cue.first]!;
  const author = authorOfTitled(ctx, cue);
  const quote = quoteStartingAt(ctx, k);
  if (quote) return draft(cue, author, quote.start, quote.end, true, sentence, "title");
  let last = k;
  for (let j = k + 1; j < ctx.tokens.length && ctx.quoteOf[j] === -1; j++) {
    const t = ctx.tokens[j] as Token;
    if (CAPITALISED_WORD.test(t.text)) last = j;
    else if (!TITLE_LINKS.has(t.norm)) break;
  }
  return draft(cue, author, (ctx.tokens[k] as Token).start, (ctx.tokens[last] as Token).end, false, sentence, "title");
}

/** Verbs by which a subject puts out a text of its own: "released a memo", "launched an ad", "published a column". */
const AUTHORING_VERBS = new Set(["release", "publish", "launch", "issue", "air", "post", "write", "pen", "unveil", "run", "send", "circulate"]);

/**
 * "Mook released a memo titled ...", "the PAC launched an ad in Iowa titled ...": the subject of the verb that put out
 * the titled text wrote it and names it; a title with no such verb before it ("a book titled ...") has no speaker.
 */
function authorOfTitled(ctx: AttributionContext, cue: Cue): TokenSpan | null {
  const { first } = sentenceBounds(ctx, cue.first);
  let text = false;
  for (let k = cue.first - 1; k >= first && cue.first - k < 12; k--) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoteOf[k] !== -1) return null;
    text ||= t.pos === "NOUN" && DOCUMENT_NOUNS.has(t.lemma);
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    if (!text || t.pos !== "VERB" || !AUTHORING_VERBS.has(t.lemma)) return null;
    const group = verbGroupStart(ctx, k);
    return leftSubject(ctx, group, leftFloor(ctx, group));
  }
  return null;
}

const SELF_DESCRIPTION_POS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN", "ADV"]);

/** "a self-described harbour romantic": "self" speaks, and the noun phrase after the cue is what it calls itself. */
function selfDescription(ctx: AttributionContext, cue: Cue): Draft | null {
  // The modifiers and nouns after the cue, a quoted word among them: "self-described “night owl” rowers".
  // A line break ends it too: a heading on the next line is no part of the description.
  const end = sentenceBounds(ctx, cue.last).last;
  let last = cue.last;
  while (last < end && (SELF_DESCRIPTION_POS.has((ctx.tokens[last + 1] as Token).pos) || isQuoteMarkAt(ctx, last + 1))) last++;
  while (last > cue.last && isQuoteMarkAt(ctx, last) && ctx.quoteOf[last] === -1) last--;
  if (last === cue.last || (ctx.tokens[last] as Token).pos === "ADV") return null;
  const self = cue.first - 2;
  return draft(cue, { first: self, last: self }, (ctx.tokens[cue.last + 1] as Token).start, (ctx.tokens[last] as Token).end, false, ctx.sentenceOf[cue.first]!, "self-described");
}

/** "The guild lowered its fees in the hope of ...": the hope is the subject's of the verb the phrase follows. */
function inHopeOf(ctx: AttributionContext, cue: Cue): Draft | null {
  const sentence = ctx.sentenceOf[cue.first]!;
  let v = cue.first - 1;
  while (v >= 0 && ctx.sentenceOf[v] === sentence && !((ctx.tokens[v] as Token).pos === "VERB" && ctx.quoteOf[v] === -1)) v--;
  if (v < 0 || ctx.sentenceOf[v] !== sentence) return null;
  const first = verbGroupStart(ctx, v);
  const source = leftSubject(ctx, first, leftFloor(ctx, first));
  return source ? cueThenClause(ctx, cue, source) : null;
}

export function frameFor(ctx: AttributionContext, cue: Cue, previous: Draft | undefined): Draft | null {
  const d = constructionFor(ctx, cue, previous);
  // "a think tank known for its polls", "a state seen as a tossup": a bare participle that can only be passive names
  // what is known or seen, not who knows or sees it; such a statement has no speaker.
  if (d && isBarePassive(ctx, cue) && !hasAuxiliaryBefore(ctx, cue)) d.source = null;
  if (d?.source && isTimeSpeaker(ctx, d.source)) d.source = null;
  // The speaker and content were found from the whole stretch; the statement's cue is only the part PolNeAR marks.
  if (d && cue.markedFirst !== undefined) d.cue = { first: cue.markedFirst, last: d.cue.last };
  return d;
}

/** Try each construction in turn for one cue. */
function constructionFor(ctx: AttributionContext, cue: Cue, previous: Draft | undefined): Draft | null {
  if (cue.kind === "according") return accordingTo(ctx, cue);
  if (cue.kind === "passive") return passiveCue(ctx, cue);
  if (cue.kind === "nominal") return nominalFrame(ctx, cue);
  if (cue.kind === "colon") return labelColon(ctx, cue);
  if (cue.kind === "colon-quote") return nameColonQuote(ctx, cue);
  if (cue.kind === "in-poll") return inPoll(ctx, cue);
  if (cue.kind === "in-hope") return inHopeOf(ctx, cue);
  if (cue.kind === "title") return titleContent(ctx, cue);
  if (cue.kind === "self") return selfDescription(ctx, cue);
  const received = receivedFrom(ctx, cue);
  if (received) return received;
  const fromQuote = quoteBeforeCue(ctx, cue);
  if (fromQuote) return fromQuote;
  // "But said Lund, the pilot, “...”": an inverted cue after an opening conjunction is no second act of an earlier subject.
  const inverted = cueThenSpeaker(ctx, cue);
  if (inverted) return inverted;
  // "Fees, said Lund, will rise": a lone verb of saying between commas, its speaker after it, interrupts the clause it
  // reports; the words before the comma are that clause's subject, not the speaker.
  const aside = invertedAside(ctx, cue) ? clauseThenCue(ctx, cue, null) : null;
  if (aside) return aside;
  const floor = leftFloor(ctx, cue.first);
  const shared = sharedSubject(ctx, cue, previous);
  // "leading the police | to question": the causative verb's object speaks, not the subject the verb's phrase would give.
  const caused = cue.first === cue.head - 1 ? (causedSpeaker(ctx, cue.head) ?? infinitiveSubject(ctx, cue.head)) : null;
  let source = shared ? null : (caused ?? leftSubject(ctx, cue.first, floor));
  if (source && clauseBeforeInvertedCue(ctx, cue, source)) source = null;
  const participle = source ? null : shared;
  if (!source && !participle) {
    return clauseThenCue(ctx, cue, null) ?? speechWithUnfoundSpeaker(ctx, cue) ?? coordinatedWithUnfoundSpeaker(ctx, cue) ?? participleFragment(ctx, cue);
  }
  const block = cueThenBlock(ctx, cue, source ?? participle);
  if (block) return block;
  if (source && !participle) {
    const around = clauseThenCue(ctx, cue, source);
    if (around) return around;
  }
  source ??= participle;
  // "sooner than the pilots expected, and the crews cheered": the comparison is what was expected, even when a comma
  // and the writer's next clause follow, and neither "than" nor the compared word is part of the speaker. A "than"
  // further inside the phrase, or after "more"/"less" ("more than half of the crews"), belongs to it.
  const than = source ? comparedAgainst(ctx, source) : null;
  if (source && than !== null && (than <= source.first || (than === source.first + 1 && isComparedWord(ctx.tokens[source.first] as Token)))) {
    const compared = objectBeforeSubject(ctx, cue, source);
    if (compared) return compared;
    source = { first: than + 1, last: source.last };
  }
  const found = gapBeforeAdjunct(ctx, cue, source) ?? cueThenQuote(ctx, cue, source) ?? cueThenClause(ctx, cue, source) ?? objectBeforeSubject(ctx, cue, source);
  if (found?.source && describedByParticiple(ctx, found.source, cue.first)) found.source = null;
  return found;
}

/**
 * "..., which Lund opposed at the hearing", "..., a point Berg made to the council": when the object stands before the
 * subject as "which"/"whom" or as a noun set off after a comma or dash, a phrase after the cue that opens with a
 * preposition is where or how, not what; the object is the content. "as" is not one: "which he described as unfair"
 * reports the whole clause.
 */
function gapBeforeAdjunct(ctx: AttributionContext, cue: Cue, source: TokenSpan | null): Draft | null {
  if (!source || cue.kind !== "verb") return null;
  const { last } = sentenceBounds(ctx, cue.last);
  let k = cue.last + 1;
  let adjuncts = 0;
  for (;;) {
    while (k <= last && (ctx.timeToken[k] || (ctx.tokens[k] as Token).pos === "ADV") && ctx.quoteOf[k] === -1) k++;
    const t = ctx.tokens[k];
    if (k > last || !t || t.pos !== "ADP" || t.norm === "that" || t.norm === "as" || ctx.quoteOf[k] !== -1) break;
    const np = phraseStartingAt(ctx, k + 1, last);
    if (!np) return null;
    k = np.last + 1;
    adjuncts++;
  }
  const next = ctx.tokens[k];
  // "which Lund backed and Berg opposed": a coordinated verb shares the object.
  const closes = k > last || !next || (next.pos === "PUNCT" && !isQuoteMarkAt(ctx, k)) || next.pos === "CCONJ";
  if (!closes || (adjuncts === 0 && next?.pos !== "CCONJ")) return null;
  const before = source.first - 1;
  const b = ctx.tokens[before];
  if (!b || ctx.quoteOf[before] !== -1) return null;
  const sentence = ctx.sentenceOf[cue.first]!;
  if ((b.norm === "which" || b.norm === "whom") && ctx.tokens[before - 1]?.pos !== "ADP") return draft(cue, source, b.start, b.end, false, sentence, "object-before-subject");
  const np = phraseEndingAt(ctx, b.norm === "that" ? before - 1 : before, sentenceBounds(ctx, before).first);
  if (!np || ctx.timeToken[np.last] || !((ctx.tokens[np.last] as Token).pos === "NOUN" || (ctx.tokens[np.last] as Token).pos === "PRON")) return null;
  const opener = ctx.tokens[np.first - 1];
  const head = ctx.tokens[np.first] as Token;
  const setOff = opener !== undefined && (isComma(opener) || DASHES.has(opener.norm) || opener.norm === "(") && (head.norm === "a" || head.norm === "an" || head.norm === "something");
  // "the kind of reform the guild warned about in its letter": with no comma the noun joined straight to the subject is
  // the object of a verb that needs one, unless a preposition or subordinator makes it a phrase of its own.
  const joined = adjuncts > 0 && b.norm !== "that" && (cue.frame === "object" || cue.frame === "belief") && !(opener && (opener.pos === "ADP" || opener.pos === "SCONJ"));
  if (!setOff && !joined) return null;
  return draft(cue, source, head.start, (ctx.tokens[np.last] as Token).end, false, sentence, "object-before-subject");
}

const BARE_PASSIVE_PARTICIPLES = new Set(["known", "seen"]);

/** "known as", "seen as", and "accused of" with no object between ("Harbour Board Accused Of Cover-Up"). */
function isBarePassive(ctx: AttributionContext, cue: Cue): boolean {
  const head = ctx.tokens[cue.head] as Token;
  return BARE_PASSIVE_PARTICIPLES.has(head.norm) || (head.norm === "accused" && ctx.tokens[cue.head + 1]?.norm === "of");
}

/** Is there an auxiliary in the cue or just before it ("is known", "has seen", "had long known")? */
function hasAuxiliaryBefore(ctx: AttributionContext, cue: Cue): boolean {
  for (let k = cue.head - 1; k >= 0 && k >= cue.first - 3; k--) {
    const t = ctx.tokens[k] as Token;
    if (t.pos === "AUX") return true;
    if (t.pos !== "ADV" && k < cue.first) return false;
  }
  return false;
}

const GAP_RELATIVES = new Set(["which", "that", "who", "whom", "what"]);

/**
 * "the tide rose higher than the pilots expected": what was expected or said is measured against a comparison, and
 * PolNeAR marks "than" as the content, or the compared phrase that ends on it, so the word before "than" joins both.
 * The index of a "than" just before the subject or swallowed into its phrase ("than the pilots"), with a word before
 * it in the sentence; else null.
 */
function comparedAgainst(ctx: AttributionContext, source: TokenSpan): number | null {
  for (let k = Math.max(source.first - 1, 1); k < source.last; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.norm === "than" && ctx.quoteOf[k - 1] === -1 && ctx.sentenceOf[k - 1] === ctx.sentenceOf[k]) return k;
  }
  return null;
}

/** "higher", "sooner": a comparative before "than"; "more", "less" and "fewer" there count an amount instead. */
function isComparedWord(t: Token): boolean {
  return (t.pos === "ADJ" || t.pos === "ADV") && !DEGREE_WORDS.has(t.norm);
}

/** Pronouns that stand for a thing and can head a relative clause with no relative word: "everything the guild wanted". */
const INDEFINITE_PRONOUNS = new Set(["everything", "something", "anything", "nothing", "all"]);

/**
 * "a plan the mayor opposes.", "which Lund also supports)": a cue with nothing after it whose object stands before
 * its subject, as a relative pronoun or as the noun the relative clause hangs on. That object is the content.
 */
function objectBeforeSubject(ctx: AttributionContext, cue: Cue, source: TokenSpan | null): Draft | null {
  if (!source || cue.kind !== "verb") return null;
  let k = cue.last + 1;
  while (ctx.tokens[k] !== undefined && (ctx.timeToken[k] || (ctx.tokens[k] as Token).pos === "ADV") && ctx.quoteOf[k] === -1) k++;
  const next = ctx.tokens[k];
  if (next !== undefined && !(next.pos === "PUNCT" && !isQuoteMarkAt(ctx, k)) && ctx.sentenceOf[k] === ctx.sentenceOf[cue.last]) return null;
  const sentence = ctx.sentenceOf[cue.first]!;
  const than = comparedAgainst(ctx, source);
  if (than !== null) return draft(cue, { first: than + 1, last: source.last }, (ctx.tokens[than - 1] as Token).start, (ctx.tokens[than] as Token).end, false, sentence, "than-subject-cue");
  const before = source.first - 1;
  const b = ctx.tokens[before];
  if (!b || ctx.quoteOf[before] !== -1) return null;
  if (GAP_RELATIVES.has(b.norm) && (b.pos === "PRON" || b.pos === "DET" || b.norm === "who" || b.norm === "which" || b.norm === "whom")) {
    return draft(cue, source, b.start, b.end, false, sentence, "object-before-subject");
  }
  // A bare noun before the subject is the object only for verbs that need one; "In Dover the mayor agreed" has none.
  if (!(cue.frame === "object" || cue.frame === "belief")) return null;
  if (INDEFINITE_PRONOUNS.has(b.norm)) return draft(cue, source, b.start, b.end, false, sentence, "object-before-subject");
  const np = phraseEndingAt(ctx, before, sentenceBounds(ctx, before).first);
  if (!np || ctx.timeToken[np.last] || !((ctx.tokens[np.last] as Token).pos === "NOUN" || (ctx.tokens[np.last] as Token).pos === "PROPN")) return null;
  const opener = ctx.tokens[np.first - 1];
  if (opener && (opener.pos === "ADP" || opener.pos === "SCONJ")) return null;
  return draft(cue, source, (ctx.tokens[np.first] as Token).start, (ctx.tokens[np.last] as Token).end, false, sentence, "object-before-subject");
}

/**
 * "Then, last week, Lund called.", "On Friday morning, Berg told a joke.": the phrase before the subject's comma is
 * when or where, not what was said; without a verb or a quotation of its own it is no reported clause.
 */
function adverbialOnly(ctx: AttributionContext, first: number, last: number): boolean {
  let k = first;
  while (k <= last && ((ctx.tokens[k] as Token).pos === "CCONJ" || (ctx.tokens[k] as Token).pos === "ADV")) k++;
  const t = ctx.tokens[k];
  if (!t || k > last || !(t.pos === "ADP" || t.pos === "SCONJ" || ctx.timeToken[k] === 1 || k > first)) return false;
  for (let i = first; i <= last; i++) if (ctx.quoteOf[i] !== -1) return false;
  return !hasVerb(ctx, first, last);
}

/** Verbs of saying that stand before their speaker in news prose: "..., said Lund.", "..., wrote Berg." */
const INVERTING_VERBS: ReadonlySet<string> = new Set(["say", "write", "add"]);

/**
 * "The firm worked on ferries in Vantor, said lobbyist Ann Berg.": a lone verb of saying after a comma, followed by
 * its speaker and nothing more, with a "subject" running up to that comma whose own verb comes before any relative
 * pronoun, has a clause before it, not a subject ("Lund, who runs the port, said" has one). A relative clause set off
 * by commas and closed before the cue's comma is an aside of the clause's subject: "The toll, which the board set in
 * May, will rise next spring, said Ann Berg." still has a clause before the cue.
 */
function clauseBeforeInvertedCue(ctx: AttributionContext, cue: Cue, source: TokenSpan): boolean {
  const comma = cue.first - 1;
  if (!INVERTING_VERBS.has((ctx.tokens[cue.head] as Token).lemma) || !isLoneVerb(ctx, cue) || !isComma(ctx.tokens[comma]) || ctx.quoteOf[comma] !== -1 || source.last < comma - 1) return false;
  const speaker = rightSubject(ctx, cue.last);
  if (!speaker || !restIsEmpty(ctx, speaker.last + 1)) return false;
  for (let k = source.first; k < comma; k++) {
    const t = ctx.tokens[k] as Token;
    if (RELATIVE_PRONOUNS.has(t.norm) || t.norm === "whose") {
      let close = k + 1;
      while (close < comma && !isComma(ctx.tokens[close])) close++;
      if (!isComma(ctx.tokens[k - 1]) || close >= comma) return false;
      k = close;
      continue;
    }
    if (ctx.quoteOf[k] === -1 && (isFiniteVerb(t) || t.pos === "AUX")) return true;
  }
  // "Pier safe, says harbour chief.", "Nonsense, said Lund.": a phrase with no verb and no comma of its own is no
  // subject, as none is parted from its verb by a lone comma; it is what the speaker after the cue said.
  return !commaOutsideQuotes(ctx, source.first, comma - 1);
}

/**
 * "After the vote closed, Lund asked the board for more time.": a clause opened by a subordinator, with no main clause
 * of its own, sets the scene for the cue after it; it is never what was said.
 */
function subordinateClauseOnly(ctx: AttributionContext, first: number, last: number): boolean {
  let k = first;
  // "But not long after the vote closed,", "Shortly before": words of measure before the subordinator.
  while (k <= last && leadsSubordinator(ctx.tokens[k] as Token)) k++;
  const t = ctx.tokens[k];
  if (!t || k > last || !SUBORDINATORS.has(t.norm) || t.pos === "CCONJ" || ctx.quoteOf[k] !== -1) return false;
  // "After he took office he made changes, records show": a second predicate with no comma before it is the main clause.
  let predicates = 0;
  for (let i = k + 1; i <= last; i++) {
    if (isComma(ctx.tokens[i]) || ctx.quoteOf[i] !== -1) return false;
    if (opensPredicate(ctx, i)) predicates++;
  }
  return predicates === 1;
}

/** A conjunction, an adverb or a word of measure before a subordinator: "But", "Shortly", "Not long". */
function leadsSubordinator(t: Token): boolean {
  if (SUBORDINATORS.has(t.norm)) return false;
  return t.pos === "CCONJ" || t.pos === "ADV" || t.norm === "not" || SPAN_WORDS.has(t.norm);
}

/** A finite verb or auxiliary at `i` that no auxiliary, adverb or particle of the same verb group precedes. */
function opensPredicate(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  if (t.pos !== "AUX" && !isFiniteVerb(t)) return false;
  const prev = ctx.tokens[i - 1];
  return !prev || !(prev.pos === "AUX" || prev.pos === "ADV" || prev.pos === "PART");
}

/**
 * "Fees, said Lund, will rise": does the cue stand between commas, its speaker after it and the interrupted clause going on?
 * Only after a bare subject, with no comma or verb of its own: "Lund, a pilot, said the mayor ..." is a subject and its
 * cue.
 */
function invertedAside(ctx: AttributionContext, cue: Cue): boolean {
  if (cue.frame !== "speech" || !isLoneVerb(ctx, cue) || (ctx.tokens[cue.head] as Token).norm.endsWith(PARTICIPLE_SUFFIX) || !bareSubjectBefore(ctx, cue)) return false;
  const speaker = rightSubject(ctx, cue.last);
  return speaker !== null && resumingComma(ctx, speaker) !== null;
}

/**
 * "Fees, said Lund, will rise": the comma closing an inverted speaker (its last token or the next), when what follows
 * takes up the clause the aside interrupted rather than adding to the speaker.
 */
function resumingComma(ctx: AttributionContext, speaker: TokenSpan): number | null {
  const closing = isComma(ctx.tokens[speaker.last]) ? speaker.last : speaker.last + 1;
  return isComma(ctx.tokens[closing]) && resumesPredicate(ctx, closing + 1) ? closing : null;
}

/** Is all before the cue's comma a subject with no comma, verb or pronoun in it: "The trouble with the quay, said"? */
function bareSubjectBefore(ctx: AttributionContext, cue: Cue): boolean {
  const comma = cue.first - 1;
  if (!isComma(ctx.tokens[comma]) || ctx.quoteOf[comma] !== -1) return false;
  for (let k = sentenceBounds(ctx, cue.first).first; k < comma; k++) {
    const t = ctx.tokens[k] as Token;
    if (isComma(t) || t.pos === "AUX" || isFiniteVerb(t) || isPersonalPronoun(t)) return false;
  }
  return true;
}

/** A cue that is one verb, perhaps after an adverb ("also said"), with no auxiliary or particle: the only kind that comes before its subject. */
function isLoneVerb(ctx: AttributionContext, cue: Cue): boolean {
  if (cue.last !== cue.head) return false;
  for (let k = cue.first; k < cue.head; k++) if ((ctx.tokens[k] as Token).pos !== "ADV") return false;
  return true;
}

/** Does "to" follow at `k`, past adverbs ("everywhere", "again") and more addressees ("and their pilots", "in Oslo")? */
function controlsInfinitive(ctx: AttributionContext, k: number, last: number): boolean {
  for (let more = 0; more < 4; more++) {
    while (k < last && (ctx.tokens[k] as Token).pos === "ADV") k++;
    const t = ctx.tokens[k];
    if (!t || k >= last || ctx.quoteOf[k] !== -1) break;
    // "asked Ann Berg, a teacher, to lead": the comma closing an appositive to the addressee.
    if (more > 0 && isComma(t) && ctx.tokens[k + 1]?.norm === "to") {
      k++;
      break;
    }
    // "drivers parked near the bridge", "voters living abroad": a participle, and perhaps its place, modify the addressee.
    if (more === 0 && t.pos === "VERB" && (verbForm(t) === "ing" || verbForm(t) === "past")) {
      k++;
      while (k < last && (ctx.tokens[k] as Token).pos === "ADV") k++;
      if ((ctx.tokens[k] as Token).pos !== "ADP") continue;
    } else if (!ADDRESSEE_LINKS.has(t.norm)) break;
    const next = phraseStartingAt(ctx, k + 1, last);
    if (!next) return false;
    k = next.last + 1;
  }
  // "urged the villagers on Friday to leave": a time between the addressee and the infinitive says when they were urged.
  k = pastTime(ctx, k, last);
  return k <= last && (ctx.tokens[k] as Token).norm === "to" && ctx.quoteOf[k] === -1;
}

/** The token after a time at `k` ("on Friday", "last week", "in March"), or `k` when none starts there. */
function pastTime(ctx: AttributionContext, k: number, last: number): number {
  let j = (ctx.tokens[k] as Token | undefined)?.pos === "ADP" && ctx.timeToken[k + 1] ? k + 1 : k;
  if (!ctx.timeToken[j]) return k;
  while (j <= last && ctx.timeToken[j]) j++;
  return j;
}

/** Words that add to an addressee: "parents and students", "Lund, Berg and Moe", "voters in Oslo". */
const ADDRESSEE_LINKS = new Set(["and", ",", "in", "of", "from", "across"]);

/** Is token `k` a closing single quotation mark glued to a comma before it ("‘too high,’")? */
function closesSingleQuoteAfterComma(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  const comma = ctx.tokens[k - 1];
  return t !== undefined && comma !== undefined && (t.text === "\u2019" || t.text === "'") && isComma(comma) && comma.end === t.start;
}

/**
 * "Oslo: Ann Berg, Per Lund, Kari Moe, Ola Dahl.": a label over a list of names heads a roster, which says
 * nothing (wink reads some first names as verbs). A list: five commas or more, short items in no lower-case word between them.
 */
function isRoster(ctx: AttributionContext, first: number, last: number): boolean {
  let commas = 0;
  let run = 0;
  for (let i = first; i <= last; i++) {
    const t = ctx.tokens[i] as Token;
    if (isComma(t) || t.norm === "and") {
      if (t.norm !== "and") commas++;
      run = 0;
    } else if (++run > 4 || /^\p{Ll}/u.test(t.text)) return false;
  }
  return commas >= 5;
}
