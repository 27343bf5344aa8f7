// The edit benchmark (issue 2): does compare() find one planted factual change, and stay quiet
// when the wording changes but the facts do not?
//
//   node --import tsx bench/edits.ts [--n 150] [--seed 1729] [--show-failures 3] [--types date,number]
//                                    [--corpora ecbplus-dev,polnear-dev] [--noise 0] [--dump cases.jsonl]
//                                    [--dry-run 5]
//   node dist/bench/edits.js [same flags]                                 # after `npm run build`
//
// For each sampled article and each edit type, the generator finds edit sites with its own
// patterns (bench/edits/*, never the engine's annotators), makes ONE edit with a seeded generator,
// and compares [original, copy] with the public compare().
// - factual edits (date, number, person, place, negation, quote-speaker): a hit is a contradiction
//   with a claim in the copy whose span overlaps the edited text; recall = hits / pairs.
// - meaning-preserving edits (reporting verb, number written out, contraction, dropped sentence):
//   a false alarm is any contradiction at all; rate = false alarms / pairs.
// - self check: compare([a, a]) must report no contradiction.
// - --noise K adds K meaning-preserving edits elsewhere in every copy, so that the planted edit is
//   not the only difference between the two texts (a diff alone should not be enough to find it).

import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { compare } from "../src/index.js";
import type { ArticleInput, Report } from "../src/model/types.js";
import { factualGenerators } from "./edits/factual.js";
import { findPersons } from "./edits/names.js";
import { preservingGenerators } from "./edits/preserving.js";
import { aspectTally, clip, COPY_ID, contradictionsOf, describeFinding, ORIGINAL_ID, scorePair, type PairOutcome } from "./edits/score.js";
import { sentences } from "./edits/text.js";
import { applyEdits, type Edit, type EditGenerator, type EditedPair, type EditType, type PersonName, type SourceArticle } from "./edits/types.js";
import { readFlags } from "./lib/args.js";
import { loadCorpus, type CorpusName } from "./lib/corpora.js";
import { childRng, shuffled } from "./lib/rng.js";
import { fixed, printTable } from "./lib/table.js";

const DEFAULT_SEED = 1729;
const TODAY = "2024-01-01";
const TARGET_RECALL = 0.9;
const TARGET_FALSE_ALARMS = 0.05;

const flags = readFlags();
const seed = flags.number("seed", DEFAULT_SEED);
const sampleSize = flags.number("n", 150);
const showFailures = flags.number("show-failures", 0);
const corpusNames = (flags.get("corpora") || "ecbplus-dev,polnear-dev").split(",") as CorpusName[];
const onlyTypes = flags.get("types") ? new Set(flags.get("types")?.split(",")) : null;
const dumpPath = flags.get("dump");
const noiseCount = Math.max(0, flags.number("noise", 0));
// --dry-run N: print N edits of each type in context and stop, without calling compare (to audit the generators)
const dryRun = flags.has("dry-run") ? flags.number("dry-run", 5) : 0;
const dryRunShown = new Map<EditType, number>();

const generators: EditGenerator[] = [...factualGenerators, ...preservingGenerators].filter((g) => !onlyTypes || onlyTypes.has(g.type));

type Case = { article: SourceArticle; pair: EditedPair; outcome: PairOutcome };

// ---------------------------------------------------------------------------
// sample

function usable(text: string): boolean {
  return text.length >= 300 && sentences(text).length >= 3;
}

/** An equal share from each corpus (shuffled with the seed); a short corpus leaves its share unused. */
function sampleArticles(pool: Map<CorpusName, SourceArticle[]>): SourceArticle[] {
  const perCorpus = Math.ceil(sampleSize / pool.size);
  const sample: SourceArticle[] = [];
  for (const [name, articles] of pool) sample.push(...shuffled(childRng(seed, "sample", name), articles).slice(0, perCorpus));
  return sample.slice(0, sampleSize);
}

const pool = new Map<CorpusName, SourceArticle[]>();
for (const name of corpusNames) {
  const articles = loadCorpus(name)
    .filter((a) => usable(a.text))
    .map((a) => {
      const article: SourceArticle = { id: `${name}/${a.id}`, text: a.text };
      if (a.published) article.published = a.published;
      return article;
    });
  pool.set(name, articles);
}
const sample = sampleArticles(pool);

// person names from every article in the pool, so that a swapped-in name comes from another story
const personsByArticle = new Map<string, PersonName[]>();
for (const articles of pool.values()) for (const a of articles) personsByArticle.set(a.id, findPersons(a.id, a.text));
const allPersons = [...personsByArticle.values()].flat();

// ---------------------------------------------------------------------------
// run

function inputs(article: SourceArticle, copy: string, ids: readonly [string, string]): ArticleInput[] {
  return ids.map((id, i) => {
    const input: ArticleInput = { id, text: i === 0 ? article.text : copy };
    if (article.published) input.published = article.published;
    return input;
  });
}

const cases = new Map<EditType, Case[]>();
const noSite = new Map<EditType, number>();
let compareMs = 0;
let compares = 0;

