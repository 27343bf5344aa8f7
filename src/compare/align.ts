import type { Unit } from "./units.js";

export type AlignedPair = {
  a: Unit;
  b: Unit;
  /** IDF-weighted Dice overlap of the two units' content terms, in [0, 1] */
  similarity: number;
  /** each unit is the other's best match in the other report */
  mutual: boolean;
};

/** Below this two units are not taken to state the same fact at all. */
export const MIN_ALIGNMENT = 0.3;
/** Above this two units are the same sentence, give or take a few words. */
export const NEAR_COPY = 0.8;

/** Inverse document frequency of each term over all units of the story (units are the "documents"). */
export function termWeights(units: readonly Unit[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const u of units) for (const t of u.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = units.length;
  const weights = new Map<string, number>();
  for (const [t, d] of df) weights.set(t, Math.log(1 + n / d));
  return weights;
}

/** Two short units sharing a single word ("happened") are not thereby about the same fact. */
const MIN_SHARED_TERMS = 2;

export function unitSimilarity(a: Unit, b: Unit, weights: Map<string, number>): number {
  return weightedDice(a.terms, b.terms, weights);
}

type Overlap = { shared: number; sharedCount: number; weightA: number; weightB: number };

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: Map<string, number>): Overlap {
  const o: Overlap = { shared: 0, sharedCount: 0, weightA: 0, weightB: 0 };
  for (const t of a) {
    const w = weights.get(t) ?? 1;
    o.weightA += w;
    if (b.has(t)) {
      o.shared += w;
      o.sharedCount++;
    }
  }
  for (const t of b) o.weightB += weights.get(t) ?? 1;
  return o;
}

/** IDF-weighted Dice overlap of two term sets, 0 when they share fewer than two terms. */
export function weightedDice(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: Map<string, number>): number {
  const o = overlap(a, b, weights);
  if (o.sharedCount < Math.min(MIN_SHARED_TERMS, a.size, b.size)) return 0;
  const total = o.weightA + o.weightB;
  return total === 0 ? 0 : (2 * o.shared) / total;
}

/** Weighted share of the smaller set found in the larger: a quote cut short is still the same quote. */
export function weightedContainment(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: Map<string, number>): number {
  const o = overlap(a, b, weights);
  if (Math.min(a.size, b.size) < MIN_SHARED_TERMS || o.sharedCount < MIN_SHARED_TERMS) return 0;
  const smaller = a.size <= b.size ? o.weightA : o.weightB;
  return smaller === 0 ? 0 : o.shared / smaller;
}

/** Pairs of units from different reports that state the same fact. */
export function alignUnits(unitsByDoc: readonly Unit[][], weights: Map<string, number>): AlignedPair[] {
  const pairs: AlignedPair[] = [];
  for (let i = 0; i < unitsByDoc.length; i++) {
    for (let j = i + 1; j < unitsByDoc.length; j++) {
      pairs.push(...alignTwo(unitsByDoc[i] as Unit[], unitsByDoc[j] as Unit[], weights));
    }
  }
  return pairs;
}

function alignTwo(left: Unit[], right: Unit[], weights: Map<string, number>): AlignedPair[] {
  const sims = left.map((a) => right.map((b) => unitSimilarity(a, b, weights)));
  // Equal best matches (a headline and a sentence with the same terms) go by place in the report: the first
  // of each would leave the sentences' pair unmatched, and each sentence told as found in one report only.
  const place = (i: number, n: number) => (n <= 1 ? 0 : i / (n - 1));
  const bestOfLeft = sims.map((row, i) => argMax(row, (j) => Math.abs(place(j, right.length) - place(i, left.length))));
  const bestOfRight = right.map((_, j) => argMax(sims.map((row) => row[j] as number), (i) => Math.abs(place(i, left.length) - place(j, right.length))));
  const mutualOf = (i: number, j: number) => bestOfLeft[i] === j && bestOfRight[j] === i;
  // A unit that has a near copy in the other report is spoken for: a one-sided match onto it
  // (from a sentence the other report dropped) would compare two different facts.
  const spokenForLeft = left.map((_, i) => mutualOf(i, bestOfLeft[i] as number) && ((sims[i] as number[])[bestOfLeft[i] as number] as number) >= NEAR_COPY);
  const spokenForRight = right.map((_, j) => mutualOf(bestOfRight[j] as number, j) && ((sims[bestOfRight[j] as number] as number[])[j] as number) >= NEAR_COPY);
  const pairs: AlignedPair[] = [];
  for (let i = 0; i < left.length; i++) {
    for (let j = 0; j < right.length; j++) {
      const similarity = (sims[i] as number[])[j] as number;
      if (similarity < MIN_ALIGNMENT) continue;
      // A one-sided best match counts too: one report may state in two sentences what the other says in one.
      const mutual = mutualOf(i, j);
      const oneSided = !mutual && (bestOfLeft[i] === j || bestOfRight[j] === i) && !spokenForLeft[i] && !spokenForRight[j];
      if (mutual || oneSided) pairs.push({ a: left[i] as Unit, b: right[j] as Unit, similarity, mutual });
    }
  }
  return pairs;
}

/** Index of the largest value; among equal ones, the one `distance` puts nearest. */
function argMax(values: readonly number[], distance: (i: number) => number): number {
  let best = -1;
  let bestValue = -Infinity;
  values.forEach((v, i) => {
    if (v > bestValue || (v === bestValue && v > 0 && distance(i) < distance(best))) {
      bestValue = v;
      best = i;
    }
  });
  return best;
}

