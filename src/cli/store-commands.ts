import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { DEFAULT_MAX_BYTES } from "../ingest/index.js";
import type { Options } from "../options.js";
import { render } from "../report/index.js";
import { openStore, resolveDbLocation, StoreError, type Store, type StorySummary } from "../store/index.js";
import { ingestIntoStore, summaryLine, type StoreIngestOptions, type StoreIngestSummary } from "../store/ingest.js";
import { storyReport, watchCycle } from "../store/stories.js";
import type { FetchLimits, IngestRequest, StoriesRequest, WatchRequest } from "./args.js";
import { groupingRecord, storeGrouper } from "./grouping.js";
import { Progress } from "./progress.js";
import { emit, EXIT, printDiagnostics, type CliIo } from "./run.js";

/**
 * `ingest`, `stories` and `watch`: thin shells over src/store and src/ingest. Store problems
 * (cannot open, not a store, cannot write) exit 4 with one line; a missing store for a reading
 * command, or an unknown story, exits 3.
 */

export async function runIngest(request: IngestRequest, io: CliIo): Promise<number> {
  const location = resolveDbLocation(request.db, io.env);
  const store = await openOrReport(location, io, false);
  if (typeof store === "number") return store;
  const progress = new Progress(io, request.quiet);
  try {
    const summary = await ingestIntoStore(store, request.inputs, ingestOptions(request, io, progress));
    progress.clear();
    io.stdout.write(`ingest: ${summaryLine(summary)}\n`);
    return ingestExitCode(summary);
  } catch (error) {
    progress.clear();
    return storeFailure(error, location, io);
  } finally {
    await store.close();
  }
}

export async function runStories(request: StoriesRequest, io: CliIo): Promise<number> {
  const location = resolveDbLocation(request.db, io.env);
  const store = await openOrReport(location, io, true);
  if (typeof store === "number") return store;
  try {
    await groupIfStale(store, new Progress(io, request.quiet));
    if (request.action === "list") {
      const stories = await store.listStories();
      if (stories.length === 0) {
        io.stderr.write(`no stories yet: ${location} holds no articles (add some with "corroborate ingest")\n`);
        return EXIT.nothingToCompare;
      }
      io.stdout.write(storyTable(stories));
      return EXIT.ok;
    }
    return await showStory(request, store, location, io);
  } catch (error) {
    return storeFailure(error, location, io);
  } finally {
    await store.close();
  }
}

export async function runWatch(request: WatchRequest, io: CliIo): Promise<number> {
  const location = resolveDbLocation(request.db, io.env);
  const store = await openOrReport(location, io, false);
  if (typeof store === "number") return store;
  const progress = new Progress(io, request.quiet);
  const stop = new AbortController();
  // The first Ctrl-C ends the loop after the current poll; a second one ends the process as usual.
  const onInterrupt = () => stop.abort();
  const group = storeGrouper(progress);
  if (!request.once) process.once("SIGINT", onInterrupt);
  try {
    for (;;) {
      const cycle = await watchCycle(store, request.inputs, { ingest: ingestOptions(request, io, progress), group });
      progress.clear();
      for (const message of cycle.messages) io.stdout.write(`${message}\n`);
      if (!request.quiet) io.stderr.write(`watch: ${summaryLine(cycle.ingest)}\n`);
      if (request.once) return ingestExitCode(cycle.ingest);
      try {
        await sleep(request.intervalSeconds * 1000, undefined, { signal: stop.signal });
      } catch {
        return EXIT.ok;
      }
    }
  } catch (error) {
    progress.clear();
    return storeFailure(error, location, io);
  } finally {
    process.removeListener("SIGINT", onInterrupt);
    await store.close();
  }
}

