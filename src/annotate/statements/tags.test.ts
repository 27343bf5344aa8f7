import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyDoc } from "../doc.js";
import { tokenStage } from "../tokens.js";
import type { Token } from "../../model/types.js";
import { buildContext } from "./context.js";
import { speakerOf, statementOf, statementsIn } from "./testing.js";

test("a third-person cue verb read as a noun after 'and' shares the subject of the verb before it", () => {
  const s = statementOf("Dana Ruiz thanks the rowers and pledges to fund a new boathouse.", "pledges");
  assert.equal(s.speaker?.mention?.text, "Dana Ruiz");
  assert.equal(s.content.text, "to fund a new boathouse");
});

test("a cue verb read as a noun after 'and' takes its particle, in the plain form too, unless an infinitive precedes", () => {
  const s = statementOf("The harbour board rejects any blame and points out that the storm closed the port.", "points out");
  assert.equal(s.speaker?.mention?.text, "The harbour board");
  assert.equal(statementOf("The rowers arrive late and point out that the bridge was closed.", "point out").speaker?.mention?.text, "The rowers");
  // After an infinitive the second verb is one too, inside what "hope" reports.
  const hope = statementOf("The guides hope to visit the lighthouse and point out the old lamp to the children.", "hope");
  assert.equal(hope.content.text, "to visit the lighthouse and point out the old lamp to the children");
});

test("a cue verb read as a noun before its particle, after a name or a plural noun: 'Varga talks about', 'pilots point out'", () => {
  assert.equal(statementOf("Ines Varga talks about her years on the river.", "talks about").speaker?.mention?.text, "Ines Varga");
  assert.equal(statementOf("Veteran pilots point out that the runway is short.", "point out").speaker?.mention?.text, "Veteran pilots");
  // A preposition that a noun takes as well leaves the noun alone.
  assert.deepEqual(statementsIn("Among the pilots support for the new runway is weak."), []);
});

test("a cue verb's plain form read as a noun after a capitalised plural takes a noun object: 'Gardeners favor water limits'", () => {
  const s = statementOf("Gardeners favor water limits in July.", "favor");
  assert.equal(s.speaker?.mention?.text, "Gardeners");
  assert.equal(s.content.text, "water limits in July");
});

test("an -ing cue verb read as an adjective or a noun after 'by', 'and', 'but' or a closing quotation mark opens a participle clause", () => {
  const by = statementOf("Varga won the race by promising to fix the harbour.", "promising");
  assert.equal(by.speaker?.mention?.text, "Varga");
  assert.equal(by.content.text, "to fix the harbour");
  assert.equal(statementOf("She praised the crew but warning that the river was rising.", "warning").content.text, "that the river was rising");
  // Before a noun it stays an adjective.
  assert.deepEqual(statementsIn("The rowers made a promising start to the season."), []);
});

test("a surname wink reads as a verb, before a party and state in brackets, closes the name: 'Rep. Tom Fix (R-Ore.)'", () => {
  assert.equal(statementOf("Rep. Tom Fix (R-Ore.) noted that the dam leaks.", "noted").speaker?.mention?.text, "Rep. Tom Fix (R-Ore.)");
});

test("a past form of a phrasal cue read as a noun after a name is the verb: 'Okafor shot back'", () => {
  const s = statementOf("\"The orchard never flooded,\" Okafor shot back.", "shot back");
  assert.equal(s.speaker?.mention?.text, "Okafor");
  assert.equal(statementOf("Okafor shot back that the orchard never flooded.", "shot back").content.text, "that the orchard never flooded");
});

test("a quantifier opening a sentence is the subject of a plain cue verb read as a noun: 'Many fear', 'Some view'", () => {
  const fear = statementOf("The ferry was late again. Many fear the old pier will collapse.", "fear");
  assert.equal(fear.speaker?.mention?.text, "Many");
  assert.equal(fear.content.text, "the old pier will collapse");
  assert.equal(statementOf("The ferry was late again. Some view the harbour master as careless.", "view").speaker?.mention?.text, "Some");
  // A noun after a quantifier inside a sentence is left alone.
  assert.deepEqual(statementsIn("The crews had some support from the town."), []);
});

