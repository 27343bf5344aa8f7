import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { contentHash } from "./hash.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./schema.js";
import {
  StoreError,
  type AddResult,
  type AnnotationRecord,
  type ArticleHead,
  type NewArticle,
  type Store,
  type StoredArticle,
  type StoryChanges,
  type StoryDraft,
  type StorySummary,
  type StoryWithArticles,
} from "./types.js";

/**
 * The embedded store: one SQLite file in WAL mode (readers never block the writer, and a process
 * killed mid-write leaves the last committed state), foreign keys on, every write in an IMMEDIATE
 * transaction so two processes ingesting into one file cannot both insert the same article.
 */

export type SqliteStoreOptions = {
  /** refuse to create the file: for commands that only read what `ingest` stored */
  mustExist?: boolean;
  /** how long a write waits for another process's transaction to finish (default 5 s) */
  busyTimeoutMs?: number;
};

type Db = Database.Database;

type ArticleRow = {
  id: string;
  url: string | null;
  canonical_url: string | null;
  content_hash: string;
  title: string | null;
  byline: string | null;
  source: string | null;
  published: string | null;
  fetched_at: string;
  text: string;
};

type StoryRow = {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
  article_count: number;
  first_published: string | null;
  last_published: string | null;
};

const MAX_ID_CHARS = 100;

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  const inMemory = path === ":memory:" || path === "";
  if (options.mustExist && !inMemory && !existsSync(path)) {
    throw new StoreError(`there is no store at ${path} (run "corroborate ingest" first, or name one with --db)`);
  }
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: options.mustExist === true && !inMemory });
  } catch (error) {
    throw new StoreError(`cannot open the store ${path}: ${(error as Error).message}`);
  }
  try {
    configure(db, inMemory, options.busyTimeoutMs ?? 5000);
    migrate(db, path);
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") throw new StoreError(`${path} is not a corroborate store (not an SQLite database, or damaged)`);
    throw new StoreError(`cannot open the store ${path}: ${(error as Error).message}`);
  }
  return new SqliteStore(db);
}

function configure(db: Db, inMemory: boolean, busyTimeoutMs: number): void {
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  if (!inMemory) db.pragma("journal_mode = WAL");
  // NORMAL is durable across a crash of the process in WAL mode; only a power cut can lose the last commits.
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
}

function migrate(db: Db, path: string): void {
  const run = db.transaction(() => {
    const hasVersions = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
    if (!hasVersions) {
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
      if (tables.n > 0) throw new StoreError(`${path} is an SQLite database but not a corroborate store`);
      db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }
    const current = (db.prepare("SELECT max(version) AS v FROM schema_migrations").get() as { v: number | null }).v ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new StoreError(`${path} was written by a newer corroborate (schema ${current}; this one knows up to ${SCHEMA_VERSION})`);
    }
    const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
  });
  run.immediate();
}

export class SqliteStore implements Store {
  private readonly statements;
  private readonly nextSuffix = new Map<string, number>();

