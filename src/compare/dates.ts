import { RELATIVE_PRONOUNS, SUBORDINATORS } from "../annotate/statements/lexicon.js";
import { isStampCued } from "../annotate/time/lexicon.js";
import { sameEntity } from "../annotate/entities.js";
import { datedByItsOwnDate, onDateline } from "../annotate/reference-date.js";
import type { AnnotatedDoc, Entity, Timex } from "../model/types.js";
import type { AlignedPair } from "./align.js";
import { quote, type FindingDraft, type StoryTexts } from "./findings.js";
import { happeningKindsOf } from "./lexicon.js";
import { isSpeaker } from "./names.js";
import { differentAges, farFromReport, monthOrMoreApart, pairConfidence, reportInterval, smallHunkHolding, unitText, type PairCheck, type PairContext } from "./pair.js";
import { intervalsMeet, isBareClockTime, timexInterval, type TimeInterval } from "./time-interval.js";
import { termOf, type Unit, type UnitKey } from "./units.js";

/**
 * What a date in a unit dates: the words someone is reported to have said ("said the door was checked
 * that morning"), the saying itself ("in a statement released on Wednesday, the company said"), or,
 * in a unit that reports no one, the fact.
 */
type DateRole = "reported" | "saying" | "fact";
/**
 * What a date owes to a reference date that may not be the report's own: nothing; its year ("March 5" in a
 * report with no date of its own); or its day ("Tuesday", "yesterday", resolved against a borrowed date).
 */
type Borrowed = "nothing" | "year" | "day";
/** `opensSpan`: the date begins a stretch that runs on ("since 2019", "beginning with the 1990s"), not a moment. */
type Dated = { timex: Timex; interval: TimeInterval; timeOnly: boolean; role: DateRole; borrowed: Borrowed; opensSpan: boolean };

function dated(unit: Unit, doc: AnnotatedDoc): Dated[] {
  const out: Dated[] = [];
  const text = doc.article.text;
  const undated = !datedByItsOwnDate(doc);
  for (const timex of unit.timexes) {
    if (timex.type !== "DATE" && timex.type !== "TIME") continue;
    if (isPageStamp(text, timex)) continue;
    const interval = looseWeek(timex, doc) ?? timexInterval(timex.value);
    if (!interval) continue;
    const opensSpan = SPAN_START.test(text.slice(Math.max(0, timex.start - SPAN_START_REACH), timex.start));
    out.push({ timex, interval, timeOnly: isBareClockTime(timex), role: dateRole(unit, timex), borrowed: borrowedPart(timex, undated || quoted(unit, timex, text)), opensSpan });
  }
  return out;
}

/** "last week", "the past week": the week before the report's, or the seven days just gone, which may lie in the report's own week. */
const LOOSE_WEEK = /^(?:the\s+)?(?:last|past)\s+week$/i;

/**
 * Said on a Saturday of the Monday just gone, "he escaped last week" is no contradiction of "escaped Monday":
 * the words stretch from the week before the report's up to the report's day.
 */
function looseWeek(timex: Timex, doc: AnnotatedDoc): TimeInterval | null {
  if (!LOOSE_WEEK.test(timex.text.trim())) return null;
  const week = timexInterval(timex.value);
  const reference = timexInterval(doc.referenceDate.value);
  if (!week || !reference || !/^\d{4}-W\d{2}$/.test(timex.value)) return null;
  return { start: week.start, end: Math.max(week.end, reference.start) };
}

/**
 * Within quotation marks "today" is the day the words were spoken, which the report need not give; so
 * too in words quoted with no cue the annotator knows ("chanted", "read a banner"): an odd count of
 * quotation marks before the date in its unit opens a quote.
 */
