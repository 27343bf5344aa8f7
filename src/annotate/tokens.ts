import type { AnnotatedDoc, Sentence, Token } from "../model/types.js";
import { nlp } from "./nlp.js";
import type { AnnotateStage } from "./stage.js";

const CLOCK_TIME = /^\d{1,2}[.:]\d{2}\s?(?:am|pm|a\.m\.?|p\.m\.?)$/i;

/** Fold typographic quotes and apostrophes so that "didn’t" and "didn't" compare equal. */
export function foldQuotes(s: string): string {
  return s.replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
}

type RawToken = { start: number; end: number; text: string; pos: string; lemma: string; lineBreakBefore: number };

/**
 * Tokens and sentences from wink-nlp, with offsets into the original text.
 * wink keeps every character (token value + preceding spaces), so offsets come from a running sum.
 */
export const tokenStage: AnnotateStage = {
  name: "tokens",
  run(doc: AnnotatedDoc): void {
    const text = doc.article.text;
    const its = nlp().its;
    const wdoc = nlp().readDoc(text);
    const values = wdoc.tokens().out(its.value) as string[];
    const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
    const pos = wdoc.tokens().out(its.pos) as string[];
    // wink's typings omit lemma's addon signature; the runtime call is the documented one.
    const lemmas = wdoc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    const sentenceSpans = wdoc.sentences().out(its.span) as unknown as [number, number][];

    // Raw tokens with offsets; whitespace-only tokens become line-break counts on the next token.
    const raw: RawToken[] = [];
    const rawIndexOfWink: number[] = new Array(values.length);
    let offset = 0;
    let pendingBreaks = 0;
    for (let i = 0; i < values.length; i++) {
      const sp = spaces[i] ?? "";
      pendingBreaks += countBreaks(sp);
      offset += sp.length;
      const value = values[i] ?? "";
      const start = offset;
      offset += value.length;
      rawIndexOfWink[i] = raw.length;
      if (value.trim() === "") {
        pendingBreaks += countBreaks(value);
        continue;
      }
      raw.push({ start, end: offset, text: value, pos: pos[i] ?? "X", lemma: lemmas[i] ?? value, lineBreakBefore: pendingBreaks });
      pendingBreaks = 0;
    }
    mergeSplitClockTimes(raw, text);

    // Sentence boundaries: wink's, plus every line break (titles and list items rarely end with a period).
    const sentenceStartTokens = new Set<number>([0]);
    for (const [first] of sentenceSpans) {
      const r = rawIndexOfWink[first];
      if (r !== undefined && r < raw.length) sentenceStartTokens.add(r);
    }
    for (let i = 0; i < raw.length; i++) if ((raw[i]?.lineBreakBefore ?? 0) > 0) sentenceStartTokens.add(i);
    const starts = [...sentenceStartTokens].filter((i) => i < raw.length).sort((a, b) => a - b);

    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    let paragraph = 0;
    for (let s = 0; s < starts.length; s++) {
      const first = starts[s] as number;
      const last = (starts[s + 1] ?? raw.length) - 1;
      if (last < first) continue;
      const firstTok = raw[first] as RawToken;
      // A blank line (two breaks) starts a paragraph; in texts with single newlines only, each line does.
      if (s > 0 && firstTok.lineBreakBefore > 0) paragraph++;
      const index = sentences.length;
      const tokenStart = tokens.length;
      for (let i = first; i <= last; i++) {
        const t = raw[i] as RawToken;
        tokens.push({ start: t.start, end: t.end, text: t.text, norm: foldQuotes(t.text.toLowerCase()), lemma: foldQuotes(t.lemma.toLowerCase()), pos: t.pos, sentence: index });
      }
      const lastTok = raw[last] as RawToken;
      sentences.push({ index, start: firstTok.start, end: lastTok.end, tokenStart, tokenEnd: tokens.length, paragraph });
    }
    doc.tokens = tokens;
    doc.sentences = sentences;
  },
};

function countBreaks(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === "\n") n++;
  return n;
}

/** wink splits "2.30am" into "2.3" + "0am"; join adjacent pieces that form one clock time. */
function mergeSplitClockTimes(raw: RawToken[], text: string): void {
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i] as RawToken;
    const b = raw[i + 1] as RawToken;
    if (a.end !== b.start || !/^\d/.test(a.text)) continue;
    const joined = text.slice(a.start, b.end);
    if (!CLOCK_TIME.test(joined)) continue;
    raw.splice(i, 2, { start: a.start, end: b.end, text: joined, pos: "NUM", lemma: joined, lineBreakBefore: a.lineBreakBefore });
  }
}
