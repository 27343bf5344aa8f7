// For the statement tests: read one invented text and pick a statement out by its cue.
import assert from "node:assert/strict";
import { emptyDoc } from "../doc.js";
import { statementStage } from "../statements.js";
import { tokenStage } from "../tokens.js";
import type { Statement } from "../../model/types.js";

/** Every statement found in an invented text. */
export function statementsIn(text: string): Statement[] {
  const doc = emptyDoc({ id: "t", text });
  tokenStage.run(doc);
  statementStage.run(doc);
  return doc.statements;
}

/** The statement whose cue reads `cue` in `text` (the first one if several); fails the test when there is none. */
export function statementOf(text: string, cue: string): Statement {
  const s = statementsIn(text).find((x) => x.cue.text === cue);
  assert.ok(s, `no statement with cue ${JSON.stringify(cue)} in ${JSON.stringify(text)}`);
  return s;
}

/** The speaker mention of that statement, or null when it has none. */
export function speakerOf(text: string, cue: string): string | null {
  return statementOf(text, cue).speaker?.mention?.text ?? null;
}
