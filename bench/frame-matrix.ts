// Which listed cue verbs fire in one reporting construction and not in another: every lemma of CUE_FRAMES and
// PHRASAL_CUES, inflected, in invented template sentences, checked for a statement with that cue, the speaker and
// the content. Prints failures per construction (and with --list, per lemma).
//   node --import tsx bench/frame-matrix.ts [--list CONSTRUCTION] [--only LEMMA] [--json FILE]
import { writeFileSync } from "node:fs";
import { emptyDoc } from "../src/annotate/doc.js";
import { defaultStages } from "../src/annotate/pipeline.js";
import { tokenStage } from "../src/annotate/tokens.js";
import { CUE_FRAMES, type CueFrame, CUES_ONLY_BEFORE_AS, CUES_ONLY_BEFORE_THAT, PHRASAL_CUES } from "../src/annotate/statements/lexicon.js";
import type { AnnotatedDoc } from "../src/model/types.js";

const IRREGULAR: Record<string, [string, string]> = {
  say: ["said", "said"], write: ["wrote", "written"], tell: ["told", "told"], think: ["thought", "thought"],
  know: ["knew", "known"], see: ["saw", "seen"], find: ["found", "found"], swear: ["swore", "sworn"],
  show: ["showed", "shown"], forget: ["forgot", "forgotten"], understand: ["understood", "understood"],
  feel: ["felt", "felt"], foresee: ["foresaw", "foreseen"], foretell: ["foretold", "foretold"], seek: ["sought", "sought"],
  read: ["read", "read"], lay: ["laid", "laid"], speak: ["spoke", "spoken"], stand: ["stood", "stood"], go: ["went", "gone"],
  hit: ["hit", "hit"], shoot: ["shot", "shot"], strike: ["struck", "struck"], hold: ["held", "held"], split: ["split", "split"],
  cast: ["cast", "cast"], broadcast: ["broadcast", "broadcast"], forecast: ["forecast", "forecast"],
  retweeted: ["retweeted", "retweeted"], quip: ["quipped", "quipped"], snap: ["snapped", "snapped"],
  refer: ["referred", "referred"], concur: ["concurred", "concurred"], prefer: ["preferred", "preferred"], rebut: ["rebutted", "rebutted"],
  admit: ["admitted", "admitted"], regret: ["regretted", "regretted"], spar: ["sparred", "sparred"], pan: ["panned", "panned"],
  plan: ["planned", "planned"], dub: ["dubbed", "dubbed"], peg: ["pegged", "pegged"], rip: ["ripped", "ripped"],
  sum: ["summed", "summed"], step: ["stepped", "stepped"], beg: ["begged", "begged"],
};

function past(lemma: string): [string, string] {
  const irr = IRREGULAR[lemma];
  if (irr) return irr;
  let p: string;
  if (lemma.endsWith("e")) p = lemma + "d";
  else if (/[^aeiou]y$/.test(lemma)) p = lemma.slice(0, -1) + "ied";
  else p = lemma + "ed";
  return [p, p];
}

const NAMING = new Set(["call", "dub", "label", "brand", "name", "nickname", "deem", "title"]);

function ing(lemma: string): string {
  const [p] = past(lemma);
  if (p.endsWith(lemma.slice(-1) + lemma.slice(-1) + "ed") && !lemma.endsWith(lemma.slice(-1) + lemma.slice(-1))) return p.slice(0, -2) + "ing";
  if (lemma.endsWith("ie")) return lemma.slice(0, -2) + "ying";
  if (lemma.endsWith("e") && !lemma.endsWith("ee")) return lemma.slice(0, -1) + "ing";
  return lemma + "ing";
}

type Probe = { construction: string; text: string; cue: string };

const C = "the ferry would stop running";
const CC = "The ferry would stop running";
const O = "the ferry plan";

