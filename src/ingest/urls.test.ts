import { test } from "node:test";
import assert from "node:assert/strict";
import { nonPublicKind } from "./address.js";
import { canonicalUrl, idFromUrl, isHttpUrl, isOtherSchemeUrl } from "./urls.js";

test("canonical URLs drop fragments, credentials, default ports and tracking parameters only", () => {
  assert.equal(canonicalUrl("HTTPS://News.Example:443/a/B?utm_source=rss&id=7&fbclid=x#c"), "https://news.example/a/B?id=7");
  assert.equal(canonicalUrl("http://u:p@news.example:8080/x/?"), "http://news.example:8080/x/");
  assert.equal(canonicalUrl("../up", "https://news.example/a/b/"), "https://news.example/a/up");
  assert.equal(canonicalUrl("mailto:x@example.com"), undefined);
  assert.equal(canonicalUrl("not a url"), undefined);
});

test("ids from links are the readable last part of the path", () => {
  assert.equal(idFromUrl("https://news.example/2025/03/quay-fire-hurts-12.html"), "quay-fire-hurts-12");
  assert.equal(idFromUrl("https://news.example/world/story/12345"), "story-12345");
  assert.equal(idFromUrl("https://news.example/"), "news-example");
  assert.equal(idFromUrl("https://news.example/Caf%C3%A9%20Fire/index.html"), "café-fire");
});

test("http(s) inputs are URLs; other schemes are recognised to be refused", () => {
  assert.equal(isHttpUrl("https://x.example/"), true);
  assert.equal(isHttpUrl("notes/https.txt"), false);
  assert.equal(isOtherSchemeUrl("ftp://x.example/file"), true);
  assert.equal(isOtherSchemeUrl("C:/news/a.txt"), false);
});

test("loopback, private, link-local and reserved addresses are told from public ones, in every IPv6 disguise", () => {
  const cases: [string, string | null][] = [
    ["127.0.0.1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.31.255.1", "private"],
    ["172.32.0.1", null],
    ["192.168.0.10", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "shared (carrier-grade NAT)"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["93.184.216.34", null],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["64:ff9b::a00:1", "private"],
    ["2002:c0a8:1::1", "private"],
    ["fd12:3456::1", "private"],
    ["fe80::1%eth0", "link-local"],
    ["[::1]", "loopback"],
    ["2606:4700::1111", null],
    ["example.com", null],
  ];
  for (const [address, kind] of cases) assert.equal(nonPublicKind(address), kind, address);
});
