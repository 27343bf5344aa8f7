import { test } from "node:test";
import assert from "node:assert/strict";
import { StoryTexts } from "./findings.js";
import { docWith } from "./fixtures.js";
import { pairContext } from "./pair.js";
import { polarityCheck } from "./polarity.js";
import { buildUnits, type Unit } from "./units.js";

type Said = { speaker: string; cue: string; content: string; canonical?: string };

/** Polarity findings for two one-sentence reports taken as aligned, however alike alignment would find them. */
function polarity(textA: string, textB: string, saidA?: Said, saidB?: Said, similarity = 0.9): string[] {
  const layers = (text: string, said?: Said) => ({
    entities: ["Ann Ode", "Bea Lund"].filter((name) => text.includes(name)).map((name) => ({ text: name, type: "person" as const })),
    statements: said ? [said] : [],
  });
  const docs = [docWith("a", textA, layers(textA, saidA)), docWith("b", textB, layers(textB, saidB))];
  const [a, b] = docs.map((d, i) => buildUnits(d, i)[0] as Unit) as [Unit, Unit];
  return polarityCheck.check(pairContext({ a, b, similarity, mutual: true }, new StoryTexts(docs))).map((f) => f.rule);
}

test("a negation flips a claim two sentences share", () => {
  assert.deepEqual(polarity("Ann Ode signed the harbour lease.", "Ann Ode never signed the harbour lease."), ["polarity/negation-flipped"]);
});

test("a negation denies only what the other unit states", () => {
  const missed = "Ann Ode (knee), Bea Lund (ankle) and Cy Moss (hamstring) did not train with the harbour side.";
  assert.deepEqual(polarity(missed, "Ann Ode (knee), Bea Lund (ankle) and Cy Moss (hamstring) of the harbour side."), []);
  assert.deepEqual(polarity(missed, "Ann Ode (knee), Bea Lund (ankle) and Cy Moss (hamstring) trained with the harbour side."), ["polarity/negation-flipped"]);
});

test("sentences alike by a name alone make no claim for a negation to flip", () => {
  assert.deepEqual(polarity("Ann Ode was 95.", "Ann Ode never said it."), []);
});

test("'not ... until' sets a time and denies nothing", () => {
  assert.deepEqual(polarity("Power may not be restored to the harbour until Friday.", "Power should be restored to the harbour by Friday."), []);
  assert.deepEqual(polarity("Power will not be restored to the harbour this week.", "Power will be restored to the harbour this week."), ["polarity/negation-flipped"]);
});

test("a denial a report attributes to someone does not contradict the fact another report states", () => {
  const claim = { speaker: "She", cue: "claimed", content: "the harbour shootings didn't happen" };
  assert.deepEqual(polarity("She claimed the harbour shootings didn't happen.", "The harbour shootings happened.", claim), []);
  assert.deepEqual(polarity("The harbour shootings didn't happen.", "The harbour shootings happened."), ["polarity/negation-flipped"]);
});

test("one person's denial and another person's claim are two claims, each reported truly", () => {
  const said = (speaker: string, content: string): Said => ({ speaker, canonical: speaker, cue: "said", content });
  const denial = "Ann Ode said the harbour gate was not locked that night.";
  const saidByOde = said("Ann Ode", "the harbour gate was not locked that night");
  assert.deepEqual(polarity(denial, "Bea Lund said the harbour gate was locked that night.", saidByOde, said("Bea Lund", "the harbour gate was locked that night")), []);
  assert.deepEqual(polarity(denial, "Ann Ode said the harbour gate was locked that night.", saidByOde, said("Ann Ode", "the harbour gate was locked that night")), ["polarity/negation-flipped"]);
});

test("a refusal to say denies another matter in loosely alike sentences, and the saying itself in near copies", () => {
  const said = "Ann Ode said the singer went to the Harbour Clinic.";
  const refused = "Ann Ode would not say what the singer was treated for at the Harbour Clinic.";
  assert.deepEqual(polarity(said, refused, undefined, undefined, 0.6), []);
  assert.deepEqual(polarity("Ann Ode said the singer went to the Harbour Clinic.", "Ann Ode did not say the singer went to the Harbour Clinic."), ["polarity/negation-flipped"]);
});

