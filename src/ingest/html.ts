import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ArticleInput } from "../model/types.js";
import { readPageMetadata, type DomDocument, type DomElement, type DomNode, type PageMetadata } from "./metadata.js";
import { canonicalUrl } from "./urls.js";

/**
 * An HTML page becomes one article: Readability finds the article body, and the text is rebuilt from
 * its block elements so that paragraphs are separated by blank lines (Readability's own textContent
 * runs paragraphs and list items together). The headline opens the text, as it does in a .txt
 * article, and the rest of the metadata comes from meta tags and JSON-LD.
 */

export type HtmlArticle = {
  article: ArticleInput;
  canonicalUrl?: string;
  byline?: string;
  language?: string;
};
export type HtmlResult = ({ ok: true } & HtmlArticle) | { ok: false; rule: string; problem: string };

/** Fewer words than this in Readability's pick means it picked a teaser; the whole body is used instead. */
const MIN_READABLE_WORDS = 40;
/** Pages with fewer words than this hold no article (an index page, a login wall, a script-only app). */
const MIN_ARTICLE_WORDS = 15;
/** Readability gives up on huge DOMs rather than spend seconds scoring them; the fallback still reads them. */
const MAX_ELEMENTS_TO_SCORE = 30_000;
/**
 * Readability's scoring time grows with elements times nesting depth, and steeply with depth alone
 * (measured: 0.35 s for one chain 200 deep, 2 s at 400, minutes at 2,000; 16 s for 70,000 elements
 * 140 deep), while real article pages stay under 100 deep with a few thousand elements. Pages past
 * these bounds are read by the linear body fallback instead. Readability's own maxElemsToParse
 * check cannot be relied on: linkedom's getElementsByTagName("*") returns nothing.
 */
const MAX_DEPTH_TO_SCORE = 150;
const MAX_ELEMENT_DEPTH_PRODUCT = 1_000_000;

const BLOCK_TAGS: ReadonlySet<string> = new Set(
  ("ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM " +
    "H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN MENU NAV OL P PRE SECTION SUMMARY TABLE TBODY TFOOT THEAD TR UL CENTER").split(" "),
);
const CELL_TAGS: ReadonlySet<string> = new Set(["TD", "TH"]);
const SKIPPED_TAGS: ReadonlySet<string> = new Set(
  "SCRIPT STYLE NOSCRIPT TEMPLATE SVG CANVAS IFRAME OBJECT EMBED VIDEO AUDIO BUTTON SELECT INPUT TEXTAREA OPTION HEAD TITLE".split(" "),
);
/** Page furniture left out when the whole body has to be read without Readability. */
const FURNITURE_TAGS: ReadonlySet<string> = new Set(["NAV", "HEADER", "FOOTER", "ASIDE", "FORM", "MENU", "DIALOG"]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

const WORD = /[\p{L}\p{N}]+/gu;

/** What the caller knows about a page from elsewhere (its feed item): used where the page is silent. */
export type PageFallback = { title?: string; published?: string; source?: string };
export type PageOptions = { id: string; url?: string; fallback?: PageFallback };

export function articleFromHtml(html: string, options: PageOptions): HtmlResult {
  const document = parseDocument(html);
  const metadata = readPageMetadata(document, options.url);
  // Readability rewrites the DOM it reads, so it gets a copy of its own; the fallback reads the original.
  let paragraphs = withinScoringBounds(document) ? readableParagraphs(html) : [];
  if (wordCount(paragraphs) < MIN_READABLE_WORDS) {
    const whole = document.body ? paragraphsOf(document.body, FURNITURE_TAGS) : [];
    if (wordCount(whole) > wordCount(paragraphs)) paragraphs = whole;
  }
  if (wordCount(paragraphs) < MIN_ARTICLE_WORDS) {
    return { ok: false, rule: "ingest/no-article", problem: "has no article text that could be extracted (an index page, or a page that needs JavaScript?)" };
  }
  return { ok: true, ...assemble(paragraphs, metadata, options) };
}

/**
 * A feed item's own HTML content as the article: no Readability (the fragment is the article
 * already), just the paragraphs, with the item's title, date and feed name as metadata.
 */
export function articleFromFragment(fragment: string, options: PageOptions): HtmlResult {
  const body = parseDocument(`<!doctype html><html><head></head><body>${fragment}</body></html>`).body;
  const paragraphs = body ? paragraphsOf(body) : [];
  if (wordCount(paragraphs) < MIN_ARTICLE_WORDS) return { ok: false, rule: "ingest/no-article", problem: "its feed entry has too little text" };
  return { ok: true, ...assemble(paragraphs, {}, options) };
}

function parseDocument(html: string): DomDocument {
  // linkedom treats a string without <html> as a fragment and loses <head>; a wrapper keeps it a page.
  const page = /<html[\s>]/iu.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return (parseHTML(page) as unknown as { document: DomDocument }).document;
}

function readableParagraphs(html: string): string[] {
  try {
    const document = parseDocument(html);
    const reader = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode, maxElemsToParse: MAX_ELEMENTS_TO_SCORE });
    const result = reader.parse();
    return result?.content ? paragraphsOf(result.content) : [];
  } catch {
    // Readability throws on DOMs it cannot score (too many elements, odd nesting); the body fallback reads them.
    return [];
  }
}

