import { test } from "node:test";
import assert from "node:assert/strict";
import { guessEnglish } from "./language.js";

const english =
  "A fire tore through a warehouse on the quay on Tuesday, and at least twelve people were hurt, the fire service said. " +
  "Crews fought the blaze for four hours before it was brought under control. The owner said it would cooperate with " +
  "investigators and that the cause of the fire was not yet known.";
const french =
  "Un incendie a ravagé mardi un entrepôt sur le quai du port, faisant au moins douze blessés selon les pompiers. " +
  "Les secours ont lutté pendant quatre heures avant de maîtriser les flammes. Le propriétaire a déclaré qu'il " +
  "coopérerait avec les enquêteurs et que la cause du sinistre restait inconnue.";
const german =
  "Ein Feuer hat am Dienstag eine Lagerhalle am Kai zerstört, mindestens zwölf Menschen wurden verletzt, teilte die " +
  "Feuerwehr mit. Die Einsatzkräfte kämpften vier Stunden lang gegen die Flammen, bevor sie den Brand unter Kontrolle " +
  "brachten. Der Eigentümer sagte, die Ursache sei noch unklar.";
const greek =
  "Πυρκαγιά κατέστρεψε την Τρίτη μια αποθήκη στην προκυμαία του λιμανιού και τουλάχιστον δώδεκα άνθρωποι τραυματίστηκαν, " +
  "ανέφερε η πυροσβεστική υπηρεσία.";

test("English news text is English", () => {
  assert.equal(guessEnglish(english).verdict, "english");
});

test("French and German news text is not English, and the verdict names the language", () => {
  assert.deepEqual(guessEnglish(french).verdict, "not-english");
  assert.match(guessEnglish(french).detail, /reads like French/);
  assert.deepEqual(guessEnglish(german).verdict, "not-english");
  assert.match(guessEnglish(german).detail, /reads like German/);
  const spanish =
    "Un incendio destruyó el martes un almacén en el muelle del puerto y al menos doce personas resultaron heridas, según " +
    "los bomberos. Los equipos lucharon durante cuatro horas para controlar las llamas.";
  assert.match(guessEnglish(spanish).detail, /reads like Spanish/);
});

test("a short English text with few function words is still English", () => {
  const headline =
    "Retired Teacher Wins County Baking Prize\non March 3rd, 2011\nAccording to organisers, a retired teacher named Ada Vance " +
    "won first place at a county fair in Dorset.";
  assert.equal(guessEnglish(headline).verdict, "english", guessEnglish(headline).detail);
});

test("text mostly outside the Latin alphabet is not English", () => {
  const result = guessEnglish(greek);
  assert.equal(result.verdict, "not-english");
  assert.match(result.detail, /Latin alphabet/);
});

test("a few words are too few to judge", () => {
  assert.equal(guessEnglish("Feu au port. Douze blessés.").verdict, "unknown");
});

test("English with a few foreign names stays English", () => {
  const text = `${english} Jean-Baptiste Lefèvre, Łukasz Wójcik and Søren Ødegård were among the crew.`;
  assert.equal(guessEnglish(text).verdict, "english");
});
