// Attribution quality on PolNeAR (speaker, cue, content) for the statement stage beside a
// quotes-plus-"said" baseline, with throughput.
//
//   node --import tsx bench/eval-attribution.ts            # dev split (the honest figure)
//   node --import tsx bench/eval-attribution.ts --train    # train split (for tuning)
//   node dist/bench/eval-attribution.js [--train]          # after `npm run build`
//   --digits N    print scores with N decimals (default 3), to tell apart changes smaller than a thousandth
//   --file PATH   score another file in the PolNeAR JSON-lines format (a held-out split) instead of dev
//   --show N   print N unmatched or mismatched examples (use with --train only: dev stays unseen)
//   --only speaker|cue|content   with --show: print only matched pairs whose that field differs
//   --dump FILE   write every matched pair on train (gold, system, and the sentence around) as JSON lines
//   --rules       per rule: system statements, how many match a gold content, how many also its cue exactly
//   --rule TEXT   with --show: print only system statements (matched or extra) whose rule contains TEXT
//   --misses      count the gold attributions no statement matched, by why: no gold content, no statement near,
//                 or only statements already matched to another attribution (counts only, so dev stays unseen)
//
// Scoring: system statements and gold attributions are paired one-to-one by content overlap (largest
// overlap first). "content overlap" counts the pairs; the other rows count pairs whose field also
// matches (exactly, or by any overlap for "speaker overlap"). Precision divides by the system statements
// that have the field (a speaker for the speaker rows), recall by the gold attributions that have it.

import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { defaultStages } from "../src/annotate/pipeline.js";
import { statementStage } from "../src/annotate/statements.js";
import type { AnnotatedDoc, TextRange } from "../src/model/types.js";
import { type GoldAttribution, loadPolnear, match, overlap, type PolnearRecord, tokenisedPolnearDoc } from "./lib/attribution.js";

type Predicted = { source: TextRange | null; cue: TextRange; content: TextRange; rule?: string };

// ---------------------------------------------------------------------------
// Baseline: direct quotes next to "said"/"says", speaker a proper-noun run or pronoun beside it.

const BASELINE_QUOTE = /\u201C[^\u201D\n]*\u201D|"[^"\n]*"/g;

function baseline(doc: AnnotatedDoc): Predicted[] {
  const text = doc.article.text;
  const out: Predicted[] = [];
  BASELINE_QUOTE.lastIndex = 0;
  const quotes: TextRange[] = [];
  for (let m = BASELINE_QUOTE.exec(text); m; m = BASELINE_QUOTE.exec(text)) quotes.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  const tokens = doc.tokens;
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.norm !== "said" && t.norm !== "says") continue;
    while (q < quotes.length && quotes[q]!.end <= t.start - 40) q++;
    const cue: TextRange = { start: t.start, end: t.end, text: t.text };
    const speakerLeft = runOf(doc, i - 1, -1);
    const speakerRight = runOf(doc, i + 1, 1);
    for (let k = q; k < quotes.length && quotes[k]!.start < t.end + 5; k++) {
      const quote = quotes[k]!;
      const gapBefore = text.slice(quote.end, speakerLeft ? speakerLeft.start : t.start);
      const gapAfter = text.slice(t.end, quote.start);
      if (quote.end <= t.start && /^[\s,]*$/.test(gapBefore)) out.push({ source: speakerLeft ?? speakerRight, cue, content: quote });
      else if (quote.start >= t.end && /^[\s,:]*$/.test(gapAfter) && speakerLeft) out.push({ source: speakerLeft, cue, content: quote });
    }
  }
  return out;
}

function runOf(doc: AnnotatedDoc, i: number, step: 1 | -1): TextRange | null {
  const tokens = doc.tokens;
  const first = tokens[i];
  if (!first) return null;
  if (first.pos === "PRON" && /^(he|she|they|i|we)$/.test(first.norm)) return { start: first.start, end: first.end, text: first.text };
  let j = i;
  while (tokens[j] && tokens[j]!.pos === "PROPN") j += step;
  if (j === i) return null;
  const a = tokens[Math.min(i, j - step)]!;
  const b = tokens[Math.max(i, j - step)]!;
  return { start: a.start, end: b.end, text: doc.article.text.slice(a.start, b.end) };
}

// ---------------------------------------------------------------------------
// Scoring: one-to-one matching by content overlap, then field-by-field comparison.

type Counts = { tp: number; predicted: number; gold: number };
type Scores = { [k in "speakerExact" | "speakerOverlap" | "cueExact" | "contentExact" | "contentOverlap"]: Counts };

