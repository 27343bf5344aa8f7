import type { Finding, Span, TimelineEntry } from "../model/types.js";
import type { AlignedPair } from "./align.js";
import { agreementClusters } from "./agreements.js";
import type { StoryTexts } from "./findings.js";
import { intervalsMeet, isBareClockTime, isDayOrFiner, timexInterval, type TimeInterval } from "./time-interval.js";
import type { Unit } from "./units.js";

const LABEL_MAX = 110;
const MIN_EVENT_TERMS = 2;

/**
 * A dated timeline: every unit that dates what it states to a day or finer is an event; units that state
 * the same fact on the same day merge; a date contradiction links each conflicting date to its finding.
 */
export function buildTimeline(units: readonly Unit[], pairs: readonly AlignedPair[], findings: readonly Finding[], texts: StoryTexts): TimelineEntry[] {
  const clusterOf = new Map<Unit, number>();
  agreementClusters(pairs).forEach((c, i) => c.units.forEach((u) => clusterOf.set(u, i)));
  const conflictOf = new Map<string, string>();
  for (const f of findings) {
    if (f.kind !== "contradiction" || (f.aspect !== "date" && f.aspect !== "time")) continue;
    for (const c of f.claims) conflictOf.set(spanKey(c.span), f.id);
  }

  // Entries per agreement cluster (or per lone unit); a date joins an entry of its cluster that it meets.
  const groups = new Map<string, { entry: TimelineEntry; interval: TimeInterval | null }[]>();
  units.forEach((unit, unitIndex) => {
    // A dateline ("Marrowby, 5 March 2025") dates the report, not an event.
    if (unit.terms.size < MIN_EVENT_TERMS) return;
    const seen = new Set<string>();
    for (const t of unit.timexes) {
      if ((t.type !== "DATE" && t.type !== "TIME") || !isDayOrFiner(t.value) || isBareClockTime(t) || seen.has(t.value)) continue;
      seen.add(t.value);
      const evidence = texts.span(unit.articleId, t.start, t.end);
      const findingId = conflictOf.get(spanKey(evidence));
      const interval = timexInterval(t.value);
      const groupKey = String(clusterOf.get(unit) ?? `u${unitIndex}`);
      const group = groups.get(groupKey) ?? [];
      groups.set(groupKey, group);
      const joined = group.find((g) => g.entry.value === t.value || (g.interval && interval && intervalsMeet(g.interval, interval)));
      if (joined) {
        joined.entry.evidence.push(evidence);
        if (findingId && !joined.entry.findingId) joined.entry.findingId = findingId;
        continue;
      }
      const entry: TimelineEntry = { value: t.value, label: label(texts.doc(unit.articleId).article.text.slice(unit.start, unit.end)), evidence: [evidence] };
      if (findingId) entry.findingId = findingId;
      group.push({ entry, interval });
    }
  });
  return [...groups.values()]
    .flat()
    .map((g) => g.entry)
    .sort((a, b) => a.value.localeCompare(b.value) || a.label.localeCompare(b.label));
}

function spanKey(s: Span): string {
  return `${s.articleId}:${s.start}:${s.end}`;
}

function label(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= LABEL_MAX ? flat : `${flat.slice(0, LABEL_MAX).replace(/\s+\S*$/, "")}…`;
}
