import { sameEntity } from "../annotate/entities.js";
import { gazetteerEntry } from "../annotate/entities/gazetteer.js";
import { numberConflict, sameCountedThing } from "../annotate/numbers.js";
import type { NumberMention, Token } from "../model/types.js";
import { quote, type FindingDraft } from "./findings.js";
import { inOtherUnits, inUnitOf, withUnitWord } from "./measures.js";
import { differentPeople, personBefore } from "./people.js";
import { ageUntied, differentAges, farFromReport, pairConfidence, smallHunkHolding, unitText, type PairCheck, type PairContext } from "./pair.js";
import { timexInterval } from "./time-interval.js";
import type { Unit } from "./units.js";

const sameInterval = (x: NumberMention, y: NumberMention) => x.low === y.low && x.high === y.high;

/**
 * Pair similarity from which two counts are tied by a shared unit alone, or by the same place in
 * the two sentences. In looser pairs "spent four seasons as director" and "has spent 19 seasons with
 * the club", or "a three-game streak" and "eight of 10 games", are mostly different quantities: they
 * need a shared predicate ("killed 40" / "40 died").
 */
const UNIT_ALONE_TIE = 0.7;

/** Lengths of time and of play: "four seasons", "28 years", "54 games" measure so many different spans that the unit ties nothing. */
export const SPAN_UNITS: ReadonlySet<string> = new Set(["second", "minute", "hour", "day", "night", "week", "month", "year", "season", "decade", "century", "game", "round", "term"]);

/** "three other rifles", "two more boats": a part counted beside a total, not a rival figure for it. */
const PART_AFTER = /^[\s-]*(?:other|more|additional|further|extra|remaining)\b/i;
function isPartCount(text: string, n: NumberMention): boolean {
  return PART_AFTER.test(text.slice(n.end, n.end + 16));
}

/**
 * "an 86-yard touchdown run", "a 10-mile race": a measure after "a" sizes one thing, it counts nothing, and
 * is no rival for a total of the unit ("226 yards rushing"). Lengths of time are the same however written
 * ("a 40-year sentence" / "sentenced to 35 years"), and so are ages.
 */
const ARTICLE_BEFORE = /\ban?\s+$/i;
function sizesOneThing(text: string, n: NumberMention): boolean {
  return n.unit !== "year-old" && !SPAN_UNITS.has(n.unit) && ARTICLE_BEFORE.test(text.slice(Math.max(0, n.start - 4), n.start));
}

/**
 * "grabbed 6 of his 11 rebounds", "three of the five victims": a count of part of a whole the sentence
 * also gives, set against a plain count ("grabbed seven rebounds") it measures a share, not the total.
 */
const OF_WHOLE = /^\s*of\s+(?:the|his|her|their|its|our|all)\b[^,;.]*$/i;
const WHOLE_WITHIN = 30;
function isShareOfWhole(unit: Unit, text: string, n: NumberMention): boolean {
  return unit.numbers.some((m) => m.start > n.end && m.start - n.end <= WHOLE_WITHIN && OF_WHOLE.test(text.slice(n.end, m.start)));
}

/** The unit dates what it tells a month or more from its report's reference date: not the news. */
function isBackground(ctx: PairContext, unit: Unit): boolean {
  return unit.timexes.some((t) => {
    const interval = t.type === "DATE" || t.type === "TIME" ? timexInterval(t.value) : null;
    return interval !== null && farFromReport(ctx, unit, interval);
  });
}

/**
 * The unit tells of a country its pair's report never names, while that report names countries of its
 * own: the two tell of events in different lands.
 */
function inCountryOtherReportOmits(ctx: PairContext, unit: Unit, other: Unit): boolean {
  const isCountry = (e: { type: string; canonical: string }) => e.type === "place" && gazetteerEntry(e.canonical)?.kind === "country";
  const otherCountries = ctx.texts.doc(other.articleId).entities.filter(isCountry);
  const omitted = unit.entities.filter(isCountry).filter((e) => !otherCountries.some((n) => sameEntity(n.canonical, e.canonical, "place")));
  return omitted.length > 0 && otherCountries.length > 0;
}

