import type { ArticleInput } from "../model/types.js";
import { decodeWebText } from "./charset.js";
import { fetchUrl, type FetchOptions } from "./fetch.js";
import { looksLikeFeedOrOpml, readXmlSource, type Feed, type FeedItem, type FeedList } from "./feeds.js";
import { articleFromFragment, articleFromHtml, htmlToText, htmlWordCount, type HtmlResult, type PageFallback } from "./html.js";
import { articleFromText } from "./text.js";
import { canonicalUrl, idFromUrl } from "./urls.js";

/**
 * What a URL turns out to be once fetched (a page, a feed, an OPML list), and how one feed item
 * becomes an article: from its own content when the feed carries the full text, else by fetching
 * its link. Nothing here throws for bad input: every failure is an outcome with one phrase.
 */

/** One article read from the web or a file, with what the store needs besides the article itself. */
export type IngestedArticle = {
  article: ArticleInput & { id: string };
  /** what to call it in messages: a path, "path:line", or a URL */
  origin: string;
  /** the link that was followed to get it (a feed item's link), in canonical form */
  requestedUrl?: string;
  /** the page's own canonical URL, else the requested one */
  canonicalUrl?: string;
  byline?: string;
};

export type Failure = { rule: string; problem: string };

export type ItemOutcome =
  | { kind: "article"; article: Omit<IngestedArticle, "origin"> }
  | { kind: "known"; url: string }
  | ({ kind: "failed" } & Failure);

export type Loaded =
  | { kind: "page"; article: Omit<IngestedArticle, "origin"> }
  | { kind: "feed"; feed: Feed; url: string; declaresEntities: boolean }
  | { kind: "opml"; list: FeedList; url: string; declaresEntities: boolean }
  | ({ kind: "failed" } & Failure);

/** Feed content with at least this many words, not cut off with "…" or "Read more", is the whole article. */
export const FULL_CONTENT_MIN_WORDS = 150;
const TRUNCATED_ENDING = /(?:\.\.\.|…|\[…\]|\[\.\.\.\]|read more|continue reading|read the full (?:story|article)|more\s*»)\s*(?:<\/[a-z]+>\s*)*$/iu;

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/u;
const XML_TYPES = /^(?:application|text)\/(?:[\w.+-]+\+)?xml$|^text\/x-opml$/u;

/** Fetch a URL and say what it is. `fallback` fills a page's metadata gaps (from its feed item). */
export async function loadUrl(url: string, options: FetchOptions, fallback?: PageFallback): Promise<Loaded> {
  const fetched = await fetchUrl(url, options);
  if (!fetched.ok) return { kind: "failed", rule: fetched.rule, problem: fetched.problem };
  const decoded = decodeWebText(fetched.bytes, fetched.contentType);
  if (!decoded.ok) return { kind: "failed", rule: decoded.rule, problem: decoded.problem };
  const mediaType = fetched.contentType.split(";")[0]!.trim().toLowerCase();
  const text = decoded.text;
  const requestedUrl = canonicalUrl(url);
  const id = idFromUrl(fetched.url);
  if (XML_TYPES.test(mediaType) || looksLikeFeedOrOpml(text)) {
    const source = readXmlSource(text, fetched.url);
    if (source.kind === "feed") return { kind: "feed", feed: source.feed, url: fetched.url, declaresEntities: source.declaresEntities };
    if (source.kind === "opml") return { kind: "opml", list: source.list, url: fetched.url, declaresEntities: source.declaresEntities };
    if (source.rootName !== "html") {
      return { kind: "failed", rule: "ingest/unsupported-xml", problem: `is XML but not an RSS, Atom or OPML document (its root element is <${source.rootName ?? "?"}>)` };
    }
  }
  if (HTML_TYPES.test(mediaType) || mediaType === "" || /^\s*(?:<!doctype html|<html[\s>])/iu.test(text.slice(0, 1024))) {
    const page = articleFromHtml(text, withFallback({ id, url: fetched.url }, fallback));
    return pageOutcome(page, requestedUrl);
  }
  if (mediaType === "text/plain" || mediaType === "text/markdown") {
    const article = { ...articleFromText(text, id, mediaType === "text/markdown" ? "markdown" : "text"), id };
    article.url = canonicalUrl(fetched.url) ?? fetched.url;
    const loaded: Omit<IngestedArticle, "origin"> = { article, canonicalUrl: article.url };
    if (requestedUrl !== undefined) loaded.requestedUrl = requestedUrl;
    return { kind: "page", article: loaded };
  }
  return { kind: "failed", rule: "ingest/unsupported-type", problem: `is ${mediaType}, not a web page or feed` };
}

