import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { nonPublicKind, type AddressKind } from "./address.js";
import { formatBytes } from "./files.js";

/**
 * Fetch one web resource with the guards an untrusted feed needs: a total time limit, a size cap
 * that stops the download as soon as it is passed (decompressed bytes count), a redirect cap, and
 * no connection to loopback, private or link-local addresses unless allowed. The address check
 * runs inside the socket's own DNS lookup, on every address the name resolves to and on every
 * redirect, so a name that resolves differently the second time (DNS rebinding) is still caught.
 * Every failure comes back as one phrase, never as an exception.
 */

export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
export const DEFAULT_FETCH_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

export type FetchOptions = {
  /** total time for the resource, redirects and body included (default 15 s) */
  timeoutMs?: number;
  /** largest body accepted, after decompression (default 5 MB) */
  maxBytes?: number;
  /** redirects followed before giving up (default 5) */
  maxRedirects?: number;
  /** allow loopback, private and link-local addresses (default false) */
  allowPrivate?: boolean;
  userAgent?: string;
};

export type Fetched = {
  ok: true;
  /** the URL the body came from, after redirects */
  url: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
  redirects: number;
};
export type FetchFailure = { ok: false; rule: string; problem: string };
export type FetchResult = Fetched | FetchFailure;

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const ACCEPT =
  "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";
const DEFAULT_USER_AGENT = "corroborate/0.1 (news report comparison)";

class RefusedAddressError extends Error {
  constructor(readonly host: string, readonly address: string, readonly kind: AddressKind) {
    super(`${host} resolves to ${address}`);
  }
}

class TooLargeError extends Error {}

export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let current = url;
    for (let redirects = 0; ; redirects++) {
      const target = checkTarget(current, options.allowPrivate === true);
      if (!target.ok) return target;
      const response = await request(target.url, controller.signal, options);
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(response.statusCode ?? 0) && location) {
        response.destroy();
        if (redirects >= maxRedirects) {
          return fail("ingest/too-many-redirects", `gave up after ${maxRedirects} redirects (the last one to ${shorten(resolveLocation(location, current))})`);
        }
        current = resolveLocation(location, current);
        continue;
      }
      const status = response.statusCode ?? 0;
      if (status < 200 || status > 299) {
        response.destroy();
        return fail("ingest/http-status", `the server answered ${status} ${response.statusMessage ?? ""}`.trimEnd());
      }
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBytes && !response.headers["content-encoding"]) {
        response.destroy();
        return fail("ingest/too-large", `is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`);
      }
      const bytes = await readBody(response, maxBytes, controller.signal);
      return { ok: true, url: current, status, contentType: String(response.headers["content-type"] ?? ""), bytes, redirects };
    }
  } catch (error) {
    return describeFailure(error, { timeoutMs, maxBytes, aborted: controller.signal.aborted });
  } finally {
    clearTimeout(timer);
  }
}

type Target = { ok: true; url: URL } | FetchFailure;

