import { test } from "node:test";
import assert from "node:assert/strict";
import { sampleReport, spanOf } from "./fixture.js";
import { md, renderMarkdown } from "./markdown.js";

test("findings are grouped with contradictions first and claims quoted with article and value", () => {
  const text = renderMarkdown(sampleReport());
  assert.ok(text.indexOf("### Contradictions (2)") < text.indexOf("### Agreements (1)"));
  assert.ok(text.indexOf("### Agreements (1)") < text.indexOf("### Only in one report (1)"));
  assert.match(text, /- `quay`: “A fire broke out on Tuesday, March 4” → `2025-03-04`/);
  assert.match(text, /### Who said what \(2\)/);
  assert.match(text, /### Timeline \(2\)/);
});

test("a claim opening with its own quotation mark keeps it and gets no second pair", () => {
  const report = sampleReport();
  report.stories[0]!.findings[0]!.claims[0]!.span = spanOf("quay", report.articles[0]!.text, '"The building was gone within the hour,"');
  const text = renderMarkdown(report);
  assert.match(text, /- `quay`: &quot;The building was gone within the hour,&quot;\n/);
  assert.match(text, /- `post`: “The building was gone within the hour”\n/);
});

test("markup and ampersands in article text are escaped", () => {
  const text = renderMarkdown(sampleReport());
  assert.doesNotMatch(text, /<script>/);
  assert.doesNotMatch(text, / & more/);
  assert.match(text, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;/);
  assert.match(text, /no publication date &amp; no date line &lt;b&gt;/);
});

test("md escapes what Markdown would act on mid-line", () => {
  assert.equal(md("a *b* _c_ [d](e) `f` | g ~h~ #i"), "a \\*b\\* \\_c\\_ \\[d\\](e) \\`f\\` \\| g \\~h\\~ \\#i");
});

test("a cue that ends with a colon is not given a second one", () => {
  const report = sampleReport();
  const statement = report.stories[0]!.statements[0]!;
  statement.cue = { ...statement.cue, text: "said :" };
  assert.match(renderMarkdown(report), /Owen Pryce _said_: “The building/);
});
