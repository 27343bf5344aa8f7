import { parseArgs } from "node:util";
import { extname } from "node:path";
import { DEFAULT_MAX_BYTES } from "../ingest/index.js";
import { FORMATS, isFormat, type Format } from "../report/index.js";

/** Command-line parsing and help texts. Parsing never exits: it returns what to do. */

export type Command = "compare" | "analyze" | "annotate";

export type RunRequest = {
  kind: "run";
  command: Command;
  inputs: string[];
  format: Format;
  out?: string;
  minConfidence?: number;
  today?: string;
  quiet: boolean;
  maxBytes: number;
};

export type Parsed =
  | RunRequest
  | { kind: "help"; text: string }
  | { kind: "version" }
  | { kind: "usage-error"; message: string; hint: string };

export const EXIT_CODES_TEXT = `Exit status:
  0  the report was written and every input was used
  1  the report was written, but some inputs were skipped (see the error lines)
  2  usage error: unknown command or option, bad option value, no input
  3  nothing usable to compare (fewer than two usable reports) or to annotate
  4  the output could not be written
  5  internal error (a bug: please report it)`;

export const MAIN_HELP = `Usage: corroborate <command> [options] INPUT...

Compare news reports of one event: agreements, contradictions, facts only one
report has, who said what, and a dated timeline, each tied to the exact words.

Commands:
  compare INPUT...      compare reports that are all about one event
  analyze INPUT...      group reports into stories, then compare each story
  annotate [INPUT...]   print one JSON annotation per article (sentences,
                        entities, dates and times, statements)
  help [COMMAND]        show help for a command

Inputs: .txt and .md files (one article each), .jsonl files (one article
object per line), directories (searched recursively), - for standard input.

Options:
  -h, --help            show this help; "corroborate COMMAND --help" for a command
  -v, --version         print the version

${EXIT_CODES_TEXT}
`;

const INPUT_HELP = `Inputs:
  FILE.txt, FILE.md     one article; a short first line (or a "# " heading) is
                        its title; offsets in the report count from the file's
                        first character
  FILE.jsonl            one article per line: {"text": ..., "id", "title",
                        "published", "source", "url" optional}
  DIRECTORY             every .txt, .md and .jsonl file under it, in name order
  -                     standard input (JSON Lines if every line is an object,
                        else one article)
Each article's id is its file name without the extension.`;

const COMMON_OPTIONS = `      --today YYYY-MM-DD   the date that "on Tuesday" is resolved against when a
                           report carries no date (default: today)
      --max-bytes SIZE     refuse inputs larger than SIZE (default 10MB; e.g. 500KB, 20MB)
  -q, --quiet              print errors only: no warnings, notes or progress
  -h, --help               show this help`;

function compareHelp(command: "compare" | "analyze"): string {
  const what =
    command === "compare"
      ? "Compare news reports that are all about one event."
      : "Group news reports into stories (reports about the same event), then\ncompare the reports within each story.";
  return `Usage: corroborate ${command} [options] INPUT...

${what} Needs at least two usable reports.

Options:
  -f, --format FORMAT      ${FORMATS.join(", ")} (default: text, or taken from
                           the --out extension: .md, .json, .html)
  -o, --out FILE           write the report to FILE instead of standard output
      --min-confidence X   leave out findings with confidence below X (0 to 1)
${COMMON_OPTIONS}

${INPUT_HELP}

Examples:
  corroborate ${command} examples/harbour-fire/
  corroborate ${command} a.txt b.txt --format html --out report.html
  cat articles.jsonl | corroborate ${command} - --format json

${EXIT_CODES_TEXT}
`;
}

const ANNOTATE_HELP = `Usage: corroborate annotate [options] [INPUT...]

Annotate each article on its own and print one JSON object per line:
sentences, entities, temporal expressions (TIMEX3 values) and statements,
each with character offsets into the article text. With no INPUT, reads
standard input.

Options:
  -o, --out FILE           write the annotations to FILE instead of standard output
${COMMON_OPTIONS}

${INPUT_HELP}
Text that does not look English is annotated anyway, with a warning.

${EXIT_CODES_TEXT}
`;

export function helpFor(command: Command): string {
  return command === "annotate" ? ANNOTATE_HELP : compareHelp(command);
}

const COMMANDS: readonly Command[] = ["compare", "analyze", "annotate"];

