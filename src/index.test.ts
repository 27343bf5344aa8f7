// End-to-end through the public API, on short reports written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, annotate, compare, similarity } from "./index.js";
import { checkSpans } from "./report/spans.js";

const courier = {
  id: "courier",
  published: "2024-06-13",
  text:
    "A landslide buried the mountain road above Velden on Tuesday, June 11, the regional council said.\n\n" +
    "Council spokeswoman Mara Lind said at least 14 cars had been trapped. \"We have never seen rain like this,\" said Lind.\n\n" +
    "Engineers said the bridge at Oster was safe.",
};
const wire = {
  id: "wire",
  published: "2024-06-13",
  text:
    "A landslide buried the mountain road above Velden early on Wednesday, the regional council said.\n\n" +
    "Mara Lind, a spokesman for the council, said eight cars had been trapped. \"We have never seen rain like this,\" said Tomas Berg, the mayor.\n\n" +
    "Engineers said the bridge at Oster was not safe. Schools in the valley will stay closed.",
};

test("compare finds the date, number, role, attribution and polarity conflicts between two reports", async () => {
  const report = await compare([courier, wire]);
  const story = report.stories[0];
  assert.ok(story);
  const aspects = new Set(story.findings.filter((f) => f.kind === "contradiction").map((f) => f.aspect));
  for (const aspect of ["date", "number", "role", "attribution", "polarity"]) assert.ok(aspects.has(aspect as never), `missing ${aspect}: ${[...aspects].join(", ")}`);
  const date = story.findings.find((f) => f.aspect === "date" && f.kind === "contradiction");
  assert.deepEqual(date?.claims.map((c) => c.value).sort(), ["2024-06-11", "2024-06-12"]);
  assert.ok(story.findings.some((f) => f.kind === "unique" && f.claims[0]?.span.text.includes("Schools")));
});

test("every span of a compare report round-trips into its article", async () => {
  const report = await compare([courier, wire]);
  assert.deepEqual(checkSpans(report), []);
  assert.ok(report.stories[0]!.findings.length > 3);
});

test("a report compared with itself has no contradictions", async () => {
  const report = await compare([courier, { ...courier, id: "copy" }]);
  assert.equal(report.stories[0]!.findings.filter((f) => f.kind === "contradiction").length, 0);
  assert.deepEqual(report.stories[0]!.derivations.map((d) => d.kind), ["duplicate"]);
});

test("an undated report takes its reference date from the story and says so", async () => {
  const { published: _, ...undated } = wire;
  const report = await compare([courier, undated]);
  const ref = report.articles.find((a) => a.id === "wire")?.referenceDate;
  assert.deepEqual(ref, { value: "2024-06-13", basis: "story" });
});

test("annotate returns sentences, entities, timexes and statements whose offsets round-trip", async () => {
  const annotation = await annotate(courier);
  assert.equal(annotation.referenceDate.basis, "published");
  assert.ok(annotation.sentences.length >= 4);
  const ranges = [...annotation.entities, ...annotation.timexes, ...annotation.statements.flatMap((s) => [s.cue, s.content, ...(s.speaker?.mention ? [s.speaker.mention] : [])])];
  for (const r of ranges) assert.equal(courier.text.slice(r.start, r.end), r.text);
  assert.ok(annotation.timexes.some((t) => t.value === "2024-06-11"));
  assert.ok(annotation.entities.some((e) => e.canonical === "Mara Lind" && e.type === "person"));
});

test("options are validated at the boundary", async () => {
  await assert.rejects(compare([courier, wire], { today: "13/06/2024" } as never), /YYYY-MM-DD/);
});

// A second, unrelated event, in two reports, to be told apart from the landslide.
const strikeMorning = {
  id: "strike-morning",
  published: "2024-06-14",
  text:
    "Dock workers at the port of Halvard walked out on Thursday over a pay offer, the Harbour Workers Union said.\n\n" +
    "Union leader Ines Okafor said 600 members had joined the strike. Ferries to Skarn were cancelled.",
};
const strikeEvening = {
  id: "strike-evening",
  published: "2024-06-14",
  text:
    "The strike by dock workers at Halvard port entered its second shift on Thursday evening as talks on pay stalled.\n\n" +
    "Ines Okafor of the Harbour Workers Union said about 600 dock workers were on strike and ferries to Skarn stayed in port.",
};

test("analyze groups reports of two events into two stories and compares each on its own", async () => {
  const report = await analyze([courier, strikeMorning, wire, strikeEvening]);
  const groups = report.stories.map((s) => [...s.articleIds].sort());
  assert.deepEqual(groups.sort(), [["courier", "wire"], ["strike-evening", "strike-morning"]]);
  assert.deepEqual(report.articles.map((a) => a.id), ["courier", "strike-morning", "wire", "strike-evening"]);
  assert.equal(new Set(report.stories.map((s) => s.id)).size, 2);
  const landslide = report.stories.find((s) => s.articleIds.includes("courier"));
  assert.ok(landslide?.findings.some((f) => f.kind === "contradiction" && f.aspect === "date"));
  assert.deepEqual(checkSpans(report), []);
});

test("similarity scores reports of one event above reports of different events", async () => {
  const same = await similarity(strikeMorning, strikeEvening);
  const different = await similarity(courier, strikeEvening);
  assert.ok(same.score > different.score, `${same.score} <= ${different.score}`);
  assert.equal(same.sameStory, true);
  assert.equal(different.sameStory, false);
  assert.ok(different.score >= 0 && same.score <= 1);
});

test("a speaker described by an abbreviated title in one report is the person another names in that office", async () => {
  const daily = { id: "daily", published: "2024-06-13", text: "Ida Berg, Acme's chief executive, said the plant would close in May." };
  const wire = { id: "wire", published: "2024-06-13", text: "Acme's CEO said the plant would close in June." };
  const speakers = (await compare([daily, wire])).stories[0]?.statements.filter((s) => s.articleId === "wire").map((s) => s.speaker?.name);
  assert.deepEqual(speakers, ["Ida Berg"]);
});
