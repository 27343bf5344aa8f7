import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addMonths, closestYear, formatDecade, isoWeek, lastWeekdayOnOrBefore, nextWeekdayOnOrAfter, weekdayOf, yearForWeekday } from "./calendar.js";
import { durationValue, parseCount } from "./lexicon.js";

describe("calendar", () => {
  it("weekdays and ISO weeks", () => {
    assert.equal(weekdayOf({ year: 2023, month: 5, day: 4 }), 4);
    assert.deepEqual(isoWeek({ year: 2023, month: 5, day: 4 }), { year: 2023, week: 18 });
    // 2021-01-03 is a Sunday that still belongs to the last ISO week of 2020.
    assert.deepEqual(isoWeek({ year: 2021, month: 1, day: 3 }), { year: 2020, week: 53 });
  });

  it("last and next weekday around a day, the day itself included", () => {
    const thursday = { year: 2023, month: 5, day: 4 };
    assert.deepEqual(lastWeekdayOnOrBefore(thursday, 0), { year: 2023, month: 4, day: 30 });
    assert.deepEqual(lastWeekdayOnOrBefore(thursday, 4), thursday);
    assert.deepEqual(nextWeekdayOnOrAfter(thursday, 1), { year: 2023, month: 5, day: 8 });
  });

  it("month arithmetic clamps to the month's length", () => {
    assert.deepEqual(addMonths({ year: 2024, month: 1, day: 31 }, 1), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(addMonths({ year: 2023, month: 1, day: 15 }, -13), { year: 2021, month: 12, day: 15 });
  });

  it("the year in which a month-day falls on a weekday, nearest the reference", () => {
    assert.equal(yearForWeekday({ year: 2024, month: 3, day: 1 }, 5, 4, 4), 2023);
    assert.equal(yearForWeekday({ year: 2023, month: 5, day: 4 }, 2, 30, 1), null);
  });

  it("closest year for a month-day", () => {
    assert.equal(closestYear({ year: 2023, month: 1, day: 10 }, 12, 20), 2022);
    assert.equal(closestYear({ year: 2023, month: 11, day: 10 }, 1, 5), 2024);
  });

  it("decades as TIMEX3 writes them", () => {
    assert.equal(formatDecade(1994), "199");
  });
});

describe("lexicon", () => {
  it("counts in words and digits", () => {
    assert.equal(parseCount("twenty-four"), 24);
    assert.equal(parseCount("twenty four"), 24);
    assert.equal(parseCount("2 1/2"), 2.5);
    assert.equal(parseCount("a"), 1);
    assert.equal(parseCount("several"), null);
    assert.equal(parseCount("a couple of"), 2);
  });

  it("TIMEX3 durations", () => {
    assert.equal(durationValue(3, "Y"), "P3Y");
    assert.equal(durationValue(null, "M"), "PXM");
    assert.equal(durationValue(2, "DE"), "P20Y");
    assert.equal(durationValue(1.5, "H"), "PT1H30M");
    assert.equal(durationValue(null, "H"), "PTXH");
  });
});
