import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "./story.js";
import { docWith } from "./fixtures.js";

const people = (...names: string[]) => ({ entities: names.map((text) => ({ text, type: "person" as const })) });

test("one fact told of two different people is no agreement; told of one person named short, it is", () => {
  const agreementsOf = (a: string, b: string, namesA: string[], namesB: string[]) =>
    compareStory([docWith("a", `${a} Ivo Marsh and Pia Hale were on the boat.`, people(...namesA, "Ivo Marsh", "Pia Hale")), docWith("b", `${b} Pia Hale and Ivo Marsh were on the boat.`, people(...namesB, "Pia Hale", "Ivo Marsh"))], "s").findings.filter(
      (f) => f.kind === "agreement" && f.claims.some((c) => c.span.text.includes("hospital")),
    );
  assert.equal(agreementsOf("Marsh was taken to hospital with burns.", "Hale was taken to hospital with burns.", ["Marsh"], ["Hale"]).length, 0);
  assert.equal(agreementsOf("Marsh was taken to hospital with burns.", "Ivo Marsh was taken to hospital with burns.", ["Marsh"], ["Ivo Marsh"]).length, 1);
});
