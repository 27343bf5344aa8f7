import type { Entity, Token } from "../../model/types.js";
import type { AttributionContext } from "./context.js";
import { type Cue, isPassive, particleEnd, verbGroupStart } from "./cues.js";
import { CUE_MODEL } from "./cue-model-weights.js";
import { type Draft, frameFor } from "./frames.js";
import { type CueFrame, FUNCTION_VERBS, isReportingVerb } from "./lexicon.js";

/**
 * A learned second opinion on the statement stage's cues, a logistic regression over a cue word's
 * context and the frame built for it. It can take verbs the hand lists leave out: hundreds of verbs
 * report in some of their uses only ("looked at", "addressed", "nominated"), and no list can take them
 * without losing precision. It can also drop a hand rule's draft it finds unlikely. Weights come from
 * bench/train-cue-model.ts (PolNeAR train only); its header says which of the two the shipped weights do.
 */
export type CueModel = {
  /** probability at or above which a candidate verb is taken */
  threshold: number;
  /** probability below which a hand rule's draft is dropped (0 keeps them all) */
  keep: number;
  /** feature weights; features of hand drafts and of candidates carry different prefixes, so one map holds two models */
  weights: Readonly<Record<string, number>>;
};

/** Where a draft comes from: the hand rules, or a candidate verb the model judges. */
export type Origin = "hand" | "learned";

/**
 * A candidate: a verb outside quotations and outside every cue the hand rules found, and off their lists:
 * a listed verb the rules pass over was refused on purpose ("was declared the winner", "is known as").
 */
function isCandidate(ctx: AttributionContext, i: number, taken: Uint8Array): boolean {
  const t = ctx.tokens[i] as Token;
  return t.pos === "VERB" && ctx.quoteOf[i] === -1 && taken[i] === 0 && !FUNCTION_VERBS.has(t.lemma) && !isReportingVerb(t);
}

const WH_WORDS = new Set(["what", "how", "why", "who", "when", "where", "whether", "if"]);
const FUNCTION_NEXT = new Set(["that", "to", "for", "against", "on", "of", "about", "in", "with", "as", "by", "at", "from", "up", "out", "into", "over"]);
/** Pronouns that can stand as a subject (with "who"); kept apart from the lexicon's list, which the weights were not trained on. */
const SUBJECT_LIKE_PRONOUNS = new Set(["he", "she", "they", "we", "i", "you", "it", "who"]);

/** A token as the classes that tell a reporting frame from others. */
function tokenClass(ctx: AttributionContext, k: number): string {
  const t = ctx.tokens[k];
  if (!t) return "END";
  if (ctx.quoteOf[k] !== -1) return "QUOTE";
  if (FUNCTION_NEXT.has(t.norm)) return t.norm;
  if (WH_WORDS.has(t.norm)) return "WH";
  if (t.pos === "PRON") return SUBJECT_LIKE_PRONOUNS.has(t.norm) ? "PRON" : "PRON-other";
  if (t.pos === "PUNCT") return t.norm === "," || t.norm === ":" ? t.norm : "PUNCT";
  return t.pos;
}

/** Which inflection the verb carries: reports are mostly past or present tense, rarely gerunds. */
function inflection(t: Token): string {
  if (t.norm === t.lemma) return "base";
  if (t.norm.endsWith("ing")) return "ing";
  if (t.norm.endsWith("s")) return "s";
  return "past";
}

/** The nearest subject-like word within a few tokens to the left, as a class. */
function subjectBefore(ctx: AttributionContext, i: number, sentenceStart: number): string {
  for (let k = i - 1; k >= Math.max(sentenceStart, i - 4); k--) {
    const t = ctx.tokens[k] as Token;
    if (t.pos === "PROPN") return "PROPN";
    if (t.pos === "PRON") return SUBJECT_LIKE_PRONOUNS.has(t.norm) ? "PRON" : "PRON-other";
    if (t.pos === "NOUN") return "NOUN";
    if (t.pos === "PUNCT" || t.pos === "VERB" || t.pos === "CCONJ" || t.pos === "SCONJ") return "none";
  }
  return "none";
}

/** The noun a verb takes as its object, when one follows within a few words ("addressed the crowd"). */
function objectLemma(ctx: AttributionContext, from: number): string {
  for (let k = from; k < from + 4; k++) {
    const t = ctx.tokens[k];
    if (!t || ctx.quoteOf[k] !== -1) return "none";
    if (t.pos === "NOUN") return t.lemma;
    if (t.pos === "PROPN" || t.pos === "PRON") return t.pos;
    if (t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "NUM") return "none";
  }
  return "none";
}

