#!/usr/bin/env node
import { EXIT, run } from "./run.js";

/**
 * The `corroborate` executable. The exit status is set rather than forced with process.exit, so
 * everything already written to a pipe is flushed before Node ends.
 */

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // A reader that stops early (`corroborate compare ... | head`) is not a failure of ours.
  if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
  process.stderr.write(`error: cannot write to standard output: ${error.message}\n`);
  process.exit(EXIT.outputFailed);
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
