import { test } from "node:test";
import assert from "node:assert/strict";
import type { NumberMention } from "../model/types.js";
import { emptyDoc } from "./doc.js";
import { intervalsMeet, numberConflict, numberStage, sameCountedThing } from "./numbers.js";
import { tokenStage } from "./tokens.js";

function numbersIn(text: string): NumberMention[] {
  const doc = emptyDoc({ id: "t", text });
  tokenStage.run(doc);
  numberStage.run(doc);
  for (const n of doc.numbers) assert.equal(text.slice(n.start, n.end), n.text, "offsets must round-trip");
  return doc.numbers;
}

function only(text: string): NumberMention {
  const found = numbersIn(text);
  assert.equal(found.length, 1, `expected one number in ${JSON.stringify(text)}, got ${found.map((n) => n.text).join(" | ")}`);
  return found[0] as NumberMention;
}

function range(n: NumberMention): [number, number] {
  return [n.low, n.high];
}

test("a plain number is exact and names the counted noun and what happened", () => {
  const n = only("Officials said 40 people were killed in the blast.");
  assert.equal(n.text, "40");
  assert.deepEqual(range(n), [40, 40]);
  assert.equal(n.unit, "person");
  assert.equal(n.predicate, "die");
  assert.equal(n.rule, "numbers/exact");
});

test("lower bounds: at least, more than, or more, -plus", () => {
  const atLeast = only("At least 43 were killed.");
  assert.equal(atLeast.text, "At least 43");
  assert.deepEqual(range(atLeast), [43, Infinity]);
  assert.equal(atLeast.value, 43);
  const moreThan = only("More than 40 died in the fire.");
  assert.ok(moreThan.low > 40 && moreThan.low < 40.001 && moreThan.high === Infinity);
  assert.deepEqual(range(only("They found 12 or more bodies.")), [12, Infinity]);
  assert.deepEqual(range(only("A 40-plus crowd waited.")), [40, Infinity]);
});

test("upper bounds: up to, fewer than, nearly, almost", () => {
  assert.deepEqual(range(only("Up to 30 people were hurt.")), [0, 30]);
  const fewer = only("Fewer than 30 people came.");
  assert.ok(fewer.low === 0 && fewer.high < 30 && fewer.high > 29.999);
  const nearly = only("Nearly 50 cars burned.");
  assert.ok(nearly.low === 45 && nearly.high < 50 && nearly.high > 49.999, JSON.stringify(range(nearly)));
  const almost = only("Almost 50 cars burned.");
  assert.deepEqual(range(almost), range(nearly));
});

test("about, around, some, roughly carry a tolerance of 10% and at least one", () => {
  assert.deepEqual(range(only("About 30 homes were lost.")), [27, 33]);
  assert.deepEqual(range(only("Around 30 homes were lost.")), [27, 33]);
  assert.deepEqual(range(only("Some 30 homes were lost.")), [27, 33]);
  assert.deepEqual(range(only("Roughly 5 homes were lost.")), [4, 6]);
  assert.deepEqual(range(only("An estimated 2,000 people marched.")), [1800, 2200]);
});

test("vague plurals are ranges", () => {
  assert.deepEqual(range(only("Dozens of people were hurt.")), [24, 99]);
  assert.deepEqual(range(only("Hundreds gathered outside.")), [200, 999]);
  assert.deepEqual(range(only("Thousands of fans sang.")), [2000, 9999]);
  assert.deepEqual(range(only("Scores of people fled.")), [40, 199]);
  assert.deepEqual(range(only("Tens of thousands marched.")), [20000, 99999]);
  assert.equal(numbersIn("The test scores rose.").length, 0);
});

test("written-out numbers", () => {
  assert.equal(only("Two drones were shot down.").value, 2);
  assert.equal(only("Two drones were shot down.").unit, "drone");
  assert.equal(only("They saw twenty-five boats.").value, 25);
  assert.equal(only("They saw twenty-five boats.").text, "twenty-five");
  assert.equal(only("Three hundred men stayed.").value, 300);
  assert.equal(only("One hundred and twelve men stayed.").value, 112);
  assert.equal(only("A dozen soldiers arrived.").value, 12);
  assert.equal(only("Half a dozen soldiers arrived.").value, 6);
  assert.equal(only("About a dozen soldiers arrived.").rule, "numbers/approx-words");
  assert.equal(only("He hired a thousand workers.").value, 1000);
});

