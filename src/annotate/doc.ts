import type { AnnotatedDoc, Article } from "../model/types.js";

/** A document with no layers yet; stages fill it in order. */
export function emptyDoc(article: Article): AnnotatedDoc {
  return {
    article,
    referenceDate: { value: "", basis: "default" },
    language: "en",
    tokens: [],
    sentences: [],
    entities: [],
    timexes: [],
    numbers: [],
    statements: [],
    diagnostics: [],
  };
}
