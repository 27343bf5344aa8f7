import type { AnnotatedDoc, NumberMention, Token } from "../model/types.js";
import type { AnnotateStage } from "./stage.js";

/*
 * The number layer: counts and amounts as intervals of the values their wording allows.
 *
 * Choices (the compare layer relies on them):
 * - A plain number is exact: "40" -> [40, 40]. Written-out numbers likewise ("twenty-five", "a dozen").
 * - Open bounds are closed intervals nudged by a tiny epsilon (1e-9 relative): "more than 40" ->
 *   [40 + eps, Infinity], "fewer than 30" -> [0, 30 - eps]. So intervalsMeet("40", "more than 40") is
 *   false, and numberConflict calls such a near-touch weak.
 * - "about/around/some/roughly/approximately/an estimated N" -> N +- max(10% of N, 1 for whole numbers).
 * - "nearly/almost/close to N" -> [N - tolerance, N - eps]; "just over N" -> [N + eps, N + tolerance].
 * - "up to / at most / as many as N" -> [0, N]; "at least / N or more / N-plus" -> [N, Infinity].
 * - Vague plurals read strictly, as multiples of the word: dozens [24, 99], scores [40, 199],
 *   hundreds [200, 999], thousands [2000, 9999], tens of thousands [20000, 99999], ... Writers use
 *   them loosely, so a conflict involving one is only ever weak.
 * - Rounded forms with a scale word ("1.5 million", "$5m") stay exact as written, with `precision`
 *   (the unit of the last digit) so that "1.5 million" vs "1.52 million" is a weak conflict only.
 * - Not counts, skipped: ordinals, years (1800-2099 written alone), day numbers next to a month name,
 *   clock times, fractions, labels ("Flight 253", "No. 10"), sports scores ("7-2").
 * - Percentages get unit "%", money the currency symbol ("$", "£", "€"); otherwise `unit` is the
 *   lemma of the counted noun ("people"/"persons" fold to "person"), and `predicate` what happened to
 *   the counted things, folded for deaths and injuries ("killed 40", "40 dead", "40 deaths" -> "die").
 */

const OPEN_EPSILON = 1e-9;

const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7],
  ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14],
  ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19],
]);
const TEN_WORDS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["hundred", 100], ["thousand", 1e3], ["million", 1e6], ["billion", 1e9], ["trillion", 1e12],
]);
/** Scale abbreviations, read only when written against the digits ("$5.3m", "2bn"). */
const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ["k", 1e3], ["m", 1e6], ["m.", 1e6], ["mn", 1e6], ["mln", 1e6], ["b", 1e9], ["bn", 1e9], ["bln", 1e9], ["tn", 1e12],
]);
const METRE_OR_MILLION = new Set(["m", "m."]);
/** Abbreviations no unit shares, so a space before them ("2 mn-euro", "3 bn dollars") still scales the digits. */
const SPACED_SCALE_ABBREVIATIONS = new Set(["mn", "mln", "bn", "bln"]);
/** Lengths by one name each, so that "200m" and "200 metres" count alike and never match "200 feet". */
const LENGTH_UNITS: ReadonlyMap<string, string> = new Map([
  ["m", "metre"], ["m.", "metre"], ["metre", "metre"], ["metres", "metre"], ["meter", "metre"], ["meters", "metre"],
  ["km", "kilometre"], ["km.", "kilometre"], ["kilometre", "kilometre"], ["kilometres", "kilometre"], ["kilometer", "kilometre"], ["kilometers", "kilometre"],
  ["ft", "foot"], ["ft.", "foot"], ["foot", "foot"], ["feet", "foot"], ["mi", "mile"], ["mile", "mile"], ["miles", "mile"],
]);
const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["$", "$"], ["us$", "$"], ["usd", "$"], ["dlrs", "$"], ["dlr", "$"], ["£", "£"], ["€", "€"], ["¥", "¥"], ["eur", "€"], ["gbp", "£"],
]);
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ["dollar", "$"], ["dollars", "$"], ["euro", "€"], ["euros", "€"], ["yen", "¥"],
]);
/** Vague plural count words: [low, high] in multiples of the word. */
const VAGUE_PLURALS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["dozens", [24, 99]],
  ["scores", [40, 199]],
  ["hundreds", [200, 999]],
  ["thousands", [2000, 9999]],
  ["millions", [2e6, 9999999]],
  ["billions", [2e9, 9999999999]],
]);
/** "tens of thousands", "hundreds of millions": the first word scaled by the second's unit. */
const VAGUE_MULTIPLIERS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["tens", [2, 9]],
  ["hundreds", [2, 9]],
  ["dozens", [2, 8]],
]);
const VAGUE_SCALE_OF: ReadonlyMap<string, number> = new Map([
  ["thousands", 1e4], ["millions", 1e7], ["billions", 1e10],
]);

