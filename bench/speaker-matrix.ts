// Which speaker noun-phrase shapes the subject and inverted-speaker searches cut or miss: invented speaker phrases
// of many shapes in a few reporting constructions, checked for a statement whose speaker span is the phrase.
// Prints failures per shape x construction (with --list, the failing sentences and what was found).
//   node --import tsx bench/speaker-matrix.ts [--list]
import { emptyDoc } from "../src/annotate/doc.js";
import { defaultStages } from "../src/annotate/pipeline.js";
import { tokenStage } from "../src/annotate/tokens.js";

const SHAPES: [string, string[]][] = [
  ["title+name", ["Gov. Ann Berg", "Sen. Ann Berg (D-Vt.)", "former Prime Minister Ann Berg", "Harbor Master Ole Lund", "Dr. Ole Lund",
    "Ferry Guild spokeswoman Ann Berg", "Sen. Ann Berg of Vermont", "Ann Berg Jr.", "A. J. Berg", "Ann B. Berg", "the Ferry Guild's Ann Berg"]],
  ["name+age", ["Ann Berg, 49,", "Ole Lund, 71, a retired pilot,", "the 49-year-old pilot", "Berg, 49, and Lund, 50,"]],
  ["name+appositive", ["Ann Berg, a pilot,", "Ann Berg, the head of the Ferry Guild,", "Ole Lund, a spokesman for the port,", "Ann Berg, the guild's president,", "Ann Berg of Oslo", "a spokeswoman for the Ferry Guild", "a senior port official",
    "Ann Berg, of Oslo,", "Rep. Ann Berg, R-Vt.,", "Ann Berg, the guild's president and a former pilot,", "the pilot, Ann Berg,",
    "Ann Berg — a pilot —", "Ann Berg (a pilot)",
    "Ann Berg, Lund's deputy,", "Ann Berg, another pilot,", "Ann Berg, his deputy,"]],
  ["possessive", ["the union's leader", "Berg's lawyer", "Jonas' aide", "the port's chief engineer", "Berg's office", "President Berg's spokesman", "Berg's own lawyer"]],
  ["organisation", ["the Bureau of Harbour Safety", "Fjord Ferries Inc.", "the U.N. agency", "the harbor board", "the White House", "U.S. officials", "the Oslo Harbor Authority", "the guild's board"]],
  ["quantified", ["most voters", "two in three pilots", "some 40 percent of crews", "half of those polled", "many skippers", "one pilot", "each of the pilots", "none of the crews", "a majority of voters", "more than half of skippers", "3 in 10 voters", "nearly two-thirds of sailors", "several of his aides"]],
  ["coordination", ["Berg and Lund", "both Berg and her aide", "Berg, Lund and Moe", "the pilots and their unions", "Berg or Lund"]],
  ["post-modifier", ["officials in Oslo", "a pilot with 20 years' experience", "a source close to the talks", "people familiar with the plan", "an official who asked not to be named", "officials at the port", "a pilot from Oslo", "analysts at the bank", "critics of the plan"]],
  ["pronoun/demonstr.", ["she", "they", "this official", "those pilots", "he", "Berg herself", "the pilots themselves"]],
  ["all-caps", ["NATO", "the AFL-CIO", "OPEC officials", "the FBI", "CNN", "an EU diplomat"]],
  ["hyphen/accent", ["Ann-Marie Østby", "Jean-Luc O'Neill", "Rosa de la Cruz", "Zoë Brønd", "Mary-Kate Van der Berg", "José Núñez", "Ann McBride", "Ann D'Souza"]],
  ["common-word name", ["Will Park", "Hope Fields", "Grant Case", "Rose Mark", "May Long", "Bill Young", "Sue Price", "Mark Said", "Frank Hope", "Will Berg", "Faith Little"]],
];

const C = "the ferry would stop running";
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
// The phrase without the comma that closes an appositive, where other punctuation follows it.
const bare = (s: string) => s.replace(/,$/, "");
const isPron = (s: string) => /^(she|they|he|it|we)$/i.test(s);
const objPron: Record<string, string> = { she: "her", they: "them", he: "him" };

