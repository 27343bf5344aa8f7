import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { html, newsPage, reportParagraphs, rss, rssFeed, withServer, type Handler } from "../ingest/http-fixtures.js";
import type { Report } from "../model/types.js";
import { openStore } from "../store/index.js";
import { englishReport, fakeIo, withScratch } from "./cli-fixtures.js";
import { EXIT, run } from "./run.js";

const twoReports = { "quay.txt": englishReport("Calder", "twelve"), "post.txt": englishReport("Calder", "nine") };

test("ingest stores files once: a second run finds them already stored", async () => {
  await withScratch(twoReports, async (dir) => {
    const db = join(dir, "news.db");
    const first = fakeIo();
    assert.equal(await run(["ingest", dir, "--db", db], first.io), EXIT.ok, first.stderr());
    assert.equal(first.stdout(), "ingest: 2 new, 0 already stored, 0 failed\n");
    const again = fakeIo({ env: { CORROBORATE_DB: db } });
    assert.equal(await run(["ingest", dir], again.io), EXIT.ok, again.stderr());
    assert.equal(again.stdout(), "ingest: 0 new, 2 already stored, 0 failed\n");
    const store = await openStore(db);
    assert.deepEqual((await store.listArticles()).map((a) => a.id), ["post", "quay"]);
    await store.close();
  });
});

test("ingest exit status: 1 when some inputs fail, 3 when nothing could be read, 4 when the store cannot be opened", async () => {
  await withScratch({ ...twoReports, "empty.txt": "", "junk.db": "not a database ".repeat(100) }, async (dir) => {
    const db = join(dir, "news.db");
    const some = fakeIo();
    assert.equal(await run(["ingest", join(dir, "quay.txt"), join(dir, "empty.txt"), "--db", db], some.io), EXIT.inputsSkipped);
    assert.match(some.stderr(), /^error: .*empty\.txt: is empty$/mu);
    assert.equal(some.stdout(), "ingest: 1 new, 0 already stored, 1 failed\n");
    const none = fakeIo();
    assert.equal(await run(["ingest", join(dir, "missing.txt"), "--db", db], none.io), EXIT.nothingToCompare);
    const badStore = fakeIo();
    assert.equal(await run(["ingest", join(dir, "quay.txt"), "--db", join(dir, "junk.db")], badStore.io), EXIT.outputFailed);
    assert.match(badStore.stderr(), /^error: .*junk\.db is not a corroborate store/mu);
  });
});