const bucket = (n: number, edges: readonly number[]): number => edges.findIndex((e) => n <= e);

const PREFIX: Record<Origin, string> = { hand: "h:", learned: "c:" };

const TEMPLATE_NAMES = ["at", "bias", "f", "f+n", "frame", "l", "l+f", "l+n", "l+obj", "l+p", "l+prt", "l+srcent", "l+subj", "len", "listed", "n", "n+n2", "nested", "obj", "p", "passive", "rule", "rule+n", "squote", "src", "srcent", "srchead", "subj", "subj+n"] as const;
type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** Template names with their origin's prefix, made once: a string built per lookup would be hashed per lookup. */
const withPrefix = (prefix: string) => Object.fromEntries(TEMPLATE_NAMES.map((n) => [n, prefix + n])) as Record<TemplateName, string>;
const TEMPLATES: Record<Origin, Readonly<Record<TemplateName, string>>> = { hand: withPrefix(PREFIX.hand), learned: withPrefix(PREFIX.learned) };

/**
 * Receives features as a template ("c:l+n") and its values ("say", "that"). The trainer joins them into
 * names; scoring looks them up without building a string per feature, which would cost more than the
 * rest of the statement stage.
 */
export interface FeatureSink {
  add(template: string, a?: string, b?: string): void;
}

const featureName = (template: string, a?: string, b?: string): string =>
  a === undefined ? template : b === undefined ? `${template}=${a}` : `${template}=${a}|${b}`;

/** Collects feature names, for training. */
export class FeatureNames implements FeatureSink {
  readonly names: string[] = [];
  add(template: string, a?: string, b?: string): void {
    this.names.push(featureName(template, a, b));
  }
}

/** Sums the weights of the features it receives. */
export class FeatureScore implements FeatureSink {
  z = 0;
  constructor(private readonly index: WeightIndex) {}
  add(template: string, a?: string, b?: string): void {
    this.z += this.index.weight(template, a, b);
  }
}

/**
 * A model's weights by template, then by a number made of the ids of the template's values, so that a
 * lookup hashes only strings that already exist (a lemma, a class name) and small integers.
 */
export class WeightIndex {
  private readonly ids = new Map<string, number>();
  private readonly byTemplate = new Map<string, Map<number, number>>();

  constructor(weights: Readonly<Record<string, number>>) {
    for (const [name, w] of Object.entries(weights)) {
      const eq = name.indexOf("=");
      const template = eq < 0 ? name : name.slice(0, eq);
      const value = eq < 0 ? undefined : name.slice(eq + 1);
      // Templates that join two values name them with a "+"; the first value (a lemma, a class, a rule name) holds no "|".
      const bar = value !== undefined && template.includes("+") ? value.indexOf("|") : -1;
      const a = bar < 0 ? value : value!.slice(0, bar);
      const b = bar < 0 ? undefined : value!.slice(bar + 1);
      let table = this.byTemplate.get(template);
      if (!table) this.byTemplate.set(template, (table = new Map()));
      table.set(this.learn(a) * VALUE_IDS + this.learn(b), w);
    }
  }

  weight(template: string, a?: string, b?: string): number {
    const table = this.byTemplate.get(template);
    if (!table) return 0;
    const x = a === undefined ? 0 : this.ids.get(a);
    const y = b === undefined ? 0 : this.ids.get(b);
    if (x === undefined || y === undefined) return 0;
    return table.get(x * VALUE_IDS + y) ?? 0;
  }

  private learn(part: string | undefined): number {
    if (part === undefined) return 0;
    let n = this.ids.get(part);
    if (n === undefined) this.ids.set(part, (n = this.ids.size + 1));
    if (n >= VALUE_IDS) throw new Error(`cue model: more than ${VALUE_IDS - 1} distinct feature values`);
    return n;
  }
}

/** Value ids stay below this, so a pair of them stays a small integer. */
const VALUE_IDS = 32768;

const weightIndexes = new WeakMap<CueModel["weights"], WeightIndex>();

export function weightIndex(model: CueModel): WeightIndex {
  let index = weightIndexes.get(model.weights);
  if (!index) weightIndexes.set(model.weights, (index = new WeightIndex(model.weights)));
  return index;
}

