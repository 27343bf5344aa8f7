import { stat } from "node:fs/promises";
import type { ArticleInput, Diagnostic, Severity } from "../model/types.js";
import { decodeWebText } from "./charset.js";
import { decodeText } from "./decode.js";
import type { FetchOptions } from "./fetch.js";
import { readXmlSource, type Feed, type FeedList } from "./feeds.js";
import { fileKind, formatBytes, idFromPath, listDirectory, readFileCapped, readStreamCapped, type FileKind } from "./files.js";
import { articleFromHtml } from "./html.js";
import { looksLikeJsonl, parseJsonl } from "./jsonl.js";
import { guessEnglish } from "./language.js";
import { articleFromText } from "./text.js";
import { canonicalUrl, isHttpUrl, isOtherSchemeUrl } from "./urls.js";
import { itemOutcome, loadUrl, type IngestedArticle, type ItemOutcome } from "./web.js";

/**
 * Read what the user named (files, directories, `-` for stdin, http(s) URLs of pages, feeds and
 * OPML lists, local HTML, feed and OPML files) into ArticleInputs. Every problem becomes one
 * diagnostic line that names the input and says what is wrong; the other inputs are still read.
 * Nothing here knows about the engine or the store: a caller that stores articles passes
 * `onArticle` and `isKnownUrl`.
 */

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Feed items fetched at once: enough to hide latency, few enough to be polite to one publisher. */
export const DEFAULT_FETCH_CONCURRENCY = 4;

export type { IngestedArticle } from "./web.js";
export type { FetchOptions } from "./fetch.js";
export { DEFAULT_FETCH_MAX_BYTES, DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_REDIRECTS, fetchUrl } from "./fetch.js";
export { canonicalUrl, idFromUrl, isHttpUrl } from "./urls.js";
export { articleFromHtml } from "./html.js";
export { readXmlSource } from "./feeds.js";

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
  /** limits for http(s) inputs and feed links; their size cap defaults to 5 MB, not `maxBytes` */
  fetch?: FetchOptions;
  /** feed items fetched at once (default 4) */
  concurrency?: number;
  /**
   * Handed each article as soon as it is read, in input order. When given, articles are not kept
   * in the result (a long feed ingest holds one article at a time) and ids are left as found, for
   * the receiver to make unique.
   */
  onArticle?: (article: IngestedArticle) => Promise<void> | void;
  /** true for a link already stored: it is not fetched again (re-running an ingest is cheap) */
  isKnownUrl?: (url: string) => Promise<boolean> | boolean;
  /** each diagnostic as it happens, for a live display (they are collected in the result as well) */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
  /** what is being read now ("fetching https://..."), for a progress line */
  onActivity?: (activity: string) => void;
};

export type IngestResult = {
  articles: ArticleInput[];
  diagnostics: Diagnostic[];
  /** the inputs (or `file:line`s, or links) that were left out, for the exit status */
  rejected: string[];
  /** links not fetched because `isKnownUrl` said they are already stored */
  known: string[];
};

export async function readInputs(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const reader = new InputReader(options);
  for (const input of inputs) await reader.read(input);
  return reader.result;
}

class InputReader {
  readonly result: IngestResult = { articles: [], diagnostics: [], rejected: [], known: [] };
  private readonly ids = new Set<string>();
  private readonly maxBytes: number;
  private readonly nonEnglish: "skip" | "keep";
  private readonly fetchOptions: FetchOptions;
  private readonly concurrency: number;
  private stdinUsed = false;