  constructor(private readonly db: Db) {
    this.statements = {
      // Separate lookups, each on its own index: one query ORing them makes SQLite scan the table.
      byHash: db.prepare("SELECT seq, id FROM articles WHERE content_hash = ?"),
      byCanonicalUrl: db.prepare("SELECT seq, id FROM articles WHERE canonical_url = ? ORDER BY seq LIMIT 1"),
      byUrl: db.prepare("SELECT seq, id FROM articles WHERE url = ? ORDER BY seq LIMIT 1"),
      idTaken: db.prepare("SELECT 1 FROM articles WHERE id = ?"),
      // A range on the id index: every id that starts with the prefix (ids are compared code unit by code unit).
      idsWithPrefix: db.prepare("SELECT id FROM articles WHERE id > @prefix AND id < @after"),
      insertArticle: db.prepare(
        `INSERT INTO articles (id, url, canonical_url, content_hash, title, byline, source, published, fetched_at, text)
         VALUES (@id, @url, @canonical_url, @content_hash, @title, @byline, @source, @published, @fetched_at, @text)`,
      ),
      getArticle: db.prepare("SELECT * FROM articles WHERE id = ?"),
      listArticles: db.prepare("SELECT * FROM articles WHERE @since IS NULL OR fetched_at > @since ORDER BY seq"),
      countArticles: db.prepare("SELECT count(*) AS n FROM articles"),
      articleHeads: db.prepare("SELECT id, title, published, substr(text, 1, 200) AS opening FROM articles ORDER BY seq LIMIT -1 OFFSET ?"),
      hasUrl: db.prepare("SELECT 1 FROM articles WHERE canonical_url = @url OR url = @url LIMIT 1"),
      upsertAnnotation: db.prepare(
        `INSERT INTO annotations (article_id, pipeline_version, data, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (article_id, pipeline_version) DO UPDATE SET data = excluded.data, created_at = excluded.created_at`,
      ),
      getAnnotation: db.prepare("SELECT data FROM annotations WHERE article_id = ? AND pipeline_version = ?"),
      allMembers: db.prepare(
        "SELECT s.id, s.title, sa.article_id FROM stories s LEFT JOIN story_articles sa ON sa.story_id = s.id ORDER BY s.id, sa.position",
      ),
      insertStory: db.prepare("INSERT INTO stories (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)"),
      updateStory: db.prepare("UPDATE stories SET title = ?, updated_at = ? WHERE id = ?"),
      deleteStory: db.prepare("DELETE FROM stories WHERE id = ?"),
      clearMembers: db.prepare("DELETE FROM story_articles WHERE story_id = ?"),
      insertMember: db.prepare("INSERT INTO story_articles (story_id, article_id, position) VALUES (?, ?, ?)"),
      deleteReport: db.prepare("DELETE FROM findings WHERE story_id = ?"),
      summaries: db.prepare(
        `SELECT s.id, s.title, s.created_at, s.updated_at, count(a.id) AS article_count,
                min(a.published) AS first_published, max(a.published) AS last_published
         FROM stories s LEFT JOIN story_articles sa ON sa.story_id = s.id LEFT JOIN articles a ON a.id = sa.article_id
         WHERE @id IS NULL OR s.id = @id
         GROUP BY s.id ORDER BY s.updated_at DESC, length(s.id), s.id`,
      ),
      storyArticles: db.prepare("SELECT a.* FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? ORDER BY sa.position"),
      upsertReport: db.prepare(
        `INSERT INTO findings (story_id, report, created_at) VALUES (?, ?, ?)
         ON CONFLICT (story_id) DO UPDATE SET report = excluded.report, created_at = excluded.created_at`,
      ),
      getReport: db.prepare("SELECT report FROM findings WHERE story_id = ?"),
    } as const;
  }

  async addArticle(article: NewArticle, annotation?: AnnotationRecord): Promise<AddResult> {
    if (typeof article?.text !== "string" || article.text.trim() === "") throw new TypeError("addArticle: the article needs a non-empty text");
    const hash = contentHash(article.text);
    const write = this.db.transaction((): AddResult => {
      const existing = this.findDuplicate(hash, article);
      const result: AddResult = existing ? { id: existing.id, isNew: false } : { id: this.insertArticle(article, hash), isNew: true };
      // Serialised inside the transaction: an annotation that cannot be saved takes the article down with it.
      if (annotation !== undefined) this.writeAnnotation(result.id, annotation);
      return result;
    });
    return write.immediate();
  }

  /** The earliest stored article with this text, or whose link or canonical URL is one of this article's. */
  private findDuplicate(hash: string, article: NewArticle): { id: string } | undefined {
    type Row = { seq: number; id: string } | undefined;
    const rows: Row[] = [this.statements.byHash.get(hash) as Row];
    for (const url of new Set([article.canonicalUrl, article.url])) {
      if (url === undefined) continue;
      rows.push(this.statements.byCanonicalUrl.get(url) as Row, this.statements.byUrl.get(url) as Row);
    }
    let first: Row;
    for (const row of rows) if (row !== undefined && (first === undefined || row.seq < first.seq)) first = row;
    return first;
  }

  private insertArticle(article: NewArticle, hash: string): string {
    const id = this.freeId(cleanId(article.preferredId) ?? `a-${hash.slice(0, 10)}`);
    this.statements.insertArticle.run({
      id,
      url: article.url ?? null,
      canonical_url: article.canonicalUrl ?? null,
      content_hash: hash,
      title: article.title ?? null,
      byline: article.byline ?? null,
      source: article.source ?? null,
      published: article.published ?? null,
      fetched_at: article.fetchedAt ?? new Date().toISOString(),
      text: article.text,
    });
    return id;
  }