const newScores = (): Scores => ({
  speakerExact: { tp: 0, predicted: 0, gold: 0 },
  speakerOverlap: { tp: 0, predicted: 0, gold: 0 },
  cueExact: { tp: 0, predicted: 0, gold: 0 },
  contentExact: { tp: 0, predicted: 0, gold: 0 },
  contentOverlap: { tp: 0, predicted: 0, gold: 0 },
});

const same = (a: { start: number; end: number } | null, b: { start: number; end: number } | null): boolean => a !== null && b !== null && a.start === b.start && a.end === b.end;

function score(s: Scores, pred: readonly Predicted[], gold: readonly GoldAttribution[]): [number, number][] {
  for (const p of pred) {
    s.cueExact.predicted++;
    s.contentExact.predicted++;
    s.contentOverlap.predicted++;
    if (p.source) {
      s.speakerExact.predicted++;
      s.speakerOverlap.predicted++;
    }
  }
  for (const g of gold) {
    if (g.source) {
      s.speakerExact.gold++;
      s.speakerOverlap.gold++;
    }
    if (g.cue) s.cueExact.gold++;
    if (g.content) {
      s.contentExact.gold++;
      s.contentOverlap.gold++;
    }
  }
  const pairs = match(pred, gold);
  for (const [i, j] of pairs) {
    const p = pred[i]!;
    const g = gold[j]!;
    s.contentOverlap.tp++;
    if (same(p.content, g.content)) s.contentExact.tp++;
    if (same(p.cue, g.cue)) s.cueExact.tp++;
    if (p.source && g.source) {
      if (same(p.source, g.source)) s.speakerExact.tp++;
      if (overlap(p.source, g.source) > 0) s.speakerOverlap.tp++;
    }
  }
  return pairs;
}

