import { test } from "node:test";
import assert from "node:assert/strict";
import { quote } from "./findings.js";

test("a summary quotes plain words in curly quotes, but a direct quote keeps its own marks and gets no second pair", () => {
  assert.equal(quote("the kiln ran cold"), "“the kiln ran cold”");
  assert.equal(quote('"The kiln ran cold," she said.'), '"The kiln ran cold," she said.');
  assert.equal(quote('"The kiln ran cold all winter long," she said.', 20), '"The kiln ran cold…');
  assert.equal(quote("‘The kiln ran cold,’ she said."), "‘The kiln ran cold,’ she said.");
});
