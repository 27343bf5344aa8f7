const NONE = -1;

/**
 * The postings of an inverted index over items numbered 0, 1, 2 ... in order of arrival, each with
 * up to `slotsPerItem` keys. Item i's keys take postings i * slotsPerItem ... in two typed arrays
 * (its key, and how far back the key's previous posting is), so each key's postings form a chain
 * from its newest item to its oldest, and the index holds no array per key. Items leave in order of
 * arrival; the arrays drop the postings of items gone once those fill half of them.
 */
export class PostingChains {
  private readonly newestOf = new Map<number, number>();
  private keyAt = new Int32Array(1024).fill(NONE);
  /** posting minus the same key's previous posting; 0 where the chain ends */
  private gapAt = new Int32Array(1024);
  /** the posting held in slot 0 of the arrays */
  private first = 0;
  /** one past the last posting written */
  private end = 0;
  /** postings before this one belong to items taken out */
  private removedEnd = 0;

  constructor(private readonly slotsPerItem: number) {}

  /** Index an item's keys (at most slotsPerItem; items must come in increasing order). */
  add(item: number, keys: readonly number[]): void {
    const base = item * this.slotsPerItem;
    this.reserve(base + this.slotsPerItem);
    keys.slice(0, this.slotsPerItem).forEach((key, j) => {
      const posting = base + j;
      const previous = this.newestOf.get(key);
      this.keyAt[posting - this.first] = key;
      this.gapAt[posting - this.first] = previous === undefined ? 0 : posting - previous;
      this.newestOf.set(key, posting);
    });
    this.end = base + this.slotsPerItem;
  }

  /** The key's newest posting, or -1. */
  newest(key: number): number {
    return this.newestOf.get(key) ?? NONE;
  }

  /** The posting before this one in its key's chain, or -1. Only for postings of items still indexed. */
  previous(posting: number): number {
    const gap = this.gapAt[posting - this.first] as number;
    return gap === 0 ? NONE : posting - gap;
  }

  itemOf(posting: number): number {
    return Math.floor(posting / this.slotsPerItem);
  }

  /**
   * Take out every item up to and including this one. Chains of later items may still lead to
   * their postings: a reader stops at the first posting of an item gone.
   */
  removeUpTo(item: number): void {
    const through = Math.min((item + 1) * this.slotsPerItem, this.end);
    for (let posting = this.removedEnd; posting < through; posting++) {
      const key = this.keyAt[posting - this.first] as number;
      if (key !== NONE && this.newestOf.get(key) === posting) this.newestOf.delete(key);
    }
    this.removedEnd = Math.max(this.removedEnd, through);
    const gone = this.removedEnd - this.first;
    if (gone * 2 < this.keyAt.length) return;
    this.keyAt.copyWithin(0, gone, this.end - this.first);
    this.gapAt.copyWithin(0, gone, this.end - this.first);
    this.keyAt.fill(NONE, this.end - this.removedEnd);
    this.first = this.removedEnd;
  }

  private reserve(end: number): void {
    if (end - this.first <= this.keyAt.length) return;
    let size = this.keyAt.length;
    while (end - this.first > size) size *= 2;
    const keyAt = new Int32Array(size).fill(NONE);
    const gapAt = new Int32Array(size);
    keyAt.set(this.keyAt);
    gapAt.set(this.gapAt);
    this.keyAt = keyAt;
    this.gapAt = gapAt;
  }
}
