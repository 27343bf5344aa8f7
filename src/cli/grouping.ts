import type { ArticleInput } from "../model/types.js";
import type { AnnotationRecord, Store, StoryDraft } from "../store/index.js";
import type { Progress } from "./progress.js";

/**
 * The CLI's door to the story grouping in src/store/grouping.ts. That module loads the engine
 * (the language model takes a moment), so it is imported only when a command needs it.
 */

export async function groupStoredArticles(store: Store, progress?: Progress): Promise<StoryDraft[]> {
  const grouping = await import("../store/grouping.js");
  const onProgress = progress && ((done: number, total: number) => progress.show(`grouping: read ${done} of ${total} articles`, done < total));
  const drafts = await grouping.groupStoredArticles(store, onProgress);
  progress?.clear();
  return drafts;
}

/** What ingest stores with each article so that grouping need not annotate it again. */
export async function groupingRecord(article: ArticleInput & { id: string }): Promise<AnnotationRecord> {
  const grouping = await import("../store/grouping.js");
  return grouping.featuresRecord(article);
}