function ingestOptions(request: FetchLimits & { quiet: boolean }, io: CliIo, progress: Progress): StoreIngestOptions {
  let added = 0;
  let known = 0;
  const fetch: StoreIngestOptions["fetch"] = { allowPrivate: request.allowPrivate, timeoutMs: request.timeoutMs };
  if (request.maxBytes !== undefined) fetch.maxBytes = request.maxBytes;
  return {
    maxBytes: request.maxBytes ?? DEFAULT_MAX_BYTES,
    fetch,
    onDiagnostic: (diagnostic) => {
      if (request.quiet && diagnostic.severity !== "error") return;
      progress.clear();
      printDiagnostics([diagnostic], request, io);
    },
    annotate: groupingRecord,
    onStored: (outcome) => (outcome.isNew ? added++ : known++),
    onActivity: (activity) => progress.show(`${added} new, ${known} already stored: ${activity}`, true),
  };
}

/** 0: all read; 1: some failed but something was read; 3: nothing was read at all. */
function ingestExitCode(summary: StoreIngestSummary): number {
  if (summary.failed.length === 0) return EXIT.ok;
  return summary.added.length + summary.alreadyStored > 0 ? EXIT.inputsSkipped : EXIT.nothingToCompare;
}

async function showStory(request: StoriesRequest, store: Store, location: string, io: CliIo): Promise<number> {
  const storyId = request.storyId!;
  const engine: Options = {};
  if (request.today !== undefined) engine.today = request.today;
  if (request.minConfidence !== undefined) engine.minConfidence = request.minConfidence;
  const { compare } = await import("../index.js");
  const report = await storyReport(store, storyId, compare, { engine, fresh: Object.keys(engine).length > 0 });
  if (report === undefined) {
    io.stderr.write(`error: there is no story "${storyId}" in ${location} (see "corroborate stories list")\n`);
    return EXIT.nothingToCompare;
  }
  printDiagnostics(report.diagnostics, request, io);
  const color = request.format === "text" && request.out === undefined && io.stdout.isTTY === true && !io.env["NO_COLOR"];
  return emit(render(report, request.format, { color, diagnostics: request.out !== undefined }), request, io);
}

/**
 * Articles stored since the last grouping (none of the stories holds them) mean the grouping is
 * stale: regroup before showing anything, so `ingest` then `stories` just works.
 */
async function groupIfStale(store: Store, progress: Progress): Promise<void> {
  const stories = await store.listStories();
  const grouped = stories.reduce((n, s) => n + s.articleCount, 0);
  if (grouped < (await store.countArticles())) await store.saveStories(await storeGrouper(progress)(store));
}

/** id, article count, first and last publication day, title: one aligned line per story. */
function storyTable(stories: readonly StorySummary[]): string {
  const day = (value: string | undefined) => (value === undefined ? "-" : value.slice(0, 10));
  const rows = stories.map((s) => [s.id, String(s.articleCount), day(s.firstPublished), day(s.lastPublished), s.title]);
  const header = ["ID", "ARTICLES", "FIRST", "LAST", "TITLE"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ");
  return `${[header, ...rows].map(line).join("\n")}\n`;
}

async function openOrReport(location: string, io: CliIo, mustExist: boolean): Promise<Store | number> {
  if (mustExist && location !== ":memory:" && !existsSync(location)) {
    io.stderr.write(`error: there is no store at ${location} (run "corroborate ingest" first, or name one with --db)\n`);
    return EXIT.nothingToCompare;
  }
  try {
    return await openStore(location, { mustExist });
  } catch (error) {
    return storeFailure(error, location, io);
  }
}

function storeFailure(error: unknown, location: string, io: CliIo): number {
  if (error instanceof StoreError) {
    io.stderr.write(`error: ${error.message}\n`);
    return EXIT.outputFailed;
  }
  const code = (error as { code?: unknown })?.code;
  if (typeof code === "string" && code.startsWith("SQLITE_")) {
    io.stderr.write(`error: cannot write to the store ${location}: ${(error as Error).message} (${code})\n`);
    return EXIT.outputFailed;
  }
  throw error;
}
