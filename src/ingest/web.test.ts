import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { forEachInOrder, readInputs, type IngestedArticle } from "./index.js";
import { html, newsPage, reportParagraphs, rss, rssFeed, send, withServer, type Handler } from "./http-fixtures.js";
import { FULL_CONTENT_MIN_WORDS, isFullContent } from "./web.js";

const local = { fetch: { allowPrivate: true } };

/** An invented article long enough for a feed to count as carrying the full text. */
function longContent(place: string): string {
  const paragraphs = Array.from({ length: 6 }, (_, i) => reportParagraphs(place, 10 + i, 4).join(" "));
  return paragraphs.map((p) => `<p>${p}</p>`).join("");
}

test("a feed: full inline content is used as is, summaries are followed to their page, failures are named", async () => {
  const routes: Record<string, Handler> = {
    "/news/summary-only": html(newsPage({ title: "Page headline", paragraphs: reportParagraphs("Calder", 9), site: "Calder Times" })),
    "/news/full": html("<p>must not be fetched</p>"),
  };
  await withServer(routes, async (server) => {
    routes["/feed.xml"] = rss(
      rssFeed("Harbour Wire", [
        { title: "Full story", link: server.url("/news/full"), published: "Tue, 04 Mar 2025 23:30:00 -0500", content: longContent("Marrowby") },
        { title: "Summary story", link: server.url("/news/summary-only"), published: "Wed, 05 Mar 2025 08:00:00 +0000", description: "A short teaser…" },
        { title: "Broken link", link: server.url("/news/gone") },
      ]),
    );
    const result = await readInputs([server.url("/feed.xml")], local);
    assert.equal(server.hits("/news/full"), 0, "the full inline article was not fetched");
    assert.deepEqual(result.articles.map((a) => a.id), ["full", "summary-only"]);
    const [full, summary] = result.articles;
    assert.equal(full!.title, "Full story");
    assert.equal(full!.source, "Harbour Wire");
    assert.equal(full!.published, "2025-03-04T23:30:00-05:00");
    assert.match(full!.text, /^Full story\n\nA fire broke out in a warehouse on the Marrowby quay/u);
    assert.equal(summary!.title, "Page headline");
    assert.equal(summary!.source, "Calder Times");
    assert.equal(summary!.published, "2025-03-05T08:00:00Z", "the feed's date fills the page's gap");
    assert.deepEqual(result.rejected, [server.url("/news/gone")]);
    assert.equal(result.diagnostics.length, 1);
    assert.equal(result.diagnostics[0]!.message, `${server.url("/news/gone")}: the server answered 404 Not Found`);
  });
});

test("links already stored are not fetched again", async () => {
  await withServer({ "/a": html(newsPage({ title: "A", paragraphs: reportParagraphs("Ashby", 3) })) }, async (server) => {
    const feedFile = await mkdtemp(join(tmpdir(), "corroborate-web-"));
    try {
      const path = join(feedFile, "feed.rss");
      await writeFile(path, rssFeed("Local", [{ title: "A", link: server.url("/a") }, { title: "A again", link: `${server.url("/a")}?utm_source=x` }]));
      const stored: IngestedArticle[] = [];
      const first = await readInputs([path], { ...local, onArticle: (a) => void stored.push(a) });
      assert.equal(stored.length, 1, "the same link twice in one feed is read once");
      assert.equal(stored[0]!.requestedUrl, server.url("/a"));
      assert.deepEqual(first.articles, [], "with onArticle nothing is collected");
      const second = await readInputs([path], { ...local, isKnownUrl: (url) => url === server.url("/a"), onArticle: (a) => void stored.push(a) });
      assert.equal(stored.length, 1);
      assert.deepEqual(second.known, [server.url("/a")]);
      assert.equal(server.hits("/a"), 1);
    } finally {
      await rm(feedFile, { recursive: true, force: true });
    }
  });
});

