import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Annotation, Report } from "../model/types.js";
import { checkSpans } from "../report/spans.js";
import { html, newsPage, reportParagraphs, withServer } from "../ingest/http-fixtures.js";
import { helpFor, parseCommandLine, parseSize, type Command } from "./args.js";
import { packageRoot } from "./package-info.js";
import { EXIT, printDiagnostics, run } from "./run.js";
import { englishReport, fakeIo, withScratch } from "./cli-fixtures.js";

const twoReports = { "quay.txt": englishReport("Calder", "twelve"), "post.txt": englishReport("Calder", "nine") };

test("--help, COMMAND --help and help COMMAND print usage and succeed", async () => {
  for (const [argv, expected] of [
    [["--help"], /Usage: corroborate <command>/],
    [["-h"], /Exit status:\n\s+0/],
    [["compare", "--help"], /--min-confidence X/],
    [["analyze", "-h"], /Usage: corroborate analyze/],
    [["annotate", "--help"], /one JSON object per line/],
    [["help", "compare"], /Usage: corroborate compare/],
    [["help", "help"], /Usage: corroborate <command>/],
  ] as const) {
    const fake = fakeIo();
    assert.equal(await run(argv, fake.io), EXIT.ok, argv.join(" "));
    assert.match(fake.stdout(), expected);
  }
});

test("--version prints the package version", async () => {
  const manifest = JSON.parse(await readFile(join(packageRoot(), "package.json"), "utf8")) as { version: string };
  const fake = fakeIo();
  assert.equal(await run(["--version"], fake.io), EXIT.ok);
  assert.equal(fake.stdout(), `${manifest.version}\n`);
});

test("usage errors exit 2 with one error line and a hint", async () => {
  const cases: [string[], RegExp][] = [
    [[], /no command given/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["--format", "json"], /expected a command before the option "--format"/],
    [["compare", "--bogus", "a.txt"], /unknown option '--bogus'/],
    [["compare", "a.txt", "--format"], /--format <value> needs a value/],
    [["compare", "a.txt", "--format", "xml"], /--format must be one of text, markdown, json, html; got "xml"/],
    [["compare", "a.txt", "--min-confidence", "1.5"], /--min-confidence must be a number from 0 to 1; got "1.5"/],
    [["compare", "a.txt", "--min-confidence", "high"], /--min-confidence must be a number/],
    [["compare", "a.txt", "--today", "2025-02-30"], /--today must be a date as YYYY-MM-DD; got "2025-02-30"/],
    [["compare", "a.txt", "--max-bytes", "lots"], /--max-bytes must be a size/],
    [["compare"], /no input given/],
    [["annotate", "--format", "json", "a.txt"], /unknown option '--format'/],
  ];
  for (const [argv, expected] of cases) {
    const fake = fakeIo();
    assert.equal(await run(argv, fake.io), EXIT.usage, argv.join(" "));
    assert.match(fake.stderr(), expected, argv.join(" "));
    assert.match(fake.stderr(), /^error: .*\nrun "corroborate( \w+)? --help" for usage\n$/);
    assert.equal(fake.stdout(), "");
  }
});

test("annotate with no input at a terminal is a usage error rather than a silent wait", async () => {
  const fake = fakeIo({ stdinTty: true });
  assert.equal(await run(["annotate"], fake.io), EXIT.usage);
  assert.match(fake.stderr(), /no input given/);
});

