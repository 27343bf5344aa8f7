import { test } from "node:test";
import assert from "node:assert/strict";
import { nlp } from "./nlp.js";
import { placeBySpaces, placeInText, tokenStage } from "./tokens.js";
import { emptyDoc } from "./doc.js";

function tokenize(text: string) {
  const doc = emptyDoc({ id: "t", text });
  tokenStage.run(doc);
  return doc;
}

test("token offsets round-trip into the text", () => {
  const text = "The council met on Friday.\n\nIt voted 7–2 to close the “old” bridge, officials said.";
  const doc = tokenize(text);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(doc.tokens.some((t) => t.text === "bridge"));
});

test("a clock time such as 2.30am stays one token", () => {
  const doc = tokenize("The fire started at 2.30am near the port.");
  assert.ok(doc.tokens.some((t) => t.text === "2.30am"), doc.tokens.map((t) => t.text).join("|"));
});

test("line breaks end sentences and blank lines start paragraphs", () => {
  const text = "Storm hits coast\nThe storm reached the coast on Monday. Roads closed.\n\nA second paragraph.";
  const doc = tokenize(text);
  const sentences = doc.sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sentences, ["Storm hits coast", "The storm reached the coast on Monday.", "Roads closed.", "A second paragraph."]);
  assert.equal(doc.sentences[0]?.paragraph, 0);
  assert.equal(doc.sentences[3]?.paragraph, 2);
});

test("a sentence ending inside doubled closing apostrophes keeps both marks", () => {
  const text = "''The kiln cracked.'' She swept the floor.";
  const doc = tokenize(text);
  assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), ["''The kiln cracked.''", "She swept the floor."]);
  // Closing the text, the second mark is no sentence of its own.
  const last = "The potter said ''The glaze ran.''";
  assert.deepEqual(tokenize(last).sentences.map((s) => last.slice(s.start, s.end)), [last]);
});

test("typographic apostrophes are folded in norm", () => {
  const doc = tokenize("He didn’t say.");
  assert.ok(doc.tokens.some((t) => t.norm === "n't"), doc.tokens.map((t) => t.norm).join("|"));
});

test("a clock time ending a sentence keeps its full stop apart and does not split the sentence", () => {
  const text = "The alarm sounded at 4.15am. Crews arrived at 2.30am.";
  const doc = tokenize(text);
  const words = doc.tokens.map((t) => t.text);
  assert.ok(words.includes("4.15am") && words.includes("2.30am"), words.join("|"));
  assert.deepEqual(doc.sentences.map((s) => text.slice(s.start, s.end)), ["The alarm sounded at 4.15am.", "Crews arrived at 2.30am."]);
});

test("offsets stay exact after characters wink drops from its tokens (BOM, form feed, ideographic space)", () => {
  // wink's values and spaces leave these out, so summing them drifts; every span must still round-trip.
  for (const odd of ["\uFEFF", "\f", "\u3000", "\u2028", "\v"]) {
    const text = `Mayor Ann Lee spoke.${odd}\n\nThe council met${odd} on Friday in Oslo.`;
    const doc = tokenize(text);
    for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text, JSON.stringify(odd));
    const oslo = doc.tokens.find((t) => t.text === "Oslo");
    assert.equal(oslo?.start, text.indexOf("Oslo"), JSON.stringify(odd));
    assert.equal(doc.sentences.length, 2, JSON.stringify(odd));
  }
});

test("placing tokens by the text agrees with summing wink's spaces where wink keeps every character", () => {
  const text = "First line\r\n\tSecond\u00A0line  with  gaps.\n\n\nThird   para .\n";
  const its = nlp().its;
  const tokens = nlp().readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const bySpaces = placeBySpaces(values, tokens.out(its.precedingSpaces) as string[]);
  assert.deepEqual(placeInText(text, values), bySpaces);
  assert.ok(bySpaces.breaks.some((b) => b >= 3), "blank lines are counted");
});

test("placing tokens by the text gives up when a token is not where wink says", () => {
  assert.equal(placeInText("alpha beta", ["alpha", "gamma"]), null);
});

test("a decimal hyphened to a word stays one number in one sentence", () => {
  const doc = emptyDoc({ id: "t", text: "A magnitude-6.0 quake can cause severe damage. Nobody was hurt." });
  tokenStage.run(doc);
  assert.deepEqual(doc.tokens.slice(1, 4).map((t) => [t.text, t.pos]), [["magnitude", "NOUN"], ["-", "PUNCT"], ["6.0", "NUM"]]);
  assert.equal(doc.sentences.length, 2);
  for (const t of doc.tokens) assert.equal(doc.article.text.slice(t.start, t.end), t.text);
});

