import { createHash } from "node:crypto";

/**
 * The content hash that makes the same article stored twice one article: SHA-256 of the text in
 * Unicode NFC with every run of white space made one space, so a re-encoded page or a copy with
 * different line wrapping still matches. Every Store implementation uses this one function.
 */
export function contentHash(text: string): string {
  const normal = text.normalize("NFC").replace(/\s+/gu, " ").trim();
  return createHash("sha256").update(normal, "utf8").digest("hex");
}
