// A stream of articles ingested into a SQLite store and grouped into stories as they arrive, on one core,
// the way `corroborate watch` runs: each article is annotated for grouping and committed with its features;
// after every batch (a poll) the new articles join the grouping (each compared with its candidates); every
// --read-every polls the stories are read off it (only the stories the new articles touched are clustered
// again) and the whole grouping is saved to the store, as `watch` does at each poll. Reading and saving
// cost in proportion to the stories held, so they are timed and shown apart as well.
//
//   node --max-old-space-size=512 --import tsx bench/ingest-scale.ts [--articles 100000] [--batch 1000] [--read-every 10] [--window 10000] [--keep-db]
//   node --max-old-space-size=512 dist/bench/ingest-scale.js ...        # after `npm run build`
// The heap cap is how a long `watch` should run too: without it V8 lets the heap grow to several times what is live.
//
// Articles: the texts of ecbplus-dev, te3-tbaq and polnear-train, repeated. Copy k of a text is published
// two days after copy k-1, opens with a dateline of that day (so no two copies are the same text), and has
// its capitalised words (names, places, organisations) respelt with a suffix for k modulo 40: new events
// with new names, while over months names recur as they do in a real feed (a vocabulary that grew without
// end would measure the interning of ever more strings, not the grouping). Copies two days apart are
// within the 30-day window, so the grouping must keep apart look-alike articles with different names.
// Figures at each checkpoint: articles/s and ms per article over the last --window articles (ingest,
// grouping, reading and saving the stories, all of it), the seconds the last poll's reading and saving
// took, heap and RSS then; at the end the process's peak RSS and the store's size on disk.

import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { openStore } from "../src/store/index.js";
import { featuresRecord, StoreGrouping } from "../src/store/grouping.js";
import { readFlags } from "./lib/args.js";
import { loadCorpora, type CorpusArticle } from "./lib/corpora.js";
import { fixed, printTable } from "./lib/table.js";

const flags = readFlags();
const total = flags.number("articles", 100_000);
const batch = flags.number("batch", 1000);
const readEvery = Math.max(1, flags.number("read-every", 10));
const window = Math.min(flags.number("window", 10_000), total);
const checkpoints = [...new Set([...Array.from({ length: Math.floor(total / 10_000) }, (_, k) => (k + 1) * 10_000), total])];

const base = loadCorpora(["ecbplus-dev", "te3-tbaq", "polnear-train"]);
const dir = mkdtempSync(join(tmpdir(), "corroborate-scale-"));
const dbPath = join(dir, "scale.db");
const store = await openStore(dbPath);
const grouping = new StoreGrouping();

const START = Date.parse("2020-01-01T00:00:00Z");
const DAY = 86_400_000;
/** Capitalised words that are not names: respelling them would only make the text odd. */
const COMMON = new Set(["The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "But", "And", "This", "That", "For", "Mr", "Mrs", "Ms"]);

const NAME_GENERATIONS = 40;
const SUFFIXES = ["", "ov", "ak", "en", "is", "ul", "an", "er", "ot", "im"];

function variant(article: CorpusArticle, copy: number, published: string): string {
  if (copy === 0) return article.text;
  const generation = copy % NAME_GENERATIONS;
  const suffix = `${SUFFIXES[generation % 10]}${"xyzw"[Math.floor(generation / 10)]}`;
  const renamed = article.text.replace(/\b[A-Z][a-z]{2,}\b/g, (word) => (COMMON.has(word) ? word : `${word}${suffix}`));
  return `Filed ${published.slice(0, 10)}.\n${renamed}`;
}

console.log(`ingest-scale: ${total} articles from ${base.length} texts, polls of ${batch}, stories read and saved every ${readEvery} polls, store ${dbPath}, node ${process.version}\n`);
const rows: string[][] = [];
let windowStart = performance.now();
let readSeconds = 0;
let stories = 0;
for (let i = 0; i < total; i++) {
  if (checkpoints.includes(i + window)) windowStart = performance.now();
  const source = base[i % base.length] as CorpusArticle;
  const copy = Math.floor(i / base.length);
  const published = new Date(START + copy * 2 * DAY + (i % base.length) * 60_000).toISOString();
  const article = { id: `${source.corpus}-${source.id}-${copy}`, text: variant(source, copy, published), published };
  await store.addArticle({ preferredId: article.id, text: article.text, published: article.published }, featuresRecord(article));
  const pollEnds = (i + 1) % batch === 0 || i + 1 === total;
  if (pollEnds) await grouping.addNew(store);
  if (pollEnds && (((i + 1) / batch) % readEvery === 0 || i + 1 === total)) {
    const readStarted = performance.now();
    const drafts = await grouping.drafts(store);
    await store.saveStories(drafts);
    readSeconds = (performance.now() - readStarted) / 1000;
    stories = drafts.length;
  }
  if (checkpoints.includes(i + 1)) {
    const perArticle = (performance.now() - windowStart) / window;
    const memory = process.memoryUsage();
    rows.push([String(i + 1), fixed(1000 / perArticle, 0), fixed(perArticle, 2), String(stories), fixed(readSeconds, 2), fixed(memory.heapUsed / 2 ** 20, 0), fixed(memory.rss / 2 ** 20, 0)]);
    console.error(`... ${i + 1} stored`);
  }
}
await store.close();

printTable(["articles stored", `articles/s (last ${window})`, "ms per article", "stories", "last read + save s", "heap MB", "RSS MB"], rows);
if (rows.length >= 2) console.log(`\ncost per article at ${total} / at 10000: ${fixed(Number(rows.at(-1)![2]) / Number(rows[0]![2]), 2)}x (target <= 1.5x)`);
console.log(`peak RSS over the run: ${fixed(process.resourceUsage().maxRSS / 1024, 0)} MB (target < 1024 MB); store on disk ${fixed(statSync(dbPath).size / 2 ** 20, 0)} MB`);
if (flags.has("keep-db")) console.log(`store kept at ${dbPath}`);
else rmSync(dir, { recursive: true, force: true });
