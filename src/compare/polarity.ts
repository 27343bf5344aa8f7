import { sameEntity } from "../annotate/entities.js";
import { NEAR_COPY } from "./align.js";
import { quote, type FindingDraft } from "./findings.js";
import { oppositeHappening } from "./happenings.js";
import { NEGATING_VERBS, NEGATORS } from "./lexicon.js";
import { differentPeople, peopleIn, personBefore } from "./people.js";
import type { Hunk } from "./diff.js";
import { hunkKeys, pairConfidence, unitText, type PairCheck, type PairContext } from "./pair.js";
import type { Statement } from "../model/types.js";
import { intervalsMeet, timexInterval, type TimeInterval } from "./time-interval.js";
import { termOf, type Unit, type UnitKey } from "./units.js";

// Words that carry no claim of their own next to a negation; "said" vs "denied" flips only the polarity, and
// "managed to reach" against "failed to reach" only that. "to" is the link of "failed to", "managed to".
const AUXILIARIES = new Set(["<say>", "do", "be", "have", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "ever", "at", "all", "manage", "to"]);
/** Pair similarity from which two sentences make one claim, so that a negation on one side flips it. */
const SAME_CLAIM = 0.5;
/**
 * Near copies whose negations merely differ in number must share a thing and something said of it:
 * sentences sharing a name only ("Felt was 95" / "Felt never said it") are no copies of one claim.
 */
const MIN_SHARED_TERMS = 2;
function sharedTerms(a: Unit, b: Unit): number {
  let n = 0;
  for (const term of a.terms) if (b.terms.has(term)) n++;
  return n;
}
/** "not", "denied", or a verb that says the act after it did not happen ("failed to agree", "refused to confirm"). */
function isNegation(unit: Unit, k: UnitKey): boolean {
  if (NEGATORS.has(k.key) || k.key === "<deny>") return true;
  return NEGATING_VERBS.has(k.key) && unit.keys[unit.keys.indexOf(k) + 1]?.key === "to";
}

/**
 * A negation that denies something the other unit states: not one that grades, counts times or adds ("never closed
 * for this long", "not the first time", "not only") where the other unit has no such grading ("was closed for six
 * hours"), for then both tell that the thing happened. "Not the first time" against "the first time" still conflict.
 */
function deniesAgainst(unit: Unit, k: UnitKey, other: Unit): boolean {
  if (!isNegation(unit, k)) return false;
  const grading = NEGATORS.has(k.key) ? gradingAfter(unit, k) : undefined;
  return !grading || other.keys.some((o) => o.key === grading.key);
}

/** "not only", "not just": the negation adds to what is told rather than denying it. */
const ADDING = new Set(["only", "just", "merely", "simply"]);
/** "not the first time", "not for the last time": the negation counts times, and the thing happened this one. */
const ORDINAL = new Set(["first", "last", "only"]);
/** "never ... this long", "not so bad", "never such a storm": the negation sets a degree, not whether it happened. */
// Not "that": as often a link before a question or a clause ("did not say that how many") as a degree ("not that bad").
const DEGREE = new Set(["this", "so", "as"]);
const COMPARING = new Set(["such", "than"]);
/** Keys after a negation within which a degree word grades its claim. */
const DEGREE_REACH = 6;

/** The word by which a negation grades ("this" of "this long", "before"), counts times ("first") or adds ("only"). */
function gradingAfter(unit: Unit, negation: UnitKey): UnitKey | undefined {
  const at = unit.keys.indexOf(negation);
  const after = unit.keys.slice(at + 1, at + 1 + DEGREE_REACH);
  const [first, second, third] = after;
  if (first && ADDING.has(first.key)) return first;
  if (first?.key === "the" && second && ORDINAL.has(second.key)) return second;
  if (first?.key === "for" && second?.key === "the" && third && ORDINAL.has(third.key)) return third;
  // "had never been closed before": "before" closing the clause dates nothing, it says "until now".
  const last = after.at(-1);
  if (last?.key === "before" && at + 1 + after.length === unit.keys.length) return last;
  return after.find((k, i) => COMPARING.has(k.key) || (DEGREE.has(k.key) && gradesWord(after[i + 1], after[i + 2])));
}

/** Times, additions and questions that read like degrees: "not found so far", "not there as well", "not as how". */
const NOT_DEGREES = new Set(["far", "well", "how"]);

