import { test } from "node:test";
import assert from "node:assert/strict";
import { sampleReport } from "./fixture.js";
import { renderJson } from "./json.js";
import { checkSpans } from "./spans.js";

test("JSON output parses back to the same report with a two-space indent", () => {
  const report = sampleReport();
  const text = renderJson(report);
  assert.deepEqual(JSON.parse(text), report);
  assert.match(text, /^\{\n  "schema": "corroborate\/report@1",/);
  assert.ok(text.endsWith("}\n"));
});

test("every span in a rendered JSON report round-trips into its article text", () => {
  const parsed = JSON.parse(renderJson(sampleReport()));
  assert.deepEqual(checkSpans(parsed), []);
});
