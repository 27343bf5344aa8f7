import { asDated } from "../annotate/timexes.js";
import type { AnnotatedDoc, Entity, NumberMention, Sentence, Statement, Timex, Token } from "../model/types.js";
import { MODALS } from "../annotate/entities/lexicon.js";
import { RELATIVE_PRONOUNS, SUBORDINATORS } from "../annotate/statements/lexicon.js";
import { ADMISSION_VERBS, CONTRACTIONS, DENIAL_VERBS, lightStem, NEGATING_VERBS, NEGATORS, REPORTING_VERBS, STOPWORDS, SYNONYM_KEY } from "./lexicon.js";

/** One token (or one collapsed mention) of a unit, as the diff and the alignment see it. */
export type UnitKey = {
  key: string;
  /** character range in the article covered by this key */
  start: number;
  end: number;
  /** true when the key is a content word or a mention, i.e. it says something about the fact */
  content: boolean;
  kind: "timex" | "number" | "entity" | "word";
  /** POS of the word, or of the mention's first token */
  pos: string;
  /** inside a clause of condition or expectation ("until engineers had checked the wall"): states no fact */
  hedged?: true;
};

/**
 * A claim unit: a sentence, or one clause of it when a sentence joins two facts
 * ("X happened on Monday, and the next day Y said ..."). Alignment and comparison work on units.
 */
export type Unit = {
  id: string;
  docIndex: number;
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  keys: UnitKey[];
  /** content terms for alignment, synonym-folded */
  terms: Set<string>;
  timexes: Timex[];
  numbers: NumberMention[];
  entities: Entity[];
  statements: Statement[];
};

const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM", "X"]);
const CLAUSE_JOINERS = new Set(["and", "but", "while", "whereas", "although", "though"]);

/**
 * Lines a page or feed carries around the story (credits, bylines, editors' notes, teasers, copyright) say nothing
 * about the event; built into units they turn up as facts only one report states.
 */
const PAGE_FURNITURE: readonly RegExp[] = [
  /^\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|written|produced) by\b/iu,
  /\bcontributed (?:to this (?:report|story|article)|reporting)\b/iu,
  /^(?:copyright\b|©)|\ball rights reserved\b/iu,
  /^(?:this|the) (?:story|article|post|piece) (?:has been|was) (?:updated|corrected|amended|changed)\b/iu,
  /^(?:(?:correction|clarification)\s*:\s*)?an? (?:earlier|previous|prior) version of this (?:story|article|post|piece)\b/iu,
  /^(?:read more|read next|related(?: coverage)?|more from [^:]{1,30}|image caption|photo credit|our standards)\s*:/iu,
  /^(?:sign up|subscribe) (?:for|to)\b/iu,
  // "(AP Photo/Ola Dahl)", "Photo: Reuters", "Photograph by Ann Berg": a picture's credit.
  /^\(?(?:[\p{Lu}][\p{L}&.]*\s+)?(?:photo|photograph|picture|image)s?\s*(?:[:/]|by\b)/iu,
];

export function isPageFurniture(sentence: string): boolean {
  const line = sentence.trim();
  return isByline(line) || PAGE_FURNITURE.some((re) => re.test(line));
}

const BYLINE_START = /^[Bb]y\s+/;
const BYLINE_NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
const BYLINE_LINKS: ReadonlySet<string> = new Set(["and", "of", "the"]);

/**
 * "By OLA DAHL Associated Press", "By Ann Berg, Staff Writer": only names, no sentence ("By Tuesday the ...", "By Jan.
 * 1 ..." cut at its period). Read word by word: one pattern over the whole line backtracks exponentially on a long
 * line of capitals that fails to match.
 */
function isByline(line: string): boolean {
  const start = BYLINE_START.exec(line);
  if (!start || line.endsWith(".")) return false;
  const words = line.slice(start[0].length).split(/[\s,|]+/).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => BYLINE_NAME_WORD.test(w) || BYLINE_LINKS.has(w));
}

