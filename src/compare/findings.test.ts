import { test } from "node:test";
import assert from "node:assert/strict";
import { foldRepeatedConflicts, quote, StoryTexts, type FindingDraft } from "./findings.js";
import { docWith } from "./fixtures.js";

test("a summary quotes plain words in curly quotes, but a direct quote keeps its own marks and gets no second pair", () => {
  assert.equal(quote("the kiln ran cold"), "“the kiln ran cold”");
  assert.equal(quote('"The kiln ran cold," she said.'), '"The kiln ran cold," she said.');
  assert.equal(quote('"The kiln ran cold all winter long," she said.', 20), '"The kiln ran cold…');
  assert.equal(quote("‘The kiln ran cold,’ she said."), "‘The kiln ran cold,’ she said.");
});

test("the same two values for one slot in the same two reports fold into one finding that links every sentence", () => {
  const docs = [docWith("a", "Ferry crash injures 14. The ferry hit the pier, injuring 14 people."), docWith("b", "Ferry crash injures 19. The ferry hit the pier, injuring 19 people.")];
  const texts = new StoryTexts(docs);
  const conflict = (at: number, value: string, confidence: number, aspect: FindingDraft["aspect"] = "number"): FindingDraft => ({
    kind: "contradiction",
    aspect,
    summary: `differs at ${at}`,
    rule: "number/intervals-disjoint-strong",
    confidence,
    claims: [
      { span: texts.span("a", at, at + 2), value: "14" },
      { span: texts.span("b", at, at + 2), value },
    ],
  });
  const folded = foldRepeatedConflicts([conflict(20, "19", 0.8), conflict(62, "19", 0.9)]);
  assert.equal(folded.length, 1);
  assert.deepEqual(folded[0]?.claims.map((c) => `${c.span.articleId}${c.span.start}`), ["a20", "a62", "b20", "b62"]);
  assert.equal(folded[0]?.confidence, 0.9);
  // Another value, or a polarity finding (whose values say only which way), is another conflict.
  assert.equal(foldRepeatedConflicts([conflict(20, "19", 0.8), conflict(62, "21", 0.9)]).length, 2);
  assert.equal(foldRepeatedConflicts([conflict(20, "19", 0.8, "polarity"), conflict(62, "19", 0.9, "polarity")]).length, 2);
});

test("one report's figure set against the same value read twice in the other (headline and lead) is one finding, its sentence linked once", () => {
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
  const folded = foldRepeatedConflicts([draft(3, 0.5), draft(40, 0.6)]);
  assert.deepEqual(folded.map((f) => f.claims.map((c) => `${c.span.articleId}${c.span.start}`)), [["a10", "b3", "b40"]]);
});