test("stories list groups what was ingested and shows one line per story; show renders its report", async () => {
  await withScratch(twoReports, async (dir) => {
    const db = join(dir, "news.db");
    assert.equal(await run(["ingest", dir, "--db", db], fakeIo().io), EXIT.ok);
    const list = fakeIo();
    assert.equal(await run(["stories", "--db", db], list.io), EXIT.ok, list.stderr());
    const lines = list.stdout().trimEnd().split("\n");
    assert.match(lines[0]!, /^ID\s+ARTICLES\s+FIRST\s+LAST\s+TITLE$/u);
    assert.equal(lines.length, 2);
    const [storyId, count] = lines[1]!.split(/\s+/u);
    assert.equal(count, "2");
    const show = fakeIo();
    assert.equal(await run(["stories", "show", storyId!, "--db", db, "--format", "json", "--today", "2025-03-05"], show.io), EXIT.ok, show.stderr());
    const report = JSON.parse(show.stdout()) as Report;
    assert.equal(report.stories[0]!.id, storyId);
    assert.deepEqual(report.articles.map((a) => a.id).sort(), ["post", "quay"]);
    const cached = fakeIo();
    assert.equal(await run(["stories", "show", storyId!, "--db", db, "--format", "markdown"], cached.io), EXIT.ok);
    assert.match(cached.stdout(), /^# /mu);
  });
});

test("stories: an unknown story or a missing store exits 3 with one line", async () => {
  await withScratch(twoReports, async (dir) => {
    const db = join(dir, "news.db");
    await run(["ingest", dir, "--db", db], fakeIo().io);
    const unknown = fakeIo();
    assert.equal(await run(["stories", "show", "s404", "--db", db], unknown.io), EXIT.nothingToCompare);
    assert.equal(unknown.stderr(), `error: there is no story "s404" in ${db} (see "corroborate stories list")\n`);
    const missing = fakeIo();
    assert.equal(await run(["stories", "list", "--db", join(dir, "none.db")], missing.io), EXIT.nothingToCompare);
    assert.match(missing.stderr(), /^error: there is no store at .*none\.db \(run "corroborate ingest" first/u);
  });
});

test("watch --once stores new feed items, regroups, and prints what changed; a quiet poll prints nothing", async () => {
  const routes: Record<string, Handler> = {};
  await withServer(routes, async (server) => {
    const items = [1, 2, 3].map((n) => ({ title: `Quay fire update ${n}`, link: server.url(`/news/${n}`) }));
    for (const n of [1, 2, 3]) {
      routes[`/news/${n}`] = html(newsPage({ title: `Quay fire update ${n}`, paragraphs: reportParagraphs("Marrowby", 10 + n), published: "2025-03-05" }));
    }
    routes["/feed.xml"] = rss(rssFeed("Wire", items.slice(0, 2)));
    await withScratch({}, async (dir) => {
      const db = join(dir, "news.db");
      const opml = join(dir, "feeds.opml");
      await writeFile(opml, `<opml version="2.0"><body><outline text="Wire" xmlUrl="${server.url("/feed.xml")}"/></body></opml>`);
      const argv = ["watch", opml, "--once", "--db", db, "--allow-private", "--timeout", "5"];
      const first = fakeIo();
      assert.equal(await run(argv, first.io), EXIT.ok, first.stderr());
      assert.match(first.stdout(), /^new story \S+: "Quay fire update \d" \(2 articles\)\n$/u);
      assert.match(first.stderr(), /^watch: 2 new, 0 already stored, 0 failed$/mu);

      const quiet = fakeIo();
      assert.equal(await run(argv, quiet.io), EXIT.ok, quiet.stderr());
      assert.equal(quiet.stdout(), "");
      assert.equal(server.hits("/news/1"), 1, "a stored link is not fetched again");

      routes["/feed.xml"] = rss(rssFeed("Wire", items));
      const grown = fakeIo();
      assert.equal(await run(argv, grown.io), EXIT.ok, grown.stderr());
      assert.match(grown.stdout(), /^story \S+: "Quay fire update \d" now 3 articles \(was 2\)\n$/u);
    });
  });
});

test("ingest shows progress on an interactive stderr only, and clears it before the summary", async () => {
  await withScratch(twoReports, async (dir) => {
    const tty = fakeIo({ stderrTty: true });
    const pipe = fakeIo();
    await run(["ingest", dir, "--db", join(dir, "a.db")], tty.io);
    await run(["ingest", dir, "--db", join(dir, "b.db")], pipe.io);
    assert.match(tty.stderr(), /\r0 new, 0 already stored: reading .*\u001b\[K/u);
    assert.ok(tty.stderr().endsWith("\r\u001b[K"), "the progress line is cleared");
    assert.equal(pipe.stderr(), "");
  });
});

test("usage errors for the store commands", async () => {
  const cases: [string[], RegExp][] = [
    [["ingest"], /no input given: name files, directories, URLs, feeds or OPML lists/u],
    [["ingest", "a.txt", "--timeout", "soon"], /--timeout must be a number of seconds/u],
    [["ingest", "a.txt", "--db", ""], /--db needs a file name/u],
    [["stories", "show"], /stories show needs a story id/u],
    [["stories", "frobnicate"], /unknown stories action "frobnicate"/u],
    [["stories", "show", "s1", "--format", "pdf"], /--format must be one of/u],
    [["watch"], /no feeds given/u],
    [["watch", "feeds.opml", "--interval", "0"], /--interval must be a number of seconds, at least 1/u],
    [["watch", "-"], /watch cannot poll standard input/u],
  ];
  for (const [argv, expected] of cases) {
    const fake = fakeIo();
    assert.equal(await run(argv, fake.io), EXIT.usage, argv.join(" "));
    assert.match(fake.stderr(), expected, argv.join(" "));
  }
  for (const command of ["ingest", "stories", "watch"]) {
    const help = fakeIo();
    assert.equal(await run([command, "--help"], help.io), EXIT.ok);
    assert.match(help.stdout(), new RegExp(`^Usage: corroborate ${command}`, "u"));
    assert.match(help.stdout(), /Exit status:/u);
  }
});
