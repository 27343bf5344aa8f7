// Trains the cue model (src/annotate/statements/cue-model.ts) on PolNeAR train and writes its weights to
// src/annotate/statements/cue-model-weights.ts. Dev is never read.
//
//   node --import tsx bench/train-cue-model.ts            # cross-validate, pick the threshold, write weights
//   node --import tsx bench/train-cue-model.ts --dry      # cross-validate only
//   --keep-only      write the hand-draft filter alone: no candidate verb is taken (see below)
//   --max-keep X (0.1)  the highest keep threshold tried (see below)
//   --exact-cue      count a draft right only when its cue span is exact too
//   --epochs N (12)  --l2 X (1e-4)  --min-count N (6)
//
// A candidate is a verb no hand rule takes, for which the frame code builds a draft. It is positive when a
// gold attribution's cue holds the verb and the draft's content overlaps that attribution's content: the
// model learns which drafts would be right, not merely which verbs are cues. The threshold is chosen by
// cross-validation over two halves of the documents (each half scored by the model trained on the other),
// maximising the sum of speaker-exact, cue-exact and content-overlap F1 of the whole statement stage.
// The same model judges the hand rules' own drafts, and drops those it finds unlikely (the "keep" threshold).
//
// The weights in the repository are written with --keep-only. Taking candidate verbs adds little under
// cross-validation (+0.003 to the F1 sum, cue F1 unchanged) and takes acts for statements where a lexical
// weight outvotes the sentence ("voters lined up at the hall to see Lund": voters often endorse, and
// "lined up behind" does); dropping unlikely hand drafts adds +0.010 at keep 0.1, +0.014 at 0.2. Above 0.1
// the filter overturns constructions the unit tests pin down on purpose ("Berg seemed to recognize the
// weight of the vote", "The plan was found to be flawed": weak cues on PolNeAR, so about 0.13), and it
// may not: the hand rules decide what can be a statement, the model only which doubtful reading to drop.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultStages } from "../src/annotate/pipeline.js";
import { handDrafts, statementsOf } from "../src/annotate/statements.js";
import { type AttributionContext, buildContext } from "../src/annotate/statements/context.js";
import { type CueModel, candidates, FeatureNames, type Origin, probability } from "../src/annotate/statements/cue-model.js";
import type { Entity, Statement, Token } from "../src/model/types.js";
import { readFlags } from "./lib/args.js";
import { type GoldAttribution, loadPolnear, match, overlap, type Offsets, tokenisedPolnearDoc } from "./lib/attribution.js";
import { repoRoot } from "./lib/repo.js";
import { seededRng, shuffled } from "./lib/rng.js";
import { fixed, printTable } from "./lib/table.js";

type Doc = { ctx: AttributionContext; entities: readonly Entity[]; gold: GoldAttribution[] };
type Example = { origin: Origin; features: string[]; label: 0 | 1 };

function readDocs(): Doc[] {
  return loadPolnear("train").records.map((r) => {
    const doc = tokenisedPolnearDoc(r);
    for (const stage of defaultStages) if (stage.name !== "statements") stage.run(doc);
    return { ctx: buildContext(doc), entities: doc.entities, gold: r.attributions };
  });
}

const same = (a: Offsets | null, b: Offsets | null): boolean => a !== null && b !== null && a.start === b.start && a.end === b.end;
const holds = (span: Offsets | null, t: Token): boolean => span !== null && span.start <= t.start && t.end <= span.end;

/** With exactCue, a candidate's draft is right only when its cue span is the gold one too. */
function examplesOf(d: Doc, exactCue: boolean): Example[] {
  const { cues, drafts } = handDrafts(d.ctx);
  return candidates(d.ctx, d.entities, cues, drafts, () => new FeatureNames()).map((c) => {
    const head = d.ctx.tokens[c.draft.head] as Token;
    const cue = { start: (d.ctx.tokens[c.draft.cue.first] as Token).start, end: (d.ctx.tokens[c.draft.cue.last] as Token).end };
    const strict = exactCue && c.origin === "learned";
    const right = d.gold.some((g) => g.content && holds(g.cue, head) && overlap(c.draft.content, g.content) > 0 && (!strict || same(cue, g.cue)));
    return { origin: c.origin, features: c.features.names, label: right ? 1 : 0 };
  });
}

/** Logistic regression by stochastic gradient descent with L2 decay, over features seen at least minCount times. */
function train(examples: readonly Example[], epochs: number, l2: number, minCount: number): CueModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [f, n] of counts) if (n >= minCount) weights.set(f, 0);
  let order = examples.map((_, i) => i);
  const random = seededRng(1);
  for (let epoch = 0; epoch < epochs; epoch++) {
    order = shuffled(random, order);
    const rate = 0.2 / (1 + epoch);
    for (const k of order) {
      const e = examples[k] as Example;
      const present = e.features.filter((f) => weights.has(f));
      let z = 0;
      for (const f of present) z += weights.get(f) as number;
      const gradient = 1 / (1 + Math.exp(-z)) - e.label;
      for (const f of present) {
        const w = weights.get(f) as number;
        weights.set(f, w - rate * (gradient + l2 * w));
      }
    }
  }
  const rounded: { [feature: string]: number } = {};
  for (const [f, w] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(w) >= 0.05) rounded[f] = Math.round(w * 100) / 100;
  return { threshold: 0.5, keep: 0, weights: rounded };
}

type Counts = { tp: number; predicted: number; gold: number };

