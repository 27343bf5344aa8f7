import type { Token } from "../model/types.js";

/** Hash functions in a signature; bands x rows must equal it. */
export const SIGNATURE_SIZE = 64;

/**
 * 16 bands of 4 rows: two articles become candidates with probability 1 - (1 - J^4)^16, which is
 * above 0.9 for a Jaccard J of 0.55 and below 0.1 for J of 0.25, so copies and light rewrites meet
 * and unrelated articles rarely do.
 */
export const LSH_BANDS = 16;
export const LSH_ROWS = SIGNATURE_SIZE / LSH_BANDS;

const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let state = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    state = mix32(state + 0x6d2b79f5);
    seeds[i] = state;
  }
  return seeds;
})();

/** A 32-bit avalanche mixer (the MurmurHash3 finaliser). */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes of the k-word shingles of the word tokens (punctuation skipped, case folded). */
export function wordShingles(tokens: readonly Token[], k: number): Uint32Array {
  const words: number[] = [];
  for (const token of tokens) if (token.pos !== "PUNCT" && token.pos !== "SPACE") words.push(hashString(token.norm));
  // A text shorter than one shingle still deserves a signature of what it has.
  if (words.length < k) return Uint32Array.from(words.length ? [combine(words, 0, words.length)] : []);
  const shingles = new Uint32Array(words.length - k + 1);
  for (let i = 0; i < shingles.length; i++) shingles[i] = combine(words, i, k);
  return shingles;
}

function combine(words: readonly number[], from: number, k: number): number {
  let h = 0x1b873593;
  for (let j = 0; j < k; j++) h = mix32(h ^ Math.imul((words[from + j] as number) + j, 0xcc9e2d51));
  return h;
}

/** The minimum of each seeded hash over the shingles; an empty text gets all-ones (it matches nothing). */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s] as number;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix32(shingle ^ (SEEDS[i] as number));
      if (h < (signature[i] as number)) signature[i] = h;
    }
  }
  return signature;
}

/** Share of agreeing slots: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / a.length;
}

/**
 * Banded locality-sensitive hashing over items numbered 0, 1, 2 ...: items whose signatures agree
 * on every row of some band. Each bucket is a chain through a typed array (newest first), so an
 * item costs one map entry per band and no array of its own.
 */
export class LshIndex {
  private readonly heads: Map<number, number>[] = Array.from({ length: LSH_BANDS }, () => new Map());
  private next = new Int32Array(1024 * LSH_BANDS);

  add(item: number, signature: Uint32Array): void {
    if (isEmptySignature(signature)) return;
    this.reserve(item);
    for (let band = 0; band < LSH_BANDS; band++) {
      const key = bandKey(signature, band);
      const bucket = this.heads[band] as Map<number, number>;
      this.next[item * LSH_BANDS + band] = bucket.get(key) ?? -1;
      bucket.set(key, item);
    }
  }

  /** Items added so far that share at least one band with this signature. */
  query(signature: Uint32Array): Set<number> {
    const found = new Set<number>();
    if (isEmptySignature(signature)) return found;
    for (let band = 0; band < LSH_BANDS; band++) {
      let item = (this.heads[band] as Map<number, number>).get(bandKey(signature, band)) ?? -1;
      while (item >= 0) {
        found.add(item);
        item = this.next[item * LSH_BANDS + band] as number;
      }
    }
    return found;
  }

  /** Take an item out of its buckets (the signature it was added with), dropping emptied buckets. */
  remove(item: number, signature: Uint32Array): void {
    if (isEmptySignature(signature)) return;
    for (let band = 0; band < LSH_BANDS; band++) {
      const key = bandKey(signature, band);
      const bucket = this.heads[band] as Map<number, number>;
      const after = this.next[item * LSH_BANDS + band] as number;
      let current = bucket.get(key) ?? -1;
      if (current === item) {
        if (after >= 0) bucket.set(key, after);
        else bucket.delete(key);
        continue;
      }
      while (current >= 0) {
        const slot = current * LSH_BANDS + band;
        if (this.next[slot] === item) {
          this.next[slot] = after;
          break;
        }
        current = this.next[slot] as number;
      }
    }
  }

  private reserve(item: number): void {
    if ((item + 1) * LSH_BANDS <= this.next.length) return;
    let size = this.next.length;
    while ((item + 1) * LSH_BANDS > size) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.next);
    this.next = grown;
  }
}

function bandKey(signature: Uint32Array, band: number): number {
  let key = band;
  for (let row = 0; row < LSH_ROWS; row++) key = mix32(key ^ (signature[band * LSH_ROWS + row] as number));
  // Signed, so that V8 keeps the key in the Map as a small integer rather than a boxed number.
  return key | 0;
}

function isEmptySignature(signature: Uint32Array): boolean {
  return signature.length === 0 || signature[0] === 0xffffffff;
}
