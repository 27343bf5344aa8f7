import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { html, hugePage, newsPage, reportParagraphs, rss, rssFeed, send, withServer, type Handler } from "../ingest/http-fixtures.js";
import { openStore, type StoredArticle } from "../store/index.js";
import { fakeIo, withScratch } from "./cli-fixtures.js";
import { packageRoot } from "./package-info.js";
import { EXIT, run } from "./run.js";

/**
 * Faults an ingest must survive, each with one clear line while the other inputs are still stored:
 * malformed HTML and feeds, an XML entity bomb, a 50 MB page, a page that never finishes, a redirect
 * loop; and a process killed in the middle of an ingest, after which nothing is lost or doubled.
 */

const page = (n: number) => newsPage({ title: `Harbour report ${n}`, paragraphs: reportParagraphs(`Pier ${n}`, n), published: "2025-03-05" });

function billionLaughsFeed(link: string): string {
  const levels = Array.from({ length: 10 }, (_, i) => (i === 0 ? `<!ENTITY lol0 "lol">` : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`));
  return `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${levels.join("\n")}\n]>\n<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>${link}</link><description>&lol9;</description></item></channel></rss>`;
}

/** Unclosed elements, a stray "&", an unknown entity and a cut-off end: the item inside is still readable. */
function malformedFeed(link: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken & Co &nbsp;</title>
<item><title>Unclosed <b>title</title><link>${link}</link><description>Tom & Jerry</desc></item>
<item><title>Cut off mid-way`;
}

test("every fault gives one clear line and the other inputs are still stored", async () => {
  const sent = { bytes: 0 };
  const routes: Record<string, Handler> = {
    "/good/1": html(page(1)),
    "/good/2": html(page(2)),
    "/good/3": html(page(3)),
    "/good/4": html(page(4)),
    "/malformed.html": html(`<html><head><title>Messy</title><body><p>${reportParagraphs("Messy", 5).join("<p>")}</b></i><<>>&&</td>${"<div>".repeat(5000)}`),
    "/garbage.html": html("<html><body><<<>>> <div><span></div>&&&</body>"),
    "/huge": hugePage(50 * 1024 * 1024, sent),
    "/hang": (_req, res) => {
      res.setHeader("content-type", "text/html");
      res.write("<html><body><p>This page never finishes");
    },
    "/loop/*": (req, res) => {
      res.statusCode = 302;
      res.setHeader("location", `/loop/${Number(req.url!.split("/").pop()) + 1}`);
      res.end();
    },
  };
  await withServer(routes, async (server) => {
    routes["/malformed.xml"] = rss(malformedFeed(server.url("/good/3")));
    routes["/bomb.xml"] = send("application/rss+xml", billionLaughsFeed(server.url("/good/4")));
    const inputs = ["/good/1", "/malformed.html", "/garbage.html", "/malformed.xml", "/bomb.xml", "/huge", "/hang", "/loop/0", "/good/2"].map((p) => server.url(p));
    await withScratch({}, async (dir) => {
      const db = join(dir, "news.db");
      const fake = fakeIo();
      const started = performance.now();
      const code = await run(["ingest", ...inputs, "--db", db, "--allow-private", "--timeout", "1"], fake.io);
      const elapsed = performance.now() - started;

      assert.equal(code, EXIT.inputsSkipped, fake.stderr());
      assert.equal(fake.stdout(), "ingest: 5 new, 0 already stored, 5 failed\n", fake.stderr());
      const lines = fake.stderr().trimEnd().split("\n");
      const url = (path: string) => server.url(path).replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
      const expected: RegExp[] = [
        new RegExp(`^error: ${url("/garbage.html")}: has no article text that could be extracted`, "u"),
        new RegExp(`^error: ${url("/malformed.xml")} item 2: has neither a link nor any text$`, "u"),
        new RegExp(`^warning: ${url("/bomb.xml")}: declares its own XML entities in a DOCTYPE; they were not expanded$`, "u"),
        new RegExp(`^error: ${url("/huge")}: is larger than the 5 MB limit \\(raise it with --max-bytes\\)$`, "u"),
        new RegExp(`^error: ${url("/hang")}: did not finish within 1 s \\(raise it with --timeout\\)$`, "u"),
        new RegExp(`^error: ${url("/loop/0")}: gave up after 5 redirects \\(the last one to ${url("/loop/6")}\\)$`, "u"),
      ];
      assert.equal(lines.length, expected.length, fake.stderr());
      for (const pattern of expected) assert.equal(lines.filter((l) => pattern.test(l)).length, 1, `${pattern}\n${fake.stderr()}`);
      assert.ok(elapsed < 8000, `took ${elapsed} ms`);
      assert.ok(sent.bytes < 20 * 1024 * 1024, `the 50 MB page was cut off early (${sent.bytes} bytes sent)`);

      const store = await openStore(db);
      const articles = await store.listArticles();
      await store.close();
      assert.deepEqual(articles.map((a) => a.id), ["good-1", "malformed", "good-3", "good-4", "good-2"]);
      const bombed = articles.find((a) => a.id === "good-4")!;
      assert.equal(bombed.title, "Harbour report 4");
      assert.ok(!articles.some((a) => a.text.includes("lollol")), "no entity was expanded");
      assert.match(articles.find((a) => a.id === "malformed")!.text, /Messy quay/u);
    });
  });
});

const here = fileURLToPath(import.meta.url);
const compiled = here.endsWith(".js");
const cliArgs = compiled ? [join(dirname(here), "main.js")] : ["--import", import.meta.resolve("tsx"), join(dirname(here), "main.ts")];

function startCli(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [...cliArgs, ...args], { cwd: packageRoot(), env: { ...process.env, NO_COLOR: "1" } });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (s: string) => (stdout += s));
  child.stderr!.setEncoding("utf8").on("data", (s: string) => (stderr += s));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

