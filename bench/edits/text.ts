// Plain-text helpers for the edit generators: their own sentence splitter and site search.

export type Range = { start: number; end: number };

const ABBREVIATION_BEFORE_DOT = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mt|Ft|U\.S|U\.N|U\.K|a\.m|p\.m)|\b[A-Z])$/;
const SENTENCE_END = /[.!?]["”’')]*\s+(?=["“‘(]?[A-Z0-9])/g;

/** Sentences: every line, split further after . ! ? when the next word starts upper-case and the dot is not an abbreviation's. */
export function sentences(text: string): Range[] {
  const out: Range[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const lineStart = line.index;
    const body = line[0];
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
      const dotAt = m.index;
      if (body[dotAt] === "." && ABBREVIATION_BEFORE_DOT.test(body.slice(Math.max(0, dotAt - 6), dotAt))) continue;
      const end = m.index + m[0].trimEnd().length;
      pushTrimmed(out, text, lineStart + start, lineStart + end);
      start = m.index + m[0].length;
    }
    pushTrimmed(out, text, lineStart + start, lineStart + body.length);
  }
  return out;
}

function pushTrimmed(out: Range[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  if (end > start) out.push({ start, end });
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** All matches of a global regex, with the index of a capture group's start when asked. */
export function matches(re: RegExp, text: string): RegExpExecArray[] {
  const global = re.global ? re : new RegExp(re.source, re.flags + "g");
  global.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = global.exec(text); m; m = global.exec(text)) {
    out.push(m);
    if (m[0].length === 0) global.lastIndex++;
  }
  return out;
}

/** Where capture group `group` of match m starts in the text (groups must be contiguous from the match start). */
export function groupStart(m: RegExpExecArray, group: number): number {
  const indices = (m as RegExpExecArray & { indices?: [number, number][] }).indices;
  const span = indices?.[group];
  if (!span) throw new Error("groupStart needs a regex with the d flag");
  return span[0];
}

/** Copy the capitalisation of `model`'s first letter onto `word`. */
export function matchCase(model: string, word: string): string {
  const first = model[0] ?? "";
  if (first >= "A" && first <= "Z") return word[0]?.toUpperCase() + word.slice(1);
  if (first >= "a" && first <= "z") return word[0]?.toLowerCase() + word.slice(1);
  return word;
}

/** The apostrophe the article mostly uses, so that inserted contractions look like the rest. */
export function apostropheOf(text: string): string {
  let curly = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === "\u2019") curly++;
    else if (ch === "'") straight++;
  }
  return curly > straight ? "\u2019" : "'";
}

/** True when the character before `at` is a capitalised word's end (the site continues a name). */
export function capitalisedWordBefore(text: string, at: number): boolean {
  const m = /([A-Za-z'’.-]+)\s$/.exec(text.slice(Math.max(0, at - 30), at));
  return Boolean(m && /^[A-Z]/.test(m[1] as string));
}

export function capitalisedWordAfter(text: string, at: number): boolean {
  return /^\s[A-Z][a-z]/.test(text.slice(at, at + 3));
}