function assemble(body: string[], metadata: PageMetadata, options: PageOptions): HtmlArticle {
  const fallback = options.fallback ?? {};
  const title = metadata.title ?? fallback.title;
  const byline = metadata.byline;
  const kept = body.filter((p, i) => !(i < 3 && (sameWords(p, title) || isBylineParagraph(p, byline))));
  const paragraphs = title !== undefined ? [title, ...kept] : kept;
  const article: ArticleInput = { id: options.id, text: paragraphs.join("\n\n") };
  if (title !== undefined) article.title = title;
  const published = metadata.published ?? fallback.published;
  if (published !== undefined) article.published = published;
  const pageUrl = options.url !== undefined ? canonicalUrl(options.url) : undefined;
  const canonical = trustedCanonical(metadata.canonicalUrl, pageUrl) ?? pageUrl;
  const url = canonical ?? options.url;
  if (url !== undefined) article.url = url;
  const source = metadata.siteName ?? fallback.source ?? (url !== undefined ? hostName(url) : undefined);
  if (source !== undefined) article.source = source;
  const result: HtmlArticle = { article };
  if (canonical !== undefined) result.canonicalUrl = canonical;
  if (byline !== undefined) result.byline = byline;
  if (metadata.language !== undefined) result.language = metadata.language;
  return result;
}

/**
 * Paragraph texts under a node: each block element starts and ends a paragraph, <br> is a line
 * break within one, white space inside a paragraph collapses to single spaces (except in <pre>).
 * The walk is iterative, so a page nested thousands deep cannot overflow the stack.
 */
export function paragraphsOf(root: DomNode, skipAlso: ReadonlySet<string> = new Set()): string[] {
  const paragraphs: string[] = [];
  let current = "";
  let preDepth = 0;
  const flush = () => {
    const paragraph = tidyParagraph(current, preDepth > 0);
    if (paragraph !== "") paragraphs.push(paragraph);
    current = "";
  };
  const stack: { node: DomNode; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? "";
      current += preDepth > 0 ? text : text.replace(/\s+/gu, " ");
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_NODE && node.nodeType !== FRAGMENT_NODE) continue;
    const tag = node.nodeName.toUpperCase();
    if (exit) {
      if (BLOCK_TAGS.has(tag)) flush();
      else if (CELL_TAGS.has(tag)) current += " ";
      if (tag === "PRE") preDepth--;
      continue;
    }
    if (SKIPPED_TAGS.has(tag) || skipAlso.has(tag) || isHidden(node)) continue;
    if (tag === "BR") {
      current += "\n";
      continue;
    }
    if (BLOCK_TAGS.has(tag)) flush();
    if (tag === "PRE") preDepth++;
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return paragraphs;
}

/** Whether Readability can score this DOM in reasonable time (see MAX_DEPTH_TO_SCORE); one iterative walk that stops early. */
function withinScoringBounds(root: DomNode): boolean {
  let elements = 0;
  let deepest = 0;
  const stack: { node: DomNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    elements++;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DEPTH_TO_SCORE || elements > MAX_ELEMENTS_TO_SCORE || elements * deepest > MAX_ELEMENT_DEPTH_PRODUCT) return false;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i]!.nodeType === ELEMENT_NODE) stack.push({ node: children[i]!, depth: depth + 1 });
  }
  return true;
}

function isHidden(node: DomNode): boolean {
  const element = node as DomElement;
  if (typeof element.getAttribute !== "function") return false;
  if (element.getAttribute("hidden") !== null || element.getAttribute("aria-hidden") === "true") return true;
  const style = element.getAttribute("style");
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(style);
}

/** Lines trimmed and their inner white space collapsed; blank lines dropped. */
function tidyParagraph(text: string, preformatted: boolean): string {
  const lines = text.split("\n").map((line) => (preformatted ? line.replace(/\s+$/u, "") : line.replace(/[ \t\f\r\u00a0]+/gu, " ").trim()));
  return lines.filter((line) => line.trim() !== "").join("\n");
}

function wordCount(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.match(WORD)?.length ?? 0;
  return n;
}

function sameWords(a: string, b: string | undefined): boolean {
  if (b === undefined) return false;
  const words = (s: string) => (s.toLowerCase().match(WORD) ?? []).join(" ");
  return words(a) === words(b);
}

function isBylineParagraph(paragraph: string, byline: string | undefined): boolean {
  if (byline === undefined || paragraph.length > byline.length + 40) return false;
  return sameWords(paragraph.replace(/^\s*by\s+/iu, ""), byline.replace(/^\s*by\s+/iu, ""));
}

/**
 * A page's declared canonical URL, unless it cannot be this article's own address: a site's home
 * page (templates that point every page there would merge all their articles into one), or another
 * site (a syndicated copy naming the original: it is another outlet's report and stays separate;
 * if the text is the same, the content hash still catches it).
 */
function trustedCanonical(declared: string | undefined, pageUrl: string | undefined): string | undefined {
  if (declared === undefined) return undefined;
  const target = new URL(declared);
  if (pageUrl === undefined) return target.pathname === "/" ? undefined : declared;
  const page = new URL(pageUrl);
  if (target.pathname === "/" && page.pathname !== "/") return undefined;
  const site = (host: string) => host.replace(/^(?:www|m|amp|mobile)\./u, "");
  return site(target.hostname) === site(page.hostname) ? declared : undefined;
}

function hostName(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./u, "") || undefined;
  } catch {
    return undefined;
  }
}

/** Plain text of a bit of HTML, entities decoded (feed titles often carry "&amp;" or "<b>"). */
export function htmlToText(fragment: string): string {
  if (!/[<&]/u.test(fragment)) return fragment.trim();
  const document = parseDocument(`<!doctype html><html><body><div>${fragment}</div></body></html>`);
  return (document.body?.textContent ?? "").replace(/\s+/gu, " ").trim();
}

/** Words of readable text in a bit of HTML: decides whether a feed item's content is the full article. */
export function htmlWordCount(fragment: string): number {
  return wordCount([fragment.replace(/<[^>]*>/gu, " ")]);
}
