import { test } from "node:test";
import assert from "node:assert/strict";
import { docWith } from "./fixtures.js";
import { StoryTexts } from "./findings.js";
import { numberCheck } from "./numbers.js";
import { pairContext } from "./pair.js";
import { buildUnits, type Unit } from "./units.js";

type Figure = { text: string; low: number; unit: string };

/** Number findings for two one-sentence reports taken as near copies, figures given by hand. */
function numberRules(textA: string, figuresA: Figure[], textB: string, figuresB: Figure[]): string[] {
  const layers = (figures: Figure[]) => ({ numbers: figures.map((f) => ({ text: f.text, low: f.low, high: f.low, unit: f.unit })) });
  const docs = [docWith("a", textA, layers(figuresA)), docWith("b", textB, layers(figuresB))];
  const [a, b] = docs.map((d, i) => buildUnits(d, i)[0] as Unit) as [Unit, Unit];
  return numberCheck.check(pairContext({ a, b, similarity: 0.9, mutual: true }, new StoryTexts(docs))).map((f) => f.claims.map((c) => c.value).join(" / "));
}

test("the same number in two units of one dimension is two figures", () => {
  const a = "The slick covers 16 km of the harbour coast.";
  const b = "The slick covers 16 miles of the harbour coast.";
  assert.deepEqual(numberRules(a, [{ text: "16", low: 16, unit: "kilometre" }], b, [{ text: "16", low: 16, unit: "mile" }]), ["16 kilometre / 16 mile"]);
});

test("a figure given in another unit is the same figure once converted", () => {
  const a = "The ferry sank 10 miles (16 km) off the harbour.";
  const b = "The ferry sank 16 kilometres off the harbour.";
  const figuresA = [{ text: "10", low: 10, unit: "mile" }, { text: "16", low: 16, unit: "kilometre" }];
  assert.deepEqual(numberRules(a, figuresA, b, [{ text: "16", low: 16, unit: "kilometre" }]), []);
  assert.deepEqual(numberRules("The ferry sank 10 miles off the harbour.", [figuresA[0] as Figure], b, [{ text: "16", low: 16, unit: "kilometre" }]), []);
  assert.deepEqual(numberRules("The ferry sank 10 miles off the harbour.", [figuresA[0] as Figure], "The ferry sank 10 kilometres off the harbour.", [{ text: "10", low: 10, unit: "kilometre" }]), ["10 mile / 10 kilometre"]);
});

test("an area written with a length unit is not set against a length", () => {
  const a = "The fire burned 3 square miles of harbour land.";
  const b = "The fire burned 12 km of harbour land.";
  assert.deepEqual(numberRules(a, [{ text: "3", low: 3, unit: "mile" }], b, [{ text: "12", low: 12, unit: "kilometre" }]), []);
});
