import { test } from "node:test";
import assert from "node:assert/strict";
import { statementOf } from "./testing.js";

test("', but' with no subject of its own ('but because', 'but that', 'but not') carries the content on", () => {
  assert.equal(
    statementOf("The coach insisted the match was lost not through poor training, but because of the wet pitch.", "insisted").content.text,
    "the match was lost not through poor training, but because of the wet pitch",
  );
  assert.equal(statementOf("Mira argued that the bakery closed early, but that nobody had complained.", "argued").content.text, "that the bakery closed early, but that nobody had complained");
  // A subject after "but" opens the writer's clause, as before.
  assert.equal(statementOf("Mira argued that the bakery closed early, but the mill stayed open late.", "argued").content.text, "that the bakery closed early");
});

test("a single quotation opened inside the content keeps its closing mark and the stop inside it", () => {
  assert.equal(statementOf("Lind called the harbour fees ‘a tax on sailors.’ Then she left.", "called").content.text, "the harbour fees ‘a tax on sailors.’");
});
