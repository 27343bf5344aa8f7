// Temporal expression quality on TempEval-3 (TimeBank + AQUAINT), TempEval-3 style, beside plain chrono-node.
//
//   node --import tsx bench/eval-timex.ts
//   node dist/bench/eval-timex.js                        # after `npm run build`
//   --errors N   print N extent/value errors from the tuning half (A) only; half B stays unseen
//   --rules      per rule of ours on the tuning half (A): right value, wrong value, spurious
//   --rule NAME  each output of one rule on half A ("pattern/ago"), right, wrong or spurious, in context
//   --rounds N   timed passes per system for the speed figures (default 5; the median counts)
//
// Scores (per system, per half of the documents):
//   strict   P/R/F1: system and gold spans identical
//   relaxed  P/R/F1: spans overlap (one-to-one, largest overlap first)
//   type F1, value F1: TE3 attribute F1, i.e. F1 counting only relaxed matches whose attribute is right
// Halves: documents split by a hash of their id; A is for tuning, B is held out to show overfitting.
// Baseline: chrono.parse(text, published date) with TIMEX3 type and value read off its certain components.
// Speed: docs/s of our timex stage alone (tokens precomputed) and of chrono.parse, beside wink's readDoc,
// as the median of several alternating whole-corpus passes.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import * as chrono from "chrono-node";
import { emptyDoc } from "../src/annotate/doc.js";
import { nlp } from "../src/annotate/nlp.js";
import { publishedReferenceDate } from "../src/annotate/reference-date.js";
import { timexStage } from "../src/annotate/timexes.js";
import { tokenStage } from "../src/annotate/tokens.js";
import type { AnnotatedDoc, ReferenceDate, TimexType } from "../src/model/types.js";
import { readFlags } from "./lib/args.js";
import { corporaDir } from "./lib/repo.js";
import { fixed, printTable } from "./lib/table.js";

type GoldTimex = { start: number; end: number; text: string; type: TimexType; value: string };
type Te3Doc = { id: string; published: string; text: string; timexes: GoldTimex[] };
type SystemTimex = { start: number; end: number; type: string; value: string; rule?: string };
type Half = "A" | "B";

function loadTe3(): Te3Doc[] | null {
  const file = join(corporaDir(), "te3-tbaq.jsonl");
  if (!existsSync(file)) {
    console.error(`TempEval-3 corpus not found at ${file}\nIt is expected in ../shared/corpora beside the repository (see shared/corpora/README.md).`);
    return null;
  }
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Te3Doc);
  // The file holds one article twice (257 lines, 256 articles: TimeBank 183 + AQUAINT 73); TempEval-3 scores
  // each document once.
  const seen = new Set<string>();
  const docs = lines.filter((d) => !seen.has(d.id) && seen.add(d.id) !== undefined);
  if (docs.length < lines.length) console.log(`(${lines.length - docs.length} repeated document(s) scored once)`);
  return docs;
}

/** FNV-1a: a stable split that does not depend on corpus order. */
function halfOf(id: string): Half {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? "A" : "B";
}

// ---------------------------------------------------------------------------------------------------
// Systems

/** The document's reference date as the pipeline settles it: its published date, or its dateline's day. */
function referenceOf(doc: Te3Doc): ReferenceDate {
  return publishedReferenceDate(doc.published, doc.text) ?? { value: doc.published.slice(0, 10), basis: "published" };
}

function tokenised(doc: Te3Doc): AnnotatedDoc {
  const annotated = emptyDoc({ id: doc.id, text: doc.text, published: doc.published });
  tokenStage.run(annotated);
  annotated.referenceDate = referenceOf(doc);
  return annotated;
}

function ourTimexes(doc: AnnotatedDoc): SystemTimex[] {
  timexStage.run(doc);
  return doc.timexes;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** Plain chrono: parse against the publication date, read type and value off the certain components. */
function chronoCandidatesOf(doc: Te3Doc): SystemTimex[] {
  const [y, m, d] = referenceOf(doc).value.split("-").map(Number) as [number, number, number];
  return chrono.parse(doc.text, new Date(y, m - 1, d, 12)).map((r) => {
    const c = r.start;
    const date = `${pad(c.get("year") ?? y, 4)}-${pad(c.get("month") ?? 1)}-${pad(c.get("day") ?? 1)}`;
    let value: string;
    let type: string = "DATE";
    if (c.isCertain("hour")) {
      type = "TIME";
      value = `${date}T${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}`;
    } else if (c.isCertain("day") || c.isCertain("weekday")) value = date;
    else if (c.isCertain("month")) value = date.slice(0, 7);
    else if (c.isCertain("year")) value = date.slice(0, 4);
    else value = date;
    return { start: r.index, end: r.index + r.text.length, type, value };
  });
}

// ---------------------------------------------------------------------------------------------------
// Scoring

type Counts = { gold: number; system: number; strict: number; relaxed: number; type: number; value: number };
const zero = (): Counts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, type: 0, value: 0 });

