import { test } from "node:test";
import assert from "node:assert/strict";
import { looksLikeJsonl, parseJsonl } from "./jsonl.js";

test("good lines become articles; bad lines are reported by number and skipped", () => {
  const text = [
    '{"id":"a","text":"First report.","title":"T","published":"2025-03-05","topic":7}',
    "",
    "{not json",
    '["an","array"]',
    '{"title":"no text"}',
    '{"text":"   "}',
    '{"id":42,"text":"Second report.","url":5}',
  ].join("\n");
  const result = parseJsonl(text);
  assert.deepEqual(
    result.lines.map((l) => [l.line, l.article]),
    [
      [1, { id: "a", text: "First report.", title: "T", published: "2025-03-05" }],
      [7, { id: "42", text: "Second report." }],
    ],
  );
  assert.deepEqual(
    result.problems.map((p) => [p.line, p.severity, p.rule]),
    [
      [3, "error", "ingest/jsonl-syntax"],
      [4, "error", "ingest/jsonl-shape"],
      [5, "error", "ingest/jsonl-shape"],
      [6, "error", "ingest/empty"],
      [7, "warning", "ingest/jsonl-field"],
    ],
  );
  assert.match(result.problems[2]!.problem, /no "text" field/);
});

test("CRLF line ends are fine", () => {
  const result = parseJsonl('{"text":"one"}\r\n{"text":"two"}\r\n');
  assert.deepEqual(result.lines.map((l) => l.article.text), ["one", "two"]);
  assert.equal(result.problems.length, 0);
});

test("looksLikeJsonl wants every non-empty line to be an object", () => {
  assert.equal(looksLikeJsonl('{"text":"a"}\n\n{"text":"b"}\n'), true);
  assert.equal(looksLikeJsonl('{"text":"a"}\nplain words\n'), false);
  assert.equal(looksLikeJsonl("[1,2]\n"), false);
  assert.equal(looksLikeJsonl("{ looks like an object but is prose }"), false);
  assert.equal(looksLikeJsonl("\n\n"), false);
});
