import type { Token } from "../../model/types.js";
import { type AttributionContext, isQuoteMarkAt, opensHyphenCompound, startsSentence, startsUpper } from "./context.js";
import { clauseAfterTime, DASHES, mainClauseAt, opensSequencedAct, quoteEndingAt, quoteStartingAt, sentenceBounds, skipAdjuncts, thatAfterAdjuncts, verbForm } from "./extent.js";
import { isComma, isMistaggedName, isOpeningQuantifier, isPossessiveMarker, isRelativePronoun, isSentencePunct, isSurnameBeforeSaying, namesPeople, occasionEndingAt, opensCountBound, phraseEndingAt, type TokenSpan, verbSoonAfter } from "./phrases.js";
import { isSinceAfterAuxiliary, leftFloor, leftSubject } from "./subjects.js";
import { ADJECTIVE_PARTICLES, ADJUNCT_TAKING_SPEECH, ADVERBS_BEFORE_CUE, ADVOCATE_LINKS, ADVOCATE_NOUNS, ARTICLES, ATTITUDE_ADJECTIVES, ATTRIBUTION_NOUNS, BE_FORMS, COMMUNICATION_NOUNS, CONTENT_PARTICIPLES, COUNTING_SUBJECTS, CUE_FRAMES, CUE_PARTICLES, CUE_PARTICLES_BY_VERB, type CueFrame, CUES_ONLY_BEFORE_AS, CUES_ONLY_BEFORE_INFINITIVE, CUES_ONLY_BEFORE_THAT, DOCUMENT_NOUNS, EVENT_NOUNS, FUNCTION_VERBS, INDEFINITE, isNegationParticle, isReportingVerb, LIGHT_ADJECTIVES, LIGHT_VERBS, NAMING_VERBS, NOUN_PHRASE_POS, NOUNS_A_VERB_RECEIVES, OBJECT_PRONOUNS, PARTICIPLE_SUFFIX, PHRASAL_CUES, PLURAL_FORM, PLURAL_PRONOUNS, POSSESSIVE_PRONOUNS, PREPOSITION_LIKE_VERBS, QUESTION_WORDS, REFLEXIVE_PRONOUNS, SAY_FORMS, SECOND_PARTICLES, SIDE_TAKING_PHRASES, STANCE_TOWARD_NOUNS, SUBORDINATORS, TEXT_TAKING_VERBS, UNDERGOING_VERBS } from "./lexicon.js";

export type Cue = {
  first: number;
  last: number;
  /** the reporting verb itself */
  head: number;
  frame: CueFrame;
  /**
   * "according to X" puts the speaker after the cue and the content around it; a passive ("is expected
   * to", "was asked whether") or "seems" names its speaker only in a by-phrase, if at all; a nominal cue
   * ("his criticism of") has a possessive speaker; a colon after a name at a line start is a speaker label,
   * and one after a name before a quotation introduces that quotation; "in a ... poll" makes the poll speak; "a memo
   * titled ..." gives a work's title as its content and names no speaker; "in the hope of" is hoped by the subject of
   * the verb before it; "self-described" has "self" as its speaker.
   */
  kind: "verb" | "according" | "passive" | "nominal" | "colon" | "colon-quote" | "in-poll" | "in-hope" | "title" | "self";
  /** a nominal cue's possessive ("his", "'s"); inside the cue when a verb carries the noun ("ratcheted up his attacks on") */
  owner?: number;
  /**
   * Where PolNeAR starts the cue when that is later than `first`: the speaker is still found from `first` ("took the
   * stage on Tuesday to say": the subject of "took" speaks, the cue is "to say").
   */
  markedFirst?: number;
};

/** Verbs of appearance: "the team appears to be winning" reports an impression but names no one who holds it. */
const SPEAKERLESS = new Set(["seem", "appear"]);

/** "seems to", "appears that", "seemed pleased", "looks like": an impression, not an appearance on a stage. */
function reportsImpression(ctx: AttributionContext, i: number): boolean {
  let k = i + 1;
  while (ctx.tokens[k]?.pos === "ADV") k++;
  const next = ctx.tokens[k];
  if (!next) return false;
  if (next.norm === "to" || next.norm === "that" || next.norm === "as" || next.norm === "like" || next.pos === "ADJ" || next.norm === ",") return true;
  // "seemed rattled", "seems a sure thing": a participle or a noun phrase is an impression too after "seem".
  return (ctx.tokens[i] as Token).lemma === "seem" && ctx.quoteOf[k] === -1 && ((next.pos === "VERB" && next.norm !== next.lemma && !next.norm.endsWith("ing")) || next.pos === "DET" || next.pos === "NOUN");
}

/** Reporting cues outside quotations, in text order. Words inside a quotation are the speaker's, not the writer's. */
export function findCues(ctx: AttributionContext): Cue[] {
  const cues: Cue[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.quoteOf[i] !== -1) continue;
    const t = tokens[i] as Token;
    if (t.norm === "according" && tokens[i + 1]?.norm === "to") {
      // "That’s according to the board": PolNeAR's cue takes in the contracted "is" (4 of 4 on train).
      const contracted = tokens[i - 1]?.pos === "AUX" && (tokens[i - 1] as Token).norm === "'s" && ctx.quoteOf[i - 1] === -1;
      cues.push({ first: contracted ? i - 1 : i, last: i + 1, head: i, frame: "speech", kind: "according" });
      i++;
      continue;
    }
    if ((t.norm === "by" && isReckoningBy(ctx, i)) || (t.norm === "under" && isGoverningUnder(ctx, i))) {
      cues.push({ first: i, last: i, head: i, frame: "speech", kind: "according" });
      continue;
    }
    if (t.norm === "to" && isPerspectiveTo(ctx, i)) {
      cues.push({ first: i, last: i, head: i, frame: "belief", kind: "according" });
      continue;
    }
    if (t.norm === "described" && isSelfDescribed(ctx, i)) {
      cues.push({ first: i, last: i, head: i, frame: "object", kind: "self" });
      continue;
    }
    const hope = t.norm === "in" ? inHopeCue(ctx, i) : null;
    if (hope) {
      cues.push(hope);
      i = hope.last;
      continue;
    }
    if (t.norm === "in" && t.pos === "ADP" && pollAfter(ctx, i)) {
      cues.push({ first: i, last: i, head: i, frame: "speech", kind: "in-poll" });
      continue;
    }
    if (t.norm === ":" && isSpeakerLabelColon(ctx, i)) {
      cues.push({ first: i, last: i, head: i, frame: "speech", kind: "colon" });
      continue;
    }
    if (t.norm === ":" && isNameColonQuote(ctx, i)) {
      cues.push({ first: i, last: i, head: i, frame: "speech", kind: "colon-quote" });
      continue;
    }
    // Every cue below opens on a verb, a noun or an adjective, or on a form of "say" whatever its tag.
    if (t.pos === "PROPN" && !isSayForm(t)) {
      const opening = startsSentence(ctx, i) ? sentenceOpeningNominalCue(ctx, i) : null;
      if (opening) cues.push(opening);
      continue;
    }
    if (t.pos !== "VERB" && t.pos !== "NOUN" && t.pos !== "ADJ" && !isSayForm(t)) continue;
    const putIt = putItCue(ctx, i);
    if (putIt) {
      cues.push(putIt);
      i = putIt.last;
      continue;
    }
    const light = lightVerbCue(ctx, i);
    if (light) {
      cues.push(light);
      i = light.last;
      continue;
    }
    const attitude = attitudeCue(ctx, i) ?? advocateCue(ctx, i) ?? heldAboutCue(ctx, i);
    if (attitude) {
      cues.push(attitude);
      continue;
    }
    const nominal = nominalCue(ctx, i);
    if (nominal) {
      cues.push(nominal);
      continue;
    }
    // "chief executive Ian Read said": a capitalised verb after a name, before "said", is the name's last word.
    if (isMistaggedName(ctx, i) && tokens[i - 1]?.pos === "PROPN" && tokens[i + 1] !== undefined && isSayForm(tokens[i + 1] as Token)) continue;
    // "told the Miami Herald on Sunday": in running text a capitalised verb after a name and before a lower-case word
    // is the name's last word. A title-case headline ("Cruz Refuses to Disavow ...") has no long lower-case word before it.
    if (isMistaggedName(ctx, i) && tokens[i - 1]?.pos === "PROPN" && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? "") && runningTextBefore(ctx, i)) continue;
    if (isTitleParticiple(ctx, i)) {
      cues.push({ first: i, last: i, head: i, frame: "object", kind: "title" });
      continue;
    }
    const frame = verbFrame(ctx, i) ?? (isVerbBesideQuote(ctx, i) ? "speech" : undefined);
    if (!frame || isReducedRelative(ctx, i) || isNamingParticiple(ctx, i) || isCountedParticiple(ctx, i) || isConcessiveSaid(ctx, i) || findsOneself(ctx, i) || seeksOffice(ctx, i) || isAdvice(ctx, i) || isGerundNoun(ctx, i) || endsNounCompound(ctx, i) || particleChangesSense(ctx, i) || (frame === "belief" && perceivedInPassing(ctx, i))) continue;
    if (CUES_ONLY_BEFORE_THAT.has(t.lemma) && tokens[i + 1]?.norm !== "that") continue;
    if (CUES_ONLY_BEFORE_AS.has(t.lemma) && !asAfterObject(ctx, i)) continue;
    if (lacksInfinitiveItNeeds(ctx, i)) continue;
    if (isInfinitive(ctx, i)) {
      const governor = infinitiveGovernor(ctx, i);
      // A purpose is an act of speech ("to say", "to call for"); "lining up to see", "returned home to find" and
      // "voted to reject" are acts, not statements.
      // "an opening for Lund to highlight her record", "pressure on her to say": the noun after "for" (or "on" after a
      // noun) does the saying, and the cue is the infinitive alone.
      if (governor === null && infinitiveSubject(ctx, i) !== null) {
        cues.push({ first: i - 1, last: particleEnd(ctx, i), head: i, frame, kind: "verb" });
        continue;
      }
      const main = governor ?? (PURPOSE_SPEECH.has(t.lemma) ? purposeGovernor(ctx, i) : null);
      // "to explain and defend the toll": one "to" governs both verbs, which share the object.
      const particle = particleEnd(ctx, i);
      const last = particle === i ? sharedObjectVerbEnd(ctx, i) : particle;
      if (main !== null && governor === null && infinitiveStandsApart(ctx, main, i)) cues.push({ first: verbGroupStart(ctx, main), last, head: i, frame, kind: "verb", markedFirst: i - 1 });
      else if (main !== null) cues.push({ first: verbGroupStart(ctx, main), last, head: i, frame, kind: "verb" });
      else if (causedSpeaker(ctx, i) !== null || isHeadlineFuture(ctx, i)) cues.push({ first: i - 1, last, head: i, frame, kind: "verb" });
      continue;
    }
    if (governsInfinitiveCue(ctx, i) || continuesAnAction(ctx, i)) continue;
    // Every cue verb reports in the passive too ("is expected to", "was asked whether", "has been criticized for"),
    // save a verdict: "was declared the winner", "were found dead" report a result as fact.
    const passive = isPassive(ctx, i);
    if (passive && (t.lemma === "declare" || (ctx.tokens[i + 1] as Token | undefined)?.pos === "ADJ")) continue;
    // "The boat was found in the river", "was seen at the dock": these verbs report only when the passive goes
    // on to what was found or said ("was found to be", "was told that") or to a reputation ("is seen as"). So does
    // "decided": "the race was decided late" names a contest settled, "it was decided that" reports.
    if (passive && (IRREGULAR_PARTICIPLES.has(t.norm) || t.lemma === "decide") && !PASSIVE_REPORT_NEXT.has(ctx.tokens[i + 1]?.norm ?? "") && clauseAfterTime(ctx, i + 1) === -1 && !isReputation(ctx, i) && thatAfterAdjuncts(ctx, i + 1, sentenceBounds(ctx, i).last) === -1) continue;
    // "Berg was quoted as saying ...": the subject said it; the passive only tells how it came to be reported.
    if (passive && tokens[i + 1]?.norm === "as" && tokens[i + 2]?.norm === "saying") {
      cues.push({ first: verbGroupStart(ctx, i), last: i + 2, head: i + 2, frame: "speech", kind: "verb" });
      i += 2;
      continue;
    }
    // "Lund is reported to have said ...": the subject spoke; the passive only tells that others pass it on. PolNeAR
    // runs the cue from the passive through the verb of saying.
    const hearsay = passive ? hearsaySpeechCue(ctx, i) : null;
    if (hearsay) {
      cues.push(hearsay);
      i = hearsay.last;
      continue;
    }
    if (SPEAKERLESS.has(t.lemma) && !reportsImpression(ctx, i)) continue;
    if (isHeadlineKicker(ctx, i)) continue;
    const speakerless = passive || SPEAKERLESS.has(t.lemma);
    const ownLast = colonAfterEnd(ctx, gestureEnd(ctx, mannerEnd(ctx, platformEnd(ctx, statementChannelEnd(ctx, inFavorEnd(ctx, particleEnd(ctx, i)))))), frame);
    const governor = aspectGovernor(ctx, i) ?? (speakerless ? null : publishingVerb(ctx, i, cues.at(-1)?.last ?? -1));
    cues.push({ first: verbGroupStart(ctx, governor ?? i), last: ownLast === i && !speakerless ? sharedObjectVerbEnd(ctx, i) : ownLast, head: i, frame, kind: speakerless ? "passive" : "verb" });
  }
  return withHearsayAdverbs(ctx, cues);
}

/**
 * "The club is reportedly spending $2 million": the adverb reports its clause as hearsay, unnamed, as a passive
 * "is said to" does (PolNeAR marks it in 19 of its 29 uses on train); beside a cue verb it is part of that cue.
 */
function withHearsayAdverbs(ctx: AttributionContext, cues: Cue[]): Cue[] {
  let c = 0;
  const out: Cue[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    while (c < cues.length && (cues[c] as Cue).last < i) out.push(cues[c++] as Cue);
    if ((ctx.tokens[i] as Token).norm !== "reportedly" || ctx.quoteOf[i] !== -1) continue;
    if (c < cues.length && (cues[c] as Cue).first <= i) continue;
    out.push({ first: i, last: i, head: i, frame: "speech", kind: "passive" });
  }
  while (c < cues.length) out.push(cues[c++] as Cue);
  return out;
}

/**
 * "As Berg put it, “...”", "as one official put it in an interview": "put it" is a verb of saying before
 * punctuation or a quotation, or in a clause opened by "as" or "how" before a phrase naming where it was said.
 * "Put it in the drawer", "as soon as she put it in the oven" are not.
 */
function putItCue(ctx: AttributionContext, i: number): Cue | null {
  const t = ctx.tokens[i] as Token;
  if (t.lemma !== "put" || t.pos !== "VERB" || ctx.tokens[i + 1]?.norm !== "it" || ctx.quoteOf[i + 1] !== -1) return null;
  const next = ctx.tokens[i + 2];
  if (next && ctx.quoteOf[i + 2] === -1 && next.pos !== "PUNCT" && !(next.pos === "ADP" && namesOccasionAfter(ctx, i + 3) && inAsOrHowClause(ctx, i))) return null;
  const last = next?.norm === ":" ? i + 2 : i + 1;
  return { first: verbGroupStart(ctx, i), last, head: i, frame: "speech", kind: "verb" };
}

/** Does a noun of an occasion for words ("an interview", "a statement") come within three tokens from `from`? */
function namesOccasionAfter(ctx: AttributionContext, from: number): boolean {
  for (let k = from; k < from + 3 && k < ctx.tokens.length; k++) if (EVENT_NOUNS.test((ctx.tokens[k] as Token).norm)) return true;
  return false;
}

