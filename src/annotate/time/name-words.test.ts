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

  it("a weekday cut short is a name word before a capitalised word, as a month's abbreviation is; in a dateline it is a date", () => {
    assert.equal(nameAt("Sun Media said the mill would close.", "Sun"), true);
    assert.equal(nameAt("It was first reported by the Sun Herald Group.", "Sun"), true);
    assert.equal(nameAt("Updated Sun, 12 Mar 2023.", "Sun"), false);
    assert.equal(nameAt("The mill shut on Sat Mar 11.", "Sat"), false);
  });
});