const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
/** "from 2005 levels", "since 1998 records": before these, a year-like number is a year even before a plural. */
const YEAR_INTRODUCERS = new Set(["in", "since", "from", "by", "until", "of", "before", "after", "during", "to"]);
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const CLOCK_FOLLOWERS = new Set(["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "gmt", "utc", "est", "edt", "bst", "cet", "hrs", "h"]);
const CLOCK_PRECEDERS = new Set(["at", "by", "until", "till", "before", "after", "since"]);
const LABEL_WORDS = new Set([
  "no", "no.", "nos.", "number", "#", "flight", "route", "highway", "interstate", "article", "section", "chapter",
  "page", "pages", "p.", "room", "suite", "apartment", "apt.", "channel", "version", "level", "phase", "stage",
  "grade", "category", "round", "game", "week", "day", "resolution", "proposition", "prop.", "amendment", "gate",
  "platform", "terminal", "district", "ward", "precinct", "lot", "pier", "exit", "line", "unit", "model", "series",
]);
export const FRACTION_WORDS: ReadonlySet<string> = new Set([
  "half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth", "fifths",
  "sixth", "sixths", "eighth", "eighths", "tenth", "tenths",
]);
/** Nouns after "one" that make it an indefinite ("one day", "one of") rather than a count. */
const ONE_NOT_COUNT_NEXT = new Set(["day", "time", "thing", "way", "point", "side", "hand", "another", "other", "of", "night", "morning", "evening", "afternoon", "year"]);
const ONE_NOT_COUNT_PREV = new Set(["no", "any", "every", "each", "the", "this", "that", "which", "anyone", "someone"]);
const PERSON_NOUNS = new Set(["people", "person", "persons", "peoples"]);
const RELATIVE_PRONOUNS = new Set(["who", "that", "which"]);
/** Verbs that say little about what happened to the counted things; a better predicate is sought. */
const LIGHT_PREDICATES = new Set(["be", "have", "say", "include", "leave", "remain", "become", "do", "get", "report", "tell", "add", "put", "estimate", "number", "total", "reach", "rise", "climb", "stand"]);
/** Synonyms folded so that different wordings of one count compare. */
const PREDICATE_FOLD: ReadonlyMap<string, string> = new Map([
  ["kill", "die"], ["die", "die"], ["dead", "die"], ["death", "die"], ["fatality", "die"], ["fatalities", "die"],
  ["perish", "die"], ["slay", "die"], ["slain", "die"], ["killed", "die"], ["deaths", "die"], ["toll", "die"],
  ["injure", "injure"], ["injured", "injure"], ["wound", "injure"], ["wounded", "injure"], ["hurt", "injure"],
  ["injury", "injure"], ["injuries", "injure"],
  ["arrest", "arrest"], ["detain", "arrest"], ["arrested", "arrest"], ["detained", "arrest"], ["arrests", "arrest"],
]);

type Bound = "exact" | "atLeast" | "moreThan" | "justOver" | "upTo" | "lessThan" | "nearly" | "approx" | "odd";
/** What a phrase before the number does: bound it, or open a range ("between 30 and 40"). */
type PrefixKind = Bound | "between";

/** Modifier phrases before the number, by their last word for a quick backward match. */
const PREFIX_PHRASES: readonly (readonly [string, PrefixKind])[] = [
  ["at least", "atLeast"], ["no fewer than", "atLeast"], ["no less than", "atLeast"], ["not less than", "atLeast"],
  ["a minimum of", "atLeast"], ["upwards of", "atLeast"], ["upward of", "atLeast"],
  ["more than", "moreThan"], ["over", "moreThan"], ["above", "moreThan"], ["in excess of", "moreThan"],
  ["greater than", "moreThan"], ["well over", "moreThan"], ["well above", "moreThan"], ["well more than", "moreThan"],
  ["just over", "justOver"], ["just above", "justOver"], ["slightly more than", "justOver"], ["a little over", "justOver"],
  ["just more than", "justOver"], ["slightly over", "justOver"],
  ["up to", "upTo"], ["at most", "upTo"], ["no more than", "upTo"], ["not more than", "upTo"], ["as many as", "upTo"],
  ["a maximum of", "upTo"],
  ["fewer than", "lessThan"], ["less than", "lessThan"], ["under", "lessThan"], ["below", "lessThan"],
  ["nearly", "nearly"], ["almost", "nearly"], ["close to", "nearly"], ["just under", "nearly"], ["just below", "nearly"],
  ["just short of", "nearly"], ["slightly less than", "nearly"], ["not quite", "nearly"], ["just shy of", "nearly"],
  ["about", "approx"], ["around", "approx"], ["some", "approx"], ["roughly", "approx"], ["approximately", "approx"],
  ["approx.", "approx"], ["an estimated", "approx"], ["estimated", "approx"], ["circa", "approx"], ["perhaps", "approx"],
  ["maybe", "approx"], ["an approximate", "approx"], ["between", "between"],
  ["exactly", "exact"], ["precisely", "exact"], ["only", "exact"], ["just", "exact"], ["a total of", "exact"],
];
const PREFIXES_BY_LAST_WORD: ReadonlyMap<string, readonly (readonly [string[], PrefixKind])[]> = indexPrefixes(PREFIX_PHRASES);

function indexPrefixes(phrases: readonly (readonly [string, PrefixKind])[]): Map<string, [string[], PrefixKind][]> {
  const byLast = new Map<string, [string[], PrefixKind][]>();
  for (const [phrase, bound] of phrases) {
    const words = phrase.split(" ");
    const last = words[words.length - 1] as string;
    const list = byLast.get(last) ?? [];
    list.push([words, bound]);
    list.sort((a, b) => b[0].length - a[0].length);
    byLast.set(last, list);
  }
  return byLast;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGIT_RANGE = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[-–]((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$/;
const CLOCK_LIKE = /^\d{1,2}\.\d{2}$/;
const YEAR_LIKE = /^\d{4}$/;

/** The number core as read from the tokens, before modifiers. Token indices are inclusive. */
type Core = {
  first: number;
  last: number;
  value: number;
  low: number;
  high: number;
  kind: "digits" | "words" | "vague" | "range";
  precision?: number;
  scale?: number;
};

export const numberStage: AnnotateStage = {
  name: "numbers",
  run(doc: AnnotatedDoc): void {
    doc.numbers = findNumbers(doc.tokens, doc.article.text);
  },
};

/** Every count or amount in the tokens, in text order. */
export function findNumbers(tokens: readonly Token[], text: string): NumberMention[] {
  const found: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const read = readMention(tokens, i, text);
    if (read) {
      if (read.mention) found.push(read.mention);
      i = read.next;
    } else {
      i++;
    }
  }
  return found;
}

/** A mention starting at token i (or a skipped non-count, with mention null), and where to resume. */
function readMention(tokens: readonly Token[], i: number, text: string): { mention: NumberMention | null; next: number } | null {
  const core = readCore(tokens, i);
  if (!core) return null;
  const skip = { mention: null, next: core.last + 1 };
  if (core.kind !== "vague" && ageAppositive(tokens, core)) {
    return { mention: buildMention(tokens, text, core, "exact", core.first, core.last, "", "year-old", "numbers/age"), next: core.last + 1 };
  }
  if (isNotACount(tokens, core)) return skip;

  let first = core.first;
  const symbol = sameSentence(tokens, first, -1);
  const currency = symbol ? CURRENCY_SYMBOLS.get(symbol.norm) ?? "" : "";
  if (currency) first--;
  const prefix = matchPrefix(tokens, first);
  const afterBetween = prefix?.bound === "between";
  if (!currency && (!prefix || afterBetween) && isYear(tokens, core)) return skip;
  const ranged = extendRange(tokens, core, afterBetween);
  if (ranged === "skip") return skip;
  const whole = ranged ?? core;
  let last = whole.last;
  const suffix = matchSuffix(tokens, last);
  if (suffix) last = suffix.last;
  const percent = matchPercent(tokens, last);
  if (percent) last = percent.last;

  const modifier = prefix && prefix.bound !== "between" ? { first: prefix.first, bound: prefix.bound } : null;
  const bound: Bound = modifier?.bound ?? suffix?.bound ?? "exact";
  const spanFirst = prefix && (modifier || ranged) ? prefix.first : first;
  const counted = countedThing(tokens, whole, spanFirst, last + 1, currency || percent?.unit || (isMagnitude(tokens, first, last) ? "magnitude" : ""));
  const mention = buildMention(tokens, text, whole, bound, spanFirst, last, counted.predicate, counted.unit, ruleFor(whole, bound, counted.unitRule));
  return { mention, next: last + 1 };
}

/**
 * "magnitude-5.2", "a 5.6 magnitude earthquake", "magnitude of 5.9", "measuring 6.4 on the Richter scale":
 * a quake's strength, not a count of the noun after it ("5.6 earthquakes") nor of what it did.
 */
function isMagnitude(tokens: readonly Token[], first: number, last: number): boolean {
  const at = (i: number, delta: number) => sameSentence(tokens, i, delta)?.norm;
  const skipHyphen = (i: number, delta: number) => (at(i, delta) === "-" || at(i, delta) === "of" ? delta + Math.sign(delta) : delta);
  if (at(first, skipHyphen(first, -1)) === "magnitude") return true;
  if (at(last, skipHyphen(last, 1)) === "magnitude") return true;
  return at(last, 1) === "on" && at(last, 2) === "the" && at(last, 3) === "richter";
}

/** Dates, clock times, labels, an indefinite "one", fractions: numbers that do not count anything. */
function isNotACount(tokens: readonly Token[], core: Core): boolean {
  if (core.kind !== "vague" && (isDateOrTime(tokens, core) || isLabel(tokens, core) || isPhoneNumberPart(tokens, core))) return true;
  if (core.kind === "words" && core.first === core.last && tokens[core.first]?.norm === "one" && !isCountingOne(tokens, core.first)) return true;
  return isFraction(tokens, core.last);
}

/** "in 1998", "the 2008 election": a year-like number with no counted plural after it (or after "in"/"since"). */
function isYear(tokens: readonly Token[], core: Core): boolean {
  if (core.kind !== "digits" || !YEAR_LIKE.test(tokens[core.first]?.text ?? "") || !isYearValue(core.value)) return false;
  const introducer = sameSentence(tokens, core.first, -1);
  return !countedNounFollows(tokens, core.last) || (introducer !== undefined && YEAR_INTRODUCERS.has(introducer.norm));
}

/**
 * Unit and predicate. A fixed unit (currency, %) wins; otherwise the counted noun, except that a noun
 * naming what happened ("1,643 wounded", "40 deaths") becomes the predicate, and "217 lives" are people.
 */
function countedThing(tokens: readonly Token[], core: Core, first: number, after: number, fixedUnit: string): { unit: string; predicate: string; unitRule?: string } {
  const found = fixedUnit ? null : countedNoun(tokens, after, core);
  const noun = found?.unit ?? "";
  const nounPredicate = PREDICATE_FOLD.get(noun) ?? (noun === "casualty" ? "casualty" : noun === "life" ? "die" : "");
  let unit = fixedUnit || noun;
  if (noun === "life") unit = "person";
  else if (nounPredicate || noun === "others") unit = fixedUnit;
  const predicate = nounPredicate || findPredicate(tokens, first, found ? found.last + 1 : after);
  const counted: { unit: string; predicate: string; unitRule?: string } = { unit, predicate };
  if (found?.rule) counted.unitRule = found.rule;
  return counted;
}

function buildMention(
  tokens: readonly Token[],
  text: string,
  core: Core,
  bound: Bound,
  firstToken: number,
  lastToken: number,
  predicate: string,
  unit: string,
  rule: string,
): NumberMention {
  const start = (tokens[firstToken] as Token).start;
  const end = (tokens[lastToken] as Token).end;
  const [low, high] = interval(core, bound);
  const mention: NumberMention = {
    start,
    end,
    text: text.slice(start, end),
    sentence: (tokens[firstToken] as Token).sentence,
    low,
    high,
    value: core.value,
    unit,
    rule,
  };
  if (predicate) mention.predicate = predicate;
  if (core.precision !== undefined) mention.precision = core.precision;
  return mention;
}

function ruleFor(core: Core, bound: Bound, unitRule: string | undefined): string {
  if (unitRule === "age") return "numbers/age";
  if (core.kind === "vague") return bound === "exact" ? "numbers/vague" : `numbers/vague-${bound}`;
  if (core.kind === "range") return bound === "exact" ? "numbers/range" : `numbers/range-${bound}`;
  const written = core.kind === "words" ? "-words" : "";
  return bound === "exact" ? `numbers/exact${written}` : `numbers/${bound}${written}`;
}

/** The closed interval the wording allows; see the notes at the top of this file. */
function interval(core: Core, bound: Bound): [number, number] {
  const v = core.value;
  switch (bound) {
    case "exact":
      return [core.low, core.high];
    case "atLeast":
      return [core.low, Infinity];
    case "moreThan":
      return [above(core.low), Infinity];
    case "justOver":
      return [above(core.low), core.high + tolerance(core.high)];
    case "upTo":
      return [floorOf(core.high), core.high];
    case "lessThan":
      return [floorOf(core.low), below(core.low)];
    case "nearly":
      return [Math.max(0, v - tolerance(v)), below(v)];
    case "approx":
      return [Math.max(0, core.low - tolerance(core.low)), core.high + tolerance(core.high)];
    case "odd":
      return [above(core.low), core.low + Math.max(tolerance(core.low), 9)];
  }
}

/** Counts and amounts start at zero; "below zero" is a measurement that may go negative. */
function floorOf(bound: number): number {
  return bound > 0 ? 0 : -Infinity;
}

/** Ten per cent, and at least one for whole numbers: "about 5" may be 4 or 6. */
export function tolerance(v: number): number {
  return Math.max(Math.abs(v) * 0.1, Number.isInteger(v) && Math.abs(v) >= 1 ? 1 : 0);
}

function above(v: number): number {
  return v + OPEN_EPSILON * Math.max(1, Math.abs(v));
}

function below(v: number): number {
  return v - OPEN_EPSILON * Math.max(1, Math.abs(v));
}

// ---------------------------------------------------------------------------
// Reading the number itself

/** Words that may open a number, and which reader takes them: one lookup per token instead of five. */
// Vague words come last so that they win, as they did when checked first.
const CORE_STARTS: ReadonlyMap<string, "vague" | "words"> = new Map([
  ...[...UNIT_WORDS.keys(), ...TEN_WORDS.keys(), "a", "an", "half"].map((w) => [w, "words"] as const),
  ...[...VAGUE_PLURALS.keys(), ...VAGUE_MULTIPLIERS.keys()].map((w) => [w, "vague"] as const),
]);

function readCore(tokens: readonly Token[], i: number): Core | null {
  const t = tokens[i] as Token;
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return readDigits(tokens, i);
  const reader = CORE_STARTS.get(t.norm);
  if (reader === "vague") return readVague(tokens, i);
  if (reader === "words") return readWords(tokens, i);
  return null;
}

function parseDigits(s: string): number {
  return Number(s.replace(/,/g, ""));
}

function readDigits(tokens: readonly Token[], i: number): Core | null {
  const t = tokens[i] as Token;
  const spaced = spacedThousands(tokens, i);
  if (spaced) return spaced;
  if (DIGITS.test(t.text)) {
    const value = parseDigits(t.text);
    const scaled = readScale(tokens, i);
    if (!scaled) return { first: i, last: i, value, low: value, high: value, kind: "digits" };
    const total = value * scaled.scale;
    const core: Core = { first: i, last: scaled.last, value: total, low: total, high: total, kind: "digits", scale: scaled.scale };
    core.precision = Math.pow(10, -decimals(t.text)) * scaled.scale;
    return core;
  }
  const range = DIGIT_RANGE.exec(t.text);
  if (range) {
    const low = parseDigits(range[1] as string);
    const high = parseDigits(range[2] as string);
    // "7-2" is a score, "2010-2011" a span of years: neither is a count.
    if (!(low < high) || (isYearValue(low) && YEAR_LIKE.test(range[1] as string))) return { first: i, last: i, value: low, low, high: low, kind: "range" };
    return { first: i, last: i, value: low, low, high, kind: "range" };
  }
  return null;
}

/**
 * "2, 000ft": thousands whose comma a conversion followed with a space. Read as one number unless the
 * digits run on as a list ("1, 200, 300") or continue one ("5, 1, 200").
 */
function spacedThousands(tokens: readonly Token[], i: number): Core | null {
  const [head, comma, group, after] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!head || !comma || !group || !/^\d{1,3}$/.test(head.text) || comma.text !== "," || !/^\d{3}$/.test(group.text)) return null;
  if (comma.start !== head.end || group.start !== comma.end + 1 || group.sentence !== head.sentence) return null;
  const listGoesOn = after?.text === "," && /^\d/.test(tokens[i + 4]?.text ?? "");
  const before = tokens[i - 1];
  const listCameBefore = before?.text === "," && /^\d+$/.test(tokens[i - 2]?.text ?? "");
  if (listGoesOn || listCameBefore) return null;
  const value = Number(head.text) * 1000 + Number(group.text);
  return { first: i, last: i + 2, value, low: value, high: value, kind: "digits" };
}

function decimals(s: string): number {
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** "million" after the digits, or "m"/"bn" written against them. */
function readScale(tokens: readonly Token[], i: number): { scale: number; last: number } | null {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || next.sentence !== t.sentence) return null;
  const word = SCALE_WORDS.get(next.norm);
  if (word) return { scale: word, last: i + 1 };
  // "a 2-million-dollar deal"
  const afterHyphen = tokens[i + 2];
  const hyphenScale = afterHyphen && next.norm === "-" && next.start === t.end && afterHyphen.start === next.end ? SCALE_WORDS.get(afterHyphen.norm) : undefined;
  if (hyphenScale) return { scale: hyphenScale, last: i + 2 };
  const prev = tokens[i - 1];
  const money = prev !== undefined && prev.end === t.start && CURRENCY_SYMBOLS.has(prev.norm);
  // Finance writes millions as "MM" ("$200MM"); lower case "200mm" is millimetres, so only capitals after money count.
  if (money && next.text === "MM" && next.start === t.end) return { scale: 1e6, last: i + 1 };
  const abbreviation = SCALE_ABBREVIATIONS.get(next.norm);
  if (!abbreviation) return null;
  if (next.start !== t.end && !SPACED_SCALE_ABBREVIATIONS.has(next.norm)) return null;
  // "$5m" is millions; "fell 200m" is metres: "m" scales money, and a plural it counts ("1.2m people").
  if (METRE_OR_MILLION.has(next.norm) && !money && !countsMillions(tokens, i)) return null;
  return { scale: abbreviation, last: i + 1 };
}

/**
 * "1.2m people", "3m homes", "40m cubic metres": "m" before a plural noun or a volume counts it in millions. After an article the plural
 * is a name for a race or an event ("the 400m hurdles"), which metres measure.
 */
function countsMillions(tokens: readonly Token[], i: number): boolean {
  const before = sameSentence(tokens, i, -1);
  if (before && (before.pos === "DET" || before.norm === "a" || before.norm === "an" || before.norm === "the")) return false;
  const after = sameSentence(tokens, i + 1, 1)?.norm ?? "";
  // "40m cubic metres of water": an area or volume is counted in millions, never in metres.
  return AREA_WORDS.has(after) || (countedNounFollows(tokens, i + 1) && !LENGTH_UNITS.has(after));
}

function readVague(tokens: readonly Token[], i: number): Core | null {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  // "two hundreds" is not English; "the hundreds" and "test scores" are not counts.
  if (prev && prev.sentence === t.sentence && (readCoreValueWord(prev.norm) !== undefined || prev.norm === "the")) return null;
  const of = tokens[i + 1];
  const ofSame = of !== undefined && of.sentence === t.sentence && of.norm === "of";
  const scaleWord = ofSame ? tokens[i + 2] : undefined;
  const multiplier = VAGUE_MULTIPLIERS.get(t.norm);
  if (multiplier && scaleWord && scaleWord.sentence === t.sentence) {
    const unit = VAGUE_SCALE_OF.get(scaleWord.norm);
    if (unit !== undefined) {
      const low = multiplier[0] * unit;
      const high = (multiplier[1] + 1) * unit - 1;
      return { first: i, last: i + 2, value: low, low, high, kind: "vague" };
    }
  }
  const range = VAGUE_PLURALS.get(t.norm);
  if (!range) return null;
  if (t.norm === "scores" && !ofSame) return null;
  if (t.pos === "VERB") return null;
  return { first: i, last: i, value: range[0], low: range[0], high: range[1], kind: "vague" };
}

function readCoreValueWord(norm: string): number | undefined {
  return UNIT_WORDS.get(norm) ?? TEN_WORDS.get(norm);
}

/** Written-out numbers: "twenty-five", "three hundred and twelve", "a dozen", "half a dozen", "two million". */
function readWords(tokens: readonly Token[], i: number): Core | null {
  const sentence = (tokens[i] as Token).sentence;
  let j = i;
  let leading = 0;
  const first = tokens[i] as Token;
  if (first.norm === "half") return readHalfOf(tokens, i);
  const partOf = readPartOfA(tokens, i);
  if (partOf) return partOf;
  if (first.norm === "a" || first.norm === "an") {
    const next = tokens[i + 1];
    if (!next || next.sentence !== sentence || !(SCALE_WORDS.has(next.norm) || next.norm === "dozen")) return null;
    leading = 1;
    j = i + 1;
  }
  let total = 0;
  let current = leading;
  let last = -1;
  let previous: "none" | "unit" | "ten" | "hundred" | "scale" = leading ? "unit" : "none";
  let biggestScale = 0;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) break;
    const unit = UNIT_WORDS.get(t.norm);
    const ten = TEN_WORDS.get(t.norm);
    const scale = SCALE_WORDS.get(t.norm);
    if (unit !== undefined) {
      if (previous === "unit" || (previous === "ten" && unit >= 10)) break;
      current += unit;
      previous = "unit";
    } else if (ten !== undefined) {
      if (previous === "unit" || previous === "ten") break;
      current += ten;
      previous = "ten";
    } else if (t.norm === "hundred") {
      if (previous === "hundred") break;
      current = (current || 1) * 100;
      previous = "hundred";
    } else if (scale !== undefined) {
      if (previous === "none" || (biggestScale && scale >= biggestScale)) break;
      total += (current || 1) * scale;
      current = 0;
      biggestScale = scale;
      previous = "scale";
    } else if (t.norm === "dozen") {
      if (previous === "none") break;
      current = (current || 1) * 12;
      previous = "scale";
    } else if (isJoiner(tokens, j, previous)) {
      j++;
      continue;
    } else {
      break;
    }
    last = j;
    j++;
  }
  if (last < 0 || (leading && last === i)) return null;
  const value = total + current;
  return { first: i, last, value, low: value, high: value, kind: "words" };
}

const PARTS_OF_A: ReadonlyMap<string, number> = new Map([["quarter", 0.25], ["quarters", 0.25], ["third", 1 / 3], ["thirds", 1 / 3]]);

/**
 * "a quarter of a million", "three quarters of a million": the part of the scale word, which alone
 * would read as a whole one.
 */
function readPartOfA(tokens: readonly Token[], i: number): Core | null {
  if (!PARTS_OF_A.has(sameSentence(tokens, i, 1)?.norm ?? "")) return null;
  const first = tokens[i] as Token;
  const parts = first.norm === "a" ? 1 : UNIT_WORDS.get(first.norm);
  const words = [1, 2, 3, 4].map((k) => sameSentence(tokens, i, k)?.norm ?? "");
  const part = PARTS_OF_A.get(words[0] ?? "");
  const scale = SCALE_WORDS.get(words[3] ?? "");
  if (parts === undefined || part === undefined || words[1] !== "of" || words[2] !== "a" || scale === undefined) return null;
  const value = Math.round(scale * part * parts);
  return { first: i, last: i + 4, value, low: value, high: value, kind: "words" };
}

/** "half a dozen", "half a million": half of the word after "a", which alone would read as a whole one. */
function readHalfOf(tokens: readonly Token[], i: number): Core | null {
  const [article, word] = [sameSentence(tokens, i, 1), sameSentence(tokens, i, 2)];
  if (article?.norm !== "a" || !word) return null;
  const whole = word.norm === "dozen" ? 12 : SCALE_WORDS.get(word.norm);
  if (whole === undefined) return null;
  const value = whole / 2;
  return { first: i, last: i + 2, value, low: value, high: value, kind: "words" };
}

/** The hyphen in "twenty-five" and "two-million", and the "and" in "three hundred and twelve". */
function isJoiner(tokens: readonly Token[], j: number, previous: string): boolean {
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  if (!next || next.sentence !== t.sentence) return false;
  const tight = t.start === (tokens[j - 1] as Token).end && next.start === t.end;
  if (t.norm === "-" && previous === "ten") return tight && UNIT_WORDS.has(next.norm);
  // "a two-million-euro booty"
  if (t.norm === "-" && previous !== "none" && previous !== "scale") return tight && SCALE_WORDS.has(next.norm);
  if (t.norm === "and" && (previous === "hundred" || previous === "scale")) return UNIT_WORDS.has(next.norm) || TEN_WORDS.has(next.norm);
  return false;
}

// ---------------------------------------------------------------------------
// What the number is not

function isYearValue(v: number): boolean {
  return Number.isInteger(v) && v >= 1800 && v <= 2099;
}

/** Day numbers next to a month name, clock times, and anything written with a clock word after it. */
function isDateOrTime(tokens: readonly Token[], core: Core): boolean {
  const t = tokens[core.first] as Token;
  const prev = sameSentence(tokens, core.first, -1);
  const next = sameSentence(tokens, core.last, 1);
  if (gluedToMoreDigits(tokens, core.last)) return true;
  // "05 / 02 / 2013" as rebuilt from tokens
  if (prev?.norm === "/" || next?.norm === "/") return true;
  // "May. 3": wink may end a sentence at the abbreviation's dot, so look across it
  const rawPrev = tokens[core.first - 1];
  const beforeDot = rawPrev?.norm === "." ? tokens[core.first - 2] : prev;
  if (beforeDot && (MONTHS.has(stripDot(beforeDot.norm)) || WEEKDAYS.has(beforeDot.norm))) return true;
  if (next && MONTHS.has(stripDot(next.norm))) return true;
  if (next && CLOCK_FOLLOWERS.has(next.norm)) return true;
  if (CLOCK_LIKE.test(t.text) && prev && CLOCK_PRECEDERS.has(prev.norm)) return true;
  // the day in "4th of July" is an ordinal and never reaches here; "May 4, 2023": the year goes by isYearValue
  return false;
}

/**
 * wink splits "2.30am." into "2.3" + "0am." and "4.15am." into "4" + "." + "15am.": a number written
 * against more digits (or a clock suffix) without a space is a fragment of something else.
 */
function gluedToMoreDigits(tokens: readonly Token[], last: number): boolean {
  let end = (tokens[last] as Token).end;
  for (let j = last + 1; j < tokens.length && j <= last + 3; j++) {
    const t = tokens[j] as Token;
    if (t.start !== end) return false;
    if (/\d|^(?:am|pm)\b/i.test(t.text)) return true;
    end = t.end;
  }
  return false;
}

/** "Flight 253", "No. 10", "Route 66", "Windows 10", "AK 47": a number that names rather than counts. */
function isLabel(tokens: readonly Token[], core: Core): boolean {
  const prev = sameSentence(tokens, core.first, -1);
  if (!prev) return false;
  if (LABEL_WORDS.has(prev.norm)) return true;
  // "AK 47 rifles", "F 16 jets": a model's letters and number, even with a noun after them.
  if (/^[A-Z]{1,3}$/.test(prev.text) && prev.pos === "PROPN" && (tokens[core.first] as Token).start - prev.end <= 1) return true;
  const startsSentence = core.first - 1 === 0 || (tokens[core.first - 2] as Token | undefined)?.sentence !== prev.sentence;
  const capitalised = /^[A-Z]/.test(prev.text);
  return prev.pos === "PROPN" && capitalised && !startsSentence && !countedNounFollows(tokens, core.last);
}

/** "call 0800 555 111": groups of digits side by side, or a leading zero, dial a number and count nothing. */
function isPhoneNumberPart(tokens: readonly Token[], core: Core): boolean {
  if (core.kind !== "digits" || core.first !== core.last) return false;
  const t = tokens[core.first] as Token;
  if (/^0\d{2,}$/.test(t.text)) return true;
  const digitGroup = (other: Token | undefined) => other !== undefined && other.sentence === t.sentence && /^\d{2,}$/.test(other.text);
  const prev = tokens[core.first - 1];
  const next = tokens[core.first + 1];
  return (digitGroup(prev) && t.start - (prev as Token).end === 1) || (digitGroup(next) && (next as Token).start - t.end === 1);
}

function isFraction(tokens: readonly Token[], last: number): boolean {
  const hyphen = tokens[last + 1];
  const word = tokens[last + 2];
  if (!hyphen || !word || hyphen.norm !== "-" || hyphen.start !== (tokens[last] as Token).end) return false;
  return word.start === hyphen.end && FRACTION_WORDS.has(word.norm);
}

/** "one" counts in "one person died", not in "one of them", "no one", "one day". */
function isCountingOne(tokens: readonly Token[], i: number): boolean {
  const prev = sameSentence(tokens, i, -1);
  if (prev && ONE_NOT_COUNT_PREV.has(prev.norm)) return false;
  let j = i + 1;
  while (tokens[j] && tokens[j]?.sentence === tokens[i]?.sentence && tokens[j]?.pos === "ADJ") j++;
  const next = tokens[j];
  if (!next || next.sentence !== tokens[i]?.sentence) return false;
  return (next.pos === "NOUN" || next.pos === "PROPN") && !ONE_NOT_COUNT_NEXT.has(next.norm);
}

/** "Reid, 33, said", "the actress, 26, checked in": an age in apposition to a name or a noun. */
function ageAppositive(tokens: readonly Token[], core: Core): boolean {
  if (core.kind !== "digits" || core.value < 1 || core.value > 120 || !Number.isInteger(core.value)) return false;
  const comma = sameSentence(tokens, core.first, -1);
  const name = sameSentence(tokens, core.first, -2);
  const after = tokens[core.last + 1];
  if (!comma || !name || comma.norm !== "," || (name.pos !== "PROPN" && name.pos !== "NOUN")) return false;
  return !after || after.sentence !== comma.sentence || after.norm === "," || after.norm === ".";
}

function countedNounFollows(tokens: readonly Token[], last: number): boolean {
  const next = sameSentence(tokens, last, 1);
  if (!next) return false;
  if (next.pos !== "NOUN" && next.pos !== "PROPN") return false;
  return next.norm !== next.lemma || PERSON_NOUNS.has(next.norm);
}

function sameSentence(tokens: readonly Token[], i: number, delta: number): Token | undefined {
  const base = tokens[i];
  const other = tokens[i + delta];
  return base && other && other.sentence === base.sentence ? other : undefined;
}

function stripDot(s: string): string {
  return s.endsWith(".") ? s.slice(0, -1) : s;
}

// ---------------------------------------------------------------------------
// Modifiers around the number

function matchPrefix(tokens: readonly Token[], first: number): { first: number; bound: PrefixKind } | null {
  const before = sameSentence(tokens, first, -1);
  if (!before) return null;
  const candidates = PREFIXES_BY_LAST_WORD.get(before.norm);
  if (!candidates) return null;
  for (const [words, bound] of candidates) {
    const start = first - words.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = tokens[start + k] as Token;
      ok = t.norm === words[k] && t.sentence === before.sentence;
    }
    if (ok) return { first: start, bound };
  }
  return null;
}