/** Is the "put" at `i` in a clause opened by "as" (not "as soon as") or "how", a few words back with no punctuation between? */
function inAsOrHowClause(ctx: AttributionContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const tok = ctx.tokens[k] as Token;
    if (tok.pos === "PUNCT" || ctx.quoteOf[k] !== -1) return false;
    if (tok.norm === "how") return true;
    if (tok.norm === "as") return (ctx.tokens[k - 1] as Token | undefined)?.pos !== "ADV";
  }
  return false;
}

/** Never a manner of speaking: verbs of tense or voice, and linking verbs ("“Fine,” Lund seemed ...") that describe the speaker. */
const NOT_MANNER_OF_SAYING = new Set([...FUNCTION_VERBS, "seem", "appear"]);

/**
 * "“Go home,” Lund barked.", "“Never,” snapped the mayor.", "Berg gloated: “I told you.”": any verb between a
 * quotation and its subject, or before a colon that opens one, is a manner of saying it.
 */
function isVerbBesideQuote(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  if (t.pos !== "VERB" || NOT_MANNER_OF_SAYING.has(t.lemma) || t.norm.endsWith("ing")) return false;
  let j = i - 1;
  while (j >= 0 && (ctx.tokens[j] as Token).pos === "ADV" && ctx.quoteOf[j] === -1) j--;
  // A verb group with an auxiliary ("are gathered", "has run") describes; the verb of a quotation stands alone.
  if ((ctx.tokens[j] as Token | undefined)?.pos === "AUX") return false;
  const next = ctx.tokens[i + 1];
  if (next?.norm === ":" && ctx.quoteOf[i + 1] === -1 && quoteStartingAt(ctx, i + 2)) return leftSubject(ctx, i, leftFloor(ctx, i)) !== null;
  const free = ctx.quoteOf[i + 1] === -1;
  // Inverted, the speaker follows: "“Never,” snapped the mayor".
  if (quoteRunsOnAt(ctx, j, i)) return !next || !free || next.pos === "PUNCT" || next.pos === "PROPN" || next.pos === "DET" || next.pos === "ADV";
  // Otherwise what follows must close the report: the sentence's end, a comma, an adjunct, another clause.
  if (next && free && !(next.pos === "PUNCT" || next.pos === "ADV" || next.pos === "ADP" || next.pos === "CCONJ")) return false;
  // The quotation must close just before the subject, which stands in this sentence: with no quoted word there, no
  // subject need be looked for.
  if (!hasQuotedWord(ctx, (ctx.sentences[ctx.sentenceOf[i] as number]?.tokenStart ?? 0) - 2, i - 2)) return false;
  const subject = leftSubject(ctx, i, leftFloor(ctx, i));
  if (subject === null || ctx.sentenceOf[subject.first] !== ctx.sentenceOf[i]) return false;
  const runsOn = quoteRunsOnAt(ctx, subject.first - 1, subject.first);
  // After a question or an exclamation a name may open the next sentence ("“Fire!” Lund ran to the door."):
  // the verb reports the quotation only when it ends the sentence ("“Tea?” Lund offered.").
  return runsOn === "comma" || (runsOn === "mark" && (!next || (free && next.pos === "PUNCT")));
}

function hasQuotedWord(ctx: AttributionContext, first: number, last: number): boolean {
  for (let k = last; k >= first && k >= 0; k--) if (ctx.quoteOf[k] !== -1) return true;
  return false;
}

/**
 * Does a quotation end at `j` in a sentence that may go on at `next`, and on what: a comma (inside it or right
 * after it), or a question or exclamation mark followed by a lower-case word or a name? "“Fire!” the crowd
 * screamed" goes on; after "“Fire!” The crowd ran." a new sentence begins.
 */
function quoteRunsOnAt(ctx: AttributionContext, j: number, next: number): "comma" | "mark" | null {
  if (isComma(ctx.tokens[j]) && ctx.quoteOf[j] === -1) j--;
  const quote = quoteEndingAt(ctx, j);
  if (!quote) return null;
  const inner = ctx.text[quote.innerEnd - 1] ?? "";
  if (inner === "," || isComma(ctx.tokens[j + 1])) return "comma";
  const following = ctx.tokens[next] as Token;
  return (inner === "?" || inner === "!") && (following.pos === "PROPN" || !startsUpper(following.text)) ? "mark" : null;
}

/** Only "then": leaving SEQUENCE_WORDS' "later" out of the cue too ("and later said") costs cue matches on train. */
const SEQUENCE_ADVERBS = new Set(["then"]);

/**
 * "he paused, then said", "and then asked": after a comma or a conjunction "then" opens a new step of the
 * narrative and stays out of the cue. Between a subject and its verb ("Lind then asked") PolNeAR keeps it in.
 */
function opensNextStep(ctx: AttributionContext, k: number): boolean {
  if (!SEQUENCE_ADVERBS.has((ctx.tokens[k] as Token).norm)) return false;
  const before = ctx.tokens[k - 1];
  return before === undefined || isComma(before) || before.pos === "CCONJ" || before.pos === "PUNCT";
}

/** "as" a few words after the verb, within its clause: "painted the mayor as weak". */
function asAfterObject(ctx: AttributionContext, i: number): boolean {
  for (let k = i + 2; k <= i + 8; k++) {
    const t = ctx.tokens[k];
    if (!t || t.pos === "PUNCT" || t.pos === "VERB" || ctx.quoteOf[k] !== -1) return false;
    if (t.norm === "as") return true;
  }
  return false;
}

/** "an old saying that ...", "as the saying goes": after an article, and perhaps an adjective, "saying" is the noun of a proverb. */
function isSayingNoun(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  const prev = ctx.tokens[i - 1];
  const article = prev?.pos === "ADJ" ? ctx.tokens[i - 2] : prev;
  return t.pos === "NOUN" && t.norm.endsWith("ing") && article !== undefined && ARTICLES.has(article.norm) && ctx.quoteOf[i] === ctx.quoteOf[i - 1];
}

/** A form of "say" or "tell" whatever its tag, unless it is a name ("Said"). */
function isSayForm(t: Token): boolean {
  return SAY_FORMS.has(t.norm) && t.pos !== "PROPN";
}

function verbFrame(ctx: AttributionContext, i: number): CueFrame | undefined {
  const t = ctx.tokens[i] as Token;
  if (isSayForm(t) && !isSayingNoun(ctx, i)) return t.lemma === "tell" || t.norm.startsWith("t") ? "addressed" : "speech";
  if (t.pos === "NOUN") {
    // The lookup first: most nouns are no cue's, and isVerbTaggedNoun reads the phrase around each.
    const frame = CUE_FRAMES.get(t.lemma) ?? CUE_FRAMES.get(t.norm.slice(0, -1));
    return frame !== undefined && isVerbTaggedNoun(ctx, i) ? frame : undefined;
  }
  if (t.pos !== "VERB") return undefined;
  const frame = CUE_FRAMES.get(t.lemma);
  if (frame) return frame;
  const k = particleAfterAdverb(ctx, i);
  const next = ctx.tokens[k];
  if (!next || ctx.quoteOf[k] !== -1) return undefined;
  if (opensUpAThing(ctx, t, k)) return undefined;
  return PHRASAL_CUES.get(t.lemma)?.has(next.norm) || takesSide(ctx, t, k) || (t.lemma === "vote" && inFavorEnd(ctx, k - 1) > k - 1) ? "object" : undefined;
}

/**
 * "opened up about her past", "opened up to reporters" speak; "opened up a 15-point lead", "opened up the race" make
 * room: with an object right after the particle, "open up" is an act.
 */
function opensUpAThing(ctx: AttributionContext, verb: Token, k: number): boolean {
  const object = ctx.tokens[k + 1];
  return verb.lemma === "open" && ctx.tokens[k]?.norm === "up" && object !== undefined && (object.pos === "DET" || object.pos === "NUM" || POSSESSIVE_PRONOUNS.has(object.norm));
}

/** "came out against", "lined up behind": the verb's particle and preposition from token `k` (SIDE_TAKING_PHRASES). */
function takesSide(ctx: AttributionContext, verb: Token, k: number): boolean {
  const side = SIDE_TAKING_PHRASES.get(verb.lemma);
  return side !== undefined && ctx.tokens[k]?.norm === side[0] && ctx.tokens[k + 1]?.norm === side[1];
}

/**
 * "the paper claims the ...", "the campaign argues that": a third-person verb tagged as a plural noun.
 * Taken as a verb when a subject noun stands before it and a clause or object follows.
 */
function isVerbTaggedNoun(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  if (!prev || !next) return false;
  // "The numbers show up": a particle after the verb makes another verb, one that reports nothing.
  if (EVIDENCE_VERBS.has(t.norm) && next.pos !== "PUNCT" && next.pos !== "ADP" && evidenceBefore(ctx, i)) return true;
  if (beliefBeforeGapModal(ctx, i)) return true;
  if (t.norm === t.lemma) return isBaseVerbTaggedNoun(ctx, i) || (isPluralSubject(ctx, i - 1) && closesReportedClause(ctx, i));
  if (!t.norm.endsWith("s")) return false;
  const subjectBefore = prev.pos === "PROPN" || prev.pos === "NOUN" || (prev.pos === "PRON" && (prev.norm === "he" || prev.norm === "she" || prev.norm === "it"));
  // A possessive opens an object or a clause as a determiner does: "the captain claims his boat is the fastest".
  const clauseAfter = next.norm === "that" || next.norm === "to" || next.pos === "DET" || next.pos === "PROPN" || next.pos === "PRON" || next.norm === ":" || quoteStartingAt(ctx, i + 1) !== null || closesReportedClause(ctx, i);
  // "Ann Berg, a harbour pilot, notes that ...", "The guild, however, backs the levy": after the comma that closes an
  // appositive or an aside, the subject stands further left.
  if (isComma(prev)) return clauseAfter && leftSubject(ctx, i, leftFloor(ctx, i)) !== null;
  return subjectBefore && clauseAfter && !POSSESSIVE_PRONOUNS.has((ctx.tokens[i - 2] as Token | undefined)?.norm ?? "");
}

/**
 * "a move that the board hopes will calm the town", "a tactic pilots hope will work": a verb of belief right before a
 * modal, in a relative clause whose subject follows "that"/"which" or the noun the clause describes, is the verb whose
 * clause fills the gap; the tagger reads it as a noun compounded with the subject ("board hopes").
 */
function beliefBeforeGapModal(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  const next = ctx.tokens[i + 1];
  if (CUE_FRAMES.get(t.lemma) !== "belief" || next?.pos !== "AUX" || ctx.quoteOf[i] !== -1) return false;
  const subject = phraseEndingAt(ctx, i - 1, sentenceBounds(ctx, i).first);
  const before = subject ? ctx.tokens[subject.first - 1] : undefined;
  if (!subject || !before) return false;
  return before.norm === "that" || before.norm === "which" || before.pos === "NOUN";
}

/** "Polls show ...", "Data suggest that ...": what evidence does, whatever the tagger made of the word. */
const EVIDENCE_VERBS = new Set(["show", "suggest", "indicate"]);
const EVIDENCE_NOUNS = new Set(["poll", "polls", "survey", "surveys", "data", "records", "results", "numbers", "studies", "figures"]);

/**
 * "Polls show", "Polls in Ohio show", "Records from the 2008 cycle show": a plural noun of evidence a few words
 * before, with only an adverb, a modifier or a phrase of place or time between, is the subject.
 */
function evidenceBefore(ctx: AttributionContext, i: number): boolean {
  const { first } = sentenceBounds(ctx, i);
  for (let k = i - 1; k >= Math.max(first, i - 7); k--) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoteOf[k] !== -1) return false;
    if (EVIDENCE_NOUNS.has(t.norm) && (t.pos === "NOUN" || t.pos === "PROPN")) return true;
    // "Polls there show": the tagger reads a place's "there" as a pronoun.
    if (!EVIDENCE_SUBJECT_FILLERS.has(t.pos) && t.norm !== "there") return false;
  }
  return false;
}

// A preposition's own noun may stand between ("records from the 2008 cycle show"): tags of the words a phrase
// after the subject noun is made of.
const EVIDENCE_SUBJECT_FILLERS: ReadonlySet<string> = new Set(["ADV", "ADP", "PROPN", "DET", "ADJ", "NOUN", "NUM"]);

/**
 * "..., records show.", "“...,” Berg notes.": the cue closes a sentence (or a parenthetical) whose reported
 * clause came first, and its subject opens right after the comma or the closing quotation mark.
 */
function closesReportedClause(ctx: AttributionContext, i: number): boolean {
  const next = ctx.tokens[i + 1] as Token;
  if (next.norm !== "." && next.norm !== "," && next.norm !== "!" && next.norm !== "?") return false;
  const subject = phraseEndingAt(ctx, i - 1, sentenceBounds(ctx, i).first);
  if (!subject) return false;
  const before = subject.first - 1;
  return isComma(ctx.tokens[before]) || (isQuoteMarkAt(ctx, before) && ctx.quoteOf[before] !== -1);
}

/**
 * "FEC records show he ...", "three-quarters support a ban", "unions claim it will ...": the plain form
 * of a cue verb tagged as a noun, after a plural subject and before an object or clause.
 */
function isBaseVerbTaggedNoun(ctx: AttributionContext, i: number): boolean {
  const prev = ctx.tokens[i - 1] as Token;
  const next = ctx.tokens[i + 1] as Token;
  const subject = pluralSubjectKind(ctx, i - 1);
  if (!subject) return false;
  // "Islanders support ferry subsidies": after a capitalised plural (a group of people) a singular noun opens the
  // object; a plural one may be the object of a verb that reports nothing ("Nurses call patients every morning").
  const groupObject = prev.pos === "PROPN" && next.pos === "NOUN" && next.norm === next.lemma;
  return next.norm === "that" || next.norm === "to" || next.pos === "DET" || next.pos === "PROPN" || next.pos === "PRON" || next.pos === "NUM" || next.norm === ":" || groupObject || opensBareObject(ctx, i, subject === "noun" && prev.pos !== "PRON");
}

/**
 * "senators support reforming ...", "findings show how ...", "polls show voters rejecting ...": a gerund or a
 * question word after the verb is its object, and so is a plural noun after a plural noun subject when a verb of its
 * own follows it (a clause: "nurses call patients every morning" says nothing); after a number or a quantifier a
 * plural noun makes a compound instead ("three state primaries", "some email chains").
 */
function opensBareObject(ctx: AttributionContext, i: number, pluralNounAllowed: boolean): boolean {
  const t = ctx.tokens[i] as Token;
  const next = ctx.tokens[i + 1] as Token;
  const pluralNoun = next.pos === "NOUN" && next.norm !== next.lemma && next.norm.endsWith("s") && verbSoonAfter(ctx, i + 2);
  // "issues like defunding the agency": "like" before a gerund is the preposition.
  const gerund = next.pos === "VERB" && next.norm.endsWith(PARTICIPLE_SUFFIX) && !PREPOSITION_LIKE_VERBS.has(t.norm);
  return (pluralNounAllowed && pluralNoun) || gerund || QUESTION_WORDS.has(next.norm);
}

export function isPluralSubject(ctx: AttributionContext, k: number): boolean {
  return pluralSubjectKind(ctx, k) !== null;
}

/**
 * How the token at `k` can stand as a plural subject: a plural noun, name or pronoun, or a word that counts
 * people ("64 percent call him ...", "4 in 10 say ...", "voters polled support Lund"). A bare quantifier is left
 * out: "some", "all" and "both" open noun phrases as often ("some state laws", "all three state polls").
 */
