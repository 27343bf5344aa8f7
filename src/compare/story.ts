import type { AnnotatedDoc, Derivation, ReportStatement, Span, Story } from "../model/types.js";
import { alignUnits, termWeights, unitSimilarity, type AlignedPair } from "./align.js";
import { rolesConflict } from "../annotate/entities.js";
import { agreementFindings, sayAlike, uniqueFindings } from "./agreements.js";
import { attributionFindings, blameDifferentParties, speakForDifferentSides } from "./attribution.js";
import { linkStoryEntities } from "./entity-links.js";
import { nameDescribedSpeakers, roleFindings, type RoleJudge } from "./roles.js";
import { dateCheck } from "./dates.js";
import { numberFindings, StoryTexts, withoutRepeats, type FindingDraft } from "./findings.js";
import { nameCheck, namesOtherPeople } from "./names.js";
import { numberCheck } from "./numbers.js";
import { pairContext, type PairCheck } from "./pair.js";
import { polarityCheck } from "./polarity.js";
import { buildTimeline } from "./timeline.js";
import { buildUnits, type Unit } from "./units.js";
import { roleReversalCheck } from "./who-did.js";

/** Per-pair comparisons, in order; each looks at one aspect of two units that state the same fact. */
export const defaultPairChecks: readonly PairCheck[] = [dateCheck, numberCheck, nameCheck, roleReversalCheck, polarityCheck];

export type CompareConfig = { pairChecks: readonly PairCheck[]; roleJudge: RoleJudge };
export const defaultCompareConfig: CompareConfig = { pairChecks: defaultPairChecks, roleJudge: rolesConflict };

/** Lay one story's annotated reports side by side. Entity names are unified across the reports first. */
export function compareStory(docs: readonly AnnotatedDoc[], storyId: string, config: CompareConfig = defaultCompareConfig): Story {
  linkStoryEntities([...docs]);
  nameDescribedSpeakers(docs);
  const texts = new StoryTexts(docs);
  const unitsByDoc = docs.map((d, i) => buildUnits(d, i));
  const allUnits = unitsByDoc.flat();
  const weights = termWeights(allUnits);
  const pairs = alignUnits(unitsByDoc, weights);

  const contradictions: FindingDraft[] = [];
  const disputed = new Set<AlignedPair>();
  // Pairs alike but for who they are about: no contradiction, and no agreement either.
  const otherPeople = new Set<AlignedPair>();
  for (const pair of pairs) {
    const ctx = pairContext(pair, texts);
    const found = config.pairChecks.flatMap((c) => c.check(ctx));
    if (found.length > 0) disputed.add(pair);
    else if (namesOtherPeople(ctx)) otherPeople.add(pair);
    contradictions.push(...found);
  }
  const roles = roleFindings(docs, texts, config.roleJudge);
  // A speaker's roles set against each other for one quote are the person's role conflict already found.
  const attributions = attributionFindings(docs, unitsByDoc, texts, config.roleJudge, weights).filter(
    (f) => !(f.aspect === "role" && f.claims.every((c) => roles.some((r) => r.claims.some((rc) => overlapping(rc.span, c.span))))),
  );
  // A pair's negation read off "denied" / "admitted" is the speaker's change of stance found already, told with who.
  const stanceFlips = attributions.filter((f) => f.rule === "polarity/deny-vs-admit");
  const pairFindings = withoutRepeats(contradictions).filter((f) => !(f.aspect === "polarity" && stanceFlips.some((g) => f.claims.every((c) => g.claims.some((gc) => overlapping(gc.span, c.span))))));
  const acrossReports = [...roles, ...attributions];
  // Words two reports give to two different speakers are that conflict, not an agreement besides.
  const misattributed = acrossReports.filter((f) => f.aspect === "attribution" && f.kind === "contradiction");
  if (misattributed.length > 0) for (const pair of pairs) if (misattributed.some((f) => claimsIn(f, pair))) disputed.add(pair);
  // A unit caught in a contradiction agrees only with its mutual best match, not with looser neighbours.
  const inDispute = new Set([...disputed].flatMap((p) => [p.a, p.b]));
  // Two sides' claims about one matter ("X denies ...", "Y accused ...") are not the reports agreeing, nor
  // are two claims blaming different parties.
  const agreed = pairs.filter(
    (p) => !disputed.has(p) && !otherPeople.has(p) && (p.mutual || (!inDispute.has(p.a) && !inDispute.has(p.b))) && !speakForDifferentSides(p.a, p.b) && !blameDifferentParties(p.a, p.b) && sayAlike(p.a, p.b, weights),
  );
  // Looked up for every pair of members of two clusters about to join: a map, not a scan of the disputed pairs.
  const disputedWith = new Map<Unit, Set<Unit>>();
  for (const p of disputed) {
    for (const [u, v] of [[p.a, p.b], [p.b, p.a]] as const) disputedWith.set(u, (disputedWith.get(u) ?? new Set<Unit>()).add(v));
  }
  const apart = (u: Unit, v: Unit) => disputedWith.get(u)?.has(v) === true;
  const agreements = agreementFindings(agreed, texts, apart);
  const uniques = uniqueFindings(unitsByDoc, pairs, [...pairFindings, ...acrossReports, ...agreements], texts, (u, v) => unitSimilarity(u, v, weights));
  const findings = numberFindings([...pairFindings, ...acrossReports, ...agreements, ...uniques]);

  return {
    id: storyId,
    title: storyTitle(docs),
    articleIds: docs.map((d) => d.article.id),
    findings,
    statements: docs.flatMap((d) => reportStatements(d, texts)),
    timeline: buildTimeline(allUnits, agreed, findings, texts, (u, v) => unitSimilarity(u, v, weights)),
    derivations: derivations(unitsByDoc, docs, (u, v) => unitSimilarity(u, v, weights)),
  };
}

