import type { AnnotatedDoc, Sentence, Token } from "../../model/types.js";

/** Parts of speech that never belong to a name, whatever their case. */
const FUNCTION_POS: ReadonlySet<string> = new Set(["PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "SYM"]);

/** Generational suffixes that follow a surname. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

/** Words a title-case headline leaves in lower case ("Man Dies in Crash on the Road"). */
const SMALL_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "at", "by", "with", "from", "as", "vs", "via", "is", "be", "are", "was", "its", "it", "'s",
]);

const OPENING_MARKS: ReadonlySet<string> = new Set(['"', "'", "“", "‘", "(", "[", ":", "—", "–", "«"]);
/** Longest opening mark: a longer token cannot be one, which spares a set lookup for most tokens. */
const OPENING_MARK_LENGTH = Math.max(...[...OPENING_MARKS].map((mark) => mark.length));
/** Longest small word: a longer word cannot be one. */
const SMALL_WORD_LENGTH = Math.max(...[...SMALL_WORDS].map((word) => word.length));

const enum Case {
  None = 0,
  Upper = 1,
  Lower = 2,
}

/** Case of one character; an ASCII fast path because this runs on every token. */
function caseOf(ch: string): Case {
  const code = ch.charCodeAt(0);
  if (code < 128) return asciiCase(code);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper) return Case.None;
  return ch === upper ? Case.Upper : Case.Lower;
}

function asciiCase(code: number): Case {
  if (code >= 65 && code <= 90) return Case.Upper;
  if (code >= 97 && code <= 122) return Case.Lower;
  return Case.None;
}

/** Case of the first character of a non-empty text, without making a one-character string when ASCII. */
function firstCase(text: string): Case {
  const code = text.charCodeAt(0);
  return code < 128 ? asciiCase(code) : caseOf(text[0] as string);
}

export function startsUpper(text: string): boolean {
  return text.length > 0 && firstCase(text) === Case.Upper;
}

export function startsWithLetter(text: string): boolean {
  return text.length > 0 && firstCase(text) !== Case.None;
}

/** "iPhone", "eBay": a brand written with a lower-case prefix and then a capital. */
function isCamelBrand(text: string): boolean {
  return text.length >= 3 && text.length <= 12 && caseOf(text[0] as string) === Case.Lower && (caseOf(text[1] as string) === Case.Upper || caseOf(text[2] as string) === Case.Upper) && !text.includes("-");
}

/** "I'm", "he'll": a contraction, never a name ("O'Brien" keeps a capital after the apostrophe). */
function isContraction(text: string): boolean {
  const straight = text.indexOf("'");
  const at = straight >= 0 ? straight : text.indexOf("’");
  return at > 0 && at + 1 < text.length && caseOf(text[at + 1] as string) === Case.Lower;
}

/**
 * Per-token facts the recognizer reads many times, computed in one pass over the tokens:
 * capitalisation, sentence-initial position, and which words the document writes in lower case.
 */
export class TokenView {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly upper: Uint8Array;
  readonly initial: Uint8Array;
  /** per sentence: words starting with a letter, and how many of them (after the first) are capitalised */
  readonly words: Uint16Array;
  readonly capitalisedWords: Uint16Array;
  /** norms written capitalised somewhere other than the start of a sentence or quote */
  readonly capitalisedInside = new Set<string>();
  /** norms written in lower case somewhere in the document; built on first use, few documents need it */
  private lowercaseNorms: Set<string> | undefined;

  constructor(doc: AnnotatedDoc) {
    this.tokens = doc.tokens;
    this.text = doc.article.text;
    const n = this.tokens.length;
    this.upper = new Uint8Array(n);
    this.initial = new Uint8Array(n);
    this.words = new Uint16Array(doc.sentences.length);
    this.capitalisedWords = new Uint16Array(doc.sentences.length);
    for (const sentence of doc.sentences) this.scanSentence(sentence);
  }