function quoted(unit: Unit, timex: Timex, text: string): boolean {
  if (unit.statements.some((s) => s.direct && s.content.start <= timex.start && timex.end <= s.content.end)) return true;
  return (text.slice(unit.start, timex.start).match(/["\u201C\u201D]/g) ?? []).length % 2 === 1;
}

const YEAR_WRITTEN = /\b(?:1[89]|20)\d\d\b|['\u2019]\d\d\b/;
/** A month's name or a numeric date: words that fix a month and day with no reference, if not a year. */
const MONTH_WRITTEN = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d\s*[/.-]\s*\d/i;
const WEEKDAY_NAMED = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

function borrowedPart(timex: Timex, referenceUnsure: boolean): Borrowed {
  if (!referenceUnsure || YEAR_WRITTEN.test(timex.text)) return "nothing";
  return MONTH_WRITTEN.test(timex.text) ? "year" : "day";
}

/**
 * A report with no date of its own resolves "Tuesday" or "yesterday" against a date borrowed from its
 * story, which may not be the day it was written; a quote resolves them against the report's date, not
 * the day the words were spoken. Weekday names still say something ("Tuesday" is no Wednesday, whatever
 * the week); other relative days say nothing another report can contradict; a month and day written
 * without a year are held to their month and day.
 */
function borrowedDatesMeet(x: Dated, y: Dated): boolean {
  if (x.borrowed === "day" || y.borrowed === "day") {
    const named = (d: Dated) => WEEKDAY_NAMED.test(d.timex.text);
    const day = (d: Dated) => /^\d{4}-\d{2}-\d{2}/.test(d.timex.value);
    const weekdayCheckable = (d: Dated) => d.borrowed !== "day" || named(d);
    if (!weekdayCheckable(x) || !weekdayCheckable(y) || !day(x) || !day(y)) return true;
    return weekdayOf(x.timex.value) === weekdayOf(y.timex.value);
  }
  // "31 December" in a report dated from its story may carry another year than "December 31" does.
  const monthDay = (d: Dated) => (/^\d{4}(-\d{2}(?:-\d{2})?)/.exec(d.timex.value)?.[1] ?? null);
  const mx = monthDay(x);
  const my = monthDay(y);
  return mx === null || my === null || mx.startsWith(my) || my.startsWith(mx);
}

/**
 * Both reports write the same relative words ("this morning", "in February"): what they say agrees, and
 * values that differ come from the days they were dated, not from the words.
 */
function sameWording(x: Dated, y: Dated): boolean {
  return !YEAR_WRITTEN.test(x.timex.text) && x.timex.text.toLowerCase() === y.timex.text.toLowerCase();
}

function weekdayOf(value: string): number {
  return new Date(`${value.slice(0, 10)}T12:00:00Z`).getUTCDay();
}

const CLOCK = /\d[:.]\d\d|\d\s*[ap]\.?m\b/i;

/**
 * When a copy of the page was published or updated, not when anything happened: reports of one event
 * are stamped at different times, and that is no contradiction. A stamp follows its cue, stands on a
 * dateline ("Marrowby, 5 March 2025" on a line of its own), or, holding a clock time, opens the text
 * before any sentence does.
 */
export function isPageStamp(text: string, timex: Timex): boolean {
  if (isStampCued(text, timex.start, timex.end) || onDateline(text, timex.start, timex.end)) return true;
  return text.slice(0, timex.start).trim() === "" && CLOCK.test(timex.text);
}

function dateRole(unit: Unit, timex: Timex): DateRole {
  if (unit.statements.length === 0) return "fact";
  return inReported(unit, timex) ? "reported" : "saying";
}

/** Within what one of the unit's statements reports. */
function inReported(unit: Unit, span: { start: number; end: number }): boolean {
  return unit.statements.some((s) => s.content.start <= span.start && span.end <= s.content.end);
}

/** When one report dates the saying and the other what was said, the two dates are of two events. */
function sameEvent(x: Dated, y: Dated): boolean {
  return x.role === y.role || (x.role !== "saying" && y.role !== "saying");
}

/** The content terms of what a unit's statements report, leaving out who spoke and how. */
function reportedTerms(unit: Unit): Set<string> {
  return new Set(unit.keys.filter((k) => k.content && inReported(unit, k)).map((k) => termOf(k.key)));
}

/**
 * "Rescuers said on Monday the whale had died" / "rescuers said on Friday they had done all they could":
 * the days of two sayings are of one saying only when the same thing was said.
 */
function saysTheSame(ctx: PairContext, x: Dated, y: Dated): boolean {
  if (x.role !== "saying" || y.role !== "saying") return true;
  const said = reportedTerms(ctx.pair.b);
  return [...reportedTerms(ctx.pair.a)].some((term) => said.has(term));
}

// "that morning", "the following day": dated through another date, which may be another event's.
const ANAPHORIC = /^(?:that|those|the (?:following|next|previous|same|day)|later|earlier)\b/i;
const anaphoric = (t: Timex) => ANAPHORIC.test(t.text);

function timeOfDay(value: string): string | null {
  const m = /T(\d{2}:\d{2}|MO|MI|AF|EV|NI|DT)$/.exec(value);
  return m ? (m[1] as string) : null;
}

// Clock times in different zones ("13:36 GMT" / "5:11 p.m." local) cannot be set side by side.
const ZONE = /\b(GMT|UTC|[ECMP][SD]?T|BST|CES?T|local time)\b/i;
const zoneOf = (t: Timex): string => ZONE.exec(t.text)?.[1]?.toUpperCase() ?? "";

const DAY_MS = 24 * 3600 * 1000;

/**
 * "at 9 pm local time (03:00 GMT Saturday)" / "sank on Friday": a day in a zone's time may be the day
 * before or after where the other report writes, so a day either side meets.
 */
function zonedAgainstLocal(x: Dated, y: Dated): boolean {
  if (zoneOf(x.timex) === zoneOf(y.timex)) return false;
  return Math.max(x.interval.start - y.interval.end, y.interval.start - x.interval.end) < DAY_MS;
}

/**
 * "Midnight Tuesday" is the midnight that begins Tuesday or the one that ends it: TimeML writes the
 * ending one (T24:00), others the beginning one (T00:00); this is the other of the two.
 */
function otherMidnight(value: string): TimeInterval | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(00|24):00$/.exec(value);
  if (!m) return null;
  const at = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]! + (m[4] === "00" ? 1 : 0));
  return { start: at, end: at + 60_000 };
}

/** Words before a date that make it the start of a stretch of time rather than when something happened. */
const SPAN_START = /\b(?:since|(?:beginning|starting) (?:with|in|from))\s+$/i;
const SPAN_START_REACH = 20;

/** A date inside a stretch the other opens ("in 2021" / "since 2019") falls within it; two openings are compared as dates. */
function withinOpenedSpan(x: Dated, y: Dated): boolean {
  if (x.opensSpan === y.opensSpan) return false;
  const [start, inside] = x.opensSpan ? [x, y] : [y, x];
  return inside.interval.start >= start.interval.start;
}

function meets(x: Dated, y: Dated): boolean {
  if (withinOpenedSpan(x, y)) return true;
  if ((x.borrowed !== "nothing" || y.borrowed !== "nothing") && !x.timeOnly && !y.timeOnly && borrowedDatesMeet(x, y)) return true;
  if (timeOfDay(x.timex.value) && timeOfDay(y.timex.value) && zoneOf(x.timex) !== zoneOf(y.timex)) return true;
  if (zonedAgainstLocal(x, y)) return true;
  const endX = otherMidnight(x.timex.value);
  const endY = otherMidnight(y.timex.value);
  if ((endX && intervalsMeet(endX, y.interval)) || (endY && intervalsMeet(x.interval, endY))) return true;
  if (x.timeOnly || y.timeOnly) {
    const tx = timeOfDay(x.timex.value);
    const ty = timeOfDay(y.timex.value);
    // Compare clock against clock only; a bare time against a whole day says nothing.
    if (!tx || !ty || !(x.timeOnly && y.timeOnly)) return true;
    return tx === ty;
  }
  return intervalsMeet(x.interval, y.interval);
}

/**
 * Years alone ("in 1990", "the 1970s", "this year") date a life's or a firm's history, where sentences
 * alike by a name and a verb ("founded", "joined") tell different episodes: only closely tied sentences
 * are held to one year.
 */
const YEARS_TIE = 0.5;
const coarserThanMonth = (d: Dated) => !/^\d{4}-(?:\d{2}|W\d{2})/.test(d.timex.value);

/**
 * Pair similarity from which two dates are of one fact wherever they stand. Below it, one sentence often
 * tells two things ("sentenced Saturday for the March 11, 2005, incident"), and two dates are of one
 * fact only when each dates the same words: a content word, not a name, among the few before each ("the
 * attack happened on Tuesday" / "the attack happened early on Wednesday"), or they sit in one small hunk.
 */
const PLACE_ALONE_TIE = 0.7;

/**
 * A word set before a noun it qualifies ("on the injured list", "a broken window") names a kind of
 * thing, not the happening the date is told of: "was hurt on Sunday" and "put on the injured list on
 * Tuesday" date two events.
 */
function qualifiesNextNoun(unit: Unit, index: number): boolean {
  const next = unit.keys[index + 1];
  return next !== undefined && next.kind === "word" && next.content && next.pos === "NOUN";
}

/**
 * Words that open a clause of its own when a verb follows them before the date: a relative or subordinate
 * clause ("a shooting that occurred Monday", "killed when a bomb went off Tuesday") or a second predicate
 * ("cordoned off the street and were searching for him Friday").
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, ...SUBORDINATORS, "where", "whose"]);
/** A verb form after an article or adjective is a noun ("the stabbing", "a fatal shooting"), which opens no clause. */
const isVerbKey = (keys: readonly UnitKey[], i: number) => {
  const k = keys[i] as UnitKey;
  return (k.pos === "VERB" || k.pos === "AUX") && keys[i - 1]?.pos !== "DET" && keys[i - 1]?.pos !== "ADJ";
};
const opensClause = (k: UnitKey) => k.kind === "word" && (k.pos === "CCONJ" || (CLAUSE_OPENERS.has(k.key) && k.pos !== "DET"));

/**
 * Where the clause a date stands in begins: a date dates its own clause's happening, and the words of the
 * clause it hangs on or is joined to ("in the neighborhood" of "cordoned off streets in the neighborhood")
 * tell another. A preposition with no verb after it ("arrested after the attack Tuesday") opens nothing.
 */
function clauseStart(unit: Unit, d: Dated): number {
  let verbSeen = false;
  for (let i = unit.keys.length - 1; i >= 0; i--) {
    const k = unit.keys[i] as UnitKey;
    if (k.end > d.timex.start) continue;
    if (verbSeen && opensClause(k)) return k.end;
    verbSeen ||= isVerbKey(unit.keys, i);
  }
  return unit.start;
}

function wordsBefore(unit: Unit, d: Dated): Set<string> {
  const from = clauseStart(unit, d);
  return new Set(
    unit.keys
      .filter((k, i) => k.start >= from && k.end <= d.timex.start && k.content && k.kind === "word" && k.pos !== "PROPN" && !qualifiesNextNoun(unit, i))
      .slice(-WORDS_BEFORE)
      .map((k) => termOf(k.key)),
  );
}

function datesTheSameWord(ctx: PairContext, x: Dated, y: Dated): boolean {
  const [a, b] = [ctx.pair.a, ctx.pair.b];
  const [wx, wy] = [wordsBefore(a, x), wordsBefore(b, y)];
  if ([...wx].some((term) => wy.has(term)) || sameKindOfHappening(a, x, b, y)) return true;
  // The diff of two loosely alike sentences lines up whatever is left over, dates of two events among it.
  if (ctx.pair.similarity < HUNK_TIE) return false;
  const hx = smallHunkHolding(ctx, "a", x.timex);
  return hx >= 0 && hx === smallHunkHolding(ctx, "b", y.timex);
}

/** Words between a verb and the date that cannot be half of a verb's phrase ("struck a reef"). */
const NOT_IN_PHRASE = new Set(["DET", "PRON", "NUM"]);

/**
 * The kinds of happening the verb a date follows tells, read from the words from that verb up to the date:
 * "ran aground on Wednesday" and "hit rocks on Tuesday" tell one kind; "an inquiry into the grounding opened on
 * Thursday" tells an opening, whatever it names.
 */
function happeningKinds(unit: Unit, d: Dated): Set<number> {
  const from = clauseStart(unit, d);
  const before = unit.keys.filter((k) => k.start >= from && k.end <= d.timex.start && k.kind === "word" && !NOT_IN_PHRASE.has(k.pos));
  let verb = before.length - 1;
  while (verb >= 0 && (before[verb] as UnitKey).pos !== "VERB") verb--;
  return happeningKindsOf(verb < 0 ? [] : before.slice(verb).map((k) => k.key));
}

function sameKindOfHappening(a: Unit, x: Dated, b: Unit, y: Dated): boolean {
  return sharesKind(happeningKinds(a, x), happeningKinds(b, y));
}

const sharesKind = (x: ReadonlySet<number>, y: ReadonlySet<number>): boolean => [...x].some((kind) => y.has(kind));

/** A unit's entities not named as a speaker: who or what a happening befell. */
const namedNotSpeaking = (u: Unit): Entity[] => u.entities.filter((e) => !isSpeaker(u, e));

/** The thing or person named in both, not as a speaker (each list from `namedNotSpeaking`). */
function namedInBoth(named: readonly Entity[], other: readonly Entity[]): boolean {
  return named.some((e) => other.some((f) => f.type === e.type && sameEntity(e.canonical, f.canonical, e.type)));
}

/**
 * Sentences of two reports too unlike to align that tell one happening: each names the same participant and
 * dates a verb of one kind of happening ("The ferry Nordlys ran aground on Wednesday" / "The Nordlys hit rocks
 * on Tuesday"). Their dates are compared as an aligned pair's are; the opening of an inquiry into it, another
 * kind of happening, is not set against it.
 */
export function sameHappeningPairs(
  unitsByDoc: readonly Unit[][],
  aligned: readonly AlignedPair[],
  texts: StoryTexts,
  similarity: (u: Unit, v: Unit) => number,
): AlignedPair[] {
  const paired = new Set(aligned.map((p) => `${p.a.id}|${p.b.id}`));
  const datedIn = new Map<Unit, Dated[]>();
  const datesOf = (u: Unit): Dated[] => {
    let out = datedIn.get(u);
    if (!out) datedIn.set(u, (out = u.timexes.length === 0 ? [] : dated(u, texts.doc(u.articleId)).filter((d) => d.role !== "saying" && !d.timeOnly)));
    return out;
  };
  // Each unit's kinds and named entities are read once, not again for every unit of the other report.
  const kindsIn = new Map<Dated, Set<number>>();
  const kindsOf = (u: Unit, d: Dated): Set<number> => {
    let out = kindsIn.get(d);
    if (!out) kindsIn.set(d, (out = happeningKinds(u, d)));
    return out;
  };
  const namedIn = new Map<Unit, Entity[]>();
  const namedOf = (u: Unit): Entity[] => {
    let out = namedIn.get(u);
    if (!out) namedIn.set(u, (out = namedNotSpeaking(u)));
    return out;
  };
  const pairs: AlignedPair[] = [];
  for (let i = 0; i < unitsByDoc.length; i++) {
    for (let j = i + 1; j < unitsByDoc.length; j++) {
      for (const a of unitsByDoc[i] as Unit[]) {
        if (datesOf(a).length === 0) continue;
        for (const b of unitsByDoc[j] as Unit[]) {
          if (datesOf(b).length === 0 || paired.has(`${a.id}|${b.id}`) || !namedInBoth(namedOf(a), namedOf(b))) continue;
          if (!datesOf(a).some((x) => datesOf(b).some((y) => sharesKind(kindsOf(a, x), kindsOf(b, y))))) continue;
          const tie = similarity(a, b);
          if (tie > 0) pairs.push({ a, b, similarity: tie, mutual: false });
        }
      }
    }
  }
  return pairs;
}

/** Pair similarity from which two dates in one small diff hunk are taken to date the same words. */
const HUNK_TIE = 0.5;

/** The content words just before a date that say what it dates ("a warehouse in the port of"); names say who, not what. */
const WORDS_BEFORE = 3;

/**
 * "Sunday's playoff game", "yesterday's hearing", "the March 11 incident", "the 2000 award": a date
 * standing before a noun dates that thing, not what the sentence tells ("was arrested Tuesday").
 */
const POSSESSIVE_AFTER = /^['\u2019]s\b/;
const THE_BEFORE = /\bthe\s+$/i;
const NOUN_AFTER = /^,?\s*(?!(?:of|in|on|at|to|for|and|or|but|when|after|before|until|since|by|with|from|as|that|which|who)\b)[a-z]/i;
const NOUN_WORDS = 3;

function isAttributive(text: string, t: Timex): boolean {
  const after = text.slice(t.end, t.end + 40);
  if (POSSESSIVE_AFTER.test(after)) return true;
  return THE_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)) && !/^the\b/i.test(t.text) && NOUN_AFTER.test(after);
}

