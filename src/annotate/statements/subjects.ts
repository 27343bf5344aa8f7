import type { Token } from "../../model/types.js";
import { type AttributionContext, isQuoteMarkAt } from "./context.js";
import { type Cue, POLL_NOUNS } from "./cues.js";
import { closesOnComma, DASHES, discourseAdverbialBefore, discourseAdverbialEndingAt, isSpacedDash, lastTokenBefore, quoteStartingAt, sentenceBounds, trimTrailingPunct, verbForm } from "./extent.js";
import type { Draft } from "./frames.js";
import { ADJUNCT_TAKING_SPEECH, ADVERBS_BEFORE_CUE, ARTICLES, BE_FORMS, DASH_WORDS, DOCUMENT_NOUNS, EVENT_NOUNS, isNegationParticle, isReportingVerb, NOUN_PHRASE_POS, OBJECT_PRONOUNS, PARTICIPLE_SUFFIX, PERSON_NOUNS, PLURAL_FORM, POSSESSIVE_PRONOUNS, REFLEXIVE_PRONOUNS, SAY_FORMS, SEQUENCE_WORDS, SUBORDINATORS, TEXT_TAKING_VERBS, TIME_UNITS, TRAILING_TIME_ADVERBS } from "./lexicon.js";
import {
  closesPronounCompany,
  COMMON_PHRASE_POS,
  hasProperNoun,
  INNER_PREPOSITIONS,
  isClauseOpener,
  isOpeningQuantifier,
  commaOutsideQuotes,
  isComma,
  isCountedPronoun,
  isFractionAfterCount,
  isMistaggedName,
  isPersonalPronoun,
  isPossessiveMarker,
  isRelativePronoun,
  isSentencePunct,
  isSurnameBeforeSaying,
  isTitleQuote,
  namesDay,
  occasionEndingAt,
  opensSubjectClause,
  phraseEndingAt,
  phraseStartingAt,
  quoteLength,
  skipAdverbsLeft,
  skipAdverbsRight,
  type TokenSpan,
} from "./phrases.js";
import type { Quote } from "./quotes.js";
import { MONTHS, WEEKDAYS } from "../time/lexicon.js";
import { isNameTimeWord } from "../time/name-words.js";

// Who speaks: the subject left of a cue (with appositives, relative clauses and time phrases in between),
// the speaker after an inverted cue, or the subject a participle or coordinated cue shares.

const TIME_LEADERS = new Set(["on", "last", "this", "earlier", "late", "early", "next", "in", "that", "past"]);

/** Step left over adverbs and auxiliaries that sit between a subject and its cue. */
export function skipLeftAdverbs(ctx: AttributionContext, j: number, floor: number): number {
  while (j >= floor && !isSurnameBeforeSaying(ctx, j)) {
    const t = ctx.tokens[j] as Token;
    // "Lind on Tuesday said", "Berg last week tweeted": a time phrase between subject and cue.
    if (ctx.timeToken[j] && ctx.quoteOf[j] === -1) {
      let k = j;
      while (k >= floor && (ctx.timeToken[k] || TIME_LEADERS.has((ctx.tokens[k] as Token).norm) || namesDay(ctx, k))) k--;
      const participle = (ctx.tokens[k] as Token | undefined)?.pos === "VERB" || isParticipleReadAsNoun(ctx, k);
      // "Lund has this week argued", "Berg later Thursday told": an auxiliary or adverb before the time goes on to the subject.
      const verbGroup = (ctx.tokens[k] as Token | undefined)?.pos === "AUX" || (ctx.tokens[k] as Token | undefined)?.pos === "ADV";
      // "Trump, whose views ..., last year proposed": the time sits between an appositive's comma and the cue.
      if (k >= floor && k < j && !participle && (verbGroup || phraseEndingAt(ctx, k, floor) || isComma(ctx.tokens[k]))) {
        j = k;
        if (isComma(ctx.tokens[k])) break;
        continue;
      }
      break;
    }
    // "Most believe", "and both think": a quantifier opening its clause is the subject, not an adverb before the cue.
    const opensWithQuantifier = isOpeningQuantifier(ctx, j);
    const skippable = (t.pos === "ADV" || t.pos === "AUX" || isNegationParticle(t) || ADVERBS_BEFORE_CUE.has(t.norm) || isSinceAfterAuxiliary(ctx, j)) && !opensWithQuantifier && !isFractionAfterCount(ctx, j);
    if (isComma(t) && ctx.quoteOf[j] === -1) {
      // "Many residents, though, say": a discourse adverbial set off by commas.
      const open = discourseAdverbialBefore(ctx, j, floor) ?? adverbialPhraseBefore(ctx, j, floor) ?? timeAsideBefore(ctx, j, floor);
      if (open === null) break;
      j = open - 1;
      continue;
    }
    if (!skippable) {
      // "The weavers in particular distrusted", "Lund for her part doubts": a discourse adverbial of several words, no
      // commas; or the occasion of the words ("Lund at a rally said").
      const open = (ctx.quoteOf[j] === -1 ? discourseAdverbialEndingAt(ctx, j, floor) : null) ?? occasionEndingAt(ctx, j, floor);
      if (open !== null) {
        j = open - 1;
        continue;
      }
    }
    // "Theresa May said": the modal's spelling is also a surname.
    if (!skippable || ctx.quoteOf[j] !== -1 || isNameTimeWord(ctx.text, t.start, t.end)) break;
    j--;
  }
  return j;
}

/** Words that open a circumstance, not a description of the person: "in a statement", "after the vote", "when asked". */
const ADVERBIAL_OPENERS = new Set([
  "in", "after", "before", "during", "despite", "amid", "following", "throughout", "upon",
  "when", "while", "though", "although", "if", "as", "because", "since", "until", "once",
]);

/**
 * "Lund, in a statement released Friday, said", "Berg, when asked about the vote, wrote": a phrase or clause of time or
 * circumstance set off by commas between a subject and its cue says when or how they spoke, and PolNeAR leaves
 * it out of the speaker (an affiliation, "Berg, at the Harbour Institute,", stays in). Returns the index of its
 * opening comma, or null. The word before that comma must be able to end a subject.
 */
function adverbialPhraseBefore(ctx: AttributionContext, comma: number, floor: number): number | null {
  for (let k = comma - 1; k > floor && comma - k <= 30; k--) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoteOf[k] !== -1 || isSentencePunct(t) || isDelimiter(t) && !isComma(t)) return null;
    if (!isComma(t)) continue;
    const opener = ctx.tokens[k + 1] as Token;
    const before = ctx.tokens[k - 1] as Token;
    const subjectEnds = before.pos === "PROPN" || before.pos === "NOUN" || isPersonalPronoun(before);
    return ADVERBIAL_OPENERS.has(opener.norm) && (opener.pos === "ADP" || opener.pos === "SCONJ" || opener.pos === "ADV") && subjectEnds ? k : null;
  }
  return null;
}

function commaBetween(ctx: AttributionContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (isComma(ctx.tokens[k])) return true;
  return false;
}

/**
 * "Berg agreed, then, on Tuesday, wrote": the comma opening a time set off by commas before the comma at `comma`, in a
 * series of the subject's acts, or null. After a noun the time closes an appositive, and PolNeAR keeps it in the
 * speaker ("Berg, a pilot who flew for the navy, last year, wrote").
 */
function timeAsideBefore(ctx: AttributionContext, comma: number, floor: number): number | null {
  const last = ctx.tokens[comma - 1] as Token;
  if (!ctx.timeToken[comma - 1] && !SEQUENCE_WORDS.has(last.norm)) return null;
  let k = comma - 1;
  while (k > floor && ctx.quoteOf[k] === -1 && isTimeWord(ctx, k)) k--;
  const before = ctx.tokens[k - 1];
  return isComma(ctx.tokens[k]) && ctx.quoteOf[k] === -1 && (isFiniteVerb(before) || SEQUENCE_WORDS.has(before?.norm ?? "")) ? k : null;
}

function isTimeWord(ctx: AttributionContext, k: number): boolean {
  const norm = (ctx.tokens[k] as Token).norm;
  return ctx.timeToken[k] === 1 || TIME_LEADERS.has(norm) || SEQUENCE_WORDS.has(norm);
}

/** "..., then, on Friday, conceded", "..., then on Friday conceded": a word of sequence after a comma, then a time. */
function sequencedOverAside(ctx: AttributionContext, cueFirst: number): boolean {
  let k = cueFirst - 1;
  while (k > 0 && ctx.quoteOf[k] === -1 && (isComma(ctx.tokens[k]) || ctx.timeToken[k] || TIME_LEADERS.has((ctx.tokens[k] as Token).norm))) k--;
  return k < cueFirst - 1 && SEQUENCE_WORDS.has((ctx.tokens[k] as Token).norm) && isComma(ctx.tokens[k - 1]) && !closesRelative(ctx, k - 1);
}

/** "has since said": "since" as an adverb inside a verb group. */
export function isSinceAfterAuxiliary(ctx: AttributionContext, j: number): boolean {
  return (ctx.tokens[j] as Token).norm === "since" && (ctx.tokens[j - 1] as Token | undefined)?.pos === "AUX";
}

/** The earliest token a subject may start at: the sentence start, or just after a quotation closing before `i`. */
export function leftFloor(ctx: AttributionContext, i: number): number {
  const { first } = sentenceBounds(ctx, i);
  for (let j = i - 1; j >= first; j--) {
    const qi = ctx.quoteOf[j] as number;
    if (qi === -1) continue;
    // A short quoted name inside the subject ("wearing “Vote Early” pins") is no boundary; a quotation is. So is a
    // phrase quoted inside an appositive or an aside ("Berg, who calls it “a scam,” said", "Lund, citing “the
    // quiet charm of the old harbour,” said"), which a comma may close; ten tokens hold such a phrase.
    const quote = ctx.quotes[qi] as Quote;
    const insideAppositive = quote.firstToken > first && quoteLength(ctx, quote) <= 10 && (closesOnComma(ctx, j) || isComma(ctx.tokens[j + 1])) && ctx.tokens.slice(first, quote.firstToken).some(isComma);
    if ((!isTitleQuote(ctx, qi) || isComma(ctx.tokens[j + 1])) && !insideAppositive) return j + 1;
    j = quote.firstToken;
  }
  return first;
}

const APPOSITIVE_PREPOSITIONS = new Set(["at", "of", "from", "in", "with", "for", "on", "along"]);

const APPOSITIVE_WORDS = new Set(["who", "whose", "which", "also", "then", "now", "including", "himself", "herself", "once", "until", "still", "like", "both", "such"]);

const RELATIVE_OPENERS = new Set(["who", "whose", "which"]);

/** Does an appositive start here: "a spokesman", "who ...", "the former ...", "31", "acting director", "at a think tank"? */
function opensAppositive(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.pos === "DET" || t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM" || t.pos === "PRON") return true;
  if (t.pos === "VERB") return t.norm.endsWith("ing") || isPastForm(t);
  if (APPOSITIVE_WORDS.has(t.norm)) return true;
  return t.pos === "ADP";
}

function isDelimiter(t: Token | undefined): boolean {
  return t !== undefined && (t.norm === "," || DASH_WORDS.has(t.norm));
}

/** A comma or dash, or a hyphen with spaces on both sides standing for a dash ("The scholars - Berg and Lund - agreed"). */
function isDelimiterAt(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  return isDelimiter(t) || (t !== undefined && t.norm === "-" && isSpacedDash(ctx, k) && /\s/.test(ctx.text[t.end] ?? ""));
}

/**
 * "Smith, a spokesman for the council, said": the name plus its appositive (and the comma that closes it,
 * as PolNeAR marks it). `comma` is the comma (or dash) just before the cue. Among several commas the
 * leftmost that leaves a name at a clause start wins: "Jones, 75, a retiree in Dover, Del., said".
 */
