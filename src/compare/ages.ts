import { sameEntity } from "../annotate/entities.js";
import { intervalsMeet } from "../annotate/numbers.js";
import type { AnnotatedDoc, Entity, NumberMention } from "../model/types.js";
import { quote, type FindingDraft, type StoryTexts } from "./findings.js";

/** The words between a name and its age, either way round: "Ola Dahl, 54," / "the 55-year-old Ola Dahl" / "Dahl, aged 54". */
const NAME_THEN_AGE = /^\s*,\s*(?:aged\s+)?$/i;
const AGE_THEN_NAME = /^\s*-?\s*years?\s*-?\s*old\s+$/i;

type Aged = { doc: AnnotatedDoc; person: Entity; age: NumberMention };

/** Each age a report gives a person right beside the person's name. */
function agesOfPeople(doc: AnnotatedDoc): Aged[] {
  const text = doc.article.text;
  const people = doc.entities.filter((e) => e.type === "person");
  const aged: Aged[] = [];
  for (const age of doc.numbers.filter((n) => (n.unit === "year-old" || n.predicate === "age") && n.low === n.high)) {
    const person =
      people.find((e) => e.end <= age.start && NAME_THEN_AGE.test(text.slice(e.end, age.start))) ??
      people.find((e) => e.start >= age.end && AGE_THEN_NAME.test(text.slice(age.end, e.start)));
    if (person) aged.push({ doc, person, age });
  }
  // A name one report gives two ages is two people of one name, or one misread: it speaks for no one's age.
  const ageless = (x: Aged) => aged.some((y) => y.age.low !== x.age.low && sameEntity(x.person.canonical, y.person.canonical, "person"));
  return aged.filter((x) => !ageless(x));
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/**
 * Years from one report's date to the other's: a man 27 at his arrest is 29 at his trial two years on. Undefined
 * when either report's date is assumed or borrowed, not read: the time between them is then unknown.
 */
function yearsBetween(x: AnnotatedDoc, y: AnnotatedDoc): number | undefined {
  // A date lent by the story's other reports says nothing about when this one was written.
  const known = (d: AnnotatedDoc) => d.referenceDate.basis === "published" || d.referenceDate.basis === "text";
  const [tx, ty] = [Date.parse(x.referenceDate.value.slice(0, 10)), Date.parse(y.referenceDate.value.slice(0, 10))];
  if (!known(x) || !known(y) || Number.isNaN(tx) || Number.isNaN(ty)) return undefined;
  return Math.round((ty - tx) / YEAR_MS);
}

/**
 * A year apart two reports may both be right, a birthday between them; with a report undated, two years apart may
 * be the time between the reports (an arrest and a trial).
 */
const BIRTHDAY_STRENGTH = 0.6;
const AGE_CONFIDENCE = 0.9;

/**
 * "Dahl, 54," in one report and "the 55-year-old Dahl" in another: an age is a fact about the person, whatever the
 * sentences around it tell, so ages are set side by side per person across reports, not per aligned sentence.
 */
export function ageFindings(docs: readonly AnnotatedDoc[], texts: StoryTexts): FindingDraft[] {
  const aged = docs.flatMap(agesOfPeople);
  const drafts: FindingDraft[] = [];
  const reported = new Set<string>();
  for (const [i, x] of aged.entries()) {
    for (const y of aged.slice(i + 1)) {
      if (x.doc === y.doc || !sameEntity(x.person.canonical, y.person.canonical, "person") || intervalsMeet(x.age, y.age)) continue;
      const years = yearsBetween(x.doc, y.doc);
      const missing = Math.abs(y.age.low - x.age.low - (years ?? 0));
      if (missing < 1) continue;
      const explainable = missing < (years === undefined ? 3 : 2);
      // Each report's first age for the person speaks for it: one finding per pair of reports.
      const pairKey = `${x.doc.article.id}\u0000${y.doc.article.id}\u0000${x.person.canonical}`;
      if (reported.has(pairKey)) continue;
      reported.add(pairKey);
      const [ia, ib] = [x.doc.article.id, y.doc.article.id];
      drafts.push({
        kind: "contradiction",
        aspect: "number",
        rule: "number/age-of-person",
        summary: `Age of ${x.person.canonical} differs: ${texts.label(ia)} says ${quote(x.age.text)}, ${texts.label(ib)} says ${quote(y.age.text)}`,
        claims: [
          { span: texts.span(ia, x.age.start, x.age.end), value: String(x.age.low) },
          { span: texts.span(ib, y.age.start, y.age.end), value: String(y.age.low) },
        ],
        confidence: AGE_CONFIDENCE * (explainable ? BIRTHDAY_STRENGTH : 1),
      });
    }
  }
  return drafts;
}
