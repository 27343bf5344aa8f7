import type { ArticleFeatures } from "./features.js";
import { estimatedJaccard } from "./minhash.js";
import { CorpusStats, KEYED_FIELDS, type KeyedField } from "./stats.js";
import { cosine, sparseVector, type SparseVector } from "./vectors.js";

/**
 * How alike two articles are, one figure per kind of evidence, each in [0, 1]. A kind of evidence
 * neither article has (no dates in either) is absent: it neither supports nor weakens the match.
 */
export type SimilarityComponents = Partial<Record<KeyedField, number>> & {
  /** estimated Jaccard similarity of word 3-shingles */
  copy: number;
};

/**
 * Weight of each kind of evidence in the score. Words carry most, and the lead says what the story
 * is. Names, dates and counted quantities are what tell two events of one kind apart (two
 * earthquakes on one island, two prison escapes in one state, two drink-driving arrests at one
 * club). Places weigh nothing: sibling events happen in the same city as often as not, and a
 * shared country says little. Whole canonical names add nothing over their words, whose matching
 * survives partial names ("Comeaux" for "Arcade Joseph Comeaux Jr."). Chosen on ECB+ topic halves
 * and SemEval pairs together (bench/eval-stories.ts, bench/eval-similarity.ts): more weight on
 * names, places or dates helps the first a little and costs the second more.
 */
export const COMPONENT_WEIGHTS: Readonly<Record<KeyedField, number>> = {
  terms: 2,
  lead: 1,
  names: 1,
  entities: 0,
  places: 0,
  dates: 1,
  quantities: 1,
};

/**
 * Fields that hold a handful of keys, whose cosines are smoothed by this many unmatched keys of the
 * rarest weight: without it, two reports that both name one common place, or one year, agree
 * perfectly on that field. Words are many enough not to need it.
 */
const PSEUDO_KEYS: Readonly<Record<KeyedField, number>> = {
  terms: 0,
  lead: 0,
  names: 2,
  entities: 2,
  places: 2,
  dates: 2,
  quantities: 2,
};

/** The squared pseudo weight added to a field's norms, in the units of the current IDF. */
export function pseudoSquare(field: KeyedField, stats: CorpusStats): number {
  const rarest = stats.maxIdf();
  return PSEUDO_KEYS[field] * rarest * rarest;
}

/**
 * Pairs at or above this score are taken to report the same story when only the two are known
 * (chosen on ECB+ topic halves; bench/eval-stories.ts). Grouping decides on whole stories and
 * their neighbourhoods instead (see grouping.ts), which is more reliable than any pair threshold.
 */
export const SAME_STORY_SCORE = 0.4;

export type SimilarityResult = { score: number; sameStory: boolean };

/**
 * How alike two articles are, in [0, 1]. Without statistics every key weighs the same; with the
 * document frequencies of the articles seen so far, rare shared names and words count for more.
 */
export function similarity(a: ArticleFeatures, b: ArticleFeatures, stats?: CorpusStats): SimilarityResult {
  const score = combineComponents(similarityComponents(a, b, stats));
  return { score, sameStory: score >= SAME_STORY_SCORE };
}

export function similarityComponents(a: ArticleFeatures, b: ArticleFeatures, stats: CorpusStats = UNIFORM): SimilarityComponents {
  const components: SimilarityComponents = { copy: estimatedJaccard(a.signature, b.signature) };
  for (const field of KEYED_FIELDS) {
    if (a[field].size === 0 && b[field].size === 0) continue;
    components[field] = cosine(weighted(a, field, stats), weighted(b, field, stats), pseudoSquare(field, stats));
  }
  return components;
}

/**
 * One score from the components: the square root of their weighted mean over the kinds of evidence
 * at least one article has. Cosines of sparse word vectors crowd near zero (two reports of one
 * event rarely pass 0.5); the square root spreads them so that the score runs roughly evenly from
 * unrelated to same story.
 *
 * The smoothing of short fields keeps even an article compared with itself below 1 when it names
 * little; the squared copy estimate restores that (the same text scores 1, a light rewrite near
 * it). Squared, because pages that share only a paywall notice or a cookie banner share some
 * shingles too, and a Jaccard of 0.3 should not make them similar.
 */
export function combineComponents(components: SimilarityComponents): number {
  let sum = 0;
  let weights = 0;
  for (const field of KEYED_FIELDS) {
    const value = components[field];
    if (value === undefined) continue;
    sum += COMPONENT_WEIGHTS[field] * value;
    weights += COMPONENT_WEIGHTS[field];
  }
  const combined = weights > 0 ? Math.sqrt(sum / weights) : 0;
  return Math.min(1, Math.max(combined, components.copy * components.copy));
}

const UNIFORM = new CorpusStats();

function weighted(features: ArticleFeatures, field: KeyedField, stats: CorpusStats): SparseVector {
  return sparseVector(stats.weigh(field, features[field]));
}
