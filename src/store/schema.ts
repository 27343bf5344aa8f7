/**
 * The SQLite schema as an ordered list of migrations. A database records which versions it has had
 * applied (schema_migrations); opening it applies the missing ones, each in its own transaction.
 * Append new migrations; never edit one that has shipped.
 */

export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, annotations, stories, findings",
    sql: `
      CREATE TABLE articles (
        seq           INTEGER PRIMARY KEY,
        id            TEXT NOT NULL UNIQUE,
        url           TEXT,
        canonical_url TEXT,
        content_hash  TEXT NOT NULL UNIQUE,
        title         TEXT,
        byline        TEXT,
        source        TEXT,
        published     TEXT,
        fetched_at    TEXT NOT NULL,
        text          TEXT NOT NULL
      );
      CREATE UNIQUE INDEX articles_canonical_url ON articles (canonical_url) WHERE canonical_url IS NOT NULL;
      CREATE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
      CREATE INDEX articles_fetched_at ON articles (fetched_at);

      CREATE TABLE annotations (
        article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        pipeline_version TEXT NOT NULL,
        data             TEXT NOT NULL,
        created_at       TEXT NOT NULL,
        PRIMARY KEY (article_id, pipeline_version)
      );

      CREATE TABLE stories (
        id         TEXT PRIMARY KEY,
        title      TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE story_articles (
        story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        PRIMARY KEY (story_id, article_id)
      );
      CREATE INDEX story_articles_article ON story_articles (article_id);

      CREATE TABLE findings (
        story_id   TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
        report     TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
