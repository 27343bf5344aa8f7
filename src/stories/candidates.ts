import { fieldIds, type CompactArticle } from "./compact.js";
import { LshIndex } from "./minhash.js";
import { PostingChains } from "./postings.js";
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
 * candidates again: they leave the index and the articles array (their slot is emptied), so memory
 * and cost per article follow the window, not the whole stream.
 */
export class CandidateIndex {
  private readonly postings = new PostingChains(INDEX_KEYS);
  private readonly lsh = new LshIndex();
  private retiredUpTo = 0;

  constructor(
    private readonly articles: (CompactArticle | undefined)[],
    private readonly stats: CorpusStats,
    private readonly options: CandidateOptions,
  ) {}

  /** Articles numbered below this have left the window: none will be a candidate again. */
  get retired(): number {
    return this.retiredUpTo;
  }

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
      const { ids, tf, starts } = article;
      for (let i = starts[f] as number; i < (starts[f + 1] as number); i++) {
        scored.push({ key: packKey(f, ids[i] as number), weight: (tf[i] as number) * this.stats.idfById(field, ids[i] as number) });
      }
    }
    scored.sort((x, y) => y.weight - x.weight);
    return scored.slice(0, INDEX_KEYS).map((s) => s.key);
  }

  private candidates(article: CompactArticle, keys: readonly number[]): number[] {
    const votes = new Map<number, number>();
    for (const key of keys) this.vote(article, key, this.stats.idfById(fieldOfKey(key), idOfKey(key)), votes);
    const chosen = new Set([...votes].sort((x, y) => y[1] - x[1]).slice(0, this.options.candidates).map(([other]) => other));
    for (const copy of this.lsh.query(article.signature)) {
      if (this.withinWindow(article, this.articles[copy] as CompactArticle)) chosen.add(copy);
    }
    return [...chosen];
  }

  /** Read a key's postings from the newest, stopping where the window ends or the retired begin. */
  private vote(article: CompactArticle, key: number, weight: number, votes: Map<number, number>): void {
    for (let p = this.postings.newest(key), read = 0; p >= 0 && read < POSTINGS_SCAN; p = this.postings.previous(p), read++) {
      const other = this.postings.itemOf(p);
      const candidate = this.articles[other];
      if (candidate === undefined || this.beforeWindow(article, candidate)) break;
      if (this.withinWindow(article, candidate)) votes.set(other, (votes.get(other) ?? 0) + weight);
    }
  }

  private index(index: number, article: CompactArticle, keys: number[]): void {
    this.lsh.add(index, article.signature);
    this.postings.add(index, keys);
  }

  /**
   * Take the articles published a full window before this one out of the index and out of the
   * document frequencies, and release them (their stories keep their edges). Articles arrive in order
   * of publication in a stream; one that comes late, older than the window, is simply never compared
   * with the retired.
   */
  private retireOutOfWindow(latest: CompactArticle): void {
    while (this.retiredUpTo < this.articles.length) {
      const index = this.retiredUpTo;
      const old = this.articles[index] as CompactArticle;
      if (!this.beforeWindow(latest, old)) return;
      this.lsh.remove(index, old.signature);
      this.postings.removeUpTo(index);
      this.stats.forget(KEYED_FIELDS.map((_, f) => fieldIds(old, f)));
      this.articles[index] = undefined;
      this.retiredUpTo++;
    }
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

function packKey(field: number, id: number): number {
  return id * (1 << FIELD_BITS) + field;
}

function fieldOfKey(key: number): KeyedField {
  return KEYED_FIELDS[key % (1 << FIELD_BITS)] as KeyedField;
}

function idOfKey(key: number): number {
  return Math.floor(key / (1 << FIELD_BITS));
}
