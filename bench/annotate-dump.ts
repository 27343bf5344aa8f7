// The annotate output of every article the speed bench reads (and the larger corpora beside them), as
// one JSON line per document: run it before and after a change meant to be speed only, and diff.
//
//   node --import tsx bench/annotate-dump.ts [--out annotate.jsonl] [--corpora te3-tbaq,polnear-dev,...]
//
// Articles are annotated one by one in a fresh process in a fixed order, as the speed bench does, because
// wink's lexicon grows with what it has read and tokenisation may follow it (see tokens.ts).

import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { annotateStory } from "../src/annotate/pipeline.js";
import { readFlags } from "./lib/args.js";
import { loadCorpora, type CorpusName } from "./lib/corpora.js";

const TODAY = "2024-01-01";
const flags = readFlags();
const corpora = (flags.get("corpora") ?? "te3-tbaq,polnear-dev,ecbplus-dev,polnear-train").split(",") as CorpusName[];
const out = flags.get("out") ?? "annotate-dump.jsonl";

const lines: string[] = [];
for (const c of loadCorpora(corpora)) {
  const article = { id: `${c.corpus}/${c.id}`, text: c.text, ...(c.published ? { published: c.published } : {}) };
  const [doc] = annotateStory([article], { today: TODAY });
  lines.push(JSON.stringify(doc));
}
const dump = lines.join("\n") + "\n";
writeFileSync(out, dump);
console.log(`${lines.length} documents, sha256 ${createHash("sha256").update(dump).digest("hex")} -> ${out}`);