test("a negation on what one person did does not deny what another did", () => {
  const scored = "Bea Lund scored a goal for the harbour side this season.";
  assert.deepEqual(polarity("Ann Ode has not scored a goal for the harbour side this season.", scored), []);
  // A "he" that stands for no name told may be anyone.
  assert.equal(polarity("He has not scored a goal for the harbour side this season.", scored).length, 1);
  assert.equal(polarity("He has not scored a goal for the harbour side this season, the coach of Bea Lund said.", scored).length, 1);
  assert.deepEqual(polarity("Bea Lund has not scored a goal for the harbour side this season.", scored), ["polarity/negation-flipped"]);
});

test("a 'he' stands for the person named just before it", () => {
  const person = (name: string) => ({ text: name, type: "person" as const });
  const flips = (textA: string) => {
    const docs = [
      docWith("a", textA, { entities: ["Cy Moss", "Bea Lund"].filter((n) => textA.includes(n)).map(person) }),
      docWith("b", "Bea Lund scored a goal for the harbour side this season.", { entities: [person("Bea Lund")] }),
    ];
    const [a, b] = docs.map((d, i) => buildUnits(d, i).find((u) => d.article.text.slice(u.start, u.end).includes("goal")) as Unit) as [Unit, Unit];
    return polarityCheck.check(pairContext({ a, b, similarity: 0.9, mutual: true }, new StoryTexts(docs))).length;
  };
  // The report names Lund too, but "he" follows Moss.
  assert.equal(flips("Bea Lund was fit. Cy Moss was hurt in March. He has not scored a goal for the harbour side this season."), 0);
  assert.equal(flips("Cy Moss was fit. Bea Lund was hurt in March. She has not scored a goal for the harbour side this season."), 1);
});

test("a negation where the other side goes on to another verb falls on that verb's claim, not the shared one", () => {
  const unsold = "The old harbour ferry has not been sold.";
  assert.deepEqual(polarity(unsold, "While bids for the old harbour ferry lag, its engine has been repaired and later sold at auction.", undefined, undefined, 0.6), []);
  assert.deepEqual(polarity(unsold, "The old harbour ferry has been sold.", undefined, undefined, 0.6), ["polarity/negation-flipped"]);
  assert.deepEqual(polarity(unsold, "The old harbour ferry has been sold, the council said.", undefined, undefined, 0.6), ["polarity/negation-flipped"]);
});

test("'failed to' and 'refused to' deny the act after them, 'managed to' affirms it", () => {
  assert.deepEqual(polarity("The harbour crew failed to reach the wreck on Monday.", "The harbour crew did not reach the wreck on Monday."), []);
  assert.deepEqual(polarity("The harbour crew failed to reach the wreck on Monday.", "The harbour crew managed to reach the wreck on Monday."), ["polarity/negation-flipped"]);
  assert.deepEqual(polarity("Harbour police refused to confirm the arrest of a diver.", "Harbour police confirmed the arrest of a diver."), ["polarity/negation-flipped"]);
  // "failed" with no "to" after it is a claim of its own, not a negation.
  assert.deepEqual(polarity("The harbour talks failed on Monday.", "The harbour talks did not fail on Monday."), ["polarity/negation-flipped"]);
});

test("a negation moved into reworded words is set against the word it denies, not the sentence's first word", () => {
  const docs = [docWith("a", "Harbour police refused to confirm that a diver was arrested."), docWith("b", "Police in the harbour have confirmed that a diver was arrested.")];
  const [a, b] = docs.map((d, i) => buildUnits(d, i)[0] as Unit) as [Unit, Unit];
  const texts = new StoryTexts(docs);
  const findings = polarityCheck.check(pairContext({ a, b, similarity: 0.85, mutual: true }, texts));
  assert.deepEqual(findings.map((f) => f.rule), ["polarity/negation-count"]);
  const quoted = (f: (typeof findings)[number]) => f.claims.map((c) => docs.find((d) => d.article.id === c.span.articleId)?.article.text.slice(c.span.start, c.span.end));
  assert.deepEqual(quoted(findings[0] as (typeof findings)[number]), ["refused", "confirmed"]);
});