test("a negation whose apostrophe was spaced out ('didn ’ t') is split as wink splits 'didn't'", () => {
  const doc = emptyDoc({ id: "t", text: "The mayor didn ’ t comment and the ferry hadn ' t sailed. It wasn ’ t. Crews were busy." });
  tokenStage.run(doc);
  const negations = doc.tokens.filter((t) => t.norm === "n't");
  assert.deepEqual(negations.map((t) => [t.text, t.lemma]), [["n ’ t", "not"], ["n ' t", "not"], ["n ’ t", "not"]]);
  assert.deepEqual(doc.tokens.filter((t) => t.pos === "AUX" && ["do", "have", "be"].includes(t.lemma)).map((t) => t.text).slice(0, 3), ["did", "had", "was"]);
  assert.equal(doc.sentences.length, 3);
  for (const t of doc.tokens) assert.equal(doc.article.text.slice(t.start, t.end), t.text);
});

test("a possessive splits the same whatever the process read before", () => {
  const words = (text: string) => tokenize(text).tokens.map((t) => `${t.text}/${t.pos}`);
  // wink keeps "Varga's" whole before a comma, and then in every later text it reads.
  assert.deepEqual(words("His plan mattered more than Varga's, the pilots said.").slice(4, 7), ["than/ADP", "Varga/PROPN", "'s/PART"]);
  assert.deepEqual(words("Mrs. Varga's plan was read aloud.").slice(1, 3), ["Varga/PROPN", "'s/PART"]);
  assert.deepEqual(words("The harbour’s pilots left.").slice(1, 3), ["harbour/NOUN", "’s/PART"]);
});

test("one text needing several rare repairs gets each of them", () => {
  const doc = emptyDoc({ id: "t", text: "A magnitude-6.0 quake hit more than Varga's, and the ferry hadn ’ t sailed. Crews were busy." });
  tokenStage.run(doc);
  const texts = doc.tokens.map((t) => t.text);
  for (const piece of ["magnitude", "6.0", "Varga", "'s", "had", "n ’ t"]) assert.ok(texts.includes(piece), piece);
  for (const t of doc.tokens) assert.equal(doc.article.text.slice(t.start, t.end), t.text);
});

test("a word garbled by UTF-8 read as Latin-1 stays one token, composed or decomposed", () => {
  for (const name of ["Mu\u00C3\u00B1oz", "MuA\u0303\u00B1oz", "Mu\u00C3\u0083\u00C2\u00B1oz"]) {
    const doc = tokenize(`The ferry captain, ${name}, left early.`);
    assert.ok(doc.tokens.some((t) => t.text === name), doc.tokens.map((t) => t.text).join("|"));
    assert.ok(doc.tokens.some((t) => t.text === ","));
  }
});

test("a degree such as Ph.D. stays one token and ends no sentence", () => {
  const text = "Milo Grant, who holds a Ph.D. in soil science, planted beans. Two Ed.D.s ran the farm.";
  const doc = tokenize(text);
  assert.deepEqual(
    doc.sentences.map((s) => text.slice(s.start, s.end)),
    ["Milo Grant, who holds a Ph.D. in soil science, planted beans.", "Two Ed.D.s ran the farm."],
  );
  assert.ok(doc.tokens.some((t) => t.text === "Ph.D." && t.pos === "NOUN"));
  assert.ok(doc.tokens.some((t) => t.text === "Ed.D.s"));
});

test("a sentence-final 'no.' loses its full stop to a token of its own; a number keeps its own", () => {
  const words = (text: string) => tokenize(text).tokens.map((t) => t.text);
  assert.deepEqual(words("Pia put down the oar and answered no. Then she left."), ["Pia", "put", "down", "the", "oar", "and", "answered", "no", ".", "Then", "she", "left", "."]);
  assert.ok(words("Track no. 4 was the best.").includes("no."));
});

test("\"I'm\" splits into the pronoun and its verb, so that a speaker there is \"I\"", () => {
  const doc = tokenize("All I’m asking is a dry tent, and I'm glad.");
  const words = doc.tokens.map((t) => `${t.text}/${t.pos}`);
  assert.ok(words.includes("I/PRON") && words.includes("’m/AUX") && words.includes("'m/AUX"), words.join("|"));
});
