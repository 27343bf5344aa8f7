import { toArticleInput, type Store, type StoryDraft } from "../store/index.js";

/**
 * How `stories` and `watch` group the stored articles into stories.
 *
 * >>> LEAD: WIRE THE STORY GROUPING HERE. <<<
 * Replace the body with the grouping from src/stories once it exists, e.g.
 *     return storiesFromStore(store);
 * It must return every stored article in exactly one story, and keep a story's id stable from one
 * call to the next while its articles stay together (ids are how the store keeps a story's creation
 * time and saved report, and how `watch` tells a grown story from a new one).
 *
 * Until then this uses `analyze` from src/index.ts on all stored articles, which for now puts every
 * article into one story.
 */
export async function groupStoredArticles(store: Store): Promise<StoryDraft[]> {
  const articles = (await store.listArticles()).map(toArticleInput);
  if (articles.length === 0) return [];
  const { analyze } = await import("../index.js");
  const report = await analyze(articles);
  return report.stories.map((story) => ({ id: story.id, title: story.title, articleIds: story.articleIds }));
}