function pluralSubjectKind(ctx: AttributionContext, k: number): "noun" | "counted" | null {
  const prev = ctx.tokens[k];
  if (!prev) return null;
  const pluralNoun = (prev.pos === "NOUN" && prev.norm !== prev.lemma && prev.norm.endsWith("s")) || (prev.pos === "PROPN" && PLURAL_FORM.test(prev.norm));
  if (pluralNoun || (prev.pos === "PRON" && PLURAL_PRONOUNS.has(prev.norm))) return "noun";
  if (prev.pos !== "PRON" && COUNTING_SUBJECTS.has(prev.norm)) return "counted";
  // "Many fear Lund will ...", "Some view her as ...": a quantifier opening its clause stands for people.
  if (PLURAL_PRONOUNS.has(prev.norm) && startsSentence(ctx, k)) return "counted";
  // A number counts people when it stands alone ("4 in 10 want"), not in a date or after a noun ("Dec. 2 attack").
  const before = ctx.tokens[k - 1];
  const standsAlone = !before || !(before.pos === "DET" || before.pos === "PROPN" || before.pos === "NOUN" || before.pos === "ADJ");
  return prev.pos === "NUM" && prev.norm !== "one" && standsAlone ? "counted" : null;
}

/**
 * Line labels that introduce no one's words: "Update:", "Q:" (interview questions are rarely attributed); a page's
 * stamp ("Published: 02:31 GMT") and a kicker naming the kind of piece ("Analysis:", "Prediction:").
 */
const NON_SPEAKER_LABELS = new Set([
  "published", "posted", "analysis", "opinion", "prediction", "preview", "recap", "explainer", "factbox", "timeline",
  "q", "a", "update", "updated", "note", "editor", "editor's", "contributing", "breaking", "byline", "watch", "video",
  "photos", "photo", "related", "read", "email", "twitter", "revealed", "wow", "name", "source", "sources", "transcript",
  "correction", "abstract", "summary", "background", "exclusive", "listen", "see", "full", "h/t", "via", "warning",
  "look", "boom", "busted", "bombshell", "so", "for", "caption", "clarification", "credit", "credits", "image",
  "live", "audio", "podcast", "gallery", "slideshow", "pictures", "videos",
]);

/** "Image caption:", "Photo credit:", "Delegate Update:": the last word of a furniture label names the kind of line. */
const FURNITURE_LABEL_HEADS = new Set(["caption", "credit", "credits", "note", "correction", "clarification", "update", "updated"]);

/**
 * "Lind: The plan is not final", "MOE: We never said that ...": a line that opens with a short
 * name and a colon gives that name's words (headlines, transcripts, interviews).
 */
function isSpeakerLabelColon(ctx: AttributionContext, i: number): boolean {
  const s = ctx.sentences[ctx.sentenceOf[i] as number];
  if (!s || i - s.tokenStart > 6 || i - s.tokenStart < 1 || i + 1 >= s.tokenEnd) return false;
  const lineStart = s.start === 0 || ctx.text[s.start - 1] === "\n";
  if (!lineStart) return false;
  for (let k = s.tokenStart; k < i; k++) {
    const t = ctx.tokens[k] as Token;
    const nameLike = t.pos === "PROPN" || t.pos === "NOUN" || startsUpper(t.text) || t.norm === "'s" || t.norm === "-";
    if (!nameLike || ctx.quoteOf[k] !== -1 || ctx.timeToken[k]) return false;
  }
  const label = ctx.tokens[s.tokenStart] as Token;
  const second = ctx.tokens[s.tokenStart + 1]?.norm;
  const head = (ctx.tokens[i - 1] as Token).norm;
  // "The Latest: ...", a running news digest, heads its items with a kicker, not a speaker.
  if (NON_SPEAKER_LABELS.has(label.norm) || FURNITURE_LABEL_HEADS.has(head) || (label.norm === "editor" && second === "'s") || (label.norm === "the" && second === "latest")) return false;
  return i - s.tokenStart > 1 || startsUpper(label.text);
}

export const POLL_NOUNS: ReadonlySet<string> = new Set(["poll", "survey"]);

/** "In a CBS News poll released Monday, ...", "... leads in the latest poll": a poll reports its findings. */
function pollAfter(ctx: AttributionContext, i: number): boolean {
  const s = ctx.sentences[ctx.sentenceOf[i] as number];
  if (!s) return false;
  for (let k = i + 1; k < s.tokenEnd && k <= i + 8; k++) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoteOf[k] !== -1) return false;
    // "In the latest polls, ...": polls taken together report only where they open the sentence; after a clause
    // ("leads in the polls") the plural is more often a standing than a finding.
    if (POLL_NOUNS.has(t.norm) || (POLL_NOUNS.has(t.lemma) && opensSentence(ctx, i))) return t.pos === "NOUN" || t.pos === "PROPN";
    const modifier = t.pos === "DET" || t.pos === "ADJ" || t.pos === "ADV" || t.pos === "NUM" || t.pos === "PROPN" || t.pos === "NOUN" || t.norm === "/" || t.norm === "-" || t.norm === "'s" || t.norm === "’s";
    if (!modifier) return false;
  }
  return false;
}

/** "... pollster Ann Berg: “Turnout was low.”": a named phrase, a colon, and a quotation right after it. */
function isNameColonQuote(ctx: AttributionContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (!next || ctx.quoteOf[i + 1] === -1 || !isQuoteMarkAt(ctx, i + 1)) return false;
  const prev = ctx.tokens[i - 1];
  return prev !== undefined && prev.pos === "PROPN" && ctx.quoteOf[i - 1] === -1;
}

// "threw her support behind": PolNeAR marks the preposition whenever it marks the cue (4 of 4 on train).
const LIGHT_PREPOSITIONS = new Set(["of", "about", "on", "at", "for", "against", "to", "with", "over", "toward", "towards", "in", "behind"]);

/**
 * "repeated his claim that ...", "reiterated calls for ...": PolNeAR marks the verb alone and takes the noun into
 * the content (12 of 16 on train), as it does after "said".
 */
const REPORT_ALONE = new Set(["repeat", "reiterate"]);

/**
 * "expressed his support for", "expressed their frustration with": the possessive makes the noun phrase what is
 * expressed, and PolNeAR marks "expressed" alone (6 of 7 on train; with no possessive, "expressed concern", the
 * noun joins the cue two times in three).
 */
function expressesOwnStance(ctx: AttributionContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return (ctx.tokens[i] as Token).lemma === "express" && next !== undefined && next.pos === "PRON" && POSSESSIVE_PRONOUNS.has(next.norm) && ctx.quoteOf[i + 1] === -1;
}

/**
 * "made the case that", "took a swipe at", "issued a statement saying", "made it clear": a light verb whose
 * noun (or adjective) of speech makes the cue. The cue runs to a preposition, a colon or a participle that
 * opens the content.
 */
function lightVerbCue(ctx: AttributionContext, i: number): Cue | null {
  const t = ctx.tokens[i] as Token;
  // "signaled their support for": a noun of speech after "signal" joins its cue (4 of 4 on train), as after a light verb.
  // "showed no sign of", "has shown little interest in": so does a stance shown none of (9 of 10 on train).
  const showsNone = t.lemma === "show" && NONE_OR_LITTLE.has(ctx.tokens[i + 1]?.norm ?? "");
  // "hold a dim view of", "holds favorable opinions of": a view held is a stance (3 of 4 such on train).
  const holds = t.lemma === "hold";
  if (t.pos !== "VERB" || !(LIGHT_VERBS.has(t.lemma) || t.lemma === "signal" || showsNone || holds) || REPORT_ALONE.has(t.lemma) || isPassive(ctx, i) || isInfinitive(ctx, i) || expressesOwnStance(ctx, i)) return null;
  const adjective = lightAdjective(ctx, i);
  if (adjective !== null) return { first: verbGroupStart(ctx, i), last: adjective, head: i, frame: "speech", kind: "verb" };
  // "made sure her remarks stayed short": "make sure" sees to something and says nothing; the noun after it has its own owner.
  if (t.lemma === "make" && ctx.tokens[i + 1]?.norm === "sure") return null;
  const noun = communicationNoun(ctx, i, showsNone ? SHOWN_STANCES : holds ? HELD_VIEWS : COMMUNICATION_NOUNS);
  if (noun === null || NOUNS_A_VERB_RECEIVES.get(t.lemma)?.has((ctx.tokens[noun] as Token).norm)) return null;
  // "has shown little interest.": with nothing after the stance, the sentence reports no content of its own.
  if (showsNone && !(ctx.tokens[noun + 1]?.pos === "ADP" || ctx.tokens[noun + 1]?.pos === "PART" || ctx.tokens[noun + 1]?.norm === "that")) return null;
  let last = noun;
  let k = noun + 1;
  while (ctx.timeToken[k] && ctx.quoteOf[k] === -1) k++;
  const next = ctx.tokens[k];
  const ends = !next || isSentencePunct(next) || ctx.sentenceOf[k] !== ctx.sentenceOf[i];
  // "Lund expressed the guild's dismay.", "Berg also voiced concern.": a verb that is a cue of its own, with nothing after
  // the noun, reports the noun itself.
  // So does one with only a time after the noun ("Lund offered an apology on Tuesday.").
  if (CUE_FRAMES.has(t.lemma) && (ends || onlyTimeLeft(ctx, k))) return null;
  let frame: CueFrame = "object";
  if (next && ctx.quoteOf[k] === -1) {
    if (next.pos === "VERB" && CONTENT_PARTICIPLES.has(next.norm)) {
      last = k;
      frame = "speech";
    } else if (next.norm === ":") {
      last = k;
      frame = "speech";
    } else if (k === noun + 1 && (next.pos === "ADP" || next.pos === "SCONJ") && LIGHT_PREPOSITIONS.has(next.norm) && !ctx.timeToken[k + 1] && !namesAddressee(ctx, noun)) {
      // wink tags a preposition before a gerund as a conjunction ("took credit | for reopening"); it ends the cue all the same.
      last = k;
    } else if (k === noun + 1 && next.norm === "that") {
      frame = "speech";
    }
  }
  // "made those comments during the fair", "delivered the speech as mayor": a definite noun of speech points back to
  // words reported elsewhere, and with only an adjunct or nothing after it the sentence reports no content of its own.
  if (last === noun && frame === "object" && (ends || next.pos === "ADP") && !namesAddressee(ctx, noun) && hasDefiniteDeterminer(ctx, i, noun)) return null;
  return { first: verbGroupStart(ctx, i), last, head: i, frame, kind: "verb" };
}

/** Is all that is left of the sentence from `k` a time phrase ("on Tuesday.", "in the morning.")? */
function onlyTimeLeft(ctx: AttributionContext, k: number): boolean {
  const sentence = ctx.sentenceOf[k];
  if (ctx.tokens[k]?.pos === "ADP") k++;
  if (ctx.tokens[k]?.pos === "DET") k++;
  if (!ctx.timeToken[k] || ctx.quoteOf[k] !== -1) return false;
  while (ctx.timeToken[k] && ctx.sentenceOf[k] === sentence) k++;
  const end = ctx.tokens[k];
  return !end || ctx.sentenceOf[k] !== sentence || isSentencePunct(end);
}

const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(["the", "this", "that", "these", "those"]);

/** Is the noun phrase between a light verb at `verb` and its noun at `noun` definite ("the", "this", "his", "their")? */
function hasDefiniteDeterminer(ctx: AttributionContext, verb: number, noun: number): boolean {
  for (let k = verb + 1; k < noun; k++) {
    const norm = (ctx.tokens[k] as Token).norm;
    if (DEFINITE_DETERMINERS.has(norm) || POSSESSIVE_PRONOUNS.has(norm)) return true;
  }
  return false;
}

/** "made the case | to voters that ...": "to" after "case" names whom the case is put to, and PolNeAR leaves it out of the cue (7 of 7 on train). */
function namesAddressee(ctx: AttributionContext, noun: number): boolean {
  return (ctx.tokens[noun] as Token).norm === "case" && ctx.tokens[noun + 1]?.norm === "to";
}

/** "made clear", "made it clear": index of the adjective, or null. */
function lightAdjective(ctx: AttributionContext, i: number): number | null {
  if ((ctx.tokens[i] as Token).lemma !== "make") return null;
  let k = i + 1;
  if (ctx.tokens[k]?.norm === "it") k++;
  const adj = ctx.tokens[k];
  return adj && LIGHT_ADJECTIVES.has(adj.norm) && ctx.quoteOf[k] === -1 ? k : null;
}

const NONE_OR_LITTLE: ReadonlySet<string> = new Set(["no", "little"]);
/**
 * Views one holds: "holds a dim view of", "holds strong opinions". Not VIEW_NOUNS, which "in her ..." turns into a
 * view: one holds views in the plural too, and holds no "estimation" or "assessment".
 */
const HELD_VIEWS: ReadonlySet<string> = new Set(["view", "views", "opinion", "opinions"]);
/** What one shows no sign of having: "no interest in", "little inclination to". */
const SHOWN_STANCES: ReadonlySet<string> = new Set(["sign", "signs", "interest", "inclination", "respect", "remorse", "desire", "appetite", "willingness"]);

/** "put out a statement saying", "laid out a vision for": a particle between a light verb and its noun leaves the noun the cue's. */
const LIGHT_PARTICLES: ReadonlySet<string> = new Set(["out", "forward"]);

/** The noun of speech heading the object of a light verb ("a sharp swipe", "the conservative political case"), or null. */
function communicationNoun(ctx: AttributionContext, i: number, nouns: ReadonlySet<string>): number | null {
  let head: number | null = null;
  const particle = LIGHT_PARTICLES.has(ctx.tokens[i + 1]?.norm ?? "");
  // "laid out its plan for the pier": as after "expressed his", a possessed noun is what the phrasal verb puts out (see expressesOwnStance).
  if (particle && POSSESSIVE_PRONOUNS.has(ctx.tokens[i + 2]?.norm ?? "")) return null;
  const from = particle ? i + 2 : i + 1;
  for (let k = from; k <= from + 5; k++) {
    const t = ctx.tokens[k];
    if (!t || ctx.quoteOf[k] !== -1) break;
    const modifier = t.pos === "DET" || t.pos === "ADJ" || t.pos === "ADV" || t.pos === "NUM" || t.pos === "NOUN" || t.pos === "PROPN" || POSSESSIVE_PRONOUNS.has(t.norm) || t.norm === "'s" || (t.norm === "-" && t.start === (ctx.tokens[k - 1] as Token).end);
    // "made the point that bakers sell ...": wink may tag that "that" a determiner, yet after the noun it opens a clause.
    if (!modifier || ctx.timeToken[k] || (t.norm === "that" && ctx.tokens[k - 1]?.pos === "NOUN")) break;
    // "made no secret of": after "no" the tagger reads the noun as an adjective.
    const noun = t.pos === "NOUN" || (t.pos === "ADJ" && ctx.tokens[k - 1]?.norm === "no");
    head = noun && nouns.has(t.norm) && !isScore(ctx, k) ? k : null;
  }
  return head;
}

/** "drew 13 percentage points", "gained 4 points": points counted in figures are a score, not points made. */
function isScore(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  const before = ctx.tokens[k - 1];
  if ((t.norm !== "point" && t.norm !== "points") || !before) return false;
  return before.norm === "percentage" || (before.pos === "NUM" && /\d/.test(before.text));
}

