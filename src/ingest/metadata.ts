import { normalizeDate } from "./dates.js";
import { canonicalUrl } from "./urls.js";

/**
 * Article metadata from a page's head: JSON-LD (schema.org NewsArticle and kin) first, since
 * publishers fill it for search engines and keep it accurate; then Open Graph and article: meta
 * tags; then the older Dublin Core and vendor tags; the <title> last.
 */

/** The few DOM members read here, typed locally: the project compiles without the DOM library. */
export type DomNode = {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
};
export type DomElement = DomNode & {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
};
export type DomDocument = DomNode & {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
};

export type PageMetadata = {
  title?: string;
  byline?: string;
  siteName?: string;
  published?: string;
  canonicalUrl?: string;
  language?: string;
};

const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
  "reviewnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting", "socialmediaposting", "report",
]);

const TITLE_KEYS = ["og:title", "twitter:title", "dc.title", "dcterms.title", "headline", "sailthru.title", "parsely-title"];
const SITE_KEYS = ["og:site_name", "application-name", "dc.publisher", "dcterms.publisher", "publisher"];
const PUBLISHED_KEYS = [
  "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "article.published",
  "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "dc.date.issued", "dcterms.issued",
  "dcterms.created", "dc.date", "date", "sailthru.date", "parsely-pub-date", "originalpublicationdate", "article_date_original",
];
const BYLINE_KEYS = ["author", "article:author", "dc.creator", "dcterms.creator", "byl", "sailthru.author", "parsely-author"];

/** JSON-LD blocks larger than this are skipped: metadata is small, and parsing megabytes buys nothing. */
const MAX_JSON_LD_CHARS = 1_000_000;
const MAX_JSON_LD_NODES = 5_000;

export function readPageMetadata(document: DomDocument, pageUrl?: string): PageMetadata {
  const meta = metaTags(document);
  const ld = jsonLdArticle(document);
  const fromMeta = (keys: readonly string[]) => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const result: PageMetadata = {};
  const siteName = ld.publisher ?? fromMeta(SITE_KEYS);
  const title = ld.headline ?? fromMeta(TITLE_KEYS) ?? firstText(document, "h1") ?? titleWithoutSite(document.title, siteName);
  const published = normalizeDate(ld.datePublished) ?? firstDate(PUBLISHED_KEYS.map((k) => meta.get(k))) ?? timeElementDate(document);
  const byline = ld.author ?? bylineText(fromMeta(BYLINE_KEYS));
  const canonical = canonicalLink(document, pageUrl) ?? (ld.url !== undefined ? canonicalUrl(ld.url, pageUrl) : undefined) ?? urlOf(meta.get("og:url"), pageUrl);
  const language = document.documentElement?.getAttribute("lang")?.trim() || ld.inLanguage;
  if (title) result.title = clean(title);
  if (siteName) result.siteName = clean(siteName);
  if (published) result.published = published;
  if (byline) result.byline = clean(byline);
  if (canonical) result.canonicalUrl = canonical;
  if (language) result.language = language;
  return result;
}

/** name, property or itemprop -> content, lower-cased keys, first occurrence wins. */
function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  const elements = document.querySelectorAll("meta");
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    const key = (element.getAttribute("property") ?? element.getAttribute("name") ?? element.getAttribute("itemprop"))?.trim().toLowerCase();
    const content = element.getAttribute("content")?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

type LdArticle = { headline?: string; datePublished?: string; author?: string; publisher?: string; url?: string; inLanguage?: string };

function jsonLdArticle(document: DomDocument): LdArticle {
  const scripts = document.querySelectorAll("script");
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i]!;
    if (!/ld\+json/iu.test(script.getAttribute("type") ?? "")) continue;
    const source = script.textContent ?? "";
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue; // broken JSON-LD is common; the meta tags still count
    }
    const node = findArticleNode(data);
    if (node) return ldFields(node);
  }
  return {};
}

