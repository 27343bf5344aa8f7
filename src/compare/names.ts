import { NEAR_COPY } from "./align.js";
import type { Entity, TextRange } from "../model/types.js";
import { quote, type FindingDraft } from "./findings.js";
import { hunkKeys, pairConfidence, unitText, type PairCheck, type PairContext } from "./pair.js";
import type { Unit, UnitKey } from "./units.js";
import { sameEntity } from "../annotate/entities.js";
import { isAcronymOf, isGivenNameOf } from "../annotate/entities/names.js";
import { gazetteerEntry } from "../annotate/entities/gazetteer.js";
import { HONORIFICS } from "../annotate/entities/names-data.js";
import { TITLE_SET } from "../annotate/entities/lexicon.js";

function isTitleWord(key: string): boolean {
  return TITLE_SET.has(key) || TITLE_SET.has(`${key}.`) || key in HONORIFICS;
}

/** The entity a hunk side consists of, when that side is one name and nothing that carries meaning besides. */
function soleName(unit: Unit, keys: readonly UnitKey[]): { entity: Entity | null; key: UnitKey } | null {
  // "Inspector Gaskin" / "Mr Gaskin": a title or honorific the tagger calls a name is no name.
  const named = keys.filter((k) => k.kind === "entity" || (k.kind === "word" && k.pos === "PROPN" && !isTitleWord(k.key)));
  const other = keys.filter((k) => !named.includes(k) && k.content);
  if (named.length !== 1 || other.length > 0) return null;
  const key = named[0] as UnitKey;
  return { entity: unit.entities.find((e) => e.start === key.start) ?? null, key };
}

const CAPITALISED_WORD_BEFORE = /\p{Lu}[\p{L}'’-]*[\s,:]+$/u;
const CAPITALISED_WORD_AFTER = /^[\s,:]+\p{Lu}/u;

function inTitleCaseRun(ctx: PairContext, articleId: string, key: UnitKey): boolean {
  const text = ctx.texts.doc(articleId).article.text;
  return CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, key.start - 30), key.start)) && CAPITALISED_WORD_AFTER.test(text.slice(key.end, key.end + 5));
}

/**
 * People and places: two near-identical statements of a fact that put a different name in the same
 * place ("the mayor, Ann Ode, said" vs "the mayor, Ben Ode, said"). Only a hunk that is a name on both
 * sides counts, so a paraphrase that merely mentions other people says nothing.
 */