test("an OPML list is read feed by feed; an entry that is not a feed is named", async () => {
  const routes: Record<string, Handler> = {};
  await withServer(routes, async (server) => {
    routes["/wire.xml"] = rss(rssFeed("Wire", [{ title: "Strike", link: server.url("/strike"), content: longContent("Dunmore") }]));
    routes["/home"] = html(newsPage({ title: "Home page", paragraphs: reportParagraphs("Home", 1) }));
    routes["/list.opml"] = send(
      "text/x-opml",
      `<opml version="2.0"><body><outline text="Wire" xmlUrl="${server.url("/wire.xml")}"/><outline text="Oops" xmlUrl="${server.url("/home")}"/></body></opml>`,
    );
    const result = await readInputs([server.url("/list.opml")], local);
    assert.deepEqual(result.articles.map((a) => a.title), ["Strike"]);
    assert.deepEqual(result.diagnostics.map((d) => d.message), [`${server.url("/home")}: is listed in ${server.url("/list.opml")} as a feed but is a web page`]);
  });
});

test("pages, plain text and unsupported types at URLs", async () => {
  const routes = {
    "/page": html(newsPage({ title: "Quay fire", paragraphs: reportParagraphs("Quay", 4), published: "2025-03-05" })),
    "/note.txt": send("text/plain; charset=utf-8", `Plain headline\n\n${reportParagraphs("Plainville", 2).join(" ")}`),
    "/doc.pdf": send("application/pdf", "%PDF-1.4"),
    "/data.xml": send("application/xml", "<inventory><item/></inventory>"),
  };
  await withServer(routes, async (server) => {
    const result = await readInputs(["/page", "/note.txt", "/doc.pdf", "/data.xml"].map((p) => server.url(p)), local);
    assert.deepEqual(result.articles.map((a) => [a.id, a.title]), [["page", "Quay fire"], ["note", "Plain headline"]]);
    assert.deepEqual(result.diagnostics.map((d) => d.message.replace(server.base, "")), [
      "/doc.pdf: is application/pdf, not a web page or feed",
      "/data.xml: is XML but not an RSS, Atom or OPML document (its root element is <inventory>)",
    ]);
    const refused = await readInputs([server.url("/page"), "ftp://files.example/a.txt"]);
    assert.match(refused.diagnostics[0]!.message, /page: 127\.0\.0\.1 is a loopback address; refused \(use --allow-private/u);
    assert.match(refused.diagnostics[1]!.message, /^ftp:\/\/files\.example\/a\.txt: only http and https URLs can be read$/u);
  });
});

test("a saved page in a legacy encoding is decoded by its meta charset", async () => {
  const dir = await mkdtemp(join(tmpdir(), "corroborate-web-"));
  try {
    const body = `<html><head><meta charset="windows-1252"><title>Caf\u00e9 fire</title></head><body><article>${reportParagraphs("Caf\u00e9 Row", 5)
      .map((p) => `<p>${p}</p>`)
      .join("")}</article></body></html>`;
    await writeFile(join(dir, "cafe.html"), Buffer.from(body, "latin1"));
    const result = await readInputs([join(dir, "cafe.html")]);
    assert.equal(result.articles[0]!.id, "cafe");
    assert.match(result.articles[0]!.text, /Caf\u00e9 Row quay/u);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("feed content counts as the full article only when long and not cut off", () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
  assert.equal(isFullContent(`<p>${words(FULL_CONTENT_MIN_WORDS)}</p>`), true);
  assert.equal(isFullContent(`<p>${words(FULL_CONTENT_MIN_WORDS - 1)}</p>`), false);
  assert.equal(isFullContent(`<p>${words(FULL_CONTENT_MIN_WORDS + 50)} […]</p>`), false);
  assert.equal(isFullContent(`<p>${words(FULL_CONTENT_MIN_WORDS + 50)}</p><p><a href="x">Continue reading</a></p>`), false);
});

test("forEachInOrder runs work concurrently and delivers in order", async () => {
  let running = 0;
  let peak = 0;
  const delivered: number[] = [];
  await forEachInOrder(
    [30, 5, 20, 1, 10],
    2,
    async (delay, i) => {
      running++;
      peak = Math.max(peak, running);
      await sleep(delay);
      running--;
      return i;
    },
    async (result) => void delivered.push(result),
  );
  assert.deepEqual(delivered, [0, 1, 2, 3, 4]);
  assert.equal(peak, 2);
});
