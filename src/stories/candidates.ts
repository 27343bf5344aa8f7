import type { CompactArticle, CompactField } from "./compact.js";
import { LshIndex } from "./minhash.js";
import { CorpusStats, KEYED_FIELDS, type KeyedField } from "./stats.js";

/** Fields whose keys go into the inverted index: names and places first, then words. */
const INDEXED_FIELDS: readonly KeyedField[] = ["names", "places", "terms"];
/** Keys per article in the index and in its query: its most telling names and words. */
const INDEX_KEYS = 30;
/** Postings read per query key, newest first: the cost per article stays flat as the store grows. */
const POSTINGS_SCAN = 2000;
const DAY_MS = 86_400_000;
const FIELD_BITS = 3;

export type CandidateOptions = { candidates: number; windowDays: number };

/**
 * Finds the earlier articles worth comparing with a new one: near copies by MinHash LSH, and the
 * articles that share the most of its rarest names and words in an inverted index, within a time
 * window when dates are known. Articles are numbered in order of arrival.
 *
 * When articles arrive in order of publication, those that fell out of the window can never be
 * candidates again: they leave the index and their vectors are released, so memory and cost per
 * article follow the window, not the whole stream.
 */
export class CandidateIndex {
  private readonly postings = new Map<number, number[]>();
  private readonly lsh = new LshIndex();
  /** each live article's index keys, kept to take it out of the postings when it retires */
  private readonly keysOf = new Map<number, number[]>();
  private retiredUpTo = 0;

  constructor(
    private readonly articles: CompactArticle[],
    private readonly stats: CorpusStats,
    private readonly options: CandidateOptions,
  ) {}

  /** Candidates for article `index` (already in `articles`, not yet indexed), then index it. */
  candidatesThenIndex(index: number): number[] {
    const article = this.articles[index] as CompactArticle;
    const keys = this.indexKeys(article);
    const found = this.candidates(article, keys);
    this.index(index, article, keys);
    this.retireOutOfWindow(article);
    return found;
  }

  /** The article's most telling keys, as index keys (field and key id packed in one number). */
  private indexKeys(article: CompactArticle): number[] {
    const scored: { key: number; weight: number }[] = [];
    for (const field of INDEXED_FIELDS) {
      const f = KEYED_FIELDS.indexOf(field);
      const { ids, tf } = article.fields[f] as CompactField;
      for (let i = 0; i < ids.length; i++) {
        scored.push({ key: packKey(f, ids[i] as number), weight: (tf[i] as number) * this.stats.idfById(field, ids[i] as number) });
      }
    }
    scored.sort((x, y) => y.weight - x.weight);
    return scored.slice(0, INDEX_KEYS).map((s) => s.key);
  }

  private candidates(article: CompactArticle, keys: readonly number[]): number[] {
    const votes = new Map<number, number>();
    for (const key of keys) {
      const list = this.postings.get(key);
      if (list) this.vote(article, list, this.stats.idfById(fieldOfKey(key), idOfKey(key)), votes);
    }
    const chosen = new Set([...votes].sort((x, y) => y[1] - x[1]).slice(0, this.options.candidates).map(([other]) => other));
    for (const copy of this.lsh.query(article.signature)) {
      if (this.withinWindow(article, this.articles[copy] as CompactArticle)) chosen.add(copy);
    }
    return [...chosen];
  }

  /** Read a postings list from its newest end, stopping where the window ends. */
  private vote(article: CompactArticle, list: readonly number[], weight: number, votes: Map<number, number>): void {
    for (let p = list.length - 1, read = 0; p >= 0 && read < POSTINGS_SCAN; p--, read++) {
      const other = list[p] as number;
      const candidate = this.articles[other] as CompactArticle;
      if (this.beforeWindow(article, candidate)) break;
      if (this.withinWindow(article, candidate)) votes.set(other, (votes.get(other) ?? 0) + weight);
    }
  }

  private index(index: number, article: CompactArticle, keys: number[]): void {
    this.lsh.add(index, article.signature);
    if (article.published !== undefined) this.keysOf.set(index, keys);
    for (const key of keys) {
      const list = this.postings.get(key);
      if (list) list.push(index);
      else this.postings.set(key, [index]);
    }
  }

  /**
   * Take the articles published a full window before this one out of the index and out of the
   * document frequencies, and release their vectors (their stories keep their ids and edges). Articles arrive in order of publication in a
   * stream; one that comes late, older than the window, is simply never compared with the retired.
   */
  private retireOutOfWindow(latest: CompactArticle): void {
    while (this.retiredUpTo < this.articles.length) {
      const index = this.retiredUpTo;
      const old = this.articles[index] as CompactArticle;
      if (!this.beforeWindow(latest, old)) return;
      this.unindex(index, old);
      this.stats.forget(old.fields.map((field) => field.ids));
      old.fields = old.fields.map(() => EMPTY_FIELD);
      old.signature = EMPTY_SIGNATURE;
      this.retiredUpTo++;
    }
  }

  private unindex(index: number, article: CompactArticle): void {
    this.lsh.remove(index, article.signature);
    for (const key of this.keysOf.get(index) ?? []) {
      const list = this.postings.get(key);
      if (!list) continue;
      // Lists run in order of arrival and articles retire in that order: the retiring ones lead.
      let stale = 0;
      while (stale < list.length && (list[stale] as number) <= index) stale++;
      if (stale === list.length) this.postings.delete(key);
      else if (stale > 0) list.splice(0, stale);
    }
    this.keysOf.delete(index);
  }

  private withinWindow(a: CompactArticle, b: CompactArticle): boolean {
    if (a.published === undefined || b.published === undefined) return true;
    return Math.abs(a.published - b.published) <= this.options.windowDays * DAY_MS;
  }

  /** b was published more than a window before a (both dated). */
  private beforeWindow(a: CompactArticle, b: CompactArticle): boolean {
    return a.published !== undefined && b.published !== undefined && b.published < a.published - this.options.windowDays * DAY_MS;
  }
}

const EMPTY_FIELD: CompactField = { ids: new Int32Array(0), tf: new Float32Array(0) };
const EMPTY_SIGNATURE = new Uint32Array(0);

function packKey(field: number, id: number): number {
  return id * (1 << FIELD_BITS) + field;
}

function fieldOfKey(key: number): KeyedField {
  return KEYED_FIELDS[key % (1 << FIELD_BITS)] as KeyedField;
}

function idOfKey(key: number): number {
  return Math.floor(key / (1 << FIELD_BITS));
}
