/**
 * Article-pair similarity on SemEval-2022 Task 8 (../shared/corpora/semeval8-dev.jsonl): Pearson
 * correlation of similarity().score with the gold `overall` rating.
 *
 * The gold runs the other way from the score (1 = same story, 4 = unrelated), so the figure is the
 * correlation of the score with (5 - overall); it equals minus the correlation with `overall`.
 *
 * Document frequencies come from the texts of the file itself: all of them counted first (the file
 * is the corpus), or added one pair at a time before the pair is scored (a cold stream, where the
 * first pairs are weighed by a handful of texts), or none at all (every key weighs the same, what
 * `similarity` does on two articles alone).
 *
 *   node --import tsx bench/eval-similarity.ts
 *   node dist/bench/eval-similarity.js
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { annotateStory } from "../src/annotate/pipeline.js";
import { articleFeatures, type ArticleFeatures } from "../src/stories/features.js";
import { pearson } from "../src/stories/metrics.js";
import { SAME_STORY_SCORE, similarity, similarityComponents, type SimilarityComponents } from "../src/stories/similarity.js";
import { CorpusStats, KEYED_FIELDS } from "../src/stories/stats.js";
import { corporaDir } from "./lib/repo.js";
import { fixed, printTable } from "./lib/table.js";

type Pair = { id: string; text1: string; text2: string; overall: number };

/** Undated texts resolve relative dates against this day; features ignore such dates anyway. */
const TODAY = "2000-01-01";

function main(): void {
  const pairs = loadPairs();
  const started = performance.now();
  const features = pairs.map((p) => [featuresOf(`${p.id}/1`, p.text1), featuresOf(`${p.id}/2`, p.text2)] as const);
  const annotateMs = performance.now() - started;
  const gold = pairs.map((p) => 5 - p.overall);

  const streamed = new CorpusStats();
  const withStats = features.map(([a, b]) => {
    streamed.add(a);
    streamed.add(b);
    return similarity(a, b, streamed).score;
  });
  const whole = new CorpusStats();
  for (const [a, b] of features) {
    whole.add(a);
    whole.add(b);
  }
  const withWholeFile = features.map(([a, b]) => similarity(a, b, whole).score);
  const withoutStats = features.map(([a, b]) => similarity(a, b).score);

  console.log(`${pairs.length} pairs (gold overall: 1 = same story .. 4 = unrelated); annotated in ${(annotateMs / 1000).toFixed(1)} s`);
  console.log("Pearson r of similarity().score with (5 - overall), i.e. minus r with overall:\n");
  printTable(
    ["statistics", "Pearson r", "Spearman rho", `same-story accuracy (score >= ${SAME_STORY_SCORE} vs overall <= 2)`],
    [
      ["document frequencies of the whole file", fixed(pearson(withWholeFile, gold), 3), fixed(spearman(withWholeFile, gold), 3), fixed(sameStoryAccuracy(withWholeFile, pairs), 3)],
      ["document frequencies streamed, pair by pair", fixed(pearson(withStats, gold), 3), fixed(spearman(withStats, gold), 3), fixed(sameStoryAccuracy(withStats, pairs), 3)],
      ["none (every key weighs the same)", fixed(pearson(withoutStats, gold), 3), fixed(spearman(withoutStats, gold), 3), fixed(sameStoryAccuracy(withoutStats, pairs), 3)],
    ],
  );

  console.log("\nPearson r of each component alone (document frequencies of the whole file):");
  const components = features.map(([a, b]) => similarityComponents(a, b, whole));
  const names = [...KEYED_FIELDS, "copy"] as (keyof SimilarityComponents)[];
  // A kind of evidence neither text has counts as 0 here.
  printTable(["component", "Pearson r"], names.map((name) => [name, fixed(pearson(components.map((c) => c[name] ?? 0), gold), 3)]));
}

function featuresOf(id: string, text: string): ArticleFeatures {
  return articleFeatures(annotateStory([{ id, text }], { today: TODAY })[0]!);
}

function sameStoryAccuracy(scores: readonly number[], pairs: readonly Pair[]): number {
  let right = 0;
  scores.forEach((score, i) => {
    if (score >= SAME_STORY_SCORE === pairs[i]!.overall <= 2) right++;
  });
  return right / scores.length;
}

function spearman(xs: readonly number[], ys: readonly number[]): number {
  return pearson(ranks(xs), ranks(ys));
}

/** Ranks with ties given their mean rank. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2;
    i = j + 1;
  }
  return out;
}

function loadPairs(): Pair[] {
  return readFileSync(join(corporaDir(), "semeval8-dev.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Pair);
}

main();
