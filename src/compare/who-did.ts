import type { Entity } from "../model/types.js";
import { sameEntity } from "../annotate/entities.js";
import { quote, type FindingDraft } from "./findings.js";
import { pairConfidence, unitText, type PairCheck, type PairContext } from "./pair.js";
import type { Unit, UnitKey } from "./units.js";

/** One person, a verb, another person, word after word: "Lund shot Berg". */
type Act = { doer: Entity; verb: UnitKey; undergoer: Entity };

/** A lone lower-case word between two names, no punctuation: the verb of "Lund shot Berg", not "Lund, aide Berg". */
const LONE_WORD = /^\s+\p{Ll}+\s+$/u;

/**
 * The acts a unit tells as person, verb, person with nothing between them. The tagger often reads such a
 * verb as a noun ("shot"), so the word is known by its place: a content word alone between two names.
 */
function actsOf(unit: Unit, text: string): Act[] {
  let acts = actsOfUnit.get(unit);
  if (!acts) actsOfUnit.set(unit, (acts = readActs(unit, text)));
  return acts;
}

/** Read once per unit: the check asks for both units of every aligned pair. */
const actsOfUnit = new WeakMap<Unit, Act[]>();

function readActs(unit: Unit, text: string): Act[] {
  // The first person named at each offset, looked up by key instead of a scan of the entities per key.
  const people = new Map<number, Entity>();
  for (const e of unit.entities) if (e.type === "person" && !people.has(e.start)) people.set(e.start, e);
  const acts: Act[] = [];
  if (people.size === 0) return acts;
  const personAt = (key: UnitKey | undefined) => (key?.kind === "entity" ? people.get(key.start) : undefined);
  for (let i = 0; i + 2 < unit.keys.length; i++) {
    const verb = unit.keys[i + 1] as UnitKey;
    if (verb.kind !== "word" || !verb.content) continue;
    const doer = personAt(unit.keys[i]);
    const undergoer = personAt(unit.keys[i + 2]);
    if (doer && undergoer && LONE_WORD.test(text.slice(doer.end, undergoer.start))) acts.push({ doer, verb, undergoer });
  }
  return acts;
}

const samePerson = (x: Entity, y: Entity) => sameEntity(x.canonical, y.canonical, "person");

/**
 * Who did what to whom: "Lund shot Berg" in one report, "Berg shot Lund" in the other. Both name both
 * people, so the name check reads the pair as a list in another order; the verb between them says which
 * one acted. Only the active "X VERB Y" shape counts: "Berg was shot by Lund" puts the doer last.
 */
export const roleReversalCheck: PairCheck = {
  aspect: "person",
  check(ctx: PairContext): FindingDraft[] {
    const { a, b } = ctx.pair;
    const textOf = (unit: Unit) => ctx.texts.doc(unit.articleId).article.text;
    const actsB = actsOf(b, textOf(b));
    const drafts: FindingDraft[] = [];
    for (const x of actsOf(a, textOf(a))) {
      const y = actsB.find((act) => act.verb.key === x.verb.key && samePerson(act.doer, x.undergoer) && samePerson(act.undergoer, x.doer) && !samePerson(x.doer, x.undergoer));
      if (!y) continue;
      const said = (unit: Unit, act: Act) => ctx.texts.span(unit.articleId, act.doer.start, act.undergoer.end);
      const [spanA, spanB] = [said(a, x), said(b, y)];
      drafts.push({
        kind: "contradiction",
        aspect: "person",
        rule: "name/roles-reversed",
        summary: `Who did what differs in ${quote(unitText(ctx, a), 70)}: ${ctx.texts.label(a.articleId)} says ${quote(spanA.text, 50)}, ${ctx.texts.label(b.articleId)} says ${quote(spanB.text, 50)}`,
        claims: [
          { span: spanA, value: `${x.doer.canonical} → ${x.undergoer.canonical}` },
          { span: spanB, value: `${y.doer.canonical} → ${y.undergoer.canonical}` },
        ],
        confidence: pairConfidence(ctx.pair),
      });
    }
    return drafts;
  },
};
