/** Precision, recall and their harmonic mean. */
export type PRF = { precision: number; recall: number; f1: number };

/**
 * Pairwise scores of a clustering against gold labels: a pair of items is a true positive when
 * both put them together. Items missing from `predicted` count as singletons.
 */
export function pairwiseScores(predicted: readonly (readonly string[])[], gold: ReadonlyMap<string, string>): PRF {
  const predictedLabel = labelsOf(predicted);
  const items = [...gold.keys()];
  const together = (labels: (id: string) => string | undefined) => countPairs(items, labels);
  const goldPairs = together((id) => gold.get(id));
  const predictedPairs = together((id) => predictedLabel.get(id) ?? `singleton:${id}`);
  const bothPairs = together((id) => `${gold.get(id)}\u0000${predictedLabel.get(id) ?? `singleton:${id}`}`);
  return prf(bothPairs, predictedPairs, goldPairs);
}

/** B-cubed precision and recall (Bagga & Baldwin): per item, the overlap of its two clusters, averaged. */
export function bcubedScores(predicted: readonly (readonly string[])[], gold: ReadonlyMap<string, string>): PRF {
  const predictedLabel = labelsOf(predicted);
  const items = [...gold.keys()];
  const predictedOf = (id: string) => predictedLabel.get(id) ?? `singleton:${id}`;
  const goldSize = countBy(items, (id) => gold.get(id) as string);
  const predictedSize = countBy(items, predictedOf);
  const overlap = countBy(items, (id) => `${gold.get(id)}\u0000${predictedOf(id)}`);
  let precision = 0;
  let recall = 0;
  for (const id of items) {
    const shared = overlap.get(`${gold.get(id)}\u0000${predictedOf(id)}`) as number;
    precision += shared / (predictedSize.get(predictedOf(id)) as number);
    recall += shared / (goldSize.get(gold.get(id) as string) as number);
  }
  const n = items.length || 1;
  return withF1(precision / n, recall / n);
}

function labelsOf(clusters: readonly (readonly string[])[]): Map<string, string> {
  const labels = new Map<string, string>();
  clusters.forEach((cluster, c) => {
    for (const id of cluster) labels.set(id, String(c));
  });
  return labels;
}

function countPairs(items: readonly string[], label: (id: string) => string | undefined): number {
  let pairs = 0;
  for (const size of countBy(items, (id) => label(id) ?? `none:${id}`).values()) pairs += (size * (size - 1)) / 2;
  return pairs;
}

function countBy(items: readonly string[], key: (id: string) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of items) {
    const k = key(id);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function prf(truePositives: number, predicted: number, actual: number): PRF {
  return withF1(predicted ? truePositives / predicted : 0, actual ? truePositives / actual : 0);
}

function withF1(precision: number, recall: number): PRF {
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Pearson's correlation coefficient of two equally long series. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] as number;
    my += ys[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : NaN;
}
