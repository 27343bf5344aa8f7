import { test } from "node:test";
import assert from "node:assert/strict";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { DOCUMENTS_PER_INSTANCE, memoizeLemmatize, nlp, readDocument } from "./nlp.js";

const SENTENCES = [
  "The drones happened to strike twice, and officials denied that anyone was killed.",
  "She said the bigger buildings were burning while firefighters carried injured children out.",
  "Prices rose faster than wages; the happiest voters studied the hardest questions.",
  "He had been hiding the boxes, and the wolves were running toward the cities.",
];

function lemmas(instance: ReturnType<typeof winkNLP>, text: string): string[] {
  const its = instance.its;
  return instance.readDoc(text).tokens().out(its.lemma as unknown as typeof its.value) as string[];
}

test("lemmas through the shared instance equal plain wink's, on first reading and on repeats", () => {
  const plain = winkNLP(model, ["sbd", "pos"]);
  for (let round = 0; round < 2; round++) {
    for (const text of SENTENCES) assert.deepEqual(lemmas(nlp(), text), lemmas(plain, text), text);
  }
});

test("the lemma keys the compare layer relies on", () => {
  const words = new Map(SENTENCES.flatMap((text) => {
    const its = nlp().its;
    const doc = nlp().readDoc(text).tokens();
    const values = doc.out(its.value) as string[];
    const found = lemmas(nlp(), text);
    return values.map((v, i) => [v, found[i] as string] as const);
  }));
  for (const [word, lemma] of [["happened", "happen"], ["denied", "deny"], ["said", "say"], ["killed", "kill"], ["drones", "drone"], ["carried", "carry"], ["wolves", "wolf"]]) {
    assert.equal(words.get(word as string), lemma, word);
  }
});

test("the memory answers a repeated question without asking again, and only for lemmatized parts of speech", () => {
  const asked: string[] = [];
  const lemmatize = memoizeLemmatize((value, pos) => {
    asked.push(`${value}/${pos}`);
    return `${value}-${pos}`;
  });
  assert.equal(lemmatize("ran", "VERB", null), "ran-VERB");
  assert.equal(lemmatize("ran", "VERB", null), "ran-VERB");
  assert.equal(lemmatize("ran", "NOUN", null), "ran-NOUN");
  assert.equal(lemmatize("the", "DET", null), "the-DET");
  assert.equal(lemmatize("the", "DET", null), "the-DET");
  assert.deepEqual(asked, ["ran/VERB", "ran/NOUN", "the/DET", "the/DET"]);
});

test("a fresh instance takes over after its share of documents, and reads a text as the old one did", () => {
  const text = "Zorbov Kwint told the Plavnik council on 4,521 occasions that the bridges were failing.";
  const read = (doc: ReturnType<typeof readDocument>) => {
    const its = nlp().its;
    const tokens = doc.tokens();
    return [tokens.out(its.value), tokens.out(its.pos), tokens.out(its.lemma as unknown as typeof its.value)];
  };
  const first = read(readDocument(text));
  const before = nlp();
  // Words the model lacks, as a feed brings them; they are what makes an old instance large.
  for (let i = 0; i < DOCUMENTS_PER_INSTANCE; i++) readDocument(`Quilmar${i} met Ostrev${i}.`);
  assert.notEqual(nlp(), before);
  assert.deepEqual(read(readDocument(text)), first);
});
