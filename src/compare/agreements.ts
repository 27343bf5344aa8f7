import type { Aspect, Statement } from "../model/types.js";
import { NEAR_COPY, weightedDice, type AlignedPair } from "./align.js";
import { isPageStamp } from "./dates.js";
import { quote, type FindingDraft, type StoryTexts } from "./findings.js";
import { numberConflict } from "../annotate/numbers.js";
import { SPAN_UNITS } from "./numbers.js";
import { intervalsMeet, timexInterval, type TimeInterval } from "./time-interval.js";
import { hedgedTerms, negatedVerb, saidTerms, termOf, type Unit } from "./units.js";

/** Two undisputed units this alike state the same fact in two wordings. */
export const AGREEMENT_MIN = 0.4;
/**
 * A unit with fewer content terms than this says little of its own: too little to be reported as unique (a dateline,
 * "Read more"), and, holding a page stamp, it is the stamp's line, which agrees with nothing.
 */
const FEW_TERMS = 3;

/**
 * Two units quoting one source agree on what the source said, not on naming it: "Coach Ivo Marsh said the
 * striker is fit" and "Coach Ivo Marsh said the pitch was frozen" share the coach's name, title and verb only.
 */
export function sayAlike(a: Unit, b: Unit, weights: Map<string, number>): boolean {
  if (figuresApart(a, b) || onlyANameInCommon(a, b)) return false;
  // A word one unit states as fact and the other only as a condition ("the wall was checked" / "closed until
  // the wall is checked") is no shared fact. Two conditionals ("if he needed to talk, he would ...") are
  // compared as they stand: they may state the same condition, clause boundaries blurred or not.
  const [hedgedA, hedgedB] = [hedgedTerms(a), hedgedTerms(b)];
  const oneSided = (hedgedA.size === 0) !== (hedgedB.size === 0);
  // Most units hedge nothing: their terms stand as they are, uncopied.
  const stated = (terms: Set<string>, other: Set<string>) =>
    oneSided ? new Set([...terms].filter((t) => !(other.has(t) && hedgedA.has(t) !== hedgedB.has(t)))) : terms;
  const [termsA, termsB] = [stated(a.terms, b.terms), stated(b.terms, a.terms)];
  const alike = weightedDice(termsA, termsB, weights);
  if (alike < AGREEMENT_MIN || opposedVerb(a, b)) return false;
  const sources = b.statements.map(speakerKey).filter(Boolean);
  if (!a.statements.some((s) => sources.includes(speakerKey(s)))) return true;
  // The same sentence, source and all, is the same report of what was said, however little that is; once
  // words are set aside as conditions, the source and its title are what is left alike, so the words must meet.
  if (termsA.size === a.terms.size && alike >= NEAR_COPY) return true;
  const [saidA, saidB] = [saidTerms(a), saidTerms(b)];
  return weightedDice(stated(saidA, saidB), stated(saidB, saidA), weights) > 0;
}

/** Each content verb of the unit, and whether every use of it is negated ("will not reopen"). */
function verbPolarity(unit: Unit): Map<string, boolean> {
  const negated = new Map<string, boolean>();
  unit.keys.forEach((k, i) => {
    if (k.kind !== "word" || k.pos !== "VERB" || !k.content) return;
    const term = termOf(k.key);
    negated.set(term, (negated.get(term) ?? true) && negatedVerb(unit.keys, i));
  });
  return negated;
}

/**
 * A verb both units tell, negated in one only ("will not reopen on Friday" / "would reopen on Friday"): in
 * sentences too loosely tied for a polarity contradiction they are still no agreement.
 */
function opposedVerb(a: Unit, b: Unit): boolean {
  const other = verbPolarity(b);
  return [...verbPolarity(a)].some(([term, negated]) => other.has(term) && other.get(term) !== negated);
}

