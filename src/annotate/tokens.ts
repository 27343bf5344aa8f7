import type { AnnotatedDoc, Sentence, Token } from "../model/types.js";
import { nlp, readDocument } from "./nlp.js";
import type { AnnotateStage } from "./stage.js";

// A clock time glued together, possibly with the sentence's full stop: "2.30am", "4.15pm.".
const CLOCK_TIME = /^(\d{1,2}[.:]\d{2}(?:am|pm))(\.?)$/i;
// Its shortest and longest matches ("2.30am", "12:30pm."): other spans are not sliced out to be tried.
const CLOCK_TIME_MIN_LENGTH = 6;
const CLOCK_TIME_MAX_LENGTH = 8;

const SINGLE_QUOTES = /[\u2018\u2019\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;

/** Does s hold a typographic quote or apostrophe? A char scan: cheaper than a regex on short tokens. */
function hasTypographicQuote(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2018 || c > 0x2033) continue;
    if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032 || (c >= 0x201c && c <= 0x201f) || c === 0x2033) return true;
  }
  return false;
}

/** Fold typographic quotes and apostrophes so that "didn’t" and "didn't" compare equal. */
export function foldQuotes(s: string): string {
  if (!hasTypographicQuote(s)) return s;
  return s.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

/**
 * Per-token facts the sentence assembly needs besides the Token itself, kept in arrays parallel to
 * the tokens so that each token is allocated once.
 */
type Layout = { tokens: Token[]; lineBreaksBefore: number[]; startsSentence: boolean[]; rare: RareRepairs };

/**
 * Which of the rare repairs below some token of wink's may need, noted while each token is read: a document
 * that needs none is spared a pass over all its tokens for each. No repair makes a token that another needs.
 */
type RareRepairs = { decimals: boolean; negations: boolean; possessives: boolean; degrees: boolean; stops: boolean; firstPerson: boolean };

/**
 * Tokens and sentences from wink-nlp, with offsets into the original text: each token is found where it
 * sits in the text, after the whitespace that precedes it.
 */
export const tokenStage: AnnotateStage = {
  name: "tokens",
  run(doc: AnnotatedDoc): void {
    const layout = readTokens(doc.article.text);
    mergeSplitClockTimes(layout, doc.article.text);
    if (layout.rare.decimals) mergeSplitDecimals(layout);
    if (layout.rare.negations) joinSpacedNegations(layout, doc.article.text);
    if (layout.rare.possessives) splitPossessives(layout);
    if (layout.rare.firstPerson) splitFirstPersonBe(layout);
    if (layout.rare.degrees) joinSplitDegrees(layout);
    if (layout.rare.stops) splitGluedStops(layout);
    if (MOJIBAKE_LEAD.test(doc.article.text)) joinMojibake(layout, doc.article.text);
    assembleSentences(doc, layout);
  },
};

/** wink's tokens with offsets; whitespace-only tokens become line-break counts on the next token. */
function readTokens(text: string): Layout {
  const wdoc = readDocument(text);
  const its = nlp().its;
  const all = wdoc.tokens();
  const values = all.out(its.value) as string[];
  const pos = all.out(its.pos) as string[];
  // wink's typings omit lemma's addon signature; the runtime call is the documented one.
  const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[];
  const sentenceStarts = (wdoc.sentences().out(its.span) as unknown as [number, number][]).map(([first]) => first).sort((a, b) => a - b);
  const placed = placeInText(text, values) ?? placeBySpaces(values, all.out(its.precedingSpaces) as string[]);

  const layout: Layout = { tokens: [], lineBreaksBefore: [], startsSentence: [], rare: { decimals: false, negations: false, possessives: false, degrees: false, stops: false, firstPerson: false } };
  const rare = layout.rare;
  let nextStart = 0;
  let pendingStart = false;
  for (let i = 0; i < values.length; i++) {
    while (nextStart < sentenceStarts.length && (sentenceStarts[nextStart] as number) < i) nextStart++;
    if (sentenceStarts[nextStart] === i) pendingStart = true;
    const start = placed.starts[i] as number;
    if (start < 0) continue;
    const value = values[i] as string;
    const norm = lowerFolded(value);
    const lemma = lemmas[i] ?? value;
    layout.tokens.push({ start, end: start + value.length, text: value, norm, lemma: lemma === value ? norm : lowerFolded(lemma), pos: pos[i] ?? "X", sentence: 0 });
    if (isHyphenedToDigits(value)) rare.decimals = true;
    if (norm === "'") rare.negations = true;
    if (endsWithPossessive(value)) rare.possessives = true;
    if (norm === "i'm") rare.firstPerson = true;
    if (value === "." && isDegreeHead(values[i - 1] ?? "")) rare.degrees = true;
    if (value.length === 3 && value.charCodeAt(2) === 46 && GLUED_STOP_WORDS.has(norm)) rare.stops = true;
    layout.startsSentence.push(pendingStart || layout.lineBreaksBefore.length === 0);
    layout.lineBreaksBefore.push(placed.breaks[i] as number);
    pendingStart = false;
  }
  return layout;
}

/**
 * Where each wink token starts (-1 for whitespace-only tokens, which are dropped) and, for the others,
 * how many line breaks lie between it and the previous kept token.
 */
export type Placement = { starts: number[]; breaks: number[] };

/**
 * Place tokens by skipping whitespace in the text itself. wink's token values follow one another in the
 * text with only whitespace between them, and a kept token starts with a non-space character, so its
 * start is the first non-space after the previous token. This spares asking wink for every token's
 * preceding spaces, and it stays exact where those spaces are not: wink leaves some whitespace
 * characters (BOM, form feed, vertical tab, ideographic space, line separator) out of them, so summing
 * them drifts. Null if a token is not where expected; the caller then sums spaces as before.
 */
export function placeInText(text: string, values: readonly string[]): Placement | null {
  const starts: number[] = new Array<number>(values.length);
  const breaks: number[] = new Array<number>(values.length);
  let offset = 0;
  let pendingBreaks = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    if (isBlank(value)) {
      starts[i] = -1;
      breaks[i] = 0;
      continue;
    }
    for (let c = text.charCodeAt(offset); offset < text.length && isWhitespaceCode(c); c = text.charCodeAt(++offset)) if (c === 10) pendingBreaks++;
    if (!text.startsWith(value, offset)) return null;
    starts[i] = offset;
    breaks[i] = pendingBreaks;
    pendingBreaks = 0;
    offset += value.length;
  }
  return { starts, breaks };
}

