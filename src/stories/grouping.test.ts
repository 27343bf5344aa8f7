import assert from "node:assert/strict";
import { test } from "node:test";
import { annotated, MILL_FIRE, MILL_FIRE_COPY, SCHOOL_FIRE, UNRELATED } from "./fixtures.js";
import { groupStories, StoryGrouper } from "./grouping.js";

const mill = annotated(MILL_FIRE, "mill");
const school = annotated(SCHOOL_FIRE, "school");
const other = annotated(UNRELATED, "other");
const copy = annotated([MILL_FIRE_COPY], "copy");

const sorted = (stories: string[][]) => stories.map((s) => [...s].sort()).sort((a, b) => (a[0] as string).localeCompare(b[0] as string));

test("reports of one event together, another fire of the same kind apart, unrelated news alone", () => {
  const stories = groupStories([...mill, ...school, ...other, ...copy]);
  assert.deepEqual(sorted(stories), [["copy1", "mill1", "mill2", "mill3"], ["other1"], ["other2"], ["school1", "school2", "school3"]]);
});

test("every article is in exactly one story", () => {
  const docs = [...school, ...other, ...mill];
  const ids = groupStories(docs).flat();
  assert.equal(ids.length, docs.length);
  assert.deepEqual([...ids].sort(), docs.map((d) => d.article.id).sort());
});

test("two articles alone: a near copy is grouped, another event is not", () => {
  assert.deepEqual(sorted(groupStories([mill[0]!, copy[0]!])), [["copy1", "mill1"]]);
  assert.deepEqual(sorted(groupStories([mill[1]!, mill[2]!])), [["mill2", "mill3"]]);
  assert.deepEqual(sorted(groupStories([mill[0]!, school[0]!])), [["mill1"], ["school1"]]);
});

test("articles published further apart than the window are never compared", () => {
  const early = annotated([MILL_FIRE[0]!], "early", { published: "2030-01-10T08:00:00Z" });
  const late = annotated([MILL_FIRE_COPY], "late", { published: "2030-04-10T08:00:00Z" });
  assert.deepEqual(sorted(groupStories([...early, ...late])), [["early1"], ["late1"]]);
  assert.deepEqual(sorted(groupStories([...early, ...late], { windowDays: 120 })), [["early1", "late1"]]);
});

test("with dates, stories come in order of their first publication", () => {
  const schoolFirst = annotated([SCHOOL_FIRE[0]!], "s", { published: "2030-01-01T00:00:00Z" });
  const millLater = annotated([MILL_FIRE[0]!], "m", { published: "2030-01-05T00:00:00Z" });
  const millLatest = annotated([MILL_FIRE[1]!], "n", { published: "2030-01-06T00:00:00Z" });
  assert.deepEqual(groupStories([...millLatest, ...millLater, ...schoolFirst]), [["s1"], ["m1", "n1"]]);
});

test("stories that turn out to be one merge when an article joins them", () => {
  const [names, place, full] = annotated(
    [
      "Fire chief Maria Okonkwo said three workers of the Tolland company were hurt and forty crews attended.",
      "The textile mill in Brenford burned down on Tuesday; its dye store was destroyed.",
      "A fire tore through the Tolland textile mill in Brenford on Tuesday, injuring three workers, fire chief Maria Okonkwo said. " +
        "Forty firefighters fought the blaze, which began in the dye store.",
    ],
    "piece",
  );
  const grouper = new StoryGrouper();
  grouper.add(names!);
  grouper.add(place!);
  assert.equal(grouper.stories().length, 2, "two fragments with little in common");
  grouper.add(full!);
  assert.deepEqual(sorted(grouper.stories()), [["piece1", "piece2", "piece3"]]);
});

test("an article that shares a few common words is not pulled into a large story", () => {
  const versions = MILL_FIRE.flatMap((text, i) => [text, text.replace("Tuesday", "Tuesday afternoon").replace(/\n.*$/, `\nReporter ${i + 1} filed this from the scene.`)]);
  const story = annotated(versions, "v");
  const [drill] = annotated(["A fire drill was held at the Brenford town hall on Tuesday, and staff left the building in four minutes."], "drill");
  const stories = groupStories([...story, drill!]);
  assert.ok(stories.some((s) => s.length === 1 && s[0] === "drill1"), JSON.stringify(stories));
  assert.ok(stories.some((s) => s.length === versions.length), JSON.stringify(stories));
});

test("a long dated stream: articles out of the window retire, their stories stay whole", () => {
  const day = (n: number) => new Date(Date.UTC(2030, 0, 1) + n * 86_400_000).toISOString();
  const grouper = new StoryGrouper({ windowDays: 10 });
  const early = annotated(MILL_FIRE, "early", { published: day(0) });
  const middle = annotated(SCHOOL_FIRE, "middle", { published: day(30) });
  const late = annotated([MILL_FIRE_COPY], "late", { published: day(60) });
  for (const doc of [...early, ...middle, ...late]) grouper.add(doc);
  assert.deepEqual(sorted(grouper.stories()), [["early1", "early2", "early3"], ["late1"], ["middle1", "middle2", "middle3"]]);
});