/** "is confident that", "were sharply critical of": a form of "be", adverbs, an attitude adjective. */
function attitudeCue(ctx: AttributionContext, i: number): Cue | null {
  const t = ctx.tokens[i] as Token;
  if (t.pos !== "ADJ" || !(ATTITUDE_ADJECTIVES.has(t.norm) || isStanceAbout(ctx, i))) return null;
  let j = i - 1;
  // "was not aware of", "isn't sure": a negation sits between "be" and the adjective as an adverb does.
  while (j >= 0 && ((ctx.tokens[j] as Token).pos === "ADV" || isNegationParticle(ctx.tokens[j] as Token)) && ctx.quoteOf[j] === -1) j--;
  const be = ctx.tokens[j];
  // "remained skeptical of", "grew frustrated with": a linking verb carries the attitude as "be" does.
  const linking = be !== undefined && be.pos === "VERB" && LINKING_VERBS.has(be.lemma);
  // A headline has no full stop: its last noun is no holder of the next sentence's attitude.
  if (!be || be.sentence !== t.sentence || ctx.quoteOf[j] !== -1) return null;
  if (!((be.pos === "AUX" && BE_FORMS.has(be.norm)) || linking)) return describedAttitude(ctx, i, j);
  const next = ctx.tokens[i + 1];
  // "was quick to point out": the infinitive's own cue takes the adjective in (see infinitiveGovernor).
  const joined = ctx.tokens[i + 2];
  if (next?.norm === "to" && INFINITIVE_ADJECTIVES.has(t.norm) && joined?.pos === "VERB" && isReportingVerb(joined)) return null;
  const last = next && ADJECTIVE_PARTICLES.has(next.norm) && ctx.quoteOf[i + 1] === -1 ? i + 1 : i;
  if (!next || (last === i && next.norm !== "that" && next.norm !== "to" && next.pos !== "PRON" && next.pos !== "PROPN" && next.pos !== "DET")) return null;
  return { first: verbGroupStart(ctx, j), last, head: i, frame: "belief", kind: "verb" };
}

/**
 * "pilots wary of the storm": right after the noun it describes (token `j`, adverbs between), a listed attitude with its
 * particle is held by that noun (about half such uses are cues on train). Set off by a comma it found the wrong speaker
 * as often as not.
 */
function describedAttitude(ctx: AttributionContext, i: number, j: number): Cue | null {
  const holder = ctx.tokens[j] as Token;
  const next = ctx.tokens[i + 1];
  if (!ATTITUDE_ADJECTIVES.has((ctx.tokens[i] as Token).norm) || !next || ctx.quoteOf[i + 1] !== -1) return null;
  if (!(holder.pos === "NOUN" || holder.pos === "PROPN" || (holder.pos === "PRON" && !POSSESSIVE_PRONOUNS.has(holder.norm)))) return null;
  // "critical to the plan" weighs the plan; "eager to sail" holds a wish: only an infinitive follows an attitude's "to".
  const verb = ctx.tokens[i + 2];
  const infinitive = next.norm === "to" && verb?.pos === "VERB" && verb.norm === verb.lemma;
  if (!(ADJECTIVE_PARTICLES.has(next.norm) || next.norm === "that" || infinitive)) return null;
  return { first: j + 1, last: next.norm === "that" || next.norm === "to" ? i : i + 1, head: i, frame: "belief", kind: "verb" };
}

/**
 * "was coy about", "stayed guarded about": after a form of "be" any adjective before "about" and its topic holds an
 * attitude to it (a cue in over half such uses on train), unlike "of", "with", "in" or "to" after an unlisted adjective
 * (under a sixth). Before a number "about" is an adverb ("is worth about $5 million") and says nothing.
 */
function isStanceAbout(ctx: AttributionContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return next?.norm === "about" && next.pos === "ADP";
}

/**
 * "had grave doubts about", "have strong ideas about": "have", modifiers and any noun before "about" hold a
 * stance on its topic (over half such uses are cues on train, against under a tenth before "on"). After "be" the
 * noun is mostly what the subject is ("is a book about whales"), a topic and no view.
 * So does a verb that reports nothing by itself ("posed pointed questions about", "provided few details about"):
 * the noun makes the cue, and PolNeAR marks it from the verb (about three in four such uses match gold's content).
 * A verb that is a cue of its own keeps its own reading ("asked the players about").
 */
function heldAboutCue(ctx: AttributionContext, i: number): Cue | null {
  const noun = ctx.tokens[i] as Token;
  if (noun.pos !== "NOUN" || !isStanceAbout(ctx, i) || ctx.quoteOf[i + 1] !== -1) return null;
  let j = i - 1;
  while (j >= 0 && HELD_MODIFIER_POS.has((ctx.tokens[j] as Token).pos) && ctx.quoteOf[j] === -1) j--;
  const verb = ctx.tokens[j];
  // A headline has no full stop: its last verb is no holder of the next sentence's noun.
  if (!verb || verb.sentence !== noun.sentence || ctx.quoteOf[j] !== -1) return null;
  const held = verb.pos === "AUX" && verb.lemma === "have";
  // "left new concerns about": a noun that cues with no owner keeps that reading (see unownedNominalCue).
  // A light verb that is no cue alone ("gave", "published") reports only through its noun, listed or not.
  const reportsAlone = CUE_FRAMES.has(verb.lemma) || PHRASAL_CUES.has(verb.lemma);
  if (!held && (verb.pos !== "VERB" || reportsAlone || isPassive(ctx, j) || UNOWNED_NOUN_LINKS.get(noun.norm)?.has("about"))) return null;
  // "faced questions about", "took questions about": the subject answers them; PolNeAR marks the noun phrase alone.
  const receives = UNDERGOING_VERBS.has(verb.lemma) || (NOUNS_A_VERB_RECEIVES.get(verb.lemma)?.has(noun.norm) ?? false);
  if (receives) return { first: j + 1, last: i + 1, head: i, frame: "object", kind: "nominal" };
  return { first: isInfinitive(ctx, j) ? j - 1 : verbGroupStart(ctx, j), last: i + 1, head: i, frame: "belief", kind: "verb" };
}

const HELD_MODIFIER_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "ADV"]);

/**
 * "is an outspoken supporter of", "has been a critic of", "remains a proponent of": a form of "be" (or a
 * linking verb), a determiner and modifiers, and a noun for one who takes a side. PolNeAR's cue runs from the verb
 * to the preposition; the subject holds the stance, the preposition's object is what it is held on.
 */
function advocateCue(ctx: AttributionContext, i: number): Cue | null {
  const t = ctx.tokens[i] as Token;
  const next = ctx.tokens[i + 1];
  if (t.pos !== "NOUN" || !ADVOCATE_NOUNS.has(t.lemma) || !next || !ADVOCATE_LINKS.has(next.norm) || ctx.quoteOf[i + 1] !== -1) return null;
  let j = i - 1;
  while (j >= 0 && ctx.quoteOf[j] === -1 && ADVOCATE_MODIFIER_POS.has((ctx.tokens[j] as Token).pos)) j--;
  const be = ctx.tokens[j];
  if (j === i - 1 || !be || ctx.quoteOf[j] !== -1) return null;
  const linking = be.pos === "VERB" && LINKING_VERBS.has(be.lemma);
  if (!((be.pos === "AUX" && BE_FORMS.has(be.norm)) || linking)) return null;
  return { first: verbGroupStart(ctx, j), last: i + 1, head: i, frame: "object", kind: "verb" };
}

/** What stands between "is" and "supporter": "a", "an early and vocal", "the most outspoken", "no". */
const ADVOCATE_MODIFIER_POS = new Set(["DET", "ADJ", "ADV", "CCONJ"]);

const LINKING_VERBS = new Set(["remain", "become", "grow", "seem", "appear", "sound", "feel", "stay"]);

/** "his criticism of", "the mayor's full embrace of", "her claim that": a possessive, modifiers, an attribution noun. */
function nominalCue(ctx: AttributionContext, i: number): Cue | null {
  const t = ctx.tokens[i] as Token;
  if (t.pos !== "NOUN" && !isPluralNounTaggedVerb(ctx, i)) return null;
  const next = ctx.tokens[i + 1];
  if (!next || ctx.quoteOf[i + 1] !== -1) return null;
  let j = i - 1;
  while (j >= 0 && (ctx.tokens[j] as Token).pos === "ADJ") j--;
  const owner = ctx.tokens[j];
  if (!owner || ctx.quoteOf[j] !== -1) return null;
  const copular = copularNominalCue(ctx, i);
  if (copular) return copular;
  const possessive = isPossessor(owner);
  // "chants of “More buses!”", "their calls of “Shame!”": a crowd's words, quoted, whoever voiced them (a cue of its own
  // in 6 of the 9 such on train).
  if (CHANT_NOUNS.has(t.norm) && next.norm === "of" && quoteStartingAt(ctx, i + 2)) return { first: j + 1, last: i + 1, head: i, frame: "object", kind: "nominal", ...(possessive ? { owner: j } : {}) };
  if (!possessive) return unownedNominalCue(ctx, i, j);
  if (VIEW_NOUNS.has(t.norm) && isInViewOf(ctx, j, i)) return { first: j + 1, last: i, head: i, frame: "belief", kind: "nominal", owner: j };
  // "Their complaint: ...", "The mayor's message: ...": opening its sentence, the noun and a colon introduce what was said.
  if (next.norm === ":" && ATTRIBUTION_NOUNS.has(t.norm) && ownerOpensSentence(ctx, j)) return { first: j + 1, last: i + 1, head: i, frame: "object", kind: "nominal", owner: j };
  if (!ATTRIBUTION_NOUNS.has(t.norm) || !NOMINAL_LINKS.has(next.norm)) return null;
  const infinitive = next.norm === "to" && opensInfinitive(ctx, i + 1);
  if (next.norm === "to" && !infinitive && !STANCE_TOWARD_NOUNS.has(t.norm)) return null;
  // PolNeAR keeps "that" and an infinitive's "to" in the content: "her claim | that ...", "his refusal | to act";
  // a preposition "to" it puts in the cue, like "of": "her opposition to | the bridge".
  const last = next.norm === "that" || infinitive ? i : i + 1;
  const carrier = owner.pos === "PRON" ? stanceCarrier(ctx, j) : null;
  // PolNeAR starts a cue that is an infinitive at its "to" ("to reverse his opposition to").
  const start = carrier === null ? j + 1 : isInfinitive(ctx, carrier) ? carrier - 1 : verbGroupStart(ctx, carrier);
  return { first: start, last, head: i, frame: "object", kind: "nominal", owner: j };
}

/** Nouns of words shouted or sung together, which report the quotation after "of". */
const CHANT_NOUNS: ReadonlySet<string> = new Set(["chant", "chants", "cry", "cries", "shout", "shouts", "call", "calls"]);

/** "Their", "The mayor's", "Lund's": the possessor at `owner` is all that comes before it in its sentence. */
function ownerOpensSentence(ctx: AttributionContext, owner: number): boolean {
  const { first } = sentenceBounds(ctx, owner);
  for (let k = first; k < owner; k++) if (!NOUN_PHRASE_POS.has((ctx.tokens[k] as Token).pos) || ctx.quoteOf[k] !== -1) return false;
  return owner - first <= 4;
}

/**
 * "Her answer was that ...", "The common complaint is that ...", "his reply was: “...”": a noun of saying or stance
 * whose clause follows a form of "be" states what was said or held. The cue runs from the noun phrase (after its
 * possessive, which speaks) through "be" and a colon after it.
 */
function copularNominalCue(ctx: AttributionContext, i: number): Cue | null {
  let j = i - 1;
  while (j >= 0 && ((ctx.tokens[j] as Token).pos === "ADJ" || (ctx.tokens[j] as Token).pos === "ADV")) j--;
  const possessive = ctx.tokens[j] !== undefined && isPossessor(ctx.tokens[j] as Token);
  // Without a possessive, only a noun that reports by itself ("the complaint is that"; not "the issue is that").
  const t = ctx.tokens[i] as Token;
  if (!ATTRIBUTION_NOUNS.has(t.norm) && !(possessive && COMMUNICATION_NOUNS.has(t.norm))) return null;
  const be = ctx.tokens[i + 1] as Token;
  if (!BE_FORMS.has(be.norm) || be.pos !== "AUX") return null;
  let k = i + 2;
  while (ctx.tokens[k]?.pos === "ADV") k++;
  const link = ctx.tokens[k];
  if (!link || ctx.quoteOf[k] !== -1 || !((link.norm === "that" && link.pos === "SCONJ") || link.norm === ":")) return null;
  const determiner = ctx.tokens[j];
  const first = possessive || !determiner || determiner.pos !== "DET" || ctx.quoteOf[j] !== -1 ? j + 1 : j;
  return { first, last: link.norm === ":" ? k : k - 1, head: i, frame: "object", kind: "nominal", ...(possessive ? { owner: j } : {}) };
}

/** "his promises to", "the mayor's calls for": the tagger reads a plural after a possessive as a verb's "-s". */
function isPluralNounTaggedVerb(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  const before = ctx.tokens[i - 1];
  if (t.pos !== "VERB" || !t.norm.endsWith("s") || !ATTRIBUTION_NOUNS.has(t.norm) || !before) return false;
  return isPossessor(before);
}

/** "his", "their", the "'s" of "the mayor's": a token that makes the noun after it someone's. */
export function isPossessor(t: Token): boolean {
  return (t.pos === "PRON" && POSSESSIVE_PRONOUNS.has(t.norm)) || isPossessiveMarker(t);
}

/**
 * "new concerns about", "complaints that", "fears of": a noun of doubt, worry or report whose holder goes
 * unnamed still attributes what follows it. PolNeAR takes a determiner and modifiers into the cue. The plural
 * reports more reliably ("a concern that" mostly describes); "questions about" and "calls for" more often
 * belong to a governing verb's own cue.
 */
function unownedNominalCue(ctx: AttributionContext, i: number, j: number): Cue | null {
  const t = ctx.tokens[i] as Token;
  const links = UNOWNED_NOUN_LINKS.get(t.norm);
  const next = ctx.tokens[i + 1] as Token;
  if (!links || !links.has(next.norm)) return null;
  const before = ctx.tokens[j];
  // "her allies fear that", "the suit claims that": a subject right before makes the word a verb wink tagged a noun.
  if (before && j === i - 1 && (before.pos === "NOUN" || before.pos === "PROPN" || before.pos === "PRON")) return null;
  // "a concern that has dogged her": a relative clause describes the noun rather than giving its content.
  const afterThat = ctx.tokens[i + 2];
  if (next.norm === "that" && (!afterThat || afterThat.pos === "VERB" || afterThat.pos === "AUX")) return null;
  // "the concerns over cost", "the accusations of bias": a definite noun points back to words reported elsewhere, as
  // after a light verb (hasDefiniteDeterminer); PolNeAR marks a cue there in 3 of the 8 such on train, 45 of 63 without.
  // Only a determiner: "said that fears of ..." opens a clause with "that", and the noun there is as unowned as anywhere.
  if (before && before.pos === "DET" && DEFINITE_DETERMINERS.has(before.norm) && ctx.quoteOf[j] === -1) return null;
  const start = before && before.pos === "DET" && ctx.quoteOf[j] === -1 ? j : j + 1;
  return { first: start, last: next.norm === "that" ? i : i + 1, head: i, frame: "object", kind: "nominal" };
}

/** Does token `i` open its sentence, after a conjunction at most ("But by some measures, ...", "But writing in ...")? */
export function opensSentence(ctx: AttributionContext, i: number): boolean {
  let lead = sentenceBounds(ctx, i).first;
  while (lead < i && (ctx.tokens[lead] as Token).pos === "CCONJ") lead++;
  return lead === i && ctx.quoteOf[i] === -1;
}

/**
 * The head of the noun phrase right after `i` when `heads` holds its lemma, over determiners, modifiers and possessors
 * ("the Associated Press's tally", "Ohio's new law"), or -1: "By the end of the count" reckons by no count.
 */
function headAfter(ctx: AttributionContext, i: number, heads: ReadonlySet<string>): number {
  for (let k = i + 1; k <= i + 8; k++) {
    const t = ctx.tokens[k];
    if (!t || ctx.quoteOf[k] !== -1) return -1;
    if (heads.has(t.lemma)) return k;
    if (!NOUN_PHRASE_POS.has(t.pos) && !isPossessiveMarker(t) && !POSSESSIVE_PRONOUNS.has(t.norm)) return -1;
  }
  return -1;
}