function f1(c: Counts): number {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Speaker exact, cue exact and content overlap counts of the whole statement stage, as the eval scores them. */
function score(docs: readonly Doc[], modelFor: (i: number) => CueModel): { speaker: Counts; cue: Counts; content: Counts } {
  const speaker = { tp: 0, predicted: 0, gold: 0 };
  const cue = { tp: 0, predicted: 0, gold: 0 };
  const content = { tp: 0, predicted: 0, gold: 0 };
  docs.forEach((d, i) => {
    const statements: Statement[] = statementsOf(d.ctx, d.entities, modelFor(i));
    for (const s of statements) {
      cue.predicted++;
      content.predicted++;
      if (s.speaker) speaker.predicted++;
    }
    for (const g of d.gold) {
      if (g.source) speaker.gold++;
      if (g.cue) cue.gold++;
      if (g.content) content.gold++;
    }
    for (const [p, j] of match(statements, d.gold)) {
      const s = statements[p] as Statement;
      const g = d.gold[j] as GoldAttribution;
      content.tp++;
      if (same(s.cue, g.cue)) cue.tp++;
      if (s.speaker && same(s.speaker.mention, g.source)) speaker.tp++;
    }
  });
  return { speaker, cue, content };
}

/** Area under the ROC curve: how well the scores rank right drafts above wrong ones. */
function auc(scored: readonly { label: 0 | 1; p: number }[]): number {
  const sorted = [...scored].sort((a, b) => a.p - b.p);
  let rankSum = 0;
  let positives = 0;
  sorted.forEach((e, r) => {
    if (e.label === 1) {
      rankSum += r + 1;
      positives++;
    }
  });
  const negatives = sorted.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

function main(): void {
  const flags = readFlags();
  const epochs = flags.number("epochs", 12);
  const l2 = flags.number("l2", 1e-4);
  const minCount = flags.number("min-count", 6);
  const maxKeep = flags.number("max-keep", 0.1);
  const docs = readDocs();
  const examples = docs.map((d) => examplesOf(d, flags.has("exact-cue")));
  const positives = examples.flat().filter((e) => e.label === 1).length;
  console.log(`${docs.length} docs, ${examples.flat().length} candidates, ${positives} right drafts among them`);
  // Two halves of the documents, each scored by a model trained on the other.
  const half = (i: number) => i % 2;
  const models = [0, 1].map((h) => train(examples.filter((_, i) => half(i) !== h).flat(), epochs, l2, minCount));
  const heldOut = examples.map((list, i) => list.map((e) => ({ origin: e.origin, label: e.label, p: probability(models[half(i)] as CueModel, e.features) }))).flat();
  for (const origin of ["hand", "learned"] as const) console.log(`held-out AUC, ${origin} drafts: ${fixed(auc(heldOut.filter((e) => e.origin === origin)), 3)}`);
  const rows: (string | number)[][] = [];
  let best = { threshold: 2, keep: 0, sum: -1 };
  const trial = (threshold: number, keep: number) => {
    const s = score(docs, (i) => ({ ...(models[half(i)] as CueModel), threshold, keep }));
    const sum = f1(s.speaker) + f1(s.cue) + f1(s.content);
    if (sum > best.sum) best = { threshold, keep, sum };
    const taken = heldOut.filter((e) => e.origin === "learned" && e.p >= threshold);
    const dropped = heldOut.filter((e) => e.origin === "hand" && e.p < keep);
    const right = (list: typeof heldOut) => list.filter((e) => e.label === 1).length;
    rows.push([threshold > 1 ? "off" : threshold, keep, taken.length, right(taken), dropped.length, right(dropped), s.content.predicted, fixed(f1(s.speaker), 4), fixed(f1(s.cue), 4), fixed(f1(s.content), 4), fixed(sum, 4)]);
  };
  // Coordinate search: the threshold for candidates with every hand draft kept, then the keep threshold.
  for (const threshold of [2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8]) trial(threshold, 0);
  const keepOnly = flags.has("keep-only");
  const bestThreshold = keepOnly ? 2 : best.threshold;
  if (keepOnly) best = { threshold: 2, keep: 0, sum: -1 };
  for (const keep of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4].filter((k) => k <= maxKeep)) trial(bestThreshold, keep);
  // What each half of the model brings: the best keep threshold with no candidate taken.
  if (!keepOnly) {
    const chosen = best;
    trial(2, chosen.keep);
    best = chosen;
  }
  printTable(["threshold", "keep", "taken", "right", "dropped", "right", "statements", "speaker F1", "cue F1", "content F1", "sum"], rows);
  console.log(`best: threshold ${best.threshold}, keep ${best.keep}`);
  if (flags.has("dry")) return;
  const trained = train(examples.flat().filter((e) => !keepOnly || e.origin === "hand"), epochs, l2, minCount);
  const model = { ...trained, threshold: keepOnly ? 2 : best.threshold, keep: best.keep };
  const path = join(repoRoot(), "src", "annotate", "statements", "cue-model-weights.ts");
  const body = [
    'import type { CueModel } from "./cue-model.js";',
    "",
    "// Written by `node --import tsx bench/train-cue-model.ts" + (process.argv.length > 2 ? " " + process.argv.slice(2).join(" ") : "") + "` (PolNeAR train only): feature weights, no corpus text.",
    "// The thresholds (threshold for candidate verbs, keep for hand drafts) were chosen by two-fold cross-validation over",
    "// train documents, keep no higher than --max-keep; a threshold above 1 takes no candidate verb.",
    `export const CUE_MODEL: CueModel = ${JSON.stringify(model)};`,
    "",
  ].join("\n");
  writeFileSync(path, body);
  console.log(`wrote ${Object.keys(model.weights).length} weights, ${body.length} bytes, to ${path}`);
}

main();
