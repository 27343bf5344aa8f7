import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corporaDir } from "./repo.js";

/** One article of a development corpus, with what every benchmark needs. */
export type CorpusArticle = { corpus: string; id: string; text: string; title?: string; published?: string };

/** The JSONL corpora the benchmarks read; gold fields are left to the scripts that score them. */
export type CorpusName = "te3-tbaq" | "polnear-dev" | "polnear-train" | "ecbplus-dev";

type RawRecord = { id: string; text: string; title?: string; published?: string };

export function loadCorpus(name: CorpusName): CorpusArticle[] {
  const lines = readFileSync(join(corporaDir(), `${name}.jsonl`), "utf8").split("\n");
  const articles: CorpusArticle[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const raw = JSON.parse(line) as RawRecord;
    const article: CorpusArticle = { corpus: name, id: raw.id, text: raw.text };
    if (raw.title) article.title = raw.title;
    if (raw.published) article.published = raw.published;
    articles.push(article);
  }
  return articles;
}

export function loadCorpora(names: readonly CorpusName[]): CorpusArticle[] {
  return names.flatMap((name) => loadCorpus(name));
}
