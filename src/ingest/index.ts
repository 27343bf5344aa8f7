import { stat } from "node:fs/promises";
import type { ArticleInput, Diagnostic, Severity } from "../model/types.js";
import { decodeText } from "./decode.js";
import { fileKind, formatBytes, idFromPath, listDirectory, readFileCapped, readStreamCapped, type FileKind } from "./files.js";
import { looksLikeJsonl, parseJsonl } from "./jsonl.js";
import { guessEnglish } from "./language.js";
import { articleFromText } from "./text.js";

/**
 * Read what the user named (files, directories, `-` for stdin) into ArticleInputs. Every problem
 * becomes one diagnostic line that names the input and says what is wrong; the other inputs are
 * still read. Nothing here knows about the engine.
 */

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type IngestOptions = {
  /** inputs larger than this are refused without being read (default 10 MB) */
  maxBytes?: number;
  /** where `-` reads from (default process.stdin) */
  stdin?: AsyncIterable<Uint8Array | string>;
  /**
   * What to do with text that does not look English: "skip" leaves it out with a warning (for
   * comparison, where it would only add noise), "keep" warns and keeps it (default "skip").
   */
  nonEnglish?: "skip" | "keep";
};

export type IngestResult = {
  articles: ArticleInput[];
  diagnostics: Diagnostic[];
  /** the inputs (or `file:line`s) that were left out, for the exit status */
  rejected: string[];
};

export async function readInputs(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const reader = new InputReader(options);
  for (const input of inputs) await reader.read(input);
  return reader.result;
}

class InputReader {
  readonly result: IngestResult = { articles: [], diagnostics: [], rejected: [] };
  private readonly ids = new Set<string>();
  private readonly maxBytes: number;
  private readonly nonEnglish: "skip" | "keep";
  private stdinUsed = false;

  constructor(private readonly options: IngestOptions) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.nonEnglish = options.nonEnglish ?? "skip";
  }

  async read(input: string): Promise<void> {
    if (input === "-") return this.readStdin();
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      return this.reject(input, "error", errorRule(error), fileErrorProblem(error));
    }
    if (info.isDirectory()) return this.readDirectory(input);
    if (info.isFile() && info.size > this.maxBytes) return this.rejectTooLarge(input, info.size);
    await this.readFile(input);
  }

  private async readDirectory(dir: string): Promise<void> {
    let files: string[];
    try {
      files = await listDirectory(dir);
    } catch (error) {
      return this.reject(dir, "error", errorRule(error), fileErrorProblem(error));
    }
    if (files.length === 0) return this.reject(dir, "error", "ingest/empty-directory", "has no .txt, .md or .jsonl files");
    for (const file of files) {
      const info = await stat(file).catch(() => undefined);
      if (info && info.size > this.maxBytes) this.rejectTooLarge(file, info.size);
      else await this.readFile(file);
    }
  }

  private async readFile(path: string): Promise<void> {
    const kind = fileKind(path);
    if (kind === "html") return this.reject(path, "error", "ingest/unsupported", "HTML input is not supported yet; save the article as .txt");
    let read;
    try {
      read = await readFileCapped(path, this.maxBytes);
    } catch (error) {
      return this.reject(path, "error", errorRule(error), fileErrorProblem(error));
    }
    if (read.truncated) return this.reject(path, "error", "ingest/too-large", `is larger than the ${formatBytes(this.maxBytes)} limit (raise it with --max-bytes)`);
    this.addDecoded(path, read.bytes, kind, idFromPath(path));
  }

  private async readStdin(): Promise<void> {
    if (this.stdinUsed) return this.reject("-", "warning", "ingest/stdin-reused", "standard input was already read; ignoring the second -");
    this.stdinUsed = true;
    let read;
    try {
      read = await readStreamCapped(this.options.stdin ?? process.stdin, this.maxBytes);
    } catch (error) {
      return this.reject("stdin", "error", "ingest/unreadable", `could not be read (${(error as Error).message})`);
    }
    if (read.truncated) return this.reject("stdin", "error", "ingest/too-large", `is larger than the ${formatBytes(this.maxBytes)} limit (raise it with --max-bytes)`);
    const decoded = decodeText(read.bytes);
    if (!decoded.ok) return this.reject("stdin", "error", decoded.rule, decoded.problem);
    const kind: FileKind = looksLikeJsonl(decoded.text) ? "jsonl" : "text";
    this.addText("stdin", decoded.text, kind, "stdin");
  }

  private addDecoded(name: string, bytes: Uint8Array, kind: FileKind, id: string): void {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return this.reject(name, "error", decoded.rule, decoded.problem);
    this.addText(name, decoded.text, kind, id);
  }

  private addText(name: string, text: string, kind: FileKind, id: string): void {
    if (kind === "jsonl") return this.addJsonl(name, text, id);
    const article = articleFromText(text, this.uniqueId(id, name), kind === "markdown" ? "markdown" : "text");
    this.accept(name, article);
  }

  private addJsonl(name: string, text: string, fileId: string): void {
    const parsed = parseJsonl(text);
    const failedLines = new Set<number>();
    for (const p of parsed.problems) {
      this.diagnose(p.severity, p.rule, `${name}:${p.line}: ${p.problem}`);
      if (p.severity === "error") failedLines.add(p.line);
    }
    for (const line of failedLines) this.result.rejected.push(`${name}:${line}`);
    if (parsed.lines.length === 0 && failedLines.size === 0) {
      return this.reject(name, "error", "ingest/empty", "has no JSON lines");
    }
    for (const { line, article } of parsed.lines) {
      article.id = this.uniqueId(article.id ?? `${fileId}:${line}`, `${name}:${line}`);
      this.accept(`${name}:${line}`, article);
    }
  }

  private accept(name: string, article: ArticleInput): void {
    const language = guessEnglish(article.text);
    if (language.verdict === "not-english") {
      const skip = this.nonEnglish === "skip";
      const consequence = skip ? "left out of the comparison" : "annotated anyway; expect poor results";
      this.diagnose("warning", "ingest/not-english", `${name}: does not look like English (${language.detail}); ${consequence}`);
      if (skip) {
        this.result.rejected.push(name);
        return;
      }
    }
    this.result.articles.push(article);
  }

  /** Ids are unique across all inputs: a clash gets "-2", "-3", ... and a note. */
  private uniqueId(wanted: string, name: string): string {
    let id = wanted;
    for (let n = 2; this.ids.has(id); n++) id = `${wanted}-${n}`;
    if (id !== wanted) this.diagnose("info", "ingest/duplicate-id", `${name}: id "${wanted}" is already taken; using "${id}"`);
    this.ids.add(id);
    return id;
  }

  private rejectTooLarge(path: string, size: number): void {
    this.reject(path, "error", "ingest/too-large", `is ${formatBytes(size)}, over the ${formatBytes(this.maxBytes)} limit (raise it with --max-bytes)`);
  }

  private reject(name: string, severity: Severity, rule: string, problem: string): void {
    this.diagnose(severity, rule, `${name}: ${problem}`);
    if (severity === "error") this.result.rejected.push(name);
  }

  private diagnose(severity: Severity, rule: string, message: string): void {
    this.result.diagnostics.push({ severity, rule, message });
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

function errorRule(error: unknown): string {
  return errorCode(error) === "ENOENT" ? "ingest/missing" : "ingest/unreadable";
}

function fileErrorProblem(error: unknown): string {
  switch (errorCode(error)) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "ELOOP":
      return "too many symbolic links";
    default:
      return `could not be read (${(error as Error).message})`;
  }
}