function probes(lemma: string, frame: CueFrame, particle?: string): Probe[] {
  const [v, pp] = past(lemma);
  const cue = particle ? `${v} ${particle}` : v;
  const cuePP = particle ? `${pp} ${particle}` : pp;
  const out: Probe[] = [];
  const add = (construction: string, text: string, c = cue) => out.push({ construction, text, cue: c });
  if (frame === "object") {
    const obj = CUES_ONLY_BEFORE_AS.has(lemma) ? `${O} as a waste` : O;
    add("S V O", `Marta Lindqvist ${cue} ${obj}.`);
    add("S, appos, V O", `Marta Lindqvist, a harbor pilot, ${cue} ${obj}.`);
    add("S on Tuesday V O", `Lindqvist on Tuesday ${cue} ${obj}.`);
    add("S in a speech V O", `Lindqvist in a speech ${cue} ${obj}.`);
    add("S also V O", `Lindqvist also ${cue} ${obj}.`);
    add("S, who ..., V O", `Lindqvist, who runs the harbor office, ${cue} ${obj}.`);
    add("S had V O", `Lindqvist had ${cuePP} ${obj}.`, cuePP);
    add("S would later V O", `Lindqvist would later ${particle ? `${lemma} ${particle}` : lemma} ${obj}.`, particle ? `${lemma} ${particle}` : lemma);
    add("In her speech, S V O", `In her speech, Lindqvist ${cue} ${obj}.`);
    if (!particle && !CUES_ONLY_BEFORE_AS.has(lemma)) add("S V O as X", `Lindqvist ${cue} ${O} as a waste of money.`);
    if (NAMING.has(lemma)) {
      add("S V O X", `Lindqvist ${cue} ${O} a waste of money.`);
      add("S in a speech V O X", `Lindqvist in a speech ${cue} ${O} a waste of money.`);
      add("S, appos, V O X", `Marta Lindqvist, a harbor pilot, ${cue} ${O} a waste of money.`);
    }
    add("He V O", `He ${cue} ${obj}.`);
    if (particle) add("As S has V PART, C", `As Lindqvist has ${cuePP}, the ferry is a lifeline.`, cuePP);
    add("S, however, V O", `Lindqvist, however, ${cue} ${obj}.`);
    add("S and Berg V O", `Lindqvist and Berg ${cue} ${obj}.`);
    add("S, 54, V O", `Marta Lindqvist, 54, ${cue} ${obj}.`);
    add("S V O Tuesday", `Lindqvist ${cue} ${obj} on Tuesday.`);
    add("S left and V O", `Lindqvist left the harbor and ${cue} ${obj}.`);
    add("S left, V-ing O", `Lindqvist left the harbor, ${particle ? `${ing(lemma)} ${particle}` : ing(lemma)} ${obj}.`, particle ? `${ing(lemma)} ${particle}` : ing(lemma));
    add("S is V-ing O", `Lindqvist is ${particle ? `${ing(lemma)} ${particle}` : ing(lemma)} ${obj}.`, particle ? `${ing(lemma)} ${particle}` : ing(lemma));
    return out;
  }
  const that = CUES_ONLY_BEFORE_THAT.has(lemma) || frame === "addressed" ? "that " : "";
  const obj = frame === "addressed" ? " the reporters" : "";
  add("S V that C", `Marta Lindqvist ${cue}${obj} that ${C}.`);
  if (!that) add("S V C", `Marta Lindqvist ${cue}${obj} ${C}.`);
  if (frame !== "addressed") {
    add("C, S V", `${CC}, Lindqvist ${cue}.`);
    add("C, V S", `${CC}, ${cue} Lindqvist.`);
    add("As S V, C", `As Lindqvist ${cue}, the ferry is a lifeline.`);
    add("As S has V, C", `As Lindqvist has ${cuePP}, the ferry is a lifeline.`, cuePP);
    add("C, as S V", `The ferry is a lifeline, as Lindqvist ${cue}.`);
    add("S V to O that C", `Lindqvist ${cue} to reporters that ${C}.`);
  }
  add("S, appos, V C", `Marta Lindqvist, a harbor pilot, ${cue}${obj} ${that}${C}.`);
  add("S on Tuesday V C", `Lindqvist on Tuesday ${cue}${obj} ${that}${C}.`);
  add("S in a speech V C", `Lindqvist in a speech ${cue}${obj} ${that}${C}.`);
  add("S at a briefing V C", `Lindqvist at a briefing ${cue}${obj} ${that}${C}.`);
  add("S also V C", `Lindqvist also ${cue}${obj} ${that}${C}.`);
  add("S, who ..., V C", `Lindqvist, who runs the harbor office, ${cue}${obj} ${that}${C}.`);
  add("S had V C", `Lindqvist had ${cuePP}${obj} ${that}${C}.`, cuePP);
  add("S would later V C", `Lindqvist would later ${lemma}${obj} ${that}${C}.`, lemma);
  add("In her speech, S V C", `In her speech, Lindqvist ${cue}${obj} ${that}${C}.`);
  add("He V that C", `He ${cue}${obj} that ${C}.`);
  add("S, however, V C", `Lindqvist, however, ${cue}${obj} ${that}${C}.`);
  add("S and Berg V C", `Lindqvist and Berg ${cue}${obj} ${that}${C}.`);
  add("S did not V C", `Lindqvist did not ${lemma}${obj} ${that}${C}.`, `did not ${lemma}`);
  add("S, 54, V C", `Marta Lindqvist, 54, ${cue}${obj} ${that}${C}.`);
  add("S (D-Maine) V C", `Sen. Marta Lindqvist (D-Maine) ${cue}${obj} ${that}${C}.`);
  add("S V Tuesday that C", `Lindqvist ${cue}${obj} Tuesday that ${C}.`);
  add("S's aide V C", `Lindqvist's aide ${cue}${obj} ${that}${C}.`);
  add("S left and V C", `Lindqvist left the harbor and ${cue}${obj} ${that}${C}.`);
  add("S V in a statement that C", `Lindqvist ${cue}${obj} in a statement that ${C}.`);
  add("S V on Tuesday that C", `Lindqvist ${cue}${obj} on Tuesday that ${C}.`);
  add("S is V-ing that C", `Lindqvist is ${ing(lemma)}${obj} that ${C}.`, `is ${ing(lemma)}`);
  add("S, V-ing that C", `Lindqvist left the harbor, ${ing(lemma)}${obj} that ${C}.`, ing(lemma));
  if (frame !== "addressed") {
    add("\u201cQ,\u201d S V.", `\u201cThe ferry will stop running,\u201d Lindqvist ${cue}.`);
    add("\u201cQ,\u201d V S.", `\u201cThe ferry will stop running,\u201d ${cue} Lindqvist.`);
    add("S V: \u201cQ.\u201d", `Lindqvist ${cue}: \u201cThe ferry will stop running.\u201d`);
  }
  return out;
}

