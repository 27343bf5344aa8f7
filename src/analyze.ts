import { annotateEach, annotateStory } from "./annotate/pipeline.js";
import { datedByItsOwnDate } from "./annotate/reference-date.js";
import { compareStory } from "./compare/story.js";
import type { AnnotatedDoc, Article, Story } from "./model/types.js";
import type { ResolvedOptions } from "./options.js";
import { articleFeatures, CorpusStats, groupStories, similarity, type SimilarityResult } from "./stories/index.js";

/**
 * Annotate the articles of one story and compare them. Reference dates are shared within the
 * story, so an undated report takes its date from the others.
 */
export function compareArticles(articles: readonly Article[], options: ResolvedOptions, storyId = "s1"): { docs: AnnotatedDoc[]; story: Story } {
  const docs = annotateStory(articles, options);
  return { docs, story: compareOneStory(docs, storyId, options) };
}

/**
 * Group articles into stories and compare each. Every article is first annotated on its own,
 * which is what grouping needs; a story whose articles include one without a date of its own is
 * annotated again as a story, because its reference date (and so every relative date in it)
 * comes from the others.
 */
export function analyzeArticles(articles: readonly Article[], options: ResolvedOptions): { docs: AnnotatedDoc[]; stories: Story[] } {
  const alone = new Map(annotateEach(articles, options).map((doc) => [doc.article.id, doc]));
  const groups = groupStories([...alone.values()]);
  const docs: AnnotatedDoc[] = [];
  const stories = groups.map((ids, i) => {
    let group = ids.map((id) => alone.get(id) as AnnotatedDoc);
    if (group.length > 1 && group.some((d) => !datedByItsOwnDate(d))) {
      group = annotateStory(group.map((d) => d.article), options);
    }
    docs.push(...group);
    return compareOneStory(group, `s${i + 1}`, options);
  });
  const order = new Map(articles.map((a, i) => [a.id, i]));
  docs.sort((x, y) => (order.get(x.article.id) ?? 0) - (order.get(y.article.id) ?? 0));
  return { docs, stories };
}

/**
 * Document frequencies of the articles `similarity` has seen in this process: rare shared names
 * and words then count for more than common ones, as they do when grouping a batch. A long-running
 * process starts them afresh now and then, so that they follow recent news and memory stays bounded.
 */
let seenBySimilarity = new CorpusStats();
const SIMILARITY_MEMORY = 20_000;

/** How alike two articles are, in [0, 1], and whether that is enough to call them one story. */
export function articleSimilarity(a: Article, b: Article, options: ResolvedOptions): SimilarityResult {
  const featuresA = articleFeatures(annotateAlone(a, options));
  const featuresB = articleFeatures(annotateAlone(b, options));
  if (seenBySimilarity.size >= SIMILARITY_MEMORY) seenBySimilarity = new CorpusStats();
  seenBySimilarity.add(featuresA);
  seenBySimilarity.add(featuresB);
  return similarity(featuresA, featuresB, seenBySimilarity);
}

export function annotateAlone(article: Article, options: ResolvedOptions): AnnotatedDoc {
  return annotateStory([article], options)[0] as AnnotatedDoc;
}

function compareOneStory(docs: readonly AnnotatedDoc[], storyId: string, options: ResolvedOptions): Story {
  const story = compareStory(docs, storyId);
  story.findings = story.findings.filter((f) => f.confidence >= options.minConfidence);
  return story;
}