function add(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, system: a.system + b.system, strict: a.strict + b.strict, relaxed: a.relaxed + b.relaxed, type: a.type + b.type, value: a.value + b.value };
}

type Match = { gold: GoldTimex; system: SystemTimex };

/** One-to-one relaxed matching, largest overlap first. */
function match(gold: readonly GoldTimex[], system: readonly SystemTimex[]): Match[] {
  const pairs: { g: number; s: number; overlap: number }[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let s = 0; s < system.length; s++) {
      const a = gold[g] as GoldTimex;
      const b = system[s] as SystemTimex;
      const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      if (overlap > 0) pairs.push({ g, s, overlap });
    }
  }
  pairs.sort((x, y) => y.overlap - x.overlap);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const out: Match[] = [];
  for (const p of pairs) {
    if (usedG.has(p.g) || usedS.has(p.s)) continue;
    usedG.add(p.g);
    usedS.add(p.s);
    out.push({ gold: gold[p.g] as GoldTimex, system: system[p.s] as SystemTimex });
  }
  return out;
}

function score(gold: readonly GoldTimex[], system: readonly SystemTimex[]): Counts {
  const matches = match(gold, system);
  const c = zero();
  c.gold = gold.length;
  c.system = system.length;
  for (const { gold: g, system: s } of matches) {
    c.relaxed++;
    if (g.start === s.start && g.end === s.end) c.strict++;
    if (g.type === s.type) c.type++;
    if (g.value === s.value) c.value++;
  }
  return c;
}