test("a negation and an affirmation dated at times that do not meet tell of two times, not one fact", () => {
  const flips = (textA: string, timeA: { text: string; value: string }, textB: string, timeB: { text: string; value: string }, said?: { cue: string; content: string }) => {
    const docs = [
      docWith("a", textA, { timexes: [timeA], statements: said ? [{ speaker: "The board", ...said }] : [] }),
      docWith("b", textB, { timexes: [timeB], statements: said ? [{ speaker: "The board", cue: "said", content: textB.slice(textB.indexOf("said") + 5, -1) }] : [] }),
    ];
    const [a, b] = docs.map((d, i) => buildUnits(d, i)[0] as Unit) as [Unit, Unit];
    return polarityCheck.check(pairContext({ a, b, similarity: 0.9, mutual: true }, new StoryTexts(docs))).length;
  };
  const found = "Divers found a crack in the harbour wall on Sunday.";
  const sunday = { text: "Sunday", value: "2024-03-03" };
  assert.equal(flips("Divers never found a crack in the harbour wall in 2022.", { text: "2022", value: "2022" }, found, sunday), 0);
  assert.equal(flips("Divers did not find a crack in the harbour wall on Sunday.", sunday, found, sunday), 1);
  // A date on the saying, not on what was said, leaves the two one fact.
  const friday = { text: "Friday", value: "2024-03-01" };
  const saidFriday = { cue: "said", content: "divers did not find a crack in the harbour wall" };
  const saidSunday = "The board said divers found a crack in the harbour wall on Sunday.";
  assert.equal(flips("The board said on Friday divers did not find a crack in the harbour wall.", friday, saidSunday, sunday, saidFriday), 1);
});

test("'may not' and 'might not' guess, and deny nothing; 'could not' and 'will not' do", () => {
  const reached = "Water from the harbour reservoir reached the farms below the dam.";
  assert.deepEqual(polarity("Water from the harbour reservoir may not have reached the farms below the dam.", reached), []);
  assert.deepEqual(polarity("Water from the harbour reservoir might not have reached the farms below the dam.", reached), []);
  assert.deepEqual(polarity("Water from the harbour reservoir could not reach the farms below the dam.", "Water from the harbour reservoir could reach the farms below the dam."), ["polarity/negation-flipped"]);
});

test("'no one' against a count of people is whether anyone was hurt, told both ways", () => {
  const counted = (textA: string, textB: string, count: string, low: number) => {
    const docs = [docWith("a", textA), docWith("b", textB, { numbers: [{ text: count, low, high: low }] })];
    const [a, b] = docs.map((d, i) => buildUnits(d, i)[0] as Unit) as [Unit, Unit];
    return polarityCheck.check(pairContext({ a, b, similarity: 0.7, mutual: true }, new StoryTexts(docs))).map((f) => f.rule);
  };
  const two = "Two people were hurt when the harbour crane fell.";
  assert.deepEqual(counted("No one was hurt when the harbour crane fell.", two, "Two", 2), ["polarity/negation-flipped"]);
  assert.deepEqual(counted("Nobody was hurt when the harbour crane fell.", two, "Two", 2), ["polarity/negation-flipped"]);
  // "no other people" leaves room for the two.
  assert.deepEqual(counted("No other people were hurt when the harbour crane fell.", two, "Two", 2), []);
});

test("a question states neither that it happened nor that it did not", () => {
  const unevacuated = "The harbour pier was not evacuated on Monday.";
  assert.deepEqual(polarity(unevacuated, "Was the harbour pier evacuated on Monday?"), []);
  assert.deepEqual(polarity(unevacuated, "“Was the harbour pier evacuated on Monday?”"), []);
  assert.deepEqual(polarity(unevacuated, "The harbour pier was evacuated on Monday."), ["polarity/negation-flipped"]);
  assert.deepEqual(polarity("Why was the harbour pier not evacuated on Monday?", "Why was the harbour pier evacuated on Monday?"), ["polarity/negation-flipped"]);
});

