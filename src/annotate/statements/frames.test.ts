import { test } from "node:test";
import assert from "node:assert/strict";
import { statementOf } from "./testing.js";

test("the subject of 'is convinced', 'are worried about' holds the view; 'is expected' names no one", () => {
  const convinced = statementOf("Lund is convinced that the ferry will sail.", "is convinced");
  assert.equal(convinced.speaker?.mention?.text, "Lund");
  assert.equal(convinced.content.text, "that the ferry will sail");
  const worried = statementOf("The pilots are worried about the short runway.", "are worried about");
  assert.equal(worried.speaker?.mention?.text, "The pilots");
  assert.equal(worried.content.text, "the short runway");
  assert.equal(statementOf("The mayor is expected to resign.", "is expected").speaker, null);
});

test("an 'according to' source stops at a spaced dash that opens the writer's aside", () => {
  const s = statementOf("Fees rose by a tenth, according to the harbour board - the steepest rise in years.", "according to");
  assert.equal(s.speaker?.mention?.text, "the harbour board");
});

test("a cue in an opening 'When' clause reports up to the comma that closes it, past the commas of an appositive subject", () => {
  const s = statementOf("When the port director, Ole Brandt, said on Friday that the cranes were idle, the dockers walked out.", "said");
  assert.equal(s.speaker?.mention?.text, "the port director, Ole Brandt,");
  assert.equal(s.content.text, "that the cranes were idle");
  assert.equal(statementOf("When Ole Brandt said that the cranes were idle, the dockers walked out.", "said").content.text, "that the cranes were idle");
});

test("'..., and as X showed, ...' sets the cue inside the clause it reports", () => {
  const s = statementOf("Tolls keep rising, and as the flood in Dover, Del., showed, the levees are too low.", "showed");
  assert.equal(s.speaker?.mention?.text, "the flood in Dover, Del.,");
  assert.equal(s.rule, "statements/parenthetical-cue");
});

test("a capitalised verb ending a name before 'said' is no cue: 'chief executive Ole Read said'", () => {
  const s = statementOf("In a call with pilots Monday, harbour chief executive Ole Read said ship owners had paid attention to the levy.", "said");
  assert.equal(s.speaker?.mention?.text, "harbour chief executive Ole Read");
});

test("a passive's agent closing the sentence keeps its indefinite appositive: 'reported by Ole Lund, a reporter for ...'", () => {
  const s = statementOf("The leak was first reported by Ole Lund, a reporter for the harbour gazette.", "was first reported");
  assert.equal(s.speaker?.mention?.text, "Ole Lund, a reporter for the harbour gazette");
});

test("a passive's agent keeps the phrases that place or count it, not the channel: 'endorsed by the 500 people in the hall'", () => {
  assert.equal(statementOf("The plan was endorsed by the 500 people in the hall, who cheered.", "was endorsed").speaker?.mention?.text, "the 500 people in the hall");
  assert.equal(statementOf("The mayor has been criticized by some of her rivals for the delay.", "has been criticized").speaker?.mention?.text, "some of her rivals");
});
