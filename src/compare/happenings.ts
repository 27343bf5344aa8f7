import { NEGATION_REACH, termOf, type Unit, type UnitKey } from "./units.js";

/**
 * Reports tell whether a thing happened with other words than a negation: "was called off" against "went ahead",
 * "has stepped down" against "stays on". Each happening lists the wordings that tell it happened and those that tell
 * it did not; a negation before a wording turns it ("has not resigned" is "stays on").
 */
type Happening = { event: string; happened: RegExp; didNot: RegExp };

/** A passive's auxiliary, maybe with an adverb ("was later released"): the active "released a statement" is another act. */
const PASSIVE = String.raw`(?<=\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|not\s+|never\s+)?)`;
const STAY = String.raw`\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining)`;

const HAPPENINGS: readonly Happening[] = [
  {
    event: "took place",
    // "held up", "held hostage", "held responsible" tell of no event taking place.
    happened: new RegExp(String.raw`\b(?:go|goes|going|gone|went)\s+ahead\b|\b(?:take|takes|taking|taken|took)\s+place\b|${PASSIVE}held\b(?!\s+(?:up|back|hostage|captive|responsible|accountable|liable|without|in\s+(?:custody|detention|jail|prison)))`, "giu"),
    // "postponed until next month" sets the new time, at which another report may well say it goes ahead.
    didNot: new RegExp(String.raw`\b(?:cancel(?:l?ed|l?ing|s)?|scrap(?:ped|s)?|abandon(?:ed|s)?|collapse[ds]?)\b|\bpostpone[ds]?\b(?!\s+(?:until|till|to|by|for)\b)|\b(?:call|calls|called|calling)\s+off\b|\b(?:break|breaks|broke|broken)\s+down\b`, "giu"),
  },
  {
    event: "resigned",
    happened: new RegExp(String.raw`\b(?:resign(?:ed|s|ing)?|quit(?:s|ting)?)\b|\b(?:step|steps|stepped|stepping)\s+(?:down|aside)\b`, "giu"),
    didNot: new RegExp(String.raw`${STAY}\s+(?:on\b|in\s+(?:office|(?:his|her|their|the)\s+(?:post|job|role)))`, "giu"),
  },
  {
    event: "released",
    happened: new RegExp(String.raw`${PASSIVE}(?:released|freed)\b|\bset\s+free\b`, "giu"),
    didNot: new RegExp(String.raw`${STAY}\s+(?:in\s+(?:police\s+)?(?:custody|detention|jail|prison)|behind\s+bars|detained)\b|\bstill\s+(?:being\s+)?(?:held|detained)\b`, "giu"),
  },
  {
    event: "reopened",
    happened: new RegExp(String.raw`\breopen(?:ed|s)?\b|${PASSIVE}opened\b`, "giu"),
    didNot: new RegExp(String.raw`${STAY}\s+(?:closed|shut)\b`, "giu"),
  },
  {
    event: "closed",
    happened: new RegExp(String.raw`${PASSIVE}(?:closed|shut)\b`, "giu"),
    didNot: new RegExp(String.raw`${STAY}\s+open\b`, "giu"),
  },
  {
    event: "found",
    happened: new RegExp(String.raw`${PASSIVE}(?:found|located)\b(?!\s+(?:not\s+)?guilty)`, "giu"),
    didNot: new RegExp(String.raw`${STAY}\s+missing\b|\bstill\s+missing\b`, "giu"),
  },
  {
    event: "convicted",
    happened: new RegExp(String.raw`\bconvicted\b|\bfound\s+guilty\b`, "giu"),
    didNot: new RegExp(String.raw`\bacquitted\b|\bfound\s+not\s+guilty\b|${PASSIVE}cleared\s+of\b`, "giu"),
  },
  {
    event: "approved",
    happened: new RegExp(String.raw`\bapprov(?:e|ed|es|ing)\b`, "giu"),
    didNot: new RegExp(String.raw`\breject(?:ed|s|ing)?\b|\b(?:vote|voted|votes)\s+down\b|\b(?:threw|thrown|throw)\s+out\b`, "giu"),
  },
];

