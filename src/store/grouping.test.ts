import { test } from "node:test";
import assert from "node:assert/strict";
import { MILL_FIRE, SCHOOL_FIRE } from "../stories/fixtures.js";
import { FEATURES_PIPELINE, featuresRecord, groupStoredArticles, keepStoryIds, StoreGrouping } from "./grouping.js";
import { openStore } from "./index.js";

test("keepStoryIds keeps the id of the story a group overlaps most and numbers new ones after the highest", () => {
  const previous = new Map([
    ["s1", ["a", "b"]],
    ["s4", ["c"]],
  ]);
  assert.deepEqual(keepStoryIds([["x"], ["c", "d"], ["a", "b", "e"]], previous), ["s5", "s4", "s1"]);
});

test("keepStoryIds gives a split story's id to the larger part only", () => {
  const previous = new Map([["s1", ["a", "b", "c"]]]);
  assert.deepEqual(keepStoryIds([["a"], ["b", "c"]], previous), ["s2", "s1"]);
});

test("stored articles are grouped by event, and a story keeps its id as it grows", async () => {
  const store = await openStore(":memory:");
  try {
    const add = (text: string, i: number, prefix: string) => store.addArticle({ preferredId: `${prefix}${i}`, text });
    await add(MILL_FIRE[0]!, 1, "mill");
    await add(SCHOOL_FIRE[0]!, 1, "school");
    await add(MILL_FIRE[1]!, 2, "mill");
    await add(SCHOOL_FIRE[1]!, 2, "school");
    const grouping = new StoreGrouping();
    const first = await grouping.update(store);
    assert.deepEqual(first.map((s) => [...s.articleIds].sort()).sort(), [["mill1", "mill2"], ["school1", "school2"]]);
    assert.ok(first.every((s) => s.title.length > 0));
    await store.saveStories(first);
    const millId = first.find((s) => s.articleIds.includes("mill1"))!.id;

    // Features are kept with each article, so the next grouping reads them instead of annotating again.
    assert.ok(await store.getAnnotation("mill1", FEATURES_PIPELINE));
    const record = featuresRecord({ id: "named-before-the-store-settled-it", text: MILL_FIRE[2]! });
    await store.addArticle({ preferredId: "mill3", text: MILL_FIRE[2]! }, record);
    let read = 0;
    const second = await grouping.update(store, () => read++);
    assert.equal(read, 1, "a later update reads only the article stored since");
    const mill = second.find((s) => s.articleIds.includes("mill3"));
    assert.equal(mill?.id, millId);
    assert.deepEqual([...mill!.articleIds].sort(), ["mill1", "mill2", "mill3"]);
    await store.saveStories(second);
    assert.deepEqual(await groupStoredArticles(store), second, "a fresh grouping of the whole store agrees");
  } finally {
    await store.close();
  }
});
