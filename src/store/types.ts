/**
 * The store behind `ingest`, `stories` and `watch`: articles, per-article annotations, the current
 * grouping into stories, and each story's report. Narrow on purpose: every method is one a
 * command needs, and every implementation (SQLite now, PostgreSQL later) passes the same contract
 * test (contract.ts). Methods are async so that a networked database fits the same shape.
 */

export type NewArticle = {
  /** a readable id to use if it is free (a file name, a URL slug); the store makes it unique */
  preferredId?: string;
  text: string;
  title?: string;
  source?: string;
  published?: string;
  /** the link that was followed to get the article */
  url?: string;
  /** the article's own canonical URL */
  canonicalUrl?: string;
  byline?: string;
  /** when it was read (ISO 8601); default now */
  fetchedAt?: string;
};

export type StoredArticle = {
  id: string;
  text: string;
  title?: string;
  source?: string;
  published?: string;
  url?: string;
  canonicalUrl?: string;
  byline?: string;
  /** hash of the text with white space normalised: equal texts are one article */
  contentHash: string;
  fetchedAt: string;
};

/** What an annotation pipeline produced for one article; `pipelineVersion` keys it, so a new pipeline re-annotates. */
export type AnnotationRecord = { pipelineVersion: string; data: unknown };

export type AddResult = { id: string; isNew: boolean };

/** What listing a large store needs of each article, without its text. */
export type ArticleHead = { id: string; title?: string; published?: string; /** the first 200 characters of the text */ opening: string };

/** A story as the grouping step hands it over. */
export type StoryDraft = { id: string; title: string; articleIds: string[] };

export type StorySummary = {
  id: string;
  title: string;
  /** when the story first appeared, and when its title or membership last changed (ISO 8601) */
  created: string;
  updated: string;
  articleCount: number;
  /** earliest and latest `published` among its articles, when they have one */
  firstPublished?: string;
  lastPublished?: string;
};

export type StoryWithArticles = StorySummary & { articles: StoredArticle[] };

/** What replacing the grouping changed, story ids in each list. */
export type StoryChanges = { added: string[]; changed: string[]; removed: string[]; unchanged: string[] };

export interface Store {
  /**
   * Store an article unless it is already there (same canonical URL or link, or same content hash),
   * with its annotation in the same transaction: either both are saved or neither is.
   */
  addArticle(article: NewArticle, annotation?: AnnotationRecord): Promise<AddResult>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** In the order they were stored; `since` (ISO 8601) keeps those fetched strictly after it. */
  listArticles(options?: { since?: string }): Promise<StoredArticle[]>;
  /**
   * Every article's id, title, date and opening words, in the order they were stored: cheap on a
   * large store. `offset` skips that many from the start (articles are never removed, so a reader
   * that has seen n of them asks for the rest with offset n).
   */
  listArticleHeads(options?: { offset?: number }): Promise<ArticleHead[]>;
  countArticles(): Promise<number>;
  /** Whether an article was stored from this link or under this canonical URL (so it need not be fetched). */
  hasUrl(url: string): Promise<boolean>;

  saveAnnotation(articleId: string, annotation: AnnotationRecord): Promise<void>;
  getAnnotation(articleId: string, pipelineVersion: string): Promise<unknown | undefined>;

  /**
   * Replace the whole grouping. A story keeps its `created` time across calls; `updated` moves when
   * its title or articles change, and its saved report is dropped then (it no longer matches).
   * Unknown article ids are a misuse: the call throws and nothing changes.
   */
  saveStories(stories: readonly StoryDraft[]): Promise<StoryChanges>;
  listStories(): Promise<StorySummary[]>;
  /** The current grouping as saved: each story's id, title and article ids in their saved order. */
  listStoryDrafts(): Promise<StoryDraft[]>;
  getStory(id: string): Promise<StoryWithArticles | undefined>;

  /** A story's report (findings and all) as JSON; saving for an unknown story throws. */
  saveReport(storyId: string, report: unknown): Promise<void>;
  getReport(storyId: string): Promise<unknown | undefined>;

  close(): Promise<void>;
}

/** A problem with the store itself (cannot open, not a database, made by a newer version): one clear sentence. */
export class StoreError extends Error {
  override readonly name = "StoreError";
}
