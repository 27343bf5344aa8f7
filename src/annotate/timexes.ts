import type { AnnotatedDoc, Timex, Token } from "../model/types.js";
import type { AnnotateStage } from "./stage.js";
import { firstTokenFrom } from "./tokens.js";
import { parseIsoDate } from "./time/calendar.js";
import { type Candidate, selectNonOverlapping } from "./time/candidate.js";
import { chronoCandidates } from "./time/chrono-candidates.js";
import { PART_OF_DAY_NAME } from "./time/lexicon.js";
import { resolveInOrder } from "./time/resolve.js";
import { ruleCandidates } from "./time/rules.js";

/**
 * Temporal expressions (TIMEX3): chrono's date grammar extended for news plus our own patterns,
 * the longest reading kept where they overlap, resolved in text order against the reference date.
 */
export const timexStage: AnnotateStage = {
  name: "timexes",
  run(doc: AnnotatedDoc): void {
    doc.timexes = findTimexes(doc);
  },
};

export function findTimexes(doc: AnnotatedDoc): Timex[] {
  const ref = parseIsoDate(doc.referenceDate.value);
  if (!ref) {
    doc.diagnostics.push({
      articleId: doc.article.id,
      severity: "warning",
      rule: "timexes/no-reference-date",
      message: `reference date "${doc.referenceDate.value}" is not YYYY-MM-DD; temporal expressions left unresolved`,
    });
    return [];
  }
  const text = doc.article.text;
  const spans = doc.sentences.length > 0 ? doc.sentences : [{ start: 0, end: text.length }];
  // Our patterns first: on equal length they read more (quarters, durations) than chrono's guess.
  const candidates = selectNonOverlapping([...ruleCandidates(text, spans), ...chronoCandidates(text, ref, spans)]);
  return resolveInOrder(candidates.filter((c) => !isDayPartModifier(c, text, doc.tokens)), doc, ref);
}

// Only after an article: "said this morning prices rose" and "that evening the crew left" are times far more often.
const ARTICLE_AND_DAY_PART = new RegExp(`^(?:the|an?)\\s+${PART_OF_DAY_NAME}$`, "i");
/** Heads that are times themselves: "in the evening hours" still names a time. */
const TIME_HEADS = new Set(["hour", "hours", "time", "times", "period", "periods"]);
const NOUN_LIKE = new Set(["NOUN", "PROPN", "PRON"]);

/**
 * "the morning ferry", "an afternoon session": a part of day before a noun says which ferry, not when
 * anything happened, and TimeBank leaves it unmarked. After a preposition heading the clause, a noun
 * followed by its verb is the clause's subject instead: "In the morning officials met" keeps its time,
 * unless the preposition hangs on a noun before it ("nurses on the morning rota asked").
 */
function isDayPartModifier(c: Candidate, text: string, tokens: readonly Token[]): boolean {
  // chrono takes "overnight" without the article before it: "the overnight ferry" is the same modifier.
  const before = tokens[firstTokenFrom(tokens, c.start) - 1];
  const start = [c.start, before?.start].find((s) => s !== undefined && ARTICLE_AND_DAY_PART.test(text.slice(s, c.end)));
  if (start === undefined) return false;
  const i = firstTokenFrom(tokens, c.end);
  const head = tokens[i];
  // A headline has no full stop: the next sentence's first noun is no head of its last time.
  if (!head || head.pos !== "NOUN" || head.sentence !== tokens[i - 1]?.sentence || TIME_HEADS.has(head.norm) || text.slice(c.end, head.start).trim() !== "") return false;
  const article = firstTokenFrom(tokens, start);
  const preposition = tokens[article - 1];
  const beforePreposition = tokens[article - 2];
  // A headline has no full stop: the next sentence's verb is not this noun's.
  const verb = tokens[i + 1];
  const opensClause =
    preposition !== undefined &&
    preposition.sentence === head.sentence &&
    (preposition.pos === "ADP" || preposition.pos === "SCONJ") &&
    !(beforePreposition !== undefined && beforePreposition.sentence === head.sentence && NOUN_LIKE.has(beforePreposition.pos)) &&
    verb !== undefined &&
    verb.sentence === head.sentence &&
    (verb.pos === "VERB" || verb.pos === "AUX");
  return !opensClause;
}

/**
 * A timex as the date it places things at: a length measured from a date ("three days" of "three days
 * later") stands for the date it reaches; any other timex is itself. The timeline and date comparison
 * read this, the TIMEX3 annotation the timex as found.
 */
export function asDated(t: Timex): Timex {
  return t.point !== undefined && t.type === "DURATION" ? { ...t, type: "DATE", value: t.point } : t;
}
