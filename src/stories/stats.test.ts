import { test } from "node:test";
import assert from "node:assert/strict";
import type { ArticleFeatures } from "./features.js";
import { CorpusStats, KEYED_FIELDS } from "./stats.js";

function features(id: string, terms: string[]): ArticleFeatures {
  const empty = () => new Map<string, number>();
  return {
    id,
    terms: new Map(terms.map((t) => [t, 1])),
    lead: empty(),
    names: empty(),
    entities: empty(),
    places: empty(),
    dates: empty(),
    quantities: empty(),
    signature: new Uint32Array(0),
    length: terms.length,
  };
}

test("forgetting an article takes back its counts and frees the keys no article holds any more", () => {
  const stats = new CorpusStats();
  stats.add(features("a", ["harbour", "fire"]));
  stats.add(features("b", ["harbour", "strike"]));
  const idsOf = (terms: string[]) => KEYED_FIELDS.map((field) => (field === "terms" ? terms.map((t) => stats.intern("terms", t)) : []));
  const fireId = stats.intern("terms", "fire");
  stats.forget(idsOf(["harbour", "fire"]));
  assert.equal(stats.size, 1);
  assert.equal(stats.documentFrequency("terms", "harbour"), 1);
  assert.equal(stats.documentFrequency("terms", "fire"), 0);
  assert.equal(stats.changes, 3);
  // The freed id goes to the next new key, so a stream's vocabulary does not grow without end.
  assert.equal(stats.intern("terms", "flood"), fireId);
  assert.equal(stats.documentFrequency("terms", "flood"), 0);
});
