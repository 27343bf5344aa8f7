import type { AnnotatedDoc, Span, TextRange } from "../model/types.js";
import { findQuotes } from "../annotate/statements/quotes.js";
import { quote, type FindingDraft, type StoryTexts } from "./findings.js";
import { descriptionFits, isDefiniteSingular, roleHead, sameEntity, type RoleComparison } from "../annotate/entities.js";
import { givenNameGender } from "../annotate/entities/lexicon.js";

/** Whether two role descriptions of one person cannot both be right (spokeswoman / spokesman). */
export type RoleJudge = (a: string, b: string) => RoleComparison;

/** A role or title a report gives someone: attached to a name, or a description standing in for one. */
export type RoleMention = {
  articleId: string;
  role: TextRange;
  /** canonical name of the person it describes, when the report names them */
  person: string | null;
  /** "Putin" in "Putin's spokeswoman": a possessive description picks out one role holder */
  possessor: string | null;
  /** the role describes someone as they speak in the report, so it is their role when the words were said */
  speaking: boolean;
};

const POSSESSIVE = /^(?:(?:the|a|an)\s+)?(?:(?:Mr|Mrs|Ms|Dr|President|Prime Minister)\.?\s+)?((?:\p{Lu}[\p{L}.\-]*\s+)*\p{Lu}[\p{L}.\-]*)['’]s\s/u;

export function possessorOf(role: string): string | null {
  return POSSESSIVE.exec(role)?.[1] ?? null;
}

/** Every role a report states: roles attached to named people, and descriptions used as speakers. */
export function roleMentions(doc: AnnotatedDoc): RoleMention[] {
  const id = doc.article.id;
  const out: RoleMention[] = [];
  // A title inside a quotation is the speaker's, as of when the words were said ("As president,
  // Senator Obama will ..."), not the report's own description of the person now. Read off the quotation
  // marks, not the statements: a statement around it may be another's reported speech.
  // Closed ones only: an unclosed mark runs to its paragraph's end and would hide the report's own titles.
  const quotations = findQuotes(doc.article.text, doc.tokens, doc.sentences).filter((q) => q.closed);
  const quoted = (r: TextRange) => quotations.some((q) => q.start <= r.start && r.end <= q.end);
  const overlaps = (a: TextRange, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const speaks = (e: { start: number; end: number }, role: TextRange) =>
    doc.statements.some((s) => (s.speaker?.mention && overlaps(s.speaker.mention, e)) || (s.speakerRole && overlaps(s.speakerRole, role)));
  for (const e of doc.entities) {
    if (e.type === "person" && e.role && !quoted(e.role)) out.push({ articleId: id, role: e.role, person: e.canonical, possessor: possessorOf(e.role.text), speaking: speaks(e, e.role) });
  }
  for (const s of doc.statements) {
    const role = s.speakerRole ?? (s.speaker?.mention && !s.speakerCanonical ? s.speaker.mention : undefined);
    // "Its chairman, Henrik Salo," as the speaker holds the role "chairman" already read off the name.
    if (!role || out.some((m) => overlaps(m.role, role))) continue;
    out.push({ articleId: id, role, person: s.speakerCanonical ?? null, possessor: possessorOf(role.text), speaking: true });
  }
  return out;
}

/**
 * "Putin's spokesman said" in a report that names no one in that role is the one person the other reports give a
 * role it fits ("Dmitry Peskov, Putin's spokesman"), unless that person is of the other gender: the statement takes
 * that person as its speaker, and its description stays the speaker's role. A report that itself names people in
 * fitting roles left its description unnamed for a reason (two fit, or the gender), which the others cannot undo;
 * one that brought in someone unnamed before ("A US official said ... the official said") goes on with them.
 */
export function nameDescribedSpeakers(docs: readonly AnnotatedDoc[]): void {
  const mentions = docs.map(roleMentions);
  const named = () => mentions.flat().filter((m): m is RoleMention & { person: string } => m.person !== null);
  const genderOf = (person: string) => {
    const genders = new Set(named().filter((m) => sameEntity(m.person, person, "person")).map((m) => roleHead(m.role.text).gender));
    const given = givenNameGender(person);
    if (given) genders.add(given);
    genders.delete(null);
    return genders;
  };
  const distinct = (people: readonly string[]) => people.filter((p, k) => !people.slice(0, k).some((q) => sameEntity(p, q, "person")));
  docs.forEach((doc, i) => {
    const own = mentions[i] as RoleMention[];
    for (const s of doc.statements) {
      const description = s.speakerRole ?? s.speaker?.mention;
      if (s.speakerCanonical || !description || !isDefiniteSingular(description.text)) continue;
      const fitting = own.filter((m) => m.role.start !== description.start && descriptionFits(description.text, m.role.text));
      if (fitting.some((m) => m.person === null && m.role.start < description.start)) continue;
      // The report's own people, named or given a name from the others just before ("Putin's spokesman ... the spokesman").
      const ownPeople = fitting.flatMap((m) => (m.person ? [m.person] : []));
      const people = distinct(ownPeople.length > 0 ? ownPeople : named().filter((m) => m.articleId !== doc.article.id && descriptionFits(description.text, m.role.text)).map((m) => m.person));
      const [person] = people;
      const gender = roleHead(description.text).gender;
      if (people.length !== 1 || !person || (gender && [...genderOf(person)].some((g) => g !== gender))) continue;
      s.speakerCanonical = person;
      s.speakerRole = description;
      for (const m of own) if (m.role.start === description.start) m.person = person;
    }
  });
}

/**
 * Role conflicts across reports: the same person, or the holder of the same possessive role
 * ("Putin's spokeswoman" / "Mr Putin's spokesman"), described in ways that cannot both be right.
 * All descriptions of one person that take part in a conflict make one finding.
 */
export function roleFindings(docs: readonly AnnotatedDoc[], texts: StoryTexts, judge: RoleJudge): FindingDraft[] {
  const mentions = docs.map(roleMentions);
  // A report that itself gives one name conflicting roles is describing two people (father and son,
  // two officials sharing a surname); comparing its roles with another report's proves nothing.
  const selfConflicted = new Set<string>();
  for (const list of mentions) {
    for (const x of list) {
      for (const y of list) {
        if (x !== y && x.person && y.person && sameEntity(x.person, y.person, "person") && judge(x.role.text, y.role.text).conflict) selfConflicted.add(x.person.toLowerCase());
      }
    }
  }
  const groups = new Map<string, { who: string; reasons: Set<string>; members: RoleMention[]; samePerson: boolean }>();
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      for (const x of mentions[i] as RoleMention[]) {
        for (const y of mentions[j] as RoleMention[]) {
          const samePerson = x.person !== null && y.person !== null && sameEntity(x.person, y.person, "person");
          if (samePerson && (selfConflicted.has((x.person as string).toLowerCase()) || selfConflicted.has((y.person as string).toLowerCase()))) continue;
          const sameHolder = x.possessor !== null && y.possessor !== null && sameEntity(x.possessor, y.possessor) && !(x.person && y.person && !samePerson);
          if (!samePerson && !sameHolder) continue;
          const verdict = judge(x.role.text, y.role.text);
          if (!verdict.conflict) continue;
          // A narrative gives a role as of the events it tells ("fired president X", "rehired her former
          // lawyer"); only a speaker's role is as of the same moment in both reports, when the words were said.
          if (reasonKind(verdict.reason) === "tenure" && !(x.speaking && y.speaking)) continue;
          const key = samePerson ? personKey(groups, x.person as string, y.person as string) : `holder:${(x.possessor as string).toLowerCase()}`;
          const group = groups.get(key) ?? { who: samePerson ? longer(x.person as string, y.person as string) : `the holder of ${quote(x.role.text, 40)}`, reasons: new Set<string>(), members: [], samePerson };
          groups.set(key, group);
          if (verdict.reason) group.reasons.add(reasonKind(verdict.reason));
          for (const m of [x, y]) if (!group.members.includes(m)) group.members.push(m);
        }
      }
    }
  }
  return [...groups.values()].map((g) => {
    const byWording = new Map<string, string[]>();
    for (const m of g.members) byWording.set(m.role.text, [...(byWording.get(m.role.text) ?? []), texts.label(m.articleId)]);
    const sides = [...byWording].map(([wording, sources]) => `${quote(wording, 50)} (${[...new Set(sources)].join(", ")})`);
    return {
      kind: "contradiction" as const,
      aspect: "role" as const,
      rule: "role/descriptions-conflict",
      summary: `Role of ${g.who} differs${g.reasons.size ? ` (${[...g.reasons].join("; ")})` : ""}: ${sides.join(" vs ")}`,
      claims: g.members.map((m) => ({ span: texts.span(m.articleId, m.role.start, m.role.end), value: m.role.text })),
      confidence: g.samePerson ? 0.9 : 0.75,
    };
  });
}