/**
 * "this long", "so bad": a degree word grades the word after it when nothing is named after that; with a noun after
 * it is a determiner or a link ("this past week", "named as main suspect", "said that several people").
 */
function gradesWord(word: UnitKey | undefined, next: UnitKey | undefined): boolean {
  if (!word || (word.pos !== "ADJ" && word.pos !== "ADV") || NOT_DEGREES.has(word.key)) return false;
  return !next || (next.kind === "word" && next.pos !== "NOUN" && next.pos !== "PROPN");
}
function negations(unit: Unit): UnitKey[] {
  return unit.keys.filter((k) => isNegation(unit, k));
}

/**
 * Polarity: one report says it happened, the other that it did not ("was" / "was not",
 * "denied" / "admitted"). Counted on the diff, so "not far from" against "near" (a different word
 * as well as a negation) is not taken for a denial.
 */
export const polarityCheck: PairCheck = {
  aspect: "polarity",
  check(ctx: PairContext): FindingDraft[] {
    const { a, b } = ctx.pair;
    // In loosely tied sentences the diff pairs whatever is left over ("the rep told Us" / "the rep
    // would not reveal"): a lone negation there says nothing about the same claim.
    if (atDifferentTimes(a, b) || asks(ctx, a) !== asks(ctx, b)) return [];
    // "The match was called off" / "The match went ahead" share little but their subject, which the wordings tie.
    if (ctx.pair.similarity < SAME_CLAIM) return oppositeHappeningDrafts(ctx);
    // Negations in a clause only one side has ("and had no further comment") belong to no shared claim;
    // the rest must differ in parity for one side to deny what the other states ("no gun" / "not").
    const na = sharedNegations(a, b, ctx.hunks, "a");
    const nb = sharedNegations(b, a, ctx.hunks, "b");
    const loose = ctx.pair.similarity < NEAR_COPY;
    const flipped = na.length % 2 !== nb.length % 2 && na.filter((k) => denies(a, b, k, loose)).length % 2 !== nb.filter((k) => denies(b, a, k, loose)).length % 2;
    for (const hunk of ctx.hunks) {
      const x = hunkKeys(a, hunk, "a");
      const y = hunkKeys(b, hunk, "b");
      const negationOnly = flipped ? negationFlip(a, x, b, y) : null;
      // "the lease has not been sold" / "the ferry has been repaired and later sold": past the inserted
      // negation the other side goes on to another verb, which is what it affirms.
      if (negationOnly && !sameClaimAfter(a, hunk.aTo, b, hunk.bTo)) continue;
      const flip = negationOnly ?? denialFlip(x, y) ?? (flipped ? noneAgainstCount(x, y) : null);
      if (!flip) continue;
      return draftUnlessOthers(ctx, flip.a ?? anchorOf(a, hunk.aFrom), flip.b ?? anchorOf(b, hunk.bFrom), 1, "polarity/negation-flipped");
    }
    const opposite = oppositeHappeningDrafts(ctx);
    if (opposite.length > 0) return opposite;
    // Otherwise near copies whose negations do not pair up (a negation moved into a reworded clause).
    if (ctx.pair.similarity >= NEAR_COPY && flipped && sharedTerms(a, b) >= MIN_SHARED_TERMS) {
      return draftUnlessOthers(ctx, na[0] ?? facing(ctx, "a", nb[0]), nb[0] ?? facing(ctx, "b", na[0]), 0.6, "polarity/negation-count");
    }
    return [];
  },
};

/** "was called off" / "went ahead": told the other way round in other words, not by a negation. */
function oppositeHappeningDrafts(ctx: PairContext): FindingDraft[] {
  const { a, b } = ctx.pair;
  const opposite = oppositeHappening(a, unitText(ctx, a), b, unitText(ctx, b), deniesAgainst);
  if (!opposite) return [];
  // The claim is the whole wording ("called off"), not its first word; a wording never opens its unit (it has a subject).
  const [x, y] = [{ ...opposite.a.key, end: opposite.a.end }, { ...opposite.b.key, end: opposite.b.end }];
  return draftUnlessOthers(ctx, x, y, 1, "polarity/opposite-happening", [opposite.a.happened, opposite.b.happened]);
}

/**
 * "Was the pier evacuated?": a question states neither that it happened nor that it did not, so against a statement
 * it denies nothing. Two questions ("Why didn't police act?" / "Why did police act?") still ask opposite things.
 */