function appositiveSubject(ctx: AttributionContext, comma: number, floor: number): TokenSpan | null {
  let best: TokenSpan | null = null;
  // "Even Lund, a pilot, says", "when the mayor, Ann Berg, said": the subject nearest the cue may follow an adverb or
  // a subordinator if its description has no clause but a relative or participle one ("Even Lund, who flies, says").
  // Otherwise the word opens a phrase or clause of its own: "After the vote, the mayor, Berg,", "After the storm,
  // Berg inspected the dykes while - ...".
  const opensAt = (first: number, k: number) => {
    if (isClauseOpener(ctx, first, floor)) return true;
    const opener = ctx.tokens[k + 1] as Token;
    return best === null && opensSubjectClause(ctx, first, floor) && (RELATIVE_OPENERS.has(opener.norm) || opener.pos === "VERB" || !hasFiniteVerb(ctx, k + 1, comma - 1));
  };
  let right = comma - 1;
  for (let tries = 0; tries < 4; tries++) {
    let k = right;
    while (k > floor && !isDelimiterAt(ctx, k) && comma - k < 35) {
      if (isSentencePunct(ctx.tokens[k]) && !isAbbreviationDot(ctx, k)) return best;
      k--;
    }
    if (k <= floor || !isDelimiterAt(ctx, k)) break;
    // An intensive pronoun stays with its name before "as well as" only: before a description ("Lund himself, who was
    // away,") PolNeAR marks the name alone, which the cue's own subject search finds.
    const phrase = phraseEndingAt(ctx, k - 1, floor) ?? (opensAsWellAs(ctx, k + 1) ? intensifiedBefore(ctx, k, floor) : null);
    const namedAfter = ctx.tokens[k + 1]?.pos === "PROPN";
    const name = phrase && namedAfter && !isClauseOpener(ctx, phrase.first, floor) ? (describedByRelative(ctx, phrase, floor) ?? phrase) : phrase;
    // "Lund, meanwhile, who runs the mill, said": a lone adverb set off by commas stands aside; the description is
    // after it, and PolNeAR then leaves the whole aside out of the speaker.
    const o = ctx.tokens[k + 1]?.pos === "ADV" && isComma(ctx.tokens[k + 2]) && k + 2 < comma ? k + 3 : k + 1;
    const timeName = name !== null && ctx.timeToken[name.last] === 1;
    // Between a pair of dashes the writer adds to the subject: "Democrats — and some Republicans — say",
    // "Officials — including the harbour master — have argued".
    const betweenDashes = DASHES.has((ctx.tokens[k] as Token).norm) && DASHES.has((ctx.tokens[comma] as Token).norm);
    // "The paper, long a critic of the levy, writes": an adverb (wink may tag it an adjective) before a description
    // leaves it a description (not a time: "The board, early this year, said").
    const adverb = ctx.tokens[o]?.pos === "ADV" || ctx.tokens[o]?.pos === "ADJ";
    const adverbThenDescription = adverb && ctx.tokens[o + 1]?.pos === "DET" && !ctx.timeToken[o] && !ctx.timeToken[o + 1];
    // "The mayor, who was tired, had resigned, said his aide": after a relative clause with its own verb, a stretch that
    // opens on a verb is the name's predicate, so the name is the reported clause's subject and no speaker.
    if (name && predicateAfterClause(ctx, o, comma)) break;
    if (name && !timeName && opensAt(name.first, o - 1) && (opensAppositive(ctx.tokens[o]) || opensAsWellAs(ctx, o) || adverbThenDescription || (betweenDashes && (ctx.tokens[o] as Token).pos === "CCONJ"))) {
      const named = hasProperNoun(ctx, name) || isPersonalPronoun(ctx.tokens[name.last]);
      const opener = ctx.tokens[o] as Token;
      const describedThenNamed = opener.pos === "PROPN";
      // "the official, who spoke on condition of anonymity," / "the aide, speaking privately," / "the guild, which runs the
      // crossings," (without it an unnamed subject before a "which" clause had no speaker at all)
      const clauseAppositive = opener.norm === "who" || opener.norm === "whose" || opener.norm === "which" || opener.norm === "like" || opener.norm === "such" || (opener.pos === "VERB" && (opener.norm.endsWith("ing") || isPastForm(opener)));
      // Between dashes a relative clause is the writer's aside and stays out ("Lund -- whose husband signed it --
      // said"); a description stays in ("Ann Berg — a teacher from Dover —", "Democrats -- including Lund --").
      if (RELATIVE_OPENERS.has(opener.norm) && DASHES.has((ctx.tokens[k] as Token).norm)) best = name;
      // "Berg, who spoke on condition of anonymity, said", "Lund, who endorsed Moe, said", "the Herald, which first said
      // it would not cover the race, said": a relative clause that reports a speech act of its own is a statement
      // apart, and PolNeAR leaves it out of the speaker.
      else if ((opener.norm === "who" || opener.norm === "which") && reportsInClause(ctx, o + 1)) best = name;
      // "Rubio, speaking at a rally in Miami, said": where and how the speaker spoke, which PolNeAR leaves out
      // of the speaker; "including" lists members of the speaker ("Several candidates, including Lund,"), and
      // a title may open on an -ing word ("Berg, managing director of the bank,"). So does the circumstance a
      // past participle adds ("The study, released on Monday, found", "Lund, asked about the fees, said"); one
      // naming its agent ("The panel, led by Berg,") says who the speaker is and stays in.
      // An adverb before the participle changes nothing ("Lund, also touring the coast,"); nor does an intensive
      // ("Lund, herself a pilot,"), which sets the speaker beside others rather than describing them. Nor does a phrase
      // opened by a preposition of manner or occasion ("Lund, through her lawyer,", "Berg, by all accounts,"); one of
      // affiliation or company stays in ("Lund, at the institute,", "Berg, along with two aides,").
      // "Lund herself, as well as her office,": the members joined after the name are of the speaker.
      else if (isCircumstance(ctx, o) || (opener.pos === "ADV" && isCircumstance(ctx, o + 1)) || isTimeAside(ctx, o, comma - 1) || REFLEXIVE_PRONOUNS.has(opener.norm) || (opener.pos === "ADP" && !APPOSITIVE_PREPOSITIONS.has(opener.norm) && !APPOSITIVE_WORDS.has(opener.norm) && !opensAsWellAs(ctx, o))) best = name;
      // An unnamed subject takes a description too: "Two surveys, a decade apart, suggest", "half, 49 percent, say".
      else if (named || describedThenNamed || clauseAppositive || betweenDashes || opener.pos === "DET" || adverbThenDescription || opener.pos === "NUM" || opensAsWellAs(ctx, o)) best = o === k + 1 ? { first: name.first, last: comma } : name;
    }
    right = k - 1;
  }
  return best;
}

/**
 * "a resident who gave only her first name, Mira, said": the phrase before a name's comma ends a relative clause,
 * whose noun opens the clause and is described before it is named. That noun with its clause, or null.
 */
function describedByRelative(ctx: AttributionContext, phrase: TokenSpan, floor: number): TokenSpan | null {
  for (let i = phrase.first - 1; i > floor && phrase.first - i < 12; i--) {
    const t = ctx.tokens[i] as Token;
    if (isDelimiterAt(ctx, i) || ctx.quoteOf[i] !== -1 || isSentencePunct(t)) return null;
    if (t.norm !== "who") continue;
    const noun = phraseEndingAt(ctx, i - 1, floor);
    return noun && isClauseOpener(ctx, noun.first, floor) ? { first: noun.first, last: phrase.last } : null;
  }
  return null;
}

/** Does a stretch between `first` and the comma at `comma` open on a finite verb after a comma, once a clause before it has its own? */
function predicateAfterClause(ctx: AttributionContext, first: number, comma: number): boolean {
  for (let c = first + 1; c < comma; c++) {
    if (!isComma(ctx.tokens[c]) || ctx.quoteOf[c] !== -1) continue;
    const opener = ctx.tokens[c + 1];
    if ((opener?.pos === "AUX" || isFiniteVerb(opener)) && hasFiniteVerb(ctx, first, c - 1)) return true;
  }
  return false;
}

/** "as well as" opening at `i`. */
function opensAsWellAs(ctx: AttributionContext, i: number): boolean {
  return ctx.tokens[i]?.norm === "as" && ctx.tokens[i + 1]?.norm === "well" && ctx.tokens[i + 2]?.norm === "as";
}

/** "Lund herself" before the delimiter at `k`: the intensive pronoun belongs to the name it stresses, as before a cue. */
function intensifiedBefore(ctx: AttributionContext, k: number, floor: number): TokenSpan | null {
  if (!REFLEXIVE_PRONOUNS.has(ctx.tokens[k - 1]?.norm ?? "") || k - 2 < floor) return null;
  const stressed = isPersonalPronoun(ctx.tokens[k - 2]) ? { first: k - 2, last: k - 2 } : phraseEndingAt(ctx, k - 2, floor);
  return stressed && { first: stressed.first, last: k - 1 };
}

/** "Lund, on Friday, said": an aside of nothing but a time says when the speaker spoke, as a participle phrase does. */
function isTimeAside(ctx: AttributionContext, first: number, last: number): boolean {
  let time = false;
  for (let k = first; k <= last; k++) {
    if (!isTimeWord(ctx, k)) return false;
    time ||= ctx.timeToken[k] === 1;
  }
  return time;
}

/** A participle opening a phrase at `i` that tells how or when, not who: not "including", an agent's "by", or a title. */
function isCircumstance(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  if (t.pos !== "VERB" || opensTitle(ctx, i)) return false;
  return (t.norm.endsWith("ing") && t.norm !== "including") || (isPastForm(t) && ctx.tokens[i + 1]?.norm !== "by");
}

/**
 * "asked", and the irregular "seen", "known", "written", which no suffix tells: either may open a participle phrase.
 * "-ed" counts even when wink gives it as its own lemma.
 */
function isPastForm(t: Token): boolean {
  return t.norm.endsWith("ed") || verbForm(t) === "past";
}

const SUBJECT_POS = new Set(["NOUN", "PROPN", "PRON", "ADV"]);

/** Does a clause run here: an auxiliary, or a verb after its subject or an adverb ("she hoped"), not "at struggling firms"? */
function hasFiniteVerb(ctx: AttributionContext, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.pos === "AUX" || (t.pos === "VERB" && SUBJECT_POS.has((ctx.tokens[i - 1] as Token).pos))) return true;
  }
  return false;
}

/** "the Rev. Ann Berg", "(D-Conn.)": a full stop glued to a word inside the sentence closes an abbreviation, not a sentence. */
function isAbbreviationDot(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  const before = ctx.tokens[k - 1];
  return t.norm === "." && before !== undefined && before.end === t.start && before.pos !== "PUNCT" && ctx.sentenceOf[k + 1] === ctx.sentenceOf[k];
}

/** -ing words that open a title before its noun ("managing director", "ranking member", not "acting as"). */
const ING_TITLES = new Set(["managing", "acting", "presiding", "ranking", "reigning", "outgoing", "incoming", "founding", "visiting", "consulting", "supervising", "commanding", "governing", "leading"]);

function opensTitle(ctx: AttributionContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return ING_TITLES.has((ctx.tokens[i] as Token).norm) && (next?.pos === "NOUN" || next?.pos === "ADJ" || next?.pos === "PROPN");
}

/** The active verb at `i`, after any auxiliaries and adverbs, or null ("who was declared the winner" has none). */
function activeVerbAt(ctx: AttributionContext, i: number): number | null {
  let k = i;
  let be = false;
  for (; ctx.tokens[k] !== undefined && ((ctx.tokens[k] as Token).pos === "AUX" || (ctx.tokens[k] as Token).pos === "ADV"); k++) {
    if (BE_FORMS.has((ctx.tokens[k] as Token).norm)) be = true;
  }
  const v = ctx.tokens[k];
  if (v === undefined || v.pos !== "VERB" || ctx.quoteOf[k] !== -1 || (be && !v.norm.endsWith(PARTICIPLE_SUFFIX))) return null;
  return k;
}

/** Is the verb at `i`, after any auxiliaries and adverbs, a reporting verb in the active? */
function reportsInClause(ctx: AttributionContext, i: number): boolean {
  const k = activeVerbAt(ctx, i);
  return k !== null && (isReportingVerb(ctx.tokens[k] as Token) || SAY_FORMS.has((ctx.tokens[k] as Token).norm));
}

/** Does the clause at `i` say something in so many words: "who said", "who told reporters"? */
function saysInClause(ctx: AttributionContext, i: number): boolean {
  const k = activeVerbAt(ctx, i);
  return k !== null && SAY_FORMS.has((ctx.tokens[k] as Token).norm);
}