/** "30 to 40", "30-40", "two or three", "between 30 and 40". Returns "skip" for a score or a span of years. */
function extendRange(tokens: readonly Token[], core: Core, afterBetween: boolean): Core | "skip" | null {
  if (core.kind === "range") {
    if (core.high === core.low) return "skip";
    return countedNounFollows(tokens, core.last) || afterBetween ? core : "skip";
  }
  if (core.kind === "vague") return null;
  const joiner = sameSentence(tokens, core.last, 1);
  if (!joiner) return null;
  const joins = afterBetween ? joiner.norm === "and" : joiner.norm === "to" || joiner.norm === "-" || joiner.norm === "–" || joiner.norm === "or";
  if (!joins) return null;
  // "rose from 30 to 40" is a change between two values, not a range
  if (sameSentence(tokens, core.first, -1)?.norm === "from") return null;
  let second = core.last + 2;
  const symbol = tokens[second];
  if (symbol && symbol.sentence === joiner.sentence && CURRENCY_SYMBOLS.has(symbol.norm)) second++;
  if (!tokens[second] || tokens[second]?.sentence !== joiner.sentence) return null;
  const other = readCore(tokens, second);
  if (!other || other.kind === "vague" || other.kind === "range") return null;
  let low = core.value;
  let precision = core.precision;
  if (other.scale && !core.scale) {
    low *= other.scale;
    precision = other.precision;
  }
  if (!(other.value > low)) return null;
  const ranged: Core = { first: core.first, last: other.last, value: low, low, high: other.value, kind: "range" };
  if (precision !== undefined) ranged.precision = precision;
  return ranged;
}

