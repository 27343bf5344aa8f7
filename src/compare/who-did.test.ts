import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "./story.js";
import { docWith } from "./fixtures.js";

const people = (...names: string[]) => ({ entities: names.map((text) => ({ text, type: "person" as const })) });
const contradictionsOf = (a: string, b: string, namesA: string[], namesB: string[]) =>
  compareStory([docWith("a", a, people(...namesA)), docWith("b", b, people(...namesB))], "s").findings.filter((f) => f.kind === "contradiction");

test("one report's doer is the other's victim: who did what differs", () => {
  const [found] = contradictionsOf("Guards said Ivo Marsh struck Pia Hale at the gate.", "Guards said Pia Hale struck Ivo Marsh at the gate.", ["Ivo Marsh", "Pia Hale"], ["Pia Hale", "Ivo Marsh"]);
  assert.match(found?.summary ?? "", /^Who did what differs/);
  assert.deepEqual(found?.claims.map((c) => c.span.text), ["Ivo Marsh struck Pia Hale", "Pia Hale struck Ivo Marsh"]);
});

test("the same doer and victim in both reports, or the two named as a list, are no reversal", () => {
  assert.equal(contradictionsOf("Guards said Ivo Marsh struck Pia Hale at the gate.", "Ivo Marsh struck Pia Hale at the gate, guards said.", ["Ivo Marsh", "Pia Hale"], ["Ivo Marsh", "Pia Hale"]).length, 0);
  assert.equal(contradictionsOf("Ivo Marsh and Pia Hale waited at the gate.", "Pia Hale and Ivo Marsh waited at the gate.", ["Ivo Marsh", "Pia Hale"], ["Pia Hale", "Ivo Marsh"]).length, 0);
});
