import { sameEntity } from "../annotate/entities.js";
import type { Entity } from "../model/types.js";
import type { PairContext } from "./pair.js";
import type { Unit } from "./units.js";

/** A person a unit tells of, by name: named there, or a "he"/"she" standing for a name told before. */
export type Person = { start: number; end: number; name: string };

const PERSON_PRONOUNS = new Set(["he", "she"]);
/** Sentences back within which a pronoun's antecedent is looked for. */
const ANTECEDENT_SENTENCES = 2;

/**
 * The people a unit tells of, in text order: the persons it names, and a "he" or "she" opening its
 * sentence ("He caught five passes"), which continues the person its report named last, a sentence or two
 * before at most. A pronoun inside a sentence is as likely to stand for a person it describes ("A man
 * died after he fell"), and is left out.
 */
export function peopleIn(ctx: PairContext, unit: Unit): Person[] {
  let people = peopleOfUnit.get(unit);
  if (!people) peopleOfUnit.set(unit, (people = readPeople(ctx, unit)));
  return people;
}

/** Read once per unit: number checks ask for every pair of counts. */
const peopleOfUnit = new WeakMap<Unit, Person[]>();

function readPeople(ctx: PairContext, unit: Unit): Person[] {
  const doc = ctx.texts.doc(unit.articleId);
  const people: Person[] = unit.entities.filter((e) => e.type === "person").map((e) => ({ start: e.start, end: e.end, name: e.canonical }));
  const opening = unit.keys.find((k) => PERSON_PRONOUNS.has(k.key) && doc.sentences[unit.sentence]?.start === k.start);
  const name = opening && antecedent(doc.entities, opening.start, unit.sentence);
  if (opening && name) people.push({ start: opening.start, end: opening.end, name });
  return people.sort((p, q) => p.start - q.start);
}

/** The person told of last before `offset` in the unit. */
export function personBefore(ctx: PairContext, unit: Unit, offset: number): Person | undefined {
  return peopleIn(ctx, unit).filter((p) => p.end <= offset).at(-1);
}

function antecedent(entities: readonly Entity[], before: number, sentence: number): string | null {
  let last: Entity | undefined;
  for (const e of entities) if (e.type === "person" && e.end <= before && (!last || e.end > last.end)) last = e;
  return last && sentence - last.sentence <= ANTECEDENT_SENTENCES ? last.canonical : null;
}

/** Two people for sure: both told of by name, and the names not one person's. */
export function differentPeople(x: Person | undefined, y: Person | undefined): boolean {
  return x !== undefined && y !== undefined && !sameEntity(x.name, y.name, "person");
}