/** What someone reckons by: "By the board's tally, ...", "By some measures, ...". Not "standards", a yardstick of the writer's own. */
const RECKONING_NOUNS: ReadonlySet<string> = new Set(["tally", "count", "estimate", "measure", "reckoning", "calculation", "argument"]);

/**
 * "By the harbour board's tally, 40 ferries ran", "By some measures, the toll works": "by" opening its sentence before
 * a reckoning and a comma gives the clause after as that reckoning's finding, as "according to" does (PolNeAR marks 3
 * of 3 on train; after a clause, "by historic standards" is the writer's yardstick and goes unmarked).
 */
function isReckoningBy(ctx: AttributionContext, i: number): boolean {
  if (!opensSentence(ctx, i)) return false;
  const reckoning = headAfter(ctx, i, RECKONING_NOUNS);
  return reckoning !== -1 && isComma(ctx.tokens[reckoning + 1]);
}

/** Texts that lay down what holds: "Under Ohio law, ...". Not a "plan" or an "agreement", whose terms the writer sums up. */
const GOVERNING_TEXTS: ReadonlySet<string> = new Set(["law", "regulation", "act", "statute"]);

/**
 * "Under Ohio law, a recount is automatic", "Under the new regulation that the board issued, fees double": "under"
 * opening its sentence before a law and then a comma gives the clause after as what the law says (PolNeAR marks 4 of 5
 * on train; "Under the plan, ..." 0 of 3, "Under the agreement, ..." 0 of 1).
 */
function isGoverningUnder(ctx: AttributionContext, i: number): boolean {
  return opensSentence(ctx, i) && lawAndClause(ctx, i) !== null;
}

/**
 * After "under" at `i`, the last token of the law it names ("Ohio's new law", "Act 10") and the first of the clause
 * the law governs, past what describes the law up to a comma ("Under the new regulation that the board issued, fees
 * double", "Under Act 10, which the board passed, fees double"); null where no law is named or no comma closes it.
 */
export function lawAndClause(ctx: AttributionContext, i: number): { law: number; clause: number } | null {
  let law = headAfter(ctx, i, GOVERNING_TEXTS);
  if (law === -1) return null;
  if (ctx.tokens[law + 1]?.pos === "NUM") law++;
  const end = sentenceBounds(ctx, i).last;
  let k = law + 1;
  const comma = isComma(ctx.tokens[k]);
  if (comma) k++;
  const next = ctx.tokens[k];
  if (!next || k > end) return null;
  // Right after the law a relative clause, a participle or a prepositional phrase describes it; any other word opens
  // the sentence's own clause ("Under Ohio law a recount is automatic, officials said"). After its comma only a
  // relative pronoun does.
  const describes = isRelativePronoun(next) || (!comma && (next.norm === "that" || next.pos === "ADP" || (next.pos === "VERB" && verbForm(next) === "past")));
  if (!describes) return comma ? { law, clause: k } : null;
  for (let c = k + 1; c <= Math.min(law + 16, end - 1); c++) {
    const t = ctx.tokens[c] as Token;
    if (isSentencePunct(t)) return null;
    if (isComma(t)) return { law, clause: c + 1 };
  }
  return null;
}

/** Those who, set off by "To ...,", hold the view the clause after them gives: "To Lund, the toll is a tax", "But to many, ...". */
const PERSPECTIVE_HOLDERS: ReadonlySet<string> = new Set(["him", "her", "them", "me", "us", "many", "some", "others", "most"]);

/**
 * "To Ann Berg, the toll is a tax", "But to many, the ferry is a lifeline": "to" opening its sentence before a person and
 * a comma gives the clause after as that person's view, as "according to" does (PolNeAR marks about four in five on
 * train). A name, a title before it, or a pronoun or quantifier for people; "To date,", "To a degree," are no one.
 */
function isPerspectiveTo(ctx: AttributionContext, i: number): boolean {
  if (!opensSentence(ctx, i)) return false;
  let k = i + 1;
  const first = ctx.tokens[k];
  if (first && PERSPECTIVE_HOLDERS.has(first.norm)) return isComma(ctx.tokens[k + 1]);
  while (ctx.tokens[k] && ((ctx.tokens[k] as Token).pos === "PROPN" || (ctx.tokens[k] as Token).pos === "NOUN" || (ctx.tokens[k] as Token).pos === "ADJ") && ctx.quoteOf[k] === -1) k++;
  return k > i + 1 && (ctx.tokens[k - 1] as Token).pos === "PROPN" && isComma(ctx.tokens[k]);
}

/**
 * "Lund, a self-described harbour romantic": the person calls themselves what follows, and PolNeAR marks "self" as the
 * speaker and "described" as the cue. After "the" the phrase mostly names someone already known ("the self-described
 * romantic said"), and is rarely marked.
 */
function isSelfDescribed(ctx: AttributionContext, i: number): boolean {
  const dash = ctx.tokens[i - 1];
  const self = ctx.tokens[i - 2];
  if (!dash || !self || dash.norm !== "-" || self.norm !== "self" || dash.start !== self.end || dash.end !== (ctx.tokens[i] as Token).start) return false;
  return ctx.tokens[i - 3]?.norm !== "the";
}

/** "lowered its fees in the hope of drawing members", "in hopes that": the clause's subject hopes what follows. */
function inHopeCue(ctx: AttributionContext, i: number): Cue | null {
  let k = i + 1;
  if (ctx.tokens[k]?.norm === "the") k++;
  const noun = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  if (!noun || !next || (noun.norm !== "hope" && noun.norm !== "hopes") || ctx.quoteOf[k] !== -1) return null;
  if (next.norm === "of") return { first: i, last: k + 1, head: k, frame: "object", kind: "in-hope" };
  if (next.norm === "that") return { first: i, last: k, head: k, frame: "object", kind: "in-hope" };
  return null;
}

/**
 * "Opposition to the toll has grown.": a stance noun opening its sentence bare, which the tagger takes for a name,
 * is a stance no one in particular holds. Only there does "support for" report; elsewhere it is mostly a verb's
 * object ("rallied support for").
 */
function sentenceOpeningNominalCue(ctx: AttributionContext, i: number): Cue | null {
  const next = ctx.tokens[i + 1];
  const noun = (ctx.tokens[i] as Token).norm;
  if (!next || ctx.quoteOf[i + 1] !== -1 || ctx.sentenceOf[i + 1] !== ctx.sentenceOf[i]) return null;
  if (SENTENCE_OPENING_LINKS.get(noun) !== next.norm) return null;
  return { first: i, last: i + 1, head: i, frame: "object", kind: "nominal" };
}

const SENTENCE_OPENING_LINKS: ReadonlyMap<string, string> = new Map([["opposition", "to"], ["support", "for"]]);

/** Nouns that attribute without an owner, and the words that open their content. */
const UNOWNED_NOUN_LINKS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ["concerns", "about over that"],
      ["complaint", "about that"],
      ["complaints", "about that"],
      ["fears", "of about over that"],
      ["worries", "about over that"],
      ["doubts", "about over that"],
      ["claims", "that"],
      ["allegations", "that of"],
      ["accusations", "that of"],
      ["warnings", "that about of"],
      ["reports", "that of"],
      ["speculation", "that about"],
    ] as const
  ).map(([noun, links]) => [noun, new Set(links.split(" "))] as const),
);

/** Nouns of a view that "in" and a possessive turn into an attribution of their clause: "in her view", "in Berg's estimation". */
const VIEW_NOUNS: ReadonlySet<string> = new Set(["view", "opinion", "estimation", "judgment", "judgement", "assessment"]);

/** Does "in" open the possessive phrase that ends at `owner` ("in | the mayor's | view")? */
function isInViewOf(ctx: AttributionContext, owner: number, noun: number): boolean {
  let k = owner - 1;
  if ((ctx.tokens[owner] as Token).pos !== "PRON") {
    while (k > owner - 5 && k >= 0 && ctx.quoteOf[k] === -1 && /^(PROPN|NOUN|ADJ|DET)$/.test((ctx.tokens[k] as Token).pos)) k--;
  }
  const t = ctx.tokens[k];
  if (t === undefined || t.norm !== "in" || ctx.quoteOf[k] !== -1) return false;
  // "believed in her judgment" is trust in it, and "in his assessment of the race," names what was assessed:
  // a view phrase stands apart, set off by commas or the sentence's edges.
  const before = ctx.tokens[k - 1];
  const after = ctx.tokens[noun + 1];
  const apartBefore = startsSentence(ctx, k) || isComma(before) || before.pos === "CCONJ";
  const apartAfter = after === undefined || isComma(after) || (after.pos === "PUNCT" && /^[.;!?]$/.test(after.norm));
  return apartBefore && apartAfter;
}

/** Verbs of keeping up, raising, lowering or turning a stance ("step up" and "press" report alone, and cue alone). */
const STANCE_CARRIERS = new Set(["ratchet", "ramp", "keep", "tone", "escalate", "intensify", "sharpen", "redouble", "reboot", "revise", "reverse", "lend", "pin"]);
const CARRIER_PARTICLES = new Set(["up", "down", "on", "upon", "back", "off", "out"]);

/**
 * "ratcheted up his attacks on", "has toned down her criticism of", "is lending their support to": a verb
 * that reports nothing itself but carries its subject's own stance. PolNeAR reads verb and noun as one cue
 * whose speaker is the verb's subject. Returns the verb's index, or null.
 */
function stanceCarrier(ctx: AttributionContext, owner: number): number | null {
  let k = owner - 1;
  while (k > owner - 3 && CARRIER_PARTICLES.has(ctx.tokens[k]?.norm ?? "") && ctx.quoteOf[k] === -1) k--;
  const verb = ctx.tokens[k];
  if (!verb || verb.pos !== "VERB" || ctx.quoteOf[k] !== -1 || !STANCE_CARRIERS.has(verb.lemma) || isPassive(ctx, k)) return null;
  return k;
}

/** "to act" rather than "to the bridge": wink tags the infinitive marker PART; a verb after it settles a mistag. */
function opensInfinitive(ctx: AttributionContext, to: number): boolean {
  return (ctx.tokens[to] as Token).pos === "PART" || ctx.tokens[to + 1]?.pos === "VERB";
}

const NOMINAL_LINKS = new Set(["of", "for", "that", "to", "on", "about", "against"]);
/**
 * "That said, the plan may fail.": a connective that concedes the point before it; the writer reports
 * nothing, and "that" is no speaker.
 */
function isConcessiveSaid(ctx: AttributionContext, i: number): boolean {
  if ((ctx.tokens[i] as Token).norm !== "said" || !isComma(ctx.tokens[i + 1])) return false;
  const pronoun = ctx.tokens[i - 1];
  if (!pronoun || (pronoun.norm !== "that" && pronoun.norm !== "this") || ctx.quoteOf[i - 1] !== -1) return false;
  let k = sentenceBounds(ctx, i).first;
  while (k < i - 1 && ((ctx.tokens[k] as Token).pos === "CCONJ" || (ctx.tokens[k] as Token).pos === "ADV")) k++;
  return k === i - 1;
}

/** "found himself in a bind", "saw itself as a victim": a state the subject is in, not a finding it reports. */
function findsOneself(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  return (t.lemma === "find" || t.lemma === "see") && REFLEXIVE_PRONOUNS.has(ctx.tokens[i + 1]?.norm ?? "") && ctx.quoteOf[i + 1] === -1;
}

/** Offices a candidate runs for; "the White House" stands for the presidency. */
const OFFICE_NOUNS: ReadonlySet<string> = new Set(["presidency", "nomination", "reelection", "re-election", "office", "seat", "term"]);

/**
 * "seeking the presidency", "is seeking reelection", "was not seeking a fifth term": running for office, not a stance.
 * The office must head its phrase: "sought White House approval", "sought the White House's blessing", "office space"
 * ask for something else.
 */
function seeksOffice(ctx: AttributionContext, i: number): boolean {
  if ((ctx.tokens[i] as Token).lemma !== "seek") return false;
  let k = i + 1;
  while (k < i + 4 && isOfficeModifier(ctx.tokens[k])) k++;
  const t = ctx.tokens[k];
  if (t === undefined || ctx.quoteOf[k] !== -1) return false;
  const last = t.norm === "white" && ctx.tokens[k + 1]?.norm === "house" ? k + 1 : OFFICE_NOUNS.has(t.lemma) ? k : -1;
  const after = ctx.tokens[last + 1];
  return last !== -1 && (after === undefined || (after.pos !== "NOUN" && !isPossessiveMarker(after)));
}

/** A determiner, adjective, number or possessive before an office: "a fifth term", "her first term". */
function isOfficeModifier(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === "DET" || t.pos === "ADJ" || t.pos === "NUM" || POSSESSIVE_PRONOUNS.has(t.norm));
}

/** Modals that turn "want to" into the writer's advice: "the club may want to rethink" says nothing the club wants. */
const ADVISORY_MODALS: ReadonlySet<string> = new Set(["may", "might"]);

function isAdvice(ctx: AttributionContext, i: number): boolean {
  return (ctx.tokens[i] as Token).lemma === "want" && ctx.tokens[i + 1]?.norm === "to" && ADVISORY_MODALS.has(ctx.tokens[i - 1]?.norm ?? "");
}

/**
 * "campaigning in swing states", "relies on user reports", "was spent on phone calls": an "-s" form right after a bare
 * singular noun that a preposition governs ends a compound noun; the preposition's object leaves no room for a
 * subject and its verb. After a noun the preposition may open that noun's description, and the noun the subject
 * ("Footage from the game shows"); a name before the "-s" form may own it ("alongside BLM calls for action").
 */
function endsNounCompound(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  const modifier = ctx.tokens[i - 1];
  if (verbForm(t) !== "s" || !modifier || modifier.pos !== "NOUN" || modifier.norm !== modifier.lemma || ctx.timeToken[i - 1]) return false;
  const g = ctx.tokens[i - 2]?.pos === "DET" ? i - 3 : i - 2;
  const governor = ctx.tokens[g];
  const head = ctx.tokens[g - 1];
  return governor?.pos === "ADP" && !SUBORDINATORS.has(governor.norm) && !(head && NOUN_PHRASE_POS.has(head.pos));
}

/** "the tweeting", "his writing": a gerund after an article or an owner is a noun for the activity, saying nothing. */
function isGerundNoun(ctx: AttributionContext, i: number): boolean {
  const prev = ctx.tokens[i - 1]?.norm ?? "";
  // "heard her saying": "her" may be the object before a participle.
  return (ctx.tokens[i] as Token).norm.endsWith(PARTICIPLE_SUFFIX) && (ARTICLES.has(prev) || (POSSESSIVE_PRONOUNS.has(prev) && prev !== "her"));
}

/**
 * "leads by 270 pledged delegates", "her five proposed bills": a participle between a count and a noun describes the
 * things counted; a count is no one who speaks. A year is no count: "a poll in 2016 showed voters ..." reports.
 */
function isCountedParticiple(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  return t.norm.endsWith("ed") && ctx.tokens[i - 1]?.pos === "NUM" && !ctx.timeToken[i - 1] && ctx.tokens[i + 1]?.pos === "NOUN";
}

/** Particles that make a cue verb another verb: "showed up at the rally" arrives, "called off the deal" cancels it. */
const SENSE_CHANGING_PARTICLES: ReadonlyMap<string, string> = new Map([["show", "up"], ["call", "off"]]);

function particleChangesSense(ctx: AttributionContext, i: number): boolean {
  const particle = SENSE_CHANGING_PARTICLES.get((ctx.tokens[i] as Token).lemma);
  return particle !== undefined && ctx.tokens[particleAfterAdverb(ctx, i)]?.norm === particle;
}

/** Prepositions that make a gerund an event in time or manner: "after seeing the sign", "without knowing why". */
const EVENT_PREPOSITIONS: ReadonlySet<string> = new Set(["after", "upon", "before", "without"]);

