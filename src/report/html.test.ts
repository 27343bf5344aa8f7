import { test } from "node:test";
import assert from "node:assert/strict";
import { sampleReport, spanOf } from "./fixture.js";
import { escapeHtml, renderHtml } from "./html.js";

function unescape(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name]!);
}

/** The text of each article column, with marks removed and entities decoded. */
function columnTexts(html: string): string[] {
  return [...html.matchAll(/<div class="text">([\s\S]*?)<\/div><\/article>/g)].map((m) => unescape(m[1]!.replace(/<\/?mark[^>]*>/g, "")));
}

test("the page is self-contained: one inline script, no external assets", () => {
  const html = renderHtml(sampleReport());
  assert.ok(html.startsWith("<!doctype html>"));
  assert.equal(html.match(/<script/g)?.length, 1);
  assert.doesNotMatch(html, /\s(src|href)=|@import|url\(/);
});

test("article text and report strings are escaped, including markup and ampersands", () => {
  const html = renderHtml(sampleReport());
  assert.doesNotMatch(html, /<script>alert/);
  assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; more/);
  assert.match(html, /no publication date &amp; no date line &lt;b&gt;/);
  assert.match(html, /Only post: a sign read &lt;script&gt;/);
});

test("marks leave every column's text intact", () => {
  const report = sampleReport();
  assert.deepEqual(columnTexts(renderHtml(report)), report.articles.map((a) => a.text));
});

test("each clickable item has marks over exactly its spans, overlaps carrying both keys", () => {
  const report = sampleReport();
  const html = renderHtml(report);
  const marks = [...html.matchAll(/<mark data-f="([^"]*)">([^<]*)<\/mark>/g)].map((m) => ({ keys: m[1]!.split(" "), text: unescape(m[2]!) }));
  const textFor = (key: string) => marks.filter((m) => m.keys.includes(key)).map((m) => m.text).join("");
  const findings = report.stories[0]!.findings;
  findings.forEach((finding, i) => {
    assert.match(html, new RegExp(`data-k="s0-f${i}"`));
    assert.equal(textFor(`s0-f${i}`), finding.claims.map((c) => c.span.text).join(""), finding.id);
  });
  // "Tuesday, March 4" lies inside the date claim: it is marked for both the finding and the timeline entry
  assert.ok(marks.some((m) => m.text === "Tuesday, March 4" && m.keys.includes("s0-f2") && m.keys.includes("s0-t0")));
  assert.equal(textFor("s0-st0"), ["said", "The building was gone within the hour", "Owen Pryce"].sort((a, b) => report.articles[0]!.text.indexOf(a) - report.articles[0]!.text.indexOf(b)).join(""));
});

test("a claim opening with its own quotation mark is shown with it alone; other claims get curly quotes", () => {
  const report = sampleReport();
  report.stories[0]!.findings[0]!.claims[0]!.span = spanOf("quay", report.articles[0]!.text, '"The building was gone within the hour,"');
  const html = renderHtml(report);
  assert.match(html, /<\/span> &quot;The building was gone within the hour,&quot;<\/li>/);
  assert.match(html, /<\/span> “at least 12 people were injured” <code>/);
});

test("contradictions are listed before agreements", () => {
  const html = renderHtml(sampleReport());
  assert.ok(html.indexOf('<h3 class="contradiction">') < html.indexOf('<h3 class="agreement">'));
});

test("escapeHtml covers the five special characters", () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
});

test("the inline script is valid JavaScript", () => {
  const script = /<script>([\s\S]*?)<\/script>/.exec(renderHtml(sampleReport()))![1]!;
  assert.doesNotThrow(() => new Function(script));
});