function annotate(text: string): AnnotatedDoc {
  const doc = emptyDoc({ id: "p", text });
  tokenStage.run(doc);
  for (const s of defaultStages) s.run(doc);
  return doc;
}

const HELPERS = new Set(["is", "has", "had", "would", "later", "did", "not"]);

type Verdict = "ok" | "none" | "speaker" | "content";

function judge(p: Probe): { verdict: Verdict; got: string } {
  const doc = annotate(p.text);
  // The verb itself, past the auxiliaries and adverbs the template puts before it.
  const head = p.cue.split(" ").find((w) => !HELPERS.has(w)) ?? p.cue;
  const hits = doc.statements.filter((s) => s.cue.text.split(/[\s:,]+/).includes(head));
  const show = doc.statements.map((s) => `[${s.speaker?.mention?.text ?? "-"}|${s.cue.text}|${s.content.text}]`).join(" ");
  const s = hits[0];
  if (!s) return { verdict: "none", got: show };
  const speaker = s.speaker?.mention?.text ?? "";
  // The speaker is the name, with its description, never the time or occasion of the words.
  if (!speaker.includes(p.text.startsWith("He ") ? "He" : "Lindqvist") || /speech|briefing|Tuesday|statement/.test(speaker)) return { verdict: "speaker", got: show };
  if (!/ferry/.test(s.content.text) || s.content.text.includes("Lindqvist")) return { verdict: "content", got: show };
  return { verdict: "ok", got: show };
}

const args = process.argv.slice(2);
const listOf = args.includes("--list") ? args[args.indexOf("--list") + 1] : undefined;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const jsonFile = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined;

const entries: [string, CueFrame, string | undefined][] = [];
for (const [lemma, frame] of CUE_FRAMES) entries.push([lemma, frame, undefined]);
for (const [lemma, parts] of PHRASAL_CUES) for (const p of parts) entries.push([lemma, "object", p]);
// Cue verbs whose particle comes from CUE_PARTICLES ("pointed out", "summed up" is phrasal already).
entries.push(["point", "object", "out"]);

const table = new Map<string, Record<Verdict, number>>();
const rows: object[] = [];
for (const [lemma, frame, particle] of entries) {
  if (only && lemma !== only) continue;
  for (const p of probes(lemma, frame, particle)) {
    const { verdict, got } = judge(p);
    const r = table.get(p.construction) ?? { ok: 0, none: 0, speaker: 0, content: 0 };
    r[verdict]++;
    table.set(p.construction, r);
    rows.push({ lemma, frame, particle, ...p, verdict, got });
    if ((listOf === p.construction || only) && verdict !== "ok") console.log(`${verdict.padEnd(8)} ${lemma}${particle ? " " + particle : ""} (${frame}): ${p.text}  => ${got}`);
  }
}
console.log("construction".padEnd(24), "ok", "none", "speaker", "content");
for (const [c, r] of table) console.log(c.padEnd(24), String(r.ok).padStart(4), String(r.none).padStart(4), String(r.speaker).padStart(4), String(r.content).padStart(4));
if (jsonFile) writeFileSync(jsonFile, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