const DAY_OR_MONTH = /(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * A photo's caption ("Fishermen unload their catch in Halden on Monday."): a paragraph of one sentence that tells,
 * in the present tense, what a picture shows on a day now past, the day closing the sentence. A report tells past
 * days in the past tense, and its present tense about a day ("The talks resume on Monday") looks ahead; a caption
 * holds no one's words and no clause of its own.
 */
function isCaption(doc: AnnotatedDoc, sentence: Sentence, furniture: readonly boolean[]): boolean {
  const { sentences, tokens, article } = doc;
  if (sentence.index === 0) return false;
  // A credit may follow in the paragraph: "... on Monday. (AP Photo/Ola Dahl)".
  const mate = (k: number) => sentences[k] !== undefined && (sentences[k] as Sentence).paragraph === sentence.paragraph && !furniture[k];
  if (mate(sentence.index - 1) || mate(sentence.index + 1)) return false;
  const day = doc.timexes.filter((t) => t.sentence === sentence.index).at(-1);
  const reference = doc.referenceDate?.value ?? "";
  if (!day || !/^\d{4}-\d\d-\d\d$/.test(day.value) || day.value > reference || !DAY_OR_MONTH.test(day.text)) return false;
  if (article.text.slice(day.end, sentence.end).replace(/\([^)]*\)/g, "").trim() !== ".") return false;
  const words = tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  if (words.some((t) => SUBORDINATORS.has(t.norm) || RELATIVE_PRONOUNS.has(t.norm) || /["“”]/.test(t.text))) return false;
  if (doc.statements.some((s) => s.cue.start >= sentence.start && s.cue.end <= sentence.end)) return false;
  // A picture is taken somewhere: "in Halden", "at the Skarne terminal".
  const placed = words.some((t, k) => PLACE_PREPOSITIONS.has(t.norm) && (words[k + 1]?.pos === "PROPN" || (words[k + 1]?.pos === "DET" && words[k + 2]?.pos === "PROPN")));
  if (!placed) return false;
  // The tagger often takes a caption's verb for a noun ("A deckhand waves"): no verb may tell of the past or ahead
  // ("is due to meet"), and "is" only makes a passive or progressive ("is pictured"), not a state ("is home to").
  return words.every((t, k) => {
    const next = words[k + 1];
    if (t.norm === "to" && next?.pos === "VERB") return false;
    if (BE_PRESENT.has(t.norm)) return next?.pos === "VERB";
    return !(t.pos === "VERB" || t.pos === "AUX") || presentForm(t) || BE_PRESENT.has(words[k - 1]?.norm ?? "");
  });
}

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "near", "outside", "inside", "off"]);
const BE_PRESENT: ReadonlySet<string> = new Set(["is", "are", "am"]);

/** "waves", "unload", "is", "walking": a present form of a verb (a modal or "has" looks ahead or back). */
function presentForm(t: Token): boolean {
  if (MODALS.has(t.norm) || t.lemma === "have" || t.lemma === "do") return false;
  return BE_PRESENT.has(t.norm) || t.norm.endsWith("ing") || [t.lemma, `${t.lemma}s`, `${t.lemma}es`].includes(t.norm);
}

/** Split every sentence of a document into claim units. */
export function buildUnits(doc: AnnotatedDoc, docIndex: number): Unit[] {
  const units: Unit[] = [];
  // Read once per sentence: a caption is told by its neighbours' furniture as well as its own.
  const furniture = doc.sentences.map((s) => isPageFurniture(doc.article.text.slice(s.start, s.end)));
  for (const [k, sentence] of doc.sentences.entries()) {
    if (furniture[k] || isCaption(doc, sentence, furniture)) continue;
    for (const [from, to] of clauseRanges(doc.tokens, sentence.tokenStart, sentence.tokenEnd)) {
      const first = doc.tokens[from] as Token;
      const last = doc.tokens[to - 1] as Token;
      const start = first.start;
      const end = last.end;
      const inside = <T extends { start: number; end: number }>(x: T) => x.start >= start && x.end <= end;
      const overlaps = <T extends { start: number; end: number }>(x: T) => x.start < end && x.end > start;
      const unit: Unit = {
        id: `${doc.article.id}:${units.length}`,
        docIndex,
        articleId: doc.article.id,
        sentence: sentence.index,
        start,
        end,
        keys: [],
        terms: new Set(),
        // compared by the dates they place events at, "three days later" included
        timexes: doc.timexes.filter(inside).map(asDated),
        numbers: doc.numbers.filter(inside),
        entities: doc.entities.filter(inside),
        statements: doc.statements.filter((s) => overlaps(s.content) || overlaps(s.cue)),
      };
      unit.keys = unitKeys(doc.tokens, from, to, unit);
      markHedged(doc.tokens, from, to, unit.keys);
      for (const k of unit.keys) if (k.content) unit.terms.add(termOf(k.key));
      units.push(unit);
    }
  }
  return units;
}

/**
 * Clause boundaries inside a sentence: a comma or semicolon followed by a joining conjunction,
 * when both sides hold a verb. Keeps "A, B and C" lists whole.
 */
function clauseRanges(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = from;
  // Words inside quotation marks are one source's words: cut at their comma, each half loses the speaker
  // (or keeps him alone) and one quote reads as two facts.
  let quoted = /^["“]$/.test((tokens[from] as Token).text);
  for (let i = from + 1; i < to - 1; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (t.text === "“" || t.text === "”" || t.text === '"') quoted = t.text === '"' ? !quoted : t.text === "“";
    if (quoted) continue;
    // A spaced dash opens an aside ("on Thursday - something Moscow has done before").
    const dash = /^[-–—]$/.test(t.text) && (tokens[i - 1] as Token).end < t.start && next.start > t.end;
    const boundary = t.text === ";" || dash || (t.text === "," && CLAUSE_JOINERS.has(next.norm));
    if (!boundary) continue;
    if (hasVerb(tokens, start, i) && hasVerb(tokens, i + 1, to)) {
      ranges.push([start, i]);
      start = i + 1;
    }
  }
  ranges.push([start, to]);
  return ranges.filter(([a, b]) => b > a);
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).pos === "VERB") return true;
  return false;
}

