import type { Sentence } from "../../model/types.js";
import { isRoleWord, modifiesOnly } from "./roles.js";
import type { TokenView } from "./tokens.js";

export type TokenRange = { first: number; end: number };

const CLOSING_PUNCT: ReadonlySet<string> = new Set([",", ";", ":", ".", ")", "(", '"', "!", "?", "—", "–", "'", "[", "]"]);
const RELATIVE_WORDS: ReadonlySet<string> = new Set(["who", "which", "whose", "that", "where", "when", "whom"]);
const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);
const NAMING_VERBS: ReadonlySet<string> = new Set(["named", "called"]);
/** Object pronouns; "her" is left out, being a possessive too ("X, her spokesman,"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["him", "them", "me", "us", "it", "you"]);
const NOUN_POS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ"]);
const POSSESSIVES: ReadonlySet<string> = new Set(["'s", "his", "her", "their", "its"]);

/** Words that open a role phrase before a name ("former", "then"): the phrase starts there. */
export const ROLE_LEFT_MODIFIERS: ReadonlySet<string> = new Set([
  "former", "then", "late", "acting", "current", "outgoing", "incoming", "top", "new", "longtime", "veteran",
]);

/**
 * Finds the role phrase the text gives a name, as a token range: an appositive after it
 * ("X, a spokesman for the Kremlin,"), a noun before it ("Kremlin spokesman X"), a naming verb
 * ("a US official named X") or a possessive phrase ("Zelensky's top adviser, X").
 */
export class RoleFinder {
  constructor(
    private readonly view: TokenView,
    private readonly sentences: readonly Sentence[],
  ) {}

  /** "X, a spokesman for the Kremlin," / "X, the president of Ukraine," / "X, spokesman for Y slammed". */
  after(mention: TokenRange): TokenRange | undefined {
    const view = this.view;
    const limit = this.sentenceEnd(mention.first);
    if (view.norm(mention.end) !== ",") return undefined;
    let p = mention.end + 1;
    if (view.token(p)?.pos === "NUM" && view.norm(p + 1) === ",") p += 2;
    const phraseFirst = p;
    let headSeen = false;
    let inHead = true;
    for (; p < limit; p++) {
      if (p - phraseFirst >= 16) return undefined;
      const token = view.token(p);
      if (!token || CLOSING_PUNCT.has(token.norm) || token.norm === '"' || RELATIVE_WORDS.has(token.norm)) break;
      // "Ann Berg, called him an expert": a verb with its object opens a clause about the name, which is no appositive.
      if (inHead && !headSeen && token.pos === "PRON" && OBJECT_PRONOUNS.has(token.norm)) return undefined;
      const isVerb = token.pos === "VERB" || token.pos === "AUX";
      if (isVerb && view.token(p - 1)?.text !== "-" && !(inHead && !headSeen && token.pos === "VERB" && /(?:ed|ing)$/.test(token.norm))) break;
      if (inHead && (token.pos === "ADP" || token.norm === "and")) inHead = false;
      else if (inHead && isRoleWord(token.text, true) && !(modifiesOnly(token.text) && NOUN_POS.has(view.token(p + 1)?.pos ?? ""))) headSeen = true;
    }
    if (!headSeen || p === phraseFirst) return undefined;
    return { first: phraseFirst, end: p };
  }

  /** "Kremlin spokesman X", "a US official named X", "Zelensky's top adviser, X". */
  before(mention: TokenRange): TokenRange | undefined {
    const view = this.view;
    const previous = mention.first - 1;
    const sentenceFirst = this.sentenceStart(mention.first);
    if (previous < sentenceFirst) return undefined;
    const previousNorm = view.norm(previous);
    if (NAMING_VERBS.has(previousNorm)) {
      const head = previous - 1;
      if (head < sentenceFirst || !isRoleWord(view.token(head)?.text ?? "", true)) return undefined;
      return { first: this.nounPhraseStart(head, sentenceFirst, true), end: head + 1 };
    }
    if (previousNorm === ",") {
      const head = previous - 1;
      if (head < sentenceFirst || !isRoleWord(view.token(head)?.text ?? "", true)) return undefined;
      const first = this.nounPhraseStart(head, sentenceFirst, true);
      const before = view.norm(first - 1);
      const opensClause = first === sentenceFirst || POSSESSIVES.has(before);
      return opensClause ? { first, end: head + 1 } : undefined;
    }
    const token = view.token(previous);
    if (!token || (token.pos !== "NOUN" && token.pos !== "PROPN" && token.pos !== "ADJ") || !isRoleWord(token.text, true)) return undefined;
    return { first: this.nounPhraseStart(previous, sentenceFirst, false), end: previous + 1 };
  }

  /** Start of the noun phrase whose head is token `head`: modifiers back to a determiner or clause word. */
  private nounPhraseStart(head: number, sentenceFirst: number, withArticle: boolean): number {
    const view = this.view;
    let k = head - 1;
    let modifiers = 0;
    while (k >= sentenceFirst && modifiers < 6) {
      const token = view.token(k);
      if (!token) break;
      if (token.text === "-" && view.touchesNext(k) && view.touchesNext(k - 1)) {
        k--;
        continue;
      }
      const modifier = token.pos === "ADJ" || token.pos === "NOUN" || token.pos === "PROPN" || (token.pos === "VERB" && view.token(k + 1)?.text === "-");
      if (!modifier && !(token.pos === "NUM" && view.token(k + 1)?.text === "-")) break;
      k--;
      modifiers++;
      // "the church former vice presidential candidate X": "former" opens the role phrase.
      if (ROLE_LEFT_MODIFIERS.has(token.norm)) break;
    }
    if (withArticle && k >= sentenceFirst && ARTICLES.has(view.norm(k))) return k;
    return k + 1;
  }

  private sentenceEnd(tokenIndex: number): number {
    const sentence = this.sentences[this.view.token(tokenIndex)?.sentence ?? 0];
    return sentence?.tokenEnd ?? this.view.tokens.length;
  }

  private sentenceStart(tokenIndex: number): number {
    const sentence = this.sentences[this.view.token(tokenIndex)?.sentence ?? 0];
    return sentence?.tokenStart ?? 0;
  }
}