/**
 * "said Ann Berg, who added that ...": a "who" after a comma opening a clause that reports in words of its own. That
 * clause is a statement apart, so it neither describes the speaker before it nor belongs to the content.
 */
export function opensReportingRelative(ctx: AttributionContext, k: number): boolean {
  if ((ctx.tokens[k] as Token | undefined)?.norm !== "who" || !isComma(ctx.tokens[k - 1])) return false;
  const v = activeVerbAt(ctx, k + 1);
  if (v === null) return false;
  const verb = ctx.tokens[v] as Token;
  // A reporting verb reports here only with its clause: "who backed the plan" describes, "who noted that" reports.
  return SAY_FORMS.has(verb.norm) || (isReportingVerb(verb) && ctx.tokens[v + 1]?.norm === "that");
}

/** "Gov. Ann Berg (R-OH), said": a name set off by a comma with no appositive after it. */
function nameBeforeComma(ctx: AttributionContext, comma: number, floor: number): TokenSpan | null {
  if (!isComma(ctx.tokens[comma])) return null;
  // "A Danish sailor, described as “reckless”, died": a participle before "as" or "by" opens a passive aside on the
  // noun, which is what was described, not who described it.
  const participle = ctx.tokens[comma + 1];
  if (participle && participle.pos === "VERB" && isPastForm(participle) && !SAY_FORMS.has(participle.norm) && (ctx.tokens[comma + 2]?.norm === "as" || ctx.tokens[comma + 2]?.norm === "by")) return null;
  const name = phraseEndingAt(ctx, comma - 1, floor);
  if (!name || !hasProperNoun(ctx, name) || !isClauseOpener(ctx, name.first, floor)) return null;
  return name;
}

/** The subject of a cue, found on its left: a pronoun, a relative pronoun, a name with its appositive, a description. */
export function leftSubject(ctx: AttributionContext, cueFirst: number, floor: number): TokenSpan | null {
  let subject = leftSubjectBeforeTime(ctx, cueFirst, floor);
  // "Berg on Tuesday wrote", "a poll out Monday showed": a time after its preposition speaks for no one; the subject
  // stands before the preposition when one is found there.
  if (subject && isTimeOnly(ctx, subject) && ctx.tokens[subject.first - 1]?.pos === "ADP") subject = leftSubjectBeforeTime(ctx, subject.first - 1, floor) ?? subject;
  // "A survey released this week found", "Tallies posted on Friday show": a time after a participle on a noun says
  // which report it was, and the noun with its participle and time is the subject.
  if (subject && isTimeOnly(ctx, subject)) subject = withParticipleBeforeTime(ctx, subject, floor) ?? subject;
  // "Lund, who through her office declined", "the pilot, who like many in the town did not want": the object of a
  // preposition right after a relative pronoun is no subject; the pronoun is.
  const preposition = subject ? ctx.tokens[subject.first - 1] : undefined;
  if (subject && preposition?.pos === "ADP" && preposition.norm !== "as") {
    let k = subject.first - 2;
    if (isComma(ctx.tokens[k])) k--;
    if (k >= floor && RELATIVE_OPENERS.has((ctx.tokens[k] as Token).norm) && ctx.quoteOf[k] === -1) return { first: k, last: k };
  }
  if (subject) subject = withHeadBeforePreposition(ctx, subject, cueFirst, floor) ?? subject;
  if (subject) subject = withoutVerbTakingGerund(ctx, subject, cueFirst);
  return subject && withPollTime(ctx, subject, cueFirst);
}

/**
 * "Lund denied saying", "Berg recalled telling the board": a past form right before a gerund cue is the finite verb
 * that takes the gerund, not a participle describing the noun before it; its subject is the gerund's speaker.
 */
function withoutVerbTakingGerund(ctx: AttributionContext, subject: TokenSpan, cueFirst: number): TokenSpan {
  const verb = ctx.tokens[subject.last] as Token;
  if (subject.last !== cueFirst - 1 || subject.last === subject.first || verb.pos !== "VERB" || !isPastForm(verb)) return subject;
  return (ctx.tokens[cueFirst] as Token).norm.endsWith(PARTICIPLE_SUFFIX) ? { first: subject.first, last: subject.last - 1 } : subject;
}

/** Prepositions after which a noun phrase describes the noun before them ("pilots at the pier", "the fight over fees"). */
const DESCRIBING_PREPOSITIONS: ReadonlySet<string> = new Set([...INNER_PREPOSITIONS, "over"]);

/**
 * "many sailors at his harbour agreed", "both sides of the fight over fees agreed": a finite verb agrees with no
 * preposition's object. When the phrase found stands after a preposition that follows a noun opening the clause,
 * that noun heads the subject and the preposition's phrase only describes it.
 */
function withHeadBeforePreposition(ctx: AttributionContext, subject: TokenSpan, cueFirst: number, floor: number): TokenSpan | null {
  const at = firstCoordinatedPreposition(ctx, subject.first - 1, floor);
  const preposition = ctx.tokens[at];
  // "People involved in the plan offered": a participle (wink may call it an adjective) between noun and preposition.
  const participle = ctx.tokens[at - 1];
  const described = participle !== undefined && (participle.pos === "ADJ" || participle.pos === "VERB") && participle.norm.endsWith("ed") ? at - 2 : at - 1;
  const noun = ctx.tokens[described];
  if (!preposition || preposition.pos !== "ADP" || !DESCRIBING_PREPOSITIONS.has(preposition.norm) || isPersonalPronoun(ctx.tokens[subject.first])) return null;
  if (!noun || !(noun.pos === "NOUN" || noun.pos === "PROPN") || ctx.timeToken[described] || !opensFiniteVerb(ctx, cueFirst)) return null;
  const head = phraseEndingAt(ctx, described, floor);
  return head && opensSubjectClause(ctx, head.first, floor) ? { first: head.first, last: subject.last } : null;
}

/**
 * "pilots on and off the island", "clerks in the port and at the guild": the first of prepositions joined by "and" or
 * "or" before one object, or each before its own; `p` is the last one's index.
 */
function firstCoordinatedPreposition(ctx: AttributionContext, p: number, floor: number): number {
  const conjunction = ctx.tokens[p - 1];
  if (conjunction?.norm !== "and" && conjunction?.norm !== "or") return p;
  for (let k = p - 2; k >= floor && k > p - 9; k--) {
    const t = ctx.tokens[k] as Token;
    if (t.pos === "ADP") return DESCRIBING_PREPOSITIONS.has(t.norm) ? k : p;
    if (!NOUN_PHRASE_POS.has(t.pos) && !POSSESSIVE_PRONOUNS.has(t.norm) && !isPossessiveMarker(t)) return p;
  }
  return p;
}

/**
 * "in a busy year expected to bring record tolls", "hearings on a bill intended to cut tolls": a participle after a
 * preposition's object, before an infinitive or a time, is a passive describing that object, which holds no view.
 */
export function describedByParticiple(ctx: AttributionContext, subject: TokenSpan, cueFirst: number): boolean {
  const preposition = ctx.tokens[subject.first - 1];
  const participle = ctx.tokens[cueFirst];
  if (!preposition || preposition.pos !== "ADP" || !DESCRIBING_PREPOSITIONS.has(preposition.norm) || !participle || ctx.sentenceOf[subject.first - 1] !== ctx.sentenceOf[cueFirst]) return false;
  if (participle.pos !== "VERB" || participle.norm === participle.lemma || !isPastForm(participle)) return false;
  const infinitive = ctx.tokens[cueFirst + 1]?.norm === "to" && ctx.tokens[cueFirst + 2]?.pos === "VERB";
  return infinitive || ctx.timeToken[cueFirst + 1] === 1;
}

const NON_FINITE_AUXILIARIES: ReadonlySet<string> = new Set(["be", "being", "been", "having"]);

/** "agreed", "believe", "have said", "are well aware": a verb group that can follow its subject; not "calling", "to say". */
function opensFiniteVerb(ctx: AttributionContext, i: number): boolean {
  while (ctx.tokens[i]?.pos === "ADV") i++;
  const t = ctx.tokens[i];
  if (t?.pos === "AUX") return !NON_FINITE_AUXILIARIES.has(t.norm);
  return t?.pos === "VERB" && !t.norm.endsWith(PARTICIPLE_SUFFIX);
}

/**
 * "Moody's said", "McDonald's said on Friday": a possessive mark glued to a name right before the verb owns nothing;
 * it ends the name (a firm's, or "Lund's" for "Lund has"), which is the subject.
 */
function nameEndingInPossessive(ctx: AttributionContext, j: number, cueFirst: number, floor: number): TokenSpan | null {
  const mark = ctx.tokens[j] as Token;
  const name = ctx.tokens[j - 1];
  // Only "said" or "told": other forms may be a noun the name owns ("Lund's claims") or a participle before one
  // ("Lund's repeated claims", "Lund's reported income").
  const verb = ctx.tokens[cueFirst];
  if (!verb || verb.pos !== "VERB" || !SAY_FORMS.has(verb.norm) || verbForm(verb) !== "past") return null;
  // "Lund's said to have quit": before an infinitive the mark is "is", and the name is what is said of, not who said.
  const to = ctx.tokens[cueFirst + 1];
  const after = ctx.tokens[cueFirst + 2];
  if (to?.norm === "to" && (after?.pos === "VERB" || after?.pos === "AUX")) return null;
  if (j - 1 < floor || !isPossessiveMarker(mark) || name?.pos !== "PROPN" || name.end !== mark.start || ctx.quoteOf[j] !== -1) return null;
  const phrase = phraseEndingAt(ctx, j - 1, floor);
  return phrase ? { first: phrase.first, last: j } : null;
}

function withParticipleBeforeTime(ctx: AttributionContext, time: TokenSpan, floor: number): TokenSpan | null {
  let p = time.first - 1;
  if (ctx.tokens[p]?.pos === "ADP") p--;
  const participle = ctx.tokens[p];
  if (p - 1 < floor || participle?.pos !== "VERB" || !isPastForm(participle)) return null;
  const noun = ctx.tokens[p - 1] as Token;
  if (!(noun.pos === "NOUN" || noun.pos === "PROPN") || ctx.timeToken[p - 1]) return null;
  const head = phraseEndingAt(ctx, p - 1, floor);
  return head && opensSubjectClause(ctx, head.first, floor) ? { first: head.first, last: time.last } : null;
}

function isTimeOnly(ctx: AttributionContext, span: TokenSpan): boolean {
  for (let i = span.first; i <= span.last; i++) if (!ctx.timeToken[i] && !TIME_LEADERS.has((ctx.tokens[i] as Token).norm)) return false;
  return true;
}

/**
 * "2013", "Tuesday", "the past week": a time found where a speaker should be speaks for no one. A lone name read as a
 * time ("Day said") is still a name unless it names a day or month.
 */
export function isTimeSpeaker(ctx: AttributionContext, span: TokenSpan): boolean {
  const last = ctx.tokens[span.last] as Token;
  if (!ctx.timeToken[span.last] || (span.first === span.last && /^\p{Lu}/u.test(last.text) && !Object.hasOwn(WEEKDAYS, last.norm) && !Object.hasOwn(MONTHS, last.norm))) return false;
  for (let i = span.first; i <= span.last; i++) if (!ctx.timeToken[i] && (ctx.tokens[i] as Token).pos !== "DET" && !TIME_LEADERS.has((ctx.tokens[i] as Token).norm)) return false;
  return true;
}

/** "pilots voting Friday": an -ing form that wink reads as a noun after a plural noun is a participle, whose time stays in the subject. */
function isParticipleReadAsNoun(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  const prev = ctx.tokens[k - 1];
  return t !== undefined && prev !== undefined && t.pos === "NOUN" && t.norm.endsWith("ing") && prev.pos === "NOUN" && prev.norm !== prev.lemma && prev.norm.endsWith("s");
}

/**
 * "A harbour poll last week found", "a survey in March shows": the time a poll was taken names which poll it was, and
 * PolNeAR keeps it in the speaker; after a person it says when they spoke ("Lund on Tuesday said") and stays out.
 */
