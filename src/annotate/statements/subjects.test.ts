import { test } from "node:test";
import assert from "node:assert/strict";
import { speakerOf } from "./testing.js";

test("a subject that names no one keeps its appositive description: 'Two surveys, a decade apart, suggest'", () => {
  assert.equal(speakerOf("Two past surveys, a decade apart, suggest the ferry is late.", "suggest"), "Two past surveys, a decade apart,");
});

test("a capitalised name word wink tags as a verb stays in an inverted speaker: 'said Linda Hill, the mayor of Fort Pierce'", () => {
  assert.equal(speakerOf("“The ferry is late,” said Linda Hill, the mayor of Fort Pierce.", "said"), "Linda Hill, the mayor of Fort Pierce");
  assert.equal(speakerOf("“The ferry is late,” said Will Berg.", "said"), "Will Berg");
});

test("a name word wink tags as a verb stays in a subject on the left: 'Judicial Watch President Ann Berg said'", () => {
  assert.equal(speakerOf("Judicial Watch President Ann Berg said the ferry was late.", "said"), "Judicial Watch President Ann Berg");
});

test("the time a poll was taken stays in its speaker; the time a person spoke does not", () => {
  assert.equal(speakerOf("A harbour poll last week found the ferry was late.", "found"), "A harbour poll last week");
  assert.equal(speakerOf("Lund on Tuesday said the ferry was late.", "said"), "Lund");
});

test("a 'which' clause reporting a speech act of its own stays out of the speaker: 'The Herald, which first said ..., said'", () => {
  assert.equal(speakerOf("The Herald, which originally said it would ignore the race, said it would cover the ferry.", "said"), "The Herald");
});

test("after an inverted cue a 'who' clause that says something of its own stays out of the speaker; other descriptions stay in", () => {
  assert.equal(speakerOf("“The dam will hold,” said Ann Berg, who said the gates were shut.", "said"), "Ann Berg");
  assert.equal(speakerOf("“The dam will hold,” said Ann Berg, who runs the harbour.", "said"), "Ann Berg, who runs the harbour");
});
