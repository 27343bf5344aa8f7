import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyDoc } from "../annotate/doc.js";
import { entityStage } from "../annotate/entities.js";
import { tokenStage } from "../annotate/tokens.js";
import type { AnnotatedDoc } from "../model/types.js";
import { linkStoryEntities, sameEntity } from "./entity-links.js";
import { isGivenNameOf } from "../annotate/entities/names.js";

function annotated(id: string, text: string): AnnotatedDoc {
  const doc = emptyDoc({ id, text });
  tokenStage.run(doc);
  entityStage.run(doc);
  return doc;
}

function canonicalOf(doc: AnnotatedDoc, text: string): string | undefined {
  return doc.entities.find((e) => e.text === text)?.canonical;
}

test("a surname in one report takes the full name another report gives", () => {
  const a = annotated("a", "Anatoly Reshetov, a Kremlin spokesman, spoke on Friday.");
  const b = annotated("b", "Reshetov said the claim was false.");
  assert.equal(canonicalOf(b, "Reshetov"), "Reshetov");
  linkStoryEntities([a, b]);
  assert.equal(canonicalOf(b, "Reshetov"), "Anatoly Reshetov");
  assert.equal(b.entities.find((e) => e.text === "Reshetov")?.type, "person");
});

test("an acronym one report defines names the long form in the other", () => {
  const a = annotated("a", "The Baltic Coastal Research Centre (BCRC) issued a warning.");
  const b = annotated("b", "A warning came from the BCRC on Monday.");
  linkStoryEntities([a, b]);
  assert.equal(canonicalOf(b, "BCRC"), "Baltic Coastal Research Centre");
});

test("country aliases across reports share one name", () => {
  const a = annotated("a", "Officials in the U.S. denied it.");
  const b = annotated("b", "The United States denied it.");
  linkStoryEntities([a, b]);
  assert.equal(canonicalOf(a, "U.S."), canonicalOf(b, "United States"));
});

test("a surname shared by two people of the story is not forced onto either", () => {
  const a = annotated("a", "Hannah Lindgren met Oskar Lindgren at the station.");
  const b = annotated("b", "Lindgren said nothing.");
  linkStoryEntities([a, b]);
  assert.equal(canonicalOf(b, "Lindgren"), "Lindgren");
});

test("spelling variants of one full name become one", () => {
  const a = annotated("a", "Volodymyr Zelenskyy spoke. Volodymyr Zelenskyy left.");
  const b = annotated("b", "Volodymyr Zelensky arrived.");
  linkStoryEntities([a, b]);
  assert.equal(canonicalOf(b, "Volodymyr Zelensky"), canonicalOf(a, "Volodymyr Zelenskyy"));
});

test("sameEntity: surnames, given-name variants, acronyms, qualified organisations", () => {
  assert.equal(sameEntity("Peskov", "Dmitry Peskov"), true);
  assert.equal(sameEntity("Bill Clinton", "William Clinton"), true);
  assert.equal(sameEntity("Bill Clinton", "Hillary Clinton"), false);
  assert.equal(sameEntity("J. Kirby", "John Kirby"), true);
  assert.equal(sameEntity("Mo Berge", "Maurice Berge", "person"), true);
  assert.equal(sameEntity("Mo Berge", "Mohammed Berge", "person"), true);
  assert.equal(sameEntity("Mo Berge", "Mary Berge", "person"), false);
  assert.equal(sameEntity("Li Wei", "Liu Wei", "person"), false);
  assert.equal(sameEntity("ISW", "Institute for the Study of War"), true);
  assert.equal(sameEntity("US National Security Council", "National Security Council"), true);
  assert.equal(sameEntity("U.S.", "United States"), true);
  assert.equal(sameEntity("Korea", "North Korea"), false);
  assert.equal(sameEntity("Russia", "Russian"), false);
  assert.equal(sameEntity("California Supreme Court", "Supreme Court"), false);
  assert.equal(sameEntity("Marlow Courthouse", "Marlow County Courthouse", "organization"), false);
  assert.equal(sameEntity("Pruitt", "Arlo Benedict Pruitt Jr.", "person"), true);
  // A title left inside a name does not make another person.
  assert.equal(sameEntity("Manager Ed Stefanski", "Ed Stefanski", "person"), true);
  assert.equal(sameEntity("Manager Ed Stefanski", "Al Stefanski", "person"), false);
  // A short form of a given name folds; a given name alone may be anyone's ("Charlie", a son, is no "Charles Craft").
  assert.equal(sameEntity("Kathryn Jenkin", "Katie Jenkin", "person"), true);
  assert.equal(sameEntity("Charlie", "Charles Craft", "person"), false);
  assert.equal(isGivenNameOf("Katie", "Kathryn Jenkin"), true);
  assert.equal(isGivenNameOf("Jenkin", "Katie Jenkin"), false);
});
