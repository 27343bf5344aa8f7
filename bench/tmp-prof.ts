import { loadCorpora } from "./lib/corpora.js";
import { annotateStory } from "../src/annotate/pipeline.js";
import { performance } from "node:perf_hooks";
const arts = loadCorpora(["te3-tbaq", "polnear-dev", "ecbplus-dev"] as any).map((a: any) => ({ id: a.id, text: a.text, ...(a.published ? { published: a.published } : {}) }));
for (let r = 0; r < Number(process.argv[2] ?? 6); r++) {
  const t = performance.now();
  for (const a of arts) annotateStory([a], { today: "2026-12-06" });
  console.log("round ms", (performance.now() - t).toFixed(0));
}
