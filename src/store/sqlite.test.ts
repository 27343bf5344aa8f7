import assert from "node:assert/strict";
import { after, test } from "node:test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { runStoreContract } from "./contract.js";
import { openStore, resolveDbLocation, SCHEMA_VERSION, StoreError } from "./index.js";

const scratch = mkdtempSync(join(tmpdir(), "corroborate-store-"));
after(() => rmSync(scratch, { recursive: true, force: true }));
let files = 0;
const freshPath = () => join(scratch, `store-${++files}.db`);

runStoreContract("SQLite file", () => openStore(freshPath()));
runStoreContract("SQLite :memory:", () => openStore(":memory:"));

const text = "Fire on the quay\n\nA fire broke out in a warehouse on the quay on Tuesday night, and twelve people were hurt.";

test("a file store is in WAL mode with foreign keys on and its schema version recorded", async () => {
  const path = freshPath();
  await (await openStore(path)).close();
  const db = new Database(path, { readonly: true });
  try {
    assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
    const versions = db.prepare("SELECT version FROM schema_migrations ORDER BY version").all() as { version: number }[];
    assert.deepEqual(versions.map((v) => v.version).at(-1), SCHEMA_VERSION);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    assert.deepEqual(tables, ["annotations", "articles", "findings", "schema_migrations", "stories", "story_articles"]);
  } finally {
    db.close();
  }
});

test("what was stored is there after reopening, and reopening applies no migration twice", async () => {
  const path = freshPath();
  const first = await openStore(path);
  const { id } = await first.addArticle({ preferredId: "quay", text }, { pipelineVersion: "p1", data: { n: 1 } });
  await first.saveStories([{ id: "s1", title: "Quay fire", articleIds: [id] }]);
  await first.close();
  const second = await openStore(path, { mustExist: true });
  try {
    assert.equal((await second.getArticle("quay"))?.text, text);
    assert.deepEqual(await second.getAnnotation("quay", "p1"), { n: 1 });
    assert.equal((await second.getStory("s1"))?.articleCount, 1);
    assert.deepEqual(await second.addArticle({ text }), { id: "quay", isNew: false });
  } finally {
    await second.close();
  }
  const db = new Database(path, { readonly: true });
  assert.equal((db.prepare("SELECT count(*) AS n FROM schema_migrations").get() as { n: number }).n, SCHEMA_VERSION);
  db.close();
});

test("opening refuses, with one clear sentence, a missing file, a non-database, a foreign database and a newer schema", async () => {
  const missing = join(scratch, "missing.db");
  await assert.rejects(openStore(missing, { mustExist: true }), (e: Error) => e instanceof StoreError && /there is no store at .*missing\.db/u.test(e.message));

  const notDb = join(scratch, "notes.db");
  writeFileSync(notDb, "these are my notes, not a database ".repeat(200));
  await assert.rejects(openStore(notDb), (e: Error) => e instanceof StoreError && /notes\.db is not a corroborate store/u.test(e.message));

  const foreign = join(scratch, "foreign.db");
  const other = new Database(foreign);
  other.exec("CREATE TABLE recipes (name TEXT)");
  other.close();
  await assert.rejects(openStore(foreign), (e: Error) => e instanceof StoreError && /an SQLite database but not a corroborate store/u.test(e.message));

  const newer = freshPath();
  await (await openStore(newer)).close();
  const db = new Database(newer);
  db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', '2099-01-01')").run(SCHEMA_VERSION + 1);
  db.close();
  await assert.rejects(openStore(newer), (e: Error) => e instanceof StoreError && /written by a newer corroborate/u.test(e.message));

  await assert.rejects(openStore("postgres://localhost/news"), /not supported yet/u);
});

test("the store location comes from --db, else $CORROBORATE_DB, else ./corroborate.db", () => {
  assert.equal(resolveDbLocation("x.db", { CORROBORATE_DB: "y.db" }), "x.db");
  assert.equal(resolveDbLocation(undefined, { CORROBORATE_DB: "y.db" }), "y.db");
  assert.equal(resolveDbLocation(undefined, {}), "./corroborate.db");
});
