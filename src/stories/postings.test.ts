import { test } from "node:test";
import assert from "node:assert/strict";
import { PostingChains } from "./postings.js";

/** The items holding a key, newest first, reading until an item that was taken out. */
function itemsWith(chains: PostingChains, key: number, firstLive: number): number[] {
  const items: number[] = [];
  for (let p = chains.newest(key); p >= 0 && chains.itemOf(p) >= firstLive; p = chains.previous(p)) items.push(chains.itemOf(p));
  return items;
}

test("each key's postings run from its newest item to its oldest, and items taken out are not reached", () => {
  const chains = new PostingChains(4);
  const keysOf: number[][] = [];
  let seed = 3;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  let firstLive = 0;
  for (let item = 0; item < 3000; item++) {
    const keys = [...new Set(Array.from({ length: 1 + Math.floor(random() * 6) }, () => Math.floor(random() * 40)))];
    keysOf.push(keys.slice(0, 4));
    chains.add(item, keys);
    // A sliding window of about 200 items, items leaving in order of arrival, sometimes several at once.
    if (item > 200 && random() < 0.6) {
      const upTo = Math.min(item - 100, firstLive + Math.floor(random() * 3));
      chains.removeUpTo(upTo);
      firstLive = upTo + 1;
    }
    if (item % 97 === 0) {
      for (let key = 0; key < 40; key++) {
        const expected: number[] = [];
        for (let other = item; other >= firstLive; other--) if (keysOf[other]!.includes(key)) expected.push(other);
        assert.deepEqual(itemsWith(chains, key, firstLive), expected, `key ${key} after item ${item}`);
      }
    }
  }
});

test("a key whose items all left has no postings", () => {
  const chains = new PostingChains(2);
  chains.add(0, [5, 6]);
  chains.add(1, [6]);
  chains.removeUpTo(0);
  assert.equal(chains.newest(5), -1);
  assert.equal(chains.itemOf(chains.newest(6)), 1);
});