type Mention = { start: number; end: number; key: string; kind: UnitKey["kind"] };

/**
 * The unit as a sequence of keys: mentions (dates, numbers, names) collapse to their normalised value,
 * words to their lemma with contractions and reporting verbs folded, punctuation dropped.
 */
function unitKeys(tokens: readonly Token[], from: number, to: number, unit: Unit): UnitKey[] {
  const mentions: Mention[] = [
    ...unit.timexes.map((t) => ({ start: t.start, end: t.end, key: `T:${t.value}`, kind: "timex" as const })),
    ...unit.numbers.map((n) => ({ start: n.start, end: n.end, key: `N:${n.low}-${n.high}`, kind: "number" as const })),
    ...unit.entities.map((e) => ({ start: e.start, end: e.end, key: `E:${e.canonical.toLowerCase()}`, kind: "entity" as const })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const keys: UnitKey[] = [];
  let m = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    while (m < mentions.length && (mentions[m] as Mention).end <= t.start) m++;
    const mention = mentions[m];
    if (mention && mention.start <= t.start && t.end <= mention.end) {
      // Emit the mention once, at its first token.
      const prev = keys[keys.length - 1];
// Dates and counts are what comparison checks, so they must not decide what is compared with what.
      if (!(prev && prev.key === mention.key && prev.start === mention.start)) keys.push({ key: mention.key, start: mention.start, end: mention.end, content: mention.kind === "entity", kind: mention.kind, pos: t.pos });
      continue;
    }
    if (t.pos === "PUNCT" || t.pos === "SYM" || /^[\p{P}\p{S}]+$/u.test(t.text)) continue;
    // "had yet to regain" is "had not yet regained".
    const key = t.norm === "yet" && tokens[i + 1]?.norm === "to" ? "not" : wordKey(t);
    keys.push({ key, start: t.start, end: t.end, content: isContent(t, key), kind: "word", pos: t.pos });
  }
  return keys;
}

/** Words that open a condition or an open question: what follows them is supposed or asked, not reported. */
const CONDITION_JOINERS = new Set(["if", "unless", "whether"]);
/** Words that open a wait: a condition only when the main clause looks ahead ("would stay closed until ..."). */
const WAIT_JOINERS = new Set(["until", "till", "before", "after", "once"]);
/** Modals that look ahead from now: a wait under them told in the simple past has already happened. */
const PRESENT_MODALS = new Set(["will", "'ll", "wo", "can", "ca", "may", "must", "shall"]);
/** Their past forms, under which reported speech shifts the wait into the past ("would stay shut until he died"); "could" is left out, being as often past ability ("could not be put out before the roof fell"). */
const PAST_MODALS = new Set(["would", "'d", "might", "should"]);
const CLAUSE_END = /^[,;:()\u2013\u2014-]$/u;

/**
 * Marks the keys of clauses of condition or expectation: "would stay closed until engineers had checked the sea
 * wall" says nothing of whether the wall was checked. "Held until police arrived" tells that they did, as
 * does "will likely die in prison after the judge handed down the maximum", and "as if" compares rather than
 * supposes, so none of those is marked. The joiner must open a clause, a verb coming before the clause ends
 * ("until Friday" only dates the main fact); the clause runs to the next comma or coordinator after that verb.
 */
function markHedged(tokens: readonly Token[], from: number, to: number, keys: UnitKey[]): void {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!CONDITION_JOINERS.has(t.norm) && !WAIT_JOINERS.has(t.norm)) continue;
    const condition = CONDITION_JOINERS.has(t.norm) && tokens[i - 1]?.norm !== "as";
    const wait = !condition && WAIT_JOINERS.has(t.norm);
    if (!condition && !wait) continue;
    // Only a wait asks whether the main clause looks ahead: one pass over the words before it, no copy.
    let ahead = false;
    if (wait) {
      let aheadFromNow = false;
      for (let j = from; j < i; j++) {
        const norm = (tokens[j] as Token).norm;
        ahead ||= PAST_MODALS.has(norm);
        aheadFromNow ||= PRESENT_MODALS.has(norm);
      }
      if (!ahead && !aheadFromNow) continue;
    }
    let verb = i + 1;
    while (verb < to && !CLAUSE_END.test((tokens[verb] as Token).text) && (tokens[verb] as Token).pos !== "CCONJ" && !isVerb(tokens[verb] as Token)) verb++;
    if (verb >= to || !isVerb(tokens[verb] as Token)) continue;
    if (wait && !ahead && simplePast(tokens[verb] as Token)) continue;
    let end = verb + 1;
    while (end < to && !CLAUSE_END.test((tokens[end] as Token).text) && (tokens[end] as Token).pos !== "CCONJ") end++;
    const [start, stop] = [t.start, (tokens[end - 1] as Token).end];
    for (const k of keys) if (k.start >= start && k.end <= stop) k.hedged = true;
    i = end;
  }
}

