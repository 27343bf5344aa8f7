// Edits that keep the meaning: the copy says the same things in other words, or says less.
// A contradiction reported for any of these is a false alarm.

import { CONTRACTIONS, NOT_NAME_WORDS, NUMBER_WORDS, NUMBER_WORD_VALUE } from "./lexicon.js";
import { editAt, isPlainCount, type Site } from "./sites.js";
import { apostropheOf, escapeRegex, matchCase, matches, sentences, type Range } from "./text.js";
import type { EditGenerator } from "./types.js";

// ---------------------------------------------------------------------------
// reporting verb: "said" -> "stated" / "told reporters"

const SAID_RE = /\bsaid\b/g;

function reportingVerbSites(text: string): Site[] {
  const sites: Site[] = [];
  for (const m of matches(SAID_RE, text)) {
    const start = m.index;
    const end = start + 4;
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 14);
    // passive "is said to be" and "the said" are not reports
    if (/\b(?:is|are|was|were|be|been|being|the)\s+$/i.test(before) || /^\s+to\b/.test(after)) continue;
    sites.push({ start, end, variant: "said -> stated", replacement: () => "stated" });
    // "told reporters" needs a subject just before and a clause after: "officials said the ..."
    if (/[A-Za-z]\s$/.test(before) && /^\s+(?:that\b|[a-z])/.test(after) && !/^\s+(?:in|on|at|by|of|for|with|from|about)\b/.test(after)) {
      sites.push({ start, end, variant: "said -> told reporters", replacement: () => "told reporters" });
    }
  }
  return sites;
}

// ---------------------------------------------------------------------------
// number written out: "3 people" <-> "three people"

const SMALL_DIGIT_RE = /(?<![\d.,$£€#/:A-Za-z-])([2-9]|10)(?![\d,.:/%-]?\d|[\d%])/g;
const SMALL_WORD_RE = new RegExp(`(?<![A-Za-z-])(${NUMBER_WORDS.slice(0, 9).join("|")})(?![A-Za-z-])`, "gi");

function numberWrittenSites(text: string): Site[] {
  const sites: Site[] = [];
  for (const m of matches(SMALL_DIGIT_RE, text)) {
    const start = m.index;
    const end = start + (m[1] as string).length;
    if (!isPlainCount(text, start, end)) continue;
    const word = NUMBER_WORDS[Number(m[1]) - 2] as string;
    const sentenceStart = start === 0 || /(?:^|[.!?\n]["”]?)\s*$/.test(text.slice(Math.max(0, start - 3), start));
    sites.push({ start, end, variant: "digits -> words", replacement: () => (sentenceStart ? matchCase("A", word) : word) });
  }
  for (const m of matches(SMALL_WORD_RE, text)) {
    const written = m[1] as string;
    const start = m.index;
    const end = start + written.length;
    if (!isPlainCount(text, start, end)) continue;
    sites.push({ start, end, variant: "words -> digits", replacement: () => String(NUMBER_WORD_VALUE.get(written.toLowerCase())) });
  }
  return sites;
}

// ---------------------------------------------------------------------------
// contraction: "did not" <-> "didn't"

function contractionSites(text: string): Site[] {
  const sites: Site[] = [];
  const apostrophe = apostropheOf(text);
  for (const [open, short] of CONTRACTIONS) {
    const openRe = new RegExp(`(?<![A-Za-z])${escapeRegex(open).replace(" ", "\\s+")}(?![A-Za-z])(?!\\s+(?:only|just)\\b)`, "gi");
    for (const m of matches(openRe, text)) {
      sites.push({ start: m.index, end: m.index + m[0].length, variant: "expand -> contract", replacement: () => matchCase(m[0], short.replace("'", apostrophe)) });
    }
    const shortRe = new RegExp(`(?<![A-Za-z])${escapeRegex(short).replace("'", "['’]")}(?![A-Za-z])`, "gi");
    for (const m of matches(shortRe, text)) {
      sites.push({ start: m.index, end: m.index + m[0].length, variant: "contract -> expand", replacement: () => matchCase(m[0], open) });
    }
  }
  return sites;
}

// ---------------------------------------------------------------------------
// dropped sentence: one sentence that nothing later leans on

const LEANS_ON_PREVIOUS = /^["“‘(]?\s*(?:He|She|It|They|This|That|These|Those|His|Her|Its|Their|Him|Them|But|And|However|Also|Still|Yet|So|Meanwhile|Then|There|Such|Both|Neither|Either|Instead|Later|Afterwards|Earlier|Thus|Therefore|Moreover|Furthermore|In addition|Besides|Otherwise|The two|The same|Another|Other|Others)\b/;
const CAPITALISED_WORD = /(?<![A-Za-z])[A-Z][a-z]{2,}(?![A-Za-z])/g;

function quotesBalanced(s: string): boolean {
  const straight = (s.match(/"/g) ?? []).length;
  const open = (s.match(/“/g) ?? []).length;
  const close = (s.match(/”/g) ?? []).length;
  return straight % 2 === 0 && open === close;
}

function droppedSentenceSites(text: string): Site[] {
  const all = sentences(text);
  const sites: Site[] = [];
  for (let i = 1; i < all.length; i++) {
    const s = all[i] as Range;
    const body = text.slice(s.start, s.end);
    if (body.length < 30 || body.length > 400 || !/[.!?]["”’)]?$/.test(body)) continue;
    const next = all[i + 1];
    if (next && LEANS_ON_PREVIOUS.test(text.slice(next.start, next.end))) continue;
    if (!quotesBalanced(body) || !quotesBalanced(text.slice(0, s.start))) continue;
    // a name first written here and used later would lose its introduction
    const earlier = text.slice(0, s.start);
    const later = text.slice(s.end);
    const introduces = matches(CAPITALISED_WORD, body).some((m) => !NOT_NAME_WORDS.has(m[0]) && !earlier.includes(m[0]) && later.includes(m[0]));
    if (introduces) continue;
    // take the sentence and the space after it (or before it, at the end of a line)
    const gapAfter = /^[ \t]+/.exec(text.slice(s.end))?.[0].length ?? 0;
    const gapBefore = gapAfter === 0 ? (/[ \t]+$/.exec(text.slice(0, s.start))?.[0].length ?? 0) : 0;
    const start = s.start - gapBefore;
    const end = s.end + gapAfter;
    // a sentence alone on its line takes its line break with it
    const wholeLine = (start === 0 || text[start - 1] === "\n") && text[end] === "\n";
    sites.push({ start, end: wholeLine ? end + 1 : end, variant: "sentence", replacement: () => "" });
  }
  return sites;
}

export const preservingGenerators: readonly EditGenerator[] = [
  { type: "reporting-verb", kind: "preserving", generate: (a, c) => editAt("reporting-verb", "preserving", c, reportingVerbSites(a.text)) },
  { type: "number-written", kind: "preserving", generate: (a, c) => editAt("number-written", "preserving", c, numberWrittenSites(a.text)) },
  { type: "contraction", kind: "preserving", generate: (a, c) => editAt("contraction", "preserving", c, contractionSites(a.text)) },
  { type: "dropped-sentence", kind: "preserving", generate: (a, c) => editAt("dropped-sentence", "preserving", c, droppedSentenceSites(a.text)) },
];