async function timedCompare(articles: ArticleInput[]): Promise<Report> {
  const t0 = performance.now();
  const report = await compare(articles, { today: TODAY });
  compareMs += performance.now() - t0;
  compares++;
  return report;
}

console.log(`edits: seed ${seed}, noise ${noiseCount}, ${sample.length} articles (${corpusNames.map((n) => `${n} ${sample.filter((a) => a.id.startsWith(`${n}/`)).length}`).join(", ")}), ${allPersons.length} donor names`);

for (const article of sample) {
  const donors = allPersons.filter((p) => p.articleId !== article.id);
  for (const generator of generators) {
    const rng = childRng(seed, generator.type, article.id);
    const edit = generator.generate(article, { rng, donors, persons: personsByArticle.get(article.id) ?? [] });
    if (!edit) {
      noSite.set(generator.type, (noSite.get(generator.type) ?? 0) + 1);
      continue;
    }
    const context = { donors, persons: personsByArticle.get(article.id) ?? [] };
    const pair = applyEdits(article.text, edit, noiseEdits(article, edit, context));
    if (dryRun) {
      const shown = (dryRunShown.get(generator.type) ?? 0) + 1;
      dryRunShown.set(generator.type, shown);
      if (shown <= dryRun) printEdit(generator.type, article, pair);
      continue;
    }
    const report = await timedCompare(inputs(article, pair.copy, [ORIGINAL_ID, COPY_ID]));
    const list = cases.get(generator.type) ?? [];
    list.push({ article, pair, outcome: scorePair(report, pair) });
    cases.set(generator.type, list);
  }
}

/**
 * Up to --noise meaning-preserving edits that touch neither the planted edit nor each other: first
 * in the planted edit's own sentence where a site exists there (a dropped sentence never is), then anywhere.
 */
function noiseEdits(article: SourceArticle, edit: Edit, context: { donors: PersonName[]; persons: PersonName[] }): Edit[] {
  if (noiseCount === 0) return [];
  const taken = [{ start: edit.start, end: edit.end + (edit.regionTail ?? 0) }];
  const sentence = sentences(article.text).find((s) => s.start <= edit.start && edit.end <= s.end);
  const noise: Edit[] = [];
  const inSentence = preservingGenerators.length;
  for (let attempt = 0; noise.length < noiseCount && attempt < inSentence + noiseCount * 8; attempt++) {
    const generator = preservingGenerators[attempt % preservingGenerators.length] as EditGenerator;
    const rng = childRng(seed, "noise", edit.type, article.id, String(attempt));
    const within = attempt < inSentence ? sentence : undefined;
    if (attempt < inSentence && (!within || generator.type === "dropped-sentence")) continue;
    const candidate = generator.generate(article, within ? { ...context, rng, within } : { ...context, rng });
    if (!candidate || taken.some((t) => candidate.start <= t.end && t.start <= candidate.end)) continue;
    taken.push({ start: candidate.start, end: candidate.end });
    noise.push(candidate);
  }
  return noise;
}

if (dryRun) {
  console.log(`\nedits made: ${generators.map((g) => `${g.type} ${dryRunShown.get(g.type) ?? 0} (no site ${noSite.get(g.type) ?? 0})`).join(", ")}`);
  process.exit(0);
}

let selfContradictions = 0;
let selfArticles = 0;
const selfExamples: string[] = [];
for (const article of sample) {
  const report = await timedCompare(inputs(article, article.text, ["self-a", "self-b"]));
  const found = contradictionsOf(report);
  selfContradictions += found.length;
  if (found.length) {
    selfArticles++;
    if (selfExamples.length < showFailures) selfExamples.push(`${article.id}: ${describeFinding(found[0] as NonNullable<(typeof found)[0]>)}`);
  }
}

// ---------------------------------------------------------------------------
// report

const isHit = (c: Case) => c.outcome.hits.length > 0;
const isAlarm = (c: Case) => c.outcome.contradictions.length > 0;

console.log("\nfactual edits: a hit is a contradiction whose claims include a span overlapping the edited region in the copy\n");
printTable(
  ["type", "pairs", "no site", "hits", "recall", "any contra.", "off-site/pair", "aspects of hits"],
  factualGenerators
    .filter((g) => cases.has(g.type) || noSite.has(g.type))
    .map((g) => {
      const list = cases.get(g.type) ?? [];
      const hits = list.filter(isHit);
      const offSite = list.reduce((sum, c) => sum + c.outcome.contradictions.length - c.outcome.hits.length, 0);
      return [g.type, list.length, noSite.get(g.type) ?? 0, hits.length, fixed(hits.length / list.length), fixed(list.filter(isAlarm).length / list.length), fixed(offSite / list.length), aspectTally(hits.flatMap((c) => c.outcome.hits)) || "-"];
    }),
);

console.log("\nmeaning-preserving edits: a false alarm is any contradiction\n");
printTable(
  ["type", "pairs", "no site", "false alarms", "rate", "aspects of alarms"],
  preservingGenerators
    .filter((g) => cases.has(g.type) || noSite.has(g.type))
    .map((g) => {
      const list = cases.get(g.type) ?? [];
      const alarms = list.filter(isAlarm);
      return [g.type, list.length, noSite.get(g.type) ?? 0, alarms.length, fixed(alarms.length / list.length), aspectTally(alarms.flatMap((c) => c.outcome.contradictions)) || "-"];
    }),
);

