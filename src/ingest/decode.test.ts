import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeText, firstInvalidUtf8 } from "./decode.js";

const bytes = (s: string) => new TextEncoder().encode(s);

test("valid UTF-8 decodes to the same text, byte-order mark dropped", () => {
  const result = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes("Café fire – “nine hurt”")]));
  assert.deepEqual(result, { ok: true, text: "Café fire – “nine hurt”" });
});

test("empty and blank inputs are refused as empty", () => {
  for (const input of [new Uint8Array(0), bytes(" \n\t\n")]) {
    const result = decodeText(input);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.rule, "ingest/empty");
  }
});

test("a NUL byte or many control bytes mean binary", () => {
  const withNul = decodeText(Uint8Array.from([...bytes("PK"), 0, 1, 2]));
  assert.equal(!withNul.ok && withNul.rule, "ingest/binary");
  const controls = decodeText(Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
  assert.equal(!controls.ok && controls.rule, "ingest/binary");
  assert.match(!controls.ok ? controls.problem : "", /control characters/);
});

test("ordinary text with tabs and CRLF is not binary", () => {
  assert.equal(decodeText(bytes("Title\r\n\r\nBody\twith a tab.\f")).ok, true);
});

test("UTF-16 is refused with a hint", () => {
  const result = decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]));
  assert.equal(!result.ok && result.rule, "ingest/utf16");
});

test("invalid UTF-8 names the first bad byte and its line", () => {
  const latin1 = Uint8Array.from([...bytes("line one\nCaf"), 0xe9, ...bytes(" fire")]);
  const result = decodeText(latin1);
  assert.equal(!result.ok && result.rule, "ingest/invalid-utf8");
  assert.match(!result.ok ? result.problem : "", /offset 12, line 2/);
});

test("firstInvalidUtf8 accepts valid sequences and finds overlongs, surrogates and truncation", () => {
  assert.equal(firstInvalidUtf8(bytes("a é € 😀")), -1);
  assert.equal(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80])), 1); // overlong NUL
  assert.equal(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80])), 0); // UTF-16 surrogate
  assert.equal(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xe2, 0x82])), 2); // cut short
  assert.equal(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80])), 0); // past U+10FFFF
});
