import type { Finding, Span, Timex, TimelineEntry } from "../model/types.js";
import type { AlignedPair } from "./align.js";
import { agreementClusters } from "./agreements.js";
import { isPageStamp } from "./dates.js";
import type { StoryTexts } from "./findings.js";
import { chronologicalKey, intervalsMeet, isBareClockTime, isDayOrFiner, timexInterval, type TimeInterval } from "./time-interval.js";
import { happeningKindsOf } from "./lexicon.js";
import { negatedVerb, type Unit, type UnitKey } from "./units.js";

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
  const conflictOf = conflictsBySpan(findings);

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
      const negated = negatedAt(unit, timex);
      // "will reopen on Friday" and "will not reopen on Friday" date no one happening, however alike; nor do
      // "gave way on Monday evening" and "the council said on Wednesday".
      const saying = datesTheSaying(unit, timex);
      const key = findingId ? `finding:${findingId}` : `cluster:${clusterOf.get(unit) ?? `u${unitIndex}`}${negated ? ":not" : ""}${saying ? ":saying" : ""}`;
      const group = groups.get(key) ?? [];
      groups.set(key, group);
      group.push({ unit, timex, evidence, interval: timexInterval(timex.value), negated, saying, ...(findingId ? { findingId } : {}) });
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
  const tiedTo = (x: Dated, y: Dated) => clusterOf.get(x.unit) !== undefined && clusterOf.get(x.unit) === clusterOf.get(y.unit);
  const events = [...settled, ...mergeSameEvents(joinDisputes(settled, open, tiedTo), similarity)];
  const disputedBy = polarityDisputes(events, findings);
  return events
    .map((event) => {
      const entry = toEntry(event, texts);
      const findingId = disputedBy.get(event);
      if (findingId && entry.findingId === undefined) entry.findingId = findingId;
      return entry;
    })
    .sort((a, b) => chronologicalKey(a.value).localeCompare(chronologicalKey(b.value)) || a.label.localeCompare(b.label));
}

type Dated = { unit: Unit; timex: Timex; evidence: Span; interval: TimeInterval | null; negated: boolean; saying: boolean; findingId?: string };

/**
 * Date and time contradictions by the spans they claim, those sharing a claim under one id: "Tuesday morning"
 * disputed by two reports' "Wednesday" is one entry naming both, not one entry per dispute.
 */
function conflictsBySpan(findings: readonly Finding[]): Map<string, string> {
  const conflictOf = new Map<string, string>();
  const joined = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    while (joined.has(at)) at = joined.get(at) as string;
    return at;
  };
  for (const f of findings) {
    if (f.kind !== "contradiction" || (f.aspect !== "date" && f.aspect !== "time")) continue;
    for (const c of f.claims) {
      const earlier = conflictOf.get(spanKey(c.span));
      if (earlier !== undefined && root(earlier) !== root(f.id)) joined.set(root(f.id), root(earlier));
      conflictOf.set(spanKey(c.span), f.id);
    }
  }
  for (const [span, id] of conflictOf) conflictOf.set(span, root(id));
  return conflictOf;
}

/**
 * The date stands outside what the unit's statements report, which carries a date of its own: it dates the
 * saying ("the roof gave way on Monday evening, the council said on Wednesday"). A sentence dating only its
 * saying ("accused the US on Thursday") tells the saying as its happening.
 */
function datesTheSaying(unit: Unit, timex: Timex): boolean {
  const reported = (t: Timex) => unit.statements.some((s) => s.content.start <= t.start && t.end <= s.content.end);
  return !reported(timex) && unit.timexes.some((t) => t !== timex && reported(t) && isDayOrFiner(t.value));
}

/**
 * The verb the date follows is negated ("will not reopen on Friday", "nobody was hurt on Sunday"): the date
 * tells when a thing did not, or will not, happen.
 */
function negatedAt(unit: Unit, timex: Timex): boolean {
  let verb = unit.keys.findIndex((k) => k.end > timex.start) - 1;
  if (verb < -1) verb = unit.keys.length - 1;
  while (verb >= 0 && !((unit.keys[verb] as UnitKey).kind === "word" && (unit.keys[verb] as UnitKey).pos === "VERB")) verb--;
  return verb >= 0 && negatedVerb(unit.keys, verb);
}

/**
 * Entries of one day that a polarity contradiction holds apart ("will reopen on Friday" / "will not reopen on
 * Friday"): each is linked to it, so the reader sees that they disagree.
 */
function polarityDisputes(events: readonly Dated[][], findings: readonly Finding[]): Map<Dated[], string> {
  const linked = new Map<Dated[], string>();
  for (const f of findings) {
    if (f.kind !== "contradiction" || f.aspect !== "polarity") continue;
    const holds = (event: Dated[]) => event.some((d) => f.claims.some((c) => c.span.articleId === d.unit.articleId && d.unit.start <= c.span.start && c.span.end <= d.unit.end));
    const held = events.filter(holds);
    for (const event of held) {
      const day = (event[0] as Dated).timex.value.slice(0, 10);
      const twin = held.some((other) => other !== event && (other[0] as Dated).timex.value.slice(0, 10) === day && other[0]?.negated !== event[0]?.negated);
      if (twin && !linked.has(event)) linked.set(event, f.id);
    }
  }
  return linked;
}

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
 * A sentence tied to a dispute over a date, whose date meets one side of it, tells the same happening ("fell
 * in on Tuesday night" beside "collapsed on Tuesday evening", disputed by "gave way on Monday evening"): its
 * date joins the disputed entry rather than standing on a line of its own. Returns the events left open.
 */
function joinDisputes(settled: Dated[][], open: readonly Dated[][], tiedTo: (x: Dated, y: Dated) => boolean): Dated[][] {
  return open.filter((event) => {
    const told = event.filter((x) => !x.saying && !x.negated);
    const dispute = settled.find((s) => told.some((x) => s.some((d) => tiedTo(x, d)) && s.some((d) => datesMeet(x, d))));
    if (dispute) dispute.push(...event);
    return dispute === undefined;
  });
}

/**
 * Reports that tell one happening in sentences too unlike to agree as facts ("the actress died on 6th June,
 * her publicist confirmed" / "Williams died peacefully in her sleep Thursday") still date one event: two
 * events on meeting dates merge when sentences of different reports share a verb and another content term.
 */
function mergeSameEvents(events: Dated[][], similarity: (u: Unit, v: Unit) => number): Dated[][] {
  const merged: Dated[][] = [];
  for (const event of events) {
    const same = merged.find((other) => other.some((x) => event.some((d) => x.unit.articleId !== d.unit.articleId && x.negated === d.negated && x.saying === d.saying && datesMeet(x, d) && sameHappening(x.unit, d.unit, similarity))));
    if (same) same.push(...event);
    else merged.push([...event]);
  }
  return merged;
}

function sameHappening(u: Unit, v: Unit, similarity: (u: Unit, v: Unit) => number): boolean {
  const verbs = new Set(u.keys.filter(isContentVerb).map((k) => k.key));
  // "Engineers examined the damage" / "engineers inspected the building": verbs of one kind of happening.
  const kinds = happeningKindsOf([...verbs]);
  const verbsOf = v.keys.filter(isContentVerb).map((k) => k.key);
  if (!verbsOf.some((verb) => verbs.has(verb)) && ![...happeningKindsOf(verbsOf)].some((kind) => kinds.has(kind))) return false;
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
