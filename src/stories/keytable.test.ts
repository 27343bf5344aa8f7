import { test } from "node:test";
import assert from "node:assert/strict";
import { KeyTable, keyHash } from "./keytable.js";

test("the key table agrees with a Map through a long run of inserts and deletes", () => {
  const table = new KeyTable();
  const expected = new Map<number, number>();
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  // Few distinct hashes in a small range, so runs collide and wrap and deletions must shift entries.
  const hashes = Array.from({ length: 5000 }, (_, i) => keyHash(`key ${i}`));
  for (let step = 0; step < 60_000; step++) {
    const hash = hashes[Math.floor(random() * (step < 30_000 ? hashes.length : 300))] as number;
    if (expected.has(hash) && random() < 0.5) {
      table.delete(hash);
      expected.delete(hash);
    } else if (!expected.has(hash)) {
      table.set(hash, step);
      expected.set(hash, step);
    }
    if (step % 997 === 0) for (const h of hashes) assert.equal(table.get(h), expected.get(h));
  }
  assert.equal(table.size, expected.size);
  for (const h of hashes) assert.equal(table.get(h), expected.get(h));
});

test("key hashes tell apart keys that differ by one character or by order", () => {
  const keys = ["kyiv", "kiev", "kyiv ", "ab", "ba", "a", "", "2023-05-03", "2023-05-30", "Kyiv"];
  assert.equal(new Set(keys.map(keyHash)).size, keys.length);
  assert.equal(keyHash("kyiv"), keyHash("kyiv"));
  for (const key of keys) assert.ok(Number.isSafeInteger(keyHash(key)) && keyHash(key) >= 0, key);
});
