import type { ArticleInput } from "../model/types.js";
import { openSqliteStore, type SqliteStoreOptions } from "./sqlite.js";
import { StoreError, type Store, type StoredArticle } from "./types.js";

export type * from "./types.js";
export { StoreError } from "./types.js";
export { contentHash } from "./hash.js";
export { SCHEMA_VERSION } from "./schema.js";

/** Where the store lives when neither --db nor $CORROBORATE_DB says. */
export const DEFAULT_DB_PATH = "./corroborate.db";

export type OpenStoreOptions = SqliteStoreOptions;

/**
 * Open the store at a location: a file path (SQLite, created on first use unless `mustExist`) or
 * ":memory:". A postgres:// URL is reserved for the PostgreSQL implementation to come.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (/^postgres(?:ql)?:\/\//iu.test(location)) throw new StoreError("PostgreSQL stores are not supported yet; give a file path");
  return openSqliteStore(location, options);
}

/** --db, else $CORROBORATE_DB, else ./corroborate.db. */
export function resolveDbLocation(flag: string | undefined, env: Record<string, string | undefined>): string {
  return flag ?? (env["CORROBORATE_DB"] || DEFAULT_DB_PATH);
}

/** A stored article as the engine takes it. */
export function toArticleInput(stored: StoredArticle): ArticleInput & { id: string } {
  const article: ArticleInput & { id: string } = { id: stored.id, text: stored.text };
  if (stored.title !== undefined) article.title = stored.title;
  if (stored.published !== undefined) article.published = stored.published;
  if (stored.source !== undefined) article.source = stored.source;
  const url = stored.canonicalUrl ?? stored.url;
  if (url !== undefined) article.url = url;
  return article;
}
