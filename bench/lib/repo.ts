import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository root, found by walking up from this file to the package.json named "corroborate",
 * so that the same code works from bench/ under tsx and from dist/bench/ after a build.
 */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "corroborate") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("bench: cannot find the corroborate repository root above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** The shared development corpora, a sibling of the repository (../shared/corpora). */
export function corporaDir(): string {
  return resolve(repoRoot(), "..", "shared", "corpora");
}
