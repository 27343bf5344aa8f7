import type { AnnotatedDoc } from "../model/types.js";
import type { EdgeList } from "./agglomerate.js";
import { CandidateIndex } from "./candidates.js";
import { compactArticle, compactComponents, type CompactArticle } from "./compact.js";
import { articleFeatures, type ArticleFeatures } from "./features.js";
import { readStories, type EarlierReading, type ReadingSettings } from "./graph.js";
import { combineComponents } from "./similarity.js";
import { CorpusStats } from "./stats.js";

export type GroupingOptions = Partial<ReadingSettings> & {
  /** articles compared in full with each new one, the best of those the index retrieves */
  candidates?: number;
  /** articles published further apart than this are never compared (when both dates are known) */
  windowDays?: number;
};

type ResolvedGroupingOptions = Required<GroupingOptions>;

/**
 * Defaults chosen on ECB+ topic halves (bench/eval-stories.ts prints the cross-validated figures;
 * the same procedure on the whole file picks these). The neighbour floor sits just under the pair
 * threshold of similarity(), so that two articles alone are grouped about when that calls them one
 * story. The window is generous: follow-ups to one event keep coming for weeks.
 */
export const DEFAULT_GROUPING: Readonly<ResolvedGroupingOptions> = {
  threshold: 0.2,
  neighbours: 5,
  sharedWeight: 0.7,
  neighbourFloor: 0.35,
  candidates: 40,
  windowDays: 30,
};

/**
 * Groups articles into stories as they arrive. Each new article is compared with the candidates
 * retrieval finds (candidates.ts); each comparison is kept as an edge of a sparse graph. Stories
 * are read off that graph (graph.ts), so stories that turn out to be one merge as soon as the
 * articles that join them arrive, and nothing is ever compared all-pairs.
 */
export class StoryGrouper {
  readonly stats: CorpusStats;
  private readonly options: ResolvedGroupingOptions;
  /** Article ids in order of arrival, the graph's node numbers. */
  private readonly ids: string[] = [];
  /** The articles still within the window, by node number; the index empties the slots of the rest. */
  private readonly articles: (CompactArticle | undefined)[] = [];
  private readonly index: CandidateIndex;
  private readonly edges = new GrowableEdges();
  /**
   * The last reading, its settings and how many articles had left the window when it was made, and
   * the articles given an edge since: the next reading redoes only their stories.
   */
  private lastReading: { settings: ReadingSettings; labels: Int32Array; settledAt: number } | undefined;
  private touched = new Set<number>();

  /**
   * `stats` may be shared or warmed beforehand (a store's running frequencies, or a whole batch
   * counted up front); articles added later with `counted: true` are then not counted twice.
   */
  constructor(options: GroupingOptions = {}, stats: CorpusStats = new CorpusStats()) {
    this.options = { ...DEFAULT_GROUPING, ...definedOnly(options) };
    this.stats = stats;
    this.index = new CandidateIndex(this.articles, stats, this.options);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Add one article (annotated, or its features) and compare it with its candidates. */
  add(input: AnnotatedDoc | ArticleFeatures, { counted = false }: { counted?: boolean } = {}): void {
    const features = "signature" in input ? input : articleFeatures(input);
    if (!counted) this.stats.add(features);
    const article = compactArticle(features, this.stats);
    const index = this.articles.length;
    this.ids.push(features.id);
    this.articles.push(article);
    this.touched.add(index);
    for (const candidate of this.index.candidatesThenIndex(index)) {
      const score = combineComponents(compactComponents(article, this.articles[candidate] as CompactArticle, this.stats));
      this.edges.push(candidate, index, score);
      // An edge below the neighbour floor changes none of the candidate's nearest neighbours, so none
      // of its other edges' weights: its stories need not be read again for it.
      if (score >= this.options.neighbourFloor) this.touched.add(candidate);
    }
  }

  /**
   * Article ids per story, stories in order of their first article, articles in order of arrival.
   * The reading settings may be overridden per call, to read the same graph several ways.
   */
  stories(settings: Partial<ReadingSettings> = {}): string[][] {
    const reading: ReadingSettings = { ...this.options, ...definedOnly(settings) };
    const last = this.lastReading;
    const incremental = last !== undefined && sameSettings(last.settings, reading) && reading.neighbourFloor >= this.options.neighbourFloor;
    // Settled are the articles that had left the window by the last reading, not by now: one that left
    // since may have been given edges the last reading did not see.
    const since: EarlierReading | undefined = incremental ? { labels: last.labels, touched: this.touched, settledBefore: last.settledAt } : undefined;
    const labels = readStories(this.ids.length, this.edges, reading, since);
    this.lastReading = { settings: reading, labels, settledAt: this.index.retired };
    this.touched = new Set();
    const byLabel = new Map<number, string[]>();
    labels.forEach((label, i) => {
      const story = byLabel.get(label);
      const id = this.ids[i] as string;
      if (story) story.push(id);
      else byLabel.set(label, [id]);
    });
    return [...byLabel.values()];
  }
}

/**
 * Group annotated articles into stories (article ids per story). Articles are taken in order of
 * publication when every one has a date, else in the order given.
 */
export function groupStories(docs: readonly AnnotatedDoc[], options?: GroupingOptions): string[][] {
  return groupFeatures(docs.map(articleFeatures), options).stories();
}

/**
 * A grouper holding a whole batch. The batch is counted into the statistics before any article is
 * compared: all of it has arrived, and the first articles should not be weighed by the few words
 * seen before them.
 */
export function groupFeatures(batch: readonly ArticleFeatures[], options?: GroupingOptions): StoryGrouper {
  const stats = new CorpusStats();
  for (const features of batch) stats.add(features);
  const grouper = new StoryGrouper(options, stats);
  for (const features of arrivalOrder(batch)) grouper.add(features, { counted: true });
  return grouper;
}

function arrivalOrder(batch: readonly ArticleFeatures[]): readonly ArticleFeatures[] {
  if (batch.some((f) => f.published === undefined)) return batch;
  return batch
    .map((features, i) => ({ features, i }))
    .sort((x, y) => (x.features.published as number) - (y.features.published as number) || x.i - y.i)
    .map((x) => x.features);
}

function sameSettings(a: ReadingSettings, b: ReadingSettings): boolean {
  return a.threshold === b.threshold && a.neighbours === b.neighbours && a.sharedWeight === b.sharedWeight && a.neighbourFloor === b.neighbourFloor;
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Edges in typed arrays that grow by half when full: a hundred thousand articles make millions of
 * edges, and doubling would leave up to half of a hundred megabytes unused.
 */
class GrowableEdges implements EdgeList {
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  weight = new Float32Array(1024);
  length = 0;

  push(a: number, b: number, weight: number): void {
    if (this.length === this.from.length) this.grow();
    this.from[this.length] = a;
    this.to[this.length] = b;
    this.weight[this.length] = weight;
    this.length++;
  }

  private grow(): void {
    const size = Math.ceil(this.from.length * 1.5);
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    const weight = new Float32Array(size);
    from.set(this.from);
    to.set(this.to);
    weight.set(this.weight);
    this.from = from;
    this.to = to;
    this.weight = weight;
  }
}
