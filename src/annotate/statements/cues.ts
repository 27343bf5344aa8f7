import type { Token } from "../../model/types.js";
import { type AttributionContext, isQuoteMarkAt } from "./context.js";
import {
  ADJECTIVE_PARTICLES,
  ADJUNCT_TAKING_SPEECH,
  ADVERBS_BEFORE_CUE,
  ATTITUDE_ADJECTIVES,
  ATTRIBUTION_NOUNS,
  BE_FORMS,
  CUE_FRAMES,
  CUE_PARTICLES,
  CUE_PARTICLES_BY_VERB,
  type CueFrame,
  SAY_FORMS,
} from "./lexicon.js";

export type Cue = {
  first: number;
  last: number;
  /** the reporting verb itself */
  head: number;
  frame: CueFrame;
  /**
   * "according to X" puts the speaker after the cue and the content around it; a passive ("is expected
   * to", "was asked whether") or "seems" names its speaker only in a by-phrase, if at all; a nominal cue
   * ("his criticism of") has a possessive speaker; a colon after a name at a line start is a speaker label.
   */
  kind: "verb" | "according" | "passive" | "nominal" | "colon";
};

/** Verbs of appearance: "the team appears to be winning" reports an impression but names no one who holds it. */
const SPEAKERLESS = new Set(["seem", "appear"]);

/** Verbs whose passive still reports an attitude or a question: "is expected to", "was asked whether". */
const PASSIVE_CUES = new Set(["expect", "ask", "believe", "say", "think", "report", "predict", "rumor", "rumour", "tell"]);

/** Reporting cues outside quotations, in text order. Words inside a quotation are the speaker's, not the writer's. */
export function findCues(ctx: AttributionContext): Cue[] {
  const cues: Cue[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.quoteOf[i] !== -1) continue;
    const t = tokens[i] as Token;
    if (t.norm === "according" && tokens[i + 1]?.norm === "to") {
      cues.push({ first: i, last: i + 1, head: i, frame: "speech", kind: "according" });
      i++;
      continue;
    }
    if (t.norm === ":" && isSpeakerLabelColon(ctx, i)) {
      cues.push({ first: i, last: i, head: i, frame: "speech", kind: "colon" });
      continue;
    }
    const attitude = attitudeCue(ctx, i);
    if (attitude) {
      cues.push(attitude);
      continue;
    }
    const nominal = nominalCue(ctx, i);
    if (nominal) {
      cues.push(nominal);
      continue;
    }
    const frame = verbFrame(ctx, i);
    if (!frame || isInfinitive(ctx, i) || isNamingParticiple(ctx, i)) continue;
    const passive = isPassive(ctx, i);
    if (passive && !PASSIVE_CUES.has(t.lemma)) continue;
    const speakerless = passive || SPEAKERLESS.has(t.lemma);
    cues.push({ first: verbGroupStart(ctx, i), last: particleEnd(ctx, i), head: i, frame, kind: speakerless ? "passive" : "verb" });
  }
  return cues;
}

const SEQUENCE_ADVERBS = new Set(["then"]);

function verbFrame(ctx: AttributionContext, i: number): CueFrame | undefined {
  const t = ctx.tokens[i] as Token;
  if (SAY_FORMS.has(t.norm) && t.pos !== "PROPN") return t.lemma === "tell" || t.norm.startsWith("t") ? "addressed" : "speech";
  if (t.pos === "NOUN" && isVerbTaggedNoun(ctx, i)) return CUE_FRAMES.get(t.lemma) ?? CUE_FRAMES.get(t.norm.slice(0, -1));
  if (t.pos !== "VERB") return undefined;
  return CUE_FRAMES.get(t.lemma);
}

/**
 * "the paper claims the ...", "the campaign argues that": a third-person verb tagged as a plural noun.
 * Taken as a verb when a subject noun stands before it and a clause or object follows.
 */
function isVerbTaggedNoun(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  if (!t.norm.endsWith("s") || !prev || !next) return false;
  const subjectBefore = prev.pos === "PROPN" || prev.pos === "NOUN" || (prev.pos === "PRON" && (prev.norm === "he" || prev.norm === "she" || prev.norm === "it"));
  const clauseAfter = next.norm === "that" || next.pos === "DET" || next.pos === "PROPN" || (next.pos === "PRON" && !POSSESSIVES.has(next.norm)) || next.norm === ":" || next.norm === ",";
  return subjectBefore && clauseAfter && !POSSESSIVES.has((ctx.tokens[i - 2] as Token | undefined)?.norm ?? "");
}

const LABEL_WORDS = new Set(["q", "a"]);

/**
 * "Lind: The plan is not final", "MOE: We never said that ...": a line that opens with a short
 * name and a colon gives that name's words (headlines, transcripts, interviews).
 */
function isSpeakerLabelColon(ctx: AttributionContext, i: number): boolean {
  const s = ctx.sentences[ctx.sentenceOf[i] as number];
  if (!s || i - s.tokenStart > 6 || i - s.tokenStart < 1 || i + 1 >= s.tokenEnd) return false;
  const lineStart = s.start === 0 || ctx.text[s.start - 1] === "\n";
  if (!lineStart) return false;
  for (let k = s.tokenStart; k < i; k++) {
    const t = ctx.tokens[k] as Token;
    const nameLike = t.pos === "PROPN" || t.pos === "NOUN" || /^[A-Z]/.test(t.text) || t.norm === "'s" || t.norm === "-";
    if (!nameLike || ctx.quoteOf[k] !== -1 || ctx.timeToken[k]) return false;
  }
  const label = ctx.tokens[s.tokenStart] as Token;
  return i - s.tokenStart > 1 || label.pos === "PROPN" || LABEL_WORDS.has(label.norm) || label.text === label.text.toUpperCase();
}

