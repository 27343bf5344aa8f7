import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyDoc } from "../doc.js";
import { statementStage } from "../statements.js";
import { tokenStage } from "../tokens.js";
import type { Statement } from "../../model/types.js";

/** The statement whose cue reads `cue`. */
function statementOf(text: string, cue: string): Statement {
  const doc = emptyDoc({ id: "t", text });
  tokenStage.run(doc);
  statementStage.run(doc);
  const s = doc.statements.find((x) => x.cue.text === cue);
  assert.ok(s, `no statement with cue ${JSON.stringify(cue)} in ${JSON.stringify(text)}`);
  return s;
}

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