test("every option a command's help lists is one that command accepts", () => {
  const sample: Record<string, string> = { FORMAT: "json", FILE: "out.json", X: "0.5", "YYYY-MM-DD": "2025-03-05", SIZE: "1MB", SECONDS: "2", PATH: "x.db" };
  const commands: Command[] = ["compare", "analyze", "annotate", "ingest", "stories", "watch"];
  for (const command of commands) {
    const options = helpFor(command).split(/\n\n/u).find((part) => part.startsWith("Options:"))!;
    const listed = [...options.matchAll(/^ {2}(?:-\w, | {4})(--[a-z-]+)(?: (\S+))?/gmu)].filter(([, flag]) => flag !== "--help");
    assert.ok(listed.length >= 3, command);
    for (const [, flag, placeholder] of listed) {
      const value = placeholder !== undefined && /^[A-Z]/u.test(placeholder) ? [sample[placeholder]!] : [];
      const parsed = parseCommandLine([command, flag!, ...value, ...(command === "stories" ? ["show", "s1"] : ["input.txt"])], false);
      assert.notEqual(parsed.kind, "usage-error", `${command} ${flag}: ${parsed.kind === "usage-error" ? parsed.message : ""}`);
    }
  }
});

test("compare, analyze and annotate read pages under the same limits as ingest, so the advice in a refusal works", async () => {
  const page = (place: string, n: number) => html(newsPage({ title: `Fire at ${place}`, paragraphs: reportParagraphs(place, n), published: "2025-03-05" }));
  await withServer({ "/a": page("Calder", 12), "/b": page("Calder", 9) }, async (server) => {
    const urls = [server.url("/a"), server.url("/b")];
    const refused = fakeIo();
    assert.equal(await run(["compare", ...urls], refused.io), EXIT.nothingToCompare);
    assert.match(refused.stderr(), /refused \(use --allow-private to allow it\)/u);
    for (const command of ["compare", "analyze", "annotate"]) {
      const fake = fakeIo();
      assert.equal(await run([command, ...urls, "--allow-private", "--timeout", "5", "-q"], fake.io), EXIT.ok, `${command}: ${fake.stderr()}`);
    }
    const capped = fakeIo();
    assert.equal(await run(["compare", ...urls, "--allow-private", "--max-bytes", "100"], capped.io), EXIT.nothingToCompare);
    assert.match(capped.stderr(), /over the 100 bytes limit \(raise it with --max-bytes\)|larger than the 100 bytes limit/u);
  });
});

test("parseSize reads plain bytes and binary units", () => {
  assert.equal(parseSize("500000"), 500000);
  assert.equal(parseSize("500KB"), 500 * 1024);
  assert.equal(parseSize("20mb"), 20 * 1024 * 1024);
  assert.equal(parseSize("1.5G"), 1.5 * 1024 ** 3);
  assert.equal(parseSize("0"), undefined);
  assert.equal(parseSize("10 parsecs"), undefined);
});

test("compare writes a JSON report whose spans all round-trip", async () => {
  await withScratch(twoReports, async (dir) => {
    const fake = fakeIo();
    const code = await run(["compare", join(dir, "quay.txt"), join(dir, "post.txt"), "--format", "json", "--today", "2025-03-05"], fake.io);
    assert.equal(code, EXIT.ok, fake.stderr());
    const report = JSON.parse(fake.stdout()) as Report;
    assert.deepEqual(report.articles.map((a) => [a.id, a.title]), [["quay", "Fire at Calder"], ["post", "Fire at Calder"]]);
    assert.equal(report.articles[0]!.referenceDate.value, "2025-03-05");
    assert.deepEqual(checkSpans(report), []);
  });
});

test("--min-confidence reaches the engine: no finding below it is reported", async () => {
  await withScratch(twoReports, async (dir) => {
    const inputs = [join(dir, "quay.txt"), join(dir, "post.txt"), "--format", "json"];
    const all = fakeIo();
    const strict = fakeIo();
    await run(["compare", ...inputs], all.io);
    await run(["compare", ...inputs, "--min-confidence", "0.9"], strict.io);
    const findings = (out: string) => (JSON.parse(out) as Report).stories.flatMap((s) => s.findings);
    assert.ok(findings(strict.stdout()).every((f) => f.confidence >= 0.9));
    assert.equal(findings(strict.stdout()).length, findings(all.stdout()).filter((f) => f.confidence >= 0.9).length);
  });
});

