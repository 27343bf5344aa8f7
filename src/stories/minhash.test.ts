import assert from "node:assert/strict";
import { test } from "node:test";
import type { Token } from "../model/types.js";
import { estimatedJaccard, LshIndex, minhashSignature, wordShingles } from "./minhash.js";

function tokens(text: string): Token[] {
  let offset = 0;
  return text.split(" ").filter(Boolean).map((word) => {
    const start = text.indexOf(word, offset);
    offset = start + word.length;
    return { start, end: offset, text: word, norm: word.toLowerCase(), lemma: word.toLowerCase(), pos: "NOUN", sentence: 0 };
  });
}

const BASE =
  "the harbour authority closed the northern pier after a crane collapsed onto two fishing boats early on tuesday " +
  "and divers searched the water for a missing deckhand while engineers inspected the remaining cranes along the quay";

function signatureOf(text: string): Uint32Array {
  return minhashSignature(wordShingles(tokens(text), 3));
}

test("estimated Jaccard: 1 for the same text, near 0 for unrelated texts, in between for an edit", () => {
  const same = estimatedJaccard(signatureOf(BASE), signatureOf(BASE));
  const edited = estimatedJaccard(signatureOf(BASE), signatureOf(BASE.replace("early on tuesday", "late on monday")));
  const other = estimatedJaccard(signatureOf(BASE), signatureOf("voters in the hill districts chose a new mayor by a narrow margin after three recounts and a long night of waiting"));
  assert.equal(same, 1);
  assert.ok(edited > 0.5 && edited < 1, `edited ${edited}`);
  assert.ok(other < 0.1, `other ${other}`);
});

test("an empty text matches nothing", () => {
  assert.equal(estimatedJaccard(signatureOf(""), signatureOf("")), 0);
});

test("LSH finds a light rewrite and not an unrelated text", () => {
  const index = new LshIndex();
  index.add(0, signatureOf(BASE));
  index.add(1, signatureOf("voters in the hill districts chose a new mayor by a narrow margin after three recounts and a long night of waiting"));
  index.add(2, signatureOf(BASE.replace("the remaining cranes", "the other cranes")));
  const found = index.query(signatureOf(BASE.replace("two fishing boats", "two small fishing boats")));
  assert.ok(found.has(0) && found.has(2), [...found].join(","));
  assert.equal(found.has(1), false);
});

test("LSH: a removed item is found no more, the others still are", () => {
  const index = new LshIndex();
  const signature = signatureOf(BASE);
  index.add(0, signature);
  index.add(1, signatureOf(BASE.replace("the remaining cranes", "the other cranes")));
  index.add(2, signature);
  index.remove(0, signature);
  const found = index.query(signature);
  assert.equal(found.has(0), false);
  assert.ok(found.has(1) && found.has(2), [...found].join(","));
  index.remove(2, signature);
  index.remove(1, signatureOf(BASE.replace("the remaining cranes", "the other cranes")));
  assert.equal(index.query(signature).size, 0);
});
