import type { Sentence, Token } from "../../model/types.js";

/** A stretch of quoted text; `start`/`end` include the quote marks themselves. */
export type Quote = {
  start: number;
  end: number;
  /** offset just after the opening mark and of the closing mark (equal to `end` when unclosed) */
  innerStart: number;
  innerEnd: number;
  /** whether a closing mark was found (an unclosed quote ends with its paragraph) */
  closed: boolean;
  /** first and last token index covered, inclusive */
  firstToken: number;
  lastToken: number;
};

// Double quotes in all their typographic forms, plus the doubled apostrophes some wires use. When a single
// quote closes inside a double one (three apostrophes), the doubled mark is the last two.
const QUOTE_MARK = /[\u201C\u201D\u201E"\u00AB\u00BB]|''(?!')|\u2018\u2018|\u2019\u2019|``/g;
const OPENING_ONLY = new Set(["\u201C", "\u201E", "\u00AB", "\u2018\u2018", "``"]);
const CLOSING_ONLY = new Set(["\u201D", "\u00BB", "\u2019\u2019"]);
const BEFORE_OPENING = /[\s([{\u2014\u2013\-/:]/;
const GLUED_BEFORE = /[.,!?;\p{L}\p{N}]/u;
const AFTER_CLOSING = /[\s.,;:!?)\]}\u2014\u2013\-]/;

type Mark = { start: number; end: number; opens: boolean | null };

/** Each quote mark with its direction when the mark or its surroundings tell it (null when ambiguous). */
function findMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m; m = QUOTE_MARK.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    marks.push({ start, end, opens: markDirection(text, m[0], start, end) });
  }
  return marks;
}

function markDirection(text: string, mark: string, start: number, end: number): boolean | null {
  // “It is late,“ she said: a left mark typed in place of a right one, glued to the words before it and followed
  // by a space, closes; an opening mark sits before its words.
  if (mark === "\u201C" && start > 0 && GLUED_BEFORE.test(text[start - 1] as string) && (end >= text.length || /\s/.test(text[end] as string))) return false;
  if (OPENING_ONLY.has(mark)) return true;
  if (CLOSING_ONLY.has(mark)) return false;
  const before = start === 0 ? " " : (text[start - 1] as string);
  const after = end >= text.length ? " " : (text[end] as string);
  const openish = BEFORE_OPENING.test(before) || OPENING_ONLY.has(before);
  const closeish = AFTER_CLOSING.test(after) || CLOSING_ONLY.has(after);
  if (openish && !closeish) return true;
  if (closeish && !openish) return false;
  return null;
}

/**
 * Pair quote marks into quotes. A paragraph that opens a quote without closing it continues into the
 * next paragraph when that one opens with a quote mark (the news convention for long quotations);
 * otherwise the quote ends with its paragraph.
 */
export function findQuotes(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Quote[] {
  const marks = findMarks(text);
  if (marks.length === 0) return [];
  const paragraphEnds = paragraphEndOffsets(sentences, tokens);
  const surplus = closingSurplus(marks, paragraphEnds);
  const quotes: Quote[] = [];
  let open: Mark | null = null;
  let openParagraphEnd = 0;
  let pendingStart: Mark | null = null; // first opening mark of a quote that spans paragraphs
  let depth = 0; // quotations nested in the open one with the same marks
  const finish = (closeMark: Mark | null, endOffset: number) => {
    const first = pendingStart ?? open;
    if (!first) return;
    quotes.push({
      start: first.start,
      end: closeMark ? closeMark.end : endOffset,
      innerStart: first.end,
      innerEnd: closeMark ? closeMark.start : endOffset,
      closed: closeMark !== null,
      firstToken: -1,
      lastToken: -1,
    });
    open = null;
    pendingStart = null;
    depth = 0;
  };
  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k] as Mark;
    if (open && mark.start >= openParagraphEnd) {
      // The open quote ran to the end of its paragraph without a closing mark.
      const continues = mark.opens !== false && startsParagraph(text, mark.start, openParagraphEnd);
      if (continues) {
        pendingStart ??= open;
        open = mark;
        depth = 0;
        openParagraphEnd = paragraphEndAt(paragraphEnds, mark.start);
        continue;
      }
      // "“I am thrilled.¶It is an honour,” Berg said.": when the next mark closes a quote in the very next paragraph, the
      // quotation went on there without its opening mark (a line break, or a dropped mark), and ends at that mark.
      if (depth === 0 && mark.opens === false && paragraphEndAt(paragraphEnds, openParagraphEnd) === paragraphEndAt(paragraphEnds, mark.start)) {
        finish(mark, mark.end);
        continue;
      }
      finish(null, trimEnd(text, openParagraphEnd));
    }
    if (!open) {
      if (mark.opens === false) continue; // a stray closing mark
      open = mark;
      openParagraphEnd = paragraphEndAt(paragraphEnds, mark.start);
      continue;
    }
    if (mark.opens === true) {
      // “We print “cash only” on the sign”: a second opening nests when the paragraph still holds a closing mark
      // for it and one for the quotation around it.
      if ((surplus[k] as number) >= depth + 2) {
        depth++;
        continue;
      }
      // Otherwise the first opening was unbalanced: restart here.
      pendingStart = null;
      open = mark;
      continue;
    }
    if (depth > 0) {
      depth--;
      continue;
    }
    finish(mark, mark.end);
  }
  if (open) finish(null, trimEnd(text, Math.min(openParagraphEnd, text.length)));
  attachTokens(quotes, tokens);
  return quotes.filter((q) => q.firstToken >= 0 && q.innerEnd > q.innerStart);
}