function matchSuffix(tokens: readonly Token[], last: number): { last: number; bound: Bound } | null {
  const a = sameSentence(tokens, last, 1);
  const b = sameSentence(tokens, last, 2);
  if (!a) return null;
  const tight = a.start === (tokens[last] as Token).end;
  if (a.norm === "+" && tight) return { last: last + 1, bound: "atLeast" };
  if (!b) return null;
  if (a.norm === "or" && b.norm === "more") return { last: last + 2, bound: "atLeast" };
  if (a.norm === "or" && (b.norm === "fewer" || b.norm === "less")) return { last: last + 2, bound: "upTo" };
  if (a.norm === "or" && b.norm === "so") return { last: last + 2, bound: "approx" };
  if (a.norm === "and" && b.norm === "counting") return { last: last + 2, bound: "atLeast" };
  if (a.norm === "-" && tight && b.start === a.end) {
    if (b.norm === "plus") return { last: last + 2, bound: "atLeast" };
    if (b.norm === "odd") return { last: last + 2, bound: "odd" };
  }
  return null;
}

function matchPercent(tokens: readonly Token[], last: number): { last: number; unit: string } | null {
  const a = sameSentence(tokens, last, 1);
  if (!a) return null;
  if (a.norm === "%" || a.norm === "percent" || a.norm === "pct" || a.norm === "pct.") return { last: last + 1, unit: "%" };
  const b = sameSentence(tokens, last, 2);
  if (a.norm === "per" && b?.norm === "cent") return { last: last + 2, unit: "%" };
  if (a.norm === "percentage" && (b?.norm === "points" || b?.norm === "point")) return { last: last + 2, unit: "percentage point" };
  return null;
}