test("digits with separators and scale words", () => {
  assert.equal(only("Some 5,000 fled.").value, 5000);
  const rounded = only("The port handles 1.5 million cars.");
  assert.equal(rounded.text, "1.5 million");
  assert.equal(rounded.value, 1_500_000);
  assert.equal(rounded.unit, "car");
  assert.ok(Math.abs((rounded.precision ?? 0) - 100_000) < 1e-6);
});

test("money and percentages carry the currency or % as unit", () => {
  const money = only("The city paid $5.3m for it.");
  assert.equal(money.text, "$5.3m");
  assert.equal(money.value, 5_300_000);
  assert.equal(money.unit, "$");
  assert.equal(only("It cost £3 billion.").unit, "£");
  const percent = only("Turnout was 40% this year.");
  assert.equal(percent.text, "40%");
  assert.equal(percent.unit, "%");
  assert.equal(only("Turnout was 40 percent.").unit, "%");
  assert.equal(only("Turnout was 40 per cent.").unit, "%");
});

test("ordinals, years, dates and clock times are not counts", () => {
  assert.equal(numbersIn("It was the third day of the 3rd round.").length, 0);
  assert.equal(numbersIn("The bridge opened in 1998.").length, 0);
  assert.equal(numbersIn("The 2008 election was close.").length, 0);
  assert.equal(numbersIn("It happened on May 4, 2023.").length, 0);
  assert.equal(numbersIn("It happened on 4 May.").length, 0);
  assert.equal(numbersIn("The fire started at 2.30am.").length, 0);
  assert.equal(numbersIn("The fire started at 10 p.m. local time.").length, 0);
  assert.equal(numbersIn("The fire started at three o'clock.").length, 0);
  assert.equal(only("In all 2000 people gathered.").value, 2000);
});

test("labels, scores and fractions are not counts", () => {
  assert.equal(numbersIn("Passengers on Flight 253 were calm.").length, 0);
  assert.deepEqual(numbersIn("Police seized six AK 47 rifles.").map((n) => n.text), ["six"]);
  assert.equal(numbersIn("He lives at No. 10 now.").length, 0);
  assert.equal(numbersIn("The home side won 7-2.").length, 0);
  assert.equal(numbersIn("Two-thirds of voters agreed.").length, 0);
});

test("ranges: 30 to 40, 30-40, between, two or three; from 30 to 40 is a change", () => {
  assert.deepEqual(range(only("The storm killed 30 to 40 people.")), [30, 40]);
  assert.deepEqual(range(only("The storm killed 30-40 people.")), [30, 40]);
  const between = only("Between 30 and 40 protesters gathered.");
  assert.equal(between.text, "Between 30 and 40");
  assert.deepEqual(range(between), [30, 40]);
  assert.deepEqual(range(only("Two or three drones were seen.")), [2, 3]);
  assert.deepEqual(numbersIn("The toll rose from 30 to 40.").map(range), [[30, 30], [40, 40]]);
});

test("'one' counts only as a count", () => {
  assert.equal(only("One person died.").value, 1);
  assert.equal(numbersIn("No one was hurt.").length, 0);
  assert.equal(numbersIn("One of them fled.").length, 0);
  assert.equal(numbersIn("One day he left.").length, 0);
});

test("ages", () => {
  const hyphen = only("A 12-year-old boy was found.");
  assert.equal(hyphen.unit, "year-old");
  assert.equal(hyphen.rule, "numbers/age");
  assert.equal(only("Maria Lopez, 33, said so.").unit, "year-old");
});

test("counted noun past adjectives and partitives", () => {
  assert.equal(only("Police arrested 40 young men.").unit, "man");
  assert.equal(only("Police questioned 40 of the witnesses.").unit, "witness");
  assert.equal(only("The attack killed twelve police officers.").unit, "officer");
});

