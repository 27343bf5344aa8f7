import type { Finding, Span, Timex, TimelineEntry } from "../model/types.js";
import type { AlignedPair } from "./align.js";
import { agreementClusters } from "./agreements.js";
import { isPageStamp } from "./dates.js";
import type { StoryTexts } from "./findings.js";
import { intervalsMeet, isBareClockTime, isDayOrFiner, timexInterval, type TimeInterval } from "./time-interval.js";
import type { Unit, UnitKey } from "./units.js";

const LABEL_MAX = 90;
const MIN_EVENT_TERMS = 1;

/**
 * A dated timeline: every unit that dates what it states to a day or finer is an event; units that state
 * the same fact on meeting dates merge into one entry. Dates two reports give for one fact that cannot both
 * be right make one entry too, linked to their contradiction, its label naming the other date.
 */
export function buildTimeline(
  units: readonly Unit[],
  pairs: readonly AlignedPair[],
  findings: readonly Finding[],
  texts: StoryTexts,
  similarity: (u: Unit, v: Unit) => number,
): TimelineEntry[] {
  const clusterOf = new Map<Unit, number>();
  agreementClusters(pairs).forEach((c, i) => c.units.forEach((u) => clusterOf.set(u, i)));
  const conflictOf = new Map<string, string>();
  for (const f of findings) {
    if (f.kind !== "contradiction" || (f.aspect !== "date" && f.aspect !== "time")) continue;
    for (const c of f.claims) conflictOf.set(spanKey(c.span), f.id);
  }

  const groups = new Map<string, Dated[]>();
  units.forEach((unit, unitIndex) => {
    // A bare date tells no event; one content word does ("It will now reopen on January 31."). A
    // dateline ("Marrowby, 5 March 2025") is the report's stamp, left out below.
    if (unit.terms.size < MIN_EVENT_TERMS) return;
    const seen = new Set<string>();
    const text = texts.doc(unit.articleId).article.text;
    const conflictAt = (t: Timex) => conflictOf.get(spanKey(texts.span(unit.articleId, t.start, t.end)));
    const disputed = disputedClockTimes(unit, conflictAt);
    const disputedDays = new Set(disputed.map((t) => t.value.slice(0, 10)));
    for (const timex of unit.timexes) {
      if ((timex.type !== "DATE" && timex.type !== "TIME") || !isDayOrFiner(timex.value) || seen.has(timex.value)) continue;
      if (isBareClockTime(timex) ? !disputed.includes(timex) : disputedDays.has(timex.value.slice(0, 10)) && !conflictAt(timex)) continue;
      if (isPageStamp(text, timex)) continue;
      seen.add(timex.value);
      const findingId = conflictAt(timex);
      // "Three days later" shows as said, not as the bare length "Three days" TimeML marks.
      const evidence = texts.span(unit.articleId, timex.start, timex.pointEnd ?? timex.end);
      const key = findingId ? `finding:${findingId}` : `cluster:${clusterOf.get(unit) ?? `u${unitIndex}`}`;
      const group = groups.get(key) ?? [];
      groups.set(key, group);
      group.push({ unit, timex, evidence, interval: timexInterval(timex.value), ...(findingId ? { findingId } : {}) });
    }
  });

  const settled: Dated[][] = [];
  const open: Dated[][] = [];
  for (const group of groups.values()) {
    const conflicting = group[0]?.findingId !== undefined;
    // Within one fact, meeting dates are one event; in a conflict every date of the fact is one entry.
    const events: Dated[][] = [];
    for (const d of group) {
      const event = conflicting ? events[0] : events.find((e) => e.some((x) => datesMeet(x, d)));
      if (event) event.push(d);
      else events.push([d]);
    }
    (conflicting ? settled : open).push(...events);
  }
  return [...settled, ...mergeSameEvents(open, similarity)]
    .map((event) => toEntry(event, texts))
    .sort((a, b) => a.value.localeCompare(b.value) || a.label.localeCompare(b.label));
}

type Dated = { unit: Unit; timex: Timex; evidence: Span; interval: TimeInterval | null; findingId?: string };

/**
 * Clock times another report contradicts ("at 2 a.m. on Wednesday" / "at about 4 a.m. on Wednesday"),
 * on a day their own words or paragraph give: they stand on the timeline for their day, linked to the
 * contradiction. Other bare clock times borrow a day too uncertain to place.
 */
function disputedClockTimes(unit: Unit, conflictAt: (t: Timex) => string | undefined): Timex[] {
  return unit.timexes.filter((t) => isBareClockTime(t) && isDayOrFiner(t.value) && t.rule !== BARE_CLOCK_RULE && conflictAt(t) !== undefined);
}

