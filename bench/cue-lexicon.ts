// Which words head PolNeAR cues, how often they do so where they occur, and how many of those
// attributions the statement stage misses. Train split only: the lists in lexicon.ts are tuned on it.
//
//   node --import tsx bench/cue-lexicon.ts                     # lemmas by missed gold cues
//   node --import tsx bench/cue-lexicon.ts --pos NOUN --min 8  # one part of speech, at least 8 gold cues
//   node --import tsx bench/cue-lexicon.ts --lemma vote --show 10   # one lemma: by what follows it, with examples
//
// Columns: occ = occurrences outside quotations; gold = gold cues it heads; missed = of those, gold
// attributions no system statement overlaps; sys = system cues it heads; rate = the share of its
// occurrences outside quotations that head a gold cue (an upper bound on what a rule taking every such
// occurrence would reach).

import { writeFileSync } from "node:fs";
import { defaultStages } from "../src/annotate/pipeline.js";
import { type AttributionContext, buildContext } from "../src/annotate/statements/context.js";
import { findCues } from "../src/annotate/statements/cues.js";
import { type Draft, frameFor } from "../src/annotate/statements/frames.js";
import type { Token } from "../src/model/types.js";
import { readFlags } from "./lib/args.js";
import { loadPolnear, match, type Offsets, tokenisedPolnearDoc } from "./lib/attribution.js";
import { fixed, printTable } from "./lib/table.js";

type Tally = { occ: number; gold: number; goldOutside: number; missed: number; sys: number; noCue: number; noFrame: number; dropped: number };
type Example = { missed: string | null; text: string };

const HEAD_ORDER = ["VERB", "NOUN", "ADJ"];

/** The token that heads a cue span: its last verb, else its last noun, else its last adjective, else its first token. */
function headOf(ctx: AttributionContext, span: Offsets): number | null {
  const inside: number[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.end > span.start && t.start < span.end) inside.push(i);
  }
  for (const pos of HEAD_ORDER) {
    const found = inside.filter((i) => (ctx.tokens[i] as Token).pos === pos && (ctx.tokens[i] as Token).lemma !== "be");
    if (found.length) return found[found.length - 1] as number;
  }
  return inside[0] ?? null;
}

/**
 * Why the stage missed a gold cue headed at token h: no cue of ours holds h ("noCue"), a cue holds it but
 * no construction framed it ("noFrame"), or a draft was made and later dropped as nested or duplicate,
 * or kept with a content elsewhere ("dropped").
 */
function whyMissed(ctx: AttributionContext, statementCueStarts: ReadonlySet<number>): (h: number) => "noCue" | "noFrame" | "dropped" {
  const cues = findCues(ctx);
  const framed = new Set<number>();
  let previous: Draft | undefined;
  for (const cue of cues) {
    const d = frameFor(ctx, cue, previous);
    if (!d) continue;
    previous = d;
    for (let i = cue.first; i <= cue.last; i++) framed.add(i);
  }
  const held = new Set(cues.flatMap((c) => Array.from({ length: c.last - c.first + 1 }, (_, k) => c.first + k)));
  void statementCueStarts;
  return (h) => (!held.has(h) ? "noCue" : !framed.has(h) ? "noFrame" : "dropped");
}

const key = (t: Token): string => `${t.lemma}/${t.pos}`;

/** What follows a word, in classes that tell a reporting frame from others. */
function following(ctx: AttributionContext, i: number): string {
  let k = i + 1;
  while (ctx.tokens[k]?.pos === "ADV" || ctx.tokens[k]?.pos === "PART" && ctx.tokens[k]?.norm !== "to") k++;
  const t = ctx.tokens[k];
  if (!t) return "END";
  if (ctx.quoteOf[k] !== -1) return "QUOTE";
  if (["that", "to", "for", "against", "on", "of", "about", "in", "with", "as", "by", "whether", "if"].includes(t.norm)) return t.norm;
  if (["what", "how", "why", "who", "when", "where"].includes(t.norm)) return "WH";
  if (t.pos === "PUNCT") return t.norm === "," ? "," : "PUNCT";
  return t.pos;
}

function tally(map: Map<string, Tally>, k: string): Tally {
  let t = map.get(k);
  if (!t) map.set(k, (t = { occ: 0, gold: 0, goldOutside: 0, missed: 0, sys: 0, noCue: 0, noFrame: 0, dropped: 0 }));
  return t;
}