type Construction = { name: string; make: (s: string) => string; cue: string; expect?: (s: string) => string[] };
const CONSTRUCTIONS: Construction[] = [
  { name: "S said C.", make: (s) => `${cap(s)} said ${C}.`, cue: "said" },
  { name: "C, S said.", make: (s) => `${cap(C)}, ${s} said.`, cue: "said" },
  { name: "C, said S.", make: (s) => `${cap(C)}, said ${bare(s)}.`, cue: "said" },
  { name: "“Q,” S said.", make: (s) => `“The ferry will stop running,” ${s} said.`, cue: "said" },
  { name: "According to S, C.", make: (s) => `According to ${objPron[s] ?? bare(s)}, ${C}.`, cue: "According to", expect: (s) => [objPron[s] ?? s] },
  { name: "S, who V O, said C", make: (s) => `${cap(s)}, who worked at the harbor office, said ${C}.`, cue: "said",
    expect: (s) => [cap(s), `${cap(s)}, who worked at the harbor office`] },
  { name: "C, S told reporters.", make: (s) => `${cap(C)}, ${s} told reporters.`, cue: "told" },
  { name: "“Q,” said S, adding", make: (s) => `“The ferry will stop,” said ${bare(s)}, adding that the port would close.`, cue: "said" },
  { name: "In a statement, S said C", make: (s) => `In a statement, ${s} said ${C}.`, cue: "said" },
  { name: "S had said C", make: (s) => `${cap(s)} had said ${C}.`, cue: "said" },
  { name: "Asked, S said C", make: (s) => `Asked about the port, ${s} said ${C}.`, cue: "said" },
  { name: "S, however, said C", make: (s) => `${cap(s)}, however, said ${C}.`, cue: "said" },
  { name: "S said Tuesday that C", make: (s) => `${cap(s)} said Tuesday that ${C}.`, cue: "said" },
  { name: "But S said C", make: (s) => `But ${s} said ${C}.`, cue: "said" },
  { name: "“Q,” S said. “Q2.”", make: (s) => `“The ferry will stop,” ${s} said. “The port will close.”`, cue: "said" },
  { name: "C, S wrote on Twitter.", make: (s) => `${cap(C)}, ${s} wrote on Twitter.`, cue: "wrote" },
  { name: "S also told reporters C", make: (s) => `${cap(s)} also told reporters ${C}.`, cue: "told" },
];

function annotate(text: string) {
  const doc = emptyDoc({ id: "p", text });
  tokenStage.run(doc);
  for (const st of defaultStages) st.run(doc);
  return doc;
}

const trim = (s: string) => s.replace(/^[\s,]+|[\s,.]+$/g, "");
const list = process.argv.includes("--list");
const fails = new Map<string, number>();
const totals = new Map<string, number>();
let ok = 0, all = 0;
for (const [shape, phrases] of SHAPES) {
  for (const phrase of phrases) {
    for (const con of CONSTRUCTIONS) {
      if (isPron(phrase) && con.name === "S, who V O, said C") continue;
      const text = con.make(phrase);
      const doc = annotate(text);
      const wanted = (con.expect ? con.expect(phrase) : [text.startsWith(cap(phrase)) ? cap(phrase) : phrase]).map(trim);
      const st = doc.statements.find((s) => s.cue.text.toLowerCase().includes(con.cue.toLowerCase()));
      const got = st?.speaker?.mention?.text ?? (st ? "-" : "(no statement)");
      const good = st !== undefined && wanted.includes(trim(got)) && /ferry/.test(st.content.text);
      const key = `${shape}\t${con.name}`;
      totals.set(key, (totals.get(key) ?? 0) + 1);
      all++;
      if (good) { ok++; continue; }
      fails.set(key, (fails.get(key) ?? 0) + 1);
      if (list) console.log(`${shape.padEnd(18)} ${con.name.padEnd(22)} ${text}  => [${got}|${st?.cue.text ?? ""}|${st?.content.text ?? ""}]`);
    }
  }
}
const cons = CONSTRUCTIONS.map((c) => c.name);
console.log("\nfailures".padEnd(19), cons.map((c) => c.slice(0, 12).padStart(13)).join(""));
for (const [shape] of SHAPES) console.log(shape.padEnd(18), cons.map((c) => { const k = `${shape}\t${c}`; return `${fails.get(k) ?? 0}/${totals.get(k) ?? 0}`.padStart(13); }).join(""));
console.log(`ok ${ok}/${all}`);