// ---------------------------------------------------------------------------
// What is counted, and what happened to it

/**
 * The counted noun: the first noun after the number, past adjectives and names ("two US drones"),
 * "of the" ("40 of the victims"), or joined by a hyphen ("a 10-year sentence", "12-year-old").
 */
function countedNoun(tokens: readonly Token[], from: number, core: Core): { unit: string; last: number; rule?: string } | null {
  const sentence = (tokens[core.first] as Token).sentence;
  const hyphen = tokens[from];
  if (hyphen && hyphen.norm === "-" && hyphen.start === (tokens[from - 1] as Token).end) return hyphenCompound(tokens, from);
  let j = from;
  if (tokens[j]?.norm === "of" && tokens[j]?.sentence === sentence) {
    j++;
    const det = tokens[j];
    if (det && (det.pos === "DET" || det.norm === "their" || det.norm === "his" || det.norm === "her" || det.norm === "its")) j++;
  }
  let skipped = 0;
  const joined = (a: Token | undefined, b: Token | undefined) => Boolean(a && b && a.end === b.start);
  while (j < tokens.length && skipped <= 3) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return null;
    // "his team-high 11 rebounds", "a career-best 30 points": a hyphened modifier, not the counted noun.
    if (tokens[j + 1]?.norm === "-" && joined(t, tokens[j + 1]) && joined(tokens[j + 1], tokens[j + 2]) && tokens[j + 2]?.sentence === sentence) {
      j += 3;
      skipped++;
      continue;
    }
    // "23 Somali and Yemeni pirates": modifiers joined by "and" still lead to the noun.
    if (j > from && (t.norm === "and" || t.norm === "or" || t.norm === ",") && MODIFIER_POS.has(tokens[j - 1]?.pos ?? "") && MODIFIER_POS.has(tokens[j + 1]?.pos ?? "")) {
      j++;
      skipped++;
      continue;
    }
    if (t.pos === "NOUN" && !/^[^a-z]/i.test(t.norm)) {
      const next = tokens[j + 1];
      // "20 police officers": the head is the last noun of a compound; a plural before an -ing word
      // ends the phrase ("six hours sealing the tank").
      const gerundAfterPlural = t.norm !== t.lemma && next?.norm.endsWith("ing") === true;
      if (next && next.sentence === sentence && next.pos === "NOUN" && /^[a-z]/.test(next.norm) && !gerundAfterPlural) {
        j++;
        skipped++;
        continue;
      }
      return { unit: unitLemma(t), last: j };
    }
    if (t.pos === "PROPN") {
      const next = tokens[j + 1];
      const conjoined = next && (next.norm === "and" || next.norm === "or" || next.norm === ",") && MODIFIER_POS.has(tokens[j + 2]?.pos ?? "");
      if (next && next.sentence === sentence && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ" || conjoined)) {
        j++;
        skipped++;
        continue;
      }
      // plural names of peoples: "three Palestinians"
      return t.norm.endsWith("s") && t.norm.length > 4 ? { unit: t.norm.slice(0, -1), last: j } : null;
    }
    if (t.pos === "ADJ" || t.pos === "NUM") {
      j++;
      skipped++;
      continue;
    }
    if (t.pos === "VERB" && tokens[j + 1]?.pos === "NOUN" && tokens[j + 1]?.sentence === sentence) {
      j++;
      skipped++;
      continue;
    }
    return null;
  }
  return null;
}

