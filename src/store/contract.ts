import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { NewArticle, Store } from "./types.js";

/**
 * The behaviour every Store must have. Each implementation's test file calls
 * `runStoreContract("name", makeStore)` with a factory that returns a fresh, empty store; the
 * suite closes each store it makes. A PostgreSQL store passes exactly this suite.
 */

const fireText =
  "Fire on the quay\n\nA fire broke out in a warehouse on the quay on Tuesday night, and twelve people were hurt, the fire service said.";
const floodText = "River floods the valley\n\nThe river rose two metres overnight and flooded forty homes in the valley, the mayor said.";
const strikeText = "Port workers strike\n\nDock workers at the port walked out on Monday over pay, their union said, and ships queued offshore.";

export function runStoreContract(name: string, makeStore: () => Promise<Store> | Store): void {
  async function withStore(body: (store: Store) => Promise<void>): Promise<void> {
    const store = await makeStore();
    try {
      await body(store);
    } finally {
      await store.close();
    }
  }

  describe(`Store contract: ${name}`, () => {
    test("an added article comes back with every field, a content hash and a fetch time", async () => {
      await withStore(async (store) => {
        const input: NewArticle = {
          preferredId: "quay-fire",
          text: fireText,
          title: "Fire on the quay",
          source: "Coastal Courier",
          published: "2025-03-04T23:30:00-05:00",
          url: "https://news.example/feed-item/1",
          canonicalUrl: "https://news.example/2025/quay-fire",
          byline: "Jo Bell",
          fetchedAt: "2025-03-05T08:00:00.000Z",
        };
        const added = await store.addArticle(input);
        assert.deepEqual(added, { id: "quay-fire", isNew: true });
        const stored = await store.getArticle("quay-fire");
        assert.ok(stored);
        const { preferredId: _preferred, ...fields } = input;
        assert.deepEqual({ ...stored, contentHash: undefined }, { ...fields, id: "quay-fire", contentHash: undefined });
        assert.match(stored.contentHash, /^[0-9a-f]{64}$/u);
        const bare = await store.addArticle({ text: floodText });
        const flood = await store.getArticle(bare.id);
        assert.ok(bare.id.length > 0 && bare.id !== "quay-fire");
        assert.ok(flood && !Number.isNaN(Date.parse(flood.fetchedAt)));
        assert.equal(flood.title, undefined);
        assert.equal(await store.getArticle("no-such-article"), undefined);
      });
    });

    test("the same text twice is one article, whatever its white space", async () => {
      await withStore(async (store) => {
        const first = await store.addArticle({ preferredId: "a", text: fireText });
        const again = await store.addArticle({ preferredId: "b", text: `  ${fireText.replace(/ /gu, "  \n")}\n` });
        assert.deepEqual(again, { id: first.id, isNew: false });
        assert.equal(await store.countArticles(), 1);
      });
    });

    test("the same canonical URL or link is one article, even with a changed text", async () => {
      await withStore(async (store) => {
        const first = await store.addArticle({ text: fireText, url: "https://news.example/r?id=1", canonicalUrl: "https://news.example/quay-fire" });
        const sameCanonical = await store.addArticle({ text: `${fireText} Updated.`, canonicalUrl: "https://news.example/quay-fire" });
        const linkIsCanonical = await store.addArticle({ text: `${fireText} Updated again.`, url: "https://news.example/quay-fire" });
        const sameLink = await store.addArticle({ text: `${fireText} Third.`, url: "https://news.example/r?id=1", canonicalUrl: "https://news.example/other" });
        for (const result of [sameCanonical, linkIsCanonical, sameLink]) assert.deepEqual(result, { id: first.id, isNew: false });
        assert.equal(await store.countArticles(), 1);
        assert.equal(await store.hasUrl("https://news.example/quay-fire"), true);
        assert.equal(await store.hasUrl("https://news.example/r?id=1"), true);
        assert.equal(await store.hasUrl("https://news.example/never"), false);
      });
    });

    test("a preferred id already taken by another article gets the next free suffix", async () => {
      await withStore(async (store) => {
        assert.equal((await store.addArticle({ preferredId: "report", text: fireText })).id, "report");
        assert.equal((await store.addArticle({ preferredId: "report", text: floodText })).id, "report-2");
        assert.equal((await store.addArticle({ preferredId: "report", text: strikeText })).id, "report-3");
        assert.equal((await store.addArticle({ preferredId: "report-3", text: `${strikeText} Later.` })).id, "report-3-2");
        for (let n = 4; n <= 12; n++) assert.equal((await store.addArticle({ preferredId: "report", text: `${floodText} Update ${n}.` })).id, `report-${n}`);
        assert.deepEqual((await store.listArticles()).slice(0, 4).map((a) => a.id), ["report", "report-2", "report-3", "report-3-2"]);
      });
    });

    test("adding the same article at once from two callers stores it once", async () => {
      await withStore(async (store) => {
        const results = await Promise.all([store.addArticle({ text: fireText }), store.addArticle({ text: fireText })]);
        assert.deepEqual(results.map((r) => r.isNew).sort(), [false, true]);
        assert.equal(results[0]!.id, results[1]!.id);
        assert.equal(await store.countArticles(), 1);
      });
    });

    test("listArticles keeps the order of storing and filters by fetch time", async () => {
      await withStore(async (store) => {
        await store.addArticle({ preferredId: "one", text: fireText, fetchedAt: "2025-03-05T08:00:00.000Z" });
        await store.addArticle({ preferredId: "two", text: floodText, fetchedAt: "2025-03-05T09:00:00.000Z" });
        await store.addArticle({ preferredId: "three", text: strikeText, fetchedAt: "2025-03-05T07:00:00.000Z" });
        assert.deepEqual((await store.listArticles()).map((a) => a.id), ["one", "two", "three"]);
        assert.deepEqual((await store.listArticles({ since: "2025-03-05T08:00:00.000Z" })).map((a) => a.id), ["two"]);
      });
    });

    test("listArticleHeads gives ids, titles, dates and opening words in the order of storing", async () => {
      await withStore(async (store) => {
        await store.addArticle({ preferredId: "one", text: fireText, title: "Fire on the quay", published: "2025-03-04" });
        const long = `${floodText} ${"More. ".repeat(60)}`;
        await store.addArticle({ preferredId: "two", text: long });
        const heads = await store.listArticleHeads();
        assert.deepEqual(heads[0], { id: "one", title: "Fire on the quay", published: "2025-03-04", opening: fireText.slice(0, 200) });
        assert.deepEqual(heads[1], { id: "two", opening: long.slice(0, 200) });
        assert.equal(heads.length, 2);
        assert.deepEqual((await store.listArticleHeads({ offset: 1 })).map((h) => h.id), ["two"]);
        assert.deepEqual(await store.listArticleHeads({ offset: 2 }), []);
      });
    });

    test("an article and its annotation are saved together, or not at all", async () => {
      await withStore(async (store) => {
        const annotation = { pipelineVersion: "p1", data: { sentences: [{ start: 0, end: 16 }] } };
        const { id } = await store.addArticle({ text: fireText }, annotation);
        assert.deepEqual(await store.getAnnotation(id, "p1"), annotation.data);
        assert.equal(await store.getAnnotation(id, "p2"), undefined);
        await store.saveAnnotation(id, { pipelineVersion: "p2", data: [1, 2] });
        await store.saveAnnotation(id, { pipelineVersion: "p2", data: [3] });
        assert.deepEqual(await store.getAnnotation(id, "p2"), [3]);

        const unserialisable = { pipelineVersion: "p1", data: { count: 1n } };
        await assert.rejects(store.addArticle({ text: floodText }, unserialisable));
        assert.equal(await store.countArticles(), 1, "the article whose annotation failed is not stored");
        await assert.rejects(store.saveAnnotation("no-such-article", annotation));
      });
    });

    test("saveStories replaces the grouping and says what changed; created stays, updated moves", async () => {
      await withStore(async (store) => {
        const a = (await store.addArticle({ text: fireText, published: "2025-03-04" })).id;
        const b = (await store.addArticle({ text: floodText, published: "2025-03-06" })).id;
        const c = (await store.addArticle({ text: strikeText })).id;
        const first = await store.saveStories([
          { id: "s1", title: "Quay fire", articleIds: [a, b] },
          { id: "s2", title: "Strike", articleIds: [c] },
        ]);
        assert.deepEqual(first, { added: ["s1", "s2"], changed: [], removed: [], unchanged: [] });
        const listed = await store.listStories();
        const s1 = listed.find((s) => s.id === "s1");
        assert.equal(listed.length, 2);
        assert.equal(s1?.articleCount, 2);
        assert.equal(s1?.firstPublished, "2025-03-04");
        assert.equal(s1?.lastPublished, "2025-03-06");
        assert.equal(listed.find((s) => s.id === "s2")?.firstPublished, undefined);

        await store.saveReport("s1", { findings: ["x"] });
        await store.saveReport("s2", { findings: ["y"] });
        await sleep(5);
        const second = await store.saveStories([
          { id: "s1", title: "Quay fire", articleIds: [b, a] },
          { id: "s3", title: "Strike and flood", articleIds: [c] },
        ]);
        assert.deepEqual(second, { added: ["s3"], changed: [], removed: ["s2"], unchanged: ["s1"] });
        assert.deepEqual(await store.getReport("s1"), { findings: ["x"] }, "an unchanged story keeps its report");
        assert.equal(await store.getStory("s2"), undefined);

        await sleep(5);
        const third = await store.saveStories([
          { id: "s1", title: "Quay fire", articleIds: [a] },
          { id: "s3", title: "Strike and flood", articleIds: [c, b] },
        ]);
        assert.deepEqual(third, { added: [], changed: ["s1", "s3"], removed: [], unchanged: [] });
        const story = await store.getStory("s1");
        assert.ok(story);
        assert.equal(story.created, s1?.created);
        assert.ok(story.updated > story.created, "updated moves when the membership changes");
        assert.deepEqual(story.articles.map((x) => x.id), [a]);
        assert.equal(await store.getReport("s1"), undefined, "a changed story's report is dropped");
        assert.deepEqual((await store.getStory("s3"))?.articles.map((x) => x.id), [c, b]);
        const drafts = (await store.listStoryDrafts()).sort((x, y) => x.id.localeCompare(y.id));
        assert.deepEqual(drafts, [
          { id: "s1", title: "Quay fire", articleIds: [a] },
          { id: "s3", title: "Strike and flood", articleIds: [c, b] },
        ]);
      });
    });

    test("a grouping that names an unknown article is refused and changes nothing", async () => {
      await withStore(async (store) => {
        const a = (await store.addArticle({ text: fireText })).id;
        await store.saveStories([{ id: "s1", title: "Quay fire", articleIds: [a] }]);
        await assert.rejects(store.saveStories([{ id: "s1", title: "Quay fire", articleIds: [a, "ghost"] }, { id: "s2", title: "New", articleIds: [a] }]));
        await assert.rejects(store.saveStories([{ id: "s9", title: "Twice", articleIds: [] }, { id: "s9", title: "Twice", articleIds: [] }]));
        assert.deepEqual((await store.listStories()).map((s) => [s.id, s.articleCount]), [["s1", 1]]);
      });
    });

    test("reports round-trip per story; a report for an unknown story is refused", async () => {
      await withStore(async (store) => {
        const a = (await store.addArticle({ text: fireText })).id;
        await store.saveStories([{ id: "s1", title: "Quay fire", articleIds: [a] }]);
        assert.equal(await store.getReport("s1"), undefined);
        const report = { schema: "corroborate/report@1", stories: [{ id: "s1", findings: [{ kind: "unique", summary: "é “quoted”" }] }] };
        await store.saveReport("s1", report);
        assert.deepEqual(await store.getReport("s1"), report);
        await store.saveReport("s1", { replaced: true });
        assert.deepEqual(await store.getReport("s1"), { replaced: true });
        await assert.rejects(store.saveReport("s404", report));
      });
    });

    test("a closed store refuses further work", async () => {
      const store = await makeStore();
      await store.close();
      await assert.rejects(store.countArticles());
      await store.close(); // closing twice is harmless
    });
  });
}
