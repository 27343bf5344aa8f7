import type { Finding, Span, Timex, TimelineEntry } from "../model/types.js";
import type { AlignedPair } from "./align.js";
import { agreementClusters } from "./agreements.js";
import { isPageStamp } from "./dates.js";
import type { StoryTexts } from "./findings.js";
import { intervalsMeet, isBareClockTime, isDayOrFiner, timexInterval, type TimeInterval } from "./time-interval.js";
import type { Unit } from "./units.js";

const LABEL_MAX = 90;
const MIN_EVENT_TERMS = 2;

/**
 * A dated timeline: every unit that dates what it states to a day or finer is an event; units that state
 * the same fact on meeting dates merge into one entry. Dates two reports give for one fact that cannot both
 * be right make one entry too, linked to their contradiction, its label naming the other date.
 */
export function buildTimeline(units: readonly Unit[], pairs: readonly AlignedPair[], findings: readonly Finding[], texts: StoryTexts): TimelineEntry[] {
  const clusterOf = new Map<Unit, number>();
  agreementClusters(pairs).forEach((c, i) => c.units.forEach((u) => clusterOf.set(u, i)));
  const conflictOf = new Map<string, string>();
  for (const f of findings) {
    if (f.kind !== "contradiction" || (f.aspect !== "date" && f.aspect !== "time")) continue;
    for (const c of f.claims) conflictOf.set(spanKey(c.span), f.id);
  }

  const groups = new Map<string, Dated[]>();
  units.forEach((unit, unitIndex) => {
    // A dateline ("Marrowby, 5 March 2025") dates the report, not an event.
    if (unit.terms.size < MIN_EVENT_TERMS) return;
    const seen = new Set<string>();
    const text = texts.doc(unit.articleId).article.text;
    for (const timex of unit.timexes) {
      if ((timex.type !== "DATE" && timex.type !== "TIME") || !isDayOrFiner(timex.value) || isBareClockTime(timex) || seen.has(timex.value)) continue;
      if (isPageStamp(text, timex)) continue;
      seen.add(timex.value);
      const evidence = texts.span(unit.articleId, timex.start, timex.end);
      const findingId = conflictOf.get(spanKey(evidence));
      const key = findingId ? `finding:${findingId}` : `cluster:${clusterOf.get(unit) ?? `u${unitIndex}`}`;
      const group = groups.get(key) ?? [];
      groups.set(key, group);
      group.push({ unit, timex, evidence, interval: timexInterval(timex.value), ...(findingId ? { findingId } : {}) });
    }
  });

  const entries: TimelineEntry[] = [];
  for (const group of groups.values()) {
    const conflicting = group[0]?.findingId !== undefined;
    // Within one fact, meeting dates are one event; in a conflict every date of the fact is one entry.
    const events: Dated[][] = [];
    for (const d of group) {
      const event = conflicting ? events[0] : events.find((e) => e.some((x) => x.timex.value === d.timex.value || (x.interval && d.interval && intervalsMeet(x.interval, d.interval))));
      if (event) event.push(d);
      else events.push([d]);
    }
    for (const event of events) entries.push(toEntry(event, texts));
  }
  return entries.sort((a, b) => a.value.localeCompare(b.value) || a.label.localeCompare(b.label));
}

type Dated = { unit: Unit; timex: Timex; evidence: Span; interval: TimeInterval | null; findingId?: string };

function toEntry(event: Dated[], texts: StoryTexts): TimelineEntry {
  // The most precise wording leads: a clock time over a part of day over a bare day.
  const lead = [...event].sort((a, b) => precision(b.timex) - precision(a.timex))[0] as Dated;
  const others = [...new Set(event.filter((d) => d.timex.value.slice(0, 10) !== lead.timex.value.slice(0, 10)).map((d) => `${d.timex.value} in ${texts.label(d.unit.articleId)}`))];
  const text = texts.doc(lead.unit.articleId).article.text.slice(lead.unit.start, lead.unit.end);
  const entry: TimelineEntry = {
    value: lead.timex.value,
    label: `${label(text)}${others.length ? ` [conflicting date: ${others.join("; ")}]` : ""}`,
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

function label(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= LABEL_MAX ? flat : `${flat.slice(0, LABEL_MAX).replace(/\s+\S*$/, "")}…`;
}
