import { test } from "node:test";
import assert from "node:assert/strict";
import type { Finding, ReportStatement } from "../model/types.js";
import { attributionLead, claimSentence, readableTime, spokenWords } from "./common.js";
import { spanOf } from "./fixture.js";

/** A statement over `text`, its cue and content found by their words. */
function statement(text: string, cue: string, content: string, direct: boolean): ReportStatement {
  const span = (part: string) => {
    const start = text.indexOf(part);
    assert.ok(start >= 0, `"${part}" not in the text`);
    return { articleId: "a", start, end: start + part.length, text: part };
  };
  return { articleId: "a", speaker: null, cue: span(cue), content: span(content), direct };
}

test("a quotation split by its cue shows the quoted words only, joined by an ellipsis", () => {
  const text = '"The pier is gone," said Ann Ode, the harbour master. "We saved the boats."';
  const s = statement(text, "said", text, true);
  assert.equal(spokenWords(s), '"The pier is gone," … "We saved the boats."');
});

test("a quotation outside its cue keeps its own marks, and reported speech gets curly ones", () => {
  const quoted = '"The pier is gone," Ann Ode said.';
  assert.equal(spokenWords(statement(quoted, "said", '"The pier is gone,"', true)), '"The pier is gone,"');
  const reported = 'Ann Ode said the pier was "beyond repair" and the boats were safe.';
  assert.equal(spokenWords(statement(reported, "said", 'the pier was "beyond repair" and the boats were safe', false)), '“the pier was "beyond repair" and the boats were safe”');
});

test("reported words a cue set off by commas interrupts are shown without the cue and its speaker; a cue inside the clause stays", () => {
  const text = "Two barns burned near the ford, the sheriff said, in the driest month on record.";
  const s = statement(text, "said", text.slice(0, -1), false);
  const mention = { articleId: "a", start: text.indexOf("the sheriff"), end: text.indexOf("the sheriff") + "the sheriff".length, text: "the sheriff" };
  assert.equal(spokenWords({ ...s, speaker: { name: "the sheriff", mention } }), "“Two barns burned near the ford … in the driest month on record”");
  const expected = "The ford is expected to flood by noon.";
  assert.equal(spokenWords(statement(expected, "is expected", expected.slice(0, -1), false)), "“The ford is expected to flood by noon”");
});

test("a prepositional cue puts its speaker after it; a verb keeps the speaker first", () => {
  assert.equal(attributionLead("the police", "according to", "according to"), "according to the police");
  assert.equal(attributionLead("the police", "*per*", "Per"), "*per* the police");
  assert.equal(attributionLead("Ann Berg", "said", "said"), "Ann Berg said");
  assert.equal(attributionLead("Ann Berg", "reported", "reported"), "Ann Berg reported");
});


test("a claim whose report gives the finding a second claim is shown with its sentence; a lone claim is not", () => {
  const text = "Ferry runs aground off Skarv, 40 hurt\n\nThe ferry ran aground at dawn. Rescuers said 40 people were hurt. Divers came later.";
  const headline = spanOf("a", text, "40");
  const body = spanOf("a", text, "40", 1);
  const other = { articleId: "b", start: 0, end: 2, text: "38" };
  const folded: Finding = { id: "f", kind: "contradiction", aspect: "number", summary: "", confidence: 1, claims: [{ span: headline }, { span: body }, { span: other }] };
  assert.equal(claimSentence(folded, { span: headline }, text), "Ferry runs aground off Skarv, 40 hurt");
  assert.equal(claimSentence(folded, { span: body }, text), "Rescuers said 40 people were hurt.");
  assert.equal(claimSentence(folded, { span: other }, "38 were hurt."), undefined);
});

test("a timeline value reads as a reader says it: parts of the day in words, a clock time after a space", () => {
  assert.equal(readableTime("2026-10-05TEV"), "2026-10-05 evening");
  assert.equal(readableTime("2026-10-05TNI"), "2026-10-05 night");
  assert.equal(readableTime("2026-10-05T14:30"), "2026-10-05 14:30");
  assert.equal(readableTime("2026-W41"), "2026-W41");
});
