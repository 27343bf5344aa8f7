import { test } from "node:test";
import assert from "node:assert/strict";
import { newsPage, reportParagraphs } from "./http-fixtures.js";
import { articleFromFragment, articleFromHtml, htmlToText } from "./html.js";

const paragraphs = reportParagraphs("Marrowby", 12);

test("a news page: headline first, paragraphs split by blank lines, page furniture and byline left out", () => {
  const page = newsPage({ title: "Fire on the Marrowby quay", paragraphs, published: "2025-03-04T23:30:00-05:00", site: "Coastal Courier", byline: "Jo Bell" });
  const result = articleFromHtml(page, { id: "quay", url: "https://courier.example/2025/quay?utm_source=rss" });
  assert.equal(result.ok, true);
  if (!result.ok) return;
  assert.equal(result.article.text, ["Fire on the Marrowby quay", ...paragraphs].join("\n\n"));
  assert.deepEqual(
    { ...result.article, text: undefined },
    { id: "quay", text: undefined, title: "Fire on the Marrowby quay", published: "2025-03-04T23:30:00-05:00", source: "Coastal Courier", url: "https://courier.example/2025/quay" },
  );
  assert.equal(result.byline, "Jo Bell");
  assert.equal(result.language, "en");
});

test("without JSON-LD the meta tags and canonical link give the metadata", () => {
  const page = `<html><head><title>Ignored title - Harbour Post</title>
    <meta property="og:title" content="Quay fire: twelve hurt"><meta property="og:site_name" content="Harbour Post">
    <meta property="article:published_time" content="2025-03-05T07:00:00Z"><meta name="author" content="By Ann Lee">
    <link rel="canonical" href="/news/quay-fire"><script type="application/ld+json">{ not json</script></head>
    <body><main>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</main></body></html>`;
  const result = articleFromHtml(page, { id: "p", url: "https://post.example/amp/quay" });
  assert.ok(result.ok);
  assert.equal(result.article.title, "Quay fire: twelve hurt");
  assert.equal(result.article.source, "Harbour Post");
  assert.equal(result.article.published, "2025-03-05T07:00:00Z");
  assert.equal(result.byline, "Ann Lee");
  assert.equal(result.canonicalUrl, "https://post.example/news/quay-fire");
  assert.equal(result.article.url, "https://post.example/news/quay-fire");
});

test("a canonical URL is trusted only on the page's own site and never when it is the home page", () => {
  const page = (canonical: string) =>
    `<html><head><link rel="canonical" href="${canonical}"></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
  const canonicalOf = (canonical: string, url: string) => {
    const result = articleFromHtml(page(canonical), { id: "c", url });
    return result.ok ? result.canonicalUrl : undefined;
  };
  assert.equal(canonicalOf("https://www.post.example/news/a", "https://amp.post.example/a?amp=1"), "https://www.post.example/news/a");
  assert.equal(canonicalOf("https://post.example/", "https://post.example/news/a"), "https://post.example/news/a");
  assert.equal(canonicalOf("https://wire.example/original", "https://post.example/news/a"), "https://post.example/news/a");
});

test("JSON-LD inside @graph with a list of types is found; the page's fallback fills only the gaps", () => {
  const ld = { "@context": "https://schema.org", "@graph": [{ "@type": "WebSite", name: "Site" }, { "@type": ["Article", "NewsArticle"], headline: "Graph headline", datePublished: "2025-03-06", author: "Cy Dunn" }] };
  const page = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
  const result = articleFromHtml(page, { id: "g", url: "https://www.graph.example/x", fallback: { title: "Feed title", published: "2025-01-01", source: "Feed name" } });
  assert.ok(result.ok);
  assert.equal(result.article.title, "Graph headline");
  assert.equal(result.article.published, "2025-03-06");
  assert.equal(result.article.source, "Feed name");
  assert.equal(result.byline, "Cy Dunn");
});

test("lists, line breaks, tables and headings become paragraphs and lines; scripts and hidden text do not", () => {
  const body = `<div><h2>What we know</h2><ul><li>Twelve people were treated.</li><li>The cause is not known.</li></ul>
    <p>First line of an address<br>Second line</p><table><tr><td>Crews</td><td>3</td></tr></table>
    <script>var x = "no";</script><p hidden>secret</p><p style="display:none">hidden too</p>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</div>`;
  const result = articleFromFragment(body, { id: "f", fallback: { title: "Quay fire" } });
  assert.ok(result.ok);
  assert.match(result.article.text, /^Quay fire\n\nWhat we know\n\nTwelve people were treated\.\n\nThe cause is not known\.\n\nFirst line of an address\nSecond line\n\nCrews 3\n\n/u);
  assert.doesNotMatch(result.article.text, /no"|secret|hidden too/u);
});

test("a page with no article says so in one phrase", () => {
  const index = `<html><body><nav><a href="/a">A</a> <a href="/b">B</a></nav><div id="app"></div><script>render()</script></body></html>`;
  const result = articleFromHtml(index, { id: "i" });
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.problem : "", /has no article text/u);
});

test("malformed HTML (unclosed tags, stray end tags, 20,000 nested divs) is read without throwing, quickly", () => {
  const messy = `<html><head><title>Messy</title><body><p>${paragraphs[0]}<p>${paragraphs[1]}</b></i></span><<>>&&</td><div class=x y=>${"<div>".repeat(20_000)}${paragraphs[2]}`;
  const started = performance.now();
  const result = articleFromHtml(messy, { id: "m" });
  assert.ok(performance.now() - started < 5000);
  assert.ok(result.ok, !result.ok ? result.problem : "");
  assert.match(result.article.text, /Crews from three stations/u);
});

test("htmlToText decodes entities and drops tags", () => {
  assert.equal(htmlToText("Fish &amp; chips &eacute; <b>bold</b>"), "Fish & chips é bold");
  assert.equal(htmlToText("plain"), "plain");
});