function withPollTime(ctx: AttributionContext, subject: TokenSpan, cueFirst: number): TokenSpan {
  if (!POLL_NOUNS.has((ctx.tokens[subject.last] as Token).lemma) || subject.last + 1 >= cueFirst) return subject;
  let k = subject.last + 1;
  // "a poll out Monday": "out" leads the time of a poll's release.
  while (k < cueFirst && (ctx.timeToken[k] || TIME_LEADERS.has((ctx.tokens[k] as Token).norm) || (k === subject.last + 1 && (ctx.tokens[k] as Token).norm === "out"))) k++;
  return k === cueFirst && ctx.timeToken[k - 1] ? { first: subject.first, last: k - 1 } : subject;
}

function leftSubjectBeforeTime(ctx: AttributionContext, cueFirst: number, floor: number): TokenSpan | null {
  const j = skipLeftAdverbs(ctx, cueFirst - 1, floor);
  if (j < floor) return null;
  // "Lund agreed, then, on Friday, conceded": past the asides, a verb before a comma is the subject's previous act
  // (not so in an appositive: "Lund, who agreed, conceded").
  const verb = isComma(ctx.tokens[j]) ? j - 1 : j;
  if (verb + 1 < cueFirst && isComma(ctx.tokens[verb + 1]) && isFiniteVerb(ctx.tokens[verb]) && !commaBetween(ctx, floor, verb)) return null;
  if (isSurnameBeforeSaying(ctx, j)) return { first: j, last: j };
  const t = ctx.tokens[j] as Token;
  // "Officials there say", "Polls there show": "there" right after a noun says where they are; the noun is the subject.
  if (t.norm === "there" && j > floor && ((ctx.tokens[j - 1] as Token).pos === "NOUN" || (ctx.tokens[j - 1] as Token).pos === "PROPN")) return leftSubjectBeforeTime(ctx, j, floor);
  if ((isPersonalPronoun(t) && !isCountedPronoun(ctx, j)) || isOpeningQuantifier(ctx, j)) return { first: j, last: j };
  if (isRelativePronoun(t)) return phraseEndingAt(ctx, j, floor) ?? { first: j, last: j };
  // "Lund herself said": an intensive pronoun belongs to the subject it stresses.
  if (REFLEXIVE_PRONOUNS.has(t.norm) && j - 1 >= floor) {
    const stressed = isPersonalPronoun(ctx.tokens[j - 1]) ? { first: j - 1, last: j - 1 } : phraseEndingAt(ctx, j - 1, floor);
    if (stressed) return { first: stressed.first, last: j };
  }
  if (isDelimiterAt(ctx, j)) return appositiveSubject(ctx, j, floor) ?? nameBeforeComma(ctx, j, floor);
  const firm = nameEndingInPossessive(ctx, j, cueFirst, floor);
  if (firm) return firm;
  // "Berg, a pilot from Alma, Neb., in a statement, said": the adverbial skipped above followed a whole appositive,
  // whose closing comma still ends the subject; its last word alone ("Neb.") is no speaker. A name after a comma may
  // itself be the subject after an opening phrase ("In Alma, Neb., Berg, in a statement, said").
  if (j + 1 < cueFirst && isComma(ctx.tokens[j + 1]) && ctx.quoteOf[j + 1] === -1) {
    const described = appositiveSubject(ctx, j + 1, floor);
    if (described && !isComma(ctx.tokens[described.first - 1])) return described;
  }
  // "Berg, who calls it “a scam,” said": the comma closing the appositive sits inside a short quotation.
  if (closesOnComma(ctx, j) && j > floor) return appositiveSubject(ctx, j, floor);
  const contact = withContactClause(ctx, j, floor);
  if (contact) return contact;
  // "The baker with them concedes": an object pronoun after a preposition is never a subject; before a verb that is
  // no participle the phrase before the preposition heads it ("a photo of him waving" has no subject). "her" may own
  // what follows ("thanks to her patient coaching").
  const objectAfterPreposition = OBJECT_PRONOUNS.has(t.norm) && t.norm !== "her" && ctx.tokens[j - 1]?.pos === "ADP" && !isCountedPronoun(ctx, j) && !closesPronounCompany(ctx, j);
  const cueVerb = ctx.tokens[cueFirst];
  const company = objectAfterPreposition && (cueVerb?.pos === "VERB" || cueVerb?.pos === "AUX") && !cueVerb.norm.endsWith(PARTICIPLE_SUFFIX) ? phraseEndingAt(ctx, j - 2, floor) : null;
  const phrase = company ? { first: company.first, last: j } : phraseEndingAt(ctx, j, floor);
  const relative = withRelativeClause(ctx, phrase ? phrase.first : j + 1, j, floor);
  if (relative) return relative;
  // "Pilots hoping to keep the pier from closing argued": a gerund after a preposition ends the participle phrase.
  if (!phrase && t.pos === "VERB" && t.norm.endsWith("ing") && ctx.tokens[j - 1]?.pos === "ADP") return withParticiplePhrase(ctx, { first: j, last: j }, floor);
  const subject = phrase && (withParticiplePhrase(ctx, phrase, floor) ?? withListBefore(ctx, phrase, floor));
  return subject && (withUnclosedAppositive(ctx, subject, cueFirst, floor) ?? withAsWellAs(ctx, subject, floor) ?? subject);
}

/** "The mayor and the warden as well as the guild have endorsed": the members before "as well as" join the subject. */
function withAsWellAs(ctx: AttributionContext, subject: TokenSpan, floor: number): TokenSpan | null {
  const as = subject.first - 3;
  if (as - 1 < floor || ctx.tokens[as]?.norm !== "as" || ctx.tokens[as + 1]?.norm !== "well" || ctx.tokens[as + 2]?.norm !== "as") return null;
  const before = phraseEndingAt(ctx, subject.first - 4, floor);
  if (!before) return null;
  const members = withListBefore(ctx, before, floor);
  return opensSubjectClause(ctx, members.first, floor) ? { first: members.first, last: subject.last } : null;
}

const VERB_GROUP_POS = new Set(["AUX", "ADV", "PART"]);

/**
 * "Ann Berg, a pilot with the harbour board told ...": an appositive the writer forgot to close describes the name
 * before its comma, and PolNeAR takes both as the speaker. Not when the cue is set off itself ("Berg, a top aide said,
 * is ..."), where the name belongs to the reported clause.
 */
function withUnclosedAppositive(ctx: AttributionContext, subject: TokenSpan, cueFirst: number, floor: number): TokenSpan | null {
  const comma = subject.first - 1;
  if (!isComma(ctx.tokens[comma]) || ctx.quoteOf[comma] !== -1 || !ARTICLES.has((ctx.tokens[subject.first] as Token).norm)) return null;
  // The cue may open on an auxiliary or adverb ("has said,", "also said,"): the word after its verb decides.
  let verb = cueFirst;
  while (VERB_GROUP_POS.has(ctx.tokens[verb]?.pos ?? "") && ctx.tokens[verb + 1]?.pos !== "PUNCT") verb++;
  const after = ctx.tokens[verb + 1];
  if (!after || after.pos === "PUNCT") return null;
  // A name of two words or more that opens the sentence: a lone capitalised word there may be an adverb ("Offstage,"),
  // and a name after a comma a place ("in Alma, Iowa,") or a time.
  const name = nameBeforeComma(ctx, comma, floor);
  if (!name || name.first !== sentenceBounds(ctx, comma).first || name.last === name.first) return null;
  // "Costs doubled, the agency said in a statement": a name ending on its verb is the clause reported, not a speaker.
  if ((ctx.tokens[name.last] as Token).pos === "VERB") return null;
  for (let i = name.first; i <= name.last; i++) if (ctx.timeToken[i]) return null;
  return { first: name.first, last: subject.last };
}

const MODIFIER_POS = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP", "PART", "ADV"]);
/** Words that open a clause of their own, whatever wink tags them: the subject cannot reach past them. */
const CLAUSE_WORDS = new Set([...SUBORDINATORS, "where", "whether", "that", "which", "who", "whom", "whose"]);

/**
 * "Democrats trying to win back the Senate say", "Opponents of letting ferries into the bay cite": a noun that opens
 * the clause, modified by a participle phrase, is the subject; the noun next to the cue ends its object. Look left
 * over nouns, prepositions and non-finite verbs (an -ing form, a participle after its noun, a verb after "to") for the
 * leftmost noun phrase that opens the clause; a finite verb, an auxiliary or punctuation ends the search.
 */
function withParticiplePhrase(ctx: AttributionContext, phrase: TokenSpan, floor: number): TokenSpan | null {
  if (isPersonalPronoun(ctx.tokens[phrase.last])) return null;
  let best: number | null = null;
  let participle = false;
  for (let k = phrase.first - 1; k >= floor && phrase.first - k < 20; k--) {
    const t = ctx.tokens[k] as Token;
    const before = ctx.tokens[k - 1];
    if (ctx.quoteOf[k] !== -1 || CLAUSE_WORDS.has(t.norm)) break;
    // "a study released by the Institute of Tides, Waves and Currents": the subject ends on a list whose first member
    // the participle's agent holds.
    if (isComma(t) && k === phrase.first - 1 && hasConjunction(ctx, phrase)) continue;
    if (t.pos === "VERB") {
      const ing = t.norm.endsWith("ing") && before?.pos !== "AUX";
      // "The first pilot to land the seaplane said": an infinitive after a noun modifies it as a participle does. Not
      // before an infinitive cue, whose subject is the infinitive's object ("expects the storm to force Lund to admit").
      const infinitive = before?.norm === "to" && NOUN_PHRASE_POS.has(ctx.tokens[k - 2]?.pos ?? "") && ctx.tokens[phrase.last + 1]?.norm !== "to";
      if (ing || isParticipleAfterNoun(ctx, k) || infinitive) participle = true;
      else if (before?.norm !== "to") break;
    } else if (isParticipleReadAsNoun(ctx, k)) participle = true;
    else if (!MODIFIER_POS.has(t.pos) && !isPossessiveMarker(t)) break;
    if (participle && NOUN_PHRASE_POS.has(t.pos) && opensSubjectClause(ctx, k, floor) && ctx.timeToken[k] !== 1) best = k;
  }
  return best === null ? null : { first: best, last: phrase.last };
}

/**
 * "a report released Sunday by the board": a past participle right after its noun, with its agent after it; without
 * one the form is as likely a finite verb ("the row flared up after ...", "Lund called for ...").
 */
function isParticipleAfterNoun(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  const before = ctx.tokens[k - 1];
  if (!(t.norm.endsWith("ed") || t.norm.endsWith("en")) || !(before?.pos === "NOUN" || before?.pos === "PROPN")) return false;
  for (let i = k + 1; i < k + 6 && ctx.tokens[i] !== undefined; i++) {
    if ((ctx.tokens[i] as Token).norm === "by") return true;
    if (!ctx.timeToken[i] && !((ctx.tokens[i] as Token).pos === "ADP" || (ctx.tokens[i] as Token).pos === "DET")) return false;
  }
  return false;
}

/**
 * "Ben Carson, Ted Cruz and Rand Paul said": the commas before a coordination list its other members. The list
 * joins the subject only when its first member starts the clause and none is a time ("On Monday, Lind and Berg").
 */
function withListBefore(ctx: AttributionContext, phrase: TokenSpan, floor: number): TokenSpan {
  // "unions, green groups, and many lawmakers": after a serial comma the last member's "and" stands outside its phrase.
  // "she and other leaders" opens its own list.
  const serial = isComma(ctx.tokens[phrase.first - 2]) && (ctx.tokens[phrase.first - 1]?.norm === "and" || ctx.tokens[phrase.first - 1]?.norm === "or");
  if ((!hasConjunction(ctx, phrase) && !serial) || isPersonalPronoun(ctx.tokens[phrase.first])) return phrase;
  let first = serial ? phrase.first - 1 : phrase.first;
  for (let members = 0; members < 10; members++) {
    const comma = first - 1;
    if (!isComma(ctx.tokens[comma]) || ctx.quoteOf[comma] !== -1) return phrase;
    const member = phraseEndingAt(ctx, comma - 1, floor);
    // A member is a noun ("First, she and ..." is no list), not the object of an opening phrase ("In talks, ...").
    const head = member && (ctx.tokens[member.last] as Token);
    // Once a member is found, what stands before the next comma, whatever it is, ends the list there: "On Monday,
    // Lind, Berg and Moe", "Tired and cold, Lind, Berg and Moe". After a serial comma ("..., records show, and experts")
    // one member alone is too weak a sign of a list.
    if (!member || !head || !(head.pos === "NOUN" || head.pos === "PROPN") || ctx.timeToken[member.last] || hasConjunction(ctx, member) || hasFiniteVerb(ctx, member.first, member.last)) return members > (serial ? 1 : 0) ? { first, last: phrase.last } : phrase;
    const before = ctx.tokens[member.first - 1];
    // "But unions, green groups and lawmakers say": a conjunction opening the sentence is no member's.
    const opening = before?.pos === "CCONJ" && isClauseOpener(ctx, member.first - 1, floor) && !isComma(ctx.tokens[member.first - 2]);
    // "During the debate, Berg, Lund and Moe said": the list runs back to the phrase that opens the sentence.
    if (before && member.first > floor && before.pos === "ADP" && !opening) return members > 0 ? { first, last: phrase.last } : phrase;
    if (before && member.first > floor && before.pos === "CCONJ" && !opening) return phrase;
    first = member.first;
    if (isClauseOpener(ctx, first, floor) && !isComma(ctx.tokens[first - 1])) return { first, last: phrase.last };
  }
  return phrase;
}