/** The words a date is told of: the noun it stands before, or the content words before it. */
function datedWords(unit: Unit, text: string, d: Dated): Set<string> {
  if (!isAttributive(text, d.timex)) return wordsBefore(unit, d);
  // The noun phrase only: its words run on from the date up to the first function word ("game after the arrest").
  const words = new Set<string>();
  for (const k of unit.keys.filter((k) => k.start >= d.timex.end && !POSSESSIVE_AFTER.test(k.key))) {
    if (!k.content || (k.kind !== "word" && k.kind !== "entity") || words.size >= NOUN_WORDS) break;
    words.add(termOf(k.key));
  }
  return words;
}

/** A date standing before a noun and a date of something else in the other report are of two things. */
function datesOneThing(ctx: PairContext, x: Dated, y: Dated): boolean {
  const textA = ctx.texts.doc(ctx.pair.a.articleId).article.text;
  const textB = ctx.texts.doc(ctx.pair.b.articleId).article.text;
  if (!isAttributive(textA, x.timex) && !isAttributive(textB, y.timex)) return true;
  const wy = datedWords(ctx.pair.b, textB, y);
  return [...datedWords(ctx.pair.a, textA, x)].some((term) => wy.has(term));
}

/**
 * "a hearing was scheduled for Wednesday", "is due to appear on Tuesday": the date of a plan, which is
 * not the date of what happened ("was heard this morning"), however alike the words.
 */
