import { test } from "node:test";
import assert from "node:assert/strict";
import { buildUnits, hedgedTerms } from "./units.js";
import { docWith } from "./fixtures.js";

const hedged = (text: string) => [...hedgedTerms(buildUnits(docWith("a", text), 0)[0]!)].sort();

test("a clause of condition, open question or wait under a modal is hedged; a date or a past wait is not", () => {
  assert.deepEqual(hedged("The bridge would stay shut until divers had inspected the piers."), ["diver", "inspect", "pier"]);
  assert.deepEqual(hedged("The ferry runs unless the river is high, the operator said."), ["high", "river"]);
  assert.deepEqual(hedged("The mayor declined to say whether the bridge was safe."), ["bridg", "safe"]);
  // No verb after the joiner: it dates or places the main fact.
  assert.deepEqual(hedged("The bridge would stay shut until Friday."), []);
  // A past wait happened, and so did one told in the past under a modal that looks ahead from now.
  assert.deepEqual(hedged("The bridge stayed shut until divers inspected the piers."), []);
  assert.deepEqual(hedged("The owner will likely close the bridge after divers inspected the piers."), []);
  // "as if" compares.
  assert.deepEqual(hedged("The pier looked as if a ship had struck it."), []);
});

test("the hedged clause ends at a comma or a coordinator, and a word also stated outside it is not hedged", () => {
  assert.deepEqual(hedged("If the water reached the landing, the piers will be inspected."), ["land", "reach", "water"]);
  assert.deepEqual(hedged("The bridge would stay shut until divers had inspected it and the council would pay them."), ["diver", "inspect"]);
  assert.deepEqual(hedged("Divers said the bridge would stay shut until divers had inspected it."), ["inspect"]);
});

test("a clause joiner splits a sentence into units outside quotation marks, not inside them", () => {
  const units = (text: string) => buildUnits(docWith("a", text), 0).map((u) => text.slice(u.start, u.end));
  assert.deepEqual(units('"The pier has gone, but we will rebuild it," the harbour master said.'), ['"The pier has gone, but we will rebuild it," the harbour master said.']);
  assert.deepEqual(units("“The pier has gone, but we will rebuild it,” the harbour master said."), ["“The pier has gone, but we will rebuild it,” the harbour master said."]);
  // The quote closed, a joiner after it still splits the sentence.
  assert.deepEqual(units('He called it "a disgrace", and the council voted to close the pier.'), ['He called it "a disgrace"', "and the council voted to close the pier."]);
  assert.deepEqual(units("The pier was closed on Monday, and the ferry moved to the north quay."), ["The pier was closed on Monday", "and the ferry moved to the north quay."]);
});

test("lines a page carries around the story are no claim units; story sentences that look alike stay", () => {
  const units = (text: string) => buildUnits(docWith("a", text), 0).map((u) => text.slice(u.start, u.end));
  for (const line of [
    "(Reporting by Ann Berg; Editing by Tom Holt)",
    "Harbour Times writer Lars Vik contributed to this report.",
    "By LARS VIK Harbour Times",
    "Copyright 2023 The Harbour Times. All rights reserved.",
    "This story has been updated to include comment from the guild.",
    "Correction: An earlier version of this story misstated the toll.",
    "Read more: Pilots strike for a second day",
  ]) assert.deepEqual(units(line), [], line);
  assert.deepEqual(units("By Tuesday the pilots had returned."), ["By Tuesday the pilots had returned."]);
  assert.deepEqual(units("By Friday."), ["By Friday."]);
  assert.deepEqual(units("By Ann Berg, Staff Writer | Harbour Times"), []);
  assert.deepEqual(units("The guild said the story was untrue."), ["The guild said the story was untrue."]);
});

// A hang guard, not a speed target: one pattern over the whole line backtracked exponentially on such a line.
test("a long capitalised line that is no byline is read, not stalled on", { timeout: 10_000 }, () => {
  const shout = `By ${"A".repeat(60)}.`;
  assert.deepEqual(buildUnits(docWith("a", shout), 0).map((u) => shout.slice(u.start, u.end)), [shout]);
});

test("a photo caption and its credit make no unit; a report's own sentences about a day do", () => {
  const title = "Storm shuts the harbour\n\n";
  const unitsOf = (line: string, day: string, value: string) => buildUnits(docWith("a", `${title}${line}`, { timexes: [{ text: day, value }] }), 0).filter((u) => u.sentence > 0).length;
  assert.equal(unitsOf("Fishermen unload their catch in Halden on Monday.", "Monday", "2024-03-04"), 0);
  assert.equal(unitsOf("A deckhand waves to passengers at the Skarne terminal on Monday. (AP Photo/Ola Dahl)", "Monday", "2024-03-04"), 0);
  // Told in the past, looking ahead, or placed nowhere: a fact of the report.
  assert.ok(unitsOf("Fishermen unloaded their catch in Halden on Monday.", "Monday", "2024-03-04") > 0);
  assert.ok(unitsOf("The talks resume in Halden on Thursday.", "Thursday", "2024-03-07") > 0);
  assert.ok(unitsOf("The fleet is due to sail from Halden on Monday.", "Monday", "2024-03-04") > 0);
  assert.ok(unitsOf("Fishermen unload their catch on Monday.", "Monday", "2024-03-04") > 0);
});