  private scanSentence(sentence: Sentence): void {
    let atStart = true;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const token = this.tokens[i] as Token;
      const text = token.text;
      // Tokens are never empty; guard anyway so that the first character is always defined.
      const letterCase = text.length > 0 ? firstCase(text) : Case.None;
      const isUpper = (letterCase === Case.Upper || (token.pos === "PROPN" && isCamelBrand(text))) && (text.length < 3 || !isContraction(text));
      this.upper[i] = isUpper ? 1 : 0;
      // No opening mark starts with a letter.
      if (letterCase === Case.None && text.length <= OPENING_MARK_LENGTH && OPENING_MARKS.has(text)) {
        atStart = true;
        continue;
      }
      this.initial[i] = atStart ? 1 : 0;
      if (letterCase !== Case.None && i > sentence.tokenStart && (isUpper || token.norm.length > SMALL_WORD_LENGTH || !SMALL_WORDS.has(token.norm))) {
        this.words[sentence.index]++;
        if (isUpper) this.capitalisedWords[sentence.index]++;
      }
      if (isUpper && !atStart) this.capitalisedInside.add(token.norm);
      atStart = false;
    }
  }

  writtenInLowercase(norm: string): boolean {
    if (!this.lowercaseNorms) {
      this.lowercaseNorms = new Set<string>();
      for (let i = 0; i < this.tokens.length; i++) if (!this.upper[i]) this.lowercaseNorms.add(this.tokens[i]?.norm ?? "");
    }
    return this.lowercaseNorms.has(norm);
  }

  /** The surname of a person mention [first, end): its last word before "Jr.", "Sr.", "III". */
  surname(first: number, end: number): string {
    let k = end - 1;
    while (k > first && NAME_SUFFIXES.has(this.norm(k))) k--;
    return tokenAt(this.tokens, k)?.text ?? "";
  }

  token(i: number): Token | undefined {
    return tokenAt(this.tokens, i);
  }

  norm(i: number): string {
    return tokenAt(this.tokens, i)?.norm ?? "";
  }

  isFunctionWord(i: number): boolean {
    return FUNCTION_POS.has(tokenAt(this.tokens, i)?.pos ?? "");
  }

  /** No space between token i and token i + 1 ("Jean-Claude", "al-Assad"). */
  touchesNext(i: number): boolean {
    const a = tokenAt(this.tokens, i);
    const b = tokenAt(this.tokens, i + 1);
    return a !== undefined && b !== undefined && a.end === b.start;
  }

  /** Text of tokens [first, end), whitespace runs collapsed to one space. */
  surface(first: number, end: number): string {
    const a = tokenAt(this.tokens, first);
    const b = tokenAt(this.tokens, end - 1);
    if (!a || !b) return "";
    const raw = this.text.slice(a.start, b.end);
    return collapsesWhitespace(this.text, a.start, b.end) ? raw.replace(WHITESPACE_RUN, " ") : raw;
  }
}

const WHITESPACE_RUN = /\s+/g;

/**
 * The token at i, undefined outside the document. The recognizer looks back from a token (the word before
 * a name) without first testing for the document's start: an array read at -1 is a property look-up, not
 * an element read, and once a read site has seen one V8 compiles it as a generic look-up for good, slower
 * for every later read there. TokenView's reads all go through here.
 */
function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 ? tokens[i] : undefined;
}

/** Is c a character of the regex class \s? */
export function isWhitespaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Would collapsing whitespace change text[start, end)? True at two whitespace characters in a row or at
 * a newline, carriage return or tab: the test /\s\s|[\n\r\t]/ as a scan, which runs on every surface.
 */
export function collapsesWhitespace(text: string, start: number, end: number): boolean {
  let previousWhite = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 9) return true;
    const white = isWhitespaceCode(c);
    if (white && previousWhite) return true;
    previousWhite = white;
  }
  return false;
}