test("a headline's plain cue verb after a plural name is the verb: 'Orchard Growers Support Water Limits'", () => {
  const s = statementOf("Orchard Growers Support New Water Limits", "Support");
  assert.equal(s.speaker?.mention?.text, "Orchard Growers");
  assert.equal(statementOf("Valley Farmers Call For Canal Repairs", "Call For").speaker?.mention?.text, "Valley Farmers");
  // A name ending in "s" is no plural: its verb keeps the "-s" ending.
  assert.equal(statementOf("Ann Davis Slams Harbour Board Over Pier Fees", "Slams").speaker?.mention?.text, "Ann Davis");
});

test("'Most' opening a sentence before a cue verb is its subject, not an adverb: 'Most believe that'", () => {
  const s = statementOf("The ferry was late again. Most believe that the pier is unsafe.", "believe");
  assert.equal(s.speaker?.mention?.text, "Most");
  assert.equal(s.content.text, "that the pier is unsafe");
  assert.equal(statementOf("Most oppose closing the pier.", "oppose").speaker?.mention?.text, "Most");
});

test("a third-person cue verb read as a noun before a possessive: 'The beekeeper claims her hives ...'", () => {
  const s = statementOf("The beekeeper claims her hives produce the sweetest honey in the county.", "claims");
  assert.equal(s.speaker?.mention?.text, "The beekeeper");
  assert.equal(s.content.text, "her hives produce the sweetest honey in the county");
});

test("a third-person cue verb read as a noun after an appositive's closing comma is the verb: 'Lind, a glazier, notes that'", () => {
  const s = statementOf("Petra Lind, a glazier from the valley, notes that the kilns run hot.", "notes");
  assert.equal(s.speaker?.mention?.text, "Petra Lind, a glazier from the valley,");
  assert.equal(s.content.text, "that the kilns run hot");
  assert.equal(statementOf("The bakers' guild, however, backs the oven tax.", "backs").speaker?.mention?.text, "The bakers' guild");
});

test("a capitalised word between a comma or closing quotation mark and a verb of saying is a surname: ', Shall wrote.'", () => {
  const shall = statementOf("\u201cThe looms will stay in the mill,\u201d Shall wrote.", "wrote");
  assert.equal(shall.speaker?.mention?.text, "Shall");
  assert.equal(shall.content.text, "\u201cThe looms will stay in the mill,\u201d");
  const still = statementOf("The dye works would close by spring, Still said.", "said");
  assert.equal(still.speaker?.mention?.text, "Still");
  assert.equal(still.content.text, "The dye works would close by spring");
});

test("a capitalised modal before an inflected cue verb is a surname, wherever it stands: 'Will writes', 'since Will thinks'", () => {
  const will = statementOf("Will writes that the looms are too loud.", "writes");
  assert.equal(will.speaker?.mention?.text, "Will");
  assert.equal(will.content.text, "that the looms are too loud");
  assert.equal(speakerOf("The mill is doomed, since Will thinks the looms are too loud.", "thinks"), "Will");
  // Only a modal: in a title-case headline an auxiliary goes with the verb.
  assert.ok(statementsIn("Weaver Lund Has Said Too Much About Looms").every((x) => x.speaker?.mention?.text !== "Has"));
});

test("a capitalised word before a verb of saying with its subject after it is an adverb, not a surname: '“...” Still said the potter.'", () => {
  assert.equal(statementOf("\u201cThe kiln is cold.\u201d Still said the potter.", "Still said").speaker?.mention?.text, "the potter");
  // With nothing after the verb the word is the surname.
  assert.equal(statementOf("\u201cWe will stay.\u201d Brave said.", "said").speaker?.mention?.text, "Brave");
});

