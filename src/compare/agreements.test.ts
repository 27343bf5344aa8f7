import { test } from "node:test";
import assert from "node:assert/strict";
import { agreementClusters, sayAlike } from "./agreements.js";
import { termWeights, type AlignedPair } from "./align.js";
import { buildUnits, type Unit } from "./units.js";
import { docWith } from "./fixtures.js";

const unitsOf = (id: string, docIndex: number, text: string) => buildUnits(docWith(id, text), docIndex);
const pair = (a: Unit, b: Unit, similarity: number): AlignedPair => ({ a, b, similarity, mutual: true });
const ids = (units: readonly Unit[]) => units.map((u) => u.id);

test("a chain of ties does not put two sentences of one report in one agreement", () => {
  const [a1, a2] = unitsOf("a", 0, "The ferry sank off the cape. The captain was rescued by a trawler.") as [Unit, Unit];
  const [b1] = unitsOf("b", 1, "The ferry sank off the cape at dawn.") as [Unit];
  const [c1] = unitsOf("c", 2, "The ferry sank at dawn and its captain was rescued.") as [Unit];
  // a1~b1 and b1~c1 are strongest; c1~a2 would chain the captain's rescue into the sinking.
  const clusters = agreementClusters([pair(c1, a2, 0.5), pair(a1, b1, 0.9), pair(b1, c1, 0.7)]);
  assert.deepEqual(clusters.map((c) => ids(c.units)), [[a1.id, b1.id, c1.id]]);
  assert.equal(clusters[0]?.pairs.length, 2);
  // Without the stronger ties, the rescue is its own agreement.
  assert.deepEqual(agreementClusters([pair(c1, a2, 0.5)]).map((c) => ids(c.units)), [[a2.id, c1.id]]);
});

test("ties below the agreement threshold join nothing", () => {
  const [a1] = unitsOf("a", 0, "The ferry sank off the cape.") as [Unit];
  const [b1] = unitsOf("b", 1, "The ferry sank off the cape at dawn.") as [Unit];
  assert.deepEqual(agreementClusters([pair(a1, b1, 0.2)]), []);
});

test("two sentences kept apart (found to contradict) do not agree through a third report", () => {
  const [a1] = unitsOf("a", 0, '"The dyke was never built for this," the warden said.') as [Unit];
  const [b1] = unitsOf("b", 1, '"The dyke was never built for this," the mayor said.') as [Unit];
  const [c1] = unitsOf("c", 2, "The warden added that the dyke was never built for this.") as [Unit];
  const apart = (u: Unit, v: Unit) => (u === a1 && v === b1) || (u === b1 && v === a1);
  const clusters = agreementClusters([pair(a1, c1, 0.9), pair(b1, c1, 0.8)], apart);
  assert.deepEqual(clusters.map((c) => ids(c.units)), [[a1.id, c1.id]]);
  // Without the contradiction, the three agree.
  assert.deepEqual(agreementClusters([pair(a1, c1, 0.9), pair(b1, c1, 0.8)]).map((c) => ids(c.units).length), [3]);
});

test("a verb both units tell, negated in one only, is no agreement: 'will not reopen' / 'will reopen'", () => {
  const [open] = unitsOf("a", 0, "The old swimming baths in the town will reopen on Friday, the mayor said.") as [Unit];
  const [shut] = unitsOf("b", 1, "The old swimming baths in the town will not reopen on Friday, the mayor said.") as [Unit];
  const [again] = unitsOf("c", 2, "The old swimming baths in the town will reopen on Friday, the council said.") as [Unit];
  const alike = (x: Unit, y: Unit) => sayAlike(x, y, termWeights([open, shut, again]));
  assert.equal(alike(open, again), true);
  assert.equal(alike(open, shut), false);
  // A negation of another verb leaves the shared one affirmed in both.
  const [unflooded] = unitsOf("d", 3, "The old swimming baths in the town, which had not flooded, will reopen on Friday.") as [Unit];
  assert.equal(alike(open, unflooded), true);
});

test("two sentences whose figures of one kind are all well apart do not agree; figures that only touch still do", () => {
  const unitWith = (id: string, i: number, text: string, numbers: { text: string; low: number; high: number; unit: string }[]) =>
    buildUnits(docWith(id, text, { numbers }), i)[0] as Unit;
  const a = unitWith("a", 0, "Bramwell shares closed 4.2% lower on Friday.", [{ text: "4.2%", low: 4.2, high: 4.2, unit: "%" }]);
  const b = unitWith("b", 1, "Bramwell shares closed down 2.4% on Friday.", [{ text: "2.4%", low: 2.4, high: 2.4, unit: "%" }]);
  const c = unitWith("c", 2, "Bramwell shares closed down more than 4.2% on Friday.", [{ text: "more than 4.2%", low: 4.2 * (1 + 1e-9), high: Infinity, unit: "%" }]);
  const weights = termWeights([a, b, c]);
  assert.equal(sayAlike(a, b, weights), false);
  assert.equal(sayAlike(a, c, weights), true);
});

test("two sentences with only a name in common, one of them saying more, do not agree; two bare lines still may", () => {
  const unitWith = (id: string, i: number, text: string, timexes: { text: string; value: string }[] = []) =>
    buildUnits(docWith(id, text, { entities: [{ text: "Strand", type: "person", canonical: "Ola Strand" }], timexes }), i)[0] as Unit;
  // "conceded" reports an admission, no content term: the name is all the first sentence holds.
  const a = unitWith("a", 0, "Strand had not conceded by Friday evening.", [{ text: "Friday evening", value: "2024-03-08TEV" }]);
  const b = unitWith("b", 1, "Strand had chaired the board.");
  const c = unitWith("c", 2, "Strand had not conceded.");
  // Other lines of the story about the board make its words common, so the name weighs most in the overlap.
  const board = [3, 4, 5].map((i) => buildUnits(docWith(`d${i}`, "The board chair met."), i)[0] as Unit);
  const weights = termWeights([a, b, c, ...board]);
  assert.equal(sayAlike(a, b, weights), false);
  assert.equal(sayAlike(a, c, weights), true);
});
