import type { ArticleInput } from "../model/types.js";

/**
 * Plain text and Markdown become one article each. The article text is the whole decoded file,
 * headline included, so every offset in a report points into exactly what the user gave; the
 * title is metadata read from the top of the file, not cut out of the text.
 */

export type TextKind = "text" | "markdown";

const MAX_TITLE_CHARS = 120;
const MAX_TITLE_WORDS = 20;
/** A headline run straight into the body (no blank line) must be shorter to be trusted. */
const MAX_RUN_IN_TITLE_WORDS = 15;

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/** "Marrowby, 5 March 2025", "March 5, 2025", "Published: 2025-03-05": a date line, not a headline. */
const DATE_LINE = new RegExp(
  `^(?:[\\p{L} .'-]{1,40}[,:]\\s*)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?` +
    `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{4}-\\d{2}-\\d{2})(?:,?\\s+\\d{4})?\\b`,
  "iu",
);
const BYLINE = /^[Bb][Yy]\s+\p{Lu}/u;
const SENTENCE_END = /[.,;:!?"”'’)\]-]$/u;
const HEADLINE_START = /^["“'‘(\p{Lu}\p{N}]/u;
const ATX_HEADING = /^#\s+(.*?)\s*#*\s*$/u;
const SETEXT_UNDERLINE = /^=+\s*$/u;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/u;
const FRONT_MATTER_FIELD = /^([A-Za-z_]+)\s*:\s*(.*)$/u;

export function articleFromText(text: string, id: string, kind: TextKind): ArticleInput {
  const article: ArticleInput = { id, text };
  if (kind === "markdown") {
    const front = frontMatter(text);
    Object.assign(article, front.fields);
    const title = front.fields.title ?? markdownHeading(text.slice(front.length)) ?? plainTitle(text.slice(front.length));
    if (title !== undefined) article.title = title;
  } else {
    const title = plainTitle(text);
    if (title !== undefined) article.title = title;
  }
  return article;
}

/**
 * The first non-blank line is a title when it is short and either set off by a blank line or
 * shaped like a headline (capitalised, no closing punctuation). Date lines and bylines are not titles.
 */
export function plainTitle(text: string): string | undefined {
  const lines = firstLines(text, 2);
  const first = lines[0];
  if (first === undefined || lines.length < 2) return undefined;
  const line = first.trim();
  const words = line.split(/\s+/u).length;
  if (line.length > MAX_TITLE_CHARS || words > MAX_TITLE_WORDS) return undefined;
  if (DATE_LINE.test(line) || BYLINE.test(line)) return undefined;
  const nextIsBlank = lines[1]!.trim() === "";
  if (nextIsBlank) return line;
  const looksLikeHeadline = HEADLINE_START.test(line) && !SENTENCE_END.test(line) && words <= MAX_RUN_IN_TITLE_WORDS;
  return looksLikeHeadline ? line : undefined;
}

/** "# Title" or a setext "Title\n=====" as the first non-blank line of Markdown. */
export function markdownHeading(text: string): string | undefined {
  const [first, second] = firstLines(text, 2);
  if (first === undefined) return undefined;
  const atx = ATX_HEADING.exec(first.trim());
  if (atx && atx[1]) return atx[1];
  if (second !== undefined && SETEXT_UNDERLINE.test(second) && first.trim() !== "") return first.trim();
  return undefined;
}

type FrontMatter = { length: number; fields: Partial<Pick<ArticleInput, "title" | "published" | "source" | "url">> };

/** A leading YAML-style block of simple `key: value` lines; only the keys an article can use are read. */
export function frontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { length: 0, fields: {} };
  const fields: FrontMatter["fields"] = {};
  for (const line of match[1]!.split(/\r?\n/u)) {
    const field = FRONT_MATTER_FIELD.exec(line.trim());
    if (!field) continue;
    const value = unquote(field[2]!.trim());
    if (value === "") continue;
    const key = field[1]!.toLowerCase();
    if (key === "title") fields.title = value;
    else if (key === "date" || key === "published") fields.published = value;
    else if (key === "source" || key === "publisher") fields.source = value;
    else if (key === "url" || key === "link") fields.url = value;
  }
  return { length: match[0].length, fields };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/u.exec(value);
  return quoted ? quoted[2]! : value;
}

/** The first `count` lines starting at the first non-blank one, without reading the whole text. */
function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let pos = 0;
  while (pos < text.length && lines.length < count) {
    const newline = text.indexOf("\n", pos);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(pos, end).replace(/\r$/u, "");
    if (lines.length > 0 || line.trim() !== "") lines.push(line);
    pos = end + 1;
  }
  return lines;
}