const MODIFIER_POS = new Set(["ADJ", "PROPN"]);
/** "a 9,000-square-foot store", "a 40-square-metre flat": an area, which no length or count is. */
const AREA_WORDS = new Set(["square", "cubic"]);

function hyphenCompound(tokens: readonly Token[], hyphenAt: number): { unit: string; last: number; rule?: string } | null {
  const word = tokens[hyphenAt + 1];
  const hyphen = tokens[hyphenAt] as Token;
  if (!word || word.start !== hyphen.end) return null;
  const second = tokens[hyphenAt + 2];
  const third = tokens[hyphenAt + 3];
  if (word.norm === "year" && second?.norm === "-" && third?.norm === "old") return { unit: "year-old", last: hyphenAt + 3, rule: "age" };
  if (AREA_WORDS.has(word.norm) && second?.norm === "-" && third && third.start === second.end) return { unit: `${word.norm} ${unitLemma(third)}`, last: hyphenAt + 3 };
  if (word.norm === "strong") {
    const noun = tokens[hyphenAt + 2];
    if (noun && noun.pos === "NOUN") return { unit: unitLemma(noun), last: hyphenAt + 2 };
    return null;
  }
  if (word.pos === "NOUN") return { unit: unitLemma(word), last: hyphenAt + 1 };
  return null;
}