function checkTarget(url: string, allowPrivate: boolean): Target {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail("ingest/bad-url", `is not a valid URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return fail("ingest/unsupported-url", `${parsed.protocol.slice(0, -1)} links are not followed; only http and https`);
  }
  // A literal IP address is connected to without a DNS lookup, so it is checked here instead.
  const kind = allowPrivate ? null : nonPublicKind(parsed.hostname);
  if (kind !== null) return fail("ingest/private-address", refusedProblem(parsed.hostname, parsed.hostname, kind));
  return { ok: true, url: parsed };
}

function request(url: URL, signal: AbortSignal, options: FetchOptions): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(url, {
      method: "GET",
      signal,
      agent: false,
      lookup: guardedLookup(options.allowPrivate === true),
      headers: { "user-agent": options.userAgent ?? DEFAULT_USER_AGENT, accept: ACCEPT, "accept-encoding": "gzip, deflate, br" },
    });
    req.on("response", resolve);
    req.on("error", reject);
    req.end();
  });
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup with every resolved address checked before the socket may use any of them. */
function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (!allowPrivate) {
        for (const { address } of addresses) {
          const kind = nonPublicKind(address);
          if (kind !== null) return callback(new RefusedAddressError(hostname, address, kind), []);
        }
      }
      if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/** The body, decompressed, stopping (and closing the connection) once it passes the cap. */
async function readBody(response: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const stream = decoded(response);
  const stop = () => {
    response.destroy();
    if (stream !== response) stream.destroy();
  };
  signal.addEventListener("abort", stop, { once: true });
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      length += buffer.length;
      if (length > maxBytes) {
        stop();
        throw new TooLargeError();
      }
      chunks.push(buffer);
    }
  } finally {
    signal.removeEventListener("abort", stop);
  }
  if (signal.aborted) throw signal.reason;
  return Buffer.concat(chunks, length);
}

function decoded(response: IncomingMessage): Readable {
  switch (String(response.headers["content-encoding"] ?? "").trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return response.pipe(zlib.createGunzip());
    case "deflate":
      return response.pipe(zlib.createInflate());
    case "br":
      return response.pipe(zlib.createBrotliDecompress());
    default:
      return response;
  }
}

function describeFailure(error: unknown, context: { timeoutMs: number; maxBytes: number; aborted: boolean }): FetchFailure {
  if (error instanceof TooLargeError) {
    return fail("ingest/too-large", `is larger than the ${formatBytes(context.maxBytes)} limit (raise it with --max-bytes)`);
  }
  if (error instanceof RefusedAddressError) return fail("ingest/private-address", refusedProblem(error.host, error.address, error.kind));
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof RefusedAddressError) return fail("ingest/private-address", refusedProblem(cause.host, cause.address, cause.kind));
  if (context.aborted) return fail("ingest/timeout", `did not finish within ${formatSeconds(context.timeoutMs)} (raise it with --timeout)`);
  const code = (error as { code?: string })?.code ?? "";
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return fail("ingest/dns", `the host name could not be resolved (${code})`);
    case "ECONNREFUSED":
      return fail("ingest/connection", "the connection was refused");
    case "ECONNRESET":
    case "EPIPE":
      return fail("ingest/connection", "the connection was closed by the server");
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return fail("ingest/connection", "the host cannot be reached");
    case "Z_DATA_ERROR":
    case "Z_BUF_ERROR":
    case "ERR_PADDING_1":
      return fail("ingest/bad-encoding", `its compressed body is corrupt (${code})`);
    case "HPE_INVALID_CONSTANT":
    case "HPE_INVALID_CHUNK_SIZE":
    case "HPE_INVALID_HEADER_TOKEN":
    case "HPE_HEADER_OVERFLOW":
      return fail("ingest/bad-response", `the server sent a malformed HTTP response (${code})`);
  }
  if (/certificate|self[- ]signed|SSL|TLS/iu.test(`${code} ${message}`)) return fail("ingest/tls", `a TLS problem: ${message}`);
  if (code === "ERR_STREAM_PREMATURE_CLOSE" || /aborted|socket hang up/iu.test(message)) {
    return fail("ingest/connection", "the connection ended before the page was complete");
  }
  return fail("ingest/fetch", `could not be fetched (${code ? `${code}: ` : ""}${message})`);
}

function refusedProblem(host: string, address: string, kind: AddressKind): string {
  const where = host === address ? `${address} is a ${kind} address` : `${host} resolves to ${address}, a ${kind} address`;
  return `${where}; refused (use --allow-private to allow it)`;
}

function resolveLocation(location: string, base: string): string {
  try {
    return new URL(location, base).toString();
  } catch {
    return location;
  }
}

function shorten(url: string): string {
  return url.length > 100 ? `${url.slice(0, 97)}...` : url;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function fail(rule: string, problem: string): FetchFailure {
  return { ok: false, rule, problem };
}