/**
 * "The shares closed 5.7% lower" / "The stock closed down 7.5%", "Turnout was 64%" / "Turnout was 61%": both units
 * give figures of one unit and each of them is well apart from each of the other's (not "$1 million" / "more than
 * $1 million", which only touch), so whatever else they share, the reader cannot be told they agree. Lengths of time
 * are left out: "for eight years" and "a case of two years" measure different spans.
 */
function figuresApart(a: Unit, b: Unit): boolean {
  const shared = new Set(a.numbers.map((n) => n.unit).filter((u) => u !== "" && !SPAN_UNITS.has(u) && b.numbers.some((y) => y.unit === u)));
  return [...shared].some((u) => !a.numbers.some((x) => x.unit === u && b.numbers.some((y) => y.unit === u && numberConflict(x, y).strength === "weak")));
}

/**
 * "Hart had not conceded by Monday evening" / "Hart, 63, had governed Valmora since 2018": the one term the two
 * share is a name, and one of them says more besides: two facts about one person, not one fact. Two bare lines
 * ("Calls to Gordon Advisors were not answered" twice) may still agree.
 */
function onlyANameInCommon(a: Unit, b: Unit): boolean {
  let shared = "";
  for (const t of a.terms) {
    if (!b.terms.has(t)) continue;
    if (shared) return false;
    shared = t;
  }
  return shared.startsWith("E:") && Math.max(a.terms.size, b.terms.size) >= FEW_TERMS;
}

const speakerKey = (s: Statement) => (s.speakerCanonical ?? s.speaker?.name ?? "").toLowerCase();

/**
 * Units tied, directly or through others, by undisputed alignments: one fact, several sources. Strongest
 * ties join first, and two groups join only if no report is in both: a report states a fact once in a group,
 * so a chain "A1~B1, B1~C1, C1~A2" stops before it gives A two sentences and drifts to another fact.
 */
export function agreementClusters(pairs: readonly AlignedPair[], apart: (u: Unit, v: Unit) => boolean = () => false): { units: Unit[]; pairs: AlignedPair[] }[] {
  const parent = new Map<Unit, Unit>();
  const reports = new Map<Unit, Set<string>>();
  const members = new Map<Unit, Unit[]>();
  const find = (u: Unit): Unit => {
    let root = u;
    while (parent.get(root) !== root) root = parent.get(root) as Unit;
    parent.set(u, root);
    return root;
  };
  const strong = pairs.filter((p) => p.similarity >= AGREEMENT_MIN).sort((x, y) => y.similarity - x.similarity);
  const joined: AlignedPair[] = [];
  for (const p of strong) {
    for (const u of [p.a, p.b]) {
      if (parent.has(u)) continue;
      parent.set(u, u);
      reports.set(u, new Set([u.articleId]));
      members.set(u, [u]);
    }
    const [ra, rb] = [find(p.a), find(p.b)];
    if (ra !== rb) {
      const [sa, sb] = [reports.get(ra) as Set<string>, reports.get(rb) as Set<string>];
      if ([...sa].some((id) => sb.has(id))) continue;
      // Two sentences found to contradict each other (a quote given to two people) do not agree through a third.
      const [ma, mb] = [members.get(ra) as Unit[], members.get(rb) as Unit[]];
      if (ma.some((u) => mb.some((v) => apart(u, v)))) continue;
      parent.set(ra, rb);
      for (const id of sa) sb.add(id);
      mb.push(...ma);
    }
    joined.push(p);
  }
  const clusters = new Map<Unit, { units: Unit[]; pairs: AlignedPair[] }>();
  for (const u of parent.keys()) {
    const root = find(u);
    if (!clusters.has(root)) clusters.set(root, { units: [], pairs: [] });
    clusters.get(root)!.units.push(u);
  }
  for (const p of joined) clusters.get(find(p.a))!.pairs.push(p);
  // A unit whose every tie was refused stands alone: one source is no agreement.
  return [...clusters.values()]
    .filter((c) => c.pairs.length > 0)
    .map((c) => ({ units: c.units.sort((x, y) => x.docIndex - y.docIndex || x.start - y.start), pairs: c.pairs }));
}