/** Place tokens by summing wink's values and preceding spaces: exact as long as wink drops no character. */
export function placeBySpaces(values: readonly string[], spaces: readonly string[]): Placement {
  const starts: number[] = new Array<number>(values.length);
  const breaks: number[] = new Array<number>(values.length);
  let offset = 0;
  let pendingBreaks = 0;
  for (let i = 0; i < values.length; i++) {
    const sp = spaces[i] ?? "";
    pendingBreaks += countBreaks(sp);
    offset += sp.length;
    const value = values[i] ?? "";
    const start = offset;
    offset += value.length;
    if (isBlank(value)) {
      pendingBreaks += countBreaks(value);
      starts[i] = -1;
      breaks[i] = 0;
      continue;
    }
    starts[i] = start;
    breaks[i] = pendingBreaks;
    pendingBreaks = 0;
  }
  return { starts, breaks };
}

/** Is c a character of the regex class \s (what String.prototype.trim removes)? */
function isWhitespaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Lower case with quotes folded. When that changes nothing, the string wink gave is kept rather than an
 * equal copy: wink's strings are shared across tokens and already hashed, so every later Set and Map
 * lookup on norm and lemma is cheaper, and the copy is garbage at once instead of living with the doc.
 */
function lowerFolded(s: string): string {
  if (isPlainLowerAscii(s)) return s;
  const folded = foldQuotes(s.toLowerCase());
  return folded === s ? s : folded;
}

/** No capital and nothing beyond ASCII: lower-casing and folding would return an equal copy. Most tokens. */
function isPlainLowerAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** value.trim() === "", decided from the first character for the usual token. */
function isBlank(value: string): boolean {
  if (value.length === 0) return true;
  const c = value.charCodeAt(0);
  // Printable ASCII is never whitespace; anything else takes the exact test.
  if (c > 32 && c < 127) return false;
  return value.trim() === "";
}

function countBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * Sentence boundaries: wink's, plus every line break (titles and list items rarely end with a period).
 * A blank line (two breaks) starts a paragraph; in texts with single newlines only, each line does.
 */
function assembleSentences(doc: AnnotatedDoc, layout: Layout): void {
  const { tokens, lineBreaksBefore, startsSentence } = layout;
  keepDoubledApostrophes(tokens, startsSentence);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let first = 0;
  while (first < tokens.length) {
    let end = first + 1;
    while (end < tokens.length && !startsSentence[end] && !((lineBreaksBefore[end] as number) > 0)) end++;
    if (sentences.length > 0 && (lineBreaksBefore[first] as number) > 0) paragraph++;
    const index = sentences.length;
    for (let i = first; i < end; i++) (tokens[i] as Token).sentence = index;
    sentences.push({ index, start: (tokens[first] as Token).start, end: (tokens[end - 1] as Token).end, tokenStart: first, tokenEnd: end, paragraph });
    first = end;
  }
  doc.tokens = tokens;
  doc.sentences = sentences;
}

/**
 * wink reads the doubled apostrophe some wires close a quotation with as two tokens and may end the sentence
 * between them ("... my wheelhouse.'" | "' He said"): the second mark closes the same quotation, so the
 * boundary moves past it.
 */
function keepDoubledApostrophes(tokens: readonly Token[], startsSentence: boolean[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (!startsSentence[i] || t.text !== "'" || prev.text !== "'" || prev.end !== t.start) continue;
    startsSentence[i] = false;
    // At the end of the text the mark closes the last sentence, with nothing after it to start a new one.
    if (i + 1 < tokens.length) startsSentence[i + 1] = true;
  }
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function startsWithDigit(s: string): boolean {
  return isDigitCode(s.charCodeAt(0));
}

function endsWithDigit(s: string): boolean {
  return isDigitCode(s.charCodeAt(s.length - 1));
}

/**
 * Put `pieces` in place of the `count` tokens from i. The first piece keeps the line breaks and sentence
 * start of the first token replaced; the others follow it on the same line, inside the same sentence.
 * A function of its own so that the merge loops hold no closure over their index: one would make V8
 * allocate a fresh scope for every token they pass.
 */
function replaceTokens(layout: Layout, i: number, count: number, pieces: readonly Token[]): void {
  const breaks = new Array<number>(pieces.length).fill(0);
  const starts = new Array<boolean>(pieces.length).fill(false);
  breaks[0] = layout.lineBreaksBefore[i] as number;
  starts[0] = layout.startsSentence[i] as boolean;
  layout.tokens.splice(i, count, ...pieces);
  layout.lineBreaksBefore.splice(i, count, ...breaks);
  layout.startsSentence.splice(i, count, ...starts);
}

/**
 * wink splits "2.30am" into "2.3" + "0am", and "4.15am." into "4" "." "15am." (even ending a sentence there);
 * join adjacent pieces that form one clock time, keeping a trailing full stop as its own token.
 */
function mergeSplitClockTimes(layout: Layout, text: string): void {
  const { tokens, startsSentence } = layout;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!startsWithDigit(first.text)) continue;
    for (let n = 2; n <= 3 && i + n <= tokens.length; n++) {
      const last = tokens[i + n - 1] as Token;
      if ((tokens[i + n - 2] as Token).end !== last.start) break;
      const length = last.end - first.start;
      if (length < CLOCK_TIME_MIN_LENGTH || length > CLOCK_TIME_MAX_LENGTH) continue;
      const m = CLOCK_TIME.exec(text.slice(first.start, last.end));
      if (!m) continue;
      const time = m[1] as string;
      const timeEnd = first.start + time.length;
      const merged: Token[] = [{ start: first.start, end: timeEnd, text: time, norm: foldQuotes(time.toLowerCase()), lemma: foldQuotes(time.toLowerCase()), pos: "NUM", sentence: 0 }];
      if (m[2]) merged.push({ start: timeEnd, end: last.end, text: ".", norm: ".", lemma: ".", pos: "PUNCT", sentence: 0 });
      replaceTokens(layout, i, n, merged);
      // wink's boundary fell inside the time; the full stop after it ends the sentence when a capital follows.
      const next = tokens[i + merged.length];
      if (m[2] && next && /^\p{Lu}/u.test(next.text)) startsSentence[i + merged.length] = true;
      break;
    }
  }
}