test("a plain cue verb read as a noun after a participle's time, before an object or a modifier, is the verb: 'farmers voting Friday favor'", () => {
  const s = statementOf("Two-thirds of the farmers voting Friday favor quickly ending the harvest.", "favor");
  assert.equal(s.content.text, "quickly ending the harvest");
  assert.equal(statementOf("Most of the cyclists polled Sunday oppose the toll.", "oppose").content.text, "the toll");
});

test("in a headline a capitalised cue verb after a comma is a second verb of the same subject: 'Coach Slams Referee, Praises Goalkeeper'", () => {
  const s = statementOf("Coach Slams Referee, Praises Goalkeeper as Hero", "Praises");
  assert.equal(s.speaker?.mention?.text, "Coach");
  assert.equal(s.content.text, "Goalkeeper as Hero");
});

test("a past cue verb read as an adjective after a name or a pronoun ends its clause or goes on to an adjunct: ', Kral alleged.'", () => {
  assert.equal(statementOf("“The kiln stays cold,” she elaborated.", "elaborated").speaker?.mention?.text, "she");
  assert.equal(statementOf("The glaze was faulty, Vesna Kral alleged.", "alleged").content.text, "The glaze was faulty");
  assert.equal(statementOf("Vesna Kral alleged in a letter that the glaze was faulty.", "alleged").content.text, "that the glaze was faulty");
});

test("after a perfect's 'have' a past cue verb read as an adjective is a verb before a comma too: 'As Kral has alleged, ...'", () => {
  assert.equal(statementOf("As Vesna Kral has alleged, the glaze was faulty.", "has alleged").content.text, "the glaze was faulty");
});

test("a speaker holding a Ph.D. keeps the name before it: wink's boundary inside the degree is gone", () => {
  const speaker = speakerOf("Nell Ortiz, who earned a Ph.D. at a small college, argued that the ferry needs paint.", "argued");
  assert.ok(speaker?.startsWith("Nell Ortiz"), String(speaker));
});

test("a plural title abbreviation opens the names after it: 'Sens. Ida Dow and Bo Fry argued'", () => {
  assert.equal(speakerOf("The hearing ran late. Sens. Ida Dow and Bo Fry argued that the canal fee was unfair.", "argued"), "Sens. Ida Dow and Bo Fry");
});

test("a plain verb form after a singular noun in a noun phrase, before a preposition, ends the compound: 'a radio buy in'", () => {
  const text = "The Ferro bakery placed a $5,000 radio buy in Leeds on Friday and announced it would open a second shop.";
  assert.equal(speakerOf(text, "announced"), "The Ferro bakery");
});

test("a cue verb's past form without an ending, read as a noun after its subject, is the verb: 'Marsh cast the referee as'", () => {
  const s = statementOf("Coach Ivo Marsh cast the referee as a villain.", "cast");
  assert.equal(s.speaker?.mention?.text, "Coach Ivo Marsh");
  assert.equal(s.content.text, "the referee as a villain");
});

test("a plain verb form after a preposition, before a noun, is part of a noun phrase: 'Friends of drum circle players said'", () => {
  assert.equal(speakerOf("Friends of drum circle players said the park was loud.", "said"), "Friends of drum circle players");
  // wink reads the "for" before such a word as a conjunction.
  assert.equal(speakerOf("A group for swim team parents argued that the pool was cold.", "argued"), "A group for swim team parents");
});

test("a past form read as an adjective after a name, before a preposition, is the verb: 'Voss alleged in a letter that'", () => {
  const s = statementOf("Mirela Voss alleged in a letter that the ferry was late.", "alleged");
  assert.equal(s.speaker?.mention?.text, "Mirela Voss");
  assert.equal(s.content.text, "that the ferry was late");
});

test("what a speaker said ends before the full stop that wink glues to a closing 'no': 'told the tenants no.'", () => {
  assert.equal(statementOf("Asked about the rent, the landlord told the tenants no.", "told").content.text, "no");
});

