import type { Options } from "../options.js";
import type { ArticleInput, Report } from "../model/types.js";
import { toArticleInput } from "./index.js";
import { ingestIntoStore, type StoreIngestOptions, type StoreIngestSummary } from "./ingest.js";
import type { Store, StoryChanges, StoryDraft, StorySummary } from "./types.js";

/**
 * Stories over the store: one story's report (computed by the engine's `compare` on the story's
 * articles and kept until the story changes), and one polling cycle of `watch`: ingest, regroup,
 * and say what changed. The engine and the grouping are passed in, so this module loads neither.
 */

export type CompareFunction = (articles: ArticleInput[], options?: Options) => Promise<Report>;
/** The current grouping of every stored article into stories, with ids stable across calls. */
export type GroupFunction = (store: Store) => Promise<StoryDraft[]>;

/**
 * The report of one stored story, or undefined if there is no such story. A saved report is reused
 * unless `fresh` (options that change the findings, such as --today, must not be served from it).
 */
export async function storyReport(
  store: Store,
  storyId: string,
  compare: CompareFunction,
  options: { engine?: Options; fresh?: boolean } = {},
): Promise<Report | undefined> {
  const story = await store.getStory(storyId);
  if (story === undefined) return undefined;
  if (!options.fresh) {
    const saved = await store.getReport(storyId);
    if (isReport(saved)) return saved;
  }
  const report = await compare(story.articles.map(toArticleInput), options.engine);
  // The story keeps its stored id and title, so the report and `stories list` name it alike.
  if (report.stories.length === 1) {
    report.stories[0]!.id = story.id;
    report.stories[0]!.title = story.title;
  }
  if (!options.fresh) await store.saveReport(storyId, report);
  return report;
}

function isReport(value: unknown): value is Report {
  return typeof value === "object" && value !== null && (value as { schema?: unknown }).schema === "corroborate/report@1";
}

export type WatchCycle = { ingest: StoreIngestSummary; changes: StoryChanges; messages: string[] };

/** One poll: read the inputs into the store, regroup if anything arrived, and describe the difference. */
export async function watchCycle(
  store: Store,
  inputs: readonly string[],
  options: { ingest?: StoreIngestOptions; group: GroupFunction },
): Promise<WatchCycle> {
  const ingest = await ingestIntoStore(store, inputs, options.ingest);
  const before = await store.listStories();
  if (ingest.added.length === 0 && before.length > 0) {
    return { ingest, changes: { added: [], changed: [], removed: [], unchanged: before.map((s) => s.id) }, messages: [] };
  }
  const changes = await store.saveStories(await options.group(store));
  const after = await store.listStories();
  return { ingest, changes, messages: describeChanges(changes, before, after) };
}

/** One line per story that appeared, changed or went away. */
export function describeChanges(changes: StoryChanges, before: readonly StorySummary[], after: readonly StorySummary[]): string[] {
  const old = new Map(before.map((s) => [s.id, s]));
  const now = new Map(after.map((s) => [s.id, s]));
  const lines: string[] = [];
  for (const id of changes.added) {
    const story = now.get(id);
    if (story) lines.push(`new story ${id}: "${story.title}" (${plural(story.articleCount, "article")})`);
  }
  for (const id of changes.changed) {
    const story = now.get(id);
    const previous = old.get(id);
    if (!story || !previous) continue;
    const parts: string[] = [];
    if (story.articleCount !== previous.articleCount) parts.push(`now ${plural(story.articleCount, "article")} (was ${previous.articleCount})`);
    else parts.push(`its articles changed (${plural(story.articleCount, "article")})`);
    if (story.title !== previous.title) parts.push(`renamed from "${previous.title}"`);
    lines.push(`story ${id}: "${story.title}" ${parts.join(", ")}`);
  }
  for (const id of changes.removed) {
    const previous = old.get(id);
    lines.push(`story ${id}${previous ? `: "${previous.title}"` : ""} is gone (its articles were regrouped)`);
  }
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
