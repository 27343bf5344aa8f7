import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFile, truncate, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Annotation, Report } from "../model/types.js";
import { checkSpans } from "../report/spans.js";
import { englishReport, withScratch } from "./cli-fixtures.js";
import { packageRoot } from "./package-info.js";

/**
 * The real executable as a child process. Run from src/ (tsx) it spawns src/cli/main.ts through
 * tsx; compiled, it spawns the main.js next to it in dist/src/cli, which is what "bin" points at.
 */
const here = fileURLToPath(import.meta.url);
const compiled = here.endsWith(".js");
const cliPath = join(dirname(here), compiled ? "main.js" : "main.ts");
const nodeArgs = compiled ? [cliPath] : ["--import", import.meta.resolve("tsx"), cliPath];

type Result = { code: number | null; stdout: string; stderr: string };

function cli(args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, ...args], { cwd: options.cwd ?? packageRoot(), env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}

const french =
  "Un incendie a ravagé mardi soir un entrepôt sur le quai du port, faisant au moins douze blessés selon les pompiers. " +
  "Les secours ont lutté pendant quatre heures avant de maîtriser les flammes, et le propriétaire a promis son aide.\n";

test("bad inputs: one line each naming the input and the problem; the good reports are still compared", async () => {
  await withScratch(
    {
      "quay.txt": englishReport("Calder", "twelve"),
      "post.txt": englishReport("Calder", "nine"),
      "empty.txt": "",
      "photo.txt": Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      "latin1.txt": Uint8Array.from([...new TextEncoder().encode("Fire at the caf"), 0xe9, ...new TextEncoder().encode(" on the quay.\n")]),
      "french.txt": french,
    },
    async (dir) => {
      await writeFile(join(dir, "huge.txt"), "");
      await truncate(join(dir, "huge.txt"), 20 * 1024 * 1024);
      const inputs = ["quay.txt", "empty.txt", "photo.txt", "latin1.txt", "huge.txt", "french.txt", "missing.txt", "post.txt"];
      const started = performance.now();
      const result = await cli(["compare", ...inputs, "--format", "json", "--today", "2025-03-05"], { cwd: dir });
      const elapsed = performance.now() - started;

      assert.equal(result.code, 1, result.stderr);
      const lines = result.stderr.trimEnd().split("\n");
      const expected: [string, RegExp][] = [
        ["empty file", /^error: empty\.txt: is empty$/],
        ["binary file", /^error: photo\.txt: looks like a binary file \(it contains NUL bytes\), not text$/],
        ["invalid UTF-8", /^error: latin1\.txt: is not valid UTF-8 \(first bad byte at offset 15, line 1\)/],
        ["20 MB file", /^error: huge\.txt: is 20 MB, over the 10 MB limit \(raise it with --max-bytes\)$/],
        ["non-English text", /^warning: french\.txt: does not look like English \(.*\); left out of the comparison$/],
        ["missing path", /^error: missing\.txt: no such file or directory$/],
      ];
      for (const [what, pattern] of expected) {
        assert.equal(lines.filter((l) => pattern.test(l)).length, 1, `${what}:\n${result.stderr}`);
      }
      const report = JSON.parse(result.stdout) as Report;
      assert.deepEqual(report.articles.map((a) => a.id), ["quay", "post"]);
      assert.deepEqual(report.stories.flatMap((s) => s.articleIds).sort(), ["post", "quay"]);
      assert.deepEqual(checkSpans(report), []);
      assert.ok(report.diagnostics.some((d) => d.rule === "ingest/too-large"), "ingest diagnostics are kept in the report");
      assert.ok(elapsed < 15_000, `took ${elapsed} ms`);
    },
  );
});

test("the bundled examples compare cleanly with titles and sound spans", async () => {
  const result = await cli(["compare", "examples/harbour-fire", "--format", "json"]);
  assert.equal(result.code, 0, result.stderr);
  const report = JSON.parse(result.stdout) as Report;
  assert.deepEqual(report.articles.map((a) => a.id), ["coastal-courier", "marrowby-evening-post", "north-sea-wire"]);
  assert.equal(report.articles[0]!.title, "Fire tears through warehouse on Marrowby quay");
  assert.equal(report.articles[2]!.title, undefined);
  assert.deepEqual(checkSpans(report), []);
  for (const article of report.articles) {
    const file = await readFile(join(packageRoot(), "examples/harbour-fire", `${article.id}.txt`), "utf8");
    assert.equal(article.text, file, `${article.id}: the article text is the whole file`);
  }
});

test("annotate reads a pipe and prints JSON Lines", async () => {
  const result = await cli(["annotate", "--today", "2025-03-05"], { stdin: englishReport("Calder", "nine") });
  assert.equal(result.code, 0, result.stderr);
  const annotation = JSON.parse(result.stdout) as Annotation;
  assert.equal(annotation.id, "stdin");
  assert.equal(annotation.referenceDate.value, "2025-03-05");
});

test("--version and a usage error from the executable", async () => {
  const version = await cli(["--version"]);
  assert.equal(version.code, 0);
  assert.match(version.stdout, /^\d+\.\d+\.\d+/);
  const usage = await cli(["compare", "--format", "pdf", "x.txt"]);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /^error: --format must be one of/);
});

test("package.json bin points at this executable, which starts with a shebang", { skip: !compiled && "only checked on the compiled build" }, async () => {
  const root = packageRoot();
  const manifest = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { bin: Record<string, string> };
  assert.equal(join(root, manifest.bin["corroborate"]!), cliPath, `bin should be ./${relative(root, cliPath)}`);
  assert.ok((await readFile(cliPath, "utf8")).startsWith("#!/usr/bin/env node\n"));
});