test("an ingest killed mid-way, twice, loses nothing and doubles nothing when run again", async () => {
  const total = 60;
  const killAfter = 12;
  let requestsThisRun = 0;
  let victim: ChildProcess | undefined;
  const routes: Record<string, Handler> = {
    "/a/*": (req, res) => {
      const n = Number(req.url!.split("/").pop());
      if (++requestsThisRun === killAfter) victim?.kill("SIGKILL");
      setTimeout(() => html(page(n))(req, res), 10);
    },
  };
  await withServer(routes, async (server) => {
    routes["/feed.xml"] = rss(rssFeed("Wire", Array.from({ length: total }, (_, i) => ({ title: `Report ${i + 1}`, link: server.url(`/a/${i + 1}`) }))));
    await withScratch({}, async (dir) => {
      const db = join(dir, "news.db");
      const args = ["ingest", server.url("/feed.xml"), "--db", db, "--allow-private"];
      let survivors: StoredArticle[] = [];
      /** page requests seen for each article when it was first found stored: no run after may fetch it again */
      const hitsWhenStored = new Map<string, number>();
      for (const round of [1, 2]) {
        requestsThisRun = 0;
        const killed = startCli(args);
        victim = killed.child;
        const result = await killed.done;
        assert.equal(result.signal, "SIGKILL", `run ${round} was to be killed: ${result.stderr}`);
        const check = new Database(db);
        assert.equal(check.pragma("integrity_check", { simple: true }), "ok");
        check.close();
        const store = await openStore(db, { mustExist: true });
        const stored = await store.listArticles();
        await store.close();
        assert.ok(stored.length > survivors.length && stored.length < total, `run ${round}: ${stored.length} articles stored before the kill`);
        for (const article of stored) {
          const n = Number(article.url!.split("/").pop());
          assert.equal(article.text, [`Harbour report ${n}`, ...reportParagraphs(`Pier ${n}`, n)].join("\n\n"), `article ${n} is whole`);
        }
        survivors = stored;
        for (const article of stored) {
          const path = new URL(article.url!).pathname;
          if (!hitsWhenStored.has(path)) hitsWhenStored.set(path, server.hits(path));
        }
      }

      victim = undefined;
      const last = await startCli(args).done;
      assert.equal(last.code, 0, last.stderr);
      assert.equal(last.stdout, `ingest: ${total - survivors.length} new, ${survivors.length} already stored, 0 failed\n`);

      const reopened = await openStore(db, { mustExist: true });
      const all = await reopened.listArticles();
      await reopened.close();
      assert.equal(all.length, total);
      assert.equal(new Set(all.map((a) => a.url)).size, total, "every link once");
      assert.equal(new Set(all.map((a) => a.contentHash)).size, total, "every text once");
      for (const [path, hits] of hitsWhenStored) assert.equal(server.hits(path), hits, `${path} was not fetched again once stored`);
    });
  });
});