function hasConjunction(ctx: AttributionContext, span: TokenSpan): boolean {
  for (let i = span.first + 1; i < span.last; i++) if ((ctx.tokens[i] as Token).pos === "CCONJ") return true;
  return false;
}

/**
 * "a city official who spoke on condition of anonymity said", "pilots whose boats sank said": a subject carrying a
 * relative clause. Look left from the end of the clause for "who"/"that"/"whose" with a noun phrase before it that
 * starts the clause.
 */
function withRelativeClause(ctx: AttributionContext, from: number, last: number, floor: number): TokenSpan | null {
  for (let r = from - 1; r >= floor && from - r < 15; r--) {
    const t = ctx.tokens[r] as Token;
    // A phrase that ends on its own verb is that relative's subject and verb ("the fee that the guild set rose"): the
    // relative's clause closes before the cue, and its noun heads the cue's subject, whatever the tag of "that".
    const closedRelative = r === from - 1 && (ctx.tokens[last] as Token).pos === "VERB";
    if (isComma(t) || isSentencePunct(t) || ctx.quoteOf[r] !== -1) return null;
    // "The judges who ruled that the port could not raise its fees said": a clause opened by "that" may be what the
    // relative clause's verb says; the subject is the noun before "who" only if one follows right after that verb.
    if (t.norm === "that" && t.pos === "SCONJ" && !closedRelative) {
      const reporter = r - 1;
      const who = ctx.tokens[reporter - 1];
      if (ctx.tokens[reporter]?.pos !== "VERB" || !(who?.norm === "who" || who?.norm === "which")) return null;
      continue;
    }
    if (!(t.norm === "who" || t.norm === "that" || t.norm === "which" || t.norm === "whose") || r === last) continue;
    // "the plans that countries offered": "that" or "which" right before the cue's own subject is the verb's
    // object, and the subject speaks for itself ("who" is a subject: "some who advocate reform say").
    if (r === from - 1 && t.norm !== "who" && !closedRelative) return null;
    const head = phraseEndingAt(ctx, r - 1, floor);
    if (!head || !isClauseOpener(ctx, head.first, floor) || isPersonalPronoun(ctx.tokens[head.last])) return null;
    return { first: head.first, last };
  }
  return null;
}

/**
 * "Drivers the depot hired say", "Each rower I coached in spring thinks": a relative clause with no "who" or "that"
 * after the noun that opens the clause; PolNeAR marks the noun with its whole clause as the speaker. Read it only when
 * the clause has a subject of its own (a pronoun, a name, a determined or possessed noun) and one verb, and the cue
 * follows it at once; `j` is the clause's last word.
 */
function withContactClause(ctx: AttributionContext, j: number, floor: number): TokenSpan | null {
  // The cue must be the main clause's finite verb: "the campaigns they plan to fight" or "a memo he wrote describing"
  // has the clause in an object.
  let c = j + 1;
  while ((ctx.tokens[c] as Token | undefined)?.pos === "ADV") c++;
  const cue = ctx.tokens[c];
  if (!cue || !(cue.pos === "VERB" || cue.pos === "AUX") || cue.norm.endsWith(PARTICIPLE_SUFFIX)) return null;
  // The inner verb's object or adjunct ("met on the pier", "spoke with") takes the tags a participle phrase's does.
  let v = j;
  while (v > floor && v > j - 5 && MODIFIER_POS.has((ctx.tokens[v] as Token).pos) && ctx.quoteOf[v] === -1) v--;
  const verb = ctx.tokens[v] as Token;
  if (verb.pos !== "VERB" || ctx.quoteOf[v] !== -1 || verb.norm.endsWith(PARTICIPLE_SUFFIX)) return null;
  const k = skipLeftAdverbs(ctx, v - 1, floor);
  let s = k;
  while (s >= floor && (ctx.tokens[s] as Token).pos === "AUX") s--;
  if (s < floor) return null;
  const inner = isPersonalPronoun(ctx.tokens[s]) ? { first: s, last: s } : phraseEndingAt(ctx, s, floor);
  if (!inner || inner.first <= floor) return null;
  const lead = ctx.tokens[inner.first] as Token;
  if (!(isPersonalPronoun(lead) || POSSESSIVE_PRONOUNS.has(lead.norm) || lead.pos === "PROPN" || lead.norm === "the")) return null;
  const head = phraseEndingAt(ctx, inner.first - 1, floor);
  const noun = head && (ctx.tokens[head.last] as Token);
  if (!head || !noun || !(noun.pos === "NOUN" || noun.pos === "PROPN") || ctx.timeToken[head.last] || !isClauseOpener(ctx, head.first, floor)) return null;
  return { first: head.first, last: j };
}

/** The speaker named after an inverted cue ("said Lunde, the harbour spokesman"), with its appositive. */
export function rightSubject(ctx: AttributionContext, cueLast: number, afterQuote = false): TokenSpan | null {
  const { last } = sentenceBounds(ctx, cueLast);
  const phrase = phraseStartingAt(ctx, cueLast + 1, last);
  // "said Thursday that ...", "announced March 23": a time after the verb is when, never who.
  if (!phrase || ctx.timeToken[phrase.first]) return null;
  // The description runs on to the end of the sentence ("said a source involved in the talks",
  // "said Ole Berg, a pollster working for ..."), short of a relative clause, an age, or an adjunct.
  let end = phrase.last;
  let relative = false;
  let described = false;
  let reports = false;
  for (;;) {
    // "said Ann Berg, the author of “Salt and Tide.”": the title of a work names the speaker's standing.
    const title = titleAfterOf(ctx, end);
    if (title) {
      end = title.lastToken;
      // "the authors of “Salt and Tide,” adding ...": a comma closing inside the title, before a verb, ends the speaker.
      if (closesOnComma(ctx, end) && ctx.tokens[end + 1]?.pos === "VERB") break;
      continue;
    }
    if (end + 1 > last || endsInvertedSubject(ctx, end + 1, described)) break;
    const t = ctx.tokens[end + 1] as Token;
    // "said Ann Berg, who told reporters that ...": a relative clause saying something of its own is a statement apart.
    if (t.norm === "who" && saysInClause(ctx, end + 2)) break;
    if (opensReportingRelative(ctx, end + 1)) {
      reports = true;
      break;
    }
    if (t.norm === "who" || t.norm === "which" || t.norm === "whose" || t.norm === "that") relative = true;
    if (relative || isComma(t)) described = true;
    // Outside a relative clause a finite verb starts a new clause: "said city officials do not ..."; in the description
    // of a speaker a quotation assures, a verb after "to" or before a noun is none ("the only senator to endorse Lund",
    // "a lawyer for hedge funds"). Without the quotation such a verb more likely means no speaker follows at all.
    // "says she warned about ...": no participle describes a pronoun, so a verb after one is its clause's.
    if (t.pos === "VERB" && end === phrase.first && isPersonalPronoun(ctx.tokens[end])) return null;
    const nonFinite = afterQuote && described && t.pos === "VERB" && ((ctx.tokens[end] as Token).norm === "to" || ctx.tokens[end + 2]?.pos === "NOUN");
    // No finite verb follows a determiner or adjective, or ends a description before "who" or the sentence's end:
    // "said Ida Voss, one of the potters." has a noun wink took for a verb.
    const after = ctx.tokens[end + 2];
    const noun = described && t.pos === "VERB" && (ctx.tokens[end]?.pos === "DET" || ctx.tokens[end]?.pos === "ADJ" || after === undefined || isSentencePunct(after) || after.norm === "who");
    // "said the ranger known as Pip", "a rule written by the board": an irregular participle before "as" or "by"
    // describes the speaker like a regular one.
    const participle = isIrregularParticiple(t) && (after?.norm === "as" || after?.norm === "by");
    if (!relative && (t.pos === "AUX" || (t.pos === "VERB" && !t.norm.endsWith("ed") && !t.norm.endsWith("ing") && !participle)) && !isMistaggedName(ctx, end + 1) && !nonFinite && !noun) return null;
    end++;
  }
  let subjectLast = trimTrailingPunct(ctx, phrase.first, end);
  // "said Ann Berg, a pollster, adding ...": an appositive keeps the comma that closes it, as on the left of a cue.
  // Not the comma before a relative clause that reports in words other than "said" or "told" ("said Ann Berg, a pilot,
  // who added that"): PolNeAR ends the speaker before it (3 of 4 on train), as beforeReportingRelative does.
  if (!reports && commaOutsideQuotes(ctx, phrase.first + 1, subjectLast - 1) && isComma(ctx.tokens[subjectLast + 1]) && ctx.sentenceOf[subjectLast + 2] === ctx.sentenceOf[subjectLast]) subjectLast++;
  return { first: phrase.first, last: subjectLast };
}

const ANONYMITY = /^(anonymity|anonymously)$/;
/** Words that speak of anonymity only when negated: "who was not authorized to speak", "who declined to be named", not "who was named director". */
const NEGATED_ANONYMITY = /^(authorized|identified|named|name)$/;
const NEGATIONS = new Set(["not", "n't", "without"]);

/**
 * "said one aide, who requested anonymity to speak freely": a relative clause saying why the speaker goes unnamed is
 * the writer's aside about the sourcing, and PolNeAR leaves it out of an inverted speaker.
 */
export function withoutAnonymityClause(ctx: AttributionContext, source: TokenSpan): TokenSpan {
  for (let r = source.first + 1; r < source.last; r++) {
    if ((ctx.tokens[r] as Token).norm !== "who") continue;
    // "asked that his name not be used": the negation may come after the word it negates.
    let anonymous = false;
    let negated = false;
    let aboutName = false;
    for (let k = r + 1; k <= source.last && !isComma(ctx.tokens[k]); k++) {
      const { norm, lemma } = ctx.tokens[k] as Token;
      anonymous ||= ANONYMITY.test(norm);
      negated ||= NEGATIONS.has(norm) || lemma === "decline" || lemma === "refuse";
      aboutName ||= NEGATED_ANONYMITY.test(norm);
    }
    return anonymous || (aboutName && negated) ? { first: source.first, last: trimTrailingPunct(ctx, source.first, r - 1) } : source;
  }
  return source;
}

/** A short closed quotation right after a noun and "of" (and a determiner) at `i`: "the author of “Salt and Tide”", "the authors of the “Tide Report”". */
function titleAfterOf(ctx: AttributionContext, i: number): Quote | null {
  if ((ctx.tokens[i] as Token).norm !== "of" || ctx.tokens[i - 1]?.pos !== "NOUN") return null;
  const quote = quoteStartingAt(ctx, ctx.tokens[i + 1]?.pos === "DET" ? i + 2 : i + 1);
  return quote && quote.closed && quoteLength(ctx, quote) <= 14 ? quote : null;
}

/** "said Ann Berg, 34, a nurse": a one- or two-digit number after a name is an age. */
export function isAge(t: Token): boolean {
  return AGE.test(t.text);
}

const AGE = /^\d{1,2}$/;

/**
 * Does the inverted subject stop before token `i`? It runs through appositives and relative clauses. Once a
 * description has begun (after a comma or "who"), its dates and "as" phrases describe the speaker's past
 * ("said Ann Berg, who ran for mayor in 2008", "who served as a judge", "a strategist on Obama's 2008
 * campaign") rather than when they spoke; a date or channel that opens a phrase after a comma does not.
 */