const countsOf = (unit: Unit, counted: string): number => unit.numbers.filter((n) => n.unit === counted).length;

/**
 * The verb a length of time hangs from through a preposition ("sentenced [X] to six years", "deliberated for three
 * days"), within a few words and no punctuation. A span the verb takes as its object ("spent four seasons as
 * director" / "has spent 19 seasons with the club") is a stretch of a career, which many spans divide.
 */
const GOVERNOR_REACH = 6;
function spanGovernor(tokens: readonly Token[], n: NumberMention): string | undefined {
  const at = tokens.findIndex((t) => t.start >= n.start);
  if (at < 1 || (tokens[at - 1] as Token).pos !== "ADP") return undefined;
  for (let i = at - 2; i >= 0 && i >= at - GOVERNOR_REACH; i--) {
    const t = tokens[i] as Token;
    if (t.sentence !== n.sentence || t.pos === "PUNCT") return undefined;
    if (t.pos === "VERB") return t.lemma;
  }
  return undefined;
}

/**
 * "was sentenced to eight years" / "sentenced the mayor to six years": one verb governing one length of time in
 * each unit tells the same span, however many other spans the sentences hold ("a case that had gripped the town
 * for two years").
 */
function governedAlike(ctx: PairContext, a: Unit, x: NumberMention, b: Unit, y: NumberMention): boolean {
  const tokensA = ctx.texts.doc(a.articleId).tokens;
  const tokensB = ctx.texts.doc(b.articleId).tokens;
  const governor = spanGovernor(tokensA, x);
  if (governor === undefined || spanGovernor(tokensB, y) !== governor) return false;
  const alone = (unit: Unit, tokens: readonly Token[], n: NumberMention) =>
    unit.numbers.filter((m) => m.unit === n.unit && spanGovernor(tokens, m) === governor).length === 1;
  return alone(a, tokensA, x) && alone(b, tokensB, y);
}

/** "a total of 14 rifles in five operations so far" and "six rifles in the operation" count different scopes. */
const RUNNING_TOTAL = /\b(?:so far|a total of|in total|in all|altogether|to date|combined|cumulative|this year)\b/i;
const runningTotal = (text: string): boolean => RUNNING_TOTAL.test(text);

/** Figures in a sentence from which it reads as a line of statistics. */
const STAT_LINE = 3;
/** Counts this small recur in any two lines of figures without telling of one thing. */
const SMALL_COUNT = 10;

/**
 * Two counts of one thing conflict when their intervals do not meet ("killed 40" vs "at least 43").
 * Counts are tied by what they count (the same noun), or by standing in the same place of two
 * near-identical sentences. A miss by a hair ("40" vs "more than 40") is a weak conflict.
 */
