/** PolNeAR gold attributions and the one-to-one pairing of system statements with them, shared by the attribution benches. */

export type GoldSpan = { start: number; end: number; text: string } | null;
export type GoldAttribution = { source: GoldSpan; cue: GoldSpan; content: GoldSpan };
export type Offsets = { start: number; end: number };

export const overlap = (a: Offsets, b: Offsets): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Greedy one-to-one matching by content overlap, largest first: [system index, gold index] pairs. */
export function match(pred: readonly { content: Offsets }[], gold: readonly GoldAttribution[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  pred.forEach((p, i) =>
    gold.forEach((g, j) => {
      if (!g.content) return;
      const o = overlap(p.content, g.content);
      if (o > 0) pairs.push([o, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}
