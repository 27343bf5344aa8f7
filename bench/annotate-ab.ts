// This checkout's annotate pipeline against another build of it, in one process, rounds alternating:
// the way to see a speed change of a few percent on a shared, noisy machine.
//
//   npm run build && node dist/bench/annotate-ab.js --baseline /path/to/other/dist/src/annotate/pipeline.js [--rounds 11]
//
// Both pipelines annotate the speed bench's articles (te3-tbaq, polnear-dev, ecbplus-dev), each article on
// its own, slice by slice, the two taking turns on each slice; the figure to quote is the median of the
// per-round CPU-time ratios (CPU time, not wall: other processes stretch wall time).

import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { annotateStory } from "../src/annotate/pipeline.js";
import type { AnnotatedDoc, Article } from "../src/model/types.js";
import { readFlags } from "./lib/args.js";
import { loadCorpora } from "./lib/corpora.js";
import { median } from "./lib/measure.js";
import { fixed } from "./lib/table.js";

type Annotate = (articles: readonly Article[], options: { today: string }) => AnnotatedDoc[];

const TODAY = "2024-01-01";
const flags = readFlags();
const rounds = Math.max(1, flags.number("rounds", 11));
const baselinePath = flags.get("baseline");
if (!baselinePath) throw new Error("--baseline <pipeline.js of the build to compare with> is required");
const baseline = ((await import(pathToFileURL(resolve(baselinePath)).href)) as { annotateStory: Annotate }).annotateStory;

const articles: Article[] = loadCorpora(["te3-tbaq", "polnear-dev", "ecbplus-dev"]).map((c) => ({
  id: `${c.corpus}/${c.id}`,
  text: c.text,
  ...(c.published ? { published: c.published } : {}),
}));

/** Articles per timed slice: short enough that a burst of load elsewhere falls on both sides alike. */
const SLICE = 25;

function cpuMs(annotate: Annotate, slice: readonly Article[]): number {
  const cpu0 = process.cpuUsage();
  for (const article of slice) annotate([article], { today: TODAY });
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / 1000;
}

const slices: Article[][] = [];
for (let i = 0; i < articles.length; i += SLICE) slices.push(articles.slice(i, i + SLICE));

// warm-up: JIT and wink's lexicon, not counted
cpuMs(annotateStory, articles);
cpuMs(baseline, articles);

// Within a round both sides read every slice, back to back, the order switching slice by slice.
const ours: number[] = [];
const theirs: number[] = [];
for (let r = 0; r < rounds; r++) {
  let o = 0;
  let t = 0;
  slices.forEach((slice, k) => {
    if ((r + k) % 2 === 0) {
      o += cpuMs(annotateStory, slice);
      t += cpuMs(baseline, slice);
    } else {
      t += cpuMs(baseline, slice);
      o += cpuMs(annotateStory, slice);
    }
  });
  ours.push(o);
  theirs.push(t);
}
const ratios = ours.map((o, r) => o / (theirs[r] as number));
console.log(`${articles.length} articles, ${rounds} rounds, CPU ms median: this ${fixed(median(ours), 0)}, baseline ${fixed(median(theirs), 0)}`);
console.log(`ratio this / baseline: ${fixed(median(ratios), 3)} (rounds: ${ratios.map((x) => fixed(x, 3)).join(" ")})`);
