import { readInputs, type IngestedArticle, type IngestOptions } from "../ingest/index.js";
import type { ArticleInput, Diagnostic } from "../model/types.js";
import type { AnnotationRecord, NewArticle, Store } from "./types.js";

/**
 * Read inputs straight into a store, one article at a time: each is committed before the next is
 * read, so a run that is killed keeps everything it reported, and running it again stores only what
 * is missing (links already stored are not even fetched).
 */

export type StoreIngestOptions = Omit<IngestOptions, "onArticle" | "isKnownUrl"> & {
  /** annotate an article before it is stored; the annotation is committed with it */
  annotate?: (article: ArticleInput & { id: string }) => Promise<AnnotationRecord | undefined>;
  /** called after each article is stored (or found already stored), for progress */
  onStored?: (outcome: StoredOutcome) => void;
};

export type StoredOutcome = { id: string; isNew: boolean; origin: string };

export type StoreIngestSummary = {
  /** ids of the articles stored by this run */
  added: string[];
  /** articles read (or links skipped) that were already stored */
  alreadyStored: number;
  /** inputs, lines or links that were left out: they have an error or warning in `diagnostics` */
  failed: string[];
  diagnostics: Diagnostic[];
};

export async function ingestIntoStore(store: Store, inputs: readonly string[], options: StoreIngestOptions = {}): Promise<StoreIngestSummary> {
  const added: string[] = [];
  let alreadyStored = 0;
  const { annotate, onStored, ...readOptions } = options;
  const result = await readInputs(inputs, {
    ...readOptions,
    isKnownUrl: (url) => store.hasUrl(url),
    onArticle: async (ingested) => {
      const annotation = annotate ? await annotate(ingested.article) : undefined;
      const stored = await store.addArticle(toNewArticle(ingested), annotation);
      if (stored.isNew) added.push(stored.id);
      else alreadyStored++;
      onStored?.({ ...stored, origin: ingested.origin });
    },
  });
  return { added, alreadyStored: alreadyStored + result.known.length, failed: result.rejected, diagnostics: result.diagnostics };
}

function toNewArticle(ingested: IngestedArticle): NewArticle {
  const { article } = ingested;
  const out: NewArticle = { preferredId: article.id, text: article.text, fetchedAt: new Date().toISOString() };
  if (article.title !== undefined) out.title = article.title;
  if (article.source !== undefined) out.source = article.source;
  if (article.published !== undefined) out.published = article.published;
  const url = ingested.requestedUrl ?? article.url;
  if (url !== undefined) out.url = url;
  if (ingested.canonicalUrl !== undefined) out.canonicalUrl = ingested.canonicalUrl;
  if (ingested.byline !== undefined) out.byline = ingested.byline;
  return out;
}

/** "3 new, 12 already stored, 1 failed" */
export function summaryLine(summary: StoreIngestSummary): string {
  return `${summary.added.length} new, ${summary.alreadyStored} already stored, ${summary.failed.length} failed`;
}
