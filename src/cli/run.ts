import type { Options } from "../index.js";
import { readInputs, type IngestResult } from "../ingest/index.js";
import type { ArticleInput, Diagnostic, Report } from "../model/types.js";
import { render } from "../report/index.js";
import { parseCommandLine, type RunRequest } from "./args.js";
import { runIngest, runStories, runWatch } from "./store-commands.js";
import { ioProblem, writeFileAtomic } from "./output.js";
import { packageVersion } from "./package-info.js";
import { Progress } from "./progress.js";

/**
 * The command line as a function: arguments and streams in, exit status out. It never exits the
 * process itself (main.ts does), so tests can run it in-process.
 */

export const EXIT = {
  ok: 0,
  inputsSkipped: 1,
  usage: 2,
  nothingToCompare: 3,
  outputFailed: 4,
  internal: 5,
} as const;

export type TextSink = { write(chunk: string): unknown; isTTY?: boolean };
export type CliIo = {
  stdout: TextSink;
  stderr: TextSink;
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  env: Record<string, string | undefined>;
};

/** Work above these sizes gets a progress line on an interactive stderr. */
const PROGRESS_MIN_CHARS = 200_000;
const PROGRESS_MIN_ARTICLES = 10;

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(argv, io.stdin.isTTY === true);
  switch (parsed.kind) {
    case "help":
      io.stdout.write(parsed.text);
      return EXIT.ok;
    case "version":
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    case "usage-error":
      io.stderr.write(`error: ${parsed.message}\n${parsed.hint}\n`);
      return EXIT.usage;
    case "run":
    case "ingest":
    case "stories":
    case "watch":
      try {
        switch (parsed.kind) {
          case "ingest":
            return await runIngest(parsed, io);
          case "stories":
            return await runStories(parsed, io);
          case "watch":
            return await runWatch(parsed, io);
          default:
            return parsed.command === "annotate" ? await runAnnotate(parsed, io) : await runCompare(parsed, io);
        }
      } catch (error) {
        return internalError(error, io);
      }
  }
}

async function runCompare(request: RunRequest, io: CliIo): Promise<number> {
  const ingested = await ingest(request, io, "skip");
  if (ingested.articles.length < 2) {
    const got = ingested.articles.length === 0 ? "no usable report" : `only one usable report ("${ingested.articles[0]!.id}")`;
    io.stderr.write(`error: nothing to compare: ${got}; ${request.command} needs at least two\n`);
    return EXIT.nothingToCompare;
  }
  const progress = new Progress(io, request.quiet);
  if (isLongWork(ingested.articles)) progress.show(`comparing ${ingested.articles.length} reports…`);
  let report: Report;
  try {
    const options = engineOptions(request);
    const { analyze, compare } = await loadEngine();
    report = request.command === "analyze" ? await analyze(ingested.articles, options) : await compare(ingested.articles, options);
  } finally {
    progress.clear();
  }
  printDiagnostics(report.diagnostics, request, io);
  report.diagnostics = [...ingested.diagnostics, ...report.diagnostics];
  const color = request.format === "text" && request.out === undefined && io.stdout.isTTY === true && !io.env["NO_COLOR"];
  const text = render(report, request.format, { color, diagnostics: request.out !== undefined });
  const written = await emit(text, request, io);
  if (written !== EXIT.ok) return written;
  return ingested.rejected.length > 0 ? EXIT.inputsSkipped : EXIT.ok;
}

/** Articles annotated together: enough for the stages to stay warm across them, few enough to show progress. */
const ANNOTATE_BATCH = 100;

