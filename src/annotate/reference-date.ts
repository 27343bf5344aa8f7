import type { AnnotatedDoc, ReferenceDate } from "../model/types.js";

/** The publication date from metadata, as YYYY-MM-DD, if it parses. */
export function referenceDateFromMetadata(published: string | undefined): ReferenceDate | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (m) return { value: `${m[1]}-${m[2]}-${m[3]}`, basis: "published" };
  const t = Date.parse(published);
  if (Number.isNaN(t)) return null;
  return { value: new Date(t).toISOString().slice(0, 10), basis: "published" };
}

/** Placeholder until the time layer lands: infers nothing. */
export function referenceDateFromText(_doc: AnnotatedDoc): ReferenceDate | null {
  return null;
}