/** A belief verb's gerund after such a preposition: something seen or known on the way, not a view held. */
function perceivedInPassing(ctx: AttributionContext, i: number): boolean {
  return (ctx.tokens[i] as Token).norm.endsWith(PARTICIPLE_SUFFIX) && EVENT_PREPOSITIONS.has(ctx.tokens[i - 1]?.norm ?? "");
}

/** Verbs whose participle after a noun says what the thing is for: "a campaign aimed at voters", "a firm focused on ports". */
const AIMING_VERBS: ReadonlySet<string> = new Set(["aim", "focus"]);

/** Particles that make a naming verb one of demand or appeal: "the rabbis called for a boycott", "called on Congress to". */
const APPEAL_PARTICLES = new Set(["for", "on", "out"]);

/**
 * "an official named Ole Berg", "a group called Action", "a fund aimed at pilots": a participle naming a thing or its
 * purpose, not reporting. A noun before "called for" or "called on" is its subject instead: "the rabbis called for a
 * boycott"; "aimed at" and "focused on" have no such reading.
 */
function isNamingParticiple(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  const aiming = AIMING_VERBS.has(t.lemma);
  if (!aiming && next !== undefined && APPEAL_PARTICLES.has(next.norm) && ctx.quoteOf[i + 1] === -1) return false;
  if (!((NAMING_VERBS.has(t.lemma) || aiming) && t.norm.endsWith("ed") && prev !== undefined && prev.pos === "NOUN")) return false;
  // "The campaign called the report a smear": a definite noun phrase opening the sentence is the verb's subject, and
  // so is a name before the occasion that ends in the noun ("Lind in a speech called the fee a scandal").
  return !(nounPhraseOpensSentence(ctx, i - 1) && !INDEFINITE.has(ctx.tokens[nounPhraseStart(ctx, i - 1)]?.norm ?? "")) && occasionEndingAt(ctx, i - 1, sentenceBounds(ctx, i).first) === null;
}

/** Verbs whose participle gives a work's title: "a memo titled", "the ad, entitled". */
const TITLE_VERBS = new Set(["title", "entitle"]);

/**
 * "a memo titled “Ferry Tales”", "Titled Ferry Tales, the film ...": the title is what the work says, so PolNeAR marks
 * the participle as a cue. Only before a quotation or a name: "is entitled to a pension" gives no title, and after
 * "be" the subject is a work that speaks ("the book is titled ...").
 */
function isTitleParticiple(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  if (!TITLE_VERBS.has(t.lemma) || !t.norm.endsWith("ed") || ctx.tokens[i - 1]?.pos === "AUX") return false;
  const k = isComma(ctx.tokens[i + 1]) ? i + 2 : i + 1;
  return quoteStartingAt(ctx, k) !== null || (ctx.tokens[k]?.pos === "PROPN" && ctx.quoteOf[k] === -1);
}


/**
 * Verbs of continuing that PolNeAR joins to the cue verb after them: "continued to question". Aims and forecasts
 * ("sought to reassure", "is expected to back") it ends at the governor, about three times in four on train.
 */
const JOINING_GOVERNORS = new Set(["continue", "go", "try", "tend", "begin", "start", "struggle", "fail", "use", "be", "seem", "appear"]);

/**
 * "went on to say", "is likely to endorse", "tried to portray": a governor that reports nothing itself takes
 * the cue verb after "to" into one cue. Returns the governor's index, or null when the infinitive stands alone
 * or its governor is a cue of its own ("declined to say").
 */
function infinitiveGovernor(ctx: AttributionContext, i: number): number | null {
  let g = i - 2;
  if (ctx.tokens[g]?.norm === "on") g--;
  // "chose not to answer", "was careful never to name": a negation between governor and "to" leaves one cue.
  if (ctx.tokens[g]?.norm === "not" || ctx.tokens[g]?.norm === "never") g--;
  const gov = ctx.tokens[g];
  if (!gov || ctx.quoteOf[g] !== -1) return null;
  if (gov.pos === "VERB") return !CUE_FRAMES.has(gov.lemma) || JOINING_GOVERNORS.has(gov.lemma) ? g : null;
  if (gov.pos === "ADJ") return INFINITIVE_ADJECTIVES.has(gov.norm) ? g : null;
  return null;
}

/**
 * Cue verbs that are acts of speech whatever their object, so that an infinitive of purpose made of one reports:
 * "took to Twitter to say", "used her speech to call for", "met reporters to announce". Verbs that may be
 * done without a word ("find", "show", "reject", "support", "sign", "defend") are left out.
 */
const PURPOSE_SPEECH: ReadonlySet<string> = new Set([
  // saying and writing
  "say", "tell", "add", "write", "tweet", "post", "argue", "claim", "insist", "explain", "announce", "declare",
  "acknowledge", "admit", "concede", "predict", "promise", "vow", "pledge", "assert", "stress", "emphasize",
  "emphasise", "reiterate", "reaffirm", "reply", "respond", "remark", "comment", "complain", "boast", "lament",
  "reveal", "disclose", "confirm", "deny", "allege", "testify", "proclaim", "clarify", "apologize", "apologise",
  "recount", "mention", "note", "speak", "talk", "discuss", "answer", "brag", "joke", "quip", "exclaim", "shout",
  "yell", "chant", "confess", "confide", "opine", "interject", "elaborate", "retweet", "email",
  // addressing someone
  "ask", "urge", "remind", "inform", "warn", "caution", "encourage", "implore", "beg", "press", "lecture", "thank",
  "congratulate", "assure", "persuade", "convince",
  // public stances put in words
  "call", "criticize", "criticise", "praise", "blast", "slam", "denounce", "condemn", "decry", "deride", "mock",
  "ridicule", "rebuke", "scold", "chide", "castigate", "lambaste", "lambast", "excoriate", "accuse", "blame",
  "applaud", "hail", "laud", "commend", "tout", "trumpet", "endorse", "demand", "request", "voice", "express",
  "highlight", "underscore", "describe", "characterize", "characterise", "outline", "rebut", "dispute", "disavow",
  "repudiate", "advocate", "plead", "recommend", "propose", "quote", "cite", "justify",
]);

/**
 * "took to Twitter to say", "used his speech to call for", "held a briefing to brag": an infinitive of purpose
 * after the main verb and its object (for PURPOSE_SPEECH heads only). The subject speaks through the whole stretch, which PolNeAR marks as one
 * cue. Returns the main verb's index, or null when something else (a comma, a clause, a cue verb) comes between.
 */
function purposeGovernor(ctx: AttributionContext, i: number): number | null {
  const k = verbBeforeObject(ctx, i, 10, PURPOSE_OBJECT_EXTRAS);
  if (k < 0) return null;
  const t = ctx.tokens[k] as Token;
  // "led the mayor to declare": a causative's object does the saying, and the cue is the infinitive alone.
  return CUE_FRAMES.has(t.lemma) || (LIGHT_VERBS.has(t.lemma) && takesSpeechNoun(ctx, k, i)) || CAUSATIVE_VERBS.has(t.lemma) || isPassive(ctx, k) || isInfinitive(ctx, k) ? null : k;
}

/** Words that put an act in a place: "stood at the gate", "spoke in the square", "came here". */
const PLACE_WORDS: ReadonlySet<string> = new Set(["at", "in", "here", "there"]);

/** Words that rank a doer among others: "the first senator to endorse", "the only member to vote against". */
const RANKING_WORDS: ReadonlySet<string> = new Set(["first", "last", "only", "next"]);

/**
 * Whether PolNeAR marks the infinitive `i` alone as the cue though the main verb's subject speaks through it; with a
 * bare object between ("used his speech to call for", "took to the radio to say") it mostly keeps the whole stretch.
 */
function infinitiveStandsApart(ctx: AttributionContext, main: number, i: number): boolean {
  for (let k = main + 1; k < i - 1; k++) {
    const norm = (ctx.tokens[k] as Token).norm;
    // "went to the harbour last week to complain", "stood at the gate to say": a time or a place sets the scene of the act.
    if (ctx.timeToken[k] || PLACE_WORDS.has(norm)) return true;
    // "became the first senator to endorse him": the infinitive is the ranked noun's ("the first to endorse"), no purpose.
    if (RANKING_WORDS.has(norm)) return true;
  }
  return false;
}

/** "issued a statement to say": a light verb with a noun of speech is a cue of its own; "took to Twitter to say" is not. */
function takesSpeechNoun(ctx: AttributionContext, verb: number, i: number): boolean {
  for (let k = verb + 1; k < i; k++) if (COMMUNICATION_NOUNS.has((ctx.tokens[k] as Token).norm)) return true;
  return false;
}

/** "used his speech on the floor to call for": a purpose's object may carry a preposition or an adverb. */
const PURPOSE_OBJECT_EXTRAS: ReadonlySet<string> = new Set(["ADP", "ADV"]);
/** "led them to worry": a caused doer may be a pronoun. */
const CAUSED_OBJECT_EXTRAS: ReadonlySet<string> = new Set(["PRON"]);

/**
 * The verb before the object that stands between it and the "to" of infinitive `i`, at most `reach` tokens back in
 * the sentence; -1 when a quotation or a word that cannot be in the object (`extras` widens it) comes first.
 */
function verbBeforeObject(ctx: AttributionContext, i: number, reach: number, extras: ReadonlySet<string>): number {
  const floor = Math.max(sentenceBounds(ctx, i).first, i - reach);
  for (let k = i - 2; k >= floor; k--) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoteOf[k] !== -1) return -1;
    if (t.pos === "VERB") return k;
    if (!NOUN_PHRASE_POS.has(t.pos) && !extras.has(t.pos) && !POSSESSIVE_PRONOUNS.has(t.norm) && t.norm !== "'s") return -1;
  }
  return -1;
}

/**
 * Verbs that bring someone else to act: in "left many to wonder" the cue is the infinitive alone and its doer the
 * object (PolNeAR marks 8 of the 9 such uses the hand rules find on train; "allow", "push", "require" much less often).
 */
const CAUSATIVE_VERBS: ReadonlySet<string> = new Set(["leave", "lead", "prompt", "force", "cause", "drive", "spur", "compel", "inspire"]);

/** The object of a causative verb just before the "to" of `i` ("prompted | the mayor |", "leaving | some |"), or null. */
export function causedSpeaker(ctx: AttributionContext, i: number): TokenSpan | null {
  if (ctx.tokens[i - 1]?.norm !== "to") return null;
  const k = verbBeforeObject(ctx, i, 7, CAUSED_OBJECT_EXTRAS);
  return k >= 0 && k < i - 2 && CAUSATIVE_VERBS.has((ctx.tokens[k] as Token).lemma) ? { first: k + 1, last: i - 2 } : null;
}

/**
 * "a chance for the mayor to explain", "pressure on her to say": the subject of infinitive `i` named after "for", or after
 * "on" that follows a noun of pressing; null otherwise.
 */
export function infinitiveSubject(ctx: AttributionContext, i: number): TokenSpan | null {
  if (ctx.tokens[i - 1]?.norm !== "to" || ctx.quoteOf[i - 2] !== -1) return null;
  const floor = sentenceBounds(ctx, i).first;
  const last = i - 2;
  const t = ctx.tokens[last];
  const np = t && (OBJECT_PRONOUNS.has(t.norm) || t.norm === "both") ? { first: last, last } : phraseEndingAt(ctx, last, floor);
  if (!np) return null;
  const before = ctx.tokens[np.first - 1];
  const head = ctx.tokens[np.first - 2];
  // After a verb "for" takes its object ("looked for a way to ..."); after a noun or adjective it opens the infinitive's
  // subject ("a chance for", "unusual for").
  const forSubject = before?.norm === "for" && (head?.pos === "NOUN" || head?.pos === "ADJ" || head?.norm === "enough") && !forOfVerb(ctx, np, t as Token);
  const onSubject = before?.norm === "on" && PRESSING_NOUNS.has(head?.norm ?? "");
  return forSubject || onSubject ? np : null;
}

/**
 * "thanked the voters for the chance to explain": after a verb's object "for" may be the verb's too, and then a noun
 * naming no one after it is what the infinitive fills in, not its subject.
 */
function forOfVerb(ctx: AttributionContext, np: TokenSpan, head: Token): boolean {
  if (head.pos !== "NOUN" || namesPeople(head)) return false;
  const object = phraseEndingAt(ctx, np.first - 2, sentenceBounds(ctx, np.first).first);
  return object !== null && ctx.tokens[object.first - 1]?.pos === "VERB";
}

/** Nouns after which "on" names whom they press to act: "pressure on her to say". */
const PRESSING_NOUNS: ReadonlySet<string> = new Set(["pressure", "onus"]);

/**
 * "Mayor defends: budget cuts", "Crack found: inspections stopped": in a headline (a line with no full stop) a verb
 * right before a colon, with unquoted words after it on the line, ends a kicker; what follows names the matter, not
 * what was said. A headline whose cue takes an object first ("Lund Addresses Strike: ...") or whose colon follows a
 * name ("Lund: ...") is left alone, and so is "Lund continued:" on a line of its own before the quotation.
 */
function isHeadlineKicker(ctx: AttributionContext, i: number): boolean {
  if (ctx.tokens[i + 1]?.norm !== ":" || quoteStartingAt(ctx, i + 2) !== null) return false;
  const { last } = sentenceBounds(ctx, i);
  if (last < i + 2 || ctx.quoteOf[i + 2] !== -1) return false;
  const end = ctx.tokens[last] as Token;
  if (/^[.!?"”’]$/.test(end.text)) return false;
  const lineEnd = ctx.text.indexOf("\n", end.end);
  return ctx.text.slice(end.end, lineEnd === -1 ? ctx.text.length : lineEnd).trim() === "";
}

/** "Harbour board to approve ferry plan": a headline's subject and then "to" with no verb before it announces what is planned. */
function isHeadlineFuture(ctx: AttributionContext, i: number): boolean {
  const first = sentenceBounds(ctx, i).first;
  // A title-cased "To" leaves too many mis-tagged verbs before it ("Board Votes To ...").
  if (first > i - 2 || (ctx.tokens[i - 1] as Token).text !== "to" || (ctx.tokens[first] as Token).pos !== "PROPN") return false;
  for (let k = first; k < i - 1; k++) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoteOf[k] !== -1 || !(t.pos === "PROPN" || t.pos === "CCONJ" || t.norm === "," || t.norm === "." || t.norm === "-")) return false;
  }
  // "Promise to add troops": a capitalised noun of saying opens a noun phrase, not a sentence.
  return !ATTRIBUTION_NOUNS.has((ctx.tokens[i - 2] as Token).norm);
}

/** Verbs of starting and going on that PolNeAR joins to a cue in -ing after them: "began talking about". */
const ASPECT_GOVERNORS: ReadonlySet<string> = new Set(["begin", "start", "keep", "continue"]);

/**
 * "began talking about", "kept asking", "began by saying": a finite verb of starting or going on before the cue's
 * -ing form, whose subject speaks through both. Plain "start"/"keep" (after "to", in commands) and "stop" are
 * marked much less often. Returns the governor's index.
 */
function aspectGovernor(ctx: AttributionContext, i: number): number | null {
  const t = ctx.tokens[i] as Token;
  if (!t.norm.endsWith("ing")) return null;
  let g = i - 1;
  if (ctx.tokens[g]?.norm === "by") g--;
  const gov = ctx.tokens[g];
  return gov && gov.pos === "VERB" && gov.norm !== gov.lemma && ASPECT_GOVERNORS.has(gov.lemma) && ctx.quoteOf[g] === -1 ? g : null;
}

/**
 * "published a report detailing", "sent an email Tuesday saying", "hoisted a sign that read": the text speaks, and
 * PolNeAR starts the cue at the verb that put it out (23 of 25 such on train), whose subject is the speaker.
 * Returns that verb's index, or null; `taken` is the last token of the cue before, which the verb may not be in.
 */
