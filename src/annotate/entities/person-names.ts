import { wellKnownWithSurname } from "./gazetteer.js";
import { bareName, foldName, foldSurname } from "./names.js";
import type { TokenView } from "./tokens.js";

/** A person mention as a token range, with the canonical name a list may already have given it. */
export type NamedSpan = { first: number; end: number; canonical: string | undefined };

function givenNameKey(view: TokenView, mention: NamedSpan): string {
  return foldName(view.token(mention.first)?.text ?? "");
}

function surnameKey(view: TokenView, mention: NamedSpan): string {
  return foldSurname(view.surname(mention.first, mention.end));
}

/**
 * Canonical names of the people of one article: each full name ("Dmitry Peskov") gets one spelling,
 * and a surname or given name alone ("Peskov", "Mr Peskov", "Hillary") takes the full name it stands for.
 */
export class PersonNames {
  private readonly spelling: Map<NamedSpan, string>;
  /** Folded given name and surname of each full name, by index: every short mention compares against all. */
  private readonly givenKeys: readonly string[];
  private readonly surnameKeys: readonly string[];

  constructor(
    private readonly view: TokenView,
    private readonly fullNames: readonly NamedSpan[],
  ) {
    this.givenKeys = fullNames.map((full) => givenNameKey(view, full));
    this.surnameKeys = fullNames.map((full) => surnameKey(view, full));
    this.spelling = PersonNames.spellings(view, fullNames, this.givenKeys, this.surnameKeys);
  }

  /** The canonical name of a person mention, or undefined when the article gives no fuller name. */
  canonicalOf(mention: NamedSpan): string | undefined {
    return this.spelling.get(mention) ?? this.anchorFor(mention);
  }

  /** One spelling per full name: the most frequent ("Donald Trump" over a single "Donald J. Trump"). */
  private static spellings(view: TokenView, fullNames: readonly NamedSpan[], givenKeys: readonly string[], surnameKeys: readonly string[]): Map<NamedSpan, string> {
    const groups = new Map<string, NamedSpan[]>();
    for (let k = 0; k < fullNames.length; k++) {
      const mention = fullNames[k] as NamedSpan;
      const key = `${givenKeys[k] as string} ${surnameKeys[k] as string}`;
      const group = groups.get(key);
      if (group) group.push(mention);
      else groups.set(key, [mention]);
    }
    const canonical = new Map<NamedSpan, string>();
    for (const group of groups.values()) {
      const counts = new Map<string, number>();
      for (const m of group) {
        const name = m.canonical ?? bareName(view.surface(m.first, m.end));
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      let chosen = "";
      let most = 0;
      for (const [name, count] of counts) if (count > most) [chosen, most] = [name, count];
      for (const m of group) canonical.set(m, chosen);
    }
    return canonical;
  }

  /**
   * The full name a surname or given name stands for. With several people of one surname ("Hillary
   * Clinton", her daughter "Chelsea Clinton"), the one named in full most often, then the nearest before.
   */
  private anchorFor(mention: NamedSpan): string | undefined {
    const fullNames = this.fullNames;
    const canonical = this.spelling;
    const word = this.view.surname(mention.first, mention.end);
    const surname = foldSurname(word);
    const candidates = new Map<string, { count: number; nearestBefore: number }>();
    for (let k = 0; k < fullNames.length; k++) {
      const full = fullNames[k] as NamedSpan;
      const name = canonical.get(full);
      if (!name || this.surnameKeys[k] !== surname) continue;
      const candidate = candidates.get(name) ?? { count: 0, nearestBefore: -1 };
      candidate.count++;
      if (full.first < mention.first) candidate.nearestBefore = full.first;
      candidates.set(name, candidate);
    }
    let best: string | undefined;
    let bestScore = { count: 0, nearestBefore: -1 };
    for (const [name, score] of candidates) {
      const better = score.count > bestScore.count || (score.count === bestScore.count && score.nearestBefore > bestScore.nearestBefore);
      if (better) [best, bestScore] = [name, score];
    }
    if (best) return best;
    if (mention.end - mention.first === 1) {
      const given = foldName(word);
      const byGivenName = new Set(fullNames.filter((_, k) => this.givenKeys[k] === given).map((f) => canonical.get(f)));
      if (byGivenName.size === 1) return [...byGivenName][0];
    }
    const famous = wellKnownWithSurname(word);
    return famous.length === 1 ? famous[0] : undefined;
  }
}
