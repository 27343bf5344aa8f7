/**
 * Whether two canonical names can denote the same person, body or place:
 * equal ignoring case and dots, one a surname of the other ("Peskov" / "Dmitry Peskov"),
 * or one the initials of the other ("ISW" / "Institute for the Study of War").
 */
export function sameName(a: string, b: string): boolean {
  const x = normal(a);
  const y = normal(b);
  if (x === y) return true;
  const wx = x.split(" ");
  const wy = y.split(" ");
  const [short, long] = wx.length <= wy.length ? [wx, wy] : [wy, wx];
  if (short.length === 1 && long.length > 1 && long.at(-1) === short[0]) return true;
  return initials(long) === short.join("") && short.length === 1;
}

function normal(s: string): string {
  return s.toLowerCase().replace(/\./g, "").replace(/['’]s$/, "").replace(/\s+/g, " ").trim();
}

function initials(words: readonly string[]): string {
  return words.filter((w) => !["of", "for", "the", "and"].includes(w)).map((w) => w[0]).join("");
}