/** One feed item as an article: its own content if full, else its page; a link already stored is not fetched. */
export async function itemOutcome(
  item: FeedItem,
  context: { feed: Feed; index: number; options: FetchOptions; isKnownUrl: (url: string) => Promise<boolean> },
): Promise<ItemOutcome> {
  const fallback = itemFallback(item, context.feed);
  if (item.link !== undefined && (await context.isKnownUrl(item.link))) return { kind: "known", url: item.link };
  const id = item.link !== undefined ? idFromUrl(item.link) : `item-${context.index + 1}`;
  if (item.contentHtml !== undefined && isFullContent(item.contentHtml)) {
    const fragmentOptions = withFallback(item.link !== undefined ? { id, url: item.link } : { id }, fallback);
    return fromPage(articleFromFragment(item.contentHtml, fragmentOptions), item.link);
  }
  if (item.link === undefined) {
    if (item.contentHtml !== undefined) return fromPage(articleFromFragment(item.contentHtml, withFallback({ id }, fallback)), undefined);
    return { kind: "failed", rule: "ingest/empty-item", problem: "has neither a link nor any text" };
  }
  const loaded = await loadUrl(item.link, context.options, fallback);
  if (loaded.kind === "page" || loaded.kind === "failed") return loaded.kind === "page" ? { kind: "article", article: loaded.article } : loaded;
  return { kind: "failed", rule: "ingest/not-a-page", problem: `links to ${loaded.kind === "feed" ? "a feed" : "an OPML list"}, not an article` };
}

export function isFullContent(html: string): boolean {
  return htmlWordCount(html) >= FULL_CONTENT_MIN_WORDS && !TRUNCATED_ENDING.test(html.trimEnd());
}

function itemFallback(item: FeedItem, feed: Feed): PageFallback {
  const fallback: PageFallback = {};
  if (item.title !== undefined) {
    const title = htmlToText(item.title);
    if (title !== "") fallback.title = title;
  }
  if (item.published !== undefined) fallback.published = item.published;
  if (feed.title !== undefined) fallback.source = htmlToText(feed.title);
  return fallback;
}

function withFallback<T extends { id: string; url?: string }>(options: T, fallback: PageFallback | undefined): T & { fallback?: PageFallback } {
  return fallback === undefined ? options : { ...options, fallback };
}

function fromPage(page: HtmlResult, link: string | undefined): ItemOutcome {
  const outcome = pageOutcome(page, link);
  return outcome.kind === "page" ? { kind: "article", article: outcome.article } : outcome;
}

function pageOutcome(page: HtmlResult, requestedUrl: string | undefined): Extract<Loaded, { kind: "page" | "failed" }> {
  if (!page.ok) return { kind: "failed", rule: page.rule, problem: page.problem };
  const article: Omit<IngestedArticle, "origin"> = { article: { ...page.article, id: page.article.id ?? "page" } };
  const canonical = page.canonicalUrl ?? requestedUrl;
  if (canonical !== undefined) article.canonicalUrl = canonical;
  if (requestedUrl !== undefined) article.requestedUrl = requestedUrl;
  if (page.byline !== undefined) article.byline = page.byline;
  return { kind: "page", article };
}