test("'spoke' read as a noun after a number or a quantifier, before its particle, is the verb: 'the three spoke about'", () => {
  assert.equal(speakerOf("After the ride, the three spoke about the muddy trail.", "spoke about"), "the three");
  assert.equal(statementOf("Both spoke of the old mill.", "spoke of").content.text, "the old mill");
});

test("a capitalised plural opening the sentence is a noun, and the plain form after it the verb: 'Tallies show ...'", () => {
  const s = statementOf("Tallies show nearly half the hives failed.", "show");
  assert.equal(s.speaker?.mention?.text, "Tallies");
  assert.equal(s.content.text, "nearly half the hives failed");
});

test("a sentence-opening plural read as a noun gets its singular lemma, without the '-es' after a sibilant", () => {
  const lemmaOfFirst = (text: string): string => {
    const doc = emptyDoc({ id: "t", text });
    tokenStage.run(doc);
    return (buildContext(doc).tokens[0] as Token).lemma;
  };
  assert.equal(lemmaOfFirst("Witnesses favor a later curfew."), "witness");
  assert.equal(lemmaOfFirst("Churches favor a later curfew."), "church");
  assert.equal(lemmaOfFirst("Tallies show a slump in ferry use."), "tally");
  assert.equal(lemmaOfFirst("Toothaches favor the night shift."), "toothache");
  assert.equal(lemmaOfFirst("Pouches favor a wider strap."), "pouch");
  assert.equal(lemmaOfFirst("Coaches favor a later curfew."), "coach");
});

test("a given name that is also a cue verb, opening a sentence before a surname and a comma, is a first name ('Hope Varga, 52, told')", () => {
  const s = statementOf("Hope Varga, 52, told the ferry board that the ramp was cracked.", "told");
  assert.equal(s.speaker?.mention?.text, "Hope Varga, 52,");
  assert.equal(s.content.text, "that the ramp was cracked");
});

test("a verb glued to the next word by a hyphen is half of a noun, not a cue: 'a Lund look-alike declared'", () => {
  const s = statementOf("“The ferry will run,” this Lund look-alike declared at the fair.", "declared");
  assert.equal(s.speaker?.mention?.text, "this Lund look-alike");
  assert.deepEqual(statementsIn("“The ferry will run,” a Lund stand-in declared.").map((x) => x.cue.text), ["declared"]);
  // Before a name or a noun the compound only describes it, and the speaker is what it describes.
  assert.equal(speakerOf("Two words a choked-up Lund could not bring himself to utter: “We lost.”", "could not bring himself to utter:"), "Lund");
});

test("a third-person cue verb read as a noun after an article's singular noun, before its object: 'The union backs the plan'", () => {
  const s = statementOf("The union backs the new levy.", "backs");
  assert.equal(s.speaker?.mention?.text, "The union");
  assert.equal(s.content.text, "the new levy");
});

test("a capitalised preposition or determiner inside a sentence before a capitalised word opens a name: 'said Per Moe', 'told Da Costa'", () => {
  const per = statementOf("The ramp is closed, said Per Moe, the ferry captain.", "said");
  assert.equal(per.speaker?.mention?.text, "Per Moe, the ferry captain");
  assert.equal(per.content.text, "The ramp is closed");
  assert.equal(speakerOf("The levy will pass, said Luz Da Costa.", "said"), "Luz Da Costa");
  // After an appositive's comma too.
  assert.equal(speakerOf("The ferry captain, Per Moe, said the ramp is closed.", "said"), "The ferry captain, Per Moe,");
  // An article stays one: the name it opens is the outlet's, and the word is read as before.
  assert.equal(speakerOf("The ramp is closed, said The Courier.", "said"), "The Courier");
});

test("a perception imperative opening a teaser is no first name: 'Watch Skipper Moe say ...'", () => {
  assert.equal(speakerOf("Watch Skipper Ola Moe say the ferry will sail.", "say"), "Skipper Ola Moe");
  assert.equal(speakerOf("Hear Moe explain why the ferry is late.", "explain"), "Moe");
});
