import { bareName, isAcronym, sameEntity } from "../annotate/entities/names.js";
import type { AnnotatedDoc, Entity, EntityType } from "../model/types.js";

export { sameEntity } from "../annotate/entities/names.js";

/** One distinct canonical name of the story and what the reports say about it. */
type Name = {
  canonical: string;
  type: EntityType;
  mentions: number;
  firstSeen: number;
  /** index of the cluster of names that denote one entity */
  cluster: number;
};

/**
 * Give one canonical name to each entity across the reports of one story: "Peskov" in one report and
 * "Dmitry Peskov" in another both become "Dmitry Peskov"; "ISW" used bare in one report takes the long
 * form another report defines. Rewrites `entity.canonical` (and an untyped "other" takes the type of
 * the name it joins). A surname shared by several people of the story is left as it is.
 */
export function linkStoryEntities(docs: AnnotatedDoc[]): void {
  const entities = docs.flatMap((d) => d.entities);
  if (entities.length === 0) return;
  applyAcronymDefinitions(entities);
  const names = distinctNames(entities);
  const clusters = clusterFullNames(names);
  attachShortNames(names, clusters);
  const representative = representatives(names);
  for (const entity of entities) {
    const name = names.get(keyOf(entity));
    if (!name) continue;
    const chosen = representative.get(name.cluster);
    if (!chosen) continue;
    entity.canonical = chosen.canonical;
    if (entity.type === "other" && chosen.type !== "other") entity.type = chosen.type;
  }
}

/** An acronym one report defines ("... War (ISW)") names the long form in every report. */
function applyAcronymDefinitions(entities: readonly Entity[]): void {
  const definitions = new Map<string, string>();
  for (const e of entities) {
    if (isAcronym(e.text) && bareName(e.canonical) !== bareName(e.text) && !isAcronym(e.canonical)) definitions.set(e.text, e.canonical);
  }
  for (const e of entities) {
    const long = definitions.get(e.canonical);
    if (long) e.canonical = long;
  }
}

function keyOf(entity: Entity): string {
  return `${typeGroup(entity.type)}\u0000${entity.canonical}`;
}

/** "other" is the weak type: it may join a name of any type. */
function typeGroup(type: EntityType): string {
  return type === "other" ? "other" : type;
}

function distinctNames(entities: readonly Entity[]): Map<string, Name> {
  const names = new Map<string, Name>();
  entities.forEach((entity, index) => {
    const key = keyOf(entity);
    const name = names.get(key);
    if (name) name.mentions++;
    else names.set(key, { canonical: entity.canonical, type: entity.type, mentions: 1, firstSeen: index, cluster: -1 });
  });
  return names;
}

function strongerType(a: EntityType, b: EntityType): EntityType {
  return a === "other" ? b : a;
}

function typesCompatible(a: EntityType, b: EntityType): boolean {
  return a === b || a === "other" || b === "other";
}

/** A one-word person name ("Peskov", or an untyped "Peskov") is a short name; it may stand for several people. */
function isShortPersonName(name: Name): boolean {
  return (name.type === "person" || name.type === "other") && !bareName(name.canonical).includes(" ") && !isAcronym(name.canonical);
}

/** Union the names that are not short person names and denote one entity: spellings, acronyms, qualifiers. */
function clusterFullNames(names: Map<string, Name>): Name[][] {
  const full = [...names.values()].filter((n) => !isShortPersonName(n));
  const parent = full.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (let i = 0; i < full.length; i++) {
    for (let j = i + 1; j < full.length; j++) {
      const a = full[i] as Name;
      const b = full[j] as Name;
      if (typesCompatible(a.type, b.type) && sameEntity(a.canonical, b.canonical, strongerType(a.type, b.type))) parent[root(j)] = root(i);
    }
  }
  const clusters: Name[][] = [];
  const indexOfRoot = new Map<number, number>();
  full.forEach((name, i) => {
    const r = root(i);
    let index = indexOfRoot.get(r);
    if (index === undefined) {
      index = clusters.length;
      indexOfRoot.set(r, index);
      clusters.push([]);
    }
    name.cluster = index;
    clusters[index]?.push(name);
  });
  return clusters;
}

/**
 * A short person name joins the one cluster of full names it matches; with several ("Clinton" for Bill
 * and Hillary Clinton) it joins the one the story names most often, and stays apart when none leads.
 */
function attachShortNames(names: Map<string, Name>, clusters: Name[][]): void {
  for (const name of names.values()) {
    if (!isShortPersonName(name)) continue;
    const matches = clusters
      .map((cluster, index) => ({ index, mentions: cluster.reduce((sum, n) => sum + n.mentions, 0), cluster }))
      .filter(({ cluster }) => cluster.some((n) => n.type === "person" && sameEntity(name.canonical, n.canonical, "person")))
      .sort((a, b) => b.mentions - a.mentions);
    const [first, second] = matches;
    if (first && (!second || first.mentions > second.mentions)) {
      name.cluster = first.index;
      first.cluster.push(name);
    } else {
      name.cluster = clusters.length;
      clusters.push([name]);
    }
  }
}

function wordCount(name: string): number {
  return name.split(" ").length;
}

/** "NEW MOON": a name written in capitals for emphasis, not the spelling to show. */
function isShouted(name: string): boolean {
  return name.length > 5 && name === name.toUpperCase() && name !== name.toLowerCase() && name.includes(" ");
}

/** The name that represents a cluster: the most mentioned, then the longest, then the first seen. */
function representatives(names: Map<string, Name>): Map<number, Name> {
  const chosen = new Map<number, Name>();
  for (const name of names.values()) {
    const current = chosen.get(name.cluster);
    if (!current || better(name, current)) chosen.set(name.cluster, name);
  }
  return chosen;
}

function better(a: Name, b: Name): boolean {
  const aFull = !isShortPersonName(a) && !isAcronym(a.canonical);
  const bFull = !isShortPersonName(b) && !isAcronym(b.canonical);
  if (aFull !== bFull) return aFull;
  const aShouted = isShouted(a.canonical);
  if (aShouted !== isShouted(b.canonical)) return !aShouted;
  if (a.type !== b.type && (a.type === "other" || b.type === "other")) return b.type === "other";
  // Organisations and places: the fullest form ("Portland Trail Blazers" over "Blazers").
  const aWords = wordCount(a.canonical);
  const bWords = wordCount(b.canonical);
  if (a.type !== "person" && aWords !== bWords) return aWords > bWords;
  if (a.mentions !== b.mentions) return a.mentions > b.mentions;
  if (a.canonical.length !== b.canonical.length) return a.canonical.length > b.canonical.length;
  return a.firstSeen < b.firstSeen;
}