function main(): void {
  const flags = readFlags();
  const onlyPos = flags.get("pos");
  const onlyLemma = flags.get("lemma");
  const min = flags.number("min", 5);
  const top = flags.number("top", 80);
  const show = flags.number("show", 0);
  const { records } = loadPolnear("train");
  const byLemma = new Map<string, Tally>();
  const byFollowing = new Map<string, Tally>();
  // Occurrences no system cue holds, by lemma and what follows: the room a new rule would have.
  const uncovered = new Map<string, Tally>();
  const examples = new Map<string, Example[]>();
  // --why noCue|noFrame|dropped: every missed gold cue with that reason, for reading.
  const reason = flags.get("why");
  const byReason: string[] = [];
  // --uncovered-tsv FILE: one line per uncovered verb, noun or adjective (lemma, pos, norm, next, previous, gold, sentence).
  const uncoveredFile = flags.get("uncovered-tsv");
  const uncoveredOut: string[] | null = uncoveredFile ? [] : null;
  for (const r of records) {
    const doc = tokenisedPolnearDoc(r);
    for (const stage of defaultStages) stage.run(doc);
    const ctx = buildContext(doc);
    const following_ = (i: number) => following(ctx, i);
    const inSystemCue = new Set<number>();
    for (const s of doc.statements) ctx.tokens.forEach((t, i) => {
      if (t.start >= s.cue.start && t.end <= s.cue.end) inSystemCue.add(i);
    });
    const goldHeads = new Set(r.attributions.map((g) => (g.cue ? headOf(ctx, g.cue) : null)));
    ctx.tokens.forEach((t, i) => {
      if (ctx.quoteOf[i] !== -1) return;
      if (!inSystemCue.has(i) && (t.pos === "VERB" || t.pos === "NOUN" || t.pos === "ADJ")) {
        const u = tally(uncovered, `${key(t)} ${following_(i)}`);
        u.occ++;
        if (goldHeads.has(i)) u.gold++;
        const prev = ctx.tokens[i - 1];
        const s = ctx.sentences[ctx.sentenceOf[i] as number];
        if (uncoveredOut) uncoveredOut.push([t.lemma, t.pos, t.norm, following_(i), prev ? `${prev.pos}:${prev.norm}` : "-", goldHeads.has(i) ? 1 : 0, s ? r.text.slice(s.start, s.end).replace(/\s+/g, " ").slice(0, 250) : ""].join("\t"));
      }
      tally(byLemma, key(t)).occ++;
      if (onlyLemma === t.lemma) tally(byFollowing, `${t.pos} ${following_(i)}`).occ++;
    });
    for (const s of doc.statements) {
      const h = headOf(ctx, s.cue);
      if (h !== null) tally(byLemma, key(ctx.tokens[h] as Token)).sys++;
    }
    const why = whyMissed(ctx, new Set(doc.statements.map((s) => s.cue.start)));
    const matchedGold = new Set(match(doc.statements, r.attributions).map(([, j]) => j));
    r.attributions.forEach((g, j) => {
      if (!g.cue) return;
      const h = headOf(ctx, g.cue);
      if (h === null) return;
      const t = ctx.tokens[h] as Token;
      const missed = !matchedGold.has(j);
      const row = tally(byLemma, key(t));
      row.gold++;
      if (ctx.quoteOf[h] === -1) row.goldOutside++;
      if (missed) {
        row.missed++;
        row[why(h)]++;
        const s = ctx.sentences[ctx.sentenceOf[h] as number];
        if (reason === why(h) && s) byReason.push(`${key(t)}\t[${g.source?.text ?? "-"}] <${g.cue.text}> ${r.text.slice(s.start, s.end).replace(/\s+/g, " ")}`);
      }
      if (onlyLemma === t.lemma && ctx.quoteOf[h] === -1) {
        const f = tally(byFollowing, `${t.pos} ${following_(h)}`);
        f.gold++;
        f.goldOutside++;
        if (missed) f.missed++;
        const s = ctx.sentences[ctx.sentenceOf[h] as number];
        const list = examples.get(f === undefined ? "" : `${t.pos} ${following_(h)}`) ?? [];
        if (s) list.push({ missed: missed ? why(h) : null, text: `[${g.source?.text ?? "-"}] <${g.cue.text}> ${r.text.slice(s.start, s.end).replace(/\s+/g, " ")}` });
        examples.set(`${t.pos} ${following_(h)}`, list);
      }
    });
  }
  const rows = (map: Map<string, Tally>, filter: (k: string, t: Tally) => boolean) =>
    [...map]
      .filter(([k, t]) => filter(k, t))
      .sort((a, b) => b[1].missed - a[1].missed || b[1].gold - a[1].gold)
      .slice(0, top)
      .map(([k, t]) => [k, t.occ, t.gold, t.missed, t.noCue, t.noFrame, t.dropped, t.sys, fixed(t.occ ? t.goldOutside / t.occ : 0)]);
  const header = ["lemma/pos", "occ", "gold", "missed", "nocue", "noframe", "dropped", "sys", "rate"];
  if (onlyLemma) {
    printTable(["pos next", ...header.slice(1)], rows(byFollowing, () => true));
    for (const [k, list] of examples) {
      console.log(`\n${k}`);
      for (const e of list.slice(0, show)) console.log(`  ${e.missed ?? "hit"} ${e.text.slice(0, 260)}`);
    }
    return;
  }
  if (uncoveredFile && uncoveredOut) writeFileSync(uncoveredFile, uncoveredOut.join("\n") + "\n");
  if (reason) {
    for (const line of byReason) console.log(line.slice(0, 300));
    return;
  }
  if (flags.has("uncovered")) {
    const list = [...uncovered].filter(([, t]) => t.gold >= min && t.gold / t.occ >= flags.number("rate", 0.4)).sort((a, b) => b[1].gold - a[1].gold);
    printTable(["lemma/pos next", "occ", "gold", "rate"], list.slice(0, top).map(([k, t]) => [k, t.occ, t.gold, fixed(t.gold / t.occ)]));
    return;
  }
  printTable(header, rows(byLemma, (k, t) => t.gold >= min && (!onlyPos || k.endsWith("/" + onlyPos))));
}

main();