const PLAN_CUE = /\b(?:scheduled|slated|due|expected|planned|pencill?ed in|set for|adjourned|remanded|will|is to|are to)\b[^.;:!?]*$/i;
const PLAN_REACH = 60;
/**
 * "stays on for Semifinal Saturday", "tickets for next Tuesday": a date right after "for" that has not yet
 * come is one looked to. "charged for Friday's stabbing" names the cause, and a past one.
 */
const FOR_DATE = /\bfor\s+(?:(?:next|this|coming)\s+|\p{Lu}\p{L}*\s+)?$/iu;

function planned(ctx: PairContext, unit: Unit, d: Dated): boolean {
  const text = ctx.texts.doc(unit.articleId).article.text;
  const before = text.slice(Math.max(unit.start, d.timex.start - PLAN_REACH), d.timex.start);
  return PLAN_CUE.test(before) || (FOR_DATE.test(before) && !POSSESSIVE_AFTER.test(text.slice(d.timex.end, d.timex.end + 3)) && !beforeReport(ctx, unit, d));
}

/** The date ends before its report's reference date. */
function beforeReport(ctx: PairContext, unit: Unit, d: Dated): boolean {
  const reference = reportInterval(ctx, unit);
  return reference !== null && d.interval.end <= reference.start;
}

