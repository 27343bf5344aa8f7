import { test } from "node:test";
import assert from "node:assert/strict";
import { statementOf } from "./testing.js";

test("the subject of 'is convinced', 'are worried about' holds the view; 'is expected' names no one", () => {
  const convinced = statementOf("Lund is convinced that the ferry will sail.", "is convinced");
  assert.equal(convinced.speaker?.mention?.text, "Lund");
  assert.equal(convinced.content.text, "that the ferry will sail");
  const worried = statementOf("The pilots are worried about the short runway.", "are worried about");
  assert.equal(worried.speaker?.mention?.text, "The pilots");
  assert.equal(worried.content.text, "the short runway");
  assert.equal(statementOf("The mayor is expected to resign.", "is expected").speaker, null);
});

test("an 'according to' source stops at a spaced dash that opens the writer's aside", () => {
  const s = statementOf("Fees rose by a tenth, according to the harbour board - the steepest rise in years.", "according to");
  assert.equal(s.speaker?.mention?.text, "the harbour board");
});
