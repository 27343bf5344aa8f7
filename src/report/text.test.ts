import { test } from "node:test";
import assert from "node:assert/strict";
import { sampleReport, spanOf } from "./fixture.js";
import { renderText } from "./text.js";

test("contradictions come first, strongest first, each claim quoted with its article and value", () => {
  const text = renderText(sampleReport());
  const order = ["Contradictions (2)", "Date of the fire", "Injured: at least 12 vs 9", "Agreements (1)", "Only in one report (1)", "Who said what (2)", "Timeline (2)"];
  let at = -1;
  for (const heading of order) {
    const next = text.indexOf(heading);
    assert.ok(next > at, `"${heading}" out of order in:\n${text}`);
    at = next;
  }
  assert.match(text, /quay\s+“A fire broke out on Tuesday, March 4”\s+= 2025-03-04/);
  assert.match(text, /post\s+“early on Wednesday”\s+= 2025-03-05TNI/);
  assert.match(text, /post\s+Dana Whitlock said: “The building was gone within the hour”\s+\(direct quote\)/);
  assert.match(text, /2025-03-04\s+fire breaks out — quay “Tuesday, March 4”\s+\(see finding 1\)/);
});

test("no colour codes unless asked for; colour adds them", () => {
  assert.doesNotMatch(renderText(sampleReport()), /\u001b\[/);
  assert.match(renderText(sampleReport(), { color: true }), /\u001b\[31m/);
});

test("diagnostics are listed unless turned off", () => {
  assert.match(renderText(sampleReport()), /Notes \(1\)\n\s+warning: quay: no publication date/);
  assert.doesNotMatch(renderText(sampleReport(), { diagnostics: false }), /Notes/);
});

test("a report without findings says so", () => {
  const report = sampleReport();
  report.stories[0]!.findings = [];
  assert.match(renderText(report), /No findings\./);
});

test("control characters from the input never reach the terminal", () => {
  const report = sampleReport();
  const claim = report.stories[0]!.findings[0]!.claims[0]!;
  claim.span = { ...claim.span, text: "bad\u001b[2Jtext" };
  claim.value = "v\u0007";
  const text = renderText(report);
  assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f]/);
  assert.match(text, /“bad\ufffd\[2Jtext”\s+= v\ufffd/);
});

test("a cue that ends with a colon is not given a second one", () => {
  const report = sampleReport();
  const statement = report.stories[0]!.statements[0]!;
  statement.cue = { ...statement.cue, text: "said:" };
  const text = renderText(report);
  assert.match(text, /Owen Pryce said: “The building/);
  assert.doesNotMatch(text, /said::/);
});

test("a claim opening with its own quotation mark keeps it and gets no second pair", () => {
  const report = sampleReport();
  report.stories[0]!.findings[0]!.claims[0]!.span = spanOf("quay", report.articles[0]!.text, '"The building was gone within the hour,"');
  const text = renderText(report);
  assert.match(text, /quay {2}"The building was gone within the hour,"\n/);
  assert.match(text, /post {2}“The building was gone within the hour”\n/);
});