function publishingVerb(ctx: AttributionContext, i: number, taken: number): number | null {
  let k = i - 1;
  const relative = ctx.tokens[k]?.norm === "that" || ctx.tokens[k]?.norm === "which";
  if (relative) k--;
  else if (!(ctx.tokens[i] as Token).norm.endsWith(PARTICIPLE_SUFFIX)) return null;
  else if (isComma(ctx.tokens[k])) k--;
  while (ctx.timeToken[k] && ctx.quoteOf[k] === -1) k--;
  const noun = ctx.tokens[k];
  if (!noun || noun.pos !== "NOUN" || !DOCUMENT_NOUNS.has(noun.lemma) || ctx.quoteOf[k] !== -1) return null;
  for (k--; k > taken && k >= i - 10 && ctx.quoteOf[k] === -1; k--) {
    const t = ctx.tokens[k] as Token;
    if (t.pos === "VERB") return FUNCTION_VERBS.has(t.lemma) || TEXT_TAKING_VERBS.has(t.lemma) || t.norm.endsWith(PARTICIPLE_SUFFIX) ? null : k;
    // "a 20-page report saying": a hyphen inside the phrase; a dash that opens the text ("- a report saying") is none.
    const inPhrase = NOUN_PHRASE_POS.has(t.pos) || LIGHT_PARTICLES.has(t.norm) || (t.norm === "-" && k > 0 && opensHyphenCompound(ctx.tokens, k - 1, ctx.text));
    if (!inPhrase) return null;
  }
  return null;
}

/** "likely to say", "quick to deny", "able to name": adjectives whose infinitive is the cue. */
const INFINITIVE_ADJECTIVES = new Set(["likely", "unlikely", "quick", "able", "unable", "ready", "hard", "eager", "slow", "careful", "sure", "first", "last", "reluctant"]);

/** "continued to question": the governor leaves the cue to the joined infinitive. */
function governsInfinitiveCue(ctx: AttributionContext, i: number): boolean {
  if (!JOINING_GOVERNORS.has((ctx.tokens[i] as Token).lemma)) return false;
  let k = i + 1;
  if (ctx.tokens[k]?.norm === "on") k++;
  if (ctx.tokens[k]?.norm !== "to") return false;
  const verb = ctx.tokens[k + 1];
  return verb !== undefined && verb.pos === "VERB" && CUE_FRAMES.has(verb.lemma) && !lacksInfinitiveItNeeds(ctx, k + 1) && ctx.quoteOf[k + 1] === -1;
}

/**
 * Is the verb at `i` one that reports only before "to" and a verb (or with its own particle), here without them?
 * "are pushing to repeal it" states an aim; "to push aides" and "pushed the cart" are acts.
 */
function lacksInfinitiveItNeeds(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  if (!CUES_ONLY_BEFORE_INFINITIVE.has(t.lemma)) return false;
  const next = ctx.tokens[i + 1];
  if (next?.norm === "to" && ctx.tokens[i + 2]?.pos === "VERB") return false;
  return !PHRASAL_CUES.get(t.lemma)?.has(next?.norm ?? "");
}

/** "companies continue to invest": "continue" reports speech only alone ("he continued, ..."), not before an action. */
function continuesAnAction(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  if (t.lemma !== "continue" || ctx.tokens[i + 1]?.norm !== "to") return false;
  const verb = ctx.tokens[i + 2];
  return verb !== undefined && !(verb.pos === "VERB" && CUE_FRAMES.has(verb.lemma));
}

/** "declined to say": the governing verb is the cue, not the infinitive. */
function isInfinitive(ctx: AttributionContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return prev !== undefined && prev.norm === "to" && prev.pos === "PART";
}

/**
 * "is known for its stance", "was widely seen as a gamble", "is known as a soft touch": a reputation is what people at
 * large say of its subject (PolNeAR marks "seen as" and "known as" after "be" as cues about two times in three).
 */
function isReputation(ctx: AttributionContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (next === undefined || ctx.quoteOf[i + 1] !== -1) return false;
  const t = ctx.tokens[i] as Token;
  return (t.norm === "known" && next.norm === "for") || ((t.norm === "seen" || t.norm === "known") && next.norm === "as");
}

const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(["told", "said", "thought", "found", "known", "seen", "shown", "heard", "written", "held", "understood"]);

/** Could this word be a past participle: "-ed", or one of the irregular ones a cue takes? */
function hasParticipleForm(t: Token): boolean {
  return t.norm.endsWith("ed") || IRREGULAR_PARTICIPLES.has(t.norm);
}
/** Passives that pass on what someone else said or holds: "is said to", "was reported to", "is believed to". */
const HEARSAY_PASSIVES: ReadonlySet<string> = new Set(["say", "report", "allege", "rumor", "rumour", "understand", "believe", "think", "know"]);

/** The cue of "is reported to have said/called ...", from the passive's verb group through the cue verb, or null. */
function hearsaySpeechCue(ctx: AttributionContext, i: number): Cue | null {
  const t = ctx.tokens[i] as Token;
  const p = i + 3;
  if (!HEARSAY_PASSIVES.has(t.lemma) || ctx.tokens[i + 1]?.norm !== "to" || ctx.tokens[i + 2]?.norm !== "have" || ctx.tokens[p]?.pos !== "VERB") return null;
  const frame = verbFrame(ctx, p);
  return frame ? { first: verbGroupStart(ctx, i), last: particleEnd(ctx, p), head: p, frame, kind: "verb" } : null;
}

/** What follows a passive that reports: the reported words or their speaker. */
const PASSIVE_REPORT_NEXT: ReadonlySet<string> = new Set(["to", "that", "by", "whether", "if", "\u201c", '"', ":", ","]);

/**
 * A passive participle: "was asked", "is expected", or one opening its clause ("Asked about ...,",
 * "when asked whether"). Its grammatical subject is not the speaker.
 */
export function isPassive(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  if (!hasParticipleForm(t)) return false;
  let j = i - 1;
  while (j >= 0 && ((ctx.tokens[j] as Token).pos === "ADV" || isNegationParticle(ctx.tokens[j] as Token)) && !SUBORDINATORS_BEFORE_PARTICIPLE.has((ctx.tokens[j] as Token).norm)) j--;
  const aux = ctx.tokens[j];
  if (aux && aux.pos === "AUX" && BE_FORMS.has(aux.norm)) {
    // "he's said that" is "has said"; "it's expected to" is a passive.
    if (aux.norm !== "'s") return true;
    const after = ctx.tokens[i + 1]?.norm;
    return after === "to" || after === "by";
  }
  // "a claim later rejected by the court": a participle after its noun with an agent is a reduced passive.
  // The noun must not open its sentence: "Officials said by the end of the day ..." is an active verb.
  if (aux && (aux.pos === "NOUN" || aux.pos === "PROPN") && ctx.tokens[i + 1]?.norm === "by" && opensAgent(ctx.tokens[i + 2]) && !nounPhraseOpensSentence(ctx, j)) return true;
  // "As reported by Politico, ...", "when asked by reporters": an agent after a participle opening its clause.
  if (aux && SUBORDINATORS_BEFORE_PARTICIPLE.has(aux.norm) && ctx.tokens[i + 1]?.norm === "by" && ctx.quoteOf[i + 1] === -1) return true;
  if (!aux || SUBORDINATORS_BEFORE_PARTICIPLE.has(aux.norm)) return t.lemma === "ask";
  const s = ctx.sentences[ctx.sentenceOf[i] as number];
  if (t.lemma === "ask" && isComma(aux) && askedAsideAfterSubject(ctx, j, i)) return true;
  return t.lemma === "ask" && s !== undefined && (j < s.tokenStart || isQuoteMarkAt(ctx, j)) && !asksAfterQuestion(ctx, i);
}

/**
 * "Lund, asked about the fee, said ...": "asked" set off by commas after a noun, with the noun's own verb after the
 * closing comma, is a passive aside; the noun answered the question, someone unnamed asked it.
 */
function askedAsideAfterSubject(ctx: AttributionContext, comma: number, i: number): boolean {
  const noun = ctx.tokens[comma - 1];
  if (!noun || !(noun.pos === "NOUN" || noun.pos === "PROPN") || ctx.quoteOf[comma - 1] !== -1) return false;
  // "asked by reporters": the asker is named, and what follows is no question asked.
  if (ctx.tokens[i + 1]?.norm === "by") return false;
  const { first, last } = sentenceBounds(ctx, i);
  // "She thanked the warden, asked ...": a verb before the noun makes it an object, and "asked" the subject's next act.
  for (let k = first; k < comma; k++) if (ctx.quoteOf[k] === -1 && ((ctx.tokens[k] as Token).pos === "VERB" || (ctx.tokens[k] as Token).pos === "AUX")) return false;
  for (let k = i + 1; k < last && k <= i + 15; k++) {
    if (ctx.quoteOf[k] !== -1) return false;
    if (!isComma(ctx.tokens[k])) continue;
    // "Lund, the mayor, asked about the fee, then left": a word of sequence opens the asker's next act.
    if (opensSequencedAct(ctx, k + 1)) return false;
    let v = k + 1;
    while (v < last && (ctx.tokens[v] as Token).pos === "ADV") v++;
    const verb = ctx.tokens[v] as Token;
    return (verb.pos === "VERB" && verb.norm !== verb.lemma && !verb.norm.endsWith(PARTICIPLE_SUFFIX)) || verb.pos === "AUX";
  }
  return false;
}

/**
 * "“Why now?” asked the mayor": after a quoted question, "asked" and a noun phrase is the asker put after the verb,
 * not a passive; "“Why now?” Asked about it, she ..." opens a clause of its own.
 */
function asksAfterQuestion(ctx: AttributionContext, i: number): boolean {
  const quote = quoteEndingAt(ctx, i - 1);
  const next = ctx.tokens[i + 1];
  return quote !== null && /\?['\u2019\s]*$/.test(ctx.text.slice(quote.innerStart, quote.innerEnd)) && next !== undefined && ctx.quoteOf[i + 1] === -1 && NOUN_PHRASE_POS.has(next.pos);
}

/** Does the noun phrase ending at token `j` start its sentence (and so is likely its subject)? */
function nounPhraseOpensSentence(ctx: AttributionContext, j: number): boolean {
  return nounPhraseStart(ctx, j) === (ctx.sentences[ctx.sentenceOf[j] as number]?.tokenStart ?? 0);
}

const FINITE_BE: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);

/**
 * "The views expressed here are her own": a participle right after a noun, then (past an adverb) a form of "be" with
 * no subject of its own, modifies the noun that opens the sentence; the "be" is the noun's verb and no one is
 * reported. ("there" is a subject.)
 */
function isReducedRelative(ctx: AttributionContext, i: number): boolean {
  if (ctx.tokens[i - 1]?.pos !== "NOUN" || !hasParticipleForm(ctx.tokens[i] as Token)) return false;
  // "which critics said was unfair", "The toll the pilots opposed was ...", "The fee that pilots said was ...": after
  // a relative, or a second determiner opening one, the noun is the cue's subject.
  const start = nounPhraseStart(ctx, i - 1);
  if (start !== (ctx.sentences[ctx.sentenceOf[i - 1] as number]?.tokenStart ?? 0)) return false;
  for (let k = start + 1; k < i; k++) if ((ctx.tokens[k] as Token).pos === "DET") return false;
  let k = i + 1;
  while (ctx.tokens[k]?.pos === "ADV" && ctx.tokens[k]?.norm !== "there") k++;
  const be = ctx.tokens[k];
  // A finite "be" only: "explained why being portrayed ..." opens a gerund the cue reports.
  return be !== undefined && be.pos === "AUX" && FINITE_BE.has(be.norm) && ctx.quoteOf[k] === -1;
}

/** Where the noun phrase ending at token `j` starts, within its sentence. */
function nounPhraseStart(ctx: AttributionContext, j: number): number {
  const start = ctx.sentences[ctx.sentenceOf[j] as number]?.tokenStart ?? 0;
  let k = j;
  while (k > start && (NOUN_PHRASE_POS.has((ctx.tokens[k - 1] as Token).pos) || isPossessiveMarker(ctx.tokens[k - 1] as Token))) k--;
  return k;
}

/**
 * Does an agent start here: "by the court", "by voters", "by Lund"? A bare singular noun or a gerund is a means
 * ("said by telephone", "concluded by making it clear"), after a finite verb.
 */
function opensAgent(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.pos === "NOUN") return t.norm.endsWith("s") && t.norm !== t.lemma;
  return t.pos === "DET" || t.pos === "PROPN" || t.pos === "NUM" || t.pos === "ADJ" || t.pos === "PRON";
}

/** "when asked", "if asked", "once asked": a participle clause with no subject of its own. */
const SUBORDINATORS_BEFORE_PARTICIPLE = new Set(["when", "if", "once", "as", "after", "before", "while", "unless", "until"]);

/** PolNeAR cues span the whole verb group: auxiliaries, negation and adverbs before the verb ("has also said"). */
export function verbGroupStart(ctx: AttributionContext, head: number): number {
  let first = head;
  while (first > 0) {
    const t = ctx.tokens[first - 1] as Token;
    if (ctx.quoteOf[first - 1] !== -1) break;
    // "Ann Will wrote", "Tom Merry hopes": a capitalised word after a name ends the name, whatever its tag,
    // unless the verb is capitalised too, as in a headline ("Lund Will Run").
    if (startsUpper(t.text) && !startsUpper((ctx.tokens[head] as Token).text) && ctx.tokens[first - 2]?.pos === "PROPN") break;
    if (isSurnameBeforeSaying(ctx, first - 1)) break;
    // "neither confirmed nor denied": the first half of a pair of verbs joined by "nor" (or "either ... or") is
    // part of the verb group, not its subject.
    const partner = CORRELATED_CONJUNCTION.get(t.norm);
    if (partner !== undefined && first === head && ctx.tokens[head + 1]?.norm === partner && ctx.quoteOf[head + 1] === -1) {
      first--;
      continue;
    }
    // "but most oppose": a quantifier opening the clause is its subject, though wink may tag it an adverb.
    if (isOpeningQuantifier(ctx, first - 1)) break;
    // "no longer believes": wink tags the "no" a determiner, which would open the subject's phrase.
    if (t.norm === "longer" && ctx.tokens[first - 2]?.norm === "no" && ctx.quoteOf[first - 2] === -1) {
      first -= 2;
      continue;
    }
    const auxiliary = t.pos === "AUX" || (t.pos === "PART" && (t.norm === "not" || t.norm === "n't"));
    const adverb = (t.pos === "ADV" && (ADVERBS_BEFORE_CUE.has(t.norm) || t.norm.endsWith("ly")) && !opensNextStep(ctx, first - 1)) || isSinceAfterAuxiliary(ctx, first - 1);
    if (!auxiliary && !adverb && !isAfterAuxiliary(ctx, first - 1)) break;
    first--;
  }
  // "urged her to publicly back the plan", "is likely to be seen as": PolNeAR starts an infinitive's cue at its "to",
  // whatever adverb or auxiliary stands between.
  const to = ctx.tokens[first - 1];
  if (first < head && to?.norm === "to" && to.pos === "PART" && ctx.quoteOf[first - 1] === -1) return first - 1;
  return first;
}

/**
 * "has twice complained", "can't quite say", "have both argued": any adverb (or floating "both", "all") with an
 * auxiliary before it sits inside the verb group, which PolNeAR's cue spans (21 of 22 such on train).
 */
