// Sanity check of the entity layer on real text: prints the entities of a sample of articles for a
// reader to judge (there is no entity gold), and times the stage against wink-nlp's readDoc.
//
//   node dist/bench/entities-sample.js [--n 6] [--seed 1] [--corpus polnear|ecbplus|seeds] [--speed-only]
//
// Texts are read from ../shared/corpora and never copied into the repository. "polnear" is the train split: a
// sample printed for a reader is read, and dev stays unread so that its figures remain held out.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { emptyDoc } from "../src/annotate/doc.js";
import { entityStage } from "../src/annotate/entities.js";
import { nlp } from "../src/annotate/nlp.js";
import { tokenStage } from "../src/annotate/tokens.js";
import type { AnnotatedDoc, Article, Entity } from "../src/model/types.js";
import { loadCorpus } from "./lib/corpora.js";
import { corporaDir } from "./lib/repo.js";

const LIMIT = Number(option("chars", "1200"));

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function readSeeds(): Article[] {
  const dir = join(corporaDir(), "seeds");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ id: f, text: readFileSync(join(dir, f), "utf8") }));
}

/** A small deterministic generator, so that a sample can be repeated. */
function sampler(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const random = sampler(seed);
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < n && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return chosen;
}

function tokenised(article: Article): AnnotatedDoc {
  const doc = emptyDoc(article);
  tokenStage.run(doc);
  return doc;
}

function describe(entity: Entity): string {
  const canonical = entity.canonical !== entity.text ? ` => ${entity.canonical}` : "";
  const role = entity.role ? `  [role: ${entity.role.text}]` : "";
  return `  ${entity.type.padEnd(12)} ${JSON.stringify(entity.text)}${canonical}  (${entity.rule})${role}`;
}

function printSample(articles: readonly Article[]): void {
  for (const article of articles) {
    const doc = tokenised(article);
    entityStage.run(doc);
    console.log(`\n=== ${article.id} (${doc.tokens.length} tokens, ${doc.entities.length} entities)`);
    console.log(article.text.slice(0, LIMIT).replace(/\n+/g, " / "));
    console.log("---");
    for (const entity of doc.entities) {
      if (article.text.slice(entity.start, entity.end) !== entity.text) console.log("  !! OFFSET MISMATCH", entity);
      if (entity.start >= LIMIT) continue;
      console.log(describe(entity));
    }
  }
}

/** Milliseconds of one run, the fastest of several: the machine is shared, so the minimum is the least noisy. */
function fastest(runs: readonly (() => void)[], rounds: number): number[] {
  const best = runs.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    runs.forEach((run, k) => {
      const start = performance.now();
      run();
      best[k] = Math.min(best[k] as number, performance.now() - start);
    });
  }
  return best;
}

function printSpeed(articles: readonly Article[]): void {
  const docs = articles.map(tokenised);
  const tokens = docs.reduce((sum, d) => sum + d.tokens.length, 0);
  const [readDocMs = 0, entityMs = 0] = fastest(
    [
      () => {
        for (const article of articles) nlp().readDoc(article.text);
      },
      () => {
        for (const doc of docs) entityStage.run(doc);
      },
    ],
    Number(option("rounds", "9")),
  );
  const entities = docs.reduce((sum, d) => sum + d.entities.length, 0);
  const perDoc = (ms: number) => (ms / articles.length).toFixed(3);
  console.log(`\n${articles.length} docs, ${tokens} tokens, ${entities} entities (fastest of the rounds)`);
  console.log(`wink readDoc : ${perDoc(readDocMs)} ms/doc`);
  console.log(`entity stage : ${perDoc(entityMs)} ms/doc  (${(entityMs / readDocMs).toFixed(2)}x readDoc, ${Math.round((tokens / entityMs) * 1000)} tokens/s)`);
}

const corpus = option("corpus", "polnear");
const n = Number(option("n", "6"));
const seed = Number(option("seed", "1"));
const articles = corpus === "seeds" ? readSeeds() : loadCorpus(corpus === "ecbplus" ? "ecbplus-dev" : "polnear-train");
if (!process.argv.includes("--speed-only")) printSample(corpus === "seeds" ? articles : sample(articles, n, seed));
printSpeed(articles);
