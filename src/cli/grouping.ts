import type { ArticleInput } from "../model/types.js";
import type { AnnotationRecord, Store, StoryDraft } from "../store/index.js";
import type { StoreGrouping } from "../store/grouping.js";
import type { Progress } from "./progress.js";

/**
 * The CLI's door to the story grouping in src/store/grouping.ts. That module loads the engine
 * (the language model takes a moment), so it is imported only when a command needs it.
 */

/**
 * A grouping function for `stories` and `watch`. It keeps one grouping in memory from call to
 * call, so that each poll of `watch` groups only the articles that arrived since the last.
 */
export function storeGrouper(progress?: Progress): (store: Store) => Promise<StoryDraft[]> {
  let grouping: StoreGrouping | undefined;
  const onProgress = progress && ((done: number, total: number) => progress.show(`grouping: read ${done} of ${total} new articles`, done < total));
  return async (store) => {
    grouping ??= new (await import("../store/grouping.js")).StoreGrouping();
    const drafts = await grouping.update(store, onProgress);
    progress?.clear();
    return drafts;
  };
}

/** What ingest stores with each article so that grouping need not annotate it again. */
export async function groupingRecord(article: ArticleInput & { id: string }): Promise<AnnotationRecord> {
  const grouping = await import("../store/grouping.js");
  return grouping.featuresRecord(article);
}