export const nameCheck: PairCheck = {
  aspect: "person",
  check(ctx: PairContext): FindingDraft[] {
    const { a, b } = ctx.pair;
    const drafts: FindingDraft[] = [];
    // A swap inside otherwise identical sentences is surer than one inside a loose paraphrase.
    for (const hunk of ctx.hunks) {
      const x = soleName(a, hunkKeys(a, hunk, "a"));
      const y = soleName(b, hunkKeys(b, hunk, "b"));
      if (!x || !y) continue;
      // The same words read as different names only because one report spelled the name out elsewhere.
      if (ctx.texts.span(a.articleId, x.key.start, x.key.end).text === ctx.texts.span(b.articleId, y.key.start, y.key.end).text) continue;
      const nameX = x.entity?.canonical ?? ctx.texts.span(a.articleId, x.key.start, x.key.end).text;
      const nameY = y.entity?.canonical ?? ctx.texts.span(b.articleId, y.key.start, y.key.end).text;
      const typeX = x.entity?.type;
      const typeY = y.entity?.type;
      // "his sister Katie" where another report writes "Katie Jenkin": the same person, named short.
      if (sameEntity(nameX, nameY, typeX ?? typeY) || isGivenNameOf(nameX, nameY) || isGivenNameOf(nameY, nameX)) continue;
      // "... Endangered Species Legislation Interior ..." / "... Species Decisions Interior ...": capitalised
      // words amid a title-case run are set as a headline sets every word, and no list knows them as names.
      if (!x.entity && !y.entity && (inTitleCaseRun(ctx, a.articleId, x.key) || inTitleCaseRun(ctx, b.articleId, y.key))) continue;
      // "Finance Minister Ivo Brandt" / "Interior Minister Ivo Brandt": a capitalised word of a title is the role,
      // which the role check compares, not a second name for the person or speaker.
      if ((!x.entity && inRole(a, x.key)) || (!y.entity && inRole(b, y.key))) continue;
      if (typeX && typeY && typeX !== typeY) continue;
      const type = typeX ?? typeY ?? "other";
      // In a loose paraphrase only names both typed as people or places are compared; an untyped or
      // organisation name differing there is more often a different subject than a different answer.
      // A name that is all that differs between two sentences is a swap however short they are: one
      // rare name weighs enough in a short sentence to keep the pair under NEAR_COPY. One side must be a
      // recognised name, not merely a capitalised word ("Playoff Spot" / "Playoff Berth" in headlines).
      const onlyDifference = ctx.hunks.length === 1 && ctx.pair.similarity >= LOOSE_SWAP && (x.entity !== null || y.entity !== null);
      const nearCopy = ctx.pair.similarity >= NEAR_COPY || onlyDifference;
      if (!nearCopy && !(typeX && typeX === typeY && (type === "person" || type === "place") && ctx.pair.similarity >= LOOSE_SWAP)) continue;
      // "killed in Mt Cook falls" / "dies in New Zealand fall": in a loose paraphrase a country or state against
      // a place of another kind is more often the place and what holds it than two places.
      if (type === "place" && ctx.pair.similarity < NEAR_COPY && differentPlaceLevels(nameX, nameY)) continue;
      // "in Ardley" / "in Wessex" where a report writes "Ardley, Wessex": the town and the region holding it.
      // The reports say so themselves, so this holds in near copies too ("on Linden Street" / "in Aldmoor").
      if (type === "place" && (placedWithin(ctx, nameX, nameY) || placedWithin(ctx, nameY, nameX))) continue;
      // "ramming the boats of Ash, 32, and Marsh, 9" / "Kane and Dorn were racing": in a loose paraphrase two lists of
      // people, each name one member among others, line up members of different groups (victims, suspects).
      if (type === "person" && !nearCopy && listedWithAnotherPerson(ctx, a, x.key) && listedWithAnotherPerson(ctx, b, y.key)) continue;
      // Both names in both sentences is a list in another order ("Jordan, Mitchell" / "Mitchell, Jordan").
      if (mentions(b, nameX, typeX) || mentions(a, nameY, typeY)) continue;
      // "Mt Cook" and "Mt Cook National Park", "Chargers" and "San Diego Chargers", "MVP Award" and "Most
      // Valuable Player Award": one name written in full and in short, not two.
      if (type !== "person" && (nestedName(nameX, nameY) || abbreviatedName(nameX, nameY))) continue;
      // "Rait" / "Raite": one person spelled two ways is worth a check, but it is no other person. "Kyiv" /
      // "Kiev", "Technicolour" / "Technicolor": places and other names spelled two ways are one name.
      const spelling = spellingVariants(nameX, nameY);
      if (spelling && type !== "person") continue;
      const speaker = !spelling && (isSpeaker(a, x.key) || isSpeaker(b, y.key));
      // Each report names the other's person elsewhere: both know both people, and "Ford finished his
      // career" / "Hansbrough finished with 20 points" tell one fact of each, not one fact told wrong.
      if (!spelling && !speaker && reportNames(ctx, b.articleId, nameX, typeX, nameY) && reportNames(ctx, a.articleId, nameY, typeY, nameX)) continue;
      // Two sources for one loosely reported claim are not a swap; in near copies they are. A speaker who is
      // all two short sentences differ by is the attribution check's to report, once.
      if (speaker && ctx.pair.similarity < NEAR_COPY) continue;
      const aspect = speaker ? "attribution" : type === "person" ? "person" : type === "place" ? "place" : "other";
      const what = spelling ? "Spelling of a name" : speaker ? "Speaker" : type === "place" ? "Place" : type === "person" ? "Person" : "Name";
      drafts.push({
        kind: "contradiction",
        aspect,
        rule: spelling ? "name/person-spelled" : speaker ? "attribution/speaker-swapped" : `name/${type}-swapped`,
        summary: `${what} differs in ${quote(unitText(ctx, a), 70)}: ${ctx.texts.label(a.articleId)} has ${nameX}, ${ctx.texts.label(b.articleId)} has ${nameY}`,
        claims: [
          { span: ctx.texts.span(a.articleId, x.key.start, x.key.end), value: nameX },
          { span: ctx.texts.span(b.articleId, y.key.start, y.key.end), value: nameY },
        ],
        confidence: pairConfidence(ctx.pair, (ctx.hunks.length <= 2 ? 1 : 0.8) * (spelling ? SPELLING_STRENGTH : 1)),
      });
    }
    return drafts;
  },
};