  /**
   * `wanted`, or `wanted-N` with N one past the highest suffix in use. The next suffix is remembered
   * per id, so a common id ("index", "item-1") does not cost a range scan on every insert; a guess
   * made stale by another process is caught by the check and recomputed.
   */
  private freeId(wanted: string): string {
    if (this.statements.idTaken.get(wanted) === undefined) return wanted;
    const prefix = `${wanted}-`;
    const remembered = this.nextSuffix.get(wanted);
    if (remembered !== undefined && this.statements.idTaken.get(`${prefix}${remembered}`) === undefined) {
      this.nextSuffix.set(wanted, remembered + 1);
      return `${prefix}${remembered}`;
    }
    let highest = 1;
    // "-" + 1 is ".": every id starting with the prefix sorts between the prefix and this bound.
    for (const row of this.statements.idsWithPrefix.all({ prefix, after: `${wanted}.` }) as { id: string }[]) {
      const suffix = row.id.slice(prefix.length);
      if (/^\d+$/u.test(suffix)) highest = Math.max(highest, Number(suffix));
    }
    this.nextSuffix.set(wanted, highest + 2);
    return `${prefix}${highest + 1}`;
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const row = this.statements.getArticle.get(id) as ArticleRow | undefined;
    return row && toArticle(row);
  }

  async listArticles(options: { since?: string } = {}): Promise<StoredArticle[]> {
    return (this.statements.listArticles.all({ since: options.since ?? null }) as ArticleRow[]).map(toArticle);
  }

  async listArticleHeads(options: { offset?: number } = {}): Promise<ArticleHead[]> {
    return (this.statements.articleHeads.all(Math.max(0, Math.floor(options.offset ?? 0))) as { id: string; title: string | null; published: string | null; opening: string }[]).map((row) => {
      const head: ArticleHead = { id: row.id, opening: row.opening };
      if (row.title !== null) head.title = row.title;
      if (row.published !== null) head.published = row.published;
      return head;
    });
  }

  async countArticles(): Promise<number> {
    return (this.statements.countArticles.get() as { n: number }).n;
  }

  async hasUrl(url: string): Promise<boolean> {
    return this.statements.hasUrl.get({ url }) !== undefined;
  }

  async saveAnnotation(articleId: string, annotation: AnnotationRecord): Promise<void> {
    this.db.transaction(() => this.writeAnnotation(articleId, annotation)).immediate();
  }

  private writeAnnotation(articleId: string, annotation: AnnotationRecord): void {
    const data = JSON.stringify(annotation.data);
    if (data === undefined) throw new TypeError("saveAnnotation: the annotation data must be JSON");
    try {
      this.statements.upsertAnnotation.run(articleId, annotation.pipelineVersion, data, new Date().toISOString());
    } catch (error) {
      throw foreignKeyError(error, `no article "${articleId}"`);
    }
  }

  async getAnnotation(articleId: string, pipelineVersion: string): Promise<unknown | undefined> {
    const row = this.statements.getAnnotation.get(articleId, pipelineVersion) as { data: string } | undefined;
    return row === undefined ? undefined : JSON.parse(row.data);
  }

  async saveStories(stories: readonly StoryDraft[]): Promise<StoryChanges> {
    const ids = new Set<string>();
    for (const story of stories) {
      if (ids.has(story.id)) throw new TypeError(`saveStories: story id "${story.id}" is given twice`);
      ids.add(story.id);
    }
    const write = this.db.transaction((): StoryChanges => {
      const now = new Date().toISOString();
      const changes: StoryChanges = { added: [], changed: [], removed: [], unchanged: [] };
      // One read of the whole grouping, not a query per story: a large store has thousands of stories.
      const before = new Map(this.listStoryDraftsNow().map((d) => [d.id, d]));
      for (const story of stories) {
        const old = before.get(story.id);
        if (old === undefined) {
          this.statements.insertStory.run(story.id, story.title, now, now);
          this.writeMembers(story);
          changes.added.push(story.id);
        } else if (old.title !== story.title || !sameMembers(old.articleIds, story.articleIds)) {
          this.statements.updateStory.run(story.title, now, story.id);
          this.statements.clearMembers.run(story.id);
          this.writeMembers(story);
          this.statements.deleteReport.run(story.id);
          changes.changed.push(story.id);
        } else {
          changes.unchanged.push(story.id);
        }
      }
      for (const id of before.keys()) {
        if (ids.has(id)) continue;
        this.statements.deleteStory.run(id);
        changes.removed.push(id);
      }
      return changes;
    });
    return write.immediate();
  }