function isBackgroundDate(ctx: PairContext, unit: Unit, d: Dated): boolean {
  return !d.timeOnly && farFromReport(ctx, unit, d.interval);
}

/** Both units name people, and not one of them the same: they tell of different people's doings. */
function differentPeople(a: Unit, b: Unit): boolean {
  const people = (u: Unit) => u.entities.filter((e) => e.type === "person").map((e) => e.canonical);
  const [pa, pb] = [people(a), people(b)];
  return pa.length > 0 && pb.length > 0 && !pa.some((x) => pb.some((y) => sameEntity(x, y, "person")));
}

/**
 * The person named last before a date in its unit, not as a speaker: whose doing the date most likely dates
 * ("Jon Lind opened a bakery on Monday, a day before his brother Erik Lind opened one").
 */
function personBefore(unit: Unit, d: Dated): Entity | undefined {
  return unit.entities.filter((e) => e.type === "person" && e.end <= d.timex.start && !isSpeaker(unit, e)).at(-1);
}

/** Each date follows a different person's name: two people's doings, though each unit may name both. */
function datesOfDifferentPeople(a: Unit, x: Dated, b: Unit, y: Dated): boolean {
  const [p, q] = [personBefore(a, x), personBefore(b, y)];
  return p !== undefined && q !== undefined && !sameEntity(p.canonical, q.canonical, "person");
}

