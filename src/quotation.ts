/**
 * Words shown as quoted, shared by the finding titles (compare) and the report's claim lines so the two never
 * disagree on when a text already carries its own marks.
 */

const OPENING_MARK = /^["“'‘]/u;

/** Words in curly quotes, unless they open with a quotation mark of their own (a direct quote shown whole). */
export function inQuotes(words: string): string {
  return OPENING_MARK.test(words) ? words : `“${words}”`;
}