/** A spelling is surer to be a slip or a transliteration than a different answer. */
const SPELLING_STRENGTH = 0.6;
const MIN_SPELLED_LENGTH = 4;
const MAX_SPELLING_EDITS = 2;

/**
 * Two names word for word alike but for words spelled within two edits of each other, with the same
 * first letter ("Duncan Rait" / "Duncan Raite", "Gordon Advisors" / "Gordon Advisers").
 */
export function spellingVariants(x: string, y: string): boolean {
  const wx = x.toLowerCase().split(/\s+/);
  const wy = y.toLowerCase().split(/\s+/);
  if (wx.length !== wy.length) return false;
  let differing = 0;
  for (let i = 0; i < wx.length; i++) {
    const [p, q] = [wx[i] as string, wy[i] as string];
    if (p === q) continue;
    differing++;
    if (p[0] !== q[0] || Math.min(p.length, q.length) < MIN_SPELLED_LENGTH || editDistance(p, q, MAX_SPELLING_EDITS) > MAX_SPELLING_EDITS) return false;
  }
  return differing > 0;
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length] as number;
}

/** Pair similarity below which a different name in a paraphrase is more often a different subject. */
const LOOSE_SWAP = 0.5;

/**
 * The report names `name` by a mention that cannot be its own person `own`: a bare "Dahl" in a report of
 * Per Dahl is Per Dahl, not the other report's Ola Dahl.
 */
function reportNames(ctx: PairContext, articleId: string, name: string, type: Entity["type"] | undefined, own: string): boolean {
  return ctx.texts.doc(articleId).entities.some((e) => sameEntity(e.canonical, name, type ?? e.type) && !sameEntity(e.canonical, own, type ?? e.type));
}

const REGION_KINDS: ReadonlySet<string> = new Set(["country", "state", "state-abbreviation"]);

/** One place a country or state, the other not a place of the same kind. */
function differentPlaceLevels(x: string, y: string): boolean {
  const kindX = gazetteerEntry(x)?.kind;
  const kindY = gazetteerEntry(y)?.kind;
  const region = (kind: string | undefined) => kind !== undefined && REGION_KINDS.has(kind);
  return (region(kindX) || region(kindY)) && kindX !== kindY;
}

function mentions(unit: Unit, name: string, type: Entity["type"] | undefined): boolean {
  return unit.entities.some((e) => sameEntity(e.canonical, name, type ?? e.type));
}

/** A place written before the place that holds it ("Ardley, Wessex", "Linden Street in Aldmoor"), not as one of a list ("Ardley, Wessex and Kent"). */
const HOLDER_AFTER = /^(?:,|\s+in)\s*$/;
const LIST_GOES_ON = /^\s*(?:,\s*\p{Lu}|and\b|or\b|&)/u;

/** Either report of the pair writes `inner` followed by `outer` as the place holding it. */
function placedWithin(ctx: PairContext, inner: string, outer: string): boolean {
  return [ctx.pair.a.articleId, ctx.pair.b.articleId].some((id) => {
    const doc = ctx.texts.doc(id);
    // The pair has typed both names places; in this report either may be typed otherwise ("Rosvik, Vestmark,"
    // with Vestmark untyped, no gazetteer knowing it), but the holder must not be typed a person or a body.
    const places = doc.entities.filter((e) => e.type === "place" || e.type === "other");
    return doc.entities.some(
      (e) =>
        sameEntity(e.canonical, inner, "place") &&
        places.some(
          (h) =>
            h.start > e.end &&
            sameEntity(h.canonical, outer, "place") &&
            HOLDER_AFTER.test(doc.article.text.slice(e.end, h.start)) &&
            !LIST_GOES_ON.test(doc.article.text.slice(h.end, h.end + 5)),
        ),
    );
  });
}

