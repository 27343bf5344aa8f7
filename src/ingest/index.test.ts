import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, mkdir, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs } from "./index.js";

const english =
  "A fire broke out in a warehouse on the quay on Tuesday night, and the fire service said that at least twelve people " +
  "were hurt. Crews fought the blaze for four hours before it was under control, and the owner said it would help the inquiry.";
const french =
  "Un incendie a ravagé mardi soir un entrepôt sur le quai du port, faisant au moins douze blessés selon les pompiers. " +
  "Les secours ont lutté pendant quatre heures avant de maîtriser les flammes, et le propriétaire a promis son aide.";

async function withDir(files: Record<string, string | Uint8Array>, body: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "corroborate-ingest-"));
  try {
    for (const [name, content] of Object.entries(files)) {
      await mkdir(join(dir, name, ".."), { recursive: true });
      await writeFile(join(dir, name), content);
    }
    await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function* streamOf(...chunks: string[]): AsyncGenerator<string> {
  for (const chunk of chunks) yield chunk;
}

test("a directory is read recursively in sorted order, supported files only, hidden ones skipped", async () => {
  await withDir(
    {
      "b.txt": `Harbour fire\n\n${english}`,
      "a/z.md": `# Quay blaze\n\n${english}`,
      "a/notes.pdf": "ignored",
      ".hidden/x.txt": english,
      "c.jsonl": `${JSON.stringify({ text: english })}\n${JSON.stringify({ id: "given", text: english })}\n`,
    },
    async (dir) => {
      const result = await readInputs([dir]);
      assert.deepEqual(result.articles.map((a) => a.id), ["z", "b", "c:1", "given"]);
      assert.equal(result.articles[0]!.title, "Quay blaze");
      assert.equal(result.articles[1]!.text, `Harbour fire\n\n${english}`);
      assert.deepEqual(result.diagnostics, []);
      assert.deepEqual(result.rejected, []);
    },
  );
});

test("ids clash across inputs get a suffix and a note", async () => {
  await withDir({ "x/report.txt": english, "y/report.md": english }, async (dir) => {
    const result = await readInputs([join(dir, "x/report.txt"), join(dir, "y/report.md")]);
    assert.deepEqual(result.articles.map((a) => a.id), ["report", "report-2"]);
    assert.equal(result.diagnostics[0]?.severity, "info");
    assert.match(result.diagnostics[0]!.message, /report\.md: id "report" is already taken; using "report-2"/);
  });
});

test("each bad input gives one line naming it and the problem; the good ones are still read", async () => {
  await withDir(
    {
      "good.txt": english,
      "empty.txt": "",
      "binary.txt": Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]),
      "latin1.txt": Uint8Array.from([...new TextEncoder().encode("Caf"), 0xe9]),
      "french.txt": french,
      "page.html": "<p>hi</p>",
      "bad.jsonl": `${JSON.stringify({ text: english })}\n{oops\n`,
    },
    async (dir) => {
      const names = ["good.txt", "empty.txt", "binary.txt", "latin1.txt", "french.txt", "missing.txt", "page.html", "bad.jsonl"];
      const result = await readInputs(names.map((n) => join(dir, n)));
      assert.deepEqual(result.articles.map((a) => a.id), ["good", "bad:1"]);
      const lines = result.diagnostics.map((d) => `${d.severity} ${d.rule} ${d.message.replace(dir + "/", "")}`);
      const expected: [string, RegExp][] = [
        ["empty.txt", /^error ingest\/empty empty\.txt: is empty$/],
        ["binary.txt", /^error ingest\/binary binary\.txt: looks like a binary file/],
        ["latin1.txt", /^error ingest\/invalid-utf8 latin1\.txt: is not valid UTF-8/],
        ["french.txt", /^warning ingest\/not-english french\.txt: does not look like English .*left out of the comparison$/],
        ["missing.txt", /^error ingest\/missing missing\.txt: no such file or directory$/],
        ["page.html", /^error ingest\/no-article page\.html: has no article text that could be extracted/],
        ["bad.jsonl", /^error ingest\/jsonl-syntax bad\.jsonl:2: not valid JSON/],
      ];
      assert.equal(lines.length, expected.length, lines.join("\n"));
      for (const [name, pattern] of expected) assert.ok(lines.some((l) => pattern.test(l)), `${name}: ${lines.join("\n")}`);
      assert.equal(result.rejected.length, 7);
    },
  );
});

test("a file over the size cap is refused from its size alone", async () => {
  await withDir({}, async (dir) => {
    const big = join(dir, "big.txt");
    await writeFile(big, "");
    await truncate(big, 20 * 1024 * 1024); // sparse: 20 MB long, nothing written
    const started = performance.now();
    const result = await readInputs([big]);
    const elapsed = performance.now() - started;
    assert.equal(result.articles.length, 0);
    assert.match(result.diagnostics[0]!.message, /big\.txt: is 20 MB, over the 10 MB limit \(raise it with --max-bytes\)/);
    assert.ok(elapsed < 200, `took ${elapsed} ms`);
    const raised = await readInputs([big], { maxBytes: 30 * 1024 * 1024 });
    assert.equal(raised.diagnostics[0]?.rule, "ingest/binary"); // read this time: all NUL bytes
  });
});

test("non-English text can be kept with a warning", async () => {
  await withDir({ "french.txt": french }, async (dir) => {
    const result = await readInputs([join(dir, "french.txt")], { nonEnglish: "keep" });
    assert.equal(result.articles.length, 1);
    assert.match(result.diagnostics[0]!.message, /annotated anyway/);
    assert.deepEqual(result.rejected, []);
  });
});

test("a directory with nothing to read is an error", async () => {
  await withDir({ "sub/readme.pdf": "x" }, async (dir) => {
    const result = await readInputs([dir]);
    assert.equal(result.diagnostics[0]?.rule, "ingest/empty-directory");
    assert.deepEqual(result.rejected, [dir]);
  });
});

test("stdin is JSONL when every line is an object, else one text", async () => {
  const jsonl = await readInputs(["-"], { stdin: streamOf(`${JSON.stringify({ text: english })}\n`, `${JSON.stringify({ text: english })}\n`) });
  assert.deepEqual(jsonl.articles.map((a) => a.id), ["stdin:1", "stdin:2"]);
  const text = await readInputs(["-"], { stdin: streamOf(`Quay fire\n\n${english}`) });
  assert.deepEqual(text.articles.map((a) => [a.id, a.title]), [["stdin", "Quay fire"]]);
});

test("stdin over the cap is refused", async () => {
  const result = await readInputs(["-"], { stdin: streamOf("x".repeat(600), "y".repeat(600)), maxBytes: 1000 });
  assert.equal(result.articles.length, 0);
  assert.match(result.diagnostics[0]!.message, /^stdin: is larger than the 1000 bytes limit/);
});
