import { mix32 } from "./minhash.js";

/**
 * A 53-bit hash of a string: two 32-bit FNV-style passes, mixed, 32 bits of one beside 21 of the
 * other. A month of a feed holds under a million keys per field; two of them share a hash with
 * odds of about one in ten thousand, and then they only count as one word.
 */
export function keyHash(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return mix32(a) * 0x200000 + (mix32(b) & 0x1fffff);
}

const EMPTY = -1;
const MAX_LOAD = 0.7;

/**
 * Key hashes to small integer ids, in typed arrays: open addressing with linear probing, and
 * deletion by shifting the entries that follow back (no tombstones, so a table whose keys come and
 * go stays as fast as a fresh one). A Map of strings would hold every key's text, some fifty bytes
 * each on top of the entry, and its garbage collector would visit each one.
 */
export class KeyTable {
  private hashes = new Float64Array(1024);
  private ids = new Int32Array(1024).fill(EMPTY);
  private mask = 1023;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The id stored under this hash, or undefined. */
  get(hash: number): number | undefined {
    for (let slot = this.home(hash); ; slot = (slot + 1) & this.mask) {
      const id = this.ids[slot] as number;
      if (id === EMPTY) return undefined;
      if (this.hashes[slot] === hash) return id;
    }
  }

  /** Store an id under a hash that is not in the table. */
  set(hash: number, id: number): void {
    if ((this.count + 1) > MAX_LOAD * this.ids.length) this.resize(this.ids.length * 2);
    let slot = this.home(hash);
    while (this.ids[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.hashes[slot] = hash;
    this.ids[slot] = id;
    this.count++;
  }

  delete(hash: number): void {
    let slot = this.home(hash);
    for (; ; slot = (slot + 1) & this.mask) {
      if (this.ids[slot] === EMPTY) return;
      if (this.hashes[slot] === hash) break;
    }
    this.count--;
    // Move back every later entry of the run that may sit in the freed slot: one whose home is not
    // cyclically between the freed slot and its own.
    let free = slot;
    for (let next = (free + 1) & this.mask; this.ids[next] !== EMPTY; next = (next + 1) & this.mask) {
      const home = this.home(this.hashes[next] as number);
      const stays = free <= next ? free < home && home <= next : free < home || home <= next;
      if (stays) continue;
      this.hashes[free] = this.hashes[next] as number;
      this.ids[free] = this.ids[next] as number;
      free = next;
    }
    this.ids[free] = EMPTY;
    if (this.ids.length > 1024 && this.count < 0.2 * this.ids.length) this.resize(this.ids.length / 2);
  }

  private home(hash: number): number {
    // The upper 32 bits, already mixed; `&` truncates the fraction.
    return (hash / 0x200000) & this.mask;
  }

  private resize(size: number): void {
    const hashes = this.hashes;
    const ids = this.ids;
    this.hashes = new Float64Array(size);
    this.ids = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
    this.count = 0;
    for (let slot = 0; slot < ids.length; slot++) if (ids[slot] !== EMPTY) this.set(hashes[slot] as number, ids[slot] as number);
  }
}