/** One wording of a happening in a unit, turned by the negations before it: whether it tells that the thing happened. */
export type Told = { event: string; happened: boolean; key: UnitKey; end: number };

/** Whether a key of a unit is a negation denying something against the other unit. */
export type Denies = (unit: Unit, k: UnitKey, other: Unit) => boolean;

type Wording = { event: string; happened: boolean; at: number; end: number };

/** Read once per unit: the polarity check asks for both units of every pair alike enough to make one claim. */
const wordingsOfUnit = new WeakMap<Unit, Wording[]>();

function wordingsIn(unit: Unit, text: string): Wording[] {
  let wordings = wordingsOfUnit.get(unit);
  if (!wordings) wordingsOfUnit.set(unit, (wordings = readWordings(unit, text)));
  return wordings;
}

/** Every wording of a happening in the unit, by the index of its first key; where two overlap ("held in custody"), the longer. */
function readWordings(unit: Unit, text: string): Wording[] {
  const found: { event: string; happened: boolean; start: number; end: number }[] = [];
  for (const h of HAPPENINGS) {
    for (const [happened, re] of [[true, h.happened], [false, h.didNot]] as const) {
      for (const m of text.matchAll(re)) found.push({ event: h.event, happened, start: unit.start + (m.index ?? 0), end: unit.start + (m.index ?? 0) + m[0].length });
    }
  }
  const longest = found.filter((f) => !found.some((g) => g !== f && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start));
  return longest.map((f) => ({ event: f.event, happened: f.happened, at: unit.keys.findIndex((k) => k.start >= f.start), end: f.end })).filter((w) => w.at >= 0);
}

/** The unit's wordings, each turned by the negations before it that deny against the other unit. */
function happeningsIn(unit: Unit, text: string, other: Unit, denies: Denies): Told[] {
  return wordingsIn(unit, text).map((w) => {
    const turns = unit.keys.slice(Math.max(0, w.at - NEGATION_REACH), w.at).filter((k) => denies(unit, k, other));
    // A turned wording is claimed from its negation: "not resigned", not "resigned".
    return { event: w.event, happened: w.happened === (turns.length % 2 === 0), key: turns[0] ?? (unit.keys[w.at] as UnitKey), end: w.end };
  });
}

/** Content terms of the unit before a key: what a wording tells of ("the cup final" of "the cup final was called off"). */
function subjectTerms(unit: Unit, key: UnitKey): string[] {
  return unit.keys.filter((k) => k.content && k.end <= key.start).map((k) => termOf(k.key));
}

/**
 * Both tell of one thing: what one names before the wording is all named by the other ("Dahl" / "Mayor Ilse Dahl"),
 * or both open and close on the same words. "The final" against "the parade" are two things.
 */
function oneSubject(x: readonly string[], y: readonly string[]): boolean {
  if (x.length === 0 || y.length === 0) return false;
  const within = (p: readonly string[], q: readonly string[]) => p.every((t) => q.includes(t));
  return within(x, y) || within(y, x) || (x[0] === y[0] && x.at(-1) === y.at(-1));
}

/**
 * A happening one unit tells happened and the other that it did not, of one subject. Nothing when a unit tells it
 * both ways ("was not cancelled and went ahead"), which leaves the unit's own wording to the negation check.
 */
export function oppositeHappening(a: Unit, textA: string, b: Unit, textB: string, denies: Denies): { a: Told; b: Told } | null {
  const [ta, tb] = [happeningsIn(a, textA, b, denies), happeningsIn(b, textB, a, denies)];
  for (const x of ta) {
    const sameEvent = (t: Told) => t.event === x.event;
    if (ta.filter(sameEvent).some((t) => t.happened !== x.happened)) continue;
    const others = tb.filter(sameEvent);
    if (others.length === 0 || others.some((t) => t.happened === x.happened)) continue;
    const y = others.find((t) => oneSubject(subjectTerms(a, x.key), subjectTerms(b, t.key)));
    if (y) return { a: x, b: y };
  }
  return null;
}
