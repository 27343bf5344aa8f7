import { parseArgs, type ParseArgsConfig } from "node:util";
import { extname } from "node:path";
import { DEFAULT_FETCH_MAX_BYTES, DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_BYTES } from "../ingest/index.js";
import { FORMATS, isFormat, type Format } from "../report/index.js";

/** Command-line parsing and help texts. Parsing never exits: it returns what to do. */

export type Command = "compare" | "analyze" | "annotate" | "ingest" | "stories" | "watch";
export type EngineCommand = "compare" | "analyze" | "annotate";

export type RunRequest = {
  kind: "run";
  command: EngineCommand;
  inputs: string[];
  format: Format;
  out?: string;
  minConfidence?: number;
  today?: string;
  quiet: boolean;
  /** the cap for files and standard input; pages and feeds take theirs from `fetch` */
  maxBytes: number;
  fetch: FetchLimits;
};

/** Limits for reading the web, shared by every command that reads inputs. */
export type FetchLimits = { allowPrivate: boolean; timeoutMs: number; maxBytes?: number };

export type IngestRequest = { kind: "ingest"; inputs: string[]; db?: string; quiet: boolean } & FetchLimits;

export type StoriesRequest = {
  kind: "stories";
  action: "list" | "show";
  storyId?: string;
  db?: string;
  format: Format;
  out?: string;
  minConfidence?: number;
  today?: string;
  quiet: boolean;
};

export type WatchRequest = { kind: "watch"; inputs: string[]; db?: string; intervalSeconds: number; once: boolean; quiet: boolean } & FetchLimits;

export type Parsed =
  | RunRequest
  | IngestRequest
  | StoriesRequest
  | WatchRequest
  | { kind: "help"; text: string }
  | { kind: "version" }
  | { kind: "usage-error"; message: string; hint: string };

export const EXIT_CODES_TEXT = `Exit status:
  0  the report was written (or the inputs stored) and every input was used
  1  the report was written (or the inputs stored), but some inputs were
     skipped or failed (see the error lines)
  2  usage error: unknown command or option, bad option value, no input
  3  nothing usable: fewer than two usable reports to compare, nothing to
     annotate or to ingest, no such store or story
  4  the output or the store could not be written or opened
  5  internal error (a bug: please report it)`;

export const MAIN_HELP = `Usage: corroborate <command> [options] INPUT...

Compare news reports of one event: agreements, contradictions, facts only one
report has, who said what, and a dated timeline, each tied to the exact words.

Commands:
  compare INPUT...      compare reports that are all about one event
  analyze INPUT...      group reports into stories, then compare each story
  annotate [INPUT...]   print one JSON annotation per article (sentences,
                        entities, dates and times, statements)
  ingest INPUT...       store articles from files, web pages, RSS and Atom
                        feeds and OPML lists (in ./corroborate.db)
  stories [list]        list the stored stories
  stories show ID       print one stored story's report
  watch FEEDS.opml      poll feeds, store new articles, regroup, say what changed
  help [COMMAND]        show help for a command

Inputs: .txt and .md files (one article each), .jsonl files (one article
object per line), .html pages, http(s) URLs of pages, RSS/Atom feeds and OPML
lists, directories (searched recursively), - for standard input.

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
  FILE.html             a saved web page: the article is found in it, and the
                        title, date and site are read from its metadata
  URL                   an http(s) web page, RSS or Atom feed (every item's
                        article) or OPML list (every feed in it)
  FILE.xml .rss .atom .opml  a feed or OPML list saved on disk
  DIRECTORY             every .txt, .md, .jsonl and .html file under it, in
                        name order
  -                     standard input (JSON Lines if every line is an object,
                        else one article)
Each article's id is its file name without the extension, or the last part
of its URL.`;

/** Every command that reads inputs takes these: a URL can be named wherever a file can. */
const FETCH_OPTIONS = `      --max-bytes SIZE     refuse inputs larger than SIZE, e.g. 500KB or 20MB
                           (default: ${DEFAULT_MAX_BYTES / 1024 / 1024}MB for files, ${DEFAULT_FETCH_MAX_BYTES / 1024 / 1024}MB for pages and feeds)
      --timeout SECONDS    give up on a page or feed after this long (default
                           ${DEFAULT_FETCH_TIMEOUT_MS / 1000})
      --allow-private      allow links to loopback, private and link-local
                           addresses (refused by default: a feed must not make
                           this machine probe its own network)`;

