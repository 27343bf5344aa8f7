import type { ArticleInput } from "../model/types.js";

/**
 * JSON Lines: one ArticleInput object per line. A bad line is reported with its line number and
 * skipped; the rest of the file is still used. Fields the article does not know (gold labels,
 * topics) are ignored, so annotated corpora can be fed in as they are.
 */

export type JsonlLine = { line: number; article: ArticleInput };
export type JsonlProblem = { line: number; severity: "warning" | "error"; rule: string; problem: string };
export type JsonlResult = { lines: JsonlLine[]; problems: JsonlProblem[] };

const OPTIONAL_STRING_FIELDS = ["title", "published", "source", "url"] as const;

export function parseJsonl(text: string): JsonlResult {
  const result: JsonlResult = { lines: [], problems: [] };
  forEachLine(text, (raw, line) => {
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      result.problems.push({ line, severity: "error", rule: "ingest/jsonl-syntax", problem: `not valid JSON (${(error as Error).message})` });
      return;
    }
    const parsed = toArticle(value, line);
    if (parsed.article) result.lines.push({ line, article: parsed.article });
    result.problems.push(...parsed.problems);
  });
  return result;
}

/** True when there is at least one non-empty line and every non-empty line is a JSON object. */
export function looksLikeJsonl(text: string): boolean {
  let objects = 0;
  let allObjects = true;
  forEachLine(text, (raw) => {
    const line = raw.trim();
    if (line === "" || !allObjects) return;
    if (!line.startsWith("{")) {
      allObjects = false;
      return;
    }
    try {
      if (isPlainObject(JSON.parse(line))) objects++;
      else allObjects = false;
    } catch {
      allObjects = false;
    }
  });
  return allObjects && objects > 0;
}

function toArticle(value: unknown, line: number): { article?: ArticleInput; problems: JsonlProblem[] } {
  if (!isPlainObject(value)) {
    return { problems: [{ line, severity: "error", rule: "ingest/jsonl-shape", problem: `expected a JSON object, got ${describe(value)}` }] };
  }
  const text = value["text"];
  if (typeof text !== "string") {
    const problem = text === undefined ? `has no "text" field` : `"text" must be a string, got ${describe(text)}`;
    return { problems: [{ line, severity: "error", rule: "ingest/jsonl-shape", problem }] };
  }
  if (text.trim() === "") return { problems: [{ line, severity: "error", rule: "ingest/empty", problem: `"text" is empty` }] };
  const problems: JsonlProblem[] = [];
  const article: ArticleInput = { text };
  const id = value["id"];
  if (typeof id === "string" && id.trim() !== "") article.id = id.trim();
  else if (typeof id === "number" && Number.isFinite(id)) article.id = String(id);
  else if (id !== undefined && id !== null) problems.push(ignoredField(line, "id", id));
  for (const field of OPTIONAL_STRING_FIELDS) {
    const fieldValue = value[field];
    if (typeof fieldValue === "string") article[field] = fieldValue;
    else if (fieldValue !== undefined && fieldValue !== null) problems.push(ignoredField(line, field, fieldValue));
  }
  return { article, problems };
}

function ignoredField(line: number, field: string, value: unknown): JsonlProblem {
  return { line, severity: "warning", rule: "ingest/jsonl-field", problem: `"${field}" must be a string, got ${describe(value)}; ignored it` };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function forEachLine(text: string, visit: (line: string, lineNumber: number) => void): void {
  let pos = 0;
  let lineNumber = 1;
  while (pos <= text.length) {
    const newline = text.indexOf("\n", pos);
    const end = newline === -1 ? text.length : newline;
    visit(text.slice(pos, end), lineNumber);
    if (newline === -1) break;
    pos = newline + 1;
    lineNumber++;
  }
}