test("--out writes the whole file, takes the format from the extension and leaves no temp file", async () => {
  await withScratch(twoReports, async (dir) => {
    const fake = fakeIo();
    const out = join(dir, "report.html");
    assert.equal(await run(["compare", dir, "--out", out], fake.io), EXIT.ok, fake.stderr());
    assert.equal(fake.stdout(), "");
    const html = await readFile(out, "utf8");
    assert.ok(html.startsWith("<!doctype html>") && html.trimEnd().endsWith("</html>"));
    assert.deepEqual((await readdir(dir)).sort(), ["post.txt", "quay.txt", "report.html"]);
  });
});

test("an output that cannot be written exits 4, names it, and leaves nothing behind", async () => {
  await withScratch({ ...twoReports, "taken/keep.txt": "x" }, async (dir) => {
    for (const out of [join(dir, "no-such-dir", "r.json"), join(dir, "taken")]) {
      const fake = fakeIo();
      assert.equal(await run(["compare", join(dir, "quay.txt"), join(dir, "post.txt"), "--out", out], fake.io), EXIT.outputFailed);
      assert.match(fake.stderr(), new RegExp(`error: cannot write ${out.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: `));
    }
    assert.deepEqual((await readdir(dir)).sort(), ["post.txt", "quay.txt", "taken"]);
    assert.deepEqual(await readdir(join(dir, "taken")), ["keep.txt"]);
  });
});

test("fewer than two usable reports exits 3 with a clear message and no report", async () => {
  await withScratch(twoReports, async (dir) => {
    const fake = fakeIo();
    assert.equal(await run(["compare", join(dir, "quay.txt"), join(dir, "gone.txt")], fake.io), EXIT.nothingToCompare);
    assert.match(fake.stderr(), /error: .*gone\.txt: no such file or directory\n/);
    assert.match(fake.stderr(), /error: nothing to compare: only one usable report \("quay"\); compare needs at least two\n/);
    assert.equal(fake.stdout(), "");
  });
});

test("--quiet keeps errors and drops warnings", async () => {
  await withScratch({ ...twoReports, "empty.txt": "" }, async (dir) => {
    const inputs = ["compare", join(dir, "quay.txt"), join(dir, "post.txt"), join(dir, "empty.txt")];
    const loud = fakeIo();
    const quiet = fakeIo();
    assert.equal(await run(inputs, loud.io), EXIT.inputsSkipped);
    assert.equal(await run([...inputs, "--quiet"], quiet.io), EXIT.inputsSkipped);
    assert.match(loud.stderr(), /^warning: /m); // no date anywhere: the engine warns
    assert.doesNotMatch(quiet.stderr(), /^(warning|info): /m);
    assert.match(quiet.stderr(), /^error: .*empty\.txt: is empty$/m);
  });
});

