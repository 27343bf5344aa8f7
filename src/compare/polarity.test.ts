import { test } from "node:test";
import assert from "node:assert/strict";
import { StoryTexts } from "./findings.js";
import { docWith } from "./fixtures.js";
import { pairContext } from "./pair.js";
import { polarityCheck } from "./polarity.js";
import { buildUnits, type Unit } from "./units.js";

/** Polarity findings for two one-sentence reports taken as aligned, however alike alignment would find them. */
function polarity(textA: string, textB: string): string[] {
  const docs = [docWith("a", textA, { entities: [{ text: "Ann Ode", type: "person" }] }), docWith("b", textB, { entities: [{ text: "Ann Ode", type: "person" }] })];
  const [a, b] = docs.map((d, i) => buildUnits(d, i)[0] as Unit) as [Unit, Unit];
  return polarityCheck.check(pairContext({ a, b, similarity: 0.9, mutual: true }, new StoryTexts(docs))).map((f) => f.rule);
}

test("a negation flips a claim two sentences share", () => {
  assert.deepEqual(polarity("Ann Ode signed the harbour lease.", "Ann Ode never signed the harbour lease."), ["polarity/negation-flipped"]);
});

test("sentences alike by a name alone make no claim for a negation to flip", () => {
  assert.deepEqual(polarity("Ann Ode was 95.", "Ann Ode never said it."), []);
});
