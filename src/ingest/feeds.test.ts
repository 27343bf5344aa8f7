import { test } from "node:test";
import assert from "node:assert/strict";
import { looksLikeFeedOrOpml, readXmlSource } from "./feeds.js";

test("RSS 2.0: links resolved and cleaned, dates keep their offset, content:encoded preferred", () => {
  const source = readXmlSource(
    `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>Harbour News</title>
      <item><title>Quay fire</title><link>/2025/quay-fire?utm_source=rss#top</link><pubDate>Tue, 04 Mar 2025 23:30:00 -0500</pubDate>
        <description>Short.</description><content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded><dc:creator>Jo Bell</dc:creator></item>
      <item><title>No link</title><guid isPermaLink="true">https://news.example/guid-link</guid><dc:date>2025-03-05T10:00:00Z</dc:date></item>
      <item><title>Opaque guid</title><guid isPermaLink="false">tag:1234</guid></item>
    </channel></rss>`,
    "https://news.example/feed.xml",
  );
  assert.equal(source.kind, "feed");
  if (source.kind !== "feed") return;
  assert.equal(source.feed.title, "Harbour News");
  assert.deepEqual(source.feed.items[0], {
    link: "https://news.example/2025/quay-fire",
    title: "Quay fire",
    published: "2025-03-04T23:30:00-05:00",
    author: "Jo Bell",
    contentHtml: "<p>Full text.</p>",
  });
  assert.equal(source.feed.items[1]!.link, "https://news.example/guid-link");
  assert.equal(source.feed.items[1]!.published, "2025-03-05T10:00:00Z");
  assert.equal(source.feed.items[2]!.link, undefined);
});

test("Atom: the alternate link, published before updated, HTML and XHTML content", () => {
  const source = readXmlSource(
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
      <entry><title type="html">Port &amp;amp; strike</title><link rel="self" href="/self/1"/><link rel="alternate" href="https://wire.example/a/1"/>
        <updated>2025-03-06T00:00:00Z</updated><published>2025-03-05T09:00:00+01:00</published>
        <content type="html">&lt;p&gt;Dock workers walked out.&lt;/p&gt;</content><author><name>Ann Lee</name></author></entry>
      <entry><title>Second</title><link href="/a/2"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline</p></div></content></entry>
      <entry><title>Third</title><link href="/a/3"/><summary>Plain one.

Plain two &lt;b&gt;</summary></entry>
    </feed>`,
    "https://wire.example/atom",
  );
  assert.equal(source.kind, "feed");
  if (source.kind !== "feed") return;
  const [first, second, third] = source.feed.items;
  assert.equal(source.feed.format, "Atom");
  assert.equal(first!.link, "https://wire.example/a/1");
  assert.equal(first!.published, "2025-03-05T09:00:00+01:00");
  assert.equal(first!.title, "Port &amp; strike");
  assert.equal(first!.contentHtml, "<p>Dock workers walked out.</p>");
  assert.equal(first!.author, "Ann Lee");
  assert.equal(second!.link, "https://wire.example/a/2");
  assert.match(second!.contentHtml!, /<p>Inline<\/p>/);
  assert.equal(third!.contentHtml, "<p>Plain one.</p><p>Plain two &lt;b&gt;</p>");
});

test("RSS 1.0 (RDF) items sit beside the channel", () => {
  const source = readXmlSource(
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://x.example/"><title>Old feed</title></channel>
      <item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link><dc:date>2025-03-05</dc:date></item></rdf:RDF>`,
  );
  assert.equal(source.kind, "feed");
  if (source.kind !== "feed") return;
  assert.equal(source.feed.format, "RSS 1.0");
  assert.deepEqual(source.feed.items, [{ link: "https://x.example/1", title: "One", published: "2025-03-05" }]);
});

test("OPML: feeds from nested outlines, once each, relative URLs resolved", () => {
  const source = readXmlSource(
    `<opml version="2.0"><head><title>My feeds</title></head><body>
      <outline text="News"><outline text="Courier" type="rss" xmlUrl="https://courier.example/rss"/>
        <outline text="Deeper"><outline title="Wire" xmlUrl="/wire.xml"/></outline></outline>
      <outline text="Courier again" xmlUrl="https://courier.example/rss"/><outline text="A folder with no feed"/>
    </body></opml>`,
    "https://lists.example/feeds.opml",
  );
  assert.equal(source.kind, "opml");
  if (source.kind !== "opml") return;
  assert.equal(source.list.title, "My feeds");
  assert.deepEqual(source.list.feeds, [
    { url: "https://courier.example/rss", title: "Courier" },
    { url: "https://lists.example/wire.xml", title: "Wire" },
  ]);
});

test("other XML is named by its root; sniffing tells feeds from pages", () => {
  assert.deepEqual(readXmlSource("<svg><g/></svg>"), { kind: "other", rootName: "svg", declaresEntities: false });
  assert.equal(looksLikeFeedOrOpml("<?xml version='1.0'?><rss version='2.0'>"), true);
  assert.equal(looksLikeFeedOrOpml("<atom:feed xmlns:atom='http://www.w3.org/2005/Atom'>"), true);
  assert.equal(looksLikeFeedOrOpml("<!doctype html><html><body><p>rss</p>"), false);
});
