import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ArticleInput, Report } from "../model/types.js";
import { openStore } from "./index.js";
import { ingestIntoStore } from "./ingest.js";
import { describeChanges, storyReport, watchCycle, type GroupFunction } from "./stories.js";

const report = (articles: ArticleInput[]): Report => ({
  schema: "corroborate/report@1",
  generatedAt: "2025-03-05T00:00:00.000Z",
  articles: articles.map((a) => ({ id: a.id!, referenceDate: { value: "2025-03-05", basis: "default" }, language: "en", text: a.text })),
  stories: [{ id: "tmp", title: "tmp", articleIds: articles.map((a) => a.id!), findings: [], statements: [], timeline: [], derivations: [] }],
  diagnostics: [],
});

const texts = {
  "a.txt": "Quay fire\n\nA fire broke out on the quay on Tuesday night and twelve people were hurt, the fire service said.\n",
  "b.txt": "Quay blaze\n\nFirefighters fought a blaze on the quay for four hours on Tuesday, and nine people were hurt.\n",
};

async function withFiles(body: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "corroborate-stories-"));
  try {
    for (const [name, text] of Object.entries(texts)) await writeFile(join(dir, name), text);
    await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Everything in one story with a fixed id: enough to exercise the bookkeeping around grouping. */
const oneStory: GroupFunction = async (store) => {
  const articles = await store.listArticles();
  return articles.length === 0 ? [] : [{ id: "s1", title: articles[0]!.title ?? "untitled", articleIds: articles.map((a) => a.id) }];
};

test("a story's report is computed once, named after the stored story, and recomputed when fresh is asked", async () => {
  await withFiles(async (dir) => {
    const store = await openStore(":memory:");
    await ingestIntoStore(store, [dir]);
    await store.saveStories(await oneStory(store));
    let calls = 0;
    const compare = async (articles: ArticleInput[]) => (calls++, report(articles));
    const first = await storyReport(store, "s1", compare);
    assert.equal(first?.stories[0]!.id, "s1");
    assert.equal(first?.stories[0]!.title, "Quay fire");
    await storyReport(store, "s1", compare);
    assert.equal(calls, 1, "the saved report was reused");
    await storyReport(store, "s1", compare, { fresh: true, engine: { today: "2025-03-05" } });
    assert.equal(calls, 2);
    assert.equal(await storyReport(store, "nope", compare), undefined);
    await store.close();
  });
});

test("a watch cycle regroups only when something new arrived, and describes the change", async () => {
  await withFiles(async (dir) => {
    const store = await openStore(":memory:");
    let groupings = 0;
    const group: GroupFunction = async (s) => (groupings++, oneStory(s));
    const first = await watchCycle(store, [join(dir, "a.txt")], { group });
    assert.deepEqual(first.messages, ['new story s1: "Quay fire" (1 article)']);
    const idle = await watchCycle(store, [join(dir, "a.txt")], { group });
    assert.deepEqual(idle.messages, []);
    assert.equal(groupings, 1);
    const grown = await watchCycle(store, [dir], { group });
    assert.deepEqual(grown.messages, ['story s1: "Quay fire" now 2 articles (was 1)']);
    assert.equal(grown.ingest.added.length, 1);
    assert.equal(grown.ingest.alreadyStored, 1);
    await store.close();
  });
});

test("describeChanges names renamed and vanished stories", () => {
  const summary = (id: string, title: string, articleCount: number) => ({ id, title, articleCount, created: "t", updated: "t" });
  const lines = describeChanges(
    { added: [], changed: ["s1"], removed: ["s2"], unchanged: [] },
    [summary("s1", "Old title", 2), summary("s2", "Strike", 1)],
    [summary("s1", "New title", 2)],
  );
  assert.deepEqual(lines, ['story s1: "New title" its articles changed (2 articles), renamed from "Old title"', 'story s2: "Strike" is gone (its articles were regrouped)']);
});