/**
 * The group of a person one pair of reports names "Lars Berg" and another only "Berg": one person, one finding, under
 * the fuller name.
 */
function personKey(groups: ReadonlyMap<string, { who: string; samePerson: boolean }>, x: string, y: string): string {
  for (const [key, group] of groups) if (group.samePerson && (sameEntity(group.who, x, "person") || sameEntity(group.who, y, "person"))) return key;
  return `person:${longer(x, y).toLowerCase()}`;
}

function longer(x: string, y: string): string {
  return y.length > x.length ? y : x;
}

/** "gender: \"x\" is female, ..." -> "gender": the summary quotes the wordings itself. */
function reasonKind(reason: string): string {
  return reason.split(":")[0]?.trim() ?? reason;
}

/** Who a speaker's role conflict is about and why, kept beside the draft so conflicts over one speaker can be joined. */
const conflictParts = new WeakMap<FindingDraft, { who: string; reason: string }>();

export function roleConflict(texts: StoryTexts, x: { articleId: string; role: TextRange }, y: { articleId: string; role: TextRange }, who: string, reason: string, confidence: number): FindingDraft {
  const draft: FindingDraft = {
    kind: "contradiction",
    aspect: "role",
    rule: "role/descriptions-conflict",
    summary: `Role of ${who} differs${reason ? ` (${reasonKind(reason)})` : ""}: ${texts.label(x.articleId)} says ${quote(x.role.text, 50)}, ${texts.label(y.articleId)} says ${quote(y.role.text, 50)}`,
    claims: [
      { span: texts.span(x.articleId, x.role.start, x.role.end), value: x.role.text },
      { span: texts.span(y.articleId, y.role.start, y.role.end), value: y.role.text },
    ],
    confidence,
  };
  conflictParts.set(draft, { who, reason: reasonKind(reason) });
  return draft;
}

