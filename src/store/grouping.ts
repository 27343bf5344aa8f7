import { annotateAlone } from "../analyze.js";
import { toArticles } from "../articles.js";
import type { ArticleInput } from "../model/types.js";
import { resolveOptions } from "../options.js";
import { articleFeatures, groupFeatures, type ArticleFeatures, type StoryGrouper } from "../stories/index.js";
import { toArticleInput } from "./index.js";
import type { AnnotationRecord, ArticleHead, Store, StoryDraft } from "./types.js";

/**
 * Stories over the store: the grouping features of each article are computed once (at ingest, or
 * the first time a grouping needs them) and kept as the article's annotation, so regrouping a large
 * store costs a read and a grouping pass, not an annotation of every article. This module loads the
 * engine; callers that must start fast import it lazily.
 */

/** Bump when articleFeatures changes, so that stored features are recomputed rather than mixed. */
export const FEATURES_PIPELINE = "story-features/1";

export type GroupProgress = (done: number, total: number) => void;

/** The annotation record ingest stores with an article: its grouping features. */
export function featuresRecord(article: ArticleInput & { id: string }): AnnotationRecord {
  return { pipelineVersion: FEATURES_PIPELINE, data: encodeFeatures(featuresOf(article)) };
}

/**
 * Every stored article in exactly one story. A story keeps the id of the stored story it shares
 * most articles with, so ids, creation times and saved reports survive a regrouping that leaves a
 * story whole or only adds to it.
 */
export async function groupStoredArticles(store: Store, onProgress?: GroupProgress): Promise<StoryDraft[]> {
  return new StoreGrouping().update(store, onProgress);
}

/**
 * A grouping kept in memory across updates, as `watch` needs: the first update groups the whole
 * store as one batch; later ones compare only the articles stored since with their candidates, and
 * cluster again only the stories those touched.
 */
export class StoreGrouping {
  private grouper: StoryGrouper | undefined;
  /** Each grouped article's own title, or its opening words when it has none. */
  private readonly titles = new Map<string, { text: string; given: boolean }>();
  private previous: Map<string, string[]> | undefined;

  /** Bring the grouping up to date with the store and read the stories off it. */
  async update(store: Store, onProgress?: GroupProgress): Promise<StoryDraft[]> {
    await this.addNew(store, onProgress);
    return this.drafts(store);
  }

  /** Compare the articles stored since the last call with their candidates; returns how many were added. */
  async addNew(store: Store, onProgress?: GroupProgress): Promise<number> {
    // Articles are never removed and keep their order, so the ones not grouped yet are those after the first n.
    const fresh = await store.listArticleHeads({ offset: this.titles.size });
    const features: ArticleFeatures[] = [];
    for (const head of fresh) {
      features.push(await storedFeatures(store, head.id));
      this.titles.set(head.id, titleOf(head));
      onProgress?.(features.length, fresh.length);
    }
    if (this.grouper === undefined) this.grouper = groupFeatures(features);
    else for (const f of features) this.grouper.add(f);
    return fresh.length;
  }

  /** The stories as they stand, with the ids of the stories they continue. */
  async drafts(store: Store): Promise<StoryDraft[]> {
    this.previous ??= new Map((await store.listStoryDrafts()).map((d) => [d.id, d.articleIds]));
    const groups = this.grouper?.stories() ?? [];
    const ids = keepStoryIds(groups, this.previous);
    const drafts = groups.map((articleIds, i) => ({ id: ids[i] as string, title: this.title(articleIds), articleIds }));
    this.previous = new Map(drafts.map((d) => [d.id, d.articleIds]));
    return drafts;
  }

  /** The first titled article's title, else the opening words of the first article. */
  private title(articleIds: readonly string[]): string {
    const titles = articleIds.map((id) => this.titles.get(id));
    return (titles.find((t) => t?.given) ?? titles[0])?.text ?? "";
  }
}

function titleOf(head: ArticleHead): { text: string; given: boolean } {
  const title = head.title?.trim();
  if (title) return { text: title, given: true };
  const opening = head.opening.trim().split("\n")[0]!.replace(/\s+/g, " ");
  return { text: opening.length > 100 ? `${opening.slice(0, 100).replace(/\s+\S*$/, "")}…` : opening, given: false };
}

/**
 * Ids for new groups: each takes the previous story it overlaps most (largest overlaps settled
 * first, each previous id used once); the rest get fresh ids after the highest "sN" in use.
 */
export function keepStoryIds(groups: readonly string[][], previous: ReadonlyMap<string, readonly string[]>): string[] {
  const storyOf = new Map<string, string>();
  for (const [id, members] of previous) for (const member of members) storyOf.set(member, id);
  const overlaps: { group: number; id: string; count: number }[] = [];
  groups.forEach((members, group) => {
    const counts = new Map<string, number>();
    for (const member of members) {
      const id = storyOf.get(member);
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, count] of counts) overlaps.push({ group, id, count });
  });
  overlaps.sort((x, y) => y.count - x.count || x.group - y.group);
  const ids: (string | undefined)[] = groups.map(() => undefined);
  const taken = new Set<string>();
  for (const { group, id } of overlaps) {
    if (ids[group] !== undefined || taken.has(id)) continue;
    ids[group] = id;
    taken.add(id);
  }
  let next = 1 + Math.max(0, ...[...previous.keys()].map((id) => /^s(\d+)$/.exec(id)?.[1]).filter((n) => n !== undefined).map(Number));
  return ids.map((id) => {
    if (id !== undefined) return id;
    while (taken.has(`s${next}`)) next++;
    taken.add(`s${next}`);
    return `s${next}`;
  });
}

/**
 * Features saved with the article, else computed from its text and saved for next time. They carry
 * the stored id: features made at ingest saw the article before the store settled its id.
 */
async function storedFeatures(store: Store, articleId: string): Promise<ArticleFeatures> {
  const saved = await store.getAnnotation(articleId, FEATURES_PIPELINE);
  const decoded = saved === undefined ? undefined : decodeFeatures(saved);
  if (decoded) return { ...decoded, id: articleId };
  const article = await store.getArticle(articleId);
  if (!article) throw new Error(`grouping: article "${articleId}" vanished from the store`);
  const record = featuresRecord(toArticleInput(article));
  await store.saveAnnotation(articleId, record);
  return decodeFeatures(record.data) as ArticleFeatures;
}

function featuresOf(input: ArticleInput & { id: string }): ArticleFeatures {
  const [article] = toArticles([input]);
  // Undated articles fall back on today, as they would in `analyze` run now.
  return articleFeatures(annotateAlone(article!, resolveOptions(undefined)));
}

/** Features as JSON: key counts as { map: [key, count][] }, the signature as { uint32: number[] }. */
function encodeFeatures(features: ArticleFeatures): unknown {
  return Object.fromEntries(
    Object.entries(features).map(([field, value]: [string, unknown]) => {
      if (value instanceof Map) return [field, { map: [...value] }];
      if (value instanceof Uint32Array) return [field, { uint32: [...value] }];
      return [field, value];
    }),
  );
}

function decodeFeatures(data: unknown): ArticleFeatures | undefined {
  if (typeof data !== "object" || data === null || !("signature" in data)) return undefined;
  return Object.fromEntries(
    Object.entries(data).map(([field, value]: [string, unknown]) => {
      if (typeof value === "object" && value !== null) {
        if ("map" in value && Array.isArray(value.map)) return [field, new Map(value.map as [string, number][])];
        if ("uint32" in value && Array.isArray(value.uint32)) return [field, Uint32Array.from(value.uint32 as number[])];
      }
      return [field, value];
    }),
  ) as ArticleFeatures;
}
