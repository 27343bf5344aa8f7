import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { lstat, readdir, readFile, symlink } from "node:fs/promises";
import { join } from "node:path";
import { withScratch } from "./cli-fixtures.js";
import { ioProblem, writeFileAtomic } from "./output.js";

test("writeFileAtomic replaces a file whole and leaves no temp file", async () => {
  await withScratch({ "r.txt": "old" }, async (dir) => {
    await writeFileAtomic(join(dir, "r.txt"), "new");
    assert.equal(await readFile(join(dir, "r.txt"), "utf8"), "new");
    assert.deepEqual(await readdir(dir), ["r.txt"]);
  });
});

test("a symbolic link is followed and kept", async () => {
  await withScratch({ "real.txt": "old" }, async (dir) => {
    await symlink(join(dir, "real.txt"), join(dir, "link.txt"));
    await writeFileAtomic(join(dir, "link.txt"), "new");
    assert.ok((await lstat(join(dir, "link.txt"))).isSymbolicLink());
    assert.equal(await readFile(join(dir, "real.txt"), "utf8"), "new");
    assert.deepEqual((await readdir(dir)).sort(), ["link.txt", "real.txt"]);
  });
});

test("a directory is refused and a missing directory reported plainly", async () => {
  await withScratch({ "d/x.txt": "x" }, async (dir) => {
    await assert.rejects(writeFileAtomic(join(dir, "d"), "new"), (error) => ioProblem(error) === "it is a directory");
    await assert.rejects(writeFileAtomic(join(dir, "nope", "r.txt"), "new"), (error) => ioProblem(error) === "its directory does not exist");
    assert.deepEqual(await readdir(join(dir, "d")), ["x.txt"]);
  });
});

test("a named pipe is written in place, not renamed over", { skip: process.platform === "win32" }, async () => {
  await withScratch({}, async (dir) => {
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const received = new Promise<string>((resolve, reject) => {
      let text = "";
      createReadStream(fifo, "utf8")
        .on("data", (chunk) => (text += chunk))
        .on("end", () => resolve(text))
        .on("error", reject);
    });
    await writeFileAtomic(fifo, "through the pipe");
    assert.equal(await received, "through the pipe");
    assert.ok((await lstat(fifo)).isFIFO());
    assert.deepEqual(await readdir(dir), ["pipe"]);
  });
});