const sharedOptions = {
  out: { type: "string", short: "o" },
  today: { type: "string" },
  "max-bytes": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const;

const compareOptions = {
  ...sharedOptions,
  format: { type: "string", short: "f" },
  "min-confidence": { type: "string" },
} as const;

/**
 * `stdinIsTty` decides what `annotate` with no input means: read the pipe, or, at a terminal,
 * say how to use it rather than wait silently for typing.
 */
export function parseCommandLine(argv: readonly string[], stdinIsTty: boolean): Parsed {
  const [first, ...rest] = argv;
  if (first === undefined) return usageError("no command given", "");
  if (first === "-h" || first === "--help") return { kind: "help", text: MAIN_HELP };
  if (first === "-v" || first === "--version") return { kind: "version" };
  if (first === "help") {
    const topic = rest[0];
    if (topic === undefined) return { kind: "help", text: MAIN_HELP };
    return isCommand(topic) ? { kind: "help", text: helpFor(topic) } : usageError(`unknown command "${topic}"`, "");
  }
  if (!isCommand(first)) {
    const message = first.startsWith("-") ? `expected a command before the option "${first}"` : `unknown command "${first}"`;
    return usageError(message, "");
  }
  return parseCommand(first, rest, stdinIsTty);
}

function parseCommand(command: Command, args: string[], stdinIsTty: boolean): Parsed {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    const options = command === "annotate" ? sharedOptions : compareOptions;
    ({ values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true }));
  } catch (error) {
    return usageError(parseErrorMessage(error), command);
  }
  if (values["help"]) return { kind: "help", text: helpFor(command) };

  const str = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const request: RunRequest = { kind: "run", command, inputs: positionals, format: "text", quiet: values["quiet"] === true, maxBytes: DEFAULT_MAX_BYTES };

  const out = str("out");
  if (out !== undefined) {
    if (out === "") return usageError("--out needs a file name", command);
    request.out = out;
  }
  const format = str("format");
  if (format !== undefined) {
    if (!isFormat(format)) return usageError(`--format must be one of ${FORMATS.join(", ")}; got "${format}"`, command);
    request.format = format;
  } else if (out !== undefined) {
    request.format = formatFromExtension(out);
  }
  const minConfidence = str("min-confidence");
  if (minConfidence !== undefined) {
    const value = /^(?:\d+(?:\.\d*)?|\.\d+)$/u.test(minConfidence) ? Number(minConfidence) : Number.NaN;
    if (!(value >= 0 && value <= 1)) return usageError(`--min-confidence must be a number from 0 to 1; got "${minConfidence}"`, command);
    request.minConfidence = value;
  }
  const today = str("today");
  if (today !== undefined) {
    if (!isCalendarDate(today)) return usageError(`--today must be a date as YYYY-MM-DD; got "${today}"`, command);
    request.today = today;
  }
  const maxBytes = str("max-bytes");
  if (maxBytes !== undefined) {
    const bytes = parseSize(maxBytes);
    if (bytes === undefined) return usageError(`--max-bytes must be a size such as 500000, 500KB or 20MB; got "${maxBytes}"`, command);
    request.maxBytes = bytes;
  }
  if (request.inputs.length === 0) {
    if (command !== "annotate") return usageError("no input given: name files or directories, or - for standard input", command);
    if (stdinIsTty) return usageError("no input given: name files, or pipe text or JSON Lines into standard input", command);
    request.inputs = ["-"];
  }
  return request;
}

function usageError(message: string, command: Command | ""): Parsed {
  const hint = command ? `run "corroborate ${command} --help" for usage` : `run "corroborate --help" for usage`;
  return { kind: "usage-error", message, hint };
}

function isCommand(value: string): value is Command {
  return (COMMANDS as readonly string[]).includes(value);
}

/** parseArgs messages carry advice about "--" that confuses more than it helps; keep the first sentence. */
function parseErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split(/\.\s/u)[0] ?? message;
  return first.replace(/\.$/u, "").replace(/^Option '([^']+)' argument missing$/u, "option $1 needs a value").replace(/^Unknown option/u, "unknown option");
}

function formatFromExtension(path: string): Format {
  switch (extname(path).toLowerCase()) {
    case ".md":
    case ".markdown":
      return "markdown";
    case ".json":
      return "json";
    case ".html":
    case ".htm":
      return "html";
    default:
      return "text";
  }
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** "500000", "500KB", "20MB", "1.5G" -> bytes (binary units, as the default 10 MB is). */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/iu.exec(text.trim());
  if (!match) return undefined;
  const unit = SIZE_UNITS[match[2]!.toLowerCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : undefined;
}