function prf(c: Counts): [number, number, number] {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

// ---------------------------------------------------------------------------

function main(): void {
  const args = process.argv.slice(2);
  const train = args.includes("--train");
  const showAt = args.indexOf("--show");
  const show = showAt >= 0 ? Number(args[showAt + 1] ?? 20) : 0;
  const onlyAt = args.indexOf("--only");
  const only = onlyAt >= 0 ? (args[onlyAt + 1] as Field) : null;
  if (only !== null && !["speaker", "cue", "content"].includes(only)) {
    console.error(`--only takes speaker, cue or content, not ${JSON.stringify(only)}`);
    process.exit(2);
  }
  const dumpAt = args.indexOf("--dump");
  if (dumpAt >= 0 && !train) {
    console.error("--dump writes matched pairs of the train split only (dev stays unseen): add --train");
    process.exit(2);
  }
  const dump = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
  const dumped: string[] = [];
  const byRule = new Map<string, { predicted: number; content: number; cue: number }>();
  const misses = new Map<string, number>();
  const ruleAt = args.indexOf("--rule");
  const ruleFilter = ruleAt >= 0 ? args[ruleAt + 1] : undefined;
  const fileAt = args.indexOf("--file");
  const file = fileAt >= 0 ? args[fileAt + 1] : undefined;
  if (fileAt >= 0 && (file === undefined || file.startsWith("--") || train)) {
    console.error(train ? "--file and --train each name the file to score: give one" : "--file needs a path");
    process.exit(2);
  }
  const { path, records } = loadPolnear(train ? "train" : "dev", file);
  const system = newScores();
  const base = newScores();
  let readMs = 0;
  let otherStagesMs = 0;
  let statementMs = 0;
  let baselineMs = 0;
  let tokens = 0;
  let predictedCount = 0;
  const examples: string[] = [];
  const stagesBefore = defaultStages.filter((s) => s !== statementStage);
  const failedStages = new Set<string>();

  for (const r of records) {
    let t0 = performance.now();
    const doc = tokenisedPolnearDoc(r);
    readMs += performance.now() - t0;
    tokens += doc.tokens.length;
    t0 = performance.now();
    for (const stage of stagesBefore) {
      try {
        stage.run(doc);
      } catch {
        failedStages.add(stage.name);
      }
    }
    otherStagesMs += performance.now() - t0;
    t0 = performance.now();
    statementStage.run(doc);
    statementMs += performance.now() - t0;
    const predicted: Predicted[] = doc.statements.map((s) => ({ source: s.speaker?.mention ?? null, cue: s.cue, content: s.content, rule: s.rule }));
    predictedCount += predicted.length;
    const pairs = score(system, predicted, r.attributions);
    tallyRules(byRule, predicted, r.attributions, pairs);
    tallyMisses(misses, predicted, r.attributions, pairs);
    if (show > 0 && examples.length < show) {
      if (ruleFilter !== undefined) collectRuleExamples(examples, show, r, predicted, pairs, ruleFilter);
      else collectExamples(examples, show, r, predicted, pairs, only);
    }
    if (dump) dumpPairs(dumped, r, predicted, pairs);
    t0 = performance.now();
    const b = baseline(doc);
    baselineMs += performance.now() - t0;
    score(base, b, r.attributions);
  }

  const gold = records.reduce((n, r) => n + r.attributions.length, 0);
  console.log(`PolNeAR ${train ? "train" : file ? "file" : "dev"}: ${records.length} docs, ${gold} gold attributions, ${predictedCount} system statements (${path})`);
  if (failedStages.size) console.log(`note: stages that threw and were skipped: ${[...failedStages].join(", ")}`);
  console.log("");
  console.log("metric             |  system P    R     F1  | baseline P   R     F1");
  console.log("-------------------+------------------------+-----------------------");
  const rows: [string, keyof Scores][] = [
    ["speaker exact", "speakerExact"],
    ["speaker overlap", "speakerOverlap"],
    ["cue exact", "cueExact"],
    ["content exact", "contentExact"],
    ["content overlap", "contentOverlap"],
  ];
  const digitsAt = args.indexOf("--digits");
  const digits = digitsAt >= 0 ? Number(args[digitsAt + 1]) : 3;
  const f = (x: number) => x.toFixed(Number.isInteger(digits) && digits >= 1 && digits <= 6 ? digits : 3);
  for (const [label, key] of rows) {
    const [sp, sr, sf] = prf(system[key]);
    const [bp, br, bf] = prf(base[key]);
    console.log(`${label.padEnd(19)}| ${f(sp)} ${f(sr)} ${f(sf)} | ${f(bp)} ${f(br)} ${f(bf)}`);
  }
  console.log("");
  const docsPerSec = (ms: number) => ((records.length / ms) * 1000).toFixed(0);
  console.log(`speed: wink readDoc (token stage) ${readMs.toFixed(0)} ms = ${docsPerSec(readMs)} docs/s, ${((tokens / readMs) * 1000).toFixed(0)} tokens/s`);
  console.log(`       statement stage ${statementMs.toFixed(0)} ms = ${docsPerSec(statementMs)} docs/s (${(statementMs / readMs).toFixed(2)}x readDoc)`);
  console.log(`       baseline ${baselineMs.toFixed(0)} ms = ${docsPerSec(baselineMs)} docs/s; other stages ${otherStagesMs.toFixed(0)} ms`);
  if (args.includes("--rules")) {
    console.log("\nrule                                    predicted  content P  cue P");
    for (const [rule, c] of [...byRule].sort((a, b) => b[1].predicted - a[1].predicted)) {
      console.log(`${rule.padEnd(40)}${String(c.predicted).padStart(9)}  ${f(c.content / c.predicted).padStart(9)}  ${f(c.cue / c.predicted).padStart(5)}`);
    }
  }
  if (args.includes("--misses")) {
    console.log(`\nmissed gold attributions: ${[...misses.values()].reduce((a, b) => a + b, 0)}`);
    for (const [kind, n] of [...misses].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(7)}  ${kind}`);
  }
  if (examples.length) console.log("\n" + examples.join("\n"));
  if (dump) writeFileSync(dump, dumped.join("\n") + "\n");
}

type Field = "speaker" | "cue" | "content";

/** Why each gold attribution no statement matched was missed: what a rule could still reach, and what none can. */
function tallyMisses(out: Map<string, number>, predicted: readonly Predicted[], gold: readonly GoldAttribution[], pairs: readonly [number, number][]): void {
  const matchedGold = new Set(pairs.map(([, j]) => j));
  const matchedSystem = new Set(pairs.map(([i]) => i));
  gold.forEach((g, j) => {
    if (matchedGold.has(j)) return;
    const content = g.content;
    let kind: string;
    if (!content || content.end <= content.start) kind = "gold has no content span (no statement can match)";
    else {
      const near = predicted.flatMap((p, i) => (overlap(p.content, content) > 0 ? [i] : []));
      if (near.length === 0) kind = "no statement overlaps its content";
      else kind = near.every((i) => matchedSystem.has(i)) ? "only statements matched to another attribution overlap it" : "an unmatched statement overlaps it";
    }
    out.set(kind, (out.get(kind) ?? 0) + 1);
  });
}

function tallyRules(out: Map<string, { predicted: number; content: number; cue: number }>, predicted: readonly Predicted[], gold: readonly GoldAttribution[], pairs: readonly [number, number][]): void {
  const goldOf = new Map(pairs);
  predicted.forEach((p, i) => {
    const rule = p.rule ?? "?";
    let c = out.get(rule);
    if (!c) out.set(rule, (c = { predicted: 0, content: 0, cue: 0 }));
    c.predicted++;
    const j = goldOf.get(i);
    if (j === undefined) return;
    c.content++;
    if (same(p.cue, gold[j]!.cue)) c.cue++;
  });
}

function collectRuleExamples(out: string[], limit: number, r: PolnearRecord, predicted: readonly Predicted[], pairs: readonly [number, number][], rule: string): void {
  const goldOf = new Map(pairs);
  const q = (s: { text: string } | null | undefined) => (s ? JSON.stringify(s.text.length > 140 ? s.text.slice(0, 70) + " … " + s.text.slice(-60) : s.text) : "—");
  predicted.forEach((p, i) => {
    if (out.length >= limit || !p.rule?.includes(rule)) return;
    const j = goldOf.get(i);
    const g = j === undefined ? undefined : r.attributions[j]!;
    const line = `sys  S=${q(p.source)} C=${q(p.cue)} T=${q(p.content)} (${p.rule})`;
    out.push(g ? `${same(p.cue, g.cue) ? "HIT  " : "CUE≠ "}${line}\n      gold S=${q(g.source)} C=${q(g.cue)} T=${q(g.content)}` : `EXTRA ${line}`);
  });
}

function fieldDiffers(field: Field, p: Predicted, g: GoldAttribution): boolean {
  if (field === "speaker") return g.source !== null && !same(p.source, g.source);
  if (field === "cue") return g.cue !== null && !same(p.cue, g.cue);
  return !same(p.content, g.content);
}

/** One line per matched pair, with the paragraph-sized window of text that holds both, for bucketing offline. */
function dumpPairs(out: string[], r: PolnearRecord, predicted: readonly Predicted[], pairs: readonly [number, number][]): void {
  for (const [i, j] of pairs) {
    const p = predicted[i]!;
    const g = r.attributions[j]!;
    const spans = [p.content, p.cue, p.source, g.content, g.cue, g.source].filter((x): x is NonNullable<typeof x> => x !== null);
    const from = Math.max(0, Math.min(...spans.map((x) => x.start)) - 80);
    const to = Math.min(r.text.length, Math.max(...spans.map((x) => x.end)) + 80);
    const span = (x: { start: number; end: number; text: string } | null) => (x ? [x.start, x.end, x.text] : null);
    out.push(JSON.stringify({ id: r.id, window: [from, r.text.slice(from, to)], gold: { s: span(g.source), c: span(g.cue), t: span(g.content) }, sys: { s: span(p.source), c: span(p.cue), t: span(p.content), rule: p.rule } }));
  }
}

function collectExamples(out: string[], limit: number, r: PolnearRecord, predicted: readonly Predicted[], pairs: readonly [number, number][], only: Field | null): void {
  const matchedGold = new Map(pairs.map(([i, j]) => [j, i]));
  const matchedPred = new Set(pairs.map(([i]) => i));
  const q = (s: { text: string } | null | undefined) => (s ? JSON.stringify(s.text.length > 140 ? s.text.slice(0, 70) + " … " + s.text.slice(-60) : s.text) : "—");
  r.attributions.forEach((g, j) => {
    if (out.length >= limit) return;
    const i = matchedGold.get(j);
    if (i === undefined) {
      if (only) return;
      out.push(`MISS  gold S=${q(g.source)} C=${q(g.cue)} T=${q(g.content)}`);
      return;
    }
    const p = predicted[i]!;
    const differs = only ? fieldDiffers(only, p, g) : !same(p.source, g.source) || !same(p.cue, g.cue) || !same(p.content, g.content);
    if (differs) {
      out.push(`DIFF  gold S=${q(g.source)} C=${q(g.cue)} T=${q(g.content)}\n      sys  S=${q(p.source)} C=${q(p.cue)} T=${q(p.content)}`);
    }
  });
  predicted.forEach((p, i) => {
    if (!only && out.length < limit && !matchedPred.has(i)) out.push(`EXTRA sys S=${q(p.source)} C=${q(p.cue)} T=${q(p.content)}`);
  });
}

main();