/**
 * One speaker's description set against two others' ("a fire department spokeswoman" against "Fire Chief" in one
 * report and "the town's fire chief" in another) is one finding about that speaker, as roleFindings makes of a
 * person's: conflicts over one quote that share a description are joined.
 */
export function joinRoleConflicts(drafts: readonly FindingDraft[], texts: StoryTexts): FindingDraft[] {
  const groups: FindingDraft[][] = [];
  const sameSpan = (a: FindingDraft, b: FindingDraft) => a.claims.some((c) => b.claims.some((d) => sameRange(c.span, d.span)));
  for (const d of drafts) {
    const parts = conflictParts.get(d);
    const group = parts && groups.find((g) => g.some((m) => conflictParts.get(m)?.who === parts.who && sameSpan(m, d)));
    if (group) group.push(d);
    else groups.push([d]);
  }
  return groups.map((group) => (group.length === 1 ? (group[0] as FindingDraft) : joined(group, texts)));
}

/** One stretch of one report. */
function sameRange(a: Span, b: Span): boolean {
  return a.articleId === b.articleId && a.start === b.start && a.end === b.end;
}

function joined(group: readonly FindingDraft[], texts: StoryTexts): FindingDraft {
  const claims = group.flatMap((d) => d.claims).filter((c, i, all) => all.findIndex((o) => sameRange(o.span, c.span)) === i);
  const reasons = [...new Set(group.map((d) => conflictParts.get(d)?.reason).filter((r): r is string => !!r))];
  const sides = claims.map((c) => `${quote(c.span.text, 50)} (${texts.label(c.span.articleId)})`);
  const first = group[0] as FindingDraft;
  return {
    ...first,
    summary: `Role of ${conflictParts.get(first)?.who ?? "the speaker"} differs${reasons.length ? ` (${reasons.join("; ")})` : ""}: ${sides.join(" vs ")}`,
    claims,
    confidence: Math.max(...group.map((d) => d.confidence)),
  };
}