function prf(tp: number, c: Counts): [number, number, number] {
  const p = c.system ? tp / c.system : 0;
  const r = c.gold ? tp / c.gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

// ---------------------------------------------------------------------------------------------------

type Speed = { rounds: number; ours: number; chrono: number; wink: number };

/**
 * Whole-corpus passes of each system, alternating so that drift in machine load falls on all of them;
 * the median pass counts. A first untimed pass compiles regexes and warms the JIT.
 */
function measureSpeed(prepared: readonly { doc: Te3Doc; annotated: AnnotatedDoc }[], rounds: number): Speed {
  const passes: Record<"ours" | "chrono" | "wink", () => void> = {
    ours: () => {
      for (const { annotated } of prepared) ourTimexes(annotated);
    },
    chrono: () => {
      for (const { doc } of prepared) chronoCandidatesOf(doc);
    },
    wink: () => {
      for (const { doc } of prepared) nlp().readDoc(doc.text).tokens().length();
    },
  };
  const times: Record<keyof typeof passes, number[]> = { ours: [], chrono: [], wink: [] };
  for (const pass of Object.values(passes)) pass();
  for (let r = 0; r < rounds; r++) {
    for (const [name, pass] of Object.entries(passes) as [keyof typeof passes, () => void][]) {
      const t0 = performance.now();
      pass();
      times[name].push(performance.now() - t0);
    }
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { rounds, ours: median(times.ours), chrono: median(times.chrono), wink: median(times.wink) };
}

function printErrors(docs: readonly Te3Doc[], outputs: ReadonlyMap<string, SystemTimex[]>, limit: number): void {
  let shown = 0;
  for (const doc of docs) {
    if (halfOf(doc.id) !== "A") continue;
    const system = outputs.get(doc.id) ?? [];
    const matches = match(doc.timexes, system);
    const matchedGold = new Set(matches.map((m) => m.gold));
    const matchedSystem = new Set(matches.map((m) => m.system));
    const show = (line: string): boolean => {
      if (shown++ >= limit) return false;
      console.log(`${doc.id} ${doc.published.slice(0, 10)}  ${line}`);
      return true;
    };
    const context = (s: number, e: number): string =>
      `${doc.text.slice(Math.max(0, s - 30), s)}[[${doc.text.slice(s, e)}]]${doc.text.slice(e, e + 30)}`.replace(/\s+/g, " ");
    for (const g of doc.timexes) if (!matchedGold.has(g) && !show(`MISSED   ${g.type} ${g.value}  ${context(g.start, g.end)}`)) return;
    for (const s of system) if (!matchedSystem.has(s) && !show(`SPURIOUS ${s.type} ${s.value}  ${context(s.start, s.end)} ${s.rule ?? ""}`)) return;
    for (const { gold: g, system: s } of matches) {
      if (g.value !== s.value && !show(`VALUE    gold ${g.type} ${g.value} / ours ${s.type} ${s.value}  ${context(g.start, g.end)} ours=[${doc.text.slice(s.start, s.end)}] ${s.rule ?? ""}`)) return;
      if ((g.start !== s.start || g.end !== s.end) && !show(`EXTENT   gold [${g.text}] / ours [${doc.text.slice(s.start, s.end)}]`)) return;
    }
  }
}

/**
 * How each of our rules fares on half A: a rule whose spurious and wrong outputs outnumber its right ones
 * costs F1. With `only`, each output of that rule on half A instead, with its verdict and context.
 */
function printRuleCounts(docs: readonly Te3Doc[], outputs: ReadonlyMap<string, SystemTimex[]>, only?: string): void {
  const counts = new Map<string, { right: number; wrong: number; spurious: number }>();
  const tally = (doc: Te3Doc, s: SystemTimex, verdict: "right" | "wrong" | "spurious", gold?: GoldTimex): void => {
    const rule = s.rule ?? "?";
    const c = counts.get(rule) ?? { right: 0, wrong: 0, spurious: 0 };
    counts.set(rule, c);
    c[verdict]++;
    if (rule !== only) return;
    const context = doc.text.slice(Math.max(0, s.start - 60), s.end + 30).replace(/\s+/g, " ");
    console.log(`${verdict.padEnd(8)} ${doc.id} [${doc.text.slice(s.start, s.end)}] ours ${s.value} gold ${gold?.value ?? "-"} | ${context}`);
  };
  for (const doc of docs) {
    if (halfOf(doc.id) !== "A") continue;
    const system = outputs.get(doc.id) ?? [];
    const matches = match(doc.timexes, system);
    for (const { gold, system: s } of matches) tally(doc, s, gold.value === s.value ? "right" : "wrong", gold);
    const matched = new Set(matches.map((m) => m.system));
    for (const s of system) if (!matched.has(s)) tally(doc, s, "spurious");
  }
  if (only) return;
  const cost = (c: { wrong: number; spurious: number }): number => c.wrong + c.spurious;
  const rows = [...counts].sort((a, b) => cost(b[1]) - cost(a[1])).map(([rule, c]) => [rule, c.right, c.wrong, c.spurious]);
  printTable(["rule (half A)", "right", "wrong value", "spurious"], rows);
}

function main(): void {
  const flags = readFlags();
  const docs = loadTe3();
  if (!docs) {
    process.exitCode = 1;
    return;
  }
  const prepared = docs.map((d) => ({ doc: d, annotated: tokenised(d) }));

  const ours = new Map(prepared.map(({ doc, annotated }) => [doc.id, ourTimexes(annotated)]));
  const plain = new Map(docs.map((d) => [d.id, chronoCandidatesOf(d)]));
  const speed = measureSpeed(prepared, flags.number("rounds", 5));

  const systems: { name: string; outputs: Map<string, SystemTimex[]>; ms: number }[] = [
    { name: "corroborate", outputs: ours, ms: speed.ours },
    { name: "chrono-node", outputs: plain, ms: speed.chrono },
  ];
  const rows: (string | number)[][] = [];
  for (const system of systems) {
    const byHalf: Record<Half | "all", Counts> = { A: zero(), B: zero(), all: zero() };
    for (const d of docs) {
      const c = score(d.timexes, system.outputs.get(d.id) ?? []);
      byHalf[halfOf(d.id)] = add(byHalf[halfOf(d.id)], c);
      byHalf.all = add(byHalf.all, c);
    }
    for (const half of ["A", "B", "all"] as const) {
      const c = byHalf[half];
      const strict = prf(c.strict, c);
      const relaxed = prf(c.relaxed, c);
      const docCount = half === "all" ? docs.length : docs.filter((d) => halfOf(d.id) === half).length;
      rows.push([
        system.name,
        half === "A" ? "A (tuning)" : half === "B" ? "B (held out)" : "all",
        docCount,
        c.gold,
        c.system,
        fixed(strict[0], 3), fixed(strict[1], 3), fixed(strict[2], 3),
        fixed(relaxed[0], 3), fixed(relaxed[1], 3), fixed(relaxed[2], 3),
        fixed(prf(c.type, c)[2], 3),
        fixed(prf(c.value, c)[2], 3),
        half === "all" ? fixed((docs.length / system.ms) * 1000, 0) : "",
      ]);
    }
  }
  console.log(`TempEval-3 TimeBank+AQUAINT (${docs.length} documents, ${docs.reduce((n, d) => n + d.timexes.length, 0)} gold timexes)\n`);
  printTable(["system", "half", "docs", "gold", "sys", "strict P", "R", "F1", "relaxed P", "R", "F1", "type F1", "value F1", "docs/s"], rows);
  const perDoc = (ms: number): string => fixed(ms / docs.length, 3);
  console.log(
    `\nspeed (median of ${speed.rounds} rounds): timex stage ${perDoc(speed.ours)} ms/doc (tokens precomputed), ` +
      `chrono.parse ${perDoc(speed.chrono)} ms/doc, wink readDoc ${perDoc(speed.wink)} ms/doc; ` +
      `timex stage = ${fixed(speed.ours / speed.wink, 2)}x readDoc`,
  );
  console.log("reference: HeidelTime value F1 0.776, SUTime 0.674 on the TE3 test set");
  const errors = flags.number("errors", 0);
  if (errors > 0) printErrors(docs, ours, errors);
  if (flags.has("rules") || flags.get("rule")) printRuleCounts(docs, ours, flags.get("rule"));
}

main();
