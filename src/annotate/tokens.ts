import type { AnnotatedDoc, Sentence, Token } from "../model/types.js";
import { nlp } from "./nlp.js";
import type { AnnotateStage } from "./stage.js";

// A clock time glued together, possibly with the sentence's full stop: "2.30am", "4.15pm.".
const CLOCK_TIME = /^(\d{1,2}[.:]\d{2}(?:am|pm))(\.?)$/i;

const TYPOGRAPHIC = /[\u2018\u2019\u201B\u2032\u201C\u201D\u201E\u201F\u2033]/;

/** Fold typographic quotes and apostrophes so that "didn’t" and "didn't" compare equal. */
export function foldQuotes(s: string): string {
  if (!TYPOGRAPHIC.test(s)) return s;
  return s.replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
}

type RawToken = { start: number; end: number; text: string; pos: string; lemma: string; lineBreakBefore: number; startsSentence: boolean };

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

    const winkSentenceStarts = new Set(sentenceSpans.map(([first]) => first));
    // Raw tokens with offsets; whitespace-only tokens become line-break counts on the next token.
    const raw: RawToken[] = [];
    let offset = 0;
    let pendingBreaks = 0;
    let pendingStart = false;
    for (let i = 0; i < values.length; i++) {
      const sp = spaces[i] ?? "";
      pendingBreaks += countBreaks(sp);
      pendingStart ||= winkSentenceStarts.has(i);
      offset += sp.length;
      const value = values[i] ?? "";
      const start = offset;
      offset += value.length;
      if (value.trim() === "") {
        pendingBreaks += countBreaks(value);
        continue;
      }
      raw.push({ start, end: offset, text: value, pos: pos[i] ?? "X", lemma: lemmas[i] ?? value, lineBreakBefore: pendingBreaks, startsSentence: pendingStart || raw.length === 0 });
      pendingBreaks = 0;
      pendingStart = false;
    }
    mergeSplitClockTimes(raw, text);

    // Sentence boundaries: wink's, plus every line break (titles and list items rarely end with a period).
    const starts: number[] = [];
    raw.forEach((t, i) => {
      if (t.startsSentence || t.lineBreakBefore > 0) starts.push(i);
    });

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

/**
 * wink splits "2.30am" into "2.3" + "0am", and "4.15am." into "4" "." "15am." (even ending a sentence there);
 * join adjacent pieces that form one clock time, keeping a trailing full stop as its own token.
 */
function mergeSplitClockTimes(raw: RawToken[], text: string): void {
  for (let i = 0; i + 1 < raw.length; i++) {
    const first = raw[i] as RawToken;
    if (!/^\d/.test(first.text)) continue;
    for (let n = 2; n <= 3 && i + n <= raw.length; n++) {
      const pieces = raw.slice(i, i + n);
      if (pieces.some((t, k) => k > 0 && (pieces[k - 1] as RawToken).end !== t.start)) break;
      const last = pieces[n - 1] as RawToken;
      const m = CLOCK_TIME.exec(text.slice(first.start, last.end));
      if (!m) continue;
      const timeEnd = first.start + (m[1] as string).length;
      const merged: RawToken[] = [{ start: first.start, end: timeEnd, text: m[1] as string, pos: "NUM", lemma: m[1] as string, lineBreakBefore: first.lineBreakBefore, startsSentence: first.startsSentence }];
      if (m[2]) merged.push({ start: timeEnd, end: last.end, text: ".", pos: "PUNCT", lemma: ".", lineBreakBefore: 0, startsSentence: false });
      raw.splice(i, n, ...merged);
      // wink's boundary fell inside the time; the full stop after it ends the sentence when a capital follows.
      const next = raw[i + merged.length];
      if (m[2] && next && /^\p{Lu}/u.test(next.text)) next.startsSentence = true;
      break;
    }
  }
}
