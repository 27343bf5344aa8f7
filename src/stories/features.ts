import { emptyDoc } from "../annotate/doc.js";
import { foldName } from "../annotate/entities/names.js";
import { datedByItsOwnDate } from "../annotate/reference-date.js";
import { asDated } from "../annotate/timexes.js";
import { tokenStage } from "../annotate/tokens.js";
import type { AnnotatedDoc, Article, Entity, Timex, Token } from "../model/types.js";
import { minhashSignature, wordShingles } from "./minhash.js";

/** Counts of keys (lemmas, name words, dates ...) in one article. */
export type KeyCounts = Map<string, number>;

/**
 * What story grouping and similarity need from one annotated article. Weights are raw counts:
 * inverse document frequencies change as articles arrive, so they are applied at comparison time.
 */
export type ArticleFeatures = {
  id: string;
  /** content lemmas (nouns, verbs, adjectives, proper nouns); words of the title and lead count twice */
  terms: KeyCounts;
  /** content lemmas of the title and lead alone (headline and first sentences), which say what the story is */
  lead: KeyCounts;
  /** words of person, organisation and other names, folded ("Arcade Joseph Comeaux Jr." -> arcade, joseph, comeaux) */
  names: KeyCounts;
  /** whole canonical names by type, "person:brian nichols" */
  entities: KeyCounts;
  /** words of place names */
  places: KeyCounts;
  /** calendar dates the article states, at day ("2009-11-30"), month ("2009-11") and year ("2009") granularity */
  dates: KeyCounts;
  /** counted quantities, "49|year-old", "30000|$" */
  quantities: KeyCounts;
  /** MinHash signature of word 3-shingles, for near copies */
  signature: Uint32Array;
  /** publication time in ms since the epoch when the metadata gives it; text-derived dates are not trusted for windows */
  published?: number;
  /** number of word tokens, to tell a stub from a full report */
  length: number;
};

const CONTENT_POS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);

/** Lemmas that every news report uses: they carry no sign of which story it is. */
const REPORTING_LEMMAS: ReadonlySet<string> = new Set([
  "say", "be", "have", "do", "tell", "report", "accord", "also", "get", "make", "go", "take", "come", "see",
  "know", "year", "day", "time", "people", "news", "week", "month", "include", "add", "new", "other", "many",
  "more", "last", "first", "mr", "mr.", "mrs", "ms", "told", "can", "will", "would", "could", "should", "may",
]);

/** Words of a name that say nothing about which name it is. */
const NAME_FILLERS: ReadonlySet<string> = new Set([
  "jr", "sr", "ii", "iii", "the", "of", "and", "for", "de", "la", "mr", "mrs", "ms", "dr", "st", "inc", "co", "ltd",
]);

/** Sentences of the lead (headline and first paragraph) say what the story is; their words count twice. */
const LEAD_SENTENCES = 3;

const HAS_LETTER = /[a-z]/;
const NAME_SEPARATOR = /[\s-]+/;
const YEAR_IN_TEXT = /\b(?:1[89]|20)\d\d\b/;
const CALENDAR_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

export function articleFeatures(doc: AnnotatedDoc): ArticleFeatures {
  const shingles = wordShingles(doc.tokens, 3);
  const title = titleTokens(doc.article);
  const features: ArticleFeatures = {
    id: doc.article.id,
    terms: termCounts([...title, ...doc.tokens], 2, Infinity),
    lead: termCounts([...title, ...doc.tokens], 1, LEAD_SENTENCES),
    names: new Map(),
    entities: new Map(),
    places: new Map(),
    dates: dateCounts(doc),
    quantities: quantityCounts(doc),
    signature: minhashSignature(shingles),
    length: countWords(doc.tokens),
  };
  addEntities(features, doc.entities);
  const published = publishedTime(doc);
  if (published !== undefined) features.published = published;
  return features;
}

