import { test } from "node:test";
import assert from "node:assert/strict";
import { sampleReport } from "./fixture.js";
import { checkSpans, reportSpans } from "./spans.js";

test("the sample report has sound spans, and all of them are visited", () => {
  const report = sampleReport();
  assert.deepEqual(checkSpans(report), []);
  // 7 claims + 2 statements x 3 spans + 2 timeline evidence spans
  assert.equal(reportSpans(report).length, 15);
});

test("a span whose text does not match its offsets is reported", () => {
  const report = sampleReport();
  const claim = report.stories[0]!.findings[1]!.claims[0]!;
  claim.span = { ...claim.span, start: claim.span.start + 1 };
  const violations = checkSpans(report);
  assert.equal(violations.length, 1);
  assert.match(violations[0]!, /^story s1 finding f-toll claim 0: "quay" text at \d+\.\.\d+ is "t least 12/);
});

test("unknown articles, offsets out of range and cross-article statements are reported", () => {
  const report = sampleReport();
  const story = report.stories[0]!;
  story.timeline[0]!.evidence[0] = { articleId: "nowhere", start: 0, end: 1, text: "x" };
  story.findings[0]!.claims[0]!.span = { articleId: "quay", start: 5, end: 99999, text: "x" };
  story.statements[0]!.cue = { ...story.statements[1]!.cue };
  const violations = checkSpans(report);
  assert.ok(violations.some((v) => /timeline 0 evidence 0: article "nowhere" is not in the report/.test(v)), violations.join("\n"));
  assert.ok(violations.some((v) => /claim 0: offsets 5\.\.99999 are outside "quay"/.test(v)), violations.join("\n"));
  assert.ok(violations.some((v) => /statement 0: belongs to "quay" but has a span in "post"/.test(v)), violations.join("\n"));
});
