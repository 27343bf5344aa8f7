import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A throwaway HTTP server on 127.0.0.1 for tests, with invented pages and feeds. Routes match the
 * path exactly, or by prefix when the key ends in "*". Fetching from it needs `allowPrivate`.
 */

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;
export type TestServer = { base: string; url: (path: string) => string; hits: (path: string) => number; close: () => Promise<void> };

export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = routes[path] ?? Object.entries(routes).find(([key]) => key.endsWith("*") && path.startsWith(key.slice(0, -1)))?.[1];
    if (handler) return handler(req, res);
    res.statusCode = 404;
    res.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (path) => `${base}${path}`,
    hits: (path) => hits.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function withServer(routes: Record<string, Handler>, body: (server: TestServer) => Promise<void>): Promise<void> {
  const server = await startServer(routes);
  try {
    await body(server);
  } finally {
    await server.close();
  }
}

export function send(type: string, body: string | Buffer, status = 200): Handler {
  return (_req, res) => {
    res.statusCode = status;
    res.setHeader("content-type", type);
    res.end(body);
  };
}

export const html = (body: string) => send("text/html; charset=utf-8", body);

/**
 * A page of `totalBytes` written as fast as the client reads it, for size caps; `sent.bytes`
 * counts what was written, so a test can check that the client hung up early.
 */
export function hugePage(totalBytes: number, sent: { bytes: number }): Handler {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  return (_req, res) => {
    res.setHeader("content-type", "text/html");
    const pump = () => {
      while (sent.bytes < totalBytes) {
        sent.bytes += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end();
    };
    res.on("close", () => res.removeAllListeners("drain"));
    pump();
  };
}
export const rss = (body: string) => send("application/rss+xml", body);

/** Invented report sentences, varied by a place and a number so that every page's text differs. */
export function reportParagraphs(place: string, count: number, paragraphs = 3): string[] {
  const sentences = [
    `A fire broke out in a warehouse on the ${place} quay late on Tuesday, and ${count} people were treated for smoke, the fire service said.`,
    `Crews from three stations fought the blaze for four hours before it was brought under control, a spokesman for the service said.`,
    `The owner of the warehouse at ${place} said the building had been inspected in the spring and that he would help the inquiry.`,
    `Residents of ${place} were told to keep their windows closed overnight while the smoke cleared from the harbour.`,
  ];
  return Array.from({ length: paragraphs }, (_, i) => sentences[i % sentences.length]!);
}

export type PageSpec = { title: string; paragraphs: string[]; published?: string; site?: string; byline?: string; canonical?: string };

/** A news page shaped like real ones: navigation and footer around an <article>, metadata in the head. */
export function newsPage(spec: PageSpec): string {
  const ld = JSON.stringify({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: spec.title,
    ...(spec.published ? { datePublished: spec.published } : {}),
    ...(spec.byline ? { author: [{ "@type": "Person", name: spec.byline }] } : {}),
    ...(spec.site ? { publisher: { "@type": "Organization", name: spec.site } } : {}),
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${spec.title} | ${spec.site ?? "News"}</title>
${spec.canonical ? `<link rel="canonical" href="${spec.canonical}">` : ""}
<script type="application/ld+json">${ld}</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>${spec.title}</h1>${spec.byline ? `<p class="byline">By ${spec.byline}</p>` : ""}
${spec.paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article>
<footer><p>Copyright the publisher. All rights reserved.</p></footer></body></html>`;
}

export type ItemSpec = { title: string; link?: string; published?: string; content?: string; description?: string };

export function rssFeed(title: string, items: readonly ItemSpec[]): string {
  const item = (i: ItemSpec) =>
    `<item><title>${escapeXml(i.title)}</title>${i.link ? `<link>${escapeXml(i.link)}</link>` : ""}` +
    `${i.published ? `<pubDate>${i.published}</pubDate>` : ""}` +
    `${i.description ? `<description>${escapeXml(i.description)}</description>` : ""}` +
    `${i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ""}</item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${escapeXml(title)}</title>
${items.map(item).join("\n")}
</channel></rss>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}
