// Scoring one compare() report against the edit that produced the copy.

import type { Finding, Report } from "../../src/model/types.js";
import type { EditedPair } from "./types.js";

export const ORIGINAL_ID = "orig";
export const COPY_ID = "edit";

export type PairOutcome = {
  contradictions: Finding[];
  /** contradictions with a claim in the copy that overlaps the edited region */
  hits: Finding[];
  counts: Record<Finding["kind"], number>;
};

export function contradictionsOf(report: Report): Finding[] {
  return report.stories.flatMap((s) => s.findings).filter((f) => f.kind === "contradiction");
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function scorePair(report: Report, pair: EditedPair): PairOutcome {
  const findings = report.stories.flatMap((s) => s.findings);
  const contradictions = findings.filter((f) => f.kind === "contradiction");
  const hits = contradictions.filter((f) => f.claims.some((c) => c.span.articleId === COPY_ID && overlaps(c.span, pair.region)));
  const counts = { agreement: 0, contradiction: 0, unique: 0 };
  for (const f of findings) counts[f.kind]++;
  return { contradictions, hits, counts };
}

/** "date 12, time 3": how often each aspect occurs among findings, most frequent first. */
export function aspectTally(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.aspect, (counts.get(f.aspect) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([aspect, n]) => `${aspect} ${n}`)
    .join(", ");
}

/** A finding on one line: aspect, confidence, summary and its claims with their values. */
export function describeFinding(f: Finding): string {
  const claims = f.claims
    .map((c) => `${c.span.articleId}[${c.span.start},${c.span.end}] ${JSON.stringify(clip(c.span.text, 60))}${c.value !== undefined ? ` = ${c.value}` : ""}`)
    .join(" | ");
  return `${f.kind} ${f.aspect} conf=${f.confidence.toFixed(2)} "${clip(f.summary, 100)}" :: ${claims}`;
}

export function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
