/**
 * Web pages and feeds say which encoding they use (HTTP header, <meta charset>, <?xml encoding?>),
 * and many still use Windows-1252 or ISO-8859-x, so they are decoded by what they declare, UTF-8
 * when they declare nothing. Text files keep decode.ts's stricter UTF-8-only rule, since a file
 * carries no declaration to trust. Offsets are safe either way: the decoded text is what is stored.
 */

export type WebText = { ok: true; text: string; encoding: string } | { ok: false; rule: string; problem: string };

const HEAD_SCAN_BYTES = 4096;
const CHARSET_PARAMETER = /charset\s*=\s*["']?([\w.:-]+)/iu;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/iu;
const XML_ENCODING = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/iu;

export function decodeWebText(bytes: Uint8Array, contentType = ""): WebText {
  if (bytes.length === 0) return { ok: false, rule: "ingest/empty", problem: "is empty" };
  const encoding = bomEncoding(bytes) ?? declaredEncoding(bytes, contentType) ?? "utf-8";
  const decoder = decoderFor(encoding);
  const text = decoder.decode(bytes);
  if (text.slice(0, HEAD_SCAN_BYTES).includes("\u0000")) return { ok: false, rule: "ingest/binary", problem: "looks like a binary file, not a web page or feed" };
  if (text.trim() === "") return { ok: false, rule: "ingest/empty", problem: "holds only white space" };
  return { ok: true, text, encoding: decoder.encoding };
}

function decoderFor(encoding: string): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(encoding);
  } catch {
    return new TextDecoder("utf-8"); // an unknown label: UTF-8 is the web's default
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

function declaredEncoding(bytes: Uint8Array, contentType: string): string | undefined {
  const fromHeader = CHARSET_PARAMETER.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  // The declarations are ASCII, so a Latin-1 reading of the head finds them whatever the real encoding.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, HEAD_SCAN_BYTES));
  return XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
}