/**
 * A title given apart from the text, tokenized as sentence 0 so that it counts as lead. A title
 * the text already opens with is not counted twice.
 */
function titleTokens(article: Article): Token[] {
  const title = article.title?.trim();
  if (!title || article.text.trimStart().startsWith(title)) return [];
  const doc = emptyDoc({ id: article.id, text: title });
  tokenStage.run(doc);
  return doc.tokens.map((token) => ({ ...token, sentence: 0 }));
}

/** Content lemmas of sentences before `untilSentence`; those of the lead weigh `leadWeight`. */
function termCounts(tokens: readonly Token[], leadWeight: number, untilSentence: number): KeyCounts {
  const counts: KeyCounts = new Map();
  for (const token of tokens) {
    if (token.sentence >= untilSentence) continue;
    const term = contentTerm(token);
    if (term) increment(counts, term, token.sentence < LEAD_SENTENCES ? leadWeight : 1);
  }
  return counts;
}

/** The key a content word counts under: proper nouns keep their form ("Nichols"), others their lemma. */
function contentTerm(token: Token): string | undefined {
  if (!CONTENT_POS.has(token.pos)) return undefined;
  const term = token.pos === "PROPN" ? token.norm : token.lemma.toLowerCase();
  if (term.length < 2 || REPORTING_LEMMAS.has(term) || !HAS_LETTER.test(term)) return undefined;
  return term;
}

function addEntities(features: ArticleFeatures, entities: readonly Entity[]): void {
  for (const entity of entities) {
    const folded = foldName(entity.canonical);
    if (!folded) continue;
    increment(features.entities, `${entity.type}:${folded}`, 1);
    const target = entity.type === "place" ? features.places : features.names;
    for (const word of folded.split(NAME_SEPARATOR)) {
      if (word.length < 2 || NAME_FILLERS.has(word)) continue;
      increment(target, word, 1);
    }
  }
}

/**
 * Calendar dates stated in the text. Unless the article's own date is known (from its metadata or
 * its text), a relative expression ("on Saturday") was resolved against some other day (today, or
 * another article's date), so only expressions that name their year are kept.
 */
function dateCounts(doc: AnnotatedDoc): KeyCounts {
  const counts: KeyCounts = new Map();
  const anchored = datedByItsOwnDate(doc);
  for (const timex of doc.timexes.map(asDated)) {
    if (timex.type !== "DATE" && timex.type !== "TIME") continue;
    if (!anchored && !YEAR_IN_TEXT.test(timex.text)) continue;
    addCalendarKeys(counts, timex);
  }
  return counts;
}

function addCalendarKeys(counts: KeyCounts, timex: Timex): void {
  const match = CALENDAR_VALUE.exec(timex.value);
  if (!match) return;
  const [, year, month, day] = match;
  increment(counts, year as string, 1);
  if (month) increment(counts, `${year}-${month}`, 1);
  if (month && day) increment(counts, `${year}-${month}-${day}`, 1);
}

function quantityCounts(doc: AnnotatedDoc): KeyCounts {
  const counts: KeyCounts = new Map();
  for (const number of doc.numbers) {
    // Small counts ("two guards") recur in every story; they are evidence only with a rare unit, which IDF handles.
    if (!number.unit || !Number.isFinite(number.value)) continue;
    increment(counts, `${number.value}|${number.unit}`, 1);
  }
  return counts;
}

function publishedTime(doc: AnnotatedDoc): number | undefined {
  // A wire report dated by its dateline still has its metadata's time: that is when it arrived.
  if (!doc.article.published) return undefined;
  const time = Date.parse(doc.article.published);
  return Number.isFinite(time) ? time : undefined;
}

function countWords(tokens: readonly Token[]): number {
  let n = 0;
  for (const token of tokens) if (token.pos !== "PUNCT" && token.pos !== "SYM" && token.pos !== "SPACE") n++;
  return n;
}

function increment(counts: KeyCounts, key: string, by: number): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}
