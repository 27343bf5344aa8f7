// Most sentences of a news report hold no temporal expression. A pattern is run only over the sentences
// that hold a word it cannot match without (its trigger), found by one cheap scan of the whole text:
// a complex pattern tried at every word of the text is what made the timex stage slow.

export type TextSpan = { start: number; end: number };

/**
 * The stretches of `spans` (sorted, non-overlapping: the sentences) holding a match of `trigger`,
 * consecutive ones merged so that an expression split by a wrong sentence break is still seen whole.
 * `trigger` must have the global flag. Once a sentence is known to be hot, the scan skips to its end.
 */
export function spansWith(text: string, trigger: RegExp, spans: readonly TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  let lastHot = -2;
  let k = 0;
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    while (k < spans.length && (spans[k] as TextSpan).end <= m.index) k++;
    if (k >= spans.length) break;
    const span = spans[k] as TextSpan;
    if (k === lastHot + 1 && out.length > 0) (out[out.length - 1] as TextSpan).end = span.end;
    else out.push({ start: span.start, end: span.end });
    lastHot = k;
    trigger.lastIndex = Math.max(span.end, m.index + Math.max(1, m[0].length));
  }
  return out;
}

/** A trigger standing for any four-digit year from 1600 to 2099 ("1998"). */
export const YEAR_DIGITS = "####";
/** A trigger standing for a decade written in digits ("80s", "90's", "90\u2019s"; "1990s" holds a year as well). */
export const DECADE_DIGITS = "#0s";

const SPECIAL_SOURCE: Record<string, string> = { [YEAR_DIGITS]: "(?:1[6-9]|20)\\d\\d", [DECADE_DIGITS]: "\\d0['\u2019]?s" };

/**
 * Many owners (pattern rules), each with trigger words; one scan of the text finds, for each owner,
 * the sentences holding one of its words. A trigger is a lower-case word prefix matched at a word start
 * ("quarter" also fires on "quarters"), or one of the digit triggers above. Longer triggers are tried
 * first, so "yearly" is seen as itself and not as "year".
 */
export class TriggerIndex<Owner> {
  private readonly owners: Owner[];
  private readonly byWord = new Map<string, number>();
  private readonly scan: RegExp;

  constructor(entries: readonly (readonly [Owner, readonly string[]])[]) {
    if (entries.length > 31) throw new Error("TriggerIndex holds at most 31 owners");
    this.owners = entries.map(([owner]) => owner);
    entries.forEach(([, words], i) => {
      for (const word of words) this.byWord.set(word, (this.byWord.get(word) ?? 0) | (1 << i));
    });
    const words = [...this.byWord.keys()].sort((a, b) => b.length - a.length);
    // A text matching a longer trigger also holds every trigger that is a prefix of it ("century", "centur").
    for (const word of words) {
      for (const other of words) {
        if (other.length < word.length && word.startsWith(other)) this.byWord.set(word, (this.byWord.get(word) ?? 0) | (this.byWord.get(other) ?? 0));
      }
    }
    const special = words.filter((w) => SPECIAL_SOURCE[w] !== undefined).map((w) => SPECIAL_SOURCE[w] as string);
    const source = [trieSource(words.filter((w) => SPECIAL_SOURCE[w] === undefined)), ...special].filter((x) => x.length > 0);
    this.scan = new RegExp(`\\b(?:${source.join("|")})`, "gi");
  }

  /** For each owner with at least one trigger in the text, its hot stretches (see spansWith). */
  hotSpans(text: string, spans: readonly TextSpan[]): Map<Owner, TextSpan[]> {
    const masks = new Int32Array(spans.length);
    let k = 0;
    this.scan.lastIndex = 0;
    for (let m = this.scan.exec(text); m; m = this.scan.exec(text)) {
      while (k < spans.length && (spans[k] as TextSpan).end <= m.index) k++;
      if (k >= spans.length) break;
      masks[k] = (masks[k] as number) | this.maskOf(m[0]);
    }
    const out = new Map<Owner, TextSpan[]>();
    this.owners.forEach((owner, i) => {
      const bit = 1 << i;
      const chunks: TextSpan[] = [];
      let previous = -2;
      for (let s = 0; s < spans.length; s++) {
        if (((masks[s] as number) & bit) === 0) continue;
        const span = spans[s] as TextSpan;
        if (s === previous + 1 && chunks.length > 0) (chunks[chunks.length - 1] as TextSpan).end = span.end;
        else chunks.push({ start: span.start, end: span.end });
        previous = s;
      }
      if (chunks.length > 0) out.set(owner, chunks);
    });
    return out;
  }

  private maskOf(matched: string): number {
    const c = matched.charCodeAt(0);
    if (c >= 48 && c <= 57) return this.byWord.get(/^\d{4}$/.test(matched) ? YEAR_DIGITS : DECADE_DIGITS) ?? 0;
    return this.byWord.get(matched.toLowerCase()) ?? 0;
  }
}

type TrieNode = Map<string, TrieNode>;
const END = "";

/**
 * One pattern for many words, shared prefixes written once ("year(?:ly)?"), so that the scan tries a
 * letter at a time instead of every word in turn. Longer words are tried before their prefixes end,
 * so the longest trigger at a position is the one matched.
 */
export function trieSource(words: readonly string[]): string {
  const root: TrieNode = new Map();
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let next = node.get(ch);
      if (!next) node.set(ch, (next = new Map()));
      node = next;
    }
    node.set(END, new Map());
  }
  return nodeSource(root);
}

function nodeSource(node: TrieNode): string {
  const branches: string[] = [];
  for (const [ch, child] of node) if (ch !== END) branches.push(escapeRegex(ch) + nodeSource(child));
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join("|")})`;
  if (!node.has(END)) return body;
  return branches.length === 1 && (branches[0] as string).length === 1 ? `${body}?` : `(?:${branches.join("|")})?`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