const isVerb = (t: Token) => t.pos === "VERB" || t.pos === "AUX";

/** "handed", "was": a finite past form, not a perfect ("had checked") nor a present ("is charged"). */
function simplePast(t: Token): boolean {
  if (t.pos === "AUX") return t.norm === "was" || t.norm === "were" || t.norm === "did";
  return t.norm !== t.lemma && !/(?:s|ing)$/.test(t.norm);
}

/** The unit's content terms that occur only inside clauses of condition or expectation. */
export function hedgedTerms(unit: Unit): Set<string> {
  // sayAlike asks this of both units of every aligned pair, and most units hedge nothing.
  if (!unit.keys.some((k) => k.hedged)) return new Set();
  const stated = new Set(unit.keys.filter((k) => k.content && !k.hedged).map((k) => termOf(k.key)));
  return new Set(unit.keys.filter((k) => k.content && k.hedged).map((k) => termOf(k.key)).filter((t) => !stated.has(t)));
}

export function wordKey(t: Token): string {
  const folded = CONTRACTIONS[t.norm];
  if (folded) return folded;
  if (DENIAL_VERBS.has(t.lemma)) return "<deny>";
  if (ADMISSION_VERBS.has(t.lemma)) return "<admit>";
  if (t.pos === "VERB" && REPORTING_VERBS.has(t.lemma)) return "<say>";
  return t.lemma;
}