  private writeMembers(story: StoryDraft): void {
    const seen = new Set<string>();
    let position = 0;
    for (const articleId of story.articleIds) {
      if (seen.has(articleId)) continue;
      seen.add(articleId);
      try {
        this.statements.insertMember.run(story.id, articleId, position++);
      } catch (error) {
        throw foreignKeyError(error, `story "${story.id}" names an unknown article "${articleId}"`);
      }
    }
  }

  async listStoryDrafts(): Promise<StoryDraft[]> {
    return this.listStoryDraftsNow();
  }

  private listStoryDraftsNow(): StoryDraft[] {
    const drafts = new Map<string, StoryDraft>();
    for (const row of this.statements.allMembers.all() as { id: string; title: string; article_id: string | null }[]) {
      let draft = drafts.get(row.id);
      if (!draft) drafts.set(row.id, (draft = { id: row.id, title: row.title, articleIds: [] }));
      if (row.article_id !== null) draft.articleIds.push(row.article_id);
    }
    return [...drafts.values()];
  }

  async listStories(): Promise<StorySummary[]> {
    return (this.statements.summaries.all({ id: null }) as StoryRow[]).map(toSummary);
  }

  async getStory(id: string): Promise<StoryWithArticles | undefined> {
    const row = this.statements.summaries.get({ id }) as StoryRow | undefined;
    if (row === undefined) return undefined;
    const articles = (this.statements.storyArticles.all(id) as ArticleRow[]).map(toArticle);
    return { ...toSummary(row), articles };
  }

  async saveReport(storyId: string, report: unknown): Promise<void> {
    const json = JSON.stringify(report);
    if (json === undefined) throw new TypeError("saveReport: the report must be JSON");
    try {
      this.statements.upsertReport.run(storyId, json, new Date().toISOString());
    } catch (error) {
      throw foreignKeyError(error, `no story "${storyId}"`);
    }
  }

  async getReport(storyId: string): Promise<unknown | undefined> {
    const row = this.statements.getReport.get(storyId) as { report: string } | undefined;
    return row === undefined ? undefined : JSON.parse(row.report);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function sameMembers(stored: readonly string[], given: readonly string[]): boolean {
  const a = new Set(stored);
  const b = new Set(given);
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

function cleanId(id: string | undefined): string | undefined {
  const cleaned = id?.trim().replace(/\s+/gu, "-").slice(0, MAX_ID_CHARS);
  return cleaned ? cleaned : undefined;
}

function foreignKeyError(error: unknown, what: string): Error {
  return (error as { code?: string }).code === "SQLITE_CONSTRAINT_FOREIGNKEY" ? new StoreError(what) : (error as Error);
}

function toArticle(row: ArticleRow): StoredArticle {
  const article: StoredArticle = { id: row.id, text: row.text, contentHash: row.content_hash, fetchedAt: row.fetched_at };
  if (row.title !== null) article.title = row.title;
  if (row.source !== null) article.source = row.source;
  if (row.published !== null) article.published = row.published;
  if (row.url !== null) article.url = row.url;
  if (row.canonical_url !== null) article.canonicalUrl = row.canonical_url;
  if (row.byline !== null) article.byline = row.byline;
  return article;
}

function toSummary(row: StoryRow): StorySummary {
  const summary: StorySummary = { id: row.id, title: row.title, created: row.created_at, updated: row.updated_at, articleCount: row.article_count };
  if (row.first_published !== null) summary.firstPublished = row.first_published;
  if (row.last_published !== null) summary.lastPublished = row.last_published;
  return summary;
}