test("predicates fold deaths and injuries across wordings", () => {
  for (const text of ["Gunmen killed 40.", "The blast left 40 dead.", "There were 40 deaths.", "The raid claimed 40 lives.", "The death toll rose to 40."]) {
    assert.equal(only(text).predicate, "die", text);
  }
  assert.equal(only("Some 30 were hurt.").predicate, "injure");
  assert.equal(only("It wounded 30 people.").predicate, "injure");
  assert.equal(only("Officials said 40 people died.").predicate, "die");
});

test("DESIGN: 'killed 40' vs 'at least 43 were killed' conflict strongly", () => {
  const a = only("Gunmen killed 40 in the raid.");
  const b = only("At least 43 were killed in the raid.");
  assert.ok(sameCountedThing(a, b));
  assert.equal(intervalsMeet(a, b), false);
  assert.deepEqual(numberConflict(a, b), { conflict: true, strength: "strong" });
});

test("DESIGN: 'five dead' vs 'at least three' meet", () => {
  const a = only("Five dead after the crash.");
  const b = only("At least three died after the crash.");
  assert.ok(sameCountedThing(a, b));
  assert.equal(intervalsMeet(a, b), true);
  assert.equal(numberConflict(a, b).conflict, false);
});

test("DESIGN: '40' vs 'more than 40' is a weak conflict; 'some 30' vs '40' a strong one", () => {
  const forty = only("The strike killed 40 people.");
  assert.deepEqual(numberConflict(forty, only("More than 40 people were killed.")), { conflict: true, strength: "weak" });
  assert.deepEqual(numberConflict(only("Some 30 people were killed."), forty), { conflict: true, strength: "strong" });
});

test("vague and rounded figures conflict only weakly", () => {
  assert.deepEqual(numberConflict(only("Hundreds gathered."), only("Some 1,200 gathered.")), { conflict: true, strength: "weak" });
  assert.deepEqual(numberConflict(only("It cost 1.5 million dollars."), only("It cost 1.52 million dollars.")), { conflict: true, strength: "weak" });
  assert.deepEqual(numberConflict(only("It cost $2m."), only("It cost $3m.")), { conflict: true, strength: "strong" });
});

test("different counted things are not the same quantity", () => {
  assert.equal(sameCountedThing(only("The raid killed 40 soldiers."), only("The raid killed 43 civilians.")), false);
  assert.equal(sameCountedThing(only("The raid killed 40."), only("The raid injured 43.")), false);
  assert.equal(sameCountedThing(only("Turnout was 40%."), only("Some 40 voted.")), false);
});

test("upper bounds at or below zero open downwards", () => {
  const n = only("The temperature fell below zero.");
  assert.equal(n.low, -Infinity);
  assert.ok(n.high < 0);
});

test("a scale joined by a hyphen: 'a two-million-euro booty', 'a 2-million-dollar deal'", () => {
  assert.equal(only("They made off with a two-million-euro booty.").value, 2e6);
  assert.equal(only("It was a 2-million-dollar deal.").value, 2e6);
  assert.equal(only("They fled with twenty-five bags.").value, 25);
});

test("'m' against digits is millions of money and metres of anything else", () => {
  assert.equal(only("The deal was worth $5.3m.").value, 5.3e6);
  const fall = only("He fell about 200m down a gully.");
  assert.deepEqual([fall.low, fall.high, fall.unit], [180, 220, "metre"]);
  assert.equal(only("He fell 200 metres.").unit, "metre");
  assert.equal(only("He fell 600 feet.").unit, "foot");
  // A plural counted in millions, unless the plural names a race.
  const viewers = only("About 1.2m people watched the final.");
  assert.deepEqual([viewers.value, viewers.text, viewers.unit], [1.2e6, "About 1.2m", "person"]);
  assert.equal(only("She won the 400m hurdles.").value, 400);
  assert.equal(only("The lake holds 40m cubic metres of water.").value, 4e7);
});

