import { test } from "node:test";
import assert from "node:assert/strict";
import { inQuotes } from "./quotation.js";

test("words get curly quotes unless they open with a quotation mark of their own", () => {
  assert.equal(inQuotes("the kiln ran cold"), "“the kiln ran cold”");
  assert.equal(inQuotes('"The kiln ran cold."'), '"The kiln ran cold."');
});

test("single opening marks count as the text's own quotation", () => {
  assert.equal(inQuotes("‘The kiln ran cold.’"), "‘The kiln ran cold.’");
});
