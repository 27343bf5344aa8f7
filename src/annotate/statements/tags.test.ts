import { test } from "node:test";
import assert from "node:assert/strict";
import { statementOf } from "./testing.js";

test("a title-case headline: a cue verb's plain form after a plural name is the verb ('Island Bakers Support ...')", () => {
  const s = statementOf("Island Bakers Support Flour Tariff", "Support");
  assert.equal(s.speaker?.mention?.text, "Island Bakers");
  assert.equal(s.content.text, "Flour Tariff");
});

test("a third-person cue verb read as a noun after 'and' shares the subject of the verb before it", () => {
  const s = statementOf("Dana Ruiz thanks the rowers and pledges to fund a new boathouse.", "pledges");
  assert.equal(s.speaker?.mention?.text, "Dana Ruiz");
  assert.equal(s.content.text, "to fund a new boathouse");
});