function unitLemma(t: Token): string {
  if (PERSON_NOUNS.has(t.norm)) return "person";
  return CURRENCY_WORDS.get(t.norm) ?? LENGTH_UNITS.get(t.norm) ?? t.lemma;
}

/**
 * What happened to the counted things: the verb the number is object of ("killed 40"), else the
 * verb or adjective after the counted noun ("40 people were killed", "five dead"), else an event noun
 * ("40 deaths", "a death toll of 40").
 */
function findPredicate(tokens: readonly Token[], first: number, after: number): string {
  const before = predicateBefore(tokens, first);
  if (before && !LIGHT_PREDICATES.has(before)) return fold(before);
  const following = predicateAfter(tokens, after, (tokens[first] as Token).sentence);
  if (following && !LIGHT_PREDICATES.has(following)) return fold(following);
  if (tollBefore(tokens, first)) return "die";
  return "";
}

function predicateBefore(tokens: readonly Token[], first: number): string {
  let j = first - 1;
  const sentence = (tokens[first] as Token).sentence;
  while (j >= 0 && tokens[j]?.sentence === sentence && (tokens[j]?.pos === "ADV" || tokens[j]?.pos === "PART")) j--;
  const t = tokens[j];
  if (!t || t.sentence !== sentence || t.pos !== "VERB") return "";
  return t.lemma;
}