/** The model's probability for a list of feature names (as FeatureNames collects them). */
export function probability(model: CueModel, names: readonly string[]): number {
  let z = 0;
  for (const name of names) z += model.weights[name] ?? 0;
  return sigmoid(z);
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Features of a cue word in its sentence, before any frame is built for it: lemmas and word classes only. */
function contextFeatures(ctx: AttributionContext, i: number, cueLast: number, origin: Origin, frame: string, insideHandContent: boolean, sink: FeatureSink): void {
  const t = ctx.tokens[i] as Token;
  const s = ctx.sentences[ctx.sentenceOf[i] as number];
  const sentenceStart = s?.tokenStart ?? 0;
  let k = i + 1;
  while (ctx.tokens[k]?.pos === "ADV" && ctx.quoteOf[k] === -1) k++;
  const next = tokenClass(ctx, k);
  const next2 = tokenClass(ctx, k + 1);
  const prev = tokenClass(ctx, i - 1);
  const subject = subjectBefore(ctx, i, sentenceStart);
  const form = inflection(t);
  const object = objectLemma(ctx, k);
  const x = TEMPLATES[origin];
  sink.add(x["l"], t.lemma);
  sink.add(x["l+n"], t.lemma, next);
  sink.add(x["l+f"], t.lemma, form);
  sink.add(x["n"], next);
  sink.add(x["n+n2"], next, next2);
  sink.add(x["p"], prev);
  sink.add(x["subj"], subject);
  sink.add(x["subj+n"], subject, next);
  sink.add(x["l+subj"], t.lemma, subject);
  sink.add(x["l+p"], t.lemma, prev);
  sink.add(x["obj"], object);
  sink.add(x["l+obj"], t.lemma, object);
  sink.add(x["f"], form);
  sink.add(x["f+n"], form, next);
  sink.add(x["at"], POSITION_BUCKETS[bucket(i - sentenceStart, [0, 2, 5, 10, Infinity])]);
  sink.add(x["frame"], frame);
  // A particle turns a verb into another one: "lined up behind" endorses, "lined up at" queues.
  if (cueLast > i) sink.add(x["l+prt"], t.lemma, (ctx.tokens[cueLast] as Token).norm);
  sink.add(x["bias"]);
  if (s && ctx.quotes.some((q) => q.firstToken < s.tokenEnd && q.lastToken >= s.tokenStart)) sink.add(x["squote"]);
  if (isReportingVerb(t)) sink.add(x["listed"]);
  if (isPassive(ctx, i)) sink.add(x["passive"]);
  if (insideHandContent) sink.add(x["nested"]);
}

const POSITION_BUCKETS = ["0", "1", "2", "3", "4"];
const LENGTH_BUCKETS = ["0", "1", "2", "3", "4", "5"];

/** Features of the draft built for a cue: how it was read, who speaks, how long the content is. */
function draftFeatures(ctx: AttributionContext, draft: Draft, origin: Origin, entityOf: readonly string[], sink: FeatureSink): void {
  const t = ctx.tokens[draft.head] as Token;
  let k = draft.head + 1;
  while (ctx.tokens[k]?.pos === "ADV" && ctx.quoteOf[k] === -1) k++;
  const next = tokenClass(ctx, k);
  const sourceHead = draft.source ? (ctx.tokens[draft.source.last] as Token) : null;
  const sourceEntity = draft.source ? (entityOf[draft.source.last] ?? "none") : "nosource";
  const x = TEMPLATES[origin];
  sink.add(x["rule"], draft.rule);
  sink.add(x["rule+n"], draft.rule, next);
  sink.add(x["src"], sourceHead ? (sourceHead.pos === "PRON" ? tokenClass(ctx, draft.source!.last) : sourceHead.pos) : "none");
  sink.add(x["len"], LENGTH_BUCKETS[bucket(draft.content.end - draft.content.start, [10, 30, 60, 120, 250, Infinity])]);
  sink.add(x["srcent"], sourceEntity);
  sink.add(x["srchead"], sourceHead?.pos === "NOUN" ? sourceHead.lemma : "-");
  sink.add(x["l+srcent"], t.lemma, sourceEntity);
}

/** Templates of the features that depend on the draft built for a cue. */
const DRAFT_TEMPLATES = ["rule", "rule+n", "src", "len", "srcent", "srchead", "l+srcent"];

/** The most the draft features of a candidate can add to its score: lets a hopeless candidate skip its frame. */
const draftBounds = new WeakMap<CueModel["weights"], number>();

function draftBound(model: CueModel): number {
  let bound = draftBounds.get(model.weights);
  if (bound === undefined) {
    const best = new Map<string, number>();
    for (const [f, w] of Object.entries(model.weights)) {
      if (!f.startsWith(PREFIX.learned)) continue;
      const template = f.slice(PREFIX.learned.length, f.indexOf("="));
      if (DRAFT_TEMPLATES.includes(template)) best.set(template, Math.max(best.get(template) ?? 0, w));
    }
    bound = [...best.values()].reduce((a, b) => a + b, 0);
    draftBounds.set(model.weights, bound);
  }
  return bound;
}

/** A clause or quotation after the verb is reported speech; anything else is taken as its object. */
function frameOf(ctx: AttributionContext, i: number): CueFrame {
  let k = i + 1;
  while (ctx.tokens[k]?.pos === "ADV" && ctx.quoteOf[k] === -1) k++;
  const next = tokenClass(ctx, k);
  return next === "that" || next === "QUOTE" || next === ":" || next === "WH" ? "speech" : "object";
}

/** The type of the entity each token belongs to: a speaker is mostly a person or an organization. */
function entityTypeByToken(ctx: AttributionContext, entities: readonly Entity[]): string[] {
  const types: string[] = [];
  let e = 0;
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  ctx.tokens.forEach((t, i) => {
    while (e < sorted.length && (sorted[e] as Entity).end <= t.start) e++;
    const entity = sorted[e];
    if (entity && entity.start <= t.start && t.end <= entity.end) types[i] = entity.type;
  });
  return types;
}

export type Candidate<S extends FeatureSink> = { origin: Origin; draft: Draft; features: S };

/**
 * The hand rules' drafts and a draft for every candidate verb a frame can be built for, each with its
 * features in a sink of its own, in that order. `hopeless` may rule a candidate out on its context alone.
 */
export function candidates<S extends FeatureSink>(
  ctx: AttributionContext,
  entities: readonly Entity[],
  handCues: readonly Cue[],
  handDrafts: readonly Draft[],
  newSink: () => S,
  hopeless: (context: S) => boolean = () => false,
  withLearned = true,
): Candidate<S>[] {
  const taken = new Uint8Array(ctx.tokens.length);
  for (const c of handCues) taken.fill(1, c.first, c.last + 1);
  const entityOf = entityTypeByToken(ctx, entities);
  const insideHandContent = (d: Draft | null, i: number): boolean => {
    const t = ctx.tokens[i] as Token;
    return handDrafts.some((h) => h !== d && h.content.start <= t.start && t.end <= h.content.end);
  };
  const out: Candidate<S>[] = handDrafts.map((d) => {
    const features = newSink();
    contextFeatures(ctx, d.head, d.cue.last, "hand", "hand", insideHandContent(d, d.head), features);
    draftFeatures(ctx, d, "hand", entityOf, features);
    return { origin: "hand", draft: d, features };
  });
  if (!withLearned) return out;
  let previous = 0;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!isCandidate(ctx, i, taken)) continue;
    const frame = frameOf(ctx, i);
    const cue: Cue = { first: verbGroupStart(ctx, i), last: particleEnd(ctx, i), head: i, frame, kind: isPassive(ctx, i) ? "passive" : "verb" };
    const features = newSink();
    contextFeatures(ctx, i, cue.last, "learned", frame, insideHandContent(null, i), features);
    if (hopeless(features)) continue;
    while (previous < handDrafts.length && (handDrafts[previous] as Draft).cue.last < cue.first) previous++;
    const draft = frameFor(ctx, cue, handDrafts[previous - 1]);
    if (!draft) continue;
    draft.rule = `learned-${draft.rule}`;
    draftFeatures(ctx, draft, "learned", entityOf, features);
    out.push({ origin: "learned", draft, features });
  }
  return out;
}

/** The hand drafts the model keeps (and every one `sure` vouches for), then the candidates' drafts it takes. */
export function judgeDrafts(ctx: AttributionContext, entities: readonly Entity[], handCues: readonly Cue[], handDrafts: readonly Draft[], model: CueModel = CUE_MODEL, sure: (d: Draft) => boolean = () => false): Draft[] {
  // A model turned off costs nothing.
  if (model.threshold > 1 && model.keep <= 0) return [...handDrafts];
  const index = weightIndex(model);
  const takesLearned = model.threshold <= 1;
  const floor = takesLearned ? Math.log(model.threshold / (1 - model.threshold)) - draftBound(model) : Infinity;
  return candidates(ctx, entities, handCues, handDrafts, () => new FeatureScore(index), (context) => context.z < floor, takesLearned)
    .filter((c) => {
      const p = sigmoid(c.features.z);
      return c.origin === "hand" ? p >= model.keep || sure(c.draft) : p >= model.threshold;
    })
    .map((c) => c.draft);
}
