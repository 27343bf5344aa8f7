import type { AnnotatedDoc, Article, Diagnostic, ReferenceDate } from "../model/types.js";
import { emptyDoc } from "./doc.js";
import { entityStage } from "./entities.js";
import { numberStage } from "./numbers.js";
import { publishedReferenceDate, referenceDatesFromText } from "./reference-date.js";
import type { AnnotateStage } from "./stage.js";
import { statementStage } from "./statements.js";
import { timexStage } from "./timexes.js";
import { tokenStage } from "./tokens.js";

/** Stages that run once the reference date is known, in order. */
export const defaultStages: readonly AnnotateStage[] = [entityStage, numberStage, timexStage, statementStage];

export type PipelineOptions = {
  /** the date to fall back on when neither metadata, text nor story gives one (YYYY-MM-DD) */
  today: string;
  stages?: readonly AnnotateStage[];
};

/**
 * Annotate the articles of one story. Reference dates are settled for the whole story before
 * any temporal expression is resolved, because an undated report borrows its date from the others.
 */
export function annotateStory(articles: readonly Article[], options: PipelineOptions): AnnotatedDoc[] {
  const docs = readStory(articles, options);
  runStages(docs, options);
  return docs;
}

/**
 * Annotate articles each as a story of its own, exactly as annotateStory([article]) would one after
 * another, but with every stage run across all of them (see runStages).
 */
export function annotateEach(articles: readonly Article[], options: PipelineOptions): AnnotatedDoc[] {
  const docs = articles.flatMap((article) => readStory([article], options));
  runStages(docs, options);
  return docs;
}

/** Tokens and reference dates of one story's articles. */
function readStory(articles: readonly Article[], options: PipelineOptions): AnnotatedDoc[] {
  // A full date alone in a text ("born April 22, 1923") is a weaker guess at its day than the story's date.
  const looseTextDates = new Map<AnnotatedDoc, ReferenceDate>();
  const docs = articles.map((article) => {
    const doc = emptyDoc(article);
    tokenStage.run(doc);
    const published = publishedReferenceDate(article.published, article.text);
    const fromText = published ? null : referenceDatesFromText(doc, options.today);
    const own = published ?? fromText?.firm;
    if (own) doc.referenceDate = own;
    else if (fromText?.loose) looseTextDates.set(doc, fromText.loose);
    return doc;
  });
  const storyDate = latestOwnDate(docs);
  for (const doc of docs) {
    if (doc.referenceDate.value) continue;
    const loose = looseTextDates.get(doc);
    if (storyDate) {
      doc.referenceDate = { value: storyDate, basis: "story" };
    } else if (loose) {
      doc.referenceDate = loose;
      doc.referenceDateLoose = true;
    } else {
      doc.referenceDate = { value: options.today, basis: "default" };
      doc.diagnostics.push(noDateDiagnostic(doc.article.id, options.today));
    }
  }
  return docs;
}

/**
 * The stages after tokens, stage by stage across the documents rather than document by document: each
 * stage's tables, patterns and compiled code stay warm in the CPU caches while it reads every document,
 * which makes a batch of articles about a tenth cheaper to annotate. Stages read and write their own
 * document only, so the order is free.
 */
function runStages(docs: readonly AnnotatedDoc[], options: PipelineOptions): void {
  for (const stage of options.stages ?? defaultStages) for (const doc of docs) stage.run(doc);
}

function latestOwnDate(docs: readonly AnnotatedDoc[]): string | undefined {
  const own = docs.map((d) => d.referenceDate).filter((r: ReferenceDate) => r.value && (r.basis === "published" || r.basis === "text"));
  return own.map((r) => r.value.slice(0, 10)).sort().at(-1);
}

function noDateDiagnostic(articleId: string, today: string): Diagnostic {
  return {
    articleId,
    severity: "warning",
    rule: "reference-date/default",
    message: `no publication date in metadata or text; relative dates resolved against today (${today})`,
  };
}