const DB_OPTION = `      --db PATH            the store (default: $CORROBORATE_DB, else
                           ./corroborate.db)`;

const COMMON_OPTIONS = `      --today YYYY-MM-DD   the date that "on Tuesday" is resolved against when a
                           report carries no date (default: today)
${FETCH_OPTIONS}
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

const INGEST_HELP = `Usage: corroborate ingest [options] INPUT...

Store articles for later grouping into stories. Feeds give one article per
item: the item's own text when the feed carries the whole article, else the
page its link points to. An article already stored (same URL or same text)
is not stored again, and a link already stored is not fetched again, so
running the same ingest twice is harmless. Each article is committed as it
arrives: an interrupted ingest keeps what it stored.

Options:
${DB_OPTION}
${FETCH_OPTIONS}
  -q, --quiet              print errors only
  -h, --help               show this help

Prints one line per input that failed, then a summary:
  ingest: N new, M already stored, K failed

${INPUT_HELP}

Examples:
  corroborate ingest examples/harbour-fire/
  corroborate ingest https://news.example/rss.xml --db news.db
  corroborate ingest feeds.opml --timeout 30

${EXIT_CODES_TEXT}
`;

const STORIES_HELP = `Usage: corroborate stories [list] [options]
       corroborate stories show ID [options]

list (the default) prints one line per stored story, most recently changed
first: its id, number of articles, first and last publication dates, title.
show prints one story's report: agreements, contradictions, facts only one
report has, who said what, and a timeline.

Options:
${DB_OPTION}
  -f, --format FORMAT      show: ${FORMATS.join(", ")} (default: text, or from the
                           --out extension)
  -o, --out FILE           show: write the report to FILE
      --min-confidence X   show: leave out findings below X (0 to 1)
      --today YYYY-MM-DD   show: the date "on Tuesday" is resolved against when a
                           report carries no date
  -q, --quiet              print errors only
  -h, --help               show this help

${EXIT_CODES_TEXT}
`;

const WATCH_HELP = `Usage: corroborate watch [options] FEEDS.opml...

Poll feeds (OPML lists, feed URLs or files) every --interval seconds: store
new articles, regroup the stored articles into stories, and print one line
per story that appeared or changed. Stop it with Ctrl-C; what was stored
stays stored.

Options:
      --interval SECONDS   time between polls (default 300)
      --once               poll once and exit (exit status as for ingest)
${DB_OPTION}
${FETCH_OPTIONS}
  -q, --quiet              print errors and story changes only
  -h, --help               show this help