async function runAnnotate(request: RunRequest, io: CliIo): Promise<number> {
  const ingested = await ingest(request, io, "keep");
  if (ingested.articles.length === 0) {
    io.stderr.write("error: nothing to annotate: no usable article\n");
    return EXIT.nothingToCompare;
  }
  const progress = new Progress(io, request.quiet);
  const showProgress = isLongWork(ingested.articles);
  const lines: string[] = [];
  // "dated today" warnings, as compare gives them: the JSON says basis "default", which is easy to miss.
  const diagnostics: Diagnostic[] = [];
  const { annotateArticles } = await import("../annotation.js");
  const articles = ingested.articles;
  try {
    for (let i = 0; i < articles.length; i += ANNOTATE_BATCH) {
      if (showProgress) progress.show(`annotating ${i + 1}–${Math.min(i + ANNOTATE_BATCH, articles.length)} of ${articles.length}…`, true);
      const batch = annotateArticles(articles.slice(i, i + ANNOTATE_BATCH), engineOptions(request), (d) => diagnostics.push(d));
      for (const annotation of batch) lines.push(JSON.stringify(annotation));
    }
  } finally {
    progress.clear();
  }
  printDiagnostics(diagnostics, request, io);
  const written = await emit(`${lines.join("\n")}\n`, request, io);
  if (written !== EXIT.ok) return written;
  return ingested.rejected.length > 0 ? EXIT.inputsSkipped : EXIT.ok;
}

/** The engine loads its language model on import; help, usage errors and bad inputs should not wait for it. */
function loadEngine(): Promise<typeof import("../index.js")> {
  return import("../index.js");
}

async function ingest(request: RunRequest, io: CliIo, nonEnglish: "skip" | "keep"): Promise<IngestResult> {
  if (request.inputs.includes("-") && io.stdin.isTTY === true && io.stderr.isTTY === true && !request.quiet) {
    io.stderr.write("reading the article from the terminal; end it with Ctrl-D\n");
  }
  const result = await readInputs(request.inputs, { maxBytes: request.maxBytes, stdin: io.stdin, nonEnglish, fetch: request.fetch });
  printDiagnostics(result.diagnostics, request, io);
  return result;
}

function engineOptions(request: RunRequest): Options {
  const options: Options = {};
  if (request.today !== undefined) options.today = request.today;
  if (request.minConfidence !== undefined) options.minConfidence = request.minConfidence;
  return options;
}

/**
 * Warnings and notes of one kind beyond this many are counted, not listed: a feed of undated
 * articles should not bury the errors. Errors are always listed, one line each.
 */
const LISTED_PER_RULE = 5;

/** One line per diagnostic on stderr, "severity: [article: ]message"; --quiet keeps the errors only. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], request: { quiet: boolean }, io: CliIo): void {
  const listed = new Map<string, number>();
  const unlisted = new Map<string, { severity: string; count: number }>();
  for (const d of diagnostics) {
    if (request.quiet && d.severity !== "error") continue;
    if (d.severity !== "error") {
      const n = (listed.get(d.rule) ?? 0) + 1;
      listed.set(d.rule, n);
      if (n > LISTED_PER_RULE) {
        unlisted.set(d.rule, { severity: d.severity, count: (unlisted.get(d.rule)?.count ?? 0) + 1 });
        continue;
      }
    }
    const subject = d.articleId !== undefined ? `${d.articleId}: ` : "";
    io.stderr.write(`${d.severity}: ${subject}${d.message.replace(/\s*\n\s*/gu, " ")}\n`);
  }
  for (const [rule, { severity, count }] of unlisted) {
    io.stderr.write(`${severity}: ${count} more like the above (${rule})\n`);
  }
}

export async function emit(text: string, request: { out?: string }, io: CliIo): Promise<number> {
  if (request.out === undefined) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  try {
    await writeFileAtomic(request.out, text);
    return EXIT.ok;
  } catch (error) {
    io.stderr.write(`error: cannot write ${request.out}: ${ioProblem(error)}\n`);
    return EXIT.outputFailed;
  }
}

export function internalError(error: unknown, io: CliIo): number {
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`error: internal error: ${message}\n`);
  if (io.env["CORROBORATE_DEBUG"] && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write("set CORROBORATE_DEBUG=1 to see where it happened; please report it\n");
  return EXIT.internal;
}

function isLongWork(articles: readonly ArticleInput[]): boolean {
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  return articles.length >= PROGRESS_MIN_ARTICLES || chars >= PROGRESS_MIN_CHARS;
}
