import { test } from "node:test";
import assert from "node:assert/strict";
import { childText, decodeXmlText, firstChild, firstElementName, parseXml, serializeChildren, textContent } from "./xml.js";

test("elements, attributes, CDATA and the five predefined entities", () => {
  const { root } = parseXml(`<?xml version="1.0"?><!-- note --><a x="1" y='two &amp; three' z=bare><b>Fish &amp; chips &lt;3 &#233;&#x20AC;</b><c><![CDATA[<p>raw & kept</p>]]></c><d/></a>`);
  assert.ok(root);
  assert.equal(root.name, "a");
  assert.deepEqual(root.attributes, { x: "1", y: "two & three", z: "bare" });
  assert.equal(childText(root, "b"), "Fish & chips <3 é€");
  assert.equal(childText(root, "c"), "<p>raw & kept</p>");
  assert.ok(firstChild(root, "d"));
});

test("entities other than the predefined five stay as written; bad numeric references become U+FFFD", () => {
  assert.equal(decodeXmlText("Caf&eacute; &nbsp; &amp; &#0; &#xD800;"), "Caf&eacute; &nbsp; & \ufffd \ufffd");
});

test("an entity bomb in the DOCTYPE is skipped in one pass, its references left literal", () => {
  const levels = Array.from({ length: 10 }, (_, i) =>
    i === 0 ? `<!ENTITY lol0 "lol">` : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`,
  ).join("\n");
  const bomb = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${levels}\n<!-- a ] inside a comment -->\n]>\n<rss><channel><title>&lol9;</title></channel></rss>`;
  const started = performance.now();
  const document = parseXml(bomb);
  assert.ok(performance.now() - started < 50);
  assert.equal(document.declaresEntities, true);
  assert.equal(childText(firstChild(document.root!, "channel")!, "title"), "&lol9;");
  assert.equal(firstElementName(bomb), "rss");
});

test("broken markup is tolerated: unclosed elements, stray end tags, a lone <", () => {
  const { root } = parseXml("<rss><channel><item><title>One < two</b></title><link>http://a.example/1</item><item><title>Two");
  const channel = firstChild(root!, "channel")!;
  const items = channel.children.filter((c) => typeof c !== "string");
  assert.equal(items.length, 2);
  assert.equal(textContent(items[0] as never).startsWith("One < two"), true);
  assert.equal(childText(items[1] as never, "title"), "Two");
});

test("very deep nesting is flattened rather than overflowing the stack", () => {
  const deep = `<r>${"<x>".repeat(50_000)}deep text${"</x>".repeat(50_000)}<after>ok</after></r>`;
  const { root } = parseXml(deep);
  assert.equal(childText(root!, "after"), "ok");
  assert.match(textContent(root!), /deep text/);
});

test("inline XHTML is written back as markup, void elements without end tags", () => {
  const { root } = parseXml(`<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A &amp; B<br/>C</p></div></content>`);
  assert.equal(serializeChildren(root!), `<div xmlns="http://www.w3.org/1999/xhtml"><p>A &amp; B<br>C</p></div>`);
});

test("firstElementName looks past the prolog and says nothing for text", () => {
  assert.equal(firstElementName("\ufeff<?xml version='1.0'?>\n<!-- c --><!DOCTYPE opml>\n<opml version='2.0'>"), "opml");
  assert.equal(firstElementName("<!doctype html><html><body>"), "html");
  assert.equal(firstElementName("plain text"), undefined);
});