/** The first object typed as an article anywhere in the JSON (top level, arrays, @graph), breadth first. */
function findArticleNode(data: unknown): Record<string, unknown> | undefined {
  const queue: unknown[] = [data];
  for (let seen = 0; queue.length > 0 && seen < MAX_JSON_LD_NODES; seen++) {
    const value = queue.shift();
    if (Array.isArray(value)) {
      queue.push(...value);
    } else if (isObject(value)) {
      const types = ([] as unknown[]).concat(value["@type"] ?? []);
      if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t.toLowerCase()))) return value;
      for (const child of Object.values(value)) if (typeof child === "object" && child !== null) queue.push(child);
    }
  }
  return undefined;
}

function ldFields(node: Record<string, unknown>): LdArticle {
  const fields: LdArticle = {};
  const headline = stringOf(node["headline"]) ?? stringOf(node["name"]);
  const published = stringOf(node["datePublished"]) ?? stringOf(node["dateCreated"]);
  const author = namesOf(node["author"]) ?? namesOf(node["creator"]);
  const publisher = namesOf(node["publisher"]) ?? namesOf(node["sourceOrganization"]);
  const url = stringOf(node["url"]) ?? idOf(node["mainEntityOfPage"]);
  const language = stringOf(node["inLanguage"]);
  if (headline) fields.headline = headline;
  if (published) fields.datePublished = published;
  if (author) fields.author = author;
  if (publisher) fields.publisher = publisher;
  if (url) fields.url = url;
  if (language) fields.inLanguage = language;
  return fields;
}

/** "Jo Bell", {"name": "Jo Bell"}, or a list of either -> "Jo Bell, Ann Lee". */
function namesOf(value: unknown): string | undefined {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((v) => (typeof v === "string" ? v : isObject(v) ? stringOf(v["name"]) : undefined))
    .filter((v): v is string => v !== undefined && !/^https?:\/\//iu.test(v));
  return names.length > 0 ? names.join(", ") : undefined;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  return isObject(value) ? stringOf(value["@id"]) ?? stringOf(value["url"]) : undefined;
}

function stringOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return stringOf(value[0]);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function firstDate(values: readonly (string | undefined)[]): string | undefined {
  for (const value of values) {
    const date = normalizeDate(value);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** <time pubdate datetime=...> or <time itemprop="datePublished">: older templates put the date only there. */
function timeElementDate(document: DomDocument): string | undefined {
  const times = document.querySelectorAll("time");
  for (let i = 0; i < times.length; i++) {
    const time = times[i]!;
    const marked = time.getAttribute("pubdate") !== null || /datepublished/iu.test(time.getAttribute("itemprop") ?? "");
    if (marked) return normalizeDate(time.getAttribute("datetime") ?? time.textContent ?? undefined);
  }
  return undefined;
}

function canonicalLink(document: DomDocument, pageUrl?: string): string | undefined {
  const links = document.querySelectorAll("link");
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    if ((link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/u).includes("canonical")) return urlOf(link.getAttribute("href") ?? undefined, pageUrl);
  }
  return undefined;
}

function urlOf(href: string | undefined, base: string | undefined): string | undefined {
  return href ? canonicalUrl(href.trim(), base) : undefined;
}

function firstText(document: DomDocument, selector: string): string | undefined {
  const text = document.querySelector(selector)?.textContent?.replace(/\s+/gu, " ").trim();
  return text || undefined;
}

/** "Fire on the quay | The Courier" -> "Fire on the quay", when the suffix is the site's name or the title is long enough to carry one. */
function titleWithoutSite(title: string, siteName: string | undefined): string | undefined {
  const text = title.replace(/\s+/gu, " ").trim();
  if (!text) return undefined;
  const parts = text.split(/\s+[|–—-]\s+/u);
  if (parts.length < 2) return text;
  const last = parts.at(-1)!.toLowerCase();
  if (siteName !== undefined && last === siteName.toLowerCase()) return parts.slice(0, -1).join(" - ");
  return text;
}

function bylineText(value: string | undefined): string | undefined {
  if (!value || /^https?:\/\//iu.test(value)) return undefined;
  return value.replace(/^\s*by\s+/iu, "");
}

function clean(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