function predicateAfter(tokens: readonly Token[], from: number, sentence: number): string {
  let j = from;
  let steps = 0;
  while (j < tokens.length && steps < 5) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return "";
    if (t.pos === "VERB" || (t.pos === "ADJ" && PREDICATE_FOLD.has(t.norm))) return t.pos === "ADJ" ? t.norm : t.lemma;
    if (t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART" || RELATIVE_PRONOUNS.has(t.norm)) {
      j++;
      steps++;
      continue;
    }
    return "";
  }
  return "";
}

/** "a death toll of 40", "the toll rose to 40". */
function tollBefore(tokens: readonly Token[], first: number): boolean {
  const sentence = (tokens[first] as Token).sentence;
  for (let j = first - 1; j >= 0 && j >= first - 4; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return false;
    if (t.norm === "toll" || t.norm === "tolls") return true;
  }
  return false;
}

function fold(lemma: string): string {
  return PREDICATE_FOLD.get(lemma) ?? lemma;
}

// ---------------------------------------------------------------------------
// Comparing numbers

/** Whether two intervals share at least one value. */
export function intervalsMeet(a: { low: number; high: number }, b: { low: number; high: number }): boolean {
  return a.low <= b.high && b.low <= a.high;
}

export type NumberConflict = { conflict: boolean; strength: "strong" | "weak" };

/**
 * Two counts of the same thing conflict when their intervals do not meet. The conflict is weak
 * when it may come from wording rather than fact: an open bound touching the other value ("40" vs
 * "more than 40"), a vague plural ("hundreds" vs "1,200"), or a rounded figure within its rounding
 * ("1.5 million" vs "1.52 million"). When there is no conflict, strength is "weak" (nothing to weigh).
 * Whether a and b count the same thing is the caller's question; see sameCountedThing.
 */
export function numberConflict(a: NumberMention, b: NumberMention): NumberConflict {
  if (intervalsMeet(a, b)) return { conflict: false, strength: "weak" };
  const gap = Math.max(a.low - b.high, b.low - a.high);
  const scale = Math.max(1, Math.abs(a.value), Math.abs(b.value));
  const touching = gap <= 4 * OPEN_EPSILON * scale;
  const vague = a.rule.startsWith("numbers/vague") || b.rule.startsWith("numbers/vague");
  const rounding = Math.max(a.precision ?? 0, b.precision ?? 0) / 2;
  const weak = touching || vague || gap <= rounding;
  return { conflict: true, strength: weak ? "weak" : "strong" };
}

/**
 * A cheap test that two mentions may count the same thing: the same unit, or one unit unknown and
 * the same predicate ("killed 40" and "40 people were killed"); units that differ ("soldiers" vs
 * "civilians") or predicates that differ ("killed" vs "injured") say they do not.
 */
export function sameCountedThing(a: NumberMention, b: NumberMention): boolean {
  const predicatesAgree = !a.predicate || !b.predicate || a.predicate === b.predicate;
  if (a.unit && b.unit) return a.unit === b.unit && predicatesAgree;
  if (!a.unit && !b.unit) return Boolean(a.predicate) && a.predicate === b.predicate;
  const known = a.unit ? a : b;
  if (known.unit === "%" || known.unit === "year-old" || known.unit === "magnitude" || CURRENCY_SYMBOLS.has(known.unit)) return false;
  return Boolean(a.predicate) && a.predicate === b.predicate;
}
