import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { emptyDoc } from "./doc.js";
import { annotateStory } from "./pipeline.js";
import { publishedReferenceDate, referenceDateFromMetadata, referenceDateFromText, referenceDatesFromText } from "./reference-date.js";
import { tokenStage } from "./tokens.js";

function fromText(text: string, today = "2025-01-15") {
  const doc = emptyDoc({ id: "t", text });
  tokenStage.run(doc);
  return referenceDateFromText(doc, today);
}

describe("referenceDateFromMetadata", () => {
  it("reads ISO dates and other parseable dates", () => {
    assert.deepEqual(referenceDateFromMetadata("2023-05-04T10:00:00Z"), { value: "2023-05-04", basis: "published" });
    assert.deepEqual(referenceDateFromMetadata("Thu, 04 May 2023 10:00:00 GMT"), { value: "2023-05-04", basis: "published" });
    assert.equal(referenceDateFromMetadata("sometime"), null);
    assert.equal(referenceDateFromMetadata(undefined), null);
  });
});

describe("publishedReferenceDate: a wire report's dateline", () => {
  const wire = (dateline: string) => `\n\n${dateline}\n\nThe harbour reopened today after repairs, the port said.`;

  it("a dateline a day or two before the published date is the report's day", () => {
    assert.deepEqual(publishedReferenceDate("2024-03-11T02:00:00Z", wire("MARROWBY, March 10 (Coastwire) --")), { value: "2024-03-10", basis: "text" });
    assert.deepEqual(publishedReferenceDate("2024-03-12", wire("Marrowby, Cumbria, Mar. 10 --")), { value: "2024-03-10", basis: "text" });
    assert.deepEqual(publishedReferenceDate("2024-01-01", "LONDON, December 31, 2023 (Coastwire) - The quay reopened."), { value: "2023-12-31", basis: "text" });
    assert.deepEqual(publishedReferenceDate("2024-01-01", wire("LONDON, December 31 (Coastwire) --")), { value: "2023-12-31", basis: "text" });
  });

  it("otherwise the metadata stands: same day, far off, later, or no dateline at the top", () => {
    const published = { value: "2024-03-11", basis: "published" };
    assert.deepEqual(publishedReferenceDate("2024-03-11", wire("MARROWBY, March 11 (Coastwire) --")), published);
    assert.deepEqual(publishedReferenceDate("2024-03-11", wire("MARROWBY, March 2 (Coastwire) --")), published);
    assert.deepEqual(publishedReferenceDate("2024-03-11", wire("MARROWBY, March 12 (Coastwire) --")), published);
    assert.deepEqual(publishedReferenceDate("2024-03-11", "The quay reopened on March 10, the port said."), published);
    assert.equal(publishedReferenceDate(undefined, wire("MARROWBY, March 10 (Coastwire) --")), null);
    // Sentences that open like a dateline, and a dateline in capitals.
    assert.deepEqual(publishedReferenceDate("2024-03-11", "On Tuesday, March 10 - the day the port reopened - crowds came."), published);
    assert.deepEqual(publishedReferenceDate("2024-03-11", "Last Friday, March 10: the port reopened."), published);
    assert.deepEqual(publishedReferenceDate("2024-03-11", wire("MARROWBY, MARCH 10 (Coastwire) -")), { value: "2024-03-10", basis: "text" });
  });

  it("the dateline's day is what 'today' means in the annotated report", () => {
    const [doc] = annotateStory([{ id: "w", text: wire("MARROWBY, March 10 (Coastwire) --"), published: "2024-03-11" }], { today: "2025-01-15" });
    assert.equal(doc?.timexes.find((t) => t.text === "today")?.value, "2024-03-10");
  });
});

