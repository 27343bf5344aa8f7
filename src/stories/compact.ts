import type { ArticleFeatures, KeyCounts } from "./features.js";
import { estimatedJaccard } from "./minhash.js";
import { COMPONENT_WEIGHTS, pseudoSquare, type SimilarityComponents } from "./similarity.js";
import { CorpusStats, KEYED_FIELDS, logCount, type KeyedField } from "./stats.js";
import { smoothedCosine } from "./vectors.js";

/** One field as parallel arrays sorted by key id: a dot product is a merge, with no hashing. */
export type CompactField = { ids: Int32Array; tf: Float32Array };

/**
 * An article as the grouper keeps it: a few kilobytes of typed arrays instead of maps of strings,
 * so that a hundred thousand articles fit in memory. Term frequencies are stored raw (log-scaled);
 * IDF is applied when two articles are compared, so weights follow the statistics as they grow.
 */
export type CompactArticle = {
  id: string;
  fields: CompactField[];
  signature: Uint32Array;
  published?: number;
  /** per-field vector norms, and the statistics' changes count when they were computed */
  norms: Float64Array;
  normsAt: number;
};

/** Norms are refreshed once the frequencies have moved (articles added or forgotten) by this share of the corpus. */
const NORM_REFRESH_GROWTH = 0.1;

export function compactArticle(features: ArticleFeatures, stats: CorpusStats): CompactArticle {
  const compact: CompactArticle = {
    id: features.id,
    fields: KEYED_FIELDS.map((field) => compactField(features[field], field, stats)),
    signature: features.signature,
    norms: new Float64Array(KEYED_FIELDS.length),
    normsAt: -1,
  };
  if (features.published !== undefined) compact.published = features.published;
  return compact;
}

function compactField(counts: KeyCounts, field: KeyedField, stats: CorpusStats): CompactField {
  const entries = [...counts].map(([key, count]) => [stats.intern(field, key), logCount(count)] as const).sort((x, y) => x[0] - y[0]);
  return { ids: Int32Array.from(entries, (e) => e[0]), tf: Float32Array.from(entries, (e) => e[1]) };
}

/** The components of similarity() that count toward its score (fields weighing nothing are skipped). */
export function compactComponents(a: CompactArticle, b: CompactArticle, stats: CorpusStats): SimilarityComponents {
  refreshNorms(a, stats);
  refreshNorms(b, stats);
  const components: SimilarityComponents = { copy: estimatedJaccard(a.signature, b.signature) };
  KEYED_FIELDS.forEach((field, f) => {
    if (COMPONENT_WEIGHTS[field] === 0) return;
    if ((a.fields[f] as CompactField).ids.length === 0 && (b.fields[f] as CompactField).ids.length === 0) return;
    const product = weightedDot(a.fields[f] as CompactField, b.fields[f] as CompactField, field, stats);
    components[field] = smoothedCosine(product, a.norms[f] as number, b.norms[f] as number, pseudoSquare(field, stats));
  });
  return components;
}

function weightedDot(a: CompactField, b: CompactField, field: KeyedField, stats: CorpusStats): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
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
    const { ids, tf } = article.fields[f] as CompactField;
    let sum = 0;
    for (let i = 0; i < ids.length; i++) {
      const w = (tf[i] as number) * stats.idfById(field, ids[i] as number);
      sum += w * w;
    }
    article.norms[f] = Math.sqrt(sum);
  });
  article.normsAt = stats.changes;
}
