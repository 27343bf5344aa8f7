import type { AnnotatedDoc, Statement, TextRange } from "../model/types.js";
import { NEAR_COPY, weightedContainment, weightedDice } from "./align.js";
import { diffKeys } from "./diff.js";
import { quote, type FindingDraft, type StoryTexts } from "./findings.js";
import { joinRoleConflicts, roleConflict, type RoleJudge } from "./roles.js";
import { spellingVariants } from "./names.js";
import { sameEntity } from "../annotate/entities.js";
import { bareName, foldSurname } from "../annotate/entities/names.js";
import { countryOf } from "../annotate/entities/gazetteer.js";
import { givenNameGender } from "../annotate/entities/lexicon.js";
import { affiliations, differentBodies, roleHead } from "../annotate/entities/roles.js";
import { ORDINALS } from "../annotate/time/lexicon.js";
import { keysInRange, termsInRange, termOf, wordKey, type Unit, type UnitKey } from "./units.js";

/** Two statements whose contents overlap this much report the same words or claim. */
const SAME_CONTENT = 0.5;
/** Reported words with fewer distinct content terms than this ("his death") are a bare fact many confirm, not words one could take from another. */
const MIN_TAKEN_TERMS = 3;
/** One speaker denying and admitting a matter is rarely worded alike twice; a looser overlap ties them. */
const SAME_MATTER = 0.3;
/** Most an agreement on who said it can be worth when one report's speaker is a pronoun with two people before it. */
const GUESSED_SPEAKER = 0.5;

type Said = {
  doc: AnnotatedDoc;
  units: readonly Unit[];
  statement: Statement;
  terms: Set<string>;
  /** terms of the content up to its first comma: the matter itself, without appositives trailing after it */
  core: Set<string>;
};

/**
 * Who said it: the same words or claim given to different speakers is an attribution conflict; given to
 * speakers described in incompatible ways, a role conflict; to the same speaker, an agreement. Two direct
 * quotes of one speaker that replace words are a quote-wording conflict.
 */
export function attributionFindings(docs: readonly AnnotatedDoc[], unitsByDoc: readonly Unit[][], texts: StoryTexts, judge: RoleJudge, weights: Map<string, number>): FindingDraft[] {
  const said: Said[][] = docs.map((doc, docIndex) =>
    doc.statements.map((statement) => {
      const { start, end } = statement.content;
      const comma = doc.tokens.find((t) => t.start > start && t.end <= end && (t.text === "," || t.text === ";"));
      return { doc, units: unitsByDoc[docIndex] ?? [], statement, terms: statement.direct ? quotedTerms(doc, start, end) : termsInRange(doc, start, end), core: termsInRange(doc, start, comma ? comma.start : end) };
    }),
  );
  const drafts: FindingDraft[] = [];
  for (let i = 0; i < said.length; i++) {
    for (let j = i + 1; j < said.length; j++) {
      const left = said[i] as Said[];
      const right = said[j] as Said[];
      const overlaps = left.map((x) => right.map((y) => contentOverlap(x, y, weights)));
      // Only each other's closest statement is the same statement; people in one story often say alike
      // things. Ties go to the first, so a quote a report repeats is compared once, not once per repeat.
      const closestRight = overlaps.map((row) => firstMaxIndex(row));
      const closestLeft = right.map((_, b) => firstMaxIndex(overlaps.map((row) => row[b] as number)));
      left.forEach((x, a) => {
        right.forEach((y, b) => {
          const matter = weightedDice(x.core, y.core, weights);
          if (matter >= SAME_MATTER) drafts.push(...compareStances(x, y, matter, texts));
          const overlap = (overlaps[a] as number[])[b] as number;
          if (overlap < SAME_CONTENT || closestRight[a] !== b || closestLeft[b] !== a) return;
          if (bothSaidIt(x, y, weights) || bothSaidIt(y, x, weights)) return;
          drafts.push(...compareSpeakers(x, y, overlap, texts, judge, weights));
        });
      });
    }
  }
  return joinRoleConflicts(drafts, texts);
}

