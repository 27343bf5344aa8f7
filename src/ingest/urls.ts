/**
 * URL helpers: what counts as a URL input, the normal form two links to one article share, and a
 * readable article id taken from a link.
 */

const HTTP_URL = /^https?:\/\//iu;
const ANY_SCHEME_URL = /^[a-z][a-z0-9+.-]*:\/\//iu;

/** Query parameters that only track where a click came from; they never change the article. */
const TRACKING_PARAMETER = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ocid|cmpid|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|at_medium|at_campaign|sr_share|smid|ref_src|rss)$/iu;

export function isHttpUrl(input: string): boolean {
  return HTTP_URL.test(input);
}

/** "ftp://x", "file:///x": looks like a URL but is not one we fetch. */
export function isOtherSchemeUrl(input: string): boolean {
  return !HTTP_URL.test(input) && ANY_SCHEME_URL.test(input);
}

/**
 * The form under which two links to the same article compare equal: lower-case scheme and host,
 * no default port, no fragment, no tracking parameters, no trailing "?". Paths keep their case and
 * trailing slash, since servers may treat them as different pages. Undefined for a non-http URL.
 */
export function canonicalUrl(url: string, base?: string): string | undefined {
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(url) : new URL(url, base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  parsed.hash = "";
  parsed.username = "";
  parsed.password = "";
  const kept = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
  parsed.search = kept.length === 0 ? "" : new URLSearchParams(kept).toString();
  return parsed.toString();
}

const SLUG_SEPARATOR = /[^\p{L}\p{N}]+/gu;
const PAGE_EXTENSION = /\.(?:s?html?|php|aspx?|jsp|cms|txt|md)$/iu;
const MAX_ID_CHARS = 60;

/**
 * A readable id from a link: the last meaningful path segment ("fire-on-the-quay"), else the host.
 * Numeric-only segments (an article number) keep the segment before them for context.
 */
export function idFromUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "page";
  }
  const segments = parsed.pathname
    .split("/")
    .map((s) => safeDecode(s).replace(PAGE_EXTENSION, ""))
    .filter((s) => s !== "" && !/^index$/iu.test(s));
  const last = segments.at(-1);
  let id = last === undefined ? parsed.hostname : /^\d+$/u.test(last) && segments.length > 1 ? `${segments.at(-2)}-${last}` : last;
  id = id.toLowerCase().replace(SLUG_SEPARATOR, "-").replace(/^-+|-+$/gu, "");
  if (id.length > MAX_ID_CHARS) id = id.slice(0, MAX_ID_CHARS).replace(/-[^-]*$/u, "") || id.slice(0, MAX_ID_CHARS);
  return id || parsed.hostname || "page";
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