test("colour only for a terminal without NO_COLOR", async () => {
  await withScratch(twoReports, async (dir) => {
    const argv = ["compare", join(dir, "quay.txt"), join(dir, "post.txt")];
    const tty = fakeIo({ stdoutTty: true });
    const noColor = fakeIo({ stdoutTty: true, env: { NO_COLOR: "1" } });
    const pipe = fakeIo();
    await run(argv, tty.io);
    await run(argv, noColor.io);
    await run(argv, pipe.io);
    assert.match(tty.stdout(), /\u001b\[1m/);
    assert.doesNotMatch(noColor.stdout(), /\u001b\[/);
    assert.doesNotMatch(pipe.stdout(), /\u001b\[/);
  });
});

test("- reads JSON Lines from standard input", async () => {
  const lines = [
    { id: "one", text: englishReport("Calder", "twelve") },
    { id: "two", text: englishReport("Calder", "nine"), published: "2025-03-05" },
  ];
  const fake = fakeIo({ stdin: lines.map((l) => JSON.stringify(l)).join("\n") });
  assert.equal(await run(["analyze", "-", "--format", "json"], fake.io), EXIT.ok, fake.stderr());
  const report = JSON.parse(fake.stdout()) as Report;
  assert.deepEqual(report.articles.map((a) => a.id), ["one", "two"]);
  assert.equal(report.articles[1]!.published, "2025-03-05");
});

test("progress shows on an interactive stderr for long work, never with --quiet or on a pipe", async () => {
  const lines = Array.from({ length: 10 }, (_, i) => JSON.stringify({ id: `r${i}`, text: englishReport(`Port ${i}`, String(i + 3)) })).join("\n");
  const interactive = fakeIo({ stdin: lines, stderrTty: true });
  const quiet = fakeIo({ stdin: lines, stderrTty: true });
  const piped = fakeIo({ stdin: lines });
  await run(["compare", "-", "--today", "2025-03-05"], interactive.io);
  await run(["compare", "-", "--today", "2025-03-05", "-q"], quiet.io);
  await run(["compare", "-", "--today", "2025-03-05"], piped.io);
  assert.match(interactive.stderr(), /\rcomparing 10 reports…\u001b\[K/);
  assert.doesNotMatch(quiet.stderr(), /comparing/);
  assert.doesNotMatch(piped.stderr(), /comparing/);
});

test("annotate prints one Annotation per line with offsets into each text", async () => {
  await withScratch(twoReports, async (dir) => {
    const fake = fakeIo();
    assert.equal(await run(["annotate", dir, "--today", "2025-03-05"], fake.io), EXIT.ok, fake.stderr());
    const lines = fake.stdout().trimEnd().split("\n").map((l) => JSON.parse(l) as Annotation);
    assert.deepEqual(lines.map((a) => a.id), ["post", "quay"]);
    const text = twoReports["post.txt"];
    for (const layer of [lines[0]!.entities, lines[0]!.timexes]) for (const item of layer) assert.equal(text.slice(item.start, item.end), item.text);
    assert.ok(lines[0]!.sentences.length >= 2);
  });
});

test("annotate warns, as compare does, when an article is dated today for want of a date; --quiet drops it", async () => {
  const undated = "Lund said the quay would reopen on Friday after the fire on Tuesday.\n";
  const dated = "Published 4 March 2025\n\nLund said the quay would reopen on Friday after the fire on Tuesday.\n";
  await withScratch({ "undated.txt": undated, "dated.txt": dated }, async (dir) => {
    const fake = fakeIo();
    assert.equal(await run(["annotate", dir, "--today", "2025-03-05"], fake.io), EXIT.ok);
    assert.equal(fake.stderr(), "warning: undated: no publication date in metadata or text; relative dates resolved against today (2025-03-05)\n");
    const quiet = fakeIo();
    assert.equal(await run(["annotate", dir, "--today", "2025-03-05", "-q"], quiet.io), EXIT.ok);
    assert.equal(quiet.stderr(), "");
  });
});

test("annotate reads standard input when no input is named", async () => {
  const fake = fakeIo({ stdin: englishReport("Calder", "nine") });
  assert.equal(await run(["annotate"], fake.io), EXIT.ok, fake.stderr());
  assert.equal((JSON.parse(fake.stdout()) as Annotation).id, "stdin");
});

test("many warnings of one kind are counted after the first few; every error keeps its line", () => {
  const { io, stderr } = fakeIo();
  const undated = Array.from({ length: 9 }, (_, i) => ({ articleId: `a${i}`, severity: "warning" as const, rule: "reference-date/default", message: "no date" }));
  const broken = Array.from({ length: 7 }, (_, i) => ({ articleId: `b${i}`, severity: "error" as const, rule: "ingest/binary", message: "binary" }));
  printDiagnostics([...undated, ...broken], { quiet: false }, io);
  const lines = stderr().trim().split("\n");
  assert.equal(lines.filter((l) => l.startsWith("warning: a")).length, 5);
  assert.equal(lines.filter((l) => l.startsWith("error: b")).length, 7);
  assert.equal(lines.at(-1), "warning: 4 more like the above (reference-date/default)");
});