function endsInvertedSubject(ctx: AttributionContext, i: number, described: boolean): boolean {
  const t = ctx.tokens[i] as Token;
  if (ctx.quoteOf[i] !== -1 || t.norm === ";") return true;
  if (isSentencePunct(t) && (ctx.tokens[i + 1] === undefined || ctx.sentenceOf[i + 1] !== ctx.sentenceOf[i] || isQuoteMarkAt(ctx, i + 1))) return true;
  const next = ctx.tokens[i + 1];
  // A figure after the comma starts a new clause; an age ("34") describes, and so does a first description counting
  // the speaker in a group ("said Ann Berg, one of the pilots", "..., 54, one of the pilots"); after another
  // description it is more likely of something else.
  // ", but ..." is the writer's clause, ", about the plan" the topic and ", with a grin" the manner, none of them more
  // of the speaker. ", including Berg" names members of the speaker and stays in, though wink tags it a verb.
  const onlyAge = isComma(ctx.tokens[i - 2]) && isAge(ctx.tokens[i - 1] as Token);
  // ", still smarting from the loss": an adverb before a verb changes nothing; the verb's phrase is the writer's.
  if (isComma(t) && next?.pos === "ADV" && ctx.tokens[i + 2]?.pos === "VERB" && /(ing|ed)$/.test((ctx.tokens[i + 2] as Token).norm)) return true;
  // "said Lund, who runs the port, and the ferries will stop": after a description, "and" with a subject and a verb is
  // the writer's next clause.
  if (described && andClauseAfter(ctx, i)) return true;
  if (isComma(t)) return !next || resumesPredicate(ctx, i + 1) || (next.pos === "NUM" && !isAge(next) && ((described && !onlyAge) || ctx.tokens[i + 2]?.norm !== "of")) || (next.pos === "VERB" && !opensTitle(ctx, i + 1) && next.norm !== "including") || next.norm === "according" || next.norm === "though" || next.norm === "although" || next.norm === "but" || next.norm === "with" || (next.norm === "about" && ctx.tokens[i + 2]?.pos !== "NUM");
  // "said Lund later.", "said Lund again": a bare adverb of time right after the name says when, as after the cue.
  if (!described && t.pos === "ADV" && TRAILING_TIME_ADVERBS.has(t.norm) && !isComma(ctx.tokens[i - 1])) return true;
  // Right after a comma, even one closing the description, a time or a channel is when and how they spoke:
  // "said Ole Berg, a harbour engineer, on Monday", "..., 54, in a statement".
  if (described && !isComma(ctx.tokens[i - 1])) return false;
  if (ctx.timeToken[i] && !ctx.timeToken[i - 1]) return (ctx.tokens[i - 1] as Token).pos !== "DET" && (ctx.tokens[i - 1] as Token).pos !== "ADJ";
  if (t.norm === "as" && isIrregularParticiple(ctx.tokens[i - 1] as Token)) return false;
  if (t.norm === "when" || t.norm === "as" || t.norm === "after" || t.norm === "before" || t.norm === "while") return (ctx.tokens[i - 1] as Token).norm !== ",";
  // "wrote Ann Berg in the Harbour Times", "said Lund on Harbour Radio": after a bare name, where the words appeared.
  if (t.pos === "ADP" && (t.norm === "in" || t.norm === "on") && !described && (ctx.tokens[i - 1] as Token).pos === "PROPN") return true;
  if (t.pos === "ADP" && (t.norm === "in" || t.norm === "on" || t.norm === "at" || t.norm === "during" || t.norm === "via")) {
    const np = phraseStartingAt(ctx, i + 1, Math.min(ctx.tokens.length - 1, i + 8));
    if (np === null) return false;
    const head = ctx.tokens[np.last] as Token;
    const inOrOn = t.norm === "in" || t.norm === "on";
    // "wrote Ann Berg, Lund's niece, on Facebook": a name right after the comma closing the description is where.
    // After a relative clause it may place what the clause named ("whose district includes Hyde Park, on the South Side").
    const named = described && isComma(ctx.tokens[i - 1]) && inOrOn && head.pos === "PROPN" && !relativeClauseBefore(ctx, i);
    // "said the agency in a report", "wrote Lund in a memo": a text issued is where the words appeared too.
    const issued = inOrOn && DOCUMENT_NOUNS.has(head.lemma);
    return EVENT_NOUNS.test(head.norm) || ctx.timeToken[np.last] === 1 || named || issued;
  }
  return false;
}

/** Does a relative pronoun open a clause in the same sentence before token `i`? */
function relativeClauseBefore(ctx: AttributionContext, i: number): boolean {
  const { first } = sentenceBounds(ctx, i);
  for (let k = i - 1; k >= first; k--) if (ctx.quoteOf[k] === -1 && RELATIVE_OPENERS.has((ctx.tokens[k] as Token).norm)) return true;
  return false;
}

/** "known", "chosen": a verb form that is neither its lemma, an -s form nor an -ing form, and could be a participle. */
function isIrregularParticiple(t: Token): boolean {
  return t.pos === "VERB" && verbForm(t) === "past";
}

/** Is `comma` followed by "and", a subject phrase and its verb: a clause of the writer's own? */
export function andClauseAfter(ctx: AttributionContext, comma: number): boolean {
  if (!isComma(ctx.tokens[comma]) || ctx.tokens[comma + 1]?.norm !== "and") return false;
  const np = phraseStartingAt(ctx, comma + 2, sentenceBounds(ctx, comma + 2).last);
  return np !== null && resumesPredicate(ctx, np.last + 1);
}

const PARTICIPLE_OPENERS = new Set(["by", "while", "after", "before", "when", "in", "without", "despite", "since", "upon", "on"]);

/**
 * A cue with no subject of its own shares one: "..., adding that", "and then said", "by saying",
 * "After saying X, the man ...". The subject is the last speaker in the sentence, or the sentence's subject.
 */
export function sharedSubject(ctx: AttributionContext, cue: Cue, previous: Draft | undefined): TokenSpan | null {
  const those = peopleDescribedBy(ctx, cue, cue.head);
  if (those) return those;
  const lead = leadVerb(ctx, cue);
  const participle = (ctx.tokens[lead ?? cue.head] as Token).norm.endsWith(PARTICIPLE_SUFFIX);
  // "Noting that the tide was high, Lund said ...": a participle opening the sentence speaks for the subject of the main
  // clause after it.
  if (participle && firstWordOfSentence(ctx, cue.first)) return subjectAfterClause(ctx, cue.last, sentenceBounds(ctx, cue.first).last);
  const before = ctx.tokens[cue.first - 1];
  if (!before) return null;
  // “... this race,” adding that ...: a quotation closing on a comma counts as the comma.
  const comma = isComma(before) || closesOnComma(ctx, cue.first - 1);
  if (ctx.quoteOf[cue.first - 1] !== -1 && !comma) return null;
  const opener = ctx.tokens[cue.first] as Token;
  // "... but on Tuesday wrote": a time between the conjunction and its verb.
  let c = skipAdverbsLeft(ctx, cue.first - 1);
  if (ctx.timeToken[c] && ctx.quoteOf[c] === -1) {
    while (c > 0 && (ctx.timeToken[c] || TIME_LEADERS.has((ctx.tokens[c] as Token).norm))) c--;
  }
  const conjunction = ctx.tokens[c];
  // "..., then admitted": the word of sequence may stand outside the cue, between the comma and the verb.
  const sequenced = (comma && SEQUENCE_WORDS.has(opener.norm) && !closesRelative(ctx, cue.first - 1)) || (SEQUENCE_WORDS.has(before.norm) && (isComma(ctx.tokens[cue.first - 2]) || closesOnComma(ctx, cue.first - 2)) && !closesRelative(ctx, cue.first - 2));
  const coordinated = (conjunction?.pos === "CCONJ" && (conjunction.norm === "and" || conjunction.norm === "but")) || sequenced || sequencedOverAside(ctx, cue.first) || inVerbSeries(ctx, cue, previous, comma);
  const afterOpener = participle && lead !== null && (comma || PARTICIPLE_OPENERS.has(before.norm) || DASHES.has(before.norm) || before.pos === "NOUN" || before.pos === "PROPN");
  if (!coordinated && !afterOpener) return null;
  const modified = participle && !comma && nounBeforeParticiple(ctx, cue.first);
  if (modified) return modified;
  // "with the potters, who fear the cost, backing her": past a relative clause on the noun of an absolute phrase, the
  // participle goes on with that noun. After other openers PolNeAR mostly credits the report around it.
  const relative = participle && isComma(before) ? relativeOpening(ctx, cue.first - 1) : -1;
  const described = relative !== -1 && ctx.tokens[relative + 1]?.norm === "who" ? nounBeforeParticiple(ctx, relative) : null;
  if (described && ctx.tokens[described.first - 1]?.norm === "with") return described;
  // "with aides handing out leaflets and urging ...": a participle joined to one in an absolute phrase shares its noun.
  // The phrase must be in the participle's own sentence: a period is no comma and does not stop the scan.
  if (coordinated && participle) {
    const first = sentenceBounds(ctx, cue.first).first;
    for (let k = c - 1; k >= first && c - k < 20 && ctx.quoteOf[k] === -1 && !isComma(ctx.tokens[k]); k--) {
      if ((ctx.tokens[k] as Token).pos !== "VERB" || !(ctx.tokens[k] as Token).norm.endsWith(PARTICIPLE_SUFFIX)) continue;
      const absolute = nounBeforeParticiple(ctx, k);
      if (absolute && ctx.tokens[absolute.first - 1]?.norm === "with") return absolute;
      break;
    }
  }
  const sentence = ctx.sentenceOf[cue.first]!;
  // "Lind stepped up her attacks on Berg, saying ...": an owner inside the object ("her") is not the subject that speaks on.
  // "Berg, who chaired the board, will step down, saying ...": a participle does not go on with the speaker of a relative
  // clause ("who") but with the main clause's subject; a coordinated verb ("who chaired it and said") does.
  const relativeSpeaker = !coordinated && previous?.source && previous.source.first === previous.source.last && isRelativePronoun(ctx.tokens[previous.source.first]);
  if (previous && previous.sentence === sentence && previous.source && previous.cue.last < cue.first && previous.rule !== "nominal-cue" && !relativeSpeaker) {
    // "Anglers welcomed the ban, and the guild filed a complaint, saying ...": a coordinated clause of its own after the
    // last statement's content gives the participle its subject.
    const later = coordinated ? null : subjectOfVerbBefore(ctx, cue, lastTokenBefore(ctx, previous.cue.last, previous.content.end));
    if (later && ctx.tokens[later.first - 1]?.pos === "CCONJ" && !isRelativePronoun(ctx.tokens[later.first])) return later;
    // "Berg says the quay is shut, but Lund is a pilot and has argued ...": a clause of its own between the last
    // statement and the conjunction gives the coordinated verb its subject.
    const resumed = coordinated ? clauseSubjectBetween(ctx, previous.cue.last + 1, c) : null;
    if (resumed) return resumed;
    // "When the guild raised its fees, Lund wrote to the council, warning ...": a participle after the main clause goes on
    // with that clause's subject, not with a speaker inside the clause the sentence opens with.
    if (coordinated || !inOpeningSubordinate(ctx, previous.source.first)) return previous.source;
    const main = subjectAfterContent(ctx, previous, cue);
    if (main) return main;
  }
  const bounds = sentenceBounds(ctx, cue.first);
  const clauseSubject = subjectOfVerbBefore(ctx, cue, bounds.first);
  if (clauseSubject) return clauseSubject;
  const opened = coordinated ? clauseSubjectBetween(ctx, bounds.first, c) : null;
  if (opened) return opened;
  const leading = skipSentenceIntros(ctx, bounds.first, cue.first);
  if (leading >= cue.first - 1) return subjectAfterClause(ctx, cue.last, bounds.last);
  return phraseStartingAt(ctx, leading, cue.first - 1);
}

/**
 * "among those describing themselves as pilots", "for those focused on the tides": "those" before a participle names
 * the people it describes, and they speak through it. A past participle with its agent ("those listed by Berg")
 * names whom the agent spoke of.
 */
