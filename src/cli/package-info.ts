import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's root directory, found by walking up from this file. The walk works the same from
 * src/cli (run with tsx) and from dist/src/cli (compiled), which sit at different depths.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = readManifest(dir);
    if (manifest?.name === "corroborate") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("corroborate: cannot find the package's package.json");
    dir = parent;
  }
}

export function packageVersion(): string {
  return readManifest(packageRoot())?.version ?? "unknown";
}

function readManifest(dir: string): { name?: string; version?: string } | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
  } catch {
    return undefined;
  }
}
