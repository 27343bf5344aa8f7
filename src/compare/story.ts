import type { AnnotatedDoc, Story } from "../model/types.js";

/** Placeholder: lays one story's annotated reports side by side. Filled in by the compare layer. */
export function compareStory(docs: readonly AnnotatedDoc[], storyId: string): Story {
  return {
    id: storyId,
    title: docs[0]?.article.title ?? "",
    articleIds: docs.map((d) => d.article.id),
    findings: [],
    statements: [],
    timeline: [],
    derivations: [],
  };
}