/** "is confident that", "were sharply critical of": a form of "be", adverbs, an attitude adjective. */
function attitudeCue(ctx: AttributionContext, i: number): Cue | null {
  const t = ctx.tokens[i] as Token;
  if (t.pos !== "ADJ" || !ATTITUDE_ADJECTIVES.has(t.norm)) return null;
  let j = i - 1;
  while (j >= 0 && (ctx.tokens[j] as Token).pos === "ADV" && ctx.quoteOf[j] === -1) j--;
  const be = ctx.tokens[j];
  if (!be || be.pos !== "AUX" || !BE_FORMS.has(be.norm) || ctx.quoteOf[j] !== -1) return null;
  const next = ctx.tokens[i + 1];
  const last = next && ADJECTIVE_PARTICLES.has(next.norm) && ctx.quoteOf[i + 1] === -1 ? i + 1 : i;
  if (!next || (last === i && next.norm !== "that" && next.norm !== "to" && next.pos !== "PRON" && next.pos !== "PROPN" && next.pos !== "DET")) return null;
  return { first: verbGroupStart(ctx, j), last, head: i, frame: "belief", kind: "verb" };
}

/** "his criticism of", "the mayor's full embrace of", "her claim that": a possessive, modifiers, an attribution noun. */
function nominalCue(ctx: AttributionContext, i: number): Cue | null {
  const t = ctx.tokens[i] as Token;
  if (t.pos !== "NOUN" || !ATTRIBUTION_NOUNS.has(t.norm)) return null;
  const next = ctx.tokens[i + 1];
  if (!next || ctx.quoteOf[i + 1] !== -1 || !NOMINAL_LINKS.has(next.norm)) return null;
  let j = i - 1;
  while (j >= 0 && (ctx.tokens[j] as Token).pos === "ADJ") j--;
  const owner = ctx.tokens[j];
  if (!owner || ctx.quoteOf[j] !== -1) return null;
  const possessive = (owner.pos === "PRON" && POSSESSIVES.has(owner.norm)) || owner.norm === "'s" || owner.norm === "'";
  if (!possessive) return null;
  const last = next.norm === "that" ? i : i + 1;
  return { first: j + 1, last, head: i, frame: "object", kind: "nominal" };
}

const NOMINAL_LINKS = new Set(["of", "for", "that", "to", "on", "about", "against"]);
const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my", "your"]);

const NAMING_VERBS = new Set(["name", "call", "dub", "label", "title", "know", "nickname", "entitle"]);

/** "an official named Ole Berg", "a group called Action": a participle naming, not reporting. */
function isNamingParticiple(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  const prev = ctx.tokens[i - 1];
  return NAMING_VERBS.has(t.lemma) && t.norm.endsWith("ed") && prev !== undefined && prev.pos === "NOUN";
}

/** "declined to say": the governing verb is the cue, not the infinitive. */
function isInfinitive(ctx: AttributionContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return prev !== undefined && prev.norm === "to" && prev.pos === "PART";
}

/**
 * A passive participle: "was asked", "is expected", or one opening its clause ("Asked about ...,",
 * "when asked whether"). Its grammatical subject is not the speaker.
 */
function isPassive(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  if (!(t.norm.endsWith("ed") || t.norm === "told" || t.norm === "said" || t.norm === "thought")) return false;
  let j = i - 1;
  while (j >= 0 && (ctx.tokens[j] as Token).pos === "ADV") j--;
  const aux = ctx.tokens[j];
  if (aux && aux.pos === "AUX" && BE_FORMS.has(aux.norm)) {
    // "he's said that" is "has said"; "it's expected to" is a passive.
    if (aux.norm !== "'s") return true;
    const after = ctx.tokens[i + 1]?.norm;
    return after === "to" || after === "by";
  }
  if (!aux || aux.norm === "when" || aux.norm === "if" || aux.norm === "once") return t.lemma === "ask";
  const s = ctx.sentences[ctx.sentenceOf[i] as number];
  return t.lemma === "ask" && s !== undefined && (j < s.tokenStart || isQuoteMarkAt(ctx, j));
}

/** PolNeAR cues span the whole verb group: auxiliaries, negation and adverbs before the verb ("has also said"). */
function verbGroupStart(ctx: AttributionContext, head: number): number {
  let first = head;
  while (first > 0) {
    const t = ctx.tokens[first - 1] as Token;
    if (ctx.quoteOf[first - 1] !== -1) break;
    const auxiliary = t.pos === "AUX" || (t.pos === "PART" && (t.norm === "not" || t.norm === "n't"));
    // "then" orders events; PolNeAR leaves it out of the cue.
    const adverb = t.pos === "ADV" && (ADVERBS_BEFORE_CUE.has(t.norm) || t.norm.endsWith("ly")) && !SEQUENCE_ADVERBS.has(t.norm);
    if (!auxiliary && !adverb) break;
    first--;
  }
  return first;
}

/** ...and the particle or preposition that completes it ("called for", "pointed out", "said:"). */
function particleEnd(ctx: AttributionContext, head: number): number {
  const verb = ctx.tokens[head] as Token;
  const next = ctx.tokens[head + 1];
  if (!next || ctx.quoteOf[head + 1] !== -1) return head;
  if (next.norm === ":") return head + 1;
  if (next.pos !== "ADP" && next.pos !== "PART" && next.pos !== "ADV") return head;
  if (ADJUNCT_TAKING_SPEECH.has(verb.lemma) && next.norm !== "about") return head;
  if (CUE_PARTICLES.has(next.norm) || CUE_PARTICLES_BY_VERB.get(verb.lemma)?.has(next.norm)) {
    return ctx.tokens[head + 2]?.norm === ":" ? head + 2 : head + 1;
  }
  return head;
}