export function peopleDescribedBy(ctx: AttributionContext, cue: TokenSpan, head: number): TokenSpan | null {
  const k = cue.first - 1;
  const verb = ctx.tokens[head] as Token;
  if (ctx.tokens[k]?.norm !== "those" || ctx.quoteOf[k] !== -1 || verb.pos !== "VERB") return null;
  // A past form after "those" may be the verb of its clause ("Those argued that ..."); after a preposition it cannot.
  const bare = verb.norm.endsWith(PARTICIPLE_SUFFIX) || (isPastForm(verb) && ctx.tokens[k - 1]?.pos === "ADP" && ctx.tokens[cue.last + 1]?.norm !== "by");
  return bare ? { first: k, last: k } : null;
}

/**
 * "Lund, who chaired the board, later resigned": a comma that ends a clause opened by ", who" or ", which" closes that
 * clause, so the verb after it is the main clause's, not a second verb of the relative pronoun.
 */
function closesRelative(ctx: AttributionContext, comma: number): boolean {
  return relativeOpening(ctx, comma) !== -1;
}

/** The comma that opens the ", who" or ", which" clause closed by `comma`, or -1. */
function relativeOpening(ctx: AttributionContext, comma: number): number {
  let k = comma - 1;
  while (k > 0 && !isComma(ctx.tokens[k]) && ctx.sentenceOf[k] === ctx.sentenceOf[comma]) k--;
  return isComma(ctx.tokens[k]) && isRelativePronoun(ctx.tokens[k + 1]) && ctx.quoteOf[k + 1] === -1 ? k : -1;
}

/**
 * "Lund praised the bakers, criticized the millers and endorsed Berg": a finite cue verb after a comma that closes the
 * last statement's content, with "and" and another finite verb still to come, is the next item in a list of that
 * speaker's acts. A relative clause closes on such a comma too ("Lund, who chairs the board, said"): its speaker is
 * not the list's.
 */
function inVerbSeries(ctx: AttributionContext, cue: Cue, previous: Draft | undefined, comma: boolean): boolean {
  if (!comma || cue.first !== cue.head || !isFiniteVerb(ctx.tokens[cue.head])) return false;
  const source = previous?.source;
  if (!previous || !source || previous.sentence !== ctx.sentenceOf[cue.first] || previous.cue.last >= cue.first) return false;
  if (source.first === source.last && isRelativePronoun(ctx.tokens[source.first])) return false;
  // "called it “weak,” denounced ...": a quotation closing on the comma closes the content with it.
  const closing = closesOnComma(ctx, cue.first - 1) ? cue.first - 1 : cue.first - 2;
  if (previous.content.end !== (ctx.tokens[closing] as Token | undefined)?.end) return false;
  // "Coach Slams Referee, Praises Goalkeeper": a headline lists its verbs with commas alone; a capitalised verb there is one.
  if (/^\p{Lu}/u.test((ctx.tokens[cue.head] as Token).text)) return true;
  const { last } = sentenceBounds(ctx, cue.last);
  for (let k = cue.last + 1; k < last; k++) {
    const t = ctx.tokens[k] as Token;
    // "mocked the board and its allies, and made ...": an "and" inside an object joins nouns; the list goes on.
    if (ctx.quoteOf[k] === -1 && t.pos === "CCONJ" && t.norm === "and" && isFiniteVerb(ctx.tokens[k + 1])) return true;
  }
  return false;
}

/**
 * "Fees, said Lund, will rise", "..., said Berg, never forgets": after the comma closing an inverted speaker, an
 * auxiliary or a finite verb (past adverbs) takes up the clause the aside interrupted; no description opens on one.
 */
export function resumesPredicate(ctx: AttributionContext, k: number): boolean {
  while ((ctx.tokens[k] as Token | undefined)?.pos === "ADV") k++;
  return ctx.quoteOf[k] === -1 && ((ctx.tokens[k] as Token | undefined)?.pos === "AUX" || isFiniteVerb(ctx.tokens[k]));
}

/** A verb in the past or the third person: "praised", "urges"; not "praise", "praising". */
export function isFiniteVerb(t: Token | undefined): boolean {
  return t !== undefined && t.pos === "VERB" && t.norm !== t.lemma && !t.norm.endsWith(PARTICIPLE_SUFFIX);
}

/**
 * "..., with Senator Lund telling reporters that": in an absolute phrase the noun after "with" is the subject of its
 * participle and speaks through it, not the subject of the sentence; so is a noun the participle modifies after
 * "for", "from", "into", "including", "alongside", "of", "among", "like", "despite", "amid", "about", "over", "after" or
 * "as" ("money for groups backing Lund", "an item alongside a column suggesting", "despite polls showing", "asked about
 * Lund praising the ferry", "a week after a neighbour demanding a fence"). After most verbs ("released a report
 * detailing"), or "to" and "in" ("a pitch to voters saying"), PolNeAR as often credits the verb's subject.
 */
const ABSOLUTE_OPENERS = new Set(["with", "for", "from", "into", "including", "alongside", "of", "among", "like", "despite", "amid", "about", "over", "after", "as"]);
/**
 * "left many voters wondering", "to see a senator defending", "a list that included aides suggesting": after a verb of
 * perception, of leaving, or of including, the noun and its participle form one small clause.
 */
const SMALL_CLAUSE_VERBS = new Set(["see", "watch", "hear", "leave", "get", "find", "keep", "imagine", "picture", "include", "feature", "show"]);

function nounBeforeParticiple(ctx: AttributionContext, participle: number): TokenSpan | null {
  const last = participle - 1;
  const noun = ctx.tokens[last];
  if (!noun || !(noun.pos === "NOUN" || noun.pos === "PROPN") || ctx.quoteOf[last] !== -1 || ctx.timeToken[last]) return null;
  const phrase = phraseEndingAt(ctx, last, leftFloor(ctx, participle));
  if (!phrase) return null;
  const b = ctx.tokens[phrase.first - 1];
  // "The backers were a guild urging ...": a noun after a form of "be" is the predicate, and the participle describes it.
  const predicate = b?.pos === "AUX" && b.lemma === "be";
  const takenInText = b?.pos === "VERB" && TEXT_TAKING_VERBS.has(b.lemma) && DOCUMENT_NOUNS.has(noun.lemma);
  if (b && (ABSOLUTE_OPENERS.has(b.norm) || predicate || takenInText || (b.pos === "VERB" && SMALL_CLAUSE_VERBS.has(b.lemma)))) return phrase;
  if (!speaksThroughParticiple(noun)) return null;
  const people = afterLastVerb(ctx, phrase);
  // "emailed donors asking", "a note to members stating": after "to" or a verb the people are the message's
  // addressees, and the participle's words are the sender's.
  const addressed = ctx.tokens[people.first - 1]?.norm === "to" || ctx.tokens[people.first - 1]?.pos === "VERB";
  return addressed && ADJUNCT_TAKING_SPEECH.has((ctx.tokens[participle] as Token).lemma) ? null : people;
}

/**
 * "the report cheered voters", "raised funds for a group": a phrase that ran over a verb or a preposition keeps only
 * their object, the people the participle follows; "of" names whose members they are ("leaders of the guild").
 */
function afterLastVerb(ctx: AttributionContext, span: TokenSpan): TokenSpan {
  for (let i = span.last; i > span.first; i--) {
    const t = ctx.tokens[i] as Token;
    if (t.pos === "VERB" || t.pos === "AUX" || (t.pos === "ADP" && t.norm !== "of")) return { first: i + 1, last: span.last };
  }
  return span;
}

/** Nouns for a body of people that PERSON_NOUNS, made for single speakers' titles, leaves out. */
const GROUP_NOUNS: ReadonlySet<string> = new Set(["group", "groups", "pac", "pacs"]);

/**
 * "gave money to a group backing Lund", "cheered residents hoping for rain": people, or a body of them, speak through
 * the participle that follows them wherever they stand, and PolNeAR credits them rather than the verb's subject; a
 * thing ("released a report detailing") does not, and the verb's subject speaks through it. Narrower than frames.ts
 * namesPeople (which also asks the role lexicon and the entity stage's plural subjects): with those lists it gives 11
 * statements over the corpora another speaker, some better, some worse ("husband" for a couple), at no gain on dev.
 */
function speaksThroughParticiple(noun: Token): boolean {
  return PERSON_NOUNS.test(noun.norm) || GROUP_NOUNS.has(noun.norm) || (noun.pos === "PROPN" && PLURAL_FORM.test(noun.norm));
}

/**
 * The subject of the last clause opened between `from` and `to` by a semicolon, "but", or a conjunction after a comma:
 * "..., but | Lund is ...". A bare "and" may join two subjects ("Lund and Berg are ...").
 */
function clauseSubjectBetween(ctx: AttributionContext, from: number, to: number): TokenSpan | null {
  for (let k = to - 1; k >= from; k--) {
    const t = ctx.tokens[k] as Token;
    const opens = t.norm === ";" || (t.pos === "CCONJ" && (t.norm === "but" || isComma(ctx.tokens[k - 1])));
    if (ctx.quoteOf[k] !== -1 || !opens) continue;
    const np = phraseStartingAt(ctx, k + 1, to - 1);
    if (np && resumesPredicate(ctx, np.last + 1)) return np;
  }
  return null;
}

/** "When Lund spoke, ...", "Ever since Berg wrote ...": does the speaker at `first` follow a subordinator opening its sentence? */
function inOpeningSubordinate(ctx: AttributionContext, first: number): boolean {
  if (!SUBORDINATORS.has((ctx.tokens[first - 1] as Token | undefined)?.norm ?? "")) return false;
  return firstWordOfSentence(ctx, (ctx.tokens[first - 2] as Token | undefined)?.norm === "ever" ? first - 2 : first - 1);
}

/** The subject after the comma that closes a statement's content: "When Lund spoke of X, | Berg ...". */
function subjectAfterContent(ctx: AttributionContext, previous: Draft, cue: Cue): TokenSpan | null {
  let k = previous.cue.last + 1;
  while (k < cue.first && (ctx.tokens[k] as Token).start < previous.content.end) k++;
  return isComma(ctx.tokens[k]) ? phraseStartingAt(ctx, k + 1, cue.first - 1) : null;
}

/** Words opening a clause that a verb says or asks: "admitted that ...", "asked whether ...". */
const COMPLEMENT_OPENERS = new Set(["that", "whether"]);

/**
 * "At a rally in Dover, Lund tried to explain her plan, saying ...", "..., and the union has sued the city, saying ...":
 * a participle after a clause shares the subject of that clause's verb, the nearest finite one before it (an
 * infinitive or a bare participle hangs on a verb further left).
 */
function subjectOfVerbBefore(ctx: AttributionContext, cue: Cue, first: number): TokenSpan | null {
  let subordinate: TokenSpan | null = null;
  for (let k = cue.first - 2; k > first && cue.first - k < 40; k--) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoteOf[k] !== -1) return subordinate;
    if (t.pos !== "VERB" && !isMainAuxiliary(ctx, k)) continue;
    const before = ctx.tokens[k - 1] as Token;
    // "are also reviewing": an adverb may stand between the auxiliary and its -ing form.
    if (before.norm === "to" || (t.norm.endsWith(PARTICIPLE_SUFFIX) && (ctx.tokens[skipAdverbsLeft(ctx, k - 1)] as Token | undefined)?.pos !== "AUX")) continue;
    const subject = leftSubject(ctx, k, leftFloor(ctx, k));
    // "Lund pinned the fault on Berg, accusing ...": a noun phrase right after a verb is that verb's object; a verb after
    // it (a participle describing it, or a noun mistagged as a verb) does not make it a subject.
    if (!subject || (ctx.tokens[subject.first - 1] as Token | undefined)?.pos === "VERB") continue;
    // "Lund spoke at the forum hosted by the guild, predicting ...": nor is a preposition's object, which a
    // participle after it describes; but after "with" it is the subject of an absolute phrase ("With his campaign
    // buffeted by criticism and denying ...").
    const opener = ctx.tokens[subject.first - 1] as Token | undefined;
    if (opener?.pos === "ADP" && opener.norm !== "with" && !SUBORDINATORS.has(opener.norm) && !COMPLEMENT_OPENERS.has(opener.norm)) continue;
    // "Lund backed away from her forecast that the port would recover, and blamed ...": a clause opened by "that" or
    // "whether" is what a verb further left says or asks, and the later verb shares that verb's subject. A clause of
    // time ("as he accepted the prize, thanking ...") is not: PolNeAR credits its subject.
    if (!COMPLEMENT_OPENERS.has((ctx.tokens[subject.first - 1] as Token | undefined)?.norm ?? "")) return antecedentPastRelative(ctx, subject, k, cue.first) ?? subject;
    subordinate ??= subject;
  }
  return subordinate;
}