function firstMaxIndex(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] as number) > (values[best] as number)) best = i;
  return best;
}

/** Two direct quotes are the same quote when one holds the other (quotes are often cut); else Dice. */
function contentOverlap(x: Said, y: Said, weights: Map<string, number>): number {
  const dice = weightedDice(x.terms, y.terms, weights);
  return x.statement.direct && y.statement.direct ? Math.max(dice, weightedContainment(x.terms, y.terms, weights)) : dice;
}

const QUOTED = /["“”]([^"“”]+)["“”]/g;

/** Terms of the quoted words only: a content span may run over the cue between two quotes. */
function quotedTerms(doc: AnnotatedDoc, start: number, end: number): Set<string> {
  const terms = new Set<string>();
  for (const [from, to] of quotedRanges(doc.article.text, start, end)) for (const t of termsInRange(doc, from, to)) terms.add(t);
  return terms.size > 0 ? terms : termsInRange(doc, start, end);
}

/** The stretches inside quotation marks between start and end: “A,” he said. “B.” gives A and B. */
function quotedRanges(text: string, start: number, end: number): [number, number][] {
  // A content that opens on the closing mark of an earlier quote ("A, " said X. "B") would pair that mark
  // with B's opening one and take the words between, the cue and the speaker, for the quote. A straight or
  // right mark followed by a space closes; a left mark opens, spaced or not ("“ It is an honour").
  const closing = /^\s*["”](?=\s)/u.exec(text.slice(start, end));
  const after = start + (closing?.[0].length ?? 0);
  return [...text.slice(after, end).matchAll(QUOTED)].map((m) => {
    const from = after + (m.index ?? 0) + 1;
    return [from, from + (m[1] as string).length];
  });
}

/**
 * The words a finding's title quotes: a direct statement's quoted words without their marks or the comma
 * that hands over to the cue ("Gone,” she said gives Gone), so the title does not wrap marks in marks.
 */
function wordsOf(said: Said): string {
  const { start, end, text } = said.statement.content;
  if (!said.statement.direct) return text;
  const quoted = quotedRanges(said.doc.article.text, start, end).map(([from, to]) => said.doc.article.text.slice(from, to).replace(/[\s,;:]+$/u, ""));
  return quoted.length > 0 ? quoted.join(" … ") : text;
}

/**
 * The word keys of a direct statement's quoted words. A content that runs over several quotations holds the
 * words between them too (“A,” he said. “B.”), and those name the speaker as each outlet does, not the quote.
 */
function quotedKeys(said: Said): UnitKey[] {
  const { start, end } = said.statement.content;
  const ranges = quotedRanges(said.doc.article.text, start, end);
  if (ranges.length === 0) return keysInRange(said.units, start, end);
  return ranges.flatMap(([from, to]) => keysInRange(said.units, from, to));
}

/** The sentences that report the two statements are near copies but for names: one sentence, two speakers. */
function sameSentence(x: Said, y: Said, weights: Map<string, number>): boolean {
  const wordsOf = (said: Said) => {
    const unit = said.units.find((u) => u.start <= said.statement.cue.start && said.statement.cue.end <= u.end);
    return unit && new Set([...unit.terms].filter((t) => !t.startsWith("E:")));
  };
  const [wx, wy] = [wordsOf(x), wordsOf(y)];
  return wx !== undefined && wy !== undefined && weightedDice(wx, wy, weights) >= NEAR_COPY;
}

/** The report of x also has y's speaker saying much the same: two people said it, no one is misquoted. */
function bothSaidIt(x: Said, y: Said, weights: Map<string, number>): boolean {
  const nameY = speakerName(y.statement);
  if (!nameY) return false;
  return x.doc.statements.some((s) => {
    if (s === x.statement || !s.speakerCanonical || !sameEntity(s.speakerCanonical, nameY, "person")) return false;
    return weightedDice(termsInRange(x.doc, s.content.start, s.content.end), y.terms, weights) >= SAME_CONTENT;
  });
}

function compareSpeakers(x: Said, y: Said, overlap: number, texts: StoryTexts, judge: RoleJudge, weights: Map<string, number>): FindingDraft[] {
  const nameX = speakerName(x.statement);
  const nameY = speakerName(y.statement);
  const idX = x.doc.article.id;
  const idY = y.doc.article.id;
  const shorter = x.statement.content.text.length <= y.statement.content.text.length ? x : y;
  const content = quote(wordsOf(shorter), 60);
  // "Russia said" and "the Kremlin said" are one speaker in newsroom usage: a country speaks through its
  // government, so a country against anyone is not a conflict over who said it.
  const [typeX, typeY] = [speakerType(x), speakerType(y)];
  const countryVoice = typeX === "place" || typeY === "place";
  const sameSpeaker = nameX !== null && nameY !== null && (sameEntity(nameX, nameY, "person") || namedIn(x, nameY) || namedIn(y, nameX) || misspelt(nameX, nameY));
  if (nameX && nameY && !sameSpeaker && countryVoice) return [];
  // "he said" names its speaker only through coreference, which a dropped sentence can shift: too weak to
  // accuse a report of misattributing a quote, unless the one person named just before is the only one it
  // can be and the two quotes are the same words, not one held inside a long speech of the other's.
  const sameQuote = x.statement.direct && y.statement.direct && weightedDice(x.terms, y.terms, weights) >= NEAR_COPY;
  if (!sameSpeaker && ((byPronoun(x) && !(sameQuote && pronounHeld(x))) || (byPronoun(y) && !(sameQuote && pronounHeld(y))))) return [];
  // Misquoting is giving one person's words to another: a quote, or reported words all but the same. A
  // claim reported loosely has many sources ("the navy said", "the ministry said"), and a body or a
  // description ("authorities", "the Academy") may speak through any of its people: no conflict there.
  const sameWords = (x.statement.direct && y.statement.direct) || (overlap >= NEAR_COPY && (Math.min(x.terms.size, y.terms.size) >= MIN_TAKEN_TERMS || sameSentence(x, y, weights)));
  const people = typeX === "person" && typeY === "person";
  // "Her spokesman said Berg told the crowd ...", "a spokesman said Senator Berg will fight ...": words passed on
  // from the other speaker, named in them, are hers too, whether the one passing them on is named or described.
  const relayed = (nameY !== null && surnameIn(x.statement.content.text, nameY)) || (nameX !== null && surnameIn(y.statement.content.text, nameX));
  if (nameX && nameY && !sameSpeaker && !relayed && sameWords && people) {
    return [
      {
        kind: "contradiction",
        aspect: "attribution",
        rule: "attribution/different-speakers",
        summary: `Who said ${content}: ${texts.label(idX)} gives it to ${nameX}, ${texts.label(idY)} to ${nameY}`,
        claims: [speakerClaim(texts, idX, x.statement, nameX), speakerClaim(texts, idY, y.statement, nameY)],
        confidence: Math.min(1, 0.4 + overlap * 0.6),
      },
    ];
  }
  // The same quote given out by two bodies ("the ministry said" / "the army said"): one report has the wrong source.
  // Reported words are passed on by any arm of a state; a quote has one source.
  if (!sameSpeaker && !relayed && sameQuote && !countryVoice && bodiesApart(x, y)) {
    const [bodyX, bodyY] = [x, y].map((s) => s.statement.speaker?.mention?.text.trim() ?? "") as [string, string];
    return [
      {
        kind: "contradiction",
        aspect: "attribution",
        rule: "attribution/different-speakers",
        summary: `Who said ${content}: ${texts.label(idX)} gives it to ${quote(bodyX, 40)}, ${texts.label(idY)} to ${quote(bodyY, 40)}`,
        claims: [speakerClaim(texts, idX, x.statement, bodyX), speakerClaim(texts, idY, y.statement, bodyY)],
        confidence: Math.min(0.8, 0.2 + overlap * 0.6),
      },
    ];
  }
  // Two people named apart may hold any two roles; only one speaker, or one described and not named, has one role.
  // The roles are looked up (a scan of the report's statements) only where they can be compared.
  const oneRole = !relayed && !(nameX && nameY && !sameSpeaker);
  const roleX = oneRole ? speakerDescription(x) : null;
  const roleY = roleX ? speakerDescription(y) : null;
  if (roleX && roleY) {
    const verdict = judge(roleX.text, roleY.text);
    if (verdict.conflict) return [roleConflict(texts, { articleId: idX, role: roleX }, { articleId: idY, role: roleY }, `the speaker of ${content}`, verdict.reason, Math.min(1, 0.3 + overlap * 0.6))];
  }
  // "said Tom Holt" against "the union's spokeswoman said": a description of one gender is no man or woman of the other,
  // known by the given name when no role says it. The given name is a guess, so the finding is weaker.
  if (oneRole && (nameX === null) !== (nameY === null)) {
    // roleX is x's description here; y's was looked up only beside one for x.
    const descriptionY = roleX ? roleY : speakerDescription(y);
    const [named, described, name, namedRole, description] = nameX ? [x, y, nameX, roleX, descriptionY] : [y, x, nameY as string, descriptionY, roleX];
    const given = givenNameGender(name);
    const gender = description && roleHead(description.text).gender;
    if (given && gender && given !== gender && !(namedRole && roleHead(namedRole.text).gender)) {
      // The name, which says the gender, rather than a role that does not.
      const mention = named.statement.speaker?.mention ?? namedRole;
      if (mention) return [roleConflict(texts, { articleId: named.doc.article.id, role: mention }, { articleId: described.doc.article.id, role: description }, `the speaker of ${content}`, `gender: "${name}" is ${given} by the given name, "${description.text}" is ${gender}`, Math.min(0.8, 0.2 + overlap * 0.6))];
    }
  }
  const drafts: FindingDraft[] = [];
  // One speaker blaming two parties in the two reports ("accused Ukraine", "said the US was behind") is
  // said to have said two things, not the same thing twice; so is one denying what the other has them admit.
  const stances = [cueStance(x), cueStance(y)];
  const opposed = stances[0] !== null && stances[1] !== null && stances[0] !== stances[1];
  if (sameSpeaker && !opposed && !blameDiffers(blamedParties(statementKeys(x), x.statement), blamedParties(statementKeys(y), y.statement))) {
    // "he said" after two men named is one of them by coreference's guess: too weak to accuse, so too weak to
    // vouch for either with full confidence.
    const guessed = [x, y].some((s) => byPronoun(s) && !pronounHeld(s));
    drafts.push({
      kind: "agreement",
      aspect: "attribution",
      rule: "attribution/same-speaker",
      summary: `Both give ${content} to ${nameX}`,
      claims: [speakerClaim(texts, idX, x.statement, nameX), speakerClaim(texts, idY, y.statement, nameY)],
      confidence: Math.min(guessed ? GUESSED_SPEAKER : 1, 0.3 + overlap * 0.7),
    });
    const wording = quoteWording(x, y, texts);
    if (wording) drafts.push(wording);
  }
  return drafts;
}

/** The same speaker denies a matter in one report and admits or confirms it in the other. */
function compareStances(x: Said, y: Said, overlap: number, texts: StoryTexts): FindingDraft[] {
  const stanceX = cueStance(x);
  const stanceY = cueStance(y);
  if (!stanceX || !stanceY || stanceX === stanceY) return [];
  const nameX = speakerName(x.statement);
  const nameY = speakerName(y.statement);
  if (!nameX || !nameY || !sameEntity(nameX, nameY)) return [];
  const idX = x.doc.article.id;
  const idY = y.doc.article.id;
  return [
    {
      kind: "contradiction",
      aspect: "polarity",
      rule: "polarity/deny-vs-admit",
      summary: `${nameX} ${stanceX === "deny" ? "denies" : "admits"} it in ${texts.label(idX)} (${quote(x.statement.content.text, 50)}) but ${stanceY === "deny" ? "denies" : "admits"} it in ${texts.label(idY)} (${quote(y.statement.content.text, 50)})`,
      claims: [
        { span: texts.span(idX, x.statement.cue.start, x.statement.cue.end), value: stanceX },
        { span: texts.span(idY, y.statement.cue.start, y.statement.cue.end), value: stanceY },
      ],
      confidence: Math.min(1, 0.35 + overlap),
    },
  ];
}

function cueStance(said: Said): "deny" | "admit" | null {
  const { start, end } = said.statement.cue;
  for (const t of said.doc.tokens) {
    if (t.end <= start) continue;
    if (t.start >= end) break;
    const key = wordKey(t);
    if (key === "<deny>") return "deny";
    if (key === "<admit>") return "admit";
  }
  return null;
}

/** Direct quotes of one speaker that put different words in the same place. */
function quoteWording(x: Said, y: Said, texts: StoryTexts): FindingDraft | null {
  if (!x.statement.direct || !y.statement.direct) return null;
  const a = quotedKeys(x);
  const b = quotedKeys(y);
  const textA = x.doc.article.text;
  const textB = y.doc.article.text;
  // Keys with numbers and names collapsed to their values, so "three" and "3" read alike; a hunk whose
  // letters are the same on both sides differs in typography ("I ’ m") or in a date's resolution only.
  const replaced = diffKeys(a.map((k) => termOf(k.key)), b.map((k) => termOf(k.key))).filter(
    (h) => {
      const wordsA = lettersOf(textA, a, h.aFrom, h.aTo);
      const wordsB = lettersOf(textB, b, h.bFrom, h.bTo);
      return wordsA.join("") !== wordsB.join("") && !extendsWords(wordsA, wordsB) && !extendsWords(wordsB, wordsA);
    },
  );
  if (replaced.length === 0) return null;
  return {
    kind: "contradiction",
    aspect: "quote",
    rule: "quote/words-replaced",
    summary: `Quote worded differently: ${texts.label(x.doc.article.id)} ${quote(x.statement.content.text, 60)}, ${texts.label(y.doc.article.id)} ${quote(y.statement.content.text, 60)}`,
    claims: [
      { span: texts.span(x.doc.article.id, x.statement.content.start, x.statement.content.end) },
      { span: texts.span(y.doc.article.id, y.statement.content.start, y.statement.content.end) },
    ],
    confidence: 0.5,
  };
}

/**
 * The letters and digits of each key in [from, to), lower-cased, ordinals as digits ("eleventh-hour" / "11th hour"),
 * contractions spelled out ("I'm" / "I am"); keys without letters (punctuation) are left out.
 */
function lettersOf(text: string, keys: readonly UnitKey[], from: number, to: number): string[] {
  return keys
    .slice(from, to)
    .map((k) =>
      // "I ’ m": a contraction typed apart from its apostrophe is still one.
      (APOSTROPHE_BEFORE.test(text.slice(Math.max(0, k.start - 2), k.start)) ? "'" : "")
        .concat(text.slice(k.start, k.end).toLowerCase())
        .replace(CONTRACTION, (m) => ` ${CONTRACTIONS[m.replace("’", "'")] ?? m}`)
        .replace(/[\p{L}\p{N}]+/gu, (word) => (ORDINALS[word] !== undefined ? String(ORDINALS[word]) : word))
        .replace(/[^\p{L}\p{N}]+/gu, ""),
    )
    .filter((letters) => letters !== "");
}

const CONTRACTIONS: Readonly<Record<string, string>> = { "n't": "not", "'m": "am", "'re": "are", "'ve": "have", "'ll": "will" };
const CONTRACTION = /(?:n['’]t|['’](?:m|re|ve|ll))$/u;
const APOSTROPHE_BEFORE = /['’] ?$/;

/** Are the words of `short` the first or the last words of `long`? A quotation cut short, not other words. */
function extendsWords(short: readonly string[], long: readonly string[]): boolean {
  if (short.length > long.length) return false;
  const offset = long.length - short.length;
  return short.every((w, i) => w === long[i]) || short.every((w, i) => w === long[offset + i]);
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|who|which|that)$/i;

function byPronoun(said: Said): boolean {
  const mention = said.statement.speaker?.mention;
  return mention !== undefined && mention !== null && PRONOUN.test(mention.text.trim());
}

/**
 * A pronoun speaker whose sentence, or the one before it, names one person only, and that person is the
 * speaker it was resolved to ("Chief Ann Ode said .... “…,” she said."): no other antecedent to shift to.
 */
function pronounHeld(said: Said): boolean {
  const { statement, doc } = said;
  const mention = statement.speaker?.mention;
  const name = speakerName(statement);
  if (!mention || !name) return false;
  const people = new Set(
    doc.entities
      .filter((e) => e.type === "person" && e.start < mention.start && (e.sentence === statement.sentence || e.sentence === statement.sentence - 1))
      .map((e) => e.canonical.toLowerCase()),
  );
  return people.size === 1 && sameEntity([...people][0] as string, name, "person");
}

/** Both speakers are bodies by their own words, and not one body under two descriptions (the caller has ruled out a country). */
function bodiesApart(x: Said, y: Said): boolean {
  const [mx, my] = [x.statement.speaker?.mention, y.statement.speaker?.mention];
  return !!mx && !!my && differentBodies(mx.text, my.text);
}

function speakerType(said: Said): string | undefined {
  const mention = said.statement.speaker?.mention;
  if (!mention) return undefined;
  return said.doc.entities.find((e) => e.start < mention.end && mention.start < e.end)?.type ?? (pronounHeld(said) ? "person" : undefined);
}

/**
 * "Sgt. Ola Dahl of the county police" names Dahl, whatever body the speaker was resolved to; but "Joan Marsh"
 * written out is not "Peter Marsh" for the surname they share. A bare "Marsh" may be either, whichever
 * coreference picked, so the surname still names the other, unless its report names its own Marsh in full and
 * never writes "Peter" at all (a Peter it names under a nickname, "Peter 'Pip' Marsh", may be the one meant).
 */
function namedIn(said: Said, name: string): boolean {
  const s = said.statement;
  const own = s.speakerCanonical;
  const mention = s.speaker?.mention?.text ?? "";
  if (own && namesakes(own, name) && (givenNameIn(mention, own) || (namesInFull(said.doc, own) && !givenNameIn(said.doc.article.text, name)))) return false;
  return surnameIn(mention, name);
}

/** Does the report name this person by given name and surname somewhere? */
function namesInFull(doc: AnnotatedDoc, name: string): boolean {
  return doc.entities.some((e) => e.type === "person" && /\s/.test(e.text.trim()) && sameEntity(e.text, name, "person"));
}

function givenNameIn(text: string, name: string): boolean {
  const given = bareName(name).trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  return text.toLowerCase().split(/[^\p{L}'.-]+/u).includes(given);
}

/** Two full names with one surname whose given names cannot be one person's. */
function namesakes(x: string, y: string): boolean {
  const [wx, wy] = [x, y].map((n) => bareName(n).trim().split(/\s+/));
  if (!wx || !wy || wx.length < 2 || wy.length < 2) return false;
  return foldSurname(wx.at(-1) as string) === foldSurname(wy.at(-1) as string) && !sameEntity(x, y, "person");
}

/** By surname alone, as a report names a person after her first mention; short last words (initials, "Jr") say too little. */
function surnameIn(text: string, name: string): boolean {
  const surname = name.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
  const words = text.toLowerCase().split(/[^\p{L}'-]+/u);
  return surname.length > 2 && words.includes(surname);
}

/**
 * One person whose name a report misspells ("Andrew Wetzler" / "Andrew Welzler", "Heffner" / "Hugh Hefner") or
 * writes with a particle apart or joined ("Del Giudice" / "DelGiudice"): the spelling is a name check's finding,
 * not a quote given to someone else.
 */
function misspelt(x: string, y: string): boolean {
  if (spellingVariants(x, y) || joined(x) === joined(y)) return true;
  const [wx, wy] = [x.trim().split(/\s+/), y.trim().split(/\s+/)];
  return (wx.length === 1 || wy.length === 1) && spellingVariants(wx.at(-1) as string, wy.at(-1) as string);
}

function joined(name: string): string {
  return name.replace(/\s+/g, "").toLowerCase();
}

function speakerName(s: Statement): string | null {
  return s.speakerCanonical ?? null;
}

/**
 * The words describing the speaker: an attached role, else the role the report gives the named speaker in
 * another statement ("Mayor Ann Lund said ... Lund said"), else the mention itself when it is not a name or
 * pronoun. A role the report gives outside a statement may be as of other events than the words, so not that.
 */
function speakerDescription(said: Said): TextRange | null {
  const s = said.statement;
  if (s.speakerRole) return s.speakerRole;
  const name = s.speakerCanonical;
  if (name) return said.doc.statements.find((o) => o.speakerRole && o.speakerCanonical && sameEntity(o.speakerCanonical, name, "person"))?.speakerRole ?? null;
  const mention = s.speaker?.mention;
  if (!mention) return null;
  return /\s/.test(mention.text.trim()) ? mention : null;
}

function speakerClaim(texts: StoryTexts, articleId: string, s: Statement, name: string) {
  const at = s.speaker?.mention ?? s.cue;
  return { span: texts.span(articleId, at.start, at.end), value: name };
}

/**
 * Do the two units give the claims of different countries' sides ("The US denies ..." against "The Kremlin
 * accused ...")? Two reports agree on a claim only when they give it to the same side; with a side unknown
 * on either ("officials said") nothing is said. A unit that names the other side may be answering its claim
 * ("a US official called Russia's claim that ... ludicrous"), which is the same matter.
 */
export function speakForDifferentSides(a: Unit, b: Unit): boolean {
  const sidesA = speakingSides(a);
  const sidesB = speakingSides(b);
  if (sidesA.size === 0 || sidesB.size === 0 || [...sidesA].some((side) => sidesB.has(side))) return false;
  return !names(a, sidesB) && !names(b, sidesA);
}

/**
 * Do the two units' statements hold different parties responsible ("Russia said the US was behind the attack"
 * against "the Kremlin accused Ukraine of the attack")? Then they report two claims about one matter, not one
 * claim twice, whoever made them. With the party unknown on either side nothing is said.
 */
export function blameDifferentParties(a: Unit, b: Unit): boolean {
  return blameDiffers(unitBlames(a), unitBlames(b));
}

/** A unit's blamed parties, read once: a unit is asked about in every aligned pair it is part of. */
const blamedOfUnit = new WeakMap<Unit, Set<string>>();
function unitBlames(u: Unit): Set<string> {
  let blamed = blamedOfUnit.get(u);
  if (!blamed) blamedOfUnit.set(u, (blamed = new Set(u.statements.flatMap((s) => [...blamedParties(u.keys, s)]))));
  return blamed;
}

function blameDiffers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((p) => b.has(p));
}

/** The keys of a statement's cue and content, from the units of its report. */
function statementKeys(said: Said): UnitKey[] {
  const { cue, content } = said.statement;
  return keysInRange(said.units, Math.min(cue.start, content.start), Math.max(cue.end, content.end));
}

/**
 * Who a statement says did it: the one accused or blamed ("accused Ukraine of ..."), or the subject of
 * "was behind", "were responsible", "was involved", "carried out" within what was said. A subject left
 * unsaid or a pronoun ("denied carrying out", "denies that it was behind") is the speaker's own, the usual
 * reading of a denial or an admission; a subject that is a common noun ("the group was behind") is unknown.
 */
function blamedParties(keys: readonly UnitKey[], s: Statement): Set<string> {
  const parties = new Set<string>();
  const side = (name: string) => countryOf(name) ?? name.toLowerCase();
  const within = (r: TextRange) => (k: UnitKey) => k.start >= r.start && k.end <= r.end;
  const said = keys.filter(within(s.content));
  if (keys.some((k) => within(s.cue)(k) && termOf(k.key) === BLAME)) {
    // "accused Ukraine of ...", "blamed the US for ...": the object opens what was said. In the passive
    // ("Lopez is accused of firing ...") the name after the cue is no one accused.
    const at = said.findIndex((k) => k.kind === "entity");
    const object = at >= 0 && said.slice(0, at).every((k) => k.pos === "DET") && ["of", "for"].includes(said[at + 1]?.key ?? "");
    if (object) parties.add(side((said[at] as UnitKey).key.slice(2)));
  }
  said.forEach((k, i) => {
    if (k.kind !== "word" || termOf(k.key) !== INVOLVEMENT) return;
    // "carried a gun", "left behind", "those responsible", "matters involving the government": only a deed
    // done ("carried out") or a subject said to be behind it ("was behind") names who did it.
    const done = k.key === "carry" && said[i + 1]?.key === "out";
    if (k.key === "carry" && !done) return;
    const lead = said.slice(0, i);
    const at = lead.map((x) => x.kind).lastIndexOf("entity");
    const link = lead.slice(at + 1);
    if (link.some((x) => x.content && NOUNS.has(x.pos)) || !(done || link.some((x) => x.key === "be"))) return;
    // With no name, the speaker is the subject only when what was said gives one by a pronoun or opens
    // with the deed; "people they said were responsible" leaves the subject outside what was said.
    const own = link.length === 0 || link.some((x) => x.pos === "PRON");
    if (at >= 0) for (const name of joinedNamesEndingAt(lead, at)) parties.add(side(name));
    else if (own && s.speakerCanonical) parties.add(side(s.speakerCanonical));
  });
  return parties;
}

/**
 * The names of a subject whose last name is key `at`: "Chile and Bolivia were behind" blames both, so a report
 * blaming Chile alone shares a party with it.
 */
function joinedNamesEndingAt(keys: readonly UnitKey[], at: number): string[] {
  const names = [(keys[at] as UnitKey).key.slice(2)];
  for (let j = at - 1; j >= 0; j--) {
    const k = keys[j] as UnitKey;
    if (k.kind === "entity") names.push(k.key.slice(2));
    else if (k.pos !== "CCONJ" || keys[j - 1]?.kind !== "entity") break;
  }
  return names;
}

const BLAME = termOf("accuse");
const INVOLVEMENT = termOf("behind");
const NOUNS = new Set(["NOUN", "PROPN"]);

/** Does the unit name one of the sides, itself or by a seat of its government ("the Kremlin" for Russia)? */
function names(unit: Unit, sides: ReadonlySet<string>): boolean {
  return unit.entities.some((e) => sides.has(countryOf(e.canonical) ?? e.canonical));
}

/** The countries the unit's own statements (those whose cue it holds) speak for: by the speaker's name or role. */
function speakingSides(unit: Unit): Set<string> {
  const sides = new Set<string>();
  for (const s of unit.statements) {
    if (s.cue.start < unit.start || s.cue.end > unit.end) continue;
    const byName = countryOf(s.speakerCanonical ?? s.speaker?.mention?.text ?? "");
    if (byName) sides.add(byName);
    if (s.speakerRole) for (const country of affiliations(s.speakerRole.text)) sides.add(country);
  }
  return sides;
}