// A word hyphened to the whole part of a decimal, as wink leaves it: "magnitude-6" "." "0".
const WORD_HYPHEN_DIGITS = /^(\p{L}+)-(\d+)$/u;

/** What WORD_HYPHEN_DIGITS needs, in cheap tests: the pattern is rare and this runs on every token. */
function isHyphenedToDigits(text: string): boolean {
  return endsWithDigit(text) && text.includes("-");
}

/**
 * wink reads "a magnitude-6.0 quake" as "magnitude-6" "." "0" and may end a sentence at the stop,
 * leaving a count of 0. Re-split it as "magnitude" "-" "6.0", within one sentence.
 */
function mergeSplitDecimals(layout: Layout): void {
  const { tokens } = layout;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (!isHyphenedToDigits(word.text)) continue;
    const m = WORD_HYPHEN_DIGITS.exec(word.text);
    if (!m) continue;
    const stop = tokens[i + 1] as Token;
    const decimals = tokens[i + 2] as Token;
    if (stop.text !== "." || stop.start !== word.end || decimals.start !== stop.end || !/^\d+$/.test(decimals.text)) continue;
    const head = m[1] as string;
    const numberStart = word.start + head.length + 1;
    const number = `${m[2]}.${decimals.text}`;
    const headNorm = lowerFolded(head);
    const pieces: Token[] = [
      { start: word.start, end: numberStart - 1, text: head, norm: headNorm, lemma: headNorm, pos: "NOUN", sentence: 0 },
      { start: numberStart - 1, end: numberStart, text: "-", norm: "-", lemma: "-", pos: "PUNCT", sentence: 0 },
      { start: numberStart, end: decimals.end, text: number, norm: number, lemma: number, pos: "NUM", sentence: 0 },
    ];
    replaceTokens(layout, i, 3, pieces);
    i += 2;
  }
}

/** Auxiliaries that take "n't", as wink splits them ("did" + "n't", "wo" + "n't"), with their lemmas. */
const NEGATED_AUXILIARIES: ReadonlyMap<string, readonly [head: string, lemma: string]> = new Map(
  Object.entries({
    don: ["do", "do"], doesn: ["does", "do"], didn: ["did", "do"], hadn: ["had", "have"], hasn: ["has", "have"], haven: ["have", "have"],
    wasn: ["was", "be"], weren: ["were", "be"], isn: ["is", "be"], aren: ["are", "be"], ain: ["ai", "be"], won: ["wo", "will"],
    can: ["ca", "can"], couldn: ["could", "could"], wouldn: ["would", "would"], shouldn: ["should", "should"], mustn: ["must", "must"],
    needn: ["need", "need"], mightn: ["might", "might"],
  } as const),
);

/**
 * Text whose apostrophes were spaced out in conversion ("didn ’ t") reaches wink as "didn" "’" "t", and
 * the negation is lost. Re-split it as wink splits "didn't": "did" and "n ’ t", a negation whose text
 * keeps the spaces so that it still round-trips into the article.
 */