test("a condition supposes what it tells, and so neither states nor denies it", () => {
  assert.deepEqual(polarity("The harbour council did not close the promenade on Monday.", "If the harbour council closes the promenade on Monday, traders will lose money."), []);
  assert.deepEqual(polarity("If the harbour pier is not evacuated on Monday, people can be hurt.", "The harbour pier was evacuated on Monday, and people were not hurt."), []);
  assert.deepEqual(polarity("The harbour council did not close the promenade on Monday.", "The harbour council closed the promenade on Monday."), ["polarity/negation-flipped"]);
  assert.deepEqual(polarity("If the harbour council does not close the promenade, traders will lose money.", "If the harbour council closes the promenade, traders will lose money."), ["polarity/negation-flipped"]);
});

test("a happening told the other way round in other words is a polarity conflict", () => {
  assert.deepEqual(polarity("The harbour regatta was called off on Sunday.", "The harbour regatta went ahead on Sunday."), ["polarity/opposite-happening"]);
  assert.deepEqual(polarity("Ann Ode has stepped down as harbour master.", "Ann Ode has not resigned as harbour master."), ["polarity/opposite-happening"]);
  assert.deepEqual(polarity("The harbour thief was released on bail.", "The harbour thief remains in custody."), ["polarity/opposite-happening"]);
});

test("the same happening told alike, or of two subjects, is no polarity conflict", () => {
  assert.deepEqual(polarity("The harbour regatta was called off on Sunday.", "The harbour regatta was called off on Sunday."), []);
  assert.deepEqual(polarity("The harbour regatta was called off on Sunday.", "The harbour regatta was cancelled on Sunday."), []);
  assert.deepEqual(polarity("Ann Ode has stepped down as harbour master.", "Ann Ode has resigned as harbour master."), []);
  assert.deepEqual(polarity("The harbour regatta was called off on Sunday.", "The harbour parade went ahead on Sunday."), []);
});

test("a negation that grades, counts times or adds tells that the thing happened", () => {
  assert.deepEqual(polarity("The harbour road has never been closed for this long.", "The harbour road was closed for six hours."), []);
  assert.deepEqual(polarity("It is not the first time the harbour road has been closed.", "The harbour road has been closed."), []);
  assert.deepEqual(polarity("The harbour board not only closed the road but also checked the wall.", "The harbour board closed the road and checked the wall."), []);
  assert.deepEqual(polarity("The harbour road had never been closed before.", "The harbour road had been closed."), []);
});

test("two reports grading the same way round still conflict", () => {
  assert.deepEqual(polarity("It is not the first time the harbour road has been closed.", "It is the first time the harbour road has been closed."), ["polarity/negation-flipped"]);
  assert.deepEqual(polarity("The harbour road had never been closed before.", "The harbour road had been closed before."), ["polarity/negation-flipped"]);
});

test("a degree word before a noun, or a time, leaves a negation denying", () => {
  assert.deepEqual(polarity("The harbour road was not closed this past week.", "The harbour road was closed this past week."), ["polarity/negation-flipped"]);
  assert.deepEqual(polarity("The harbour thief has not been found so far.", "The harbour thief has been found so far."), ["polarity/negation-flipped"]);
});

test("a negation before a question it leaves open is no grading: it still denies", () => {
  assert.deepEqual(polarity("The port said how many crates sat in the harbour shed.", "The port did not say that how many crates sat in the harbour shed."), ["polarity/negation-flipped"]);
});

test("a happening put off to a new time may go ahead then", () => {
  assert.deepEqual(polarity("The harbour regatta was postponed until May.", "The harbour regatta will go ahead in May."), []);
  assert.deepEqual(polarity("The harbour regatta was postponed.", "The harbour regatta went ahead."), ["polarity/opposite-happening"]);
});

test("short sentences sharing only their subject conflict when the wordings tell the happening both ways", () => {
  assert.deepEqual(polarity("The regatta was called off.", "The regatta went ahead.", undefined, undefined, 0.35), ["polarity/opposite-happening"]);
  assert.deepEqual(polarity("The regatta was called off.", "The regatta was cancelled.", undefined, undefined, 0.35), []);
});
