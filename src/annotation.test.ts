import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateArticles } from "./annotation.js";
import { annotate } from "./index.js";
import type { ArticleInput } from "./model/types.js";

test("annotating a batch gives every article what annotate() gives it alone", async () => {
  const inputs: ArticleInput[] = [
    { id: "dated", published: "2025-03-05", text: 'Fire crews fought the blaze on Tuesday night. "It was gone within the hour," said Owen Pryce, the fire chief.' },
    // Undated: alone it falls back on today; in a story it would borrow the dated report's day.
    { id: "undated", text: "Harbour spokeswoman Dana Whitlock said on Wednesday that the quay would reopen on Friday." },
    // Without ids both are "a1", as annotate() names each; a batch must not rename the second.
    { text: "The council said it would meet next week." },
    { text: "Nine people were hurt, the ambulance service said on Monday." },
  ];
  const options = { today: "2025-06-01" };
  const alone = await Promise.all(inputs.map((input) => annotate(input, options)));
  assert.deepEqual(annotateArticles(inputs, options), alone);
  assert.deepEqual(alone.map((a) => a.id), ["dated", "undated", "a1", "a1"]);
  assert.equal(alone[1]?.referenceDate.basis, "default");
});