console.log("\nby variant\n");
const variantRows: (string | number)[][] = [];
for (const g of generators) {
  const byVariant = new Map<string, Case[]>();
  for (const c of cases.get(g.type) ?? []) byVariant.set(c.pair.edit.variant, [...(byVariant.get(c.pair.edit.variant) ?? []), c]);
  for (const [variant, list] of [...byVariant.entries()].sort()) {
    const good = g.kind === "factual" ? list.filter(isHit).length : list.filter(isAlarm).length;
    variantRows.push([g.type, variant, list.length, g.kind === "factual" ? "recall" : "false alarms", fixed(good / list.length)]);
  }
}
printTable(["type", "variant", "pairs", "measure", "value"], variantRows);

console.log(`\nself-compare: ${sample.length} articles, ${selfArticles} with a contradiction, ${selfContradictions} contradictions in all (target 0)`);
for (const line of selfExamples) console.log(`  ${line}`);

const factualAll = factualGenerators.flatMap((g) => cases.get(g.type) ?? []);
const preservingAll = preservingGenerators.flatMap((g) => cases.get(g.type) ?? []);
console.log(
  `\noverall: recall ${fixed(factualAll.filter(isHit).length / factualAll.length)} over ${factualAll.length} factual pairs (target >= ${TARGET_RECALL} per type); ` +
    `false alarms ${fixed(preservingAll.filter(isAlarm).length / preservingAll.length)} over ${preservingAll.length} pairs (target <= ${TARGET_FALSE_ALARMS}); ` +
    `${compares} compare calls, ${fixed(compareMs / compares, 1)} ms each`,
);

if (showFailures > 0) printFailures();
if (dumpPath) dumpCases(dumpPath);

// ---------------------------------------------------------------------------

/** The sentence holding [start, end) on one line, with the span in [[...]]. */
function inContext(text: string, start: number, end: number): string {
  const sentence = sentences(text).find((s) => s.start <= start && end <= s.end + 1) ?? { start: Math.max(0, start - 100), end: Math.min(text.length, end + 100) };
  const from = Math.min(sentence.start, start);
  const to = Math.max(sentence.end, end);
  return clip(`${text.slice(from, start)}[[${text.slice(start, end)}]]${text.slice(end, to)}`, 400);
}

function printEdit(type: EditType, article: SourceArticle, pair: EditedPair): void {
  console.log(`\n[${type}/${pair.edit.variant}] ${article.id}  ${JSON.stringify(pair.before.text)} -> ${JSON.stringify(pair.after.text)}  (orig ${pair.before.start}-${pair.before.end}, copy region ${pair.region.start}-${pair.region.end})`);
  console.log(`  orig: ${inContext(article.text, pair.before.start, pair.before.end)}`);
  if (pair.region.end > pair.region.start) console.log(`  copy: ${inContext(pair.copy, pair.region.start, pair.region.end)}`);
  if (pair.noise.length) console.log(`  noise: ${pair.noise.map((e) => `${e.type} @${e.start} ${JSON.stringify(clip(article.text.slice(e.start, e.end), 40))} -> ${JSON.stringify(e.replacement)}`).join("; ")}`);
}

function printFailures(): void {
  for (const g of generators) {
    const failing = (cases.get(g.type) ?? []).filter((c) => (g.kind === "factual" ? !isHit(c) : isAlarm(c)));
    if (failing.length === 0) continue;
    console.log(`\n=== ${g.type}: ${failing.length} ${g.kind === "factual" ? "missed" : "false alarms"}, first ${Math.min(showFailures, failing.length)}`);
    for (const c of failing.slice(0, showFailures)) {
      const { pair, article, outcome } = c;
      printEdit(g.type, article, pair);
      const { agreement, contradiction, unique } = outcome.counts;
      console.log(`  report: ${contradiction} contradictions, ${agreement} agreements, ${unique} unique`);
      for (const f of outcome.contradictions.slice(0, 5)) console.log(`    ${describeFinding(f)}`);
    }
  }
}

function dumpCases(path: string): void {
  const lines: string[] = [];
  for (const [type, list] of cases) {
    for (const c of list) {
      lines.push(
        JSON.stringify({
          type,
          variant: c.pair.edit.variant,
          article: c.article.id,
          before: c.pair.before,
          after: c.pair.after,
          region: c.pair.region,
          noise: c.pair.noise.map((e) => ({ type: e.type, start: e.start, end: e.end, replacement: e.replacement })),
          hit: isHit(c),
          contradictions: c.outcome.contradictions.map((f) => ({ aspect: f.aspect, summary: f.summary, confidence: f.confidence, claims: f.claims.map((cl) => ({ articleId: cl.span.articleId, start: cl.span.start, end: cl.span.end, text: cl.span.text, value: cl.value })) })),
        }),
      );
    }
  }
  writeFileSync(path, lines.join("\n") + "\n");
  console.log(`\nwrote ${lines.length} cases to ${path}`);
}
