import type { Article, ArticleInput } from "./model/types.js";

/**
 * Give every input an id (its own, else a1, a2, ...), keeping ids unique within the batch.
 * Throws on misuse (no text), since that is a programming error, not a finding.
 */
export function toArticles(inputs: readonly ArticleInput[]): Article[] {
  const seen = new Set<string>();
  return inputs.map((input, i) => {
    if (typeof input?.text !== "string") throw new TypeError(`article ${i + 1}: "text" must be a string`);
    let id = input.id?.trim() || `a${i + 1}`;
    for (let n = 2; seen.has(id); n++) id = `${input.id ?? `a${i + 1}`}#${n}`;
    seen.add(id);
    const article: Article = { id, text: input.text };
    if (input.title !== undefined) article.title = input.title;
    if (input.published !== undefined) article.published = input.published;
    if (input.source !== undefined) article.source = input.source;
    if (input.url !== undefined) article.url = input.url;
    return article;
  });
}
