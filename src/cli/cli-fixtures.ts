import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { CliIo } from "./run.js";

/** Helpers shared by the CLI tests: a scratch directory and in-memory standard streams. */

export const englishReport = (place: string, toll: string) =>
  `Fire at ${place}\n\nA fire broke out in a warehouse on the ${place} quay on Tuesday night, and ${toll} people were hurt, the fire ` +
  "service said. Crews fought the blaze for four hours before it was under control, and the owner said that it would help the inquiry.\n";

export async function withScratch<T>(files: Record<string, string | Uint8Array>, body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "corroborate-cli-"));
  try {
    for (const [name, content] of Object.entries(files)) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), content);
    }
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export type FakeIo = { io: CliIo; stdout: () => string; stderr: () => string };

export function fakeIo(options: { stdin?: string; stdinTty?: boolean; stdoutTty?: boolean; stderrTty?: boolean; env?: Record<string, string> } = {}): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  async function* input(): AsyncGenerator<string> {
    if (options.stdin !== undefined) yield options.stdin;
  }
  const stdin = Object.assign(input(), { isTTY: options.stdinTty ?? false });
  return {
    io: {
      stdout: { write: (s: string) => out.push(s), isTTY: options.stdoutTty ?? false },
      stderr: { write: (s: string) => err.push(s), isTTY: options.stderrTty ?? false },
      stdin,
      env: options.env ?? {},
    },
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}