export const numberCheck: PairCheck = {
  aspect: "number",
  check(ctx: PairContext): FindingDraft[] {
    const { a, b } = ctx.pair;
    if (a.numbers.length === 0 || b.numbers.length === 0) return [];
    // A running total and one occasion's count are different quantities, however alike the sentences.
    if (runningTotal(unitText(ctx, a)) !== runningTotal(unitText(ctx, b))) return [];
    // "In February a quake killed 612" beside "Ten people were killed": an earlier event told as background.
    if (isBackground(ctx, a) !== isBackground(ctx, b)) return [];
    const rest = [...b.numbers];
    const take = (match: (y: NumberMention) => boolean): NumberMention | undefined => {
      const i = rest.findIndex(match);
      return i >= 0 ? rest.splice(i, 1)[0] : undefined;
    };
    const drafts: FindingDraft[] = [];
    // Equal figures pair off, those counting the same thing first; then a figure the other report
    // gives for another noun ("seven AK-47s" / "seven assault rifles") is accounted for too, and is
    // not left over to clash with another count.
    // Not when the two tell of different happenings: "killed nine and injured 12" / "killed 12 and injured nine".
    const sameHappening = (x: NumberMention, y: NumberMention) => !x.predicate || !y.predicate || x.predicate === y.predicate;
    const textA = ctx.texts.doc(a.articleId).article.text;
    const textB = ctx.texts.doc(b.articleId).article.text;
    // "10 miles" and "16 km" are one figure converted; "16 km" and "16 miles" are two, however equal the numbers.
    const otherUnits = (x: NumberMention, y: NumberMention) => inOtherUnits(textA, x, textB, y);
    // `y` itself unless the two are one dimension in different units.
    const converted = (x: NumberMention, y: NumberMention) => inUnitOf(textB, y, textA, x);
    const unmatched = a.numbers.filter(
      (x) => !take((y) => sameHappening(x, y) && ((sameInterval(x, y) && (x.unit === y.unit || !x.unit || !y.unit)) || (otherUnits(x, y) && !numberConflict(x, converted(x, y)).conflict))),
    );
    const leftover = unmatched.filter((x) => !take((y) => sameInterval(x, y) && sameHappening(x, y) && !otherUnits(x, y)));
    // Figures that all pair off leave nothing to dispute; the checks of the whole reports below need not run.
    if (leftover.length === 0) return [];
    // "a quake in Norway killed 14" beside a report that names Chile and never Norway: another event.
    if (inCountryOtherReportOmits(ctx, a, b) || inCountryOtherReportOmits(ctx, b, a)) return [];
    // Two lines of figures with not one figure in common ("269 yards ... 29 passes for 201 yards" /
    // "793 yards ... 39 passes for 302 yards") are two players' or two seasons' lines, not one disputed.
    // Small counts meet by chance ("two touchdowns" in both lines), so those alone, outnumbered by the
    // figures that differ, do not make the lines one.
    if (a.numbers.length >= STAT_LINE && b.numbers.length >= STAT_LINE) {
      const shared = a.numbers.filter((x) => !leftover.includes(x));
      const byChance = shared.every((x) => x.high <= SMALL_COUNT) && shared.length < Math.min(leftover.length, rest.length);
      if (shared.length === 0 || byChance) return [];
    }
    const tiedByWhatTheyCount = (x: NumberMention, y: NumberMention): boolean => {
      if ((x.unit === "" && y.unit === "") || !(sameCountedThing(x, y) || otherUnits(x, y))) return false;
      if (isPartCount(textA, x) || isPartCount(textB, y) || sizesOneThing(textA, x) !== sizesOneThing(textB, y)) return false;
      // "548 rushing yards and 258 receiving yards": the noun cannot tell apart several counts of it.
      const unit = x.unit || y.unit;
      if (SPAN_UNITS.has(unit) && x.unit === y.unit && governedAlike(ctx, a, x, b, y)) return true;
      if (countsOf(a, unit) > 1 || countsOf(b, y.unit || unit) > 1) return false;
      if (ctx.pair.similarity >= UNIT_ALONE_TIE) return true;
      return Boolean(x.predicate && x.predicate === y.predicate) && !SPAN_UNITS.has(unit);
    };
    // "Carter scored 14 points" and "Echenique scored 11 points", or "He has 605 yards" of one player and
    // another's "He caught passes for 68 yards": each person's own count, told of the person before it.
    const samePerson = (x: NumberMention, y: NumberMention): boolean => !differentPeople(personBefore(ctx, a, x.start), personBefore(ctx, b, y.start));
    // A part ("two more miners died") is no rival for a whole ("eleven miners died"), however alike the sentences.
    const sameScope = (x: NumberMention, y: NumberMention): boolean =>
      isShareOfWhole(a, textA, x) === isShareOfWhole(b, textB, y) && isPartCount(textA, x) === isPartCount(textB, y);
    // Told of different people, only the ages themselves are set side by side.
    const ofOnePerson = differentAges(a, b) || ageUntied(ctx, a, b) ? (x: NumberMention) => x.unit === "year-old" : () => true;
    for (const x of leftover.filter(ofOnePerson)) {
      const hx = smallHunkHolding(ctx, "a", x);
      // Tied by what they count, else by standing in the same place of two near-identical sentences.
      const y =
        take((y) => tiedByWhatTheyCount(x, y) && samePerson(x, y) && sameScope(x, y)) ??
        (hx >= 0 && ctx.pair.similarity >= UNIT_ALONE_TIE
          ? take((y) => (x.unit === y.unit || !x.unit || !y.unit || otherUnits(x, y)) && smallHunkHolding(ctx, "b", y) === hx && samePerson(x, y) && sameScope(x, y))
          : undefined);
      if (!y) continue;
      if (ordersApart(x, y)) continue;
      const units = otherUnits(x, y);
      const verdict = numberConflict(x, converted(x, y));
      if (!verdict.conflict) continue;
      const strength = verdict.strength === "weak" ? 0.5 : 1;
      const what = units ? "" : x.unit || y.unit;
      // Figures in two units are told with their units, or "16" against "16" reads as no difference at all.
      const [sx, sy] = units ? [withUnitWord(textA, x), withUnitWord(textB, y)] : [x.text, y.text];
      drafts.push({
        kind: "contradiction",
        aspect: "number",
        rule: `number/intervals-disjoint-${verdict.strength}`,
        summary: `Number${what ? ` of ${what}` : ""} differs in ${quote(unitText(ctx, a), 70)}: ${ctx.texts.label(a.articleId)} says ${quote(sx, 30)}, ${ctx.texts.label(b.articleId)} says ${quote(sy, 30)}${laterNote(ctx)}`,
        claims: [
          { span: ctx.texts.span(a.articleId, x.start, x.end), value: units ? `${describe(x)} ${x.unit}` : describe(x) },
          { span: ctx.texts.span(b.articleId, y.start, y.end), value: units ? `${describe(y)} ${y.unit}` : describe(y) },
        ],
        confidence: pairConfidence(ctx.pair, strength),
      });
    }
    return drafts;
  },
};