describe("referenceDateFromText", () => {
  it("takes the latest full date the text writes", () => {
    const r = fromText("The accord of March 3, 2021 was broken on June 9, 2021. Talks began on April 2, 2021.");
    assert.deepEqual(r, { value: "2021-06-09", basis: "text" });
  });

  it("fixes the year of a weekday with a month and day", () => {
    // May 4 is a Thursday in 2023 (and in 2028, which is after today).
    assert.deepEqual(fromText("On Thursday, May 4, the spokesman spoke.", "2025-01-15"), { value: "2023-05-04", basis: "text" });
  });

  it("prefers the year near the years the text writes", () => {
    // May 4 is a Thursday in 2017 as well; the text's own year decides.
    assert.deepEqual(fromText("In 2016 the plan was drafted. On Thursday, May 4, it was signed.", "2025-01-15"), { value: "2017-05-04", basis: "text" });
  });

  it("dates a weekday after a year the text counts from, not near it", () => {
    // April 23 is a Thursday in 2020 and in 2026; "since 2020" lies behind the report.
    assert.deepEqual(fromText("Shares fell on Thursday, April 23, to their lowest since 2020.", "2026-12-07"), { value: "2026-04-23", basis: "text" });
  });

  it("reads days written as ordinal words, day-first, or after a stray comma", () => {
    // March 8 is a Sunday in 2020, September 26 a Friday in 2014.
    assert.deepEqual(fromText("The march is this coming Sunday, March eighth.", "2021-01-01"), { value: "2020-03-08", basis: "text" });
    assert.deepEqual(fromText("She said on Friday, 26th September, that it was over.", "2015-01-01"), { value: "2014-09-26", basis: "text" });
    assert.deepEqual(fromText("The girl was born Sept, 26, 2014, at home.", "2016-01-01"), { value: "2014-09-26", basis: "text" });
  });

  it("takes the later of a weekday date and a full date", () => {
    const r = fromText("On Tuesday, May 2, drones flew. The inquiry of Jan. 5, 2023 was closed.");
    assert.deepEqual(r, { value: "2023-05-02", basis: "text" });
  });

  it("ignores dates that do not fix a day and year", () => {
    assert.equal(fromText("It happened on Wednesday, in May, back in 2019."), null);
    assert.equal(fromText("No dates here at all."), null);
  });
});

describe("how surely a date in the text dates the report", () => {
  const dates = (text: string) => {
    const doc = emptyDoc({ id: "t", text });
    tokenStage.run(doc);
    return referenceDatesFromText(doc, "2025-01-15");
  };

  it("a weekday with its date, a published/updated stamp or a dateline is firm; a full date in a sentence is loose", () => {
    assert.deepEqual(dates("Quay reopens Updated: March 11, 2024 The quay reopened after repairs."), { firm: { value: "2024-03-11", basis: "text" }, loose: { value: "2024-03-11", basis: "text" } });
    assert.deepEqual(dates("The harbour master, born on April 22, 1953, retired."), { firm: null, loose: { value: "1953-04-22", basis: "text" } });
    assert.deepEqual(dates("Quay reopens\n\nMarrowby, 11 March 2024\n\nThe quay reopened after repairs.").firm, { value: "2024-03-11", basis: "text" });
  });

  it("a weekday date years before the years the report tells of is history, not the report's date", () => {
    const history = "On Tuesday, Oct. 10, 1972, the town awoke to the news of the flood. In 2005 the keeper told his story.";
    assert.deepEqual(dates(history), { firm: null, loose: { value: "1972-10-10", basis: "text" } });
    // A target year ahead, or next year's event, leaves the weekday date the report's own.
    assert.equal(dates("On Tuesday, Oct. 10, 2023, the council backed the plan to cut traffic by 2030.").firm?.value, "2023-10-10");
    assert.equal(dates("On Tuesday, Oct. 10, 2023, the party chose its man for the 2024 election.").firm?.value, "2023-10-10");
    assert.equal(dates("On Tuesday, March 5, 2024, the city bid for the 2030 Games.").firm?.value, "2024-03-05");
    assert.equal(dates("On Tuesday, March 5, 2024, the quay closed; it will reopen in 2027.").firm?.value, "2024-03-05");
    // A stamp dates the page whatever years it tells of.
    assert.equal(dates("Updated: March 11, 2024 The quay, to be rebuilt in 2027, reopened.").firm?.value, "2024-03-11");
  });

  it("an undated report takes its story's date before a full date of its own that may be history", () => {
    const [dated, historical] = annotateStory(
      [
        { id: "a", text: "On Monday, March 11, 2024, the quay reopened." },
        { id: "b", text: "The quay, built on April 22, 1953, reopened on Monday." },
      ],
      { today: "2025-01-15" },
    );
    assert.deepEqual(dated?.referenceDate, { value: "2024-03-11", basis: "text" });
    assert.deepEqual(historical?.referenceDate, { value: "2024-03-11", basis: "story" });
    // Alone, with no story to date it, the report falls back on its own full date rather than on today.
    const [alone] = annotateStory([{ id: "b", text: "The quay, built on April 22, 1953, reopened on Monday." }], { today: "2025-01-15" });
    assert.deepEqual(alone?.referenceDate, { value: "1953-04-22", basis: "text" });
  });
});