function overlapping(a: Span, b: Span): boolean {
  return a.articleId === b.articleId && a.start < b.end && b.start < a.end;
}

/** Each unit of the pair holds one of the finding's claims. */
function claimsIn(finding: FindingDraft, pair: AlignedPair): boolean {
  const holds = (u: Unit) => finding.claims.some((c) => c.span.articleId === u.articleId && u.start <= c.span.start && c.span.end <= u.end);
  return holds(pair.a) && holds(pair.b);
}

function storyTitle(docs: readonly AnnotatedDoc[]): string {
  const titled = docs.find((d) => d.article.title);
  if (titled?.article.title) return titled.article.title;
  const first = docs[0];
  const sentence = first?.sentences[0];
  if (!first || !sentence) return "";
  const text = first.article.text.slice(sentence.start, sentence.end).replace(/\s+/g, " ");
  return text.length > 100 ? `${text.slice(0, 100).replace(/\s+\S*$/, "")}…` : text;
}

function reportStatements(doc: AnnotatedDoc, texts: StoryTexts): ReportStatement[] {
  const id = doc.article.id;
  return doc.statements.map((s) => ({
    articleId: id,
    speaker: s.speaker
      ? { name: s.speakerCanonical ?? s.speaker.name, mention: s.speaker.mention ? texts.span(id, s.speaker.mention.start, s.speaker.mention.end) : null }
      : null,
    cue: texts.span(id, s.cue.start, s.cue.end),
    content: texts.span(id, s.content.start, s.content.end),
    direct: s.direct,
  }));
}

/** Share of units with a near-identical counterpart above which a report is a copy, or a rewrite, of another. */
const DUPLICATE_SHARE = 0.9;
const REWRITE_SHARE = 0.5;
const SAME_SENTENCE = 0.9;

function derivations(unitsByDoc: readonly Unit[][], docs: readonly AnnotatedDoc[], similarity: (u: Unit, v: Unit) => number): Derivation[] {
  const out: Derivation[] = [];
  for (let i = 0; i < unitsByDoc.length; i++) {
    for (let j = i + 1; j < unitsByDoc.length; j++) {
      const [x, y] = [unitsByDoc[i] as Unit[], unitsByDoc[j] as Unit[]];
      const [small, large] = x.length <= y.length ? [x, y] : [y, x];
      if (small.length === 0) continue;
      const copied = small.filter((u) => large.some((v) => similarity(u, v) >= SAME_SENTENCE)).length;
      const score = copied / small.length;
      if (score < REWRITE_SHARE) continue;
      // The earlier report is the source when dates are known; else the order given.
      const [da, db] = [docs[i]?.article.published ?? "", docs[j]?.article.published ?? ""];
      const [from, to] = db && da && db < da ? [j, i] : [i, j];
      out.push({ from: docs[from]!.article.id, to: docs[to]!.article.id, kind: score >= DUPLICATE_SHARE ? "duplicate" : "rewrite", score: Math.round(score * 100) / 100 });
    }
  }
  return out;
}
