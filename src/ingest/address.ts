import { isIP } from "node:net";

/**
 * Which IP addresses a fetch must not reach unless the user allows it: loopback, private networks,
 * link-local (cloud metadata services live at 169.254.169.254), and ranges that are never a public
 * web server. A feed is untrusted input, and its links must not turn the tool into a probe of the
 * machine's own network.
 */

export type AddressKind =
  | "loopback"
  | "private"
  | "link-local"
  | "unspecified"
  | "shared (carrier-grade NAT)"
  | "multicast"
  | "reserved";

type Ipv4Range = { base: number; bits: number; kind: AddressKind };

const IPV4_RANGES: readonly Ipv4Range[] = [
  range4("0.0.0.0", 8, "unspecified"),
  range4("10.0.0.0", 8, "private"),
  range4("100.64.0.0", 10, "shared (carrier-grade NAT)"),
  range4("127.0.0.0", 8, "loopback"),
  range4("169.254.0.0", 16, "link-local"),
  range4("172.16.0.0", 12, "private"),
  range4("192.0.0.0", 24, "reserved"),
  range4("192.0.2.0", 24, "reserved"),
  range4("192.168.0.0", 16, "private"),
  range4("198.18.0.0", 15, "reserved"),
  range4("198.51.100.0", 24, "reserved"),
  range4("203.0.113.0", 24, "reserved"),
  range4("224.0.0.0", 4, "multicast"),
  range4("240.0.0.0", 4, "reserved"),
];

/** The kind of a non-public address, or null for an ordinary public one (or a string that is no IP address). */
export function nonPublicKind(address: string): AddressKind | null {
  const bare = address.replace(/^\[|\]$/gu, "").replace(/%.*$/u, "");
  const version = isIP(bare);
  if (version === 4) return ipv4Kind(parseIpv4(bare));
  if (version === 6) return ipv6Kind(parseIpv6(bare));
  return null;
}

function ipv4Kind(value: number): AddressKind | null {
  for (const r of IPV4_RANGES) if (inRange(value, r.base, r.bits)) return r.kind;
  return null;
}

function ipv6Kind(groups: number[]): AddressKind | null {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  const firstFiveZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (firstFiveZero && g5 === 0 && g6 === 0) return g7 === 0 ? "unspecified" : g7 === 1 ? "loopback" : "reserved";
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) forms reach the IPv4 address inside.
  if (firstFiveZero && (g5 === 0xffff || g5 === 0)) return ipv4Kind(joinIpv4(g6, g7));
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) also carry an IPv4 address that decides where they go.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return ipv4Kind(joinIpv4(g6, g7));
  if (g0 === 0x2002) return ipv4Kind(joinIpv4(g1, g2));
  if ((g0 & 0xfe00) === 0xfc00) return "private"; // unique local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return "link-local";
  if ((g0 & 0xffc0) === 0xfec0) return "private"; // deprecated site-local
  if ((g0 & 0xff00) === 0xff00) return "multicast";
  if (g0 === 0x2001 && g1 === 0x0db8) return "reserved"; // documentation
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return "reserved"; // discard prefix
  return null;
}

function range4(base: string, bits: number, kind: AddressKind): Ipv4Range {
  return { base: parseIpv4(base), bits, kind };
}

function inRange(value: number, base: number, bits: number): boolean {
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return ((value & mask) >>> 0) === ((base & mask) >>> 0);
}

function parseIpv4(address: string): number {
  return address.split(".").reduce((value, part) => ((value << 8) | Number(part)) >>> 0, 0);
}

function joinIpv4(high: number, low: number): number {
  return ((high << 16) | low) >>> 0;
}

/** Eight 16-bit groups of an address that `isIP` has already accepted as IPv6. */
function parseIpv6(address: string): number[] {
  let text = address.toLowerCase();
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/u.exec(text);
  if (dotted) {
    const v4 = parseIpv4(dotted[1]!);
    tail.push(v4 >>> 16, v4 & 0xffff);
    text = text.slice(0, -dotted[1]!.length);
    if (text.endsWith(":") && !text.endsWith("::")) text = text.slice(0, -1);
  }
  const [head, rest] = text.includes("::") ? (text.split("::") as [string, string]) : [text, undefined];
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = rest === undefined ? [] : parse(rest);
  const missing = 8 - left.length - right.length - tail.length;
  return [...left, ...new Array<number>(Math.max(0, missing)).fill(0), ...right, ...tail];
}
