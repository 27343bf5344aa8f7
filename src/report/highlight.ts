/**
 * Turn possibly overlapping highlighted ranges into flat, non-overlapping segments, each carrying
 * every key that covers it. HTML cannot nest <mark>s across each other's ends, so overlap is
 * resolved once here, from offsets, and the markup is a plain sequence of segments.
 */

export type Highlight = { start: number; end: number; key: string };
export type Segment = { start: number; end: number; keys: string[] };

export function segments(length: number, highlights: readonly Highlight[]): Segment[] {
  const starts = new Map<number, string[]>();
  const ends = new Map<number, string[]>();
  const boundaries = new Set<number>([0, length]);
  for (const h of highlights) {
    if (!Number.isInteger(h.start) || !Number.isInteger(h.end) || h.start < 0 || h.end > length || h.start >= h.end) continue;
    push(starts, h.start, h.key);
    push(ends, h.end, h.key);
    boundaries.add(h.start);
    boundaries.add(h.end);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const active = new Map<string, number>();
  const result: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const at = points[i]!;
    for (const key of ends.get(at) ?? []) {
      const n = (active.get(key) ?? 0) - 1;
      if (n > 0) active.set(key, n);
      else active.delete(key);
    }
    for (const key of starts.get(at) ?? []) active.set(key, (active.get(key) ?? 0) + 1);
    const keys = [...active.keys()].sort();
    const last = result.at(-1);
    // Adjacent runs under the same keys are one segment: fewer, longer marks.
    if (last && last.keys.join(" ") === keys.join(" ")) last.end = points[i + 1]!;
    else result.push({ start: at, end: points[i + 1]!, keys });
  }
  return result;
}

function push(map: Map<number, string[]>, at: number, key: string): void {
  const list = map.get(at);
  if (list) list.push(key);
  else map.set(at, [key]);
}