/** The rule the timex stage records for a clock time dated by the report's day for want of another. */
const BARE_CLOCK_RULE = "time/bare-clock";

function datesMeet(x: Dated, y: Dated): boolean {
  return x.timex.value === y.timex.value || (x.interval !== null && y.interval !== null && intervalsMeet(x.interval, y.interval));
}

/**
 * Reports that tell one happening in sentences too unlike to agree as facts ("the actress died on 6th June,
 * her publicist confirmed" / "Williams died peacefully in her sleep Thursday") still date one event: two
 * events on meeting dates merge when sentences of different reports share a verb and another content term.
 */
function mergeSameEvents(events: Dated[][], similarity: (u: Unit, v: Unit) => number): Dated[][] {
  const merged: Dated[][] = [];
  for (const event of events) {
    const same = merged.find((other) => other.some((x) => event.some((d) => x.unit.articleId !== d.unit.articleId && datesMeet(x, d) && sameHappening(x.unit, d.unit, similarity))));
    if (same) same.push(...event);
    else merged.push([...event]);
  }
  return merged;
}

function sameHappening(u: Unit, v: Unit, similarity: (u: Unit, v: Unit) => number): boolean {
  const verbs = new Set(u.keys.filter(isContentVerb).map((k) => k.key));
  if (!v.keys.some((k) => isContentVerb(k) && verbs.has(k.key))) return false;
  // Alignment scores 0 unless two content terms are shared: the verb and, say, the person.
  return similarity(u, v) > 0;
}

const isContentVerb = (k: UnitKey): boolean => k.kind === "word" && k.content && k.pos === "VERB";

function toEntry(event: Dated[], texts: StoryTexts): TimelineEntry {
  // The most precise wording leads: a clock time over a part of day over a bare day.
  const lead = [...event].sort((a, b) => precision(b.timex) - precision(a.timex))[0] as Dated;
  // Another day is named unless it meets the lead's ("late on Sunday night" and "early on Monday" meet
  // across midnight); in a contradiction, so is another clock time that day.
  const conflicting = (d: Dated) => {
    const otherDay = d.timex.value.slice(0, 10) !== lead.timex.value.slice(0, 10);
    const apart = d.interval !== null && lead.interval !== null ? !intervalsMeet(d.interval, lead.interval) : otherDay;
    return apart && (otherDay || d.findingId !== undefined);
  };
  const others = [...new Set(event.filter(conflicting).map((d) => `${d.timex.value} in ${texts.label(d.unit.articleId)}`))];
  const text = texts.doc(lead.unit.articleId).article.text.slice(lead.unit.start, lead.unit.end);
  const dateEnd = (lead.timex.pointEnd ?? lead.timex.end) - lead.unit.start;
  const entry: TimelineEntry = {
    value: lead.timex.value,
    label: `${label(text, dateEnd)}${others.length ? ` [conflicting date: ${others.join("; ")}]` : ""}`,
    evidence: event.map((d) => d.evidence),
  };
  const findingId = event.find((d) => d.findingId)?.findingId;
  if (findingId) entry.findingId = findingId;
  return entry;
}

function precision(t: Timex): number {
  return t.value.length + (t.mod === "START" || t.mod === "END" ? 1 : 0);
}

function spanKey(s: Span): string {
  return `${s.articleId}:${s.start}:${s.end}`;
}

/** Characters kept in view after a date that the head of its sentence would cut off. */
const DATE_MARGIN = 20;

/**
 * The sentence, cut to LABEL_MAX around the words its date stands in: "2025-10-09 A gas explosion that
 * destroyed a bakery early on Wednesday…" reads as if the blast were on the 9th when the date is of
 * "… was caused by a cracked pipe, the gas network said on Thursday."
 */
function label(text: string, dateEnd: number): string {
  const flat = flatten(text);
  if (dateEnd < LABEL_MAX || flat.length <= LABEL_MAX) return head(flat);
  // A word break of any kind: a sentence may run on over line breaks with no plain space left past the cut.
  const breakAt = text.slice(dateEnd + DATE_MARGIN - LABEL_MAX).search(/\s/);
  return breakAt < 0 ? head(flat) : `…${head(flatten(text.slice(dateEnd + DATE_MARGIN - LABEL_MAX + breakAt)))}`;
}

const flatten = (s: string): string => s.replace(/\s+/g, " ").trim();

/** The flattened text cut to LABEL_MAX at a word's end. */
function head(flat: string): string {
  return flat.length <= LABEL_MAX ? flat : `${flat.slice(0, LABEL_MAX).replace(/\s+\S*$/, "")}…`;
}