/**
 * "The roof gave way on Monday evening, the council said on Wednesday": where a unit dates what was said as
 * well as the saying, the saying's date is not the happening's, and meeting another report's date of the
 * happening ("fell in on Tuesday night") does not settle it.
 */
function sayingAgainstTold(x: Dated, ofX: readonly Dated[], y: Dated, ofY: readonly Dated[]): boolean {
  const tells = (list: readonly Dated[]) => list.some((d) => d.role === "reported");
  return (x.role === "saying" && y.role !== "saying" && tells(ofX)) || (y.role === "saying" && x.role !== "saying" && tells(ofY));
}

/**
 * Dates and times: values that cannot both be true of one fact. Equal values pair off first,
 * then meeting ones ("Sunday night" and "Sunday evening"); what is left on both sides conflicts.
 */
export const dateCheck: PairCheck = {
  aspect: "date",
  check(ctx: PairContext): FindingDraft[] {
    const left = dated(ctx.pair.a, ctx.texts.doc(ctx.pair.a.articleId));
    const right = dated(ctx.pair.b, ctx.texts.doc(ctx.pair.b.articleId));
    if (left.length === 0 || right.length === 0) return [];
    const rest = [...right];
    const take = (x: Dated, match: (x: Dated, y: Dated) => boolean): boolean => {
      const i = rest.findIndex((y) => match(x, y));
      if (i >= 0) rest.splice(i, 1);
      return i >= 0;
    };
    const unmatchedLeft = left.filter((x) => !take(x, (p, q) => p.timex.value === q.timex.value || sameWording(p, q))).filter((x) => !take(x, (p, q) => meets(p, q) && !sayingAgainstTold(p, left, q, right)));
    // "Jackson was arrested Jan. 6" / "Williams was arrested Feb. 1": alike sentences about different people.
    if (differentPeople(ctx.pair.a, ctx.pair.b) || differentAges(ctx.pair.a, ctx.pair.b)) return [];
    const drafts: FindingDraft[] = [];
    for (const x of unmatchedLeft) {
      const i = rest.findIndex((y) => y.timeOnly === x.timeOnly && sameEvent(x, y));
      if (i < 0) continue;
      const y = rest.splice(i, 1)[0] as Dated;
      // A year alone against a day ("returned in 1994" / "was fired March 2") is as much an episode apart.
      if (ctx.pair.similarity < YEARS_TIE && (coarserThanMonth(x) || coarserThanMonth(y))) continue;
      if (ctx.pair.similarity < PLACE_ALONE_TIE && !datesTheSameWord(ctx, x, y)) continue;
      // "The last big quake was in February" / "the quake struck on Sunday": in loosely tied sentences a
      // date a month or more from its report's own and a date of the news are of two events.
      // Dates a few days apart across that line ("late November" / "early December") may still be one.
      const apart = monthOrMoreApart(x.interval, y.interval);
      if (ctx.pair.similarity < PLACE_ALONE_TIE && apart && isBackgroundDate(ctx, ctx.pair.a, x) !== isBackgroundDate(ctx, ctx.pair.b, y)) continue;
      if (!datesOneThing(ctx, x, y) || !saysTheSame(ctx, x, y)) continue;
      if (datesOfDifferentPeople(ctx.pair.a, x, ctx.pair.b, y)) continue;
      if (planned(ctx, ctx.pair.a, x) !== planned(ctx, ctx.pair.b, y)) continue;
      const sameDay = x.timex.value.slice(0, 10) === y.timex.value.slice(0, 10);
      const aspect = sameDay || x.timeOnly ? "time" : "date";
      const a = ctx.pair.a.articleId;
      const b = ctx.pair.b.articleId;
      drafts.push({
        kind: "contradiction",
        aspect,
        rule: "date/intervals-disjoint",
        summary: `${aspect === "time" ? "Time" : "Date"} differs for ${quote(unitText(ctx, ctx.pair.a), 70)}: ${ctx.texts.label(a)} says ${x.timex.value} (${quote(x.timex.text, 40)}), ${ctx.texts.label(b)} says ${y.timex.value} (${quote(y.timex.text, 40)})`,
        claims: [
          { span: ctx.texts.span(a, x.timex.start, x.timex.end), value: x.timex.value },
          { span: ctx.texts.span(b, y.timex.start, y.timex.end), value: y.timex.value },
        ],
        confidence: pairConfidence(ctx.pair, anaphoric(x.timex) || anaphoric(y.timex) ? 0.6 : 1),
      });
    }
    return drafts;
  },
};
