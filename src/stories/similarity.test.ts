import assert from "node:assert/strict";
import { test } from "node:test";
import { compactArticle, compactComponents } from "./compact.js";
import { articleFeatures, type ArticleFeatures } from "./features.js";
import { annotated, MILL_FIRE, MILL_FIRE_COPY, SCHOOL_FIRE, UNRELATED } from "./fixtures.js";
import { combineComponents, similarity, similarityComponents } from "./similarity.js";
import { CorpusStats } from "./stats.js";

const mill = annotated(MILL_FIRE, "mill").map(articleFeatures);
const school = annotated(SCHOOL_FIRE, "school").map(articleFeatures);
const other = annotated(UNRELATED, "other").map(articleFeatures);
const [millCopy] = annotated([MILL_FIRE_COPY], "copy").map(articleFeatures);
const all = [...mill, ...school, ...other, millCopy as ArticleFeatures];
const stats = new CorpusStats();
for (const f of all) stats.add(f);

const score = (a: ArticleFeatures, b: ArticleFeatures, s: CorpusStats | undefined = stats) => similarity(a, b, s).score;
const [mill1, mill2, mill3] = mill as [ArticleFeatures, ArticleFeatures, ArticleFeatures];
const [school1] = school as [ArticleFeatures];
const [football] = other as [ArticleFeatures];

test("an article is wholly similar to itself, with or without statistics", () => {
  assert.ok(Math.abs(score(mill1, mill1) - 1) < 1e-9);
  assert.ok(Math.abs(score(mill1, mill1, undefined) - 1) < 1e-9);
});

test("scores lie in [0, 1] and do not depend on argument order", () => {
  for (const a of all) {
    for (const b of all) {
      const ab = score(a, b);
      assert.ok(ab >= 0 && ab <= 1, `${a.id} ${b.id} ${ab}`);
      assert.ok(Math.abs(ab - score(b, a)) < 1e-12);
    }
  }
});

test("same event above same kind of event above unrelated news", () => {
  const sameEvent = Math.min(score(mill1, mill2), score(mill1, mill3), score(mill2, mill3));
  const sameKind = Math.max(...mill.flatMap((m) => school.map((s) => score(m, s))));
  const unrelated = Math.max(...[...mill, ...school].flatMap((m) => other.map((o) => score(m, o))));
  assert.ok(sameEvent > sameKind, `same event ${sameEvent} vs same kind ${sameKind}`);
  assert.ok(sameKind > unrelated, `same kind ${sameKind} vs unrelated ${unrelated}`);
});

test("sameStory: reports of one event yes, another fire or a football match no", () => {
  assert.equal(similarity(mill1, mill2, stats).sameStory, true, String(score(mill1, mill2)));
  assert.equal(similarity(mill1, school1, stats).sameStory, false, String(score(mill1, school1)));
  assert.equal(similarity(mill1, football, stats).sameStory, false);
});

test("a light rewrite scores well above other reports of the event, and its shingles agree", () => {
  const copy = millCopy as ArticleFeatures;
  assert.ok(score(mill1, copy) > 0.8, String(score(mill1, copy)));
  assert.ok(score(mill1, copy) > score(mill1, mill2) + 0.1);
  assert.ok(similarityComponents(mill1, copy, stats).copy > 0.5);
  assert.ok(similarityComponents(mill1, mill2, stats).copy < 0.3);
});

test("a kind of evidence neither article has is left out, not counted as disagreement", () => {
  const components = similarityComponents(mill1, mill2, stats);
  assert.equal(components.dates, undefined, "neither report states a calendar date");
  assert.ok(components.terms !== undefined && components.names !== undefined);
  assert.equal(combineComponents({ copy: 0, terms: 0.25 }), 0.5);
});

test("document frequencies: a shared rare name counts for more than a shared common word", () => {
  const background = new CorpusStats();
  for (const f of all) background.add(f);
  // "fire" is in six of the nine articles, "Okonkwo" in three: sharing her is stronger evidence.
  assert.ok(background.idf("terms", "okonkwo") > background.idf("terms", "fire"));
  assert.ok(background.documentFrequency("terms", "fire") >= 6);
});

test("the grouper's compact vectors give the same score as similarity()", () => {
  const compact = all.map((f) => compactArticle(f, stats));
  for (let i = 0; i < all.length; i++) {
    for (let j = 0; j < all.length; j++) {
      const expected = score(all[i]!, all[j]!);
      const actual = combineComponents(compactComponents(compact[i]!, compact[j]!, stats));
      assert.ok(Math.abs(expected - actual) < 1e-5, `${all[i]!.id} ${all[j]!.id}: ${expected} vs ${actual}`);
    }
  }
});