/**
 * "Lund was in Dover on Tuesday, praising ...", "Berg was just as blunt, claiming ...", "she did it quietly, admitting
 * ...": "be" before a preposition, or "do" before its object, is the clause's own verb, not an auxiliary, and its
 * subject is the participle's. An empty subject ("It's in the hands of the
 * board, ...") speaks for no one, and the search goes on to an earlier verb.
 */
function isMainAuxiliary(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  if (t.pos !== "AUX") return false;
  const next = ctx.tokens[skipAdverbsRight(ctx, k + 1)];
  const doesObject = t.lemma === "do" && (next?.pos === "PRON" || next?.pos === "DET" || next?.pos === "NOUN");
  if (!(next?.pos === "ADP" || doesObject)) return false;
  const subject = ctx.tokens[skipAdverbsLeft(ctx, k - 1)];
  return subject !== undefined && !DUMMY_SUBJECTS.has(subject.norm);
}

const DUMMY_SUBJECTS: ReadonlySet<string> = new Set(["it", "there", "this", "that"]);

/**
 * "Weber, who advises the guild, is no fan of Berg but lauded ...": when the verb found is a relative clause's and
 * that clause closes on a comma before the cue, the cue goes on with the main clause, whose subject is the noun the
 * relative pronoun stands for.
 */
function antecedentPastRelative(ctx: AttributionContext, subject: TokenSpan, verb: number, cueFirst: number): TokenSpan | null {
  const r = subject.first;
  if (subject.last !== r || !RELATIVE_OPENERS.has((ctx.tokens[r] as Token).norm) || !isComma(ctx.tokens[r - 1])) return null;
  let close = verb + 1;
  while (close < cueFirst && !(isComma(ctx.tokens[close]) && ctx.quoteOf[close] === -1)) close++;
  if (close >= cueFirst || relativeOpening(ctx, close) !== r - 1) return null;
  return phraseEndingAt(ctx, r - 2, leftFloor(ctx, r));
}

/** Is token `k` its sentence's first word, not counting quote marks and conjunctions before it? */
function firstWordOfSentence(ctx: AttributionContext, k: number): boolean {
  const { first } = sentenceBounds(ctx, k);
  let i = first;
  while (i < k && (isQuoteMarkAt(ctx, i) || (ctx.tokens[i] as Token).pos === "CCONJ")) i++;
  return i === k;
}

/**
 * "..., going on to detail", "..., taking pains to stress": in a cue of several verbs the first one says whether the
 * cue opens a participle clause, not the head at its end. Null when a word other than an adverb comes first, so the one
 * scan also tells whether only adverbs lead up to the participle ("..., falsely suggesting that").
 */
function leadVerb(ctx: AttributionContext, cue: Cue): number | null {
  let k = cue.first;
  while (k < cue.head && (ctx.tokens[k] as Token).pos === "ADV") k++;
  if ((ctx.tokens[k] as Token).pos === "VERB") return k;
  return k >= cue.head ? cue.head : null;
}

/** "A few weeks after Lund said ...", "Years before Berg claimed ...": the subordinator after a measure of time at `o`, or `o`. */
export function afterTimeMeasure(ctx: AttributionContext, o: number, limit: number): number {
  let m = o;
  while (m < limit && m < o + 4 && COMMON_PHRASE_POS.has((ctx.tokens[m] as Token).pos) && !SUBORDINATORS.has((ctx.tokens[m] as Token).norm)) m++;
  return m > o && m < limit && SUBORDINATORS.has((ctx.tokens[m] as Token).norm) && TIME_UNITS.has((ctx.tokens[m - 1] as Token).lemma) ? m : o;
}

/** Skip conjunctions, adverbs ("However, ..."), quote marks and an opening phrase closed by a comma ("In a statement, ..."). */
function skipSentenceIntro(ctx: AttributionContext, first: number, limit: number): number {
  let k = first;
  while (k < limit && ((ctx.tokens[k] as Token).pos === "CCONJ" || (ctx.tokens[k] as Token).pos === "ADV" || isQuoteMarkAt(ctx, k) || (k > first && isComma(ctx.tokens[k])))) k++;
  k = afterTimeMeasure(ctx, k, limit);
  const afterTime = afterOpeningTime(ctx, k, limit);
  if (afterTime !== null) return afterTime;
  const opener = ctx.tokens[k] as Token;
  if (opener.pos === "ADP" || opener.pos === "SCONJ" || opener.pos === "VERB") {
    for (let i = k + 1; i < limit && i - k < 15; i++) if (isComma(ctx.tokens[i])) return i + 1;
    return limit;
  }
  return k;
}

/**
 * "Sunday, on Harbour Radio, while praising the crews, Lund said ...": opening phrases may follow one another, each
 * closed by its comma, before the participle's opener or the subject.
 */
function skipSentenceIntros(ctx: AttributionContext, first: number, limit: number): number {
  let k = skipSentenceIntro(ctx, first, limit);
  for (let guard = 0; guard < 4 && k > first && k < limit - 1; guard++) {
    const next = skipSentenceIntro(ctx, k, limit);
    let opener = k;
    while (opener < limit && (isQuoteMarkAt(ctx, opener) || isComma(ctx.tokens[opener]))) opener++;
    // "in the release announcing ...": a phrase that runs into the cue is skipped only when the cue's own opener starts it.
    if (next === k || (next >= limit && opener !== limit - 1)) break;
    k = next;
  }
  return k;
}

/** "Last year, Lind ...", "Earlier Tuesday, Lind ...": the token after a time phrase that opens the sentence with a comma, or null. */
function afterOpeningTime(ctx: AttributionContext, k: number, limit: number): number | null {
  let i = k;
  while (i < limit && (ctx.timeToken[i] || TIME_LEADERS.has((ctx.tokens[i] as Token).norm) || RELATIVE_TIME.has((ctx.tokens[i] as Token).norm) || (i === k && SPAN_NOUNS.has((ctx.tokens[i] as Token).norm)))) i++;
  const last = ctx.tokens[i - 1] as Token | undefined;
  return i > k && last && (ctx.timeToken[i - 1] || RELATIVE_TIME.has(last.norm)) && isComma(ctx.tokens[i]) ? i + 1 : null;
}

const RELATIVE_TIME = new Set(["earlier", "later"]);
/** "Hours later,", "Days earlier,": a bare span of time opening the sentence before "later" or "earlier". */
const SPAN_NOUNS = new Set(["moments", "minutes", "hours", "days", "weeks", "months", "years"]);

/** "After saying he was tired, the man asked ...": the subject follows the opening clause. */
function subjectAfterClause(ctx: AttributionContext, from: number, last: number): TokenSpan | null {
  for (let i = from + 1; i < last && i - from < 30; i++) {
    // "Citing “a busy week,” Lund ...": a quotation closing on a comma ends the opening clause as the comma would.
    if (ctx.quoteOf[i] !== -1 && closesOnComma(ctx, i)) return phraseStartingAt(ctx, i + 1, last);
    if (ctx.quoteOf[i] !== -1) continue;
    if (!isComma(ctx.tokens[i])) continue;
    // "After praising the choir, which bowed, Lund ...": a relative clause on the last noun of the opening clause.
    if (RELATIVE_OPENERS.has((ctx.tokens[i + 1] as Token).norm)) continue;
    return phraseStartingAt(ctx, i + 1, last);
  }
  return null;
}

/** Words before a subject that belong to the sentence, not to the subject: "Earlier,", "But", "In the end,". */
function afterSentenceLead(ctx: AttributionContext, k: number, last: number): number {
  for (;;) {
    while (k <= last && ((ctx.tokens[k] as Token).pos === "CCONJ" || isQuoteMarkAt(ctx, k))) k++;
    const t = ctx.tokens[k];
    if (!t || (t.pos !== "ADV" && t.pos !== "ADP" && t.pos !== "SCONJ")) return k;
    // An opening phrase is closed by its comma and the subject starts after it; an adverb opens one only alone
    // ("Earlier,"): "Just over a third, 34 percent," is the subject itself.
    let c = k + 1;
    while (c <= last && !isComma(ctx.tokens[c])) c++;
    if (c >= last || (t.pos === "ADV" && c !== k + 1)) return k;
    k = c + 1;
  }
}

/**
 * A verb inside a subject phrase that still leaves it a phrase: "interviewed at", "titled “...”", "known as",
 * "pitched as", a participle in "-ing" ("the pilots flying the route").
 */
function isPhraseVerb(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  if (t.norm.endsWith(PARTICIPLE_SUFFIX)) return true;
  const next = ctx.tokens[i + 1];
  return isPastForm(t) && next !== undefined && (next.pos === "ADP" || isComma(next) || isQuoteMarkAt(ctx, i + 1));
}

/** Does an aside open here with an act of its own: "and obtained by", "citing" (not "including", which lists)? */
function addsAct(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  return t.pos === "CCONJ" || (t.pos === "VERB" && t.norm.endsWith(PARTICIPLE_SUFFIX) && !APPOSITIVE_WORDS.has(t.norm));
}

/**
 * Where a clause may start at or after `floor`: the sentence start, or after a quotation closed by a comma (“...,”
 * Lund ...); after any other quotation the clause began before it, out of reach.
 */
function clauseStartAt(ctx: AttributionContext, floor: number): number | null {
  if (floor === sentenceBounds(ctx, floor).first) return /\p{Ll}/u.test((ctx.tokens[floor] as Token).text[0] ?? "") ? null : floor;
  if (isComma(ctx.tokens[floor])) return floor + 1;
  return isComma(ctx.tokens[floor - 2]) ? floor : null;
}

/**
 * "The clerk of nine years, a nurse who would not give her name, said ...", "Many pilots interviewed this week, including
 * Lund, said ...": when no subject rule reaches the verb's subject, the whole phrase from the clause start right up to
 * the verb is it, descriptions and all (PolNeAR keeps appositives and their closing comma in the speaker), as long as
 * no verb of its own runs outside a relative clause, a quotation or brackets: then it is a clause, not a subject.
 */
export function wholeSubjectBefore(ctx: AttributionContext, cueFirst: number): TokenSpan | null {
  const last = cueFirst - 1;
  const start = clauseStartAt(ctx, leftFloor(ctx, cueFirst));
  if (start === null) return null;
  const first = afterSentenceLead(ctx, start, last);
  if (first > last || last - first > 40) return null;
  const opener = ctx.tokens[first] as Token;
  if ((!NOUN_PHRASE_POS.has(opener.pos) && opener.pos !== "ADV") || opener.norm.endsWith(PARTICIPLE_SUFFIX)) return null;
  const end = ctx.tokens[last] as Token;
  if (end.pos === "ADP" || end.pos === "CCONJ" || end.pos === "SCONJ" || end.pos === "DET" || end.pos === "AUX" || end.pos === "VERB") return null;
  let inRelative = false;
  let depth = 0;
  let hasNoun = false;
  for (let i = first; i <= last; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.norm === "(") depth++;
    else if (t.norm === ")") depth--;
    // "The club, citing the tolls, said", "A report drafted in May, and obtained by the Gazette, found": an aside
    // that adds an act of the subject's is no part of it.
    if (i > first && depth === 0 && !inRelative && ctx.quoteOf[i] === -1 && isComma(t) && addsAct(ctx, i + 1)) return hasNoun ? { first, last: i - 1 } : null;
    if (isDelimiterAt(ctx, i)) inRelative = false;
    else if (RELATIVE_OPENERS.has(t.norm) || (t.norm === "that" && ctx.tokens[i - 1]?.pos === "NOUN")) inRelative = true;
    if (ctx.quoteOf[i] !== -1 || depth > 0 || inRelative) continue;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM" || t.pos === "PRON") hasNoun = true;
    if (t.pos === "AUX" || (t.pos === "VERB" && !isPhraseVerb(ctx, i))) return null;
  }
  return hasNoun ? { first, last } : null;
}