function asks(ctx: PairContext, unit: Unit): boolean {
  return /\?["'”’)\]]*$/u.test(unitText(ctx, unit).trimEnd());
}

/**
 * "Engineers never found a crack during last year's inspection" / "Engineers found a crack on Sunday": each side
 * dates what it tells, and the dates do not meet, so the two tell of two times, not one fact told both ways. A date
 * outside what a unit reports someone saying dates the saying ("the board said on Friday"), not the fact.
 */
function atDifferentTimes(a: Unit, b: Unit): boolean {
  const x = factTimes(a);
  if (x.length === 0) return false;
  const y = factTimes(b);
  return y.length > 0 && !x.some((p) => y.some((q) => intervalsMeet(p, q)));
}

/** Read once per unit: the check asks for both units of every pair alike enough to make one claim. */
const factTimesOfUnit = new WeakMap<Unit, TimeInterval[]>();

function factTimes(unit: Unit): TimeInterval[] {
  let times = factTimesOfUnit.get(unit);
  if (!times) factTimesOfUnit.set(unit, (times = readFactTimes(unit)));
  return times;
}

function readFactTimes(unit: Unit): TimeInterval[] {
  if (unit.timexes.length === 0) return [];
  const told = unit.timexes.filter((t) => unit.statements.length === 0 || unit.statements.some((st) => st.content.start <= t.start && t.end <= st.content.end));
  return told.map((t) => timexInterval(t.value)).filter((i): i is TimeInterval => i !== null);
}

/**
 * "Thomas scored" and "He has not scored" (of Bush, named before it): the two negations fall on what two
 * different people did. The person a side tells of is the one before its key, or for a key at the unit's
 * start (standing for the whole unit), the first one after it.
 */
function toldOfOthers(ctx: PairContext, x: UnitKey, y: UnitKey): boolean {
  const personAt = (unit: Unit, at: UnitKey) => personBefore(ctx, unit, at.start) ?? (at === unit.keys[0] ? peopleIn(ctx, unit)[0] : undefined);
  return differentPeople(personAt(ctx.pair.a, x), personAt(ctx.pair.b, y));
}

function draftUnlessOthers(ctx: PairContext, x: UnitKey, y: UnitKey, strength: number, rule: string, happened?: [boolean, boolean]): FindingDraft[] {
  // "If the council closes the promenade, ..." supposes the closing: against a stated fact it states neither side of
  // the claim. Two conditions ("if it is not evacuated" / "if it is evacuated") still suppose opposite things.
  if (x.hedged !== y.hedged) return [];
  return toldOfOthers(ctx, x, y) ? [] : [draft(ctx, x, y, strength, rule, happened)];
}

/** The unit's negations that deny against the other unit, less those in words it does not have at all (a dropped clause). */
function sharedNegations(unit: Unit, other: Unit, hunks: readonly Hunk[], side: "a" | "b"): UnitKey[] {
  const dropped = new Set<UnitKey>();
  for (const hunk of hunks) {
    const mine = hunkKeys(unit, hunk, side);
    const otherEmpty = side === "a" ? hunk.bFrom === hunk.bTo : hunk.aFrom === hunk.aTo;
    // "not yet" is a negation with an adverb, "refused to" one by itself; "and had no further comment" a clause of its own.
    if (otherEmpty && mine.some((k) => k.content && k.pos !== "ADV" && !isNegation(unit, k))) for (const k of mine) dropped.add(k);
  }
  return negations(unit).filter((k) => !dropped.has(k) && deniesAgainst(unit, k, other));
}

/**
 * Whether a negation denies what the other unit states. Not a "not ... until" that sets a time ("may not
 * be restored till 31 December" is "restored by December 31"), nor a denial the unit reports someone
 * making ("she claimed the shootings didn't happen") against a unit that reports no one and states the
 * fact itself, nor, in loosely alike sentences, a refusal to say.
 */
function denies(unit: Unit, other: Unit, negation: UnitKey, loose: boolean): boolean {
  // "said ... that she went to Promises" / "would not say what she was treated for": in loosely alike
  // sentences a refusal to say is about another matter; in near copies it denies the saying.
  if (setsATime(unit, negation) || mayNot(unit, negation) || (loose && refusesToSay(unit, negation))) return false;
  // "did not take part in drills" against a list of the same players and their injuries: the other unit
  // must state what is negated for the negation to deny it.
  const denied = negated(unit, negation);
  if (denied?.content && denied.kind === "word" && !other.terms.has(termOf(denied.key))) return false;
  const reported = unit.statements.find((st) => st.content.start <= negation.start && negation.end <= st.content.end);
  if (!reported) return true;
  if (other.statements.length === 0) return false;
  // "X said it was not one person" / "Y insisted it was one person": two people's claims, each report
  // telling its own truly, not one report denying what the other states.
  // The other report's saying of what is denied is the one sharing most of the words after the negation.
  const speaker = reported.speakerCanonical;
  const at = unit.keys.indexOf(negation);
  const words = new Set(unit.keys.slice(at + 1).filter((k) => k.content && k.end <= reported.content.end).slice(0, DENIED_WORDS).map((k) => termOf(k.key)));
  const shared = (st: Statement) => [...contentTerms(other, st)].filter((t) => words.has(t)).length;
  const best = Math.max(...other.statements.map(shared));
  const counterparts = other.statements.filter((st) => shared(st) === best);
  return !speaker || counterparts.some((st) => !st.speakerCanonical || sameEntity(st.speakerCanonical, speaker, "person"));
}

/** Content words after a negation that say what it denies ("was not [one person]"). */
const DENIED_WORDS = 3;

function contentTerms(unit: Unit, st: Statement): Set<string> {
  return new Set(unit.keys.filter((k) => k.content && st.content.start <= k.start && k.end <= st.content.end).map((k) => termOf(k.key)));
}

/**
 * The first key after a negation that is not an auxiliary, if it comes within two keys. The "one" of "no one" counts
 * who did it: what is denied is the verb after it ("no one was [hurt]").
 */
function negated(unit: Unit, negation: UnitKey): UnitKey | undefined {
  const at = unit.keys.indexOf(negation);
  return unit.keys.slice(at + 1, at + 3).find((k) => k.key === "<say>" || (!AUXILIARIES.has(k.key) && k.key !== "one"));
}

/** "would not say", "did not comment": the negation falls on a reporting verb. */
function refusesToSay(unit: Unit, negation: UnitKey): boolean {
  return negated(unit, negation)?.key === "<say>";
}

/** Modals that, before a negation, make it a guess: "may not have reached the farms" allows that it did. */
const MAYBE = new Set(["may", "might"]);

function mayNot(unit: Unit, negation: UnitKey): boolean {
  return MAYBE.has(unit.keys[unit.keys.indexOf(negation) - 1]?.key ?? "");
}

/** Words after a negation within which "until" makes it a time limit, not a denial. */
const UNTIL_REACH = 6;
const UNTIL_WORDS = new Set(["until", "till", "til"]);

function setsATime(unit: Unit, negation: UnitKey): boolean {
  const at = unit.keys.indexOf(negation);
  return unit.keys.slice(at + 1, at + 1 + UNTIL_REACH).some((k) => UNTIL_WORDS.has(k.key));
}

/** A hunk that adds or removes only negation (and auxiliaries): "was" vs "was not", "said" vs "did not say". */
function negationFlip(a: Unit, x: readonly UnitKey[], b: Unit, y: readonly UnitKey[]): { a: UnitKey | undefined; b: UnitKey | undefined } | null {
  const meaningful = (unit: Unit, keys: readonly UnitKey[]) => keys.filter((k) => !AUXILIARIES.has(k.key) && !isNegation(unit, k));
  if (meaningful(a, x).length > 0 || meaningful(b, y).length > 0) return null;
  const nx = x.filter((k) => isNegation(a, k)).length;
  const ny = y.filter((k) => isNegation(b, k)).length;
  if (nx % 2 === ny % 2) return null;
  return { a: x.find((k) => isNegation(a, k)), b: y.find((k) => isNegation(b, k)) };
}

/** The first key from `from` on that says what is claimed: no auxiliary, negation or adverb ("now", "later"). */
function claimFrom(unit: Unit, from: number): UnitKey | undefined {
  return unit.keys.slice(from).find((k) => (k.key === "<say>" || !AUXILIARIES.has(k.key)) && !isNegation(unit, k) && k.pos !== "ADV");
}

/** After a hunk of negations and auxiliaries both sides go on to the same claim, or one of them ends. */
function sameClaimAfter(a: Unit, aFrom: number, b: Unit, bFrom: number): boolean {
  const [x, y] = [claimFrom(a, aFrom), claimFrom(b, bFrom)];
  return !x || !y || termOf(x.key) === termOf(y.key);
}

/** "denied" against "admitted"/"confirmed" for the same content. */
function denialFlip(x: readonly UnitKey[], y: readonly UnitKey[]): { a: UnitKey; b: UnitKey } | null {
  if (x.length !== 1 || y.length !== 1) return null;
  const [kx, ky] = [x[0] as UnitKey, y[0] as UnitKey];
  const denies = (k: UnitKey) => k.key === "<deny>";
  const admits = (k: UnitKey) => k.key === "<admit>";
  return (denies(kx) && admits(ky)) || (admits(kx) && denies(ky)) ? { a: kx, b: ky } : null;
}

/**
 * Where the side with no negation says what the other side's negation denies, not the unit's first word: the word
 * the negation falls on ("confirmed" against "refused to confirm"), else the place the diff sets against the hunk
 * holding the negation.
 */
function facing(ctx: PairContext, side: "a" | "b", negation: UnitKey | undefined): UnitKey {
  const unit = side === "a" ? ctx.pair.a : ctx.pair.b;
  const other = side === "a" ? ctx.pair.b : ctx.pair.a;
  const denied = negation && negated(other, negation);
  const same = denied && unit.keys.find((k) => termOf(k.key) === termOf(denied.key));
  if (same) return same;
  const at = negation ? other.keys.indexOf(negation) : -1;
  const hunk = ctx.hunks.find((h) => (side === "a" ? h.bFrom <= at && at < h.bTo : h.aFrom <= at && at < h.aTo));
  return anchorOf(unit, hunk ? (side === "a" ? hunk.aFrom : hunk.bFrom) : 0);
}

/** Words that count none of a thing: "no one", "nobody", "none of the crew". */
const NONE_WORDS = new Set(["no", "nobody", "none", "nothing"]);
/** Words that, beside a count, only name what is counted: "no one", "two people", "none of the passengers". */
const COUNTED_WORDS = new Set(["one", "of", "the"]);
const COUNTED_POS = new Set(["NOUN", "PRON"]);

/**
 * "No one was hurt" / "Two people were hurt": one side counts none where the other counts some, nothing else
 * told apart but what is counted. Not "no other people" against "two people", where "other" leaves room for both.
 */
function noneAgainstCount(x: readonly UnitKey[], y: readonly UnitKey[]): { a: UnitKey; b: UnitKey } | null {
  const counted = (k: UnitKey) => COUNTED_WORDS.has(k.key) || (k.kind === "word" && COUNTED_POS.has(k.pos));
  const none = (keys: readonly UnitKey[]) => (NONE_WORDS.has(keys[0]?.key ?? "") && keys.slice(1).every(counted) ? keys[0] : undefined);
  const some = (keys: readonly UnitKey[]) => {
    const count = keys.find((k) => k.kind === "number");
    return count && keys.every((k) => k === count || counted(k)) ? count : undefined;
  };
  const [nx, sy, sx, ny] = [none(x), some(y), some(x), none(y)];
  if (nx && sy) return { a: nx, b: sy };
  if (sx && ny) return { a: sx, b: ny };
  return null;
}

/**
 * Where a pure insertion sits, so the claim still points at the right place: the auxiliary before it when
 * there is one ("is" where the other report has "isn't"), else the key after it.
 */
function anchorOf(unit: Unit, index: number): UnitKey {
  const before = unit.keys[index - 1];
  if (before && AUXILIARIES.has(before.key)) return before;
  return (unit.keys[Math.min(index, unit.keys.length - 1)] ?? unit.keys[0]) as UnitKey;
}

/** `happened`: what each side tells, where other words than negations tell it; else read off the negations. */
function draft(ctx: PairContext, x: UnitKey, y: UnitKey, strength: number, rule: string, happened?: [boolean, boolean]): FindingDraft {
  const { a, b } = ctx.pair;
  const negA = happened ? !happened[0] : negations(a).length % 2 === 1;
  return {
    kind: "contradiction",
    aspect: "polarity",
    rule,
    summary: `Whether it happened: ${ctx.texts.label(a.articleId)} ${negA ? "negates" : "affirms"} ${quote(unitText(ctx, a), 70)}, ${ctx.texts.label(b.articleId)} ${negA ? "affirms" : "negates"} it`,
    claims: [
      { span: ctx.texts.span(a.articleId, x.start, x.end), value: negA ? "negative" : "positive" },
      { span: ctx.texts.span(b.articleId, y.start, y.end), value: negA ? "positive" : "negative" },
    ],
    confidence: pairConfidence(ctx.pair, strength),
  };
}
