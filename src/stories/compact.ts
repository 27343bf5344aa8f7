import type { ArticleFeatures, KeyCounts } from "./features.js";
import { estimatedJaccard } from "./minhash.js";
import { COMPONENT_WEIGHTS, pseudoSquare, type SimilarityComponents } from "./similarity.js";
import { CorpusStats, KEYED_FIELDS, logCount, type KeyedField } from "./stats.js";
import { smoothedCosine } from "./vectors.js";

/**
 * An article as the grouper keeps it: its keys in a few typed arrays instead of maps of strings, so
 * that a month of a feed fits in memory. All fields share one pair of arrays (a typed array costs
 * a hundred bytes or more of its own, and there are seven fields); within a field, key ids ascend,
 * so a dot product is a merge with no hashing. Term frequencies are stored raw (log-scaled); IDF is
 * applied when two articles are compared, so weights follow the statistics as they move.
 */
export type CompactArticle = {
  /** interned key ids, field after field (in KEYED_FIELDS order) */
  ids: Int32Array;
  /** the log-scaled count of each key in `ids` */
  tf: Float32Array;
  /** field f holds positions starts[f] up to starts[f + 1] of `ids` and `tf` */
  starts: Uint32Array;
  signature: Uint32Array;
  published?: number;
  /** per-field vector norms, and the statistics' changes count when they were computed */
  norms: Float64Array;
  normsAt: number;
};

/** Norms are refreshed once the frequencies have moved (articles added or forgotten) by this share of the corpus. */
const NORM_REFRESH_GROWTH = 0.1;

export function compactArticle(features: ArticleFeatures, stats: CorpusStats): CompactArticle {
  const fields = KEYED_FIELDS.map((field) => internedField(features[field], field, stats));
  const starts = new Uint32Array(KEYED_FIELDS.length + 1);
  fields.forEach((entries, f) => (starts[f + 1] = (starts[f] as number) + entries.length));
  const all = fields.flat();
  const compact: CompactArticle = {
    ids: Int32Array.from(all, (e) => e[0]),
    tf: Float32Array.from(all, (e) => e[1]),
    starts,
    signature: features.signature,
    norms: new Float64Array(KEYED_FIELDS.length),
    normsAt: -1,
  };
  if (features.published !== undefined) compact.published = features.published;
  return compact;
}

function internedField(counts: KeyCounts, field: KeyedField, stats: CorpusStats): (readonly [number, number])[] {
  return [...counts].map(([key, count]) => [stats.intern(field, key), logCount(count)] as const).sort((x, y) => x[0] - y[0]);
}

/** The key ids of field f (a view, not a copy). */
export function fieldIds(article: CompactArticle, f: number): Int32Array {
  return article.ids.subarray(article.starts[f], article.starts[f + 1]);
}

/** The components of similarity() that count toward its score (fields weighing nothing are skipped). */
export function compactComponents(a: CompactArticle, b: CompactArticle, stats: CorpusStats): SimilarityComponents {
  refreshNorms(a, stats);
  refreshNorms(b, stats);
  const components: SimilarityComponents = { copy: estimatedJaccard(a.signature, b.signature) };
  KEYED_FIELDS.forEach((field, f) => {
    if (COMPONENT_WEIGHTS[field] === 0) return;
    if (fieldSize(a, f) === 0 && fieldSize(b, f) === 0) return;
    const product = weightedDot(a, b, f, field, stats);
    components[field] = smoothedCosine(product, a.norms[f] as number, b.norms[f] as number, pseudoSquare(field, stats));
  });
  return components;
}

function fieldSize(article: CompactArticle, f: number): number {
  return (article.starts[f + 1] as number) - (article.starts[f] as number);
}

function weightedDot(a: CompactArticle, b: CompactArticle, f: number, field: KeyedField, stats: CorpusStats): number {
  let sum = 0;
  let i = a.starts[f] as number;
  let j = b.starts[f] as number;
  const iEnd = a.starts[f + 1] as number;
  const jEnd = b.starts[f + 1] as number;
  while (i < iEnd && j < jEnd) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const idf = stats.idfById(field, x);
      sum += (a.tf[i] as number) * (b.tf[j] as number) * idf * idf;
      i++;
      j++;
    }
  }
  return sum;
}

function refreshNorms(article: CompactArticle, stats: CorpusStats): void {
  if (article.normsAt >= 0 && stats.changes - article.normsAt <= NORM_REFRESH_GROWTH * stats.size) return;
  KEYED_FIELDS.forEach((field, f) => {
    const { ids, tf, starts } = article;
    let sum = 0;
    for (let i = starts[f] as number; i < (starts[f + 1] as number); i++) {
      const w = (tf[i] as number) * stats.idfById(field, ids[i] as number);
      sum += w * w;
    }
    article.norms[f] = Math.sqrt(sum);
  });
  article.normsAt = stats.changes;
}