test("a plural before an -ing word is the counted noun: 'six hours sealing the tank'", () => {
  assert.equal(only("Crews spent six hours sealing the tank.").unit, "hour");
  assert.equal(only("Two gas drilling rigs burned.").unit, "rig");
});

test("'half a' and 'a quarter of a' take their part of the word after: 'half a dozen', 'a quarter of a million'", () => {
  assert.equal(only("They seized half a dozen boats.").value, 6);
  const grant = only("The state gave half a million euros.");
  assert.deepEqual([grant.value, grant.text, grant.unit], [5e5, "half a million", "€"]);
  const homes = only("The dam supplies a quarter of a million homes.");
  assert.deepEqual([homes.value, homes.text, homes.unit], [250000, "a quarter of a million", "home"]);
  assert.equal(only("Three quarters of a million people lost power.").value, 750000);
});

test("a clock time split by the tokenizer is still not a count", () => {
  assert.equal(numbersIn("The blast came at 4.15am.").length, 0);
});

test("people who died are counted alike whether named by noun, verb or event", () => {
  const people = only("Officials said 40 people died in the flood.");
  const deaths = only("The flood caused 43 deaths.");
  assert.equal(deaths.unit, "");
  assert.ok(sameCountedThing(people, deaths));
  assert.equal(numberConflict(people, deaths).conflict, true);
});

test("thousands whose comma is followed by a space are one number; a list of numbers is not", () => {
  const n = only("The climber fell about 2, 000ft from the ridge.");
  assert.deepEqual([n.text, n.low, n.high, n.unit], ["about 2, 000", 1800, 2200, "foot"]);
  assert.deepEqual(numbersIn("The lots were numbered 1, 200, 300 on the quay.").map((m) => m.low), [1, 200, 300]);
});

test("groups of digits that dial a telephone number count nothing", () => {
  assert.deepEqual(numbersIn("Anyone with information should call 0800 555 111 or 0845 125 2222."), []);
  assert.equal(only("Exactly 555 people called the hotline.").low, 555);
});

test("a quake's magnitude is a magnitude, not a count of quakes, and ties nothing by what the quake did", () => {
  for (const text of ["A magnitude-4.8 tremor has hurt two farmers.", "A 4.8 magnitude tremor hurt two farmers.", "A tremor of magnitude 4.8 hurt two farmers.", "A tremor measuring 4.8 on the Richter scale hurt two farmers."]) {
    const [strength] = numbersIn(text);
    assert.equal(strength?.unit, "magnitude", text);
  }
  const [strength] = numbersIn("A magnitude-4.8 tremor has hurt two farmers.");
  const hurt = only("Four hurt by tremor on the coast");
  assert.equal(sameCountedThing(strength as NumberMention, hurt), false);
});

test("the counted noun is reached past a hyphened modifier and past modifiers joined by 'and'", () => {
  assert.equal(numbersIn("She blocked 5 of her season-high 8 shots.")[0]?.unit, "shot");
  assert.equal(only("The coastguard held 14 Maltese and Tunisian smugglers.").unit, "smuggler");
  // A count before a joined count stays apart from it.
  assert.equal(numbersIn("Three Dutch and two Belgian cyclists fell.")[0]?.unit, "");
});

test("a figure joined to 'square-' or 'cubic-' and a unit measures an area or a volume", () => {
  assert.equal(only("The 9,000-square-foot store").unit, "square foot");
  assert.equal(only("The 840-square-metre store").unit, "square metre");
});

test("finance scale abbreviations: spaced mn/bn and capital MM after money scale the digits", () => {
  assert.deepEqual(range(only("It won a 2 mn-euro grant.")), [2e6, 2e6]);
  assert.deepEqual(range(only("It took a $200MM loan.")), [2e8, 2e8]);
  assert.deepEqual(range(only("It cost 3 bn dollars.")), [3e9, 3e9]);
  // lower case "mm" is millimetres, and "MM" without money is not read as millions
  assert.deepEqual(range(only("The rain reached 200mm.")), [200, 200]);
  assert.deepEqual(range(only("The pipe is 200MM wide.")), [200, 200]);
});