export function agreementFindings(pairs: readonly AlignedPair[], texts: StoryTexts, apart?: (u: Unit, v: Unit) => boolean): FindingDraft[] {
  // "Tuesday, Mar 4, 2025 | Updated 6:15 PM EDT": when each copy of a page was stamped is no fact the reports share.
  const stampLine = (u: Unit) => u.terms.size < FEW_TERMS && u.timexes.some((t) => isPageStamp(texts.doc(u.articleId).article.text, t));
  const telling = pairs.filter((p) => !stampLine(p.a) && !stampLine(p.b));
  return agreementClusters(telling, apart).map(({ units, pairs: members }) => {
    const sources = new Set(units.map((u) => u.articleId));
    const first = units[0] as Unit;
    const mean = members.reduce((s, p) => s + p.similarity, 0) / members.length;
    return {
      kind: "agreement",
      aspect: sharedAspect(units),
      rule: "agreement/aligned-units",
      summary: `${sources.size} reports agree: ${quote(texts.doc(first.articleId).article.text.slice(first.start, first.end), 100)}`,
      claims: units.map((u) => ({ span: texts.span(u.articleId, u.start, u.end) })),
      confidence: Math.min(1, 0.1 + mean),
    };
  });
}

/** What the sources agree on, when it is more specific than the fact as a whole. */
function sharedAspect(units: readonly Unit[]): Aspect {
  const everyHas = (values: (u: Unit) => string[]) => {
    const [first, ...rest] = units.map((u) => new Set(values(u)));
    return [...(first ?? [])].some((v) => rest.every((s) => s.has(v)));
  };
  if (datesMeet(units)) return "date";
  if (everyHas((u) => u.numbers.map((n) => `${n.low}-${n.high}`))) return "number";
  if (everyHas((u) => u.statements.map(speakerKey).filter(Boolean))) return "attribution";
  return "other";
}

/** Every unit dates the fact, and some date of each meets some date of the first ("Sunday night" / "Sunday evening"). */
function datesMeet(units: readonly Unit[]): boolean {
  const intervals = units.map((u) => u.timexes.map((t) => timexInterval(t.value)).filter((i): i is TimeInterval => i !== null));
  const [first, ...rest] = intervals;
  if (!first || first.length === 0) return false;
  return rest.every((list) => list.some((i) => first.some((f) => intervalsMeet(f, i))));
}

/**
 * Units no other report states: unique to their source. Silence contradicts nothing. A unit counts as stated
 * elsewhere only when another finding shows it: one aligned to a sentence it was then found not to agree with
 * (a source's name shared, its words not) would otherwise appear nowhere at all.
 */
export function uniqueFindings(
  unitsByDoc: readonly Unit[][],
  pairs: readonly AlignedPair[],
  shown: readonly FindingDraft[],
  texts: StoryTexts,
  similarity: (u: Unit, v: Unit) => number,
): FindingDraft[] {
  if (unitsByDoc.length < 2) return [];
  const spans = shown.flatMap((f) => f.claims.map((c) => c.span));
  const isShown = (u: Unit) => spans.some((s) => s.articleId === u.articleId && s.start < u.end && u.start < s.end);
  const aligned = new Set(pairs.flatMap((p) => [p.a, p.b]).filter(isShown));
  const drafts: FindingDraft[] = [];
  unitsByDoc.forEach((units, docIndex) => {
    const others = unitsByDoc.filter((_, i) => i !== docIndex).flat();
    for (const u of units) {
      if (aligned.has(u) || u.terms.size < FEW_TERMS) continue;
      const closest = others.reduce((best, v) => Math.max(best, similarity(u, v)), 0);
      drafts.push({
        kind: "unique",
        aspect: "other",
        rule: "unique/unaligned-unit",
        summary: `Only ${texts.label(u.articleId)}: ${quote(texts.doc(u.articleId).article.text.slice(u.start, u.end), 100)}`,
        claims: [{ span: texts.span(u.articleId, u.start, u.end) }],
        confidence: 1 - closest,
      });
    }
  });
  return drafts;
}
