import { test } from "node:test";
import assert from "node:assert/strict";
import { intervalsMeet, isBareClockTime, timexInterval } from "./time-interval.js";

const meet = (a: string, b: string) => intervalsMeet(timexInterval(a)!, timexInterval(b)!);

test("two different days do not meet", () => assert.equal(meet("2023-05-02", "2023-05-03"), false));
test("a day meets a time on that day", () => assert.equal(meet("2023-05-03", "2023-05-03T02:30"), true));
test("evening and night of the same day meet", () => assert.equal(meet("2023-04-30TEV", "2023-04-30TNI"), true));
test("a night runs into the small hours of the next day", () => assert.equal(meet("2023-04-30TNI", "2023-05-01T02:00"), true));
test("a morning does not meet the previous evening", () => assert.equal(meet("2023-05-03TMO", "2023-05-02TEV"), false));
test("7 p.m. is within that night", () => assert.equal(meet("2023-05-03T19:00", "2023-05-03TNI"), true));
test("a month meets its days", () => assert.equal(meet("2023-05", "2023-05-17"), true));
test("ISO week 18 of 2023 starts on Monday May 1", () => {
  assert.equal(meet("2023-W18", "2023-05-01"), true);
  assert.equal(meet("2023-W18", "2023-04-30"), false);
});
test("durations and reference words name no interval", () => {
  assert.equal(timexInterval("P1D"), null);
  assert.equal(timexInterval("PRESENT_REF"), null);
  assert.equal(timexInterval("XXXX-WXX-3"), null);
});

test("a bare clock time names no day; a dated one does", () => {
  assert.equal(isBareClockTime({ type: "TIME", text: "2.30am" }), true);
  assert.equal(isBareClockTime({ type: "TIME", text: "14:00 GMT" }), true);
  assert.equal(isBareClockTime({ type: "TIME", text: "Tuesday at 2.30am" }), false);
  assert.equal(isBareClockTime({ type: "TIME", text: "5/3 at noon" }), false);
  assert.equal(isBareClockTime({ type: "DATE", text: "Tuesday" }), false);
});