/** One name's words all within the other's, "Mount" and "Mt" alike. */
function nestedName(x: string, y: string): boolean {
  const words = (name: string) => name.toLowerCase().replace(/\bmount\b/g, "mt").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const [wx, wy] = [words(x), words(y)];
  const [shorter, longer] = wx.length <= wy.length ? [wx, wy] : [wy, wx];
  return shorter.length > 0 && shorter.every((w) => longer.includes(w));
}

/** The words one name has and the other lacks are an acronym of the other's: "MVP" / "Most Valuable Player". */
function abbreviatedName(x: string, y: string): boolean {
  const words = (name: string) => name.split(/\s+/).filter(Boolean);
  const [wx, wy] = [words(x), words(y)];
  const onlyX = wx.filter((w) => !wy.includes(w));
  const onlyY = wy.filter((w) => !wx.includes(w));
  return (onlyX.length === 1 && isAcronymOf(onlyX[0] as string, onlyY.join(" "))) || (onlyY.length === 1 && isAcronymOf(onlyY[0] as string, onlyX.join(" ")));
}

/** What joins two members of a list of people: commas, "and", "or", with an age after the first ("Ash, 32, and Marsh"). */
const LIST_JOINER = /^(?:\s*,\s*\d+)?\s*(?:,|,?\s*(?:and|or|&))\s*$/i;

/** The name is one of several people the unit lists, joined to another person's name by a comma or "and". */
function listedWithAnotherPerson(ctx: PairContext, unit: Unit, key: UnitKey): boolean {
  const text = ctx.texts.doc(unit.articleId).article.text;
  const joined = (first: { end: number }, second: { start: number }) => first.end <= second.start && LIST_JOINER.test(text.slice(first.end, second.start));
  return unit.entities.some((e) => e.type === "person" && e.start !== key.start && (joined(e, key) || joined(key, e)));
}

/** Within a role the report gives a person or a speaker ("Finance Minister", "the board's chief executive"). */
function inRole(unit: Unit, key: UnitKey): boolean {
  const holds = (r: TextRange | undefined) => r !== undefined && r.start <= key.start && key.end <= r.end;
  return unit.entities.some((e) => holds(e.role)) || unit.statements.some((s) => holds(s.speakerRole));
}

/** Within the mention of one of the unit's speakers ("said Jon Lind"). */
export function isSpeaker(unit: Unit, span: { start: number; end: number }): boolean {
  return unit.statements.some((s) => s.speaker?.mention && s.speaker.mention.start <= span.start && span.end <= s.speaker.mention.end);
}

/**
 * A hunk that is one person's name on one side and another person's on the other, neither the speaker:
 * "Berg was taken to hospital" / "Lund was taken to hospital". When the name check lets it pass (each
 * report names both people, so each may tell one fact of each), the pair is still no agreement.
 */
export function namesOtherPeople(ctx: PairContext): boolean {
  const { a, b } = ctx.pair;
  return ctx.hunks.some((hunk) => {
    const x = soleName(a, hunkKeys(a, hunk, "a"))?.entity;
    const y = soleName(b, hunkKeys(b, hunk, "b"))?.entity;
    if (x?.type !== "person" || y?.type !== "person") return false;
    if (isSpeaker(a, x) || isSpeaker(b, y)) return false;
    // "Gigante" / "Vincent Gigante", "Jenkin" / "John Jenkin": one surname may be one person whom linking left
    // apart, because the story holds two people of that name or one report never wrote the name in full.
    const surname = (unit: Unit, e: Entity) => ctx.texts.span(unit.articleId, e.start, e.end).text.split(/\s+/).pop()?.toLowerCase();
    if (surname(a, x) === surname(b, y) || spellingVariants(x.canonical, y.canonical)) return false;
    // "Hillis rushed for 101 yards" / "Charles rushed for 226 yards while Hillis added 101": both name the same person.
    if (mentions(b, x.canonical, "person") || mentions(a, y.canonical, "person")) return false;
    return !sameEntity(x.canonical, y.canonical, "person") && !isGivenNameOf(x.canonical, y.canonical) && !isGivenNameOf(y.canonical, x.canonical);
  });
}
