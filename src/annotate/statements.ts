import type { AnnotatedDoc, Entity, Statement, Token } from "../model/types.js";
import type { AnnotateStage } from "./stage.js";
import { type AttributionContext, buildContext, rangeOfOffsets, rangeOfTokens } from "./statements/context.js";
import { findCues } from "./statements/cues.js";
import { type Draft, frameFor } from "./statements/frames.js";
import { SpeakerResolver } from "./statements/speakers.js";

/**
 * Who said what: reporting cues (said, told, according to, denied, believes, endorsed ...), their
 * speakers and their content, direct or reported. Reads tokens, quotations, and the entity layer when
 * it has run; works from part-of-speech tags alone when it has not.
 */
export const statementStage: AnnotateStage = {
  name: "statements",
  run(doc: AnnotatedDoc): void {
    if (doc.tokens.length === 0) return;
    const ctx = buildContext(doc);
    const drafts = draftStatements(ctx);
    doc.statements.push(...toStatements(ctx, drafts, doc.entities));
  },
};

/** One draft per cue that fits a known construction, in text order. */
export function draftStatements(ctx: AttributionContext): Draft[] {
  const drafts: Draft[] = [];
  for (const cue of findCues(ctx)) {
    const d = frameFor(ctx, cue, drafts[drafts.length - 1]);
    if (d && d.content.end > d.content.start) drafts.push(d);
  }
  return dropNested(ctx, dropDuplicates(drafts));
}

/**
 * A cue inside the content of another statement reports what that speaker said someone else said or
 * thought ("Smith said Jones believes ..."); PolNeAR rarely marks these, and they are mostly misreadings
 * of an over-long content. Keep only the outer statement.
 */
function dropNested(ctx: AttributionContext, drafts: Draft[]): Draft[] {
  // Surer constructions claim their content first, so a doubtful outer reading cannot swallow a sure inner one.
  const ranked = [...drafts].sort((a, b) => priority(ctx, a) - priority(ctx, b) || a.content.start - b.content.start);
  const kept: Draft[] = [];
  for (const d of ranked) {
    const cueStart = (ctx.tokens[d.cue.first] as Token).start;
    const cueEnd = (ctx.tokens[d.cue.last] as Token).end;
    const inside = kept.some((k) => k.content.start <= cueStart && k.content.end >= cueEnd);
    const covers = kept.some((k) => d.content.start <= (ctx.tokens[k.cue.first] as Token).start && d.content.end >= (ctx.tokens[k.cue.last] as Token).end);
    if (!inside && !covers) kept.push(d);
  }
  const keep = new Set(kept);
  return drafts.filter((d) => keep.has(d));
}

/** The verbs of saying proper: when two readings compete, these win over "shows", "sees", "wants". */
const CORE_SPEECH = new Set(["say", "tell", "add", "accord", "write", "tweet", "announce", "state", "declare", "note", "argue", "claim", "insist", "explain"]);

/** Lower is surer. */
function priority(ctx: AttributionContext, d: Draft): number {
  const rule = d.rule;
  if (rule.startsWith("quote-then") || rule.startsWith("cue-then-quote")) return 0;
  if (rule === "nominal-cue" || rule === "speaker-label" || rule.startsWith("passive")) return 3;
  return CORE_SPEECH.has((ctx.tokens[d.head] as Token).lemma) ? 1 : 2;
}

/** Two cues that found the same content and speaker (e.g. "said" and a verb inside the content) keep the first. */
function dropDuplicates(drafts: Draft[]): Draft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.content.start}:${d.content.end}:${d.source?.first ?? -1}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toStatements(ctx: AttributionContext, drafts: readonly Draft[], entities: readonly Entity[]): Statement[] {
  const resolver = new SpeakerResolver(ctx, entities);
  const people = entities.filter((e) => e.type === "person" || e.type === "organization").sort((a, b) => a.start - b.start);
  let nextEntity = 0;
  const statements: Statement[] = [];
  for (const d of drafts) {
    const mentionStart = d.source ? (ctx.tokens[d.source.first] as Token).start : (ctx.tokens[d.cue.first] as Token).start;
    // Entities named before this mention become candidate referents for its pronouns.
    while (nextEntity < people.length && (people[nextEntity] as Entity).end <= mentionStart) resolver.noteEntity(people[nextEntity++] as Entity);
    statements.push(toStatement(ctx, d, resolver));
  }
  return statements;
}

function toStatement(ctx: AttributionContext, d: Draft, resolver: SpeakerResolver): Statement {
  const statement: Statement = {
    speaker: null,
    cue: rangeOfTokens(ctx, d.cue.first, d.cue.last),
    content: rangeOfOffsets(ctx, d.content.start, d.content.end),
    direct: d.direct,
    sentence: (ctx.tokens[d.cue.first] as Token).sentence,
    rule: `statements/${d.rule}`,
  };
  if (d.source) {
    const mention = rangeOfTokens(ctx, d.source.first, d.source.last);
    const info = resolver.resolve(d.source);
    statement.speaker = { name: info.name, mention };
    if (info.canonical) statement.speakerCanonical = info.canonical;
    if (info.role) statement.speakerRole = info.role;
  }
  return statement;
}
