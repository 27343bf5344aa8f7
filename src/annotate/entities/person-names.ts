import { wellKnownWithSurname } from "./gazetteer.js";
import { bareName, foldName, foldSurname } from "./names.js";
import type { TokenView } from "./tokens.js";

/** A person mention as a token range, with the canonical name a list may already have given it. */
export type NamedSpan = { first: number; end: number; canonical: string | undefined };

function personKey(view: TokenView, mention: NamedSpan): string {
  const first = foldName(view.token(mention.first)?.text ?? "");
  const last = foldSurname(view.surname(mention.first, mention.end));
  return `${first} ${last}`;
}

/**
 * Canonical names of the people of one article: each full name ("Dmitry Peskov") gets one spelling,
 * and a surname or given name alone ("Peskov", "Mr Peskov", "Hillary") takes the full name it stands for.
 */
export class PersonNames {
  private readonly spelling: Map<NamedSpan, string>;

  constructor(
    private readonly view: TokenView,
    private readonly fullNames: readonly NamedSpan[],
  ) {
    this.spelling = PersonNames.spellings(view, fullNames);
  }

  /** The canonical name of a person mention, or undefined when the article gives no fuller name. */
  canonicalOf(mention: NamedSpan): string | undefined {
    return this.spelling.get(mention) ?? this.anchorFor(mention);
  }

  /** One spelling per full name: the most frequent ("Donald Trump" over a single "Donald J. Trump"). */
  private static spellings(view: TokenView, fullNames: readonly NamedSpan[]): Map<NamedSpan, string> {
    const groups = new Map<string, NamedSpan[]>();
    for (const mention of fullNames) {
      const key = personKey(view, mention);
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
    for (const full of fullNames) {
      const name = canonical.get(full);
      if (!name || foldSurname(this.view.surname(full.first, full.end)) !== surname) continue;
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
      const byGivenName = new Set(fullNames.filter((f) => foldName(this.view.token(f.first)?.text ?? "") === given).map((f) => canonical.get(f)));
      if (byGivenName.size === 1) return [...byGivenName][0];
    }
    const famous = wellKnownWithSurname(word);
    return famous.length === 1 ? famous[0] : undefined;
  }
}
