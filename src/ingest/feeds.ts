import { normalizeDate } from "./dates.js";
import { canonicalUrl } from "./urls.js";
import { childElements, childText, firstChild, firstElementName, localName, parseXml, serializeChildren, textContent, type XmlElement } from "./xml.js";

/**
 * RSS 2.0, RSS 1.0 (RDF), Atom and OPML read into plain records: a feed's items with their links,
 * titles, dates and any inline content; an OPML list's feed URLs. Relative links are resolved
 * against the document's own URL when it has one.
 */

export type FeedItem = {
  link?: string;
  title?: string;
  published?: string;
  author?: string;
  /** the item's inline HTML (content:encoded, Atom content, or the description), if any */
  contentHtml?: string;
};
export type Feed = { format: "RSS" | "RSS 1.0" | "Atom"; title?: string; items: FeedItem[] };
export type FeedList = { title?: string; feeds: { url: string; title?: string }[] };

export type XmlSource =
  | { kind: "feed"; feed: Feed; declaresEntities: boolean }
  | { kind: "opml"; list: FeedList; declaresEntities: boolean }
  | { kind: "other"; rootName: string | undefined; declaresEntities: boolean };

const FEED_ROOTS: ReadonlySet<string> = new Set(["rss", "rdf", "feed", "opml"]);

/** OPML outlines can nest folders; deeper than this is not a reading list but a trap. */
const MAX_OUTLINE_DEPTH = 20;

export function readXmlSource(text: string, documentUrl?: string): XmlSource {
  const { root, declaresEntities } = parseXml(text);
  const rootName = root === undefined ? undefined : localName(root.name);
  if (root !== undefined && rootName === "rss") return { kind: "feed", feed: readRss(root, documentUrl), declaresEntities };
  if (root !== undefined && rootName === "rdf") return { kind: "feed", feed: readRdf(root, documentUrl), declaresEntities };
  if (root !== undefined && rootName === "feed") return { kind: "feed", feed: readAtom(root, documentUrl), declaresEntities };
  if (root !== undefined && rootName === "opml") return { kind: "opml", list: readOpml(root, documentUrl), declaresEntities };
  return { kind: "other", rootName, declaresEntities };
}

/** Whether a body's first element is a feed or OPML root, for responses whose content type is vague. */
export function looksLikeFeedOrOpml(text: string): boolean {
  const name = firstElementName(text);
  return name !== undefined && FEED_ROOTS.has(localName(name));
}

function readRss(root: XmlElement, base: string | undefined): Feed {
  const channel = firstChild(root, "channel") ?? root;
  // Some RSS 2.0 feeds put items beside the channel rather than inside it.
  const items = [...childElements(channel, "item"), ...(channel === root ? [] : childElements(root, "item"))];
  const feed: Feed = { format: "RSS", items: items.map((item) => rssItem(item, base)) };
  const title = childText(channel, "title");
  if (title !== undefined) feed.title = title;
  return feed;
}

function readRdf(root: XmlElement, base: string | undefined): Feed {
  const channel = firstChild(root, "channel", "rss:channel");
  const items = [...childElements(root, "item"), ...childElements(root, "rss:item")];
  const feed: Feed = { format: "RSS 1.0", items: items.map((item) => rssItem(item, base)) };
  const title = channel ? childText(channel, "title", "rss:title") : undefined;
  if (title !== undefined) feed.title = title;
  return feed;
}

function rssItem(item: XmlElement, base: string | undefined): FeedItem {
  const out: FeedItem = {};
  const link = rssLink(item, base);
  if (link !== undefined) out.link = link;
  const title = childText(item, "title", "rss:title", "dc:title");
  if (title !== undefined) out.title = title;
  const published = normalizeDate(childText(item, "pubdate", "dc:date", "dcterms:issued", "dcterms:created", "published", "a10:updated"));
  if (published !== undefined) out.published = published;
  const author = childText(item, "dc:creator", "author");
  if (author !== undefined) out.author = author;
  const content = childText(item, "content:encoded", "description", "rss:description");
  if (content !== undefined) out.contentHtml = content;
  return out;
}