function isAfterAuxiliary(ctx: AttributionContext, k: number): boolean {
  for (let j = k; j >= 0 && j > k - 3 && ctx.quoteOf[j] === -1; j--) {
    const t = ctx.tokens[j] as Token;
    if (t.pos === "AUX" || isNegationParticle(t)) return j < k;
    if (t.pos !== "ADV" && !ADVERBS_BEFORE_CUE.has(t.norm)) return false;
  }
  return false;
}

/** Adverbs that, after a verb of saying, tell how it was said rather than what: "said only that", "wrote back:". */
const MANNER_AFTER_CUE = new Set(["back", "instead", "only", "again"]);

/**
 * "said repeatedly that", "added warily: “...”", "wrote back, “...”": adverbs of manner between the verb and
 * what it reports belong to the cue, as PolNeAR marks it, and so does a colon after them.
 */
function mannerEnd(ctx: AttributionContext, last: number): number {
  let k = last + 1;
  while (ctx.quoteOf[k] === -1 && ctx.tokens[k]?.pos === "ADV" && (MANNER_AFTER_CUE.has((ctx.tokens[k] as Token).norm) || (ctx.tokens[k] as Token).norm.endsWith("ly"))) k++;
  if (k === last + 1) return last;
  const next = ctx.tokens[k];
  if (!next) return last;
  if (next.norm === ":" && ctx.quoteOf[k] === -1) return k;
  // "argued strongly on Monday that": a time may stand between the adverbs and the clause.
  if (next.norm === "that" || quoteStartingAt(ctx, k) || clauseAfterTime(ctx, k) !== -1 || clauseWithSubjectAt(ctx, k)) return k - 1;
  // "..., she wrote recently.": at the end of the sentence the adverbs can only be the cue's.
  if (isSentencePunct(next) && ctx.quoteOf[k] === -1) return k - 1;
  if (isComma(next) && ctx.quoteOf[k] === -1 && quoteStartingAt(ctx, k + 1)) return k - 1;
  return last;
}

/**
 * "said again (Monday) the count was wrong": a clause with its own subject, after any time, follows the adverbs as a
 * "that" clause would. The subject must open as a noun phrase does: in "said recently elected officials ..." the adverb
 * belongs to the participle after it.
 */
function clauseWithSubjectAt(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  // "said only Berg was wrong": "only" singles out the subject after it.
  if ((ctx.tokens[k - 1] as Token).norm === "only") return false;
  const time = ctx.timeToken[k] || (t.pos === "ADP" && ctx.timeToken[k + 1]);
  if (!time && !OBJECT_START_POS.has(t.pos)) return false;
  return mainClauseAt(ctx, skipAdjuncts(ctx, k, sentenceBounds(ctx, k).last));
}

const OBJECT_START_POS: ReadonlySet<string> = new Set(["DET", "PRON", "PROPN", "NUM"]);

/** The nouns of "in favor of", "in support of". */
const SIDE_NOUNS: ReadonlySet<string> = new Set(["favor", "favour", "support"]);

/**
 * "spoke out in favor of", "argued in favour of", "voted in support of": the compound preposition is the cue's
 * particle (3 of 3 on train), and it makes "vote" a cue as "for" does (5 of 6).
 */
function inFavorEnd(ctx: AttributionContext, last: number): number {
  const [a, b, c] = [ctx.tokens[last + 1], ctx.tokens[last + 2], ctx.tokens[last + 3]];
  const compound = a?.norm === "in" && SIDE_NOUNS.has(b?.norm ?? "") && c?.norm === "of";
  return compound && ctx.quoteOf[last + 3] === -1 ? last + 3 : last;
}

/** Looks and sounds that go with words: "said with a grin", "replied with a weary sigh". */
const GESTURE_NOUNS = new Set(["grin", "smile", "smirk", "laugh", "chuckle", "shrug", "sigh", "wink", "nod", "roll", "frown", "scowl"]);

/**
 * "said with a grin", "shot back with a laugh": the look or sound the words came with is the manner of saying them,
 * and PolNeAR's cue runs to it (6 of 6 on train).
 */
function gestureEnd(ctx: AttributionContext, last: number): number {
  const w = ctx.tokens[last]?.norm === "with" ? last : last + 1;
  if (ctx.tokens[w]?.norm !== "with" || !INDEFINITE.has(ctx.tokens[w + 1]?.norm ?? "")) return last;
  let k = w + 2;
  while (ctx.tokens[k]?.pos === "ADJ" || (ctx.tokens[k]?.pos === "NOUN" && ctx.tokens[k + 1]?.pos === "NOUN")) k++;
  return GESTURE_NOUNS.has(ctx.tokens[k]?.norm ?? "") && ctx.quoteOf[k] === -1 ? k : last;
}

/** Nouns of an issued statement: "said in a statement", "wrote in a joint press release". */
const STATEMENT_NOUNS = new Set(["statement", "release"]);

/**
 * "said in a statement", "added in a written statement": PolNeAR takes the issued statement into the cue
 * (about two times in three on train); an interview, a tweet or a letter it splits evenly, and they stay out.
 */
function statementChannelEnd(ctx: AttributionContext, last: number): number {
  if (ctx.tokens[last + 1]?.norm !== "in" || ctx.quoteOf[last + 1] !== -1) return last;
  const determiner = ctx.tokens[last + 2];
  if (!determiner || !(determiner.pos === "DET" || POSSESSIVE_PRONOUNS.has(determiner.norm))) return last;
  for (let k = last + 3; k <= last + 5; k++) {
    const t = ctx.tokens[k];
    if (!t || ctx.quoteOf[k] !== -1) return last;
    // "said in a statement: “...”": the colon that opens the quotation goes with the statement, as after a verb.
    if (STATEMENT_NOUNS.has(t.norm)) return ctx.tokens[k + 1]?.norm === ":" && ctx.quoteOf[k + 1] === -1 ? k + 1 : k;
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "VERB") return last;
  }
  return last;
}

/**
 * "described it like this: “...”", "wrote on a postcard: “...”", "answered much later, by letter: “...”": words
 * between the verb and a colon that opens a quotation say how or where it was said, and PolNeAR's cue runs over them
 * to the colon. Not a clause the verb reports ("said he agreed: “...”", "noted that ...: “...”"), nor the person told
 * or spoken of ("told reporters:", "said of the mayor:").
 */
function colonAfterEnd(ctx: AttributionContext, last: number, frame: CueFrame): number {
  const first = ctx.tokens[last + 1];
  if (frame === "addressed" || !first || ctx.quoteOf[last + 1] !== -1 || (ctx.tokens[last] as Token).norm === ":") return last;
  // A noun phrase there is mostly what the quotation bears out ("listed three reasons: “...”"), and PolNeAR keeps it in
  // the content; a pronoun ("put it this way:"), an adverb or a preposition is how or where it was said.
  if (!OPENS_MANNER.has(first.pos) || POSSESSIVE_PRONOUNS.has(first.norm) || first.norm === "that" || first.norm === "of" || (first.norm === "to" && first.pos === "ADP")) return last;
  const { last: end } = sentenceBounds(ctx, last);
  for (let k = last + 1; k <= end && k <= last + 12; k++) {
    const t = ctx.tokens[k] as Token;
    const before = ctx.tokens[k - 1] as Token;
    if (ctx.quoteOf[k] !== -1 || DASHES.has(t.norm)) return last;
    if (t.norm === ":") return quoteStartingAt(ctx, k + 1) ? k : last;
    // A finite verb with a subject of its own is a reported clause, unless a question word or "as" opens it. A plain
    // form after a subject pronoun is finite too ("said they agree:").
    const finite = t.pos === "AUX" || (t.pos === "VERB" && !t.norm.endsWith("ing") && (t.norm !== t.lemma || PLURAL_PRONOUNS.has(before.norm)));
    if (finite && k > last + 1 && !opensAdjunctClause(before.norm) && !opensAdjunctClause(ctx.tokens[k - 2]?.norm ?? "")) return last;
    // "replied quickly, saying:", "replied briefly before adding:": a second verb of saying is a cue of its own; "by saying" is how.
    if (t.pos === "VERB" && CUE_FRAMES.get(t.lemma) === "speech" && (isComma(before) || ((before.pos === "ADP" || before.pos === "SCONJ") && before.norm !== "by"))) return last;
  }
  return last;
}

const OPENS_MANNER = new Set(["PRON", "ADV", "ADP", "PART"]);

/** "what went wrong", "when asked", "as he left": a question word or "as" makes the clause after it an adjunct. */
function opensAdjunctClause(norm: string): boolean {
  return QUESTION_WORDS.has(norm) || norm === "as";
}

/** Platforms one writes or posts on, and the parts of them named after them ("on his Facebook page"). */
const PLATFORMS = new Set(["twitter", "facebook", "instagram"]);
const PLATFORM_PARTS = new Set(["page", "account", "feed"]);

/**
 * "wrote on Twitter", "posted on his Facebook page": a verb of writing takes the platform into its cue (10 of 13
 * on train); "said on Twitter" PolNeAR splits evenly, and it stays out.
 */
function platformEnd(ctx: AttributionContext, last: number): number {
  const verb = ctx.tokens[last] as Token;
  if ((verb.lemma !== "write" && verb.lemma !== "post") || ctx.tokens[last + 1]?.norm !== "on") return last;
  let k = POSSESSIVE_PRONOUNS.has(ctx.tokens[last + 2]?.norm ?? "") ? last + 3 : last + 2;
  if (!PLATFORMS.has(ctx.tokens[k]?.norm ?? "") || ctx.quoteOf[k] !== -1) return last;
  if (PLATFORM_PARTS.has(ctx.tokens[k + 1]?.norm ?? "")) k++;
  return k;
}

const GERUND_PREPOSITIONS = new Set(["for", "against", "about", "of", "on"]);

/** ...and the particle or preposition that completes it ("called for", "pointed out", "said:"). */
export function particleEnd(ctx: AttributionContext, head: number): number {
  const verb = ctx.tokens[head] as Token;
  // Idioms whose object is fixed: "pleaded guilty (to)", "distanced himself from" (7 of 7 on train).
  if (verb.lemma === "plead" && ctx.tokens[head + 1]?.norm === "guilty") return head + 1;
  if (verb.lemma === "distance" && REFLEXIVE_PRONOUNS.has(ctx.tokens[head + 1]?.norm ?? "") && ctx.tokens[head + 2]?.norm === "from") return head + 2;
  if (takesSide(ctx, verb, head + 1)) return head + 2;
  const p = particleAfterAdverb(ctx, head);
  const next = ctx.tokens[p];
  // "see down-ballot races": a word glued to the next by a hyphen is half of a modifier, not a particle.
  if (!next || ctx.quoteOf[p] !== -1 || opensHyphenCompound(ctx.tokens, p, ctx.text) || opensCountBound(ctx, p)) return head;
  if (next.norm === ":") return p === head + 1 ? p : head;
  // "did not know for sure whether", "knows for certain how": the idiom says how surely, and what is known follows it.
  if (next.norm === "for" && (ctx.tokens[p + 1]?.norm === "sure" || ctx.tokens[p + 1]?.norm === "certain") && ctx.quoteOf[p + 1] === -1) return p + 1;
  // wink tags a preposition before a gerund as a conjunction: "called for | ending", "warned against | cutting".
  const prepositionBeforeGerund = next.pos === "SCONJ" && GERUND_PREPOSITIONS.has(next.norm);
  if (next.pos !== "ADP" && next.pos !== "PART" && next.pos !== "ADV" && !prepositionBeforeGerund) return head;
  if (ADJUNCT_TAKING_SPEECH.has(verb.lemma) && next.norm !== "about") return head;
  // "lashed out at", "weighed in on": an adverbial particle takes a preposition after it.
  const adverbial = next.pos !== "ADP" || next.norm === "in" || next.norm === "out" || next.norm === "up" || next.norm === "down" || next.norm === "back";
  // "insisted on Monday that": a preposition opening a time is no particle. An adverbial one stays the verb's:
  // "pointed out last week that".
  if (!adverbial && clauseAfterTime(ctx, p) !== -1) return head;
  // "..., Ravn insisted on Tuesday, adding ...": nor "on" whose day closes the phrase ("pushed for months" keeps "for").
  if (next.norm === "on" && timeClosesPhrase(ctx, p + 1)) return head;
  // "is assured of", "was suspected of": a passive takes "of" into its cue, though "said of" does not.
  const passiveOf = next.norm === "of" && p === head + 1 && isPassive(ctx, head);
  if (CUE_PARTICLES.has(next.norm) || CUE_PARTICLES_BY_VERB.get(verb.lemma)?.has(next.norm) || PHRASAL_CUES.get(verb.lemma)?.has(next.norm) || passiveOf) {
    const after = ctx.tokens[p + 1];
    if (after?.norm === ":") return p + 1;
    // "looking forward to": the "to" belongs to the idiom, not to what is looked forward to.
    if (next.norm === "forward" && after?.norm === "to") return p + 1;
    // wink tags "about" after a particle as an adverb: "opened up | about".
    if (adverbial && after && (after.pos === "ADP" || after.norm === "about") && SECOND_PARTICLES.has(after.norm) && ctx.quoteOf[p + 1] === -1 && clauseAfterTime(ctx, p + 1) === -1) return p + 1;
    return p;
  }
  return head;
}

/** Does a time start at `k` and run to a comma or the sentence's end ("Tuesday,", "Nov. 8.")? */
function timeClosesPhrase(ctx: AttributionContext, k: number): boolean {
  let j = k;
  while (ctx.timeToken[j] === 1 && ctx.quoteOf[j] === -1) j++;
  const after = ctx.tokens[j];
  return j > k && (after === undefined || (after.pos === "PUNCT" && ctx.quoteOf[j] === -1 && (after.norm === "," || after.norm === "." || after.norm === ";")));
}

/**
 * "spoke briefly about", "speak warmly of", "voted overwhelmingly for": an adverb of manner may stand between a
 * verb and its particle, and PolNeAR's cue runs over both. The index of the particle's place: after the adverb when
 * a preposition follows it, else right after the verb.
 */
function particleAfterAdverb(ctx: AttributionContext, head: number): number {
  const adverb = ctx.tokens[head + 1];
  const after = ctx.tokens[head + 2];
  if (!adverb || !after || adverb.pos !== "ADV" || !adverb.norm.endsWith("ly") || ctx.quoteOf[head + 1] !== -1) return head + 1;
  return after.pos === "ADP" || after.pos === "PART" ? head + 2 : head + 1;
}

/** Is there a lower-case word of four letters or more before token `i` in its sentence, as there is none in a headline? */
function runningTextBefore(ctx: AttributionContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && ctx.sentenceOf[k] === ctx.sentenceOf[i]; k--) if (/^\p{Ll}{4}/u.test((ctx.tokens[k] as Token).text)) return true;
  return false;
}

/** "neither ... nor", "either ... or". */
const CORRELATED_CONJUNCTION: ReadonlyMap<string, string> = new Map([["neither", "nor"], ["either", "or"]]);

/**
 * "derided and insulted the left", "has endorsed and campaigned for Lund": two verbs joined by "and", "or" or "nor" that
 * share one object make one cue, as PolNeAR marks it; the object after the second verb is the content. Where
 * nothing follows the second verb ("yelled and waved."), they share no object.
 */
function sharedObjectVerbEnd(ctx: AttributionContext, i: number): number {
  const conj = ctx.tokens[i + 1];
  if (!conj || (conj.norm !== "and" && conj.norm !== "or" && conj.norm !== "nor") || ctx.quoteOf[i + 1] !== -1) return i;
  let k = i + 2;
  while (k < i + 4 && ctx.tokens[k]?.pos === "AUX") k++;
  const verb = ctx.tokens[k];
  if (!verb || verb.pos !== "VERB" || ctx.quoteOf[k] !== -1) return i;
  const end = particleEnd(ctx, k);
  const after = ctx.tokens[end + 1];
  if (!after || after.pos === "PUNCT" || after.pos === "CCONJ") return i;
  return end;
}
