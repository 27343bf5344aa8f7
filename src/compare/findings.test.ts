import { test } from "node:test";
import assert from "node:assert/strict";
import { quote, withoutRepeats, type FindingDraft } from "./findings.js";

test("a summary quotes plain words in curly quotes, but a direct quote keeps its own marks and gets no second pair", () => {
  assert.equal(quote("the kiln ran cold"), "“the kiln ran cold”");
  assert.equal(quote('"The kiln ran cold," she said.'), '"The kiln ran cold," she said.');
  assert.equal(quote('"The kiln ran cold all winter long," she said.', 20), '"The kiln ran cold…');
  assert.equal(quote("‘The kiln ran cold,’ she said."), "‘The kiln ran cold,’ she said.");
});

test("a contradiction repeating a stronger one (same words against the same value, read twice in the other report) is dropped", () => {
  const span = (articleId: string, start: number, text: string) => ({ articleId, start, end: start + text.length, text });
  const draft = (other: number, confidence: number): FindingDraft => ({
    kind: "contradiction",
    aspect: "number",
    summary: "",
    rule: "test",
    confidence,
    claims: [
      { span: span("a", 10, "900"), value: "900" },
      { span: span("b", other, "700"), value: "700" },
    ],
  });
  const lead = draft(40, 0.6);
  const headline = draft(3, 0.5);
  assert.deepEqual(withoutRepeats([headline, lead]), [lead]);
  // Another value in the other report is its own contradiction.
  const other: FindingDraft = { ...headline, claims: [headline.claims[0]!, { span: span("b", 3, "750"), value: "750" }] };
  assert.deepEqual(withoutRepeats([other, lead]), [other, lead]);
});
