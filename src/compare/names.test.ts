import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "./story.js";
import { docWith } from "./fixtures.js";
import type { EntityType } from "../model/types.js";

const people = (...names: string[]) => ({ entities: names.map((text) => ({ text, type: "person" as const })) });

test("one fact told of two different people is no agreement; told of one person named short, it is", () => {
  const agreementsOf = (a: string, b: string, namesA: string[], namesB: string[]) =>
    compareStory([docWith("a", `${a} Ivo Marsh and Pia Hale were on the boat.`, people(...namesA, "Ivo Marsh", "Pia Hale")), docWith("b", `${b} Pia Hale and Ivo Marsh were on the boat.`, people(...namesB, "Pia Hale", "Ivo Marsh"))], "s").findings.filter(
      (f) => f.kind === "agreement" && f.claims.some((c) => c.span.text.includes("hospital")),
    );
  assert.equal(agreementsOf("Marsh was taken to hospital with burns.", "Hale was taken to hospital with burns.", ["Marsh"], ["Hale"]).length, 0);
  assert.equal(agreementsOf("Marsh was taken to hospital with burns.", "Ivo Marsh was taken to hospital with burns.", ["Marsh"], ["Ivo Marsh"]).length, 1);
});

/** A report whose every occurrence of each name is tagged, as the recognizer tags them. */
function taggedDoc(id: string, text: string, names: [string, EntityType][]) {
  const doc = docWith(id, text);
  for (const [name, type] of names) {
    for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1)) {
      if (doc.entities.some((e) => e.start <= start && start < e.end)) continue;
      const sentence = doc.sentences.find((s) => s.start <= start && start < s.end)?.index ?? 0;
      doc.entities.push({ text: name, start, end: start + name.length, type, canonical: name, sentence, rule: "fixture" });
    }
  }
  doc.entities.sort((x, y) => x.start - y.start);
  return doc;
}
const placeConflicts = (a: ReturnType<typeof docWith>, b: ReturnType<typeof docWith>) => compareStory([a, b], "s").findings.filter((f) => f.kind === "contradiction" && f.aspect === "place");

test("in near copies, a place and the place a report says holds it are no conflict; two towns are", () => {
  const street = (rest: string) => taggedDoc("a", `A gas blast damaged flats on Kell Street on Monday, police said. ${rest}`, [["Kell Street", "place"], ["Dunmore", "place"]]);
  const town = taggedDoc("b", "A gas blast damaged flats in Dunmore on Monday, police said. Dunmore was quiet.", [["Dunmore", "place"]]);
  assert.equal(placeConflicts(street("Kell Street in Dunmore was shut."), town).length, 0);
  assert.equal(placeConflicts(street("Kell Street and Dunmore were shut."), town).length, 1);
});

test("the holder may be left untyped in the report that places the town in it", () => {
  const other = taggedDoc("b", "The river flooded Harmark on Sunday, officials said. Harmark is wet.", [["Harmark", "place"]]);
  const town = (rest: string) => taggedDoc("a", `The river flooded Ostby on Sunday, officials said. ${rest}`, [["Ostby", "place"], ["Harmark", "other"]]);
  assert.equal(placeConflicts(town("Ostby, Harmark, floods often."), other).length, 0);
  assert.equal(placeConflicts(town("Ostby floods often."), other).length, 1);
});

test("a bare surname in each report is its own person, not the other report's one of that surname", () => {
  const report = (id: string, name: string) => taggedDoc(id, `The driver, ${name}, was fined on Monday, police said. Marsh paid at once.`, [[name, "person"], ["Marsh", "other"]]);
  const persons = (x: string, y: string) => compareStory([report("a", x), report("b", y)], "s").findings.filter((f) => f.kind === "contradiction" && f.aspect === "person");
  assert.equal(persons("Ivo Marsh", "Pia Marsh").length, 1);
  assert.equal(persons("Ivo Marsh", "Ivo Marsh").length, 0);
});
