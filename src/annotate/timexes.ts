import type { AnnotatedDoc, Timex } from "../model/types.js";
import type { AnnotateStage } from "./stage.js";
import { parseIsoDate } from "./time/calendar.js";
import { selectNonOverlapping } from "./time/candidate.js";
import { chronoCandidates } from "./time/chrono-candidates.js";
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
  return resolveInOrder(candidates, doc, ref);
}

/**
 * A timex as the date it places things at: a length measured from a date ("three days" of "three days
 * later") stands for the date it reaches; any other timex is itself. The timeline and date comparison
 * read this, the TIMEX3 annotation the timex as found.
 */
export function asDated(t: Timex): Timex {
  return t.point !== undefined && t.type === "DURATION" ? { ...t, type: "DATE", value: t.point } : t;
}
