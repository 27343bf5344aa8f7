import type { ArticleFeatures, KeyCounts } from "./features.js";
import { KeyTable, keyHash } from "./keytable.js";

/** The keyed layers of ArticleFeatures that carry document frequencies. */
export const KEYED_FIELDS = ["terms", "lead", "names", "entities", "places", "dates", "quantities"] as const;
export type KeyedField = (typeof KEYED_FIELDS)[number];

/**
 * Keys of one field interned to small integers, with how many articles hold each. A key no article
 * holds any more is forgotten and its id reused, so that a stream's vocabulary follows its window.
 * Keys are known by their hash (keytable.ts), not their text.
 */
class FieldFrequencies {
  private readonly table = new KeyTable();
  private readonly freeIds: number[] = [];
  private nextId = 0;
  private hashOf = new Float64Array(1024);
  private df = new Int32Array(1024);

  idOf(key: string): number | undefined {
    return this.table.get(keyHash(key));
  }

  /** The key's id, creating it when new. */
  intern(key: string): number {
    const hash = keyHash(key);
    let id = this.table.get(hash);
    if (id === undefined) {
      id = this.freeIds.pop() ?? this.nextId++;
      if (id >= this.df.length) this.grow();
      this.table.set(hash, id);
      this.hashOf[id] = hash;
    }
    return id;
  }

  count(id: number): void {
    this.df[id] = (this.df[id] as number) + 1;
  }

  /** One article holding the key is gone; at none, the key is dropped and its id freed. */
  uncount(id: number): void {
    const held = this.df[id] as number;
    if (held <= 0) return;
    this.df[id] = held - 1;
    if (held > 1) return;
    this.table.delete(this.hashOf[id] as number);
    this.freeIds.push(id);
  }

  frequency(id: number): number {
    return this.df[id] ?? 0;
  }

  private grow(): void {
    const df = new Int32Array(this.df.length * 2);
    df.set(this.df);
    this.df = df;
    const hashOf = new Float64Array(this.hashOf.length * 2);
    hashOf.set(this.hashOf);
    this.hashOf = hashOf;
  }
}

/**
 * Document frequencies gathered as articles arrive, so that inverse document frequency needs no
 * fixed corpus. Before any article is seen every key weighs the same.
 */
export class CorpusStats {
  private documents = 0;
  /** articles added plus articles forgotten: how far the frequencies have moved, for cached norms */
  private moves = 0;
  private readonly fields: Record<KeyedField, FieldFrequencies> = {
    terms: new FieldFrequencies(),
    lead: new FieldFrequencies(),
    names: new FieldFrequencies(),
    entities: new FieldFrequencies(),
    places: new FieldFrequencies(),
    dates: new FieldFrequencies(),
    quantities: new FieldFrequencies(),
  };

  get size(): number {
    return this.documents;
  }

  get changes(): number {
    return this.moves;
  }

  add(features: ArticleFeatures): void {
    this.documents++;
    this.moves++;
    for (const field of KEYED_FIELDS) {
      const frequencies = this.fields[field];
      for (const key of features[field].keys()) frequencies.count(frequencies.intern(key));
    }
  }

  /**
   * Take back an article counted earlier, given its interned key ids per field (in KEYED_FIELDS
   * order): frequencies then describe the articles still in play, as in a stream's time window.
   */
  forget(idsByField: readonly ArrayLike<number>[]): void {
    this.documents--;
    this.moves++;
    KEYED_FIELDS.forEach((field, f) => {
      const ids = idsByField[f];
      if (ids) for (let i = 0; i < ids.length; i++) this.fields[field].uncount(ids[i] as number);
    });
  }

  documentFrequency(field: KeyedField, key: string): number {
    const id = this.fields[field].idOf(key);
    return id === undefined ? 0 : this.fields[field].frequency(id);
  }

  /** Smoothed IDF, ln((N + 1) / (df + 1)) + 1: never zero, so a key every article has still counts a little. */
  idf(field: KeyedField, key: string): number {
    return this.idfOf(this.documentFrequency(field, key));
  }

  /** IDF of an interned key, for callers that hold ids. */
  idfById(field: KeyedField, id: number): number {
    return this.idfOf(this.fields[field].frequency(id));
  }

  /** The IDF of a key no article has yet: the most any key can weigh now. */
  maxIdf(): number {
    return this.idfOf(0);
  }

  /** Interned id of a key, created if new (its frequency stays 0 until an article holding it is added). */
  intern(field: KeyedField, key: string): number {
    return this.fields[field].intern(key);
  }

  /** Weighted vector of one layer: sublinear term frequency times IDF. */
  weigh(field: KeyedField, counts: KeyCounts): Map<string, number> {
    const vector = new Map<string, number>();
    for (const [key, count] of counts) vector.set(key, logCount(count) * this.idf(field, key));
    return vector;
  }

  private idfOf(df: number): number {
    return Math.log((this.documents + 1) / (df + 1)) + 1;
  }
}

/** Sublinear term frequency: the tenth mention of a word says less than the second. */
export function logCount(count: number): number {
  return count > 0 ? 1 + Math.log(count) : 0;
}
