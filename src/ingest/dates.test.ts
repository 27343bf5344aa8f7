import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeDate } from "./dates.js";

test("RFC 822 dates keep the publisher's offset, so the local calendar day survives", () => {
  assert.equal(normalizeDate("Tue, 04 Mar 2025 23:30:00 -0500"), "2025-03-04T23:30:00-05:00");
  assert.equal(normalizeDate("Wed, 5 Mar 2025 08:05 GMT"), "2025-03-05T08:05:00Z");
  assert.equal(normalizeDate("5 Mar 25 08:05:09 PDT"), "2025-03-05T08:05:09-07:00");
  assert.equal(normalizeDate("Tue, 04 Mar 2025"), "2025-03-04");
});

test("ISO dates are kept as written; nonsense and impossible dates are dropped", () => {
  assert.equal(normalizeDate(" 2025-03-05T10:00:00+01:00 "), "2025-03-05T10:00:00+01:00");
  assert.equal(normalizeDate("2025-03-05 10:00"), "2025-03-05T10:00");
  assert.equal(normalizeDate("31 Feb 2025 10:00:00 GMT"), undefined);
  assert.equal(normalizeDate("yesterday-ish"), undefined);
  assert.equal(normalizeDate(""), undefined);
});