  constructor(private readonly options: IngestOptions) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.nonEnglish = options.nonEnglish ?? "skip";
    this.fetchOptions = options.fetch ?? {};
    this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_FETCH_CONCURRENCY);
  }

  async read(input: string): Promise<void> {
    if (input === "-") return this.readStdin();
    if (isHttpUrl(input)) return this.readUrl(input);
    if (isOtherSchemeUrl(input)) return this.reject(input, "error", "ingest/unsupported-url", "only http and https URLs can be read");
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
    if (files.length === 0) return this.reject(dir, "error", "ingest/empty-directory", "has no .txt, .md, .jsonl or .html files");
    for (const file of files) {
      const info = await stat(file).catch(() => undefined);
      if (info && info.size > this.maxBytes) this.rejectTooLarge(file, info.size);
      else await this.readFile(file);
    }
  }

  private async readFile(path: string): Promise<void> {
    const kind = fileKind(path);
    this.options.onActivity?.(`reading ${path}`);
    let read;
    try {
      read = await readFileCapped(path, this.maxBytes);
    } catch (error) {
      return this.reject(path, "error", errorRule(error), fileErrorProblem(error));
    }
    if (read.truncated) return this.reject(path, "error", "ingest/too-large", `is larger than the ${formatBytes(this.maxBytes)} limit (raise it with --max-bytes)`);
    if (kind === "html") return this.addHtmlFile(path, read.bytes);
    if (kind === "xml") return this.addXmlFile(path, read.bytes);
    await this.addDecoded(path, read.bytes, kind, idFromPath(path));
  }

  /** A saved page: decoded by its declared charset (pages say theirs), then read like a fetched one. */
  private async addHtmlFile(path: string, bytes: Uint8Array): Promise<void> {
    const decoded = decodeWebText(bytes);
    if (!decoded.ok) return this.reject(path, "error", decoded.rule, decoded.problem);
    const page = articleFromHtml(decoded.text, { id: idFromPath(path) });
    if (!page.ok) return this.reject(path, "error", page.rule, page.problem);
    const ingested: IngestedArticle = { article: { ...page.article, id: idFromPath(path) }, origin: path };
    if (page.canonicalUrl !== undefined) ingested.canonicalUrl = page.canonicalUrl;
    if (page.byline !== undefined) ingested.byline = page.byline;
    await this.accept(path, ingested);
  }

  /** A feed or OPML file on disk: its items' links (or its feeds) are fetched like those of a feed URL. */
  private async addXmlFile(path: string, bytes: Uint8Array): Promise<void> {
    const decoded = decodeWebText(bytes);
    if (!decoded.ok) return this.reject(path, "error", decoded.rule, decoded.problem);
    const source = readXmlSource(decoded.text);
    if (source.declaresEntities) this.warnEntities(path);
    if (source.kind === "feed") return this.readFeed(path, source.feed);
    if (source.kind === "opml") return this.readFeedList(path, source.list);
    const root = source.rootName === undefined ? "no root element" : `its root element is <${source.rootName}>`;
    this.reject(path, "error", "ingest/unsupported-xml", `is not an RSS, Atom or OPML document (${root})`);
  }

  private async readUrl(url: string): Promise<void> {
    const canonical = canonicalUrl(url) ?? url;
    if (await this.isKnown(canonical)) return this.markKnown(canonical);
    this.options.onActivity?.(`fetching ${url}`);
    const loaded = await loadUrl(url, this.fetchOptions);
    switch (loaded.kind) {
      case "failed":
        return this.reject(url, "error", loaded.rule, loaded.problem);
      case "page":
        return this.accept(url, { ...loaded.article, origin: url });
      case "feed":
        if (loaded.declaresEntities) this.warnEntities(url);
        return this.readFeed(url, loaded.feed);
      case "opml":
        if (loaded.declaresEntities) this.warnEntities(url);
        return this.readFeedList(url, loaded.list);
    }
  }

  private async readFeed(name: string, feed: Feed): Promise<void> {
    if (feed.items.length === 0) return this.reject(name, "error", "ingest/empty-feed", `the ${feed.format} feed has no items`);
    const seen = new Set<string>();
    const items = feed.items.filter((item) => item.link === undefined || (!seen.has(item.link) && seen.add(item.link)));
    const context = { feed, options: this.fetchOptions, isKnownUrl: (url: string) => this.isKnown(url) };
    await forEachInOrder(
      items,
      this.concurrency,
      (item, index) => {
        if (item.link !== undefined) this.options.onActivity?.(`fetching ${item.link}`);
        return itemOutcome(item, { ...context, index }).catch((error: unknown): ItemOutcome => ({ kind: "failed", rule: "ingest/internal", problem: String(error) }));
      },
      (outcome, index) => this.deliverItem(outcome, items[index]!.link ?? `${name} item ${index + 1}`),
    );
  }

  private async deliverItem(outcome: ItemOutcome, name: string): Promise<void> {
    if (outcome.kind === "known") return this.markKnown(outcome.url);
    if (outcome.kind === "failed") return this.reject(name, "error", outcome.rule, outcome.problem);
    await this.accept(name, { ...outcome.article, origin: name });
  }

  /** The feeds of an OPML list, one after another; a list inside a list is not followed. */
  private async readFeedList(name: string, list: FeedList): Promise<void> {
    if (list.feeds.length === 0) return this.reject(name, "error", "ingest/empty-opml", "the OPML list names no feeds (no outline has an xmlUrl)");
    for (const { url } of list.feeds) {
      this.options.onActivity?.(`fetching ${url}`);
      const loaded = await loadUrl(url, this.fetchOptions);
      if (loaded.kind === "failed") this.reject(url, "error", loaded.rule, loaded.problem);
      else if (loaded.kind !== "feed") this.reject(url, "error", "ingest/not-a-feed", `is listed in ${name} as a feed but is ${loaded.kind === "page" ? "a web page" : "another OPML list"}`);
      else {
        if (loaded.declaresEntities) this.warnEntities(url);
        await this.readFeed(url, loaded.feed);
      }
    }
  }

  private warnEntities(name: string): void {
    this.diagnose("warning", "ingest/xml-entities", `${name}: declares its own XML entities in a DOCTYPE; they were not expanded`);
  }

  private async isKnown(url: string): Promise<boolean> {
    return this.options.isKnownUrl !== undefined && (await this.options.isKnownUrl(url));
  }

  private markKnown(url: string): void {
    this.result.known.push(url);
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
    await this.addText("stdin", decoded.text, kind, "stdin");
  }

  private async addDecoded(name: string, bytes: Uint8Array, kind: FileKind, id: string): Promise<void> {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return this.reject(name, "error", decoded.rule, decoded.problem);
    await this.addText(name, decoded.text, kind, id);
  }

  private async addText(name: string, text: string, kind: FileKind, id: string): Promise<void> {
    if (kind === "jsonl") return this.addJsonl(name, text, id);
    const article = articleFromText(text, id, kind === "markdown" ? "markdown" : "text");
    await this.accept(name, { article: { ...article, id }, origin: name });
  }

  private async addJsonl(name: string, text: string, fileId: string): Promise<void> {
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
      const origin = `${name}:${line}`;
      const ingested: IngestedArticle = { article: { ...article, id: article.id ?? `${fileId}:${line}` }, origin };
      const url = article.url !== undefined ? canonicalUrl(article.url) : undefined;
      if (url !== undefined) ingested.canonicalUrl = url;
      await this.accept(origin, ingested);
    }
  }

  /**
   * The last gate: text that is not English is left out (or kept with a warning); then the article
   * goes to the receiver, or into the result with an id unique within this run.
   */
  private async accept(name: string, ingested: IngestedArticle): Promise<void> {
    const language = guessEnglish(ingested.article.text);
    if (language.verdict === "not-english") {
      const skip = this.nonEnglish === "skip";
      const consequence = skip ? "left out of the comparison" : "annotated anyway; expect poor results";
      this.diagnose("warning", "ingest/not-english", `${name}: does not look like English (${language.detail}); ${consequence}`);
      if (skip) {
        this.result.rejected.push(name);
        return;
      }
    }
    if (this.options.onArticle !== undefined) return this.options.onArticle(ingested);
    this.result.articles.push({ ...ingested.article, id: this.uniqueId(ingested.article.id, name) });
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
    const diagnostic: Diagnostic = { severity, rule, message };
    this.result.diagnostics.push(diagnostic);
    this.options.onDiagnostic?.(diagnostic);
  }
}

/**
 * Run `work` over the items with at most `limit` running at once, and hand each result to
 * `deliver` in item order, one at a time. `work` must not reject.
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  deliver: (result: R, index: number) => Promise<void>,
): Promise<void> {
  const pending = new Map<number, Promise<R>>();
  let next = 0;
  const fill = (delivered: number) => {
    for (; next < items.length && next < delivered + limit; next++) pending.set(next, work(items[next]!, next));
  };
  for (let i = 0; i < items.length; i++) {
    fill(i);
    const result = await pending.get(i)!;
    pending.delete(i);
    fill(i + 1);
    await deliver(result, i);
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
