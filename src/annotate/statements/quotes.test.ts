import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyDoc } from "../doc.js";
import { tokenStage } from "../tokens.js";
import { findQuotes } from "./quotes.js";
import { statementOf } from "./testing.js";

/** The text of each quote the finder pairs in `text`, marks included. */
function quotesIn(text: string): string[] {
  const doc = emptyDoc({ id: "q", text });
  tokenStage.run(doc);
  return findQuotes(text, doc.tokens, doc.sentences).map((q) => text.slice(q.start, q.end));
}

test("a quotation nested in another with the same marks stays inside it", () => {
  const text = "“Our stall prints “cash only” on every receipt,” the baker said.";
  assert.deepEqual(quotesIn(text), ["“Our stall prints “cash only” on every receipt,”"]);
  assert.equal(statementOf(text, "said").content.text, "“Our stall prints “cash only” on every receipt,”");
  // Straight marks nest the same way.
  assert.deepEqual(quotesIn('"We call it "the long climb" for a reason," the guide said.'), ['"We call it "the long climb" for a reason,"']);
  // An opening with no closing mark left for it is a typo: the quotation restarts at the second mark.
  assert.deepEqual(quotesIn("The ferry was “late again. “Please wait here,” the clerk said."), ["“Please wait here,”"]);
});

test("a quotation left open at a paragraph's end goes on to a closing mark in the very next paragraph, whose opening mark is missing", () => {
  const text = "“The orchard is flooded.\nWe will replant in the spring,” the grower said.\nThe river rose on Monday.";
  assert.deepEqual(quotesIn(text), ["“The orchard is flooded.\nWe will replant in the spring,”"]);
  const s = statementOf(text, "said");
  assert.equal(s.speaker?.mention?.text, "the grower");
  assert.equal(s.direct, true);
  // A closing mark two paragraphs on is no part of it: the open quotation ends with its paragraph.
  assert.deepEqual(quotesIn("“The orchard is flooded.\nThe river rose.\nWe replant in spring,” she said."), ["“The orchard is flooded."]);
});
