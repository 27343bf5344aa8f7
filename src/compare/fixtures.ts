// Builders for compare tests: a document whose layers are written by hand, so that a comparison is
// tested apart from the annotators that normally feed it.
import { emptyDoc } from "../annotate/doc.js";
import { tokenStage } from "../annotate/tokens.js";
import type { AnnotatedDoc, Entity, EntityType, NumberMention, Statement, Timex, TimexType } from "../model/types.js";

type Layers = {
  /** `placedBy`: the length with the word that places it ("Three days later"), when `point` is given */
  timexes?: { text: string; value: string; type?: TimexType; point?: string; placedBy?: string }[];
  numbers?: { text: string; low: number; high: number; unit?: string; predicate?: string }[];
  entities?: { text: string; type: EntityType; canonical?: string; role?: string }[];
  statements?: { speaker: string | null; cue: string; content: string; direct?: boolean; canonical?: string; role?: string }[];
  published?: string;
};

/** Offsets of the n-th occurrence of `part` in `text`; throws so that a typo in a test fails loudly. */
function find(text: string, part: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: "${part}" not in "${text}"`);
  return { start, end: start + part.length, text: part };
}

export function docWith(id: string, text: string, layers: Layers = {}): AnnotatedDoc {
  const doc = emptyDoc(layers.published ? { id, text, published: layers.published } : { id, text });
  tokenStage.run(doc);
  doc.referenceDate = { value: layers.published ?? "2024-03-06", basis: layers.published ? "published" : "default" };
  const sentenceOf = (start: number) => doc.sentences.find((s) => s.start <= start && start < s.end)?.index ?? 0;
  doc.timexes = (layers.timexes ?? []).map((t): Timex => {
    const r = find(text, t.text);
    const timex: Timex = { ...r, type: t.type ?? "DATE", value: t.value, sentence: sentenceOf(r.start), rule: "fixture" };
    if (t.point) timex.point = t.point;
    if (t.placedBy) timex.pointEnd = find(text, t.placedBy).end;
    return timex;
  });
  doc.numbers = (layers.numbers ?? []).map((n): NumberMention => {
    const r = find(text, n.text);
    const mention: NumberMention = { ...r, low: n.low, high: n.high, value: n.low, unit: n.unit ?? "", sentence: sentenceOf(r.start), rule: "fixture" };
    if (n.predicate) mention.predicate = n.predicate;
    return mention;
  });
  doc.entities = (layers.entities ?? []).map((e): Entity => {
    const r = find(text, e.text);
    const entity: Entity = { ...r, type: e.type, canonical: e.canonical ?? e.text, sentence: sentenceOf(r.start), rule: "fixture" };
    if (e.role) entity.role = find(text, e.role);
    return entity;
  });
  doc.statements = (layers.statements ?? []).map((s): Statement => {
    const statement: Statement = {
      speaker: s.speaker ? { name: s.canonical ?? s.speaker, mention: find(text, s.speaker) } : null,
      cue: find(text, s.cue),
      content: find(text, s.content),
      direct: s.direct ?? false,
      sentence: sentenceOf(find(text, s.cue).start),
      rule: "fixture",
    };
    if (s.canonical) statement.speakerCanonical = s.canonical;
    if (s.role) statement.speakerRole = find(text, s.role);
    return statement;
  });
  return doc;
}
