/** Sparse vectors as maps from key to weight; the norm is kept beside so a cosine costs one pass. */
export type SparseVector = { weights: Map<string, number>; norm: number };

export function sparseVector(weights: Map<string, number>): SparseVector {
  let sum = 0;
  for (const w of weights.values()) sum += w * w;
  return { weights, norm: Math.sqrt(sum) };
}

export function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, w] of small) {
    const v = large.get(key);
    if (v !== undefined) sum += w * v;
  }
  return sum;
}

/**
 * Cosine of two sparse vectors; 0 when either is empty. `pseudoSquare` is added to each squared
 * norm, as if both held some more weight the other lacks (see smoothedCosine).
 */
export function cosine(a: SparseVector, b: SparseVector, pseudoSquare = 0): number {
  return smoothedCosine(dot(a.weights, b.weights), a.norm, b.norm, pseudoSquare);
}

/**
 * dot / (|a| |b|) with `pseudoSquare` added to both squared norms. Plain cosine makes two vectors
 * of one shared key identical however common the key: two reports that both name "US" and
 * nothing else as a place would agree perfectly on places. The pseudo weight keeps a short
 * vector from claiming certainty, and weighs a rare shared key above a common one.
 */
export function smoothedCosine(product: number, normA: number, normB: number, pseudoSquare: number): number {
  if (normA === 0 || normB === 0 || product <= 0) return 0;
  return Math.min(1, product / Math.sqrt((normA * normA + pseudoSquare) * (normB * normB + pseudoSquare)));
}