function joinSpacedNegations(layout: Layout, text: string): void {
  const { tokens, lineBreaksBefore, startsSentence } = layout;
  for (let i = 0; i + 2 < tokens.length; i++) {
    // The apostrophe is the rare token: testing it first spares a lookup for every word.
    const apostrophe = tokens[i + 1] as Token;
    if (apostrophe.norm !== "'") continue;
    const word = tokens[i] as Token;
    const auxiliary = NEGATED_AUXILIARIES.get(word.norm);
    if (!auxiliary) continue;
    const t = tokens[i + 2] as Token;
    if ((t.norm !== "t" && t.norm !== "t.") || (apostrophe.start === word.end && t.start === apostrophe.end)) continue;
    if ((lineBreaksBefore[i + 1] as number) > 0 || (lineBreaksBefore[i + 2] as number) > 0) continue;
    const [head, lemma] = auxiliary;
    const headEnd = word.start + head.length;
    const negationEnd = t.start + 1;
    const pieces: Token[] = [
      { start: word.start, end: headEnd, text: word.text.slice(0, head.length), norm: head, lemma, pos: "AUX", sentence: 0 },
      { start: headEnd, end: negationEnd, text: text.slice(headEnd, negationEnd), norm: "n't", lemma: "not", pos: "PART", sentence: 0 },
    ];
    // "wasn ’ t." ending a sentence: wink glued the full stop to the "t".
    if (t.norm === "t.") pieces.push({ start: negationEnd, end: t.end, text: ".", norm: ".", lemma: ".", pos: "PUNCT", sentence: 0 });
    replaceTokens(layout, i, 3, pieces);
    const next = tokens[i + pieces.length];
    if (t.norm === "t." && next && /^\p{Lu}/u.test(next.text)) startsSentence[i + pieces.length] = true;
    i += pieces.length - 1;
  }
}

/** Ends in "'s" or "’s" (any case) after at least one character: char codes, as this runs on every token. */
function endsWithPossessive(text: string): boolean {
  if (text.length < 3 || (text.charCodeAt(text.length - 1) | 0x20) !== 0x73) return false;
  const apostrophe = text.charCodeAt(text.length - 2);
  return apostrophe === 0x27 || apostrophe === 0x2019;
}

/**
 * wink leaves "Clinton's" whole before a comma ("than Clinton's, even") and then keeps the whole word in
 * its lexicon, so that every later "Clinton's" it reads stays whole too: the same text would tokenise
 * differently depending on what the process read before. Split every such word as wink splits it when
 * fresh: the word, and "'s" as a particle.
 */
function splitPossessives(layout: Layout): void {
  const { tokens } = layout;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as Token;
    const text = word.text;
    if (!endsWithPossessive(text) || !/\p{L}$/u.test(text.slice(0, -2))) continue;
    const stemEnd = word.end - 2;
    const stem = text.slice(0, -2);
    const stemNorm = lowerFolded(stem);
    const pieces: Token[] = [
      { start: word.start, end: stemEnd, text: stem, norm: stemNorm, lemma: stemNorm, pos: word.pos, sentence: 0 },
      { start: stemEnd, end: word.end, text: text.slice(-2), norm: lowerFolded(text.slice(-2)), lemma: lowerFolded(text.slice(-2)), pos: "PART", sentence: 0 },
    ];
    replaceTokens(layout, i, 1, pieces);
    i++;
  }
}

/**
 * wink keeps "I'm" whole and tags it a proper noun, so that a speaker read there comes out as "I'm" (or "All I'm")
 * rather than the pronoun: split it into the pronoun and its verb, as wink does for "you're".
 */
function splitFirstPersonBe(layout: Layout): void {
  const { tokens } = layout;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (word.norm !== "i'm") continue;
    const pieces: Token[] = [
      { start: word.start, end: word.start + 1, text: word.text.slice(0, 1), norm: "i", lemma: "i", pos: "PRON", sentence: 0 },
      { start: word.start + 1, end: word.end, text: word.text.slice(1), norm: "'m", lemma: "be", pos: "AUX", sentence: 0 },
    ];
    replaceTokens(layout, i, 1, pieces);
    i++;
  }
}

/** "Ph", "Ed", "Psy": one capital and one or two small letters, as the first part of a degree abbreviation opens. */
function isDegreeHead(s: string): boolean {
  if (s.length < 2 || s.length > 3 || !startsWithCapital(s)) return false;
  for (let k = 1; k < s.length; k++) if (!isLowerCode(s.charCodeAt(k))) return false;
  return true;
}

