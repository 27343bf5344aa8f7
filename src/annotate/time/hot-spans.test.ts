import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spansWith, type TextSpan, TriggerIndex, YEAR_DIGITS } from "./hot-spans.js";

/** Sentence spans of a text whose sentences end with ". ". */
function sentences(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  for (let i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
    out.push({ start, end: i + 1 });
    start = i + 2;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

const slices = (text: string, spans: readonly TextSpan[] | undefined): string[] => (spans ?? []).map((s) => text.slice(s.start, s.end));

describe("spansWith", () => {
  it("keeps only the sentences holding the trigger, merging neighbours", () => {
    const text = "Rain fell. The vote is on May 3. It was May 4 then. Nothing here. May 9 came.";
    const hot = spansWith(text, /\bmay\b/gi, sentences(text));
    assert.deepEqual(slices(text, hot), ["The vote is on May 3. It was May 4 then.", "May 9 came."]);
  });

  it("finds nothing in a text without the trigger", () => {
    const text = "Rain fell. Nothing here.";
    assert.deepEqual(spansWith(text, /\bmay\b/gi, sentences(text)), []);
  });
});

describe("TriggerIndex", () => {
  const index = new TriggerIndex<string>([
    ["units", ["year", "centur"]],
    ["adverbs", ["yearly"]],
    ["century", ["century"]],
    ["years", [YEAR_DIGITS]],
  ]);

  it("gives each owner the sentences holding one of its words", () => {
    const text = "It grew yearly. Nothing here. The deal closed in 1998. A century passed.";
    const hot = index.hotSpans(text, sentences(text));
    assert.deepEqual(slices(text, hot.get("adverbs")), ["It grew yearly."]);
    assert.deepEqual(slices(text, hot.get("years")), ["The deal closed in 1998."]);
    assert.deepEqual(slices(text, hot.get("century")), ["A century passed."]);
  });

  it("a longer trigger also fires the triggers that are its prefixes", () => {
    const text = "It grew yearly. Nothing here. A century passed.";
    const hot = index.hotSpans(text, sentences(text));
    // "yearly" holds "year", "century" holds "centur": both sentences are hot for the unit rule
    assert.deepEqual(slices(text, hot.get("units")), ["It grew yearly."].concat(["A century passed."]));
  });

  it("matches words at their start only, ignoring case", () => {
    const text = "Two Centuries ago. The lawyer spoke.";
    const hot = index.hotSpans(text, sentences(text));
    assert.deepEqual(slices(text, hot.get("units")), ["Two Centuries ago."]);
    assert.equal(hot.get("century"), undefined);
  });
});