/** feedburner:origLink beats a tracking <link>; a permalink <guid> stands in when <link> is missing. */
function rssLink(item: XmlElement, base: string | undefined): string | undefined {
  const candidates = [childText(item, "feedburner:origlink"), childText(item, "link", "rss:link"), item.attributes["rdf:about"]];
  const guid = firstChild(item, "guid");
  if (guid && guid.attributes["ispermalink"] !== "false") candidates.push(textContent(guid).trim());
  const atomLink = childElements(item).find((c) => localName(c.name) === "link" && c.name !== "link" && (c.attributes["rel"] ?? "alternate") === "alternate");
  if (atomLink) candidates.push(atomLink.attributes["href"]);
  for (const candidate of candidates) {
    const url = candidate ? canonicalUrl(candidate, base) : undefined;
    if (url !== undefined) return url;
  }
  return undefined;
}

function readAtom(root: XmlElement, base: string | undefined): Feed {
  const prefix = root.name.includes(":") ? `${root.name.slice(0, root.name.indexOf(":"))}:` : "";
  const name = (local: string) => `${prefix}${local}`;
  const feed: Feed = { format: "Atom", items: childElements(root, name("entry")).map((entry) => atomEntry(entry, name, base)) };
  const title = childText(root, name("title"));
  if (title !== undefined) feed.title = title;
  return feed;
}

function atomEntry(entry: XmlElement, name: (local: string) => string, base: string | undefined): FeedItem {
  const out: FeedItem = {};
  const links = childElements(entry, name("link"));
  const alternate = links.find((l) => (l.attributes["rel"] ?? "alternate") === "alternate") ?? links[0];
  const link = alternate?.attributes["href"] ? canonicalUrl(alternate.attributes["href"], entry.attributes["xml:base"] ?? base) : undefined;
  if (link !== undefined) out.link = link;
  const title = childText(entry, name("title"));
  if (title !== undefined) out.title = title;
  const published = normalizeDate(childText(entry, name("published"), name("updated"), "dc:date"));
  if (published !== undefined) out.published = published;
  const author = firstChild(entry, name("author"));
  const authorName = author ? childText(author, name("name")) : undefined;
  if (authorName !== undefined) out.author = authorName;
  const content = atomContent(firstChild(entry, name("content"))) ?? atomContent(firstChild(entry, name("summary")));
  if (content !== undefined) out.contentHtml = content;
  return out;
}

/** Atom content as HTML, whatever its type: escaped HTML, inline XHTML, or plain text. */
function atomContent(element: XmlElement | undefined): string | undefined {
  if (element === undefined || element.attributes["src"] !== undefined) return undefined;
  const type = (element.attributes["type"] ?? "text").toLowerCase();
  let html: string;
  if (type === "xhtml") html = serializeChildren(element);
  else if (type === "html" || type.includes("html")) html = textContent(element);
  else html = textContent(element).split(/\n\s*\n/u).map((p) => `<p>${escapeHtml(p.trim())}</p>`).join("");
  return html.trim() === "" ? undefined : html;
}

function readOpml(root: XmlElement, base: string | undefined): FeedList {
  const list: FeedList = { feeds: [] };
  const head = firstChild(root, "head");
  const title = head ? childText(head, "title") : undefined;
  if (title !== undefined) list.title = title;
  const body = firstChild(root, "body");
  if (!body) return list;
  const seen = new Set<string>();
  const stack: { element: XmlElement; depth: number }[] = childElements(body, "outline").reverse().map((element) => ({ element, depth: 0 }));
  while (stack.length > 0) {
    const { element, depth } = stack.pop()!;
    const xmlUrl = element.attributes["xmlurl"];
    const url = xmlUrl ? canonicalUrl(xmlUrl.trim(), base) : undefined;
    if (url !== undefined && !seen.has(url)) {
      seen.add(url);
      const feedTitle = element.attributes["title"] ?? element.attributes["text"];
      list.feeds.push(feedTitle ? { url, title: feedTitle } : { url });
    }
    if (depth < MAX_OUTLINE_DEPTH) {
      const children = childElements(element, "outline");
      for (let i = children.length - 1; i >= 0; i--) stack.push({ element: children[i]!, depth: depth + 1 });
    }
  }
  return list;
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}