/** For each mark, closing marks minus opening marks after it in its own paragraph (one backward sweep). */
function closingSurplus(marks: readonly Mark[], paragraphEnds: readonly number[]): Int32Array {
  const paragraph = new Int32Array(marks.length);
  let p = 0;
  marks.forEach((m, k) => {
    while (p < paragraphEnds.length && (paragraphEnds[p] as number) <= m.start) p++;
    paragraph[k] = p;
  });
  const surplus = new Int32Array(marks.length);
  let run = 0;
  for (let k = marks.length - 1; k >= 0; k--) {
    surplus[k] = run;
    if (k > 0 && paragraph[k - 1] !== paragraph[k]) run = 0;
    else {
      const m = marks[k] as Mark;
      run += m.opens === false ? 1 : m.opens === true ? -1 : 0;
    }
  }
  return surplus;
}

/** Character offset of the end of each paragraph, ascending. */
function paragraphEndOffsets(sentences: readonly Sentence[], tokens: readonly Token[]): number[] {
  const ends: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    const next = sentences[i + 1];
    if (!next || next.paragraph !== s.paragraph) ends.push(s.end);
  }
  if (ends.length === 0 && tokens.length > 0) ends.push((tokens[tokens.length - 1] as Token).end);
  return ends;
}

/** The end offset of the paragraph holding `offset` (binary search over ascending ends). */
function paragraphEndAt(ends: readonly number[], offset: number): number {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  const end = ends[lo] ?? Number.MAX_SAFE_INTEGER;
  // A closing mark right at the paragraph's edge still belongs to it.
  return end <= offset ? Number.MAX_SAFE_INTEGER : end;
}

/** True when only whitespace separates the previous paragraph's end from this mark. */
function startsParagraph(text: string, offset: number, previousEnd: number): boolean {
  for (let i = previousEnd; i < offset; i++) if (!/\s/.test(text[i] as string)) return false;
  return text.slice(previousEnd, offset).includes("\n");
}

function trimEnd(text: string, end: number): number {
  let e = Math.min(end, text.length);
  while (e > 0 && /\s/.test(text[e - 1] as string)) e--;
  return e;
}

/** Fill first/last token indices with one forward sweep (quotes and tokens are both sorted). */
function attachTokens(quotes: Quote[], tokens: readonly Token[]): void {
  let t = 0;
  for (const q of quotes) {
    while (t < tokens.length && (tokens[t] as Token).end <= q.start) t++;
    if (t >= tokens.length) break;
    let last = t;
    while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < q.end) last++;
    if ((tokens[t] as Token).start >= q.end) continue;
    q.firstToken = t;
    q.lastToken = last;
  }
}

/** For each token, the index of the quote covering it, or -1. */
export function quoteIndexByToken(quotes: readonly Quote[], tokenCount: number): Int32Array {
  const index = new Int32Array(tokenCount).fill(-1);
  quotes.forEach((q, qi) => {
    for (let i = q.firstToken; i <= q.lastToken; i++) index[i] = qi;
  });
  return index;
}