/**
 * "Tens of thousands" and "ten", "hundreds" and "three": a word for an order of magnitude set a hundredfold
 * from a count measures another thing (another quake, another crowd), not the same one told wrong.
 */
const ORDERS_APART = 100;
function ordersApart(x: NumberMention, y: NumberMention): boolean {
  // An order of magnitude spans a factor of two or more ("tens of thousands": 20,000 to 99,999).
  const magnitude = (n: NumberMention) => n.low > 0 && Number.isFinite(n.high) && n.high >= 2 * n.low;
  if (!magnitude(x) && !magnitude(y)) return false;
  const [low, high] = x.low >= y.low ? [y, x] : [x, y];
  return low.high > 0 && high.low / low.high >= ORDERS_APART;
}

export function describe(n: NumberMention): string {
  if (n.low === n.high) return String(n.low);
  // Open bounds sit an epsilon off the stated figure: show the figure, with ">" or "<" for the nudge.
  if (n.high === Infinity) return n.low > n.value ? `>${n.value}` : `>=${n.low}`;
  if (n.low === -Infinity || n.low === 0) return n.high < n.value ? `<${n.value}` : `<=${n.high}`;
  return `${n.low}..${n.high}`;
}

/** A toll that grows between reports is still a conflict, but the reader needs to know which came later. */
function laterNote(ctx: PairContext): string {
  const da = ctx.texts.doc(ctx.pair.a.articleId).article.published;
  const db = ctx.texts.doc(ctx.pair.b.articleId).article.published;
  if (!da || !db || da === db) return "";
  const later = da > db ? ctx.pair.a.articleId : ctx.pair.b.articleId;
  return ` (${ctx.texts.label(later)} is the later report)`;
}