function isContent(t: Token, key: string): boolean {
  if (key.startsWith("<") || NEGATORS.has(key)) return false;
  // "was behind the attack": a listed synonym carries meaning whatever its part of speech.
  if (SYNONYM_KEY.has(key)) return true;
  if (STOPWORDS.has(key)) return false;
  return CONTENT_POS.has(t.pos) && key.length > 1;
}

/**
 * Keys looked at before a verb or a wording of a happening for a negation of it ("will not reopen", "nobody was
 * hurt", "has not [resigned]", "refused to [resign]").
 */
export const NEGATION_REACH = 3;

/**
 * The verb at `keys[verb]` is negated: "will not reopen", "nobody was hurt", "failed to reopen". Only words
 * after the verb before it count: "which had not flooded reopened" is a reopening.
 */
export function negatedVerb(keys: readonly UnitKey[], verb: number): boolean {
  for (let i = verb - 1; i >= 0 && i >= verb - NEGATION_REACH; i--) {
    const k = keys[i] as UnitKey;
    if (k.pos === "VERB") return NEGATING_VERBS.has(k.key) && keys[i + 1]?.key === "to";
    if (NEGATORS.has(k.key)) return true;
  }
  return false;
}

/** The alignment term of a key: synonyms fold onto one key. */
export function termOf(key: string): string {
  if (key.includes(":")) return key;
  const stem = lightStem(key);
  return SYNONYM_KEY.get(key) ?? SYNONYM_KEY.get(stem) ?? stem;
}


/**
 * Content terms of a stretch of text (a quote, a statement's content), as alignment sees them:
 * dates and counts left out, names by their canonical form.
 */
export function termsInRange(doc: AnnotatedDoc, start: number, end: number): Set<string> {
  const terms = new Set<string>();
  const inside = (m: { start: number; end: number }) => m.start < end && m.end > start;
  const slots = [...doc.timexes.filter(inside), ...doc.numbers.filter(inside)];
  const names = doc.entities.filter(inside);
  for (const t of doc.tokens) {
    if (t.end <= start) continue;
    if (t.start >= end) break;
    if (slots.some((m) => m.start <= t.start && t.end <= m.end)) continue;
    const name = names.find((e) => e.start <= t.start && t.end <= e.end);
    if (name) {
      terms.add(`E:${name.canonical.toLowerCase()}`);
      continue;
    }
    const key = wordKey(t);
    if (isContent(t, key)) terms.add(termOf(key));
  }
  return terms;
}

/** A unit's content terms without the speakers and titles of its statements: what was said, not who said it. */
export function saidTerms(unit: Unit): Set<string> {
  const lead = unit.statements.flatMap((s) => [s.speaker?.mention, s.speakerRole]).filter((r) => r != null);
  const keys = unit.keys.filter((k) => k.content && !lead.some((r) => r.start <= k.start && k.end <= r.end));
  return new Set(keys.map((k) => termOf(k.key)));
}

/** The keys of a document's units that lie within a stretch of its text, in order. */
export function keysInRange(units: readonly Unit[], start: number, end: number): UnitKey[] {
  return units.filter((u) => u.start < end && u.end > start).flatMap((u) => u.keys.filter((k) => k.start >= start && k.end <= end));
}
