import { createReadStream } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";

/** What a file's extension says about how to read it. */
export type FileKind = "text" | "markdown" | "jsonl" | "html" | "xml";

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".xml": "xml",
  ".rss": "xml",
  ".atom": "xml",
  ".rdf": "xml",
  ".opml": "xml",
};

/** Extensions picked up when walking a directory. */
export const DIRECTORY_EXTENSIONS: readonly string[] = [".txt", ".text", ".md", ".markdown", ".jsonl", ".ndjson", ".html", ".htm"];

/** A file named on the command line with an unknown extension is read as plain text. */
export function fileKind(path: string): FileKind {
  return KIND_BY_EXTENSION[extname(path).toLowerCase()] ?? "text";
}

/** The article id a file gives: its name without the extension. */
export function idFromPath(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext && ext !== name ? name.slice(0, -ext.length) : name;
}

/**
 * Supported files under a directory, recursively, as paths joined onto `dir` and sorted by code
 * unit so the order (and so the ids) never depends on the file system. Hidden entries are skipped;
 * each real directory is entered once, so a symlink loop ends.
 */
export async function listDirectory(dir: string): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  async function walk(current: string): Promise<void> {
    const real = await realpath(current);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(current, entry.name);
      const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && (await isDirectoryPath(path)));
      if (isDirectory) await walk(path);
      else if (DIRECTORY_EXTENSIONS.includes(extname(entry.name).toLowerCase())) found.push(path);
    }
  }
  await walk(dir);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function isDirectoryPath(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Read a file, giving up once it passes the cap. Regular files are refused by size before this is
 * called; the cap here guards pipes and devices (`<(cmd)`, /dev/stdin) whose size is unknown.
 */
export function readFileCapped(path: string, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  return readStreamCapped(createReadStream(path, { highWaterMark: 1024 * 1024 }), maxBytes);
}

/** Read a stream until it ends or passes the cap, whichever comes first. */
export async function readStreamCapped(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    chunks.push(bytes);
    length += bytes.length;
    if (length > maxBytes) return { bytes: new Uint8Array(0), truncated: true };
  }
  return { bytes: Buffer.concat(chunks, length), truncated: false };
}

/** "20 MB", "512 KB", "900 bytes": sizes in the units a person would type for --max-bytes. */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, "GB"],
    [1024 ** 2, "MB"],
    [1024, "KB"],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}
