import { annotateStory } from "./annotate/pipeline.js";
import { toArticles } from "./articles.js";
import { compareStory } from "./compare/story.js";
import type { AnnotatedDoc, Annotation, ArticleInput, Report } from "./model/types.js";
import { resolveOptions, type Options } from "./options.js";

export type * from "./model/types.js";
export type { Options } from "./options.js";

/** Compare reports that are all about one event. */
export async function compare(articles: ArticleInput[], options?: Options): Promise<Report> {
  const resolved = resolveOptions(options);
  const docs = annotateStory(toArticles(articles), resolved);
  const story = compareStory(docs, "s1");
  story.findings = story.findings.filter((f) => f.confidence >= resolved.minConfidence);
  return buildReport(docs, [story]);
}

/** Group reports into stories and compare each. For now every input is taken as one story. */
export async function analyze(articles: ArticleInput[], options?: Options): Promise<Report> {
  return compare(articles, options);
}

/** Annotate one article: sentences, entities, temporal expressions, statements. */
export async function annotate(article: ArticleInput, options?: Options): Promise<Annotation> {
  const [doc] = annotateStory(toArticles([article]), resolveOptions(options));
  return toAnnotation(doc as AnnotatedDoc);
}

export function toAnnotation(doc: AnnotatedDoc): Annotation {
  const range = <T extends { start: number; end: number; text: string }>(r: T) => ({ start: r.start, end: r.end, text: r.text });
  return {
    id: doc.article.id,
    referenceDate: { value: doc.referenceDate.value, basis: doc.referenceDate.basis },
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: doc.entities.map((e) => ({ ...range(e), type: e.type, canonical: e.canonical })),
    timexes: doc.timexes.map((t) => ({ ...range(t), type: t.type, value: t.value })),
    statements: doc.statements.map((s) => ({
      speaker: s.speaker ? { name: s.speaker.name, mention: s.speaker.mention ? range(s.speaker.mention) : null } : null,
      cue: range(s.cue),
      content: range(s.content),
      direct: s.direct,
    })),
  };
}

function buildReport(docs: readonly AnnotatedDoc[], stories: Report["stories"]): Report {
  return {
    schema: "corroborate/report@1",
    generatedAt: new Date().toISOString(),
    articles: docs.map((d) => {
      const a: Report["articles"][number] = { id: d.article.id, referenceDate: d.referenceDate, language: d.language, text: d.article.text };
      if (d.article.title !== undefined) a.title = d.article.title;
      if (d.article.source !== undefined) a.source = d.article.source;
      if (d.article.url !== undefined) a.url = d.article.url;
      if (d.article.published !== undefined) a.published = d.article.published;
      return a;
    }),
    stories,
    diagnostics: docs.flatMap((d) => d.diagnostics),
  };
}
