import { test } from "node:test";
import assert from "node:assert/strict";
import { articleFromText, frontMatter, markdownHeading, plainTitle } from "./text.js";

test("the text of an article is the whole input, title line included", () => {
  const text = "Fire on the quay\n\nA fire broke out on Tuesday.\n";
  const article = articleFromText(text, "x", "text");
  assert.equal(article.text, text);
  assert.equal(article.title, "Fire on the quay");
  assert.equal(article.id, "x");
});

test("a short first line set off by a blank line is the title, even with a full stop", () => {
  assert.equal(plainTitle("The council denies the claim.\n\nBody text follows here."), "The council denies the claim.");
  assert.equal(plainTitle("\n\n  Leading blanks are skipped  \n\nBody."), "Leading blanks are skipped");
});

test("a headline run straight into the body counts; a sentence does not", () => {
  assert.equal(plainTitle("Storm closes harbour road\nThe storm reached the coast on Monday."), "Storm closes harbour road");
  assert.equal(plainTitle("The storm reached the coast on Monday.\nRoads closed."), undefined);
  assert.equal(plainTitle("officials said little\nabout it."), undefined);
});

test("long first lines, single lines, date lines and bylines are not titles", () => {
  const long = "As the storm moved up the coast overnight, officials in three towns ordered residents to leave their homes and head for higher ground";
  assert.equal(plainTitle(`${long}\n\nMore.`), undefined);
  assert.equal(plainTitle("Only one line"), undefined);
  assert.equal(plainTitle("Marrowby, 5 March 2025\n\nA fire broke out."), undefined);
  assert.equal(plainTitle("March 5, 2025\nA fire broke out."), undefined);
  assert.equal(plainTitle("By Jane Roe\n\nA fire broke out."), undefined);
});

test("Markdown: a leading # heading is the title and the text keeps the #", () => {
  const text = "# Fire on the quay #\n\nA fire broke out.";
  const article = articleFromText(text, "m", "markdown");
  assert.equal(article.title, "Fire on the quay");
  assert.equal(article.text, text);
  assert.equal(markdownHeading("Setext title\n=====\n\nBody"), "Setext title");
  assert.equal(markdownHeading("## Second level\n\nBody"), undefined);
});

test("Markdown front matter gives title, date, source and url", () => {
  const text = '---\ntitle: "Fire on the quay"\ndate: 2025-03-05\nsource: Coastal Courier\nauthor: ignored\n---\n# Other heading\n\nBody.';
  const article = articleFromText(text, "m", "markdown");
  assert.equal(article.title, "Fire on the quay");
  assert.equal(article.published, "2025-03-05");
  assert.equal(article.source, "Coastal Courier");
  assert.equal(article.text, text);
  assert.deepEqual(frontMatter("no front matter").fields, {});
});

test("Markdown front matter without a title falls back to the heading", () => {
  assert.equal(articleFromText("---\ndate: 2025-03-05\n---\n# Heading\n\nBody.", "m", "markdown").title, "Heading");
});
