/** PolNeAR records, their gold attributions and the one-to-one pairing of system statements with them, shared by the attribution benches. */

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { emptyDoc } from "../../src/annotate/doc.js";
import { tokenStage } from "../../src/annotate/tokens.js";
import type { AnnotatedDoc } from "../../src/model/types.js";
import { corporaDir } from "./repo.js";

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

export type PolnearRecord = { id: string; text: string; published?: string; title?: string; attributions: GoldAttribution[] };

/**
 * One PolNeAR split from ../shared/corpora, or a file in the same format at `path` (a held-out split kept
 * elsewhere); a missing or malformed file ends the process with a message saying which and where.
 */
export function loadPolnear(split: "train" | "dev", path = join(corporaDir(), `polnear-${split}.jsonl`)): { path: string; records: PolnearRecord[] } {
  if (!existsSync(path)) {
    console.error(`PolNeAR corpus not found at ${path}.\nExpected the shared corpora next to the repository (../shared/corpora), or a path given with --file.`);
    process.exit(1);
  }
  const records: PolnearRecord[] = [];
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, n) => {
      if (!line.trim()) return;
      const record = JSON.parse(line) as Partial<PolnearRecord>;
      if (typeof record.text !== "string" || !Array.isArray(record.attributions)) {
        console.error(`${path}:${n + 1}: not a PolNeAR record (expected "text" and "attributions")`);
        process.exit(1);
      }
      records.push(record as PolnearRecord);
    });
  return { path, records };
}

/** A record as a document with its tokens, its published date as the reference date; the other stages are the caller's. */
export function tokenisedPolnearDoc(r: PolnearRecord): AnnotatedDoc {
  const doc = emptyDoc({ id: r.id, text: r.text, ...(r.published ? { published: r.published } : {}) });
  tokenStage.run(doc);
  if (r.published) doc.referenceDate = { value: r.published.slice(0, 10), basis: "published" };
  return doc;
}
