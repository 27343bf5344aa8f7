import { test } from "node:test";
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { fetchUrl, type FetchResult } from "./fetch.js";
import { html, hugePage, send, startServer, withServer, type Handler } from "./http-fixtures.js";

const local = { allowPrivate: true };

function problem(result: FetchResult): string {
  return result.ok ? "(succeeded)" : `${result.rule}: ${result.problem}`;
}

const redirect = (to: string, status = 302): Handler => (_req, res) => {
  res.statusCode = status;
  res.setHeader("location", to);
  res.end();
};

test("a page is fetched through relative redirects, with its final URL and content type", async () => {
  await withServer({ "/old": redirect("/middle", 301), "/middle": redirect("new?x=1", 307), "/new": html("<p>Hello</p>") }, async (server) => {
    const result = await fetchUrl(server.url("/old"), local);
    assert.ok(result.ok, problem(result));
    assert.equal(result.url, server.url("/new?x=1"));
    assert.equal(result.redirects, 2);
    assert.match(result.contentType, /^text\/html/u);
    assert.equal(Buffer.from(result.bytes).toString("utf8"), "<p>Hello</p>");
  });
});

test("a redirect loop stops at the cap with the last target named", async () => {
  let n = 0;
  await withServer({ "/loop*": (_req, res) => redirect(`/loop${++n}`)(_req, res) }, async (server) => {
    const result = await fetchUrl(server.url("/loop0"), { ...local, maxRedirects: 5 });
    assert.equal(problem(result), `ingest/too-many-redirects: gave up after 5 redirects (the last one to ${server.url("/loop6")})`);
    assert.equal(n, 6);
  });
});

test("an error status is one phrase", async () => {
  await withServer({ "/gone": send("text/plain", "gone", 410) }, async (server) => {
    assert.equal(problem(await fetchUrl(server.url("/gone"), local)), "ingest/http-status: the server answered 410 Gone");
    assert.equal(problem(await fetchUrl(server.url("/missing"), local)), "ingest/http-status: the server answered 404 Not Found");
  });
});

test("a server that never answers, or never finishes the body, hits the total time limit", async () => {
  await withServer(
    {
      "/silent": () => undefined,
      "/trickle": (_req, res) => {
        res.setHeader("content-type", "text/html");
        res.write("<p>starting");
      },
    },
    async (server) => {
      for (const path of ["/silent", "/trickle"]) {
        const started = performance.now();
        const result = await fetchUrl(server.url(path), { ...local, timeoutMs: 300 });
        const elapsed = performance.now() - started;
        assert.equal(problem(result), "ingest/timeout: did not finish within 0.3 s (raise it with --timeout)", path);
        assert.ok(elapsed >= 250 && elapsed < 1500, `${path} took ${elapsed} ms`);
      }
    },
  );
});

test("a body over the cap is refused: at once when its length is declared, else as soon as it passes", async () => {
  const sent = { bytes: 0 };
  const stream = hugePage(50 * 1024 * 1024, sent);
  const declared: Handler = (_req, res) => {
    res.setHeader("content-length", String(50 * 1024 * 1024));
    res.write("<p>");
  };
  await withServer({ "/stream": stream, "/declared": declared }, async (server) => {
    const started = performance.now();
    assert.equal(problem(await fetchUrl(server.url("/declared"), { ...local, maxBytes: 5 * 1024 * 1024 })), "ingest/too-large: is 50 MB, over the 5 MB limit (raise it with --max-bytes)");
    const streamedResult = await fetchUrl(server.url("/stream"), { ...local, maxBytes: 5 * 1024 * 1024 });
    assert.equal(problem(streamedResult), "ingest/too-large: is larger than the 5 MB limit (raise it with --max-bytes)");
    assert.ok(performance.now() - started < 3000);
    assert.ok(sent.bytes < 20 * 1024 * 1024, `the server wrote ${sent.bytes} bytes before the client hung up`);
  });
});

test("gzip bodies are decompressed, and the cap counts decompressed bytes (a zip bomb stops)", async () => {
  const page = gzipSync("<p>Compressed page</p>");
  const bomb = gzipSync(Buffer.alloc(30 * 1024 * 1024));
  const gzip = (body: Buffer): Handler => (_req, res) => {
    res.setHeader("content-type", "text/html");
    res.setHeader("content-encoding", "gzip");
    res.end(body);
  };
  await withServer({ "/page": gzip(page), "/bomb": gzip(bomb) }, async (server) => {
    const ok = await fetchUrl(server.url("/page"), local);
    assert.ok(ok.ok, problem(ok));
    assert.equal(Buffer.from(ok.bytes).toString(), "<p>Compressed page</p>");
    assert.match(problem(await fetchUrl(server.url("/bomb"), { ...local, maxBytes: 1024 * 1024 })), /^ingest\/too-large: is larger than the 1 MB limit/u);
  });
});

test("loopback addresses are refused unless allowed, by literal address and by name", async () => {
  await withServer({ "/": html("<p>local</p>") }, async (server) => {
    const port = new URL(server.base).port;
    assert.equal(problem(await fetchUrl(server.url("/"))), "ingest/private-address: 127.0.0.1 is a loopback address; refused (use --allow-private to allow it)");
    assert.match(problem(await fetchUrl(`http://localhost:${port}/`)), /^ingest\/private-address: localhost resolves to (127\.0\.0\.1|::1), a loopback address; refused/u);
    assert.match(problem(await fetchUrl(`http://[::ffff:127.0.0.1]:${port}/`)), /^ingest\/private-address: .* is a loopback address/u);
    assert.match(problem(await fetchUrl("http://169.254.169.254/latest/meta-data/")), /link-local address; refused/u);
    assert.equal(server.hits("/"), 0, "nothing reached the server");
    assert.ok((await fetchUrl(`http://localhost:${port}/`, local)).ok);
  });
});

test("every redirect hop is checked again: a redirect to a file: URL is refused", async () => {
  await withServer({ "/to-file": redirect("file:///etc/passwd") }, async (server) => {
    assert.equal(problem(await fetchUrl(server.url("/to-file"), local)), "ingest/unsupported-url: file links are not followed; only http and https");
  });
});

test("connection failures and bad URLs are one phrase each", async () => {
  const server = await startServer({});
  const closed = server.url("/");
  await server.close();
  assert.equal(problem(await fetchUrl(closed, local)), "ingest/connection: the connection was refused");
  assert.equal(problem(await fetchUrl("http://exa mple.com/")), "ingest/bad-url: is not a valid URL");
});
