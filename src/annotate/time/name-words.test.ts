import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isNameTimeWord } from "./name-words.js";

/** Is the first "May" (or other word `word`) in `text` read as part of a name? */
function nameAt(text: string, word = "May"): boolean {
  const start = text.indexOf(word);
  return isNameTimeWord(text, start, start + word.length);
}

describe("isNameTimeWord", () => {
  it("a month with an age after it ends a name of unknown given names", () => {
    assert.equal(nameAt("Tun Aung May, 41, a teacher, said the school shut."), true);
    assert.equal(nameAt("Kyaw Lin June, 35, said so.", "June"), true);
  });

  it("a month after a time word or a date preposition stays a date even before a number", () => {
    assert.equal(nameAt("The vote was held in May, 12, or so people came."), false);
    assert.equal(nameAt("Friday May, 12, was the day."), false);
    assert.equal(nameAt("Tun Aung May 41 said so."), false);
  });
});
