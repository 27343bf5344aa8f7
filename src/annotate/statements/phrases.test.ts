import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyDoc } from "../doc.js";
import { statementStage } from "../statements.js";
import { tokenStage } from "../tokens.js";

/** The speaker mention of the statement whose cue reads `cue`. */
function speakerOf(text: string, cue: string): string | null | undefined {
  const doc = emptyDoc({ id: "t", text });
  tokenStage.run(doc);
  statementStage.run(doc);
  const s = doc.statements.find((x) => x.cue.text === cue);
  assert.ok(s, `no statement with cue ${JSON.stringify(cue)} in ${JSON.stringify(text)}`);
  return s.speaker?.mention?.text ?? null;
}

test("a degree word tagged as an adverb stays in the subject: 'the most recent survey', 'more senior pilots'", () => {
  assert.equal(speakerOf("The most recent survey shows the ferry is late.", "shows"), "The most recent survey");
  assert.equal(speakerOf("Even so, more senior pilots say the runway is too short.", "say"), "more senior pilots");
  // An adverb before the cue stays out of the subject.
  assert.equal(speakerOf("Lund most recently said the ferry is late.", "most recently said"), "Lund");
});
