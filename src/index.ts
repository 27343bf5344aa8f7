import { analyzeArticles, annotateAlone, articleSimilarity, compareArticles } from "./analyze.js";
import { toAnnotation } from "./annotation.js";
import { toArticles } from "./articles.js";
import type { AnnotatedDoc, Annotation, Article, ArticleInput, Report } from "./model/types.js";
import { resolveOptions, type Options } from "./options.js";

export type * from "./model/types.js";
export type { Options } from "./options.js";

/** Compare reports that are all about one event. */
export async function compare(articles: ArticleInput[], options?: Options): Promise<Report> {
  const { docs, story } = compareArticles(toArticles(articles), resolveOptions(options));
  return buildReport(docs, [story]);
}

/** Group reports into stories, each of one event, and compare the reports within each story. */
export async function analyze(articles: ArticleInput[], options?: Options): Promise<Report> {
  const { docs, stories } = analyzeArticles(toArticles(articles), resolveOptions(options));
  return buildReport(docs, stories);
}

/**
 * How alike two reports are, in [0, 1], and whether they are about the same story. Words and names
 * weigh by how rare they are among the articles compared so far in this process, so scores sharpen
 * as more articles pass through.
 */
export async function similarity(a: ArticleInput, b: ArticleInput, options?: Options): Promise<{ score: number; sameStory: boolean }> {
  const [first, second] = toArticles([a, b]) as [Article, Article];
  return articleSimilarity(first, second, resolveOptions(options));
}

/** Annotate one article: sentences, entities, temporal expressions, statements. */
export async function annotate(article: ArticleInput, options?: Options): Promise<Annotation> {
  const [input] = toArticles([article]) as [Article];
  return toAnnotation(annotateAlone(input, resolveOptions(options)));
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
