/**
 * Turn raw input bytes into text, or say in one phrase why they are not usable text.
 * Only UTF-8 is accepted: guessing a legacy encoding silently would shift every offset a user
 * later looks up, so a wrong guess is worse than a clear refusal.
 */

export type Decoded = { ok: true; text: string } | { ok: false; rule: string; problem: string };

/** Share of control bytes in the sample above which a file is taken to be binary. */
const CONTROL_RATIO_LIMIT = 0.1;
const SAMPLE_BYTES = 64 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return refuse("ingest/empty", "is empty");
  if (hasUtf16Bom(bytes)) return refuse("ingest/utf16", "is UTF-16 text; save it as UTF-8");
  if (bytes.indexOf(0) !== -1) return refuse("ingest/binary", "looks like a binary file (it contains NUL bytes), not text");
  const ratio = controlByteRatio(bytes);
  if (ratio > CONTROL_RATIO_LIMIT) {
    return refuse("ingest/binary", `looks like a binary file (${Math.round(ratio * 100)}% control characters), not text`);
  }
  let text: string;
  try {
    // The decoder drops a leading byte-order mark, so offsets count from the first real character.
    text = utf8.decode(bytes);
  } catch {
    return refuse("ingest/invalid-utf8", invalidUtf8Problem(bytes));
  }
  if (text.trim() === "") return refuse("ingest/empty", "holds only white space");
  return { ok: true, text };
}

function refuse(rule: string, problem: string): Decoded {
  return { ok: false, rule, problem };
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** Control bytes other than tab, line feed, vertical tab, form feed and carriage return, over a leading sample. */
function controlByteRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) control++;
  }
  return control / n;
}

function invalidUtf8Problem(bytes: Uint8Array): string {
  const at = firstInvalidUtf8(bytes);
  const where = at < 0 ? "" : ` (first bad byte at offset ${at}, line ${lineOfByte(bytes, at)})`;
  return `is not valid UTF-8${where}; it may be Latin-1 or Windows-1252: convert it to UTF-8`;
}

/** Byte index of the first malformed UTF-8 sequence, or -1; only called once the fast decoder has failed. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > n) return i;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    let low = 0x80;
    let high = 0xbf;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
    else if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
