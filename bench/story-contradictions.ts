// Contradictions found between reports of one real event, by aspect: compare() over each gold story of
// ECB+ (dev), where every report is about the same event but written independently. There is no gold
// for contradictions, so the counts are no score; they show how much a reader is asked to check, and
// --show N prints a random sample to read by eye (a careful editor's verdict is the measure).
// ECB+ has no publication dates, so the reports go in undated, as a user's undated files would: each
// is dated from its text, else from its story, else from 2012-01-01. Many reports of one story were
// written on different days, so the date counts stay inflated; the other aspects do not depend on it.
// --one-date dates every report 2012-01-01 instead, as if all were published that day.
//
//   node --import tsx bench/story-contradictions.ts [--show 30] [--aspect number] [--seed 7] [--one-date]

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compare } from "../src/index.js";
import type { Finding } from "../src/model/types.js";
import { readFlags } from "./lib/args.js";
import { corporaDir } from "./lib/repo.js";
import { seededRng } from "./lib/rng.js";
import { printTable } from "./lib/table.js";

type StoryRecord = { id: string; story: string; text: string };
const UNDATED_REFERENCE = "2012-01-01";

const flags = readFlags();
const oneDate = flags.has("one-date");
const records = readFileSync(join(corporaDir(), "ecbplus-dev.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as StoryRecord);
const stories = new Map<string, StoryRecord[]>();
for (const r of records) stories.set(r.story, [...(stories.get(r.story) ?? []), r]);

const byAspect = new Map<string, number>();
const found: { story: string; finding: Finding; texts: Map<string, string> }[] = [];
let compared = 0;
let reports = 0;
for (const [story, docs] of stories) {
  if (docs.length < 2) continue;
  compared++;
  reports += docs.length;
  const articles = docs.map((d) => (oneDate ? { id: d.id, text: d.text, published: UNDATED_REFERENCE } : { id: d.id, text: d.text }));
  const report = await compare(articles, { today: UNDATED_REFERENCE });
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  for (const s of report.stories) {
    for (const finding of s.findings) {
      if (finding.kind !== "contradiction") continue;
      byAspect.set(finding.aspect, (byAspect.get(finding.aspect) ?? 0) + 1);
      found.push({ story, finding, texts });
    }
  }
}

const total = found.length;
console.log(`ECB+ dev: ${compared} stories of 2 or more reports, ${reports} reports, ${total} contradictions\n`);
printTable(
  ["aspect", "contradictions", "per story"],
  [...byAspect.entries()].sort((a, b) => b[1] - a[1]).map(([aspect, n]) => [aspect, String(n), (n / compared).toFixed(2)]),
);

const show = flags.number("show", 0);
if (show > 0) {
  const aspect = flags.get("aspect");
  const pool = found.filter((f) => !aspect || f.finding.aspect === aspect);
  const random = seededRng(flags.number("seed", 7));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as (typeof pool)[number], pool[i] as (typeof pool)[number]];
  }
  for (const { story, finding, texts } of pool.slice(0, show)) {
    console.log(`\n[story ${story}] ${finding.aspect} ${finding.confidence.toFixed(2)} ${finding.summary}`);
    for (const claim of finding.claims) {
      const text = texts.get(claim.span.articleId) ?? "";
      const from = Math.max(0, claim.span.start - 120);
      const to = Math.min(text.length, claim.span.end + 120);
      const context = `${text.slice(from, claim.span.start)}[[${claim.span.text}]]${text.slice(claim.span.end, to)}`.replace(/\s+/g, " ");
      console.log(`   ${claim.span.articleId}: ${context}${claim.value ? `  = ${claim.value}` : ""}`);
    }
  }
}