function startsWithCapital(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function isLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

// The rest of a degree after its head and full stop, as wink leaves it: "D.", or "D.s" for a plural.
const DEGREE_TAIL = /^[A-Z]\.s?$/;

/**
 * wink reads "Ph.D." as "Ph" "." "D." and starts a sentence at "D.", so that "Ann Roe, who holds a Ph.D. from
 * Yale, said" loses its speaker to the next sentence. Join the three back into one noun inside one sentence.
 */
function joinSplitDegrees(layout: Layout): void {
  const { tokens } = layout;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = tokens[i] as Token;
    const stop = tokens[i + 1] as Token;
    const tail = tokens[i + 2] as Token;
    if (stop.text !== "." || stop.start !== head.end || tail.start !== stop.end || !isDegreeHead(head.text) || !DEGREE_TAIL.test(tail.text)) continue;
    const text = head.text + "." + tail.text;
    const norm = lowerFolded(text);
    replaceTokens(layout, i, 3, [{ start: head.start, end: tail.end, text, norm, lemma: norm, pos: "NOUN", sentence: 0 }]);
  }
}

/**
 * Words wink keeps whole with a full stop after them, as the abbreviation "no." (number), with the part of speech
 * wink gives the bare word at a sentence's end ("said no!"). "in." (inches) is left alone: split, it turns short
 * lines of names ("Ann Berg and Ole Lund are in.") into title case for the entity stage's headline test.
 */
const GLUED_STOP_WORDS: ReadonlyMap<string, string> = new Map([["no.", "DET"]]);

/**
 * "He said no.": wink reads the word and the full stop as one abbreviation, so that a statement's content ends on
 * "no." and the word is tagged a noun. Where no number stands before it or after it ("No. 2"), and the next word
 * does not go on in lower case ("the no. of seats"), split off the full stop. Sentence boundaries stay as wink set them.
 */
function splitGluedStops(layout: Layout): void {
  const { tokens } = layout;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as Token;
    const pos = GLUED_STOP_WORDS.get(word.norm);
    if (pos === undefined || tokens[i - 1]?.pos === "NUM") continue;
    const next = tokens[i + 1];
    if (next && (startsWithDigit(next.text) || isLowerCode(next.text.charCodeAt(0)))) continue;
    const stop = word.end - 1;
    const head = word.text.slice(0, -1);
    const headNorm = lowerFolded(head);
    replaceTokens(layout, i, 1, [
      { start: word.start, end: stop, text: head, norm: headNorm, lemma: headNorm, pos, sentence: 0 },
      { start: stop, end: word.end, text: ".", norm: ".", lemma: ".", pos: "PUNCT", sentence: 0 },
    ]);
    i++;
  }
}

// UTF-8 read as Latin-1 turns "ñ" into "Ã±" and "é" into "Ã©" (composed, or decomposed as "A" plus a
// combining tilde or circumflex). wink ends a word at the lead and reads the second byte as a symbol.
const MOJIBAKE_LEAD = /[\u00C2\u00C3]|A[\u0302\u0303]/;

/** ASCII that is neither letter nor digit: a comma, full stop, hyphen or "'s" after the word ends it. */
function startsWithAsciiPunctuation(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 && !isDigitCode(c) && !((c | 0x20) >= 97 && (c | 0x20) <= 122);
}

/**
 * Join the pieces wink cut a mojibake word into ("PeÃ" "±" "a" back to "PeÃ±a"), so that a name is not cut
 * mid-word: every following token glued to it without a space, up to ASCII punctuation.
 */
function joinMojibake(layout: Layout, text: string): void {
  const { tokens } = layout;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i] as Token;
    // The lead may sit inside a token as well as end it: wink reads "GÃ1⁄4len" as "GÃ1" "⁄" "4" "len".
    if (!MOJIBAKE_LEAD.test(first.text)) continue;
    let last = i;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1] as Token;
      if (next.start !== (tokens[last] as Token).end || startsWithAsciiPunctuation(next.text)) break;
      last++;
    }
    if (last === i) continue;
    const word = text.slice(first.start, (tokens[last] as Token).end);
    const norm = lowerFolded(word);
    replaceTokens(layout, i, last - i + 1, [{ start: first.start, end: first.start + word.length, text: word, norm, lemma: norm, pos: first.pos, sentence: 0 }]);
  }
}

/** The first token starting at or after a character offset (tokens.length if none), by binary search over token starts. */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
