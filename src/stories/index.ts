export { articleFeatures } from "./features.js";
export type { ArticleFeatures, KeyCounts } from "./features.js";
export { CorpusStats, KEYED_FIELDS } from "./stats.js";
export type { KeyedField } from "./stats.js";
export { similarity, similarityComponents, combineComponents, COMPONENT_WEIGHTS, SAME_STORY_SCORE } from "./similarity.js";
export type { SimilarityComponents, SimilarityResult } from "./similarity.js";
export { groupStories, groupFeatures, StoryGrouper, DEFAULT_GROUPING } from "./grouping.js";
export type { GroupingOptions } from "./grouping.js";