${EXIT_CODES_TEXT}
`;

export function helpFor(command: Command): string {
  switch (command) {
    case "annotate":
      return ANNOTATE_HELP;
    case "ingest":
      return INGEST_HELP;
    case "stories":
      return STORIES_HELP;
    case "watch":
      return WATCH_HELP;
    default:
      return compareHelp(command);
  }
}

const COMMANDS: readonly Command[] = ["compare", "analyze", "annotate", "ingest", "stories", "watch"];

const sharedOptions = {
  out: { type: "string", short: "o" },
  today: { type: "string" },
  "max-bytes": { type: "string" },
  timeout: { type: "string" },
  "allow-private": { type: "boolean" },
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
    if (topic === undefined || topic === "help") return { kind: "help", text: MAIN_HELP };
    return isCommand(topic) ? { kind: "help", text: helpFor(topic) } : usageError(`unknown command "${topic}"`, "");
  }
  if (!isCommand(first)) {
    const message = first.startsWith("-") ? `expected a command before the option "${first}"` : `unknown command "${first}"`;
    return usageError(message, "");
  }
  switch (first) {
    case "ingest":
      return parseIngest(rest);
    case "stories":
      return parseStories(rest);
    case "watch":
      return parseWatch(rest);
    default:
      return parseCommand(first, rest, stdinIsTty);
  }
}

const fetchOptions = {
  db: { type: "string" },
  timeout: { type: "string" },
  "max-bytes": { type: "string" },
  "allow-private": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
} as const;

type Values = Record<string, string | boolean | undefined>;
type ParsedArgs = { values: Values; positionals: string[] } | { error: Parsed };

function parseOptions(command: Command, args: string[], options: NonNullable<ParseArgsConfig["options"]>): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (error) {
    return { error: usageError(parseErrorMessage(error), command) };
  }
}

function stringValue(values: Values, name: string): string | undefined {
  return typeof values[name] === "string" ? (values[name] as string) : undefined;
}

/** --timeout, --max-bytes, --allow-private: checked alike for every command that reads inputs; --db for ingest and watch. */
function parseFetchLimits(command: Command, values: Values): (FetchLimits & { db?: string }) | { error: Parsed } {
  const limits: FetchLimits & { db?: string } = { allowPrivate: values["allow-private"] === true, timeoutMs: DEFAULT_FETCH_TIMEOUT_MS };
  const db = stringValue(values, "db");
  if (db !== undefined) {
    if (db === "") return { error: usageError("--db needs a file name", command) };
    limits.db = db;
  }
  const timeout = stringValue(values, "timeout");
  if (timeout !== undefined) {
    const seconds = parseSeconds(timeout);
    if (seconds === undefined) return { error: usageError(`--timeout must be a number of seconds such as 15 or 2.5; got "${timeout}"`, command) };
    limits.timeoutMs = Math.round(seconds * 1000);
  }
  const maxBytes = stringValue(values, "max-bytes");
  if (maxBytes !== undefined) {
    const bytes = parseSize(maxBytes);
    if (bytes === undefined) return { error: usageError(`--max-bytes must be a size such as 500000, 500KB or 20MB; got "${maxBytes}"`, command) };
    limits.maxBytes = bytes;
  }
  return limits;
}

function parseIngest(args: string[]): Parsed {
  const parsed = parseOptions("ingest", args, fetchOptions);
  if ("error" in parsed) return parsed.error;
  const { values, positionals } = parsed;
  if (values["help"]) return { kind: "help", text: helpFor("ingest") };
  const limits = parseFetchLimits("ingest", values);
  if ("error" in limits) return limits.error;
  if (positionals.length === 0) return usageError("no input given: name files, directories, URLs, feeds or OPML lists", "ingest");
  return { kind: "ingest", inputs: positionals, quiet: values["quiet"] === true, ...limits };
}

function parseWatch(args: string[]): Parsed {
  const parsed = parseOptions("watch", args, { ...fetchOptions, interval: { type: "string" }, once: { type: "boolean" } });
  if ("error" in parsed) return parsed.error;
  const { values, positionals } = parsed;
  if (values["help"]) return { kind: "help", text: helpFor("watch") };
  const limits = parseFetchLimits("watch", values);
  if ("error" in limits) return limits.error;
  let intervalSeconds = 300;
  const interval = stringValue(values, "interval");
  if (interval !== undefined) {
    const seconds = parseSeconds(interval);
    if (seconds === undefined || seconds < 1) return usageError(`--interval must be a number of seconds, at least 1; got "${interval}"`, "watch");
    intervalSeconds = seconds;
  }
  if (positionals.length === 0) return usageError("no feeds given: name an OPML list, feed URLs or feed files", "watch");
  if (positionals.includes("-")) return usageError("watch cannot poll standard input; name an OPML list or feeds", "watch");
  return { kind: "watch", inputs: positionals, intervalSeconds, once: values["once"] === true, quiet: values["quiet"] === true, ...limits };
}

function parseStories(args: string[]): Parsed {
  const parsed = parseOptions("stories", args, {
    db: { type: "string" },
    format: { type: "string", short: "f" },
    out: { type: "string", short: "o" },
    "min-confidence": { type: "string" },
    today: { type: "string" },
    quiet: { type: "boolean", short: "q" },
    help: { type: "boolean", short: "h" },
  });
  if ("error" in parsed) return parsed.error;
  const { values, positionals } = parsed;
  if (values["help"]) return { kind: "help", text: helpFor("stories") };
  const [action = "list", ...rest] = positionals;
  if (action !== "list" && action !== "show") return usageError(`unknown stories action "${action}"; use list or show ID`, "stories");
  const request: StoriesRequest = { kind: "stories", action, format: "text", quiet: values["quiet"] === true };
  if (action === "show") {
    if (rest.length !== 1) return usageError(rest.length === 0 ? "stories show needs a story id" : "stories show takes one story id", "stories");
    request.storyId = rest[0]!;
  } else if (rest.length > 0) {
    return usageError(`stories list takes no arguments; got "${rest[0]}"`, "stories");
  }
  const db = stringValue(values, "db");
  if (db !== undefined) {
    if (db === "") return usageError("--db needs a file name", "stories");
    request.db = db;
  }
  const common = parseReportOptions("stories", values);
  if ("error" in common) return common.error;
  Object.assign(request, common);
  return request;
}

type ReportOptions = { format: Format; out?: string; minConfidence?: number; today?: string };

/** --format, --out, --min-confidence, --today: checked alike wherever a report is written. */
function parseReportOptions(command: Command, values: Values): ReportOptions | { error: Parsed } {
  const options: ReportOptions = { format: "text" };
  const out = stringValue(values, "out");
  if (out !== undefined) {
    if (out === "") return { error: usageError("--out needs a file name", command) };
    options.out = out;
  }
  const format = stringValue(values, "format");
  if (format !== undefined) {
    if (!isFormat(format)) return { error: usageError(`--format must be one of ${FORMATS.join(", ")}; got "${format}"`, command) };
    options.format = format;
  } else if (out !== undefined) {
    options.format = formatFromExtension(out);
  }
  const minConfidence = stringValue(values, "min-confidence");
  if (minConfidence !== undefined) {
    const value = /^(?:\d+(?:\.\d*)?|\.\d+)$/u.test(minConfidence) ? Number(minConfidence) : Number.NaN;
    if (!(value >= 0 && value <= 1)) return { error: usageError(`--min-confidence must be a number from 0 to 1; got "${minConfidence}"`, command) };
    options.minConfidence = value;
  }
  const today = stringValue(values, "today");
  if (today !== undefined) {
    if (!isCalendarDate(today)) return { error: usageError(`--today must be a date as YYYY-MM-DD; got "${today}"`, command) };
    options.today = today;
  }
  return options;
}

function parseCommand(command: EngineCommand, args: string[], stdinIsTty: boolean): Parsed {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    const options = command === "annotate" ? sharedOptions : compareOptions;
    ({ values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true }));
  } catch (error) {
    return usageError(parseErrorMessage(error), command);
  }
  if (values["help"]) return { kind: "help", text: helpFor(command) };

  const limits = parseFetchLimits(command, values);
  if ("error" in limits) return limits.error;
  // As for ingest: a --max-bytes given caps files and pages alike, the defaults differ.
  const { db: _db, ...fetch } = limits;
  const request: RunRequest = { kind: "run", command, inputs: positionals, format: "text", quiet: values["quiet"] === true, maxBytes: limits.maxBytes ?? DEFAULT_MAX_BYTES, fetch };

  const common = parseReportOptions(command, values);
  if ("error" in common) return common.error;
  Object.assign(request, common);
  if (request.inputs.length === 0) {
    if (command !== "annotate") return usageError("no input given: name files, directories or URLs, or - for standard input", command);
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

/** "15", "2.5", "15s", "500ms" -> seconds (positive). */
export function parseSeconds(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/iu.exec(text.trim());
  if (!match) return undefined;
  const seconds = Number(match[1]) / (match[2]?.toLowerCase() === "ms" ? 1000 : 1);
  return seconds > 0 && Number.isFinite(seconds) ? seconds : undefined;
}

/** "500000", "500KB", "20MB", "1.5G" -> bytes (binary units, as the default 10 MB is). */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/iu.exec(text.trim());
  if (!match) return undefined;
  const unit = SIZE_UNITS[match[2]!.toLowerCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : undefined;
}
