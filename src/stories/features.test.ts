import assert from "node:assert/strict";
import { test } from "node:test";
import { annotateStory } from "../annotate/pipeline.js";
import type { Article } from "../model/types.js";
import { articleFeatures } from "./features.js";

const TODAY = "2031-06-15";

function featuresOf(text: string, extra: Partial<Article> = {}) {
  const [doc] = annotateStory([{ id: "a1", text, ...extra }], { today: TODAY });
  return articleFeatures(doc!);
}

const ESCAPE =
  "A convicted robber escaped from a prison van near Dunmore on Monday, officials said.\n" +
  "The inmate, Morrow Quillfeather, 49, pulled a gun on two guards.\n" +
  "The Corrections Board offered a $30,000 reward for information.\n" +
  "Guards searched the woods near the van for hours.";

test("terms: content lemmas, lead words twice, reporting verbs left out", () => {
  const f = featuresOf(ESCAPE);
  assert.equal(f.terms.get("escape"), 2, "a lead word counts twice");
  assert.equal(f.terms.get("wood"), 1, "a word after the lead counts once");
  assert.equal(f.terms.has("say"), false, "'said' is in every report");
  assert.equal(f.terms.has("the"), false);
  assert.equal(f.lead.has("wood"), false, "the lead holds only the first sentences");
  assert.equal(f.lead.get("escape"), 1);
});

test("names are folded into words; places kept apart", () => {
  const f = featuresOf(ESCAPE);
  assert.ok(f.names.has("quillfeather"), [...f.names.keys()].join(","));
  assert.ok(f.names.has("morrow"));
  assert.ok([...f.entities.keys()].some((k) => k.endsWith("morrow quillfeather")), [...f.entities.keys()].join(","));
  const placed = featuresOf("Flood waters rose in Paris and Lyon on Tuesday. Residents of Paris were moved.");
  assert.ok(placed.places.has("paris"), [...placed.places.keys()].join(","));
  assert.equal(placed.names.has("paris"), false);
});

test("dates: relative expressions count only when the reference date is known", () => {
  const dated = featuresOf("Riots broke out in Velmora on Monday.", { published: "2030-03-06" });
  assert.ok(dated.dates.has("2030-03-04"), [...dated.dates.keys()].join(","));
  assert.ok(dated.dates.has("2030-03") && dated.dates.has("2030"));
  const undated = featuresOf("Riots broke out in Velmora on Monday.");
  assert.equal(undated.dates.size, 0, "'Monday' against an unknown day is no evidence");
  const explicit = featuresOf("Riots broke out in Velmora on March 4, 2030.");
  assert.ok(explicit.dates.has("2030-03-04"), [...explicit.dates.keys()].join(","));
});

test("quantities keep the counted unit", () => {
  const f = featuresOf(ESCAPE);
  assert.ok(f.quantities.has("30000|$"), [...f.quantities.keys()].join(","));
});

test("published time only from metadata", () => {
  assert.equal(featuresOf(ESCAPE, { published: "2030-03-06T10:00:00Z" }).published, Date.parse("2030-03-06T10:00:00Z"));
  assert.equal(featuresOf("March 4, 2030\n" + ESCAPE).published, undefined, "a date in the text is not a publication time");
});

test("the same text gives the same signature; another text a different one", () => {
  const a = featuresOf(ESCAPE);
  const b = featuresOf(ESCAPE);
  const c = featuresOf("Heavy snow closed every road into the mountain town of Brask for a week.");
  assert.deepEqual(a.signature, b.signature);
  assert.notDeepEqual(a.signature, c.signature);
  assert.ok(a.length > 30 && c.length < a.length);
});

test("a title given apart from the text counts as lead, once", () => {
  const titled = featuresOf("Officials said the bridge would stay shut for a month.", { title: "Storm topples Karsby bridge" });
  assert.equal(titled.lead.get("topple"), 1, [...titled.lead.keys()].join(","));
  assert.equal(titled.terms.get("topple"), 2);
  const repeated = featuresOf("Storm topples Karsby bridge\nOfficials said the bridge would stay shut.", { title: "Storm topples Karsby bridge" });
  assert.equal(repeated.lead.get("topple"), 1, "a title the text opens with is not counted again");
});
