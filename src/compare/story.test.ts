import { test } from "node:test";
import assert from "node:assert/strict";
import { compareStory } from "./story.js";
import { docWith } from "./fixtures.js";
import type { Finding } from "../model/types.js";

const contradictions = (findings: Finding[]) => findings.filter((f) => f.kind === "contradiction");

test("two different dates for the same event are a date contradiction with both values", () => {
  const a = docWith("a", "The warehouse fire broke out on Tuesday near the river docks.", { timexes: [{ text: "Tuesday", value: "2024-03-05" }] });
  const b = docWith("b", "The warehouse fire broke out early on Wednesday near the river docks.", { timexes: [{ text: "early on Wednesday", value: "2024-03-06" }] });
  const story = compareStory([a, b], "s1");
  const [found] = contradictions(story.findings);
  assert.equal(found?.aspect, "date");
  assert.deepEqual(found?.claims.map((c) => c.value), ["2024-03-05", "2024-03-06"]);
  assert.deepEqual(found?.claims.map((c) => c.span.text), ["Tuesday", "early on Wednesday"]);
});

test("evening and night of one day agree, and the timeline merges them", () => {
  const a = docWith("a", "On Sunday night a drone was shot down over the harbour.", { timexes: [{ text: "Sunday night", value: "2024-03-03TNI" }] });
  const b = docWith("b", "On Sunday evening, March 3, a drone was shot down over the harbour.", { timexes: [{ text: "Sunday evening, March 3", value: "2024-03-03TEV" }] });
  const story = compareStory([a, b], "s1");
  assert.equal(contradictions(story.findings).length, 0);
  assert.equal(story.findings.filter((f) => f.kind === "agreement").length, 1);
});

test("a toll whose intervals do not meet is a number contradiction; meeting ones are not", () => {
  const a = docWith("a", "The ferry sank off the cape and 40 people were killed, officials said.", { numbers: [{ text: "40", low: 40, high: 40, unit: "people" }] });
  const b = docWith("b", "The ferry sank off the cape and at least 43 people were killed, officials said.", { numbers: [{ text: "at least 43", low: 43, high: Infinity, unit: "people" }] });
  const c = docWith("c", "The ferry sank off the cape and at least 30 people were killed, officials said.", { numbers: [{ text: "at least 30", low: 30, high: Infinity, unit: "people" }] });
  assert.equal(contradictions(compareStory([a, b], "s").findings)[0]?.aspect, "number");
  assert.equal(contradictions(compareStory([a, c], "s").findings).length, 0);
});

test("a negated copy of a sentence is a polarity contradiction; a contraction is not", () => {
  const a = docWith("a", "The minister said the bridge was safe for heavy lorries.");
  const b = docWith("b", "The minister said the bridge was not safe for heavy lorries.");
  const c = docWith("c", "The minister said the bridge wasn't safe for heavy lorries.");
  const [flip] = contradictions(compareStory([a, b], "s").findings);
  assert.equal(flip?.aspect, "polarity");
  assert.equal(flip?.claims[1]?.span.text, "not");
  assert.equal(contradictions(compareStory([b, c], "s").findings).length, 0);
  // Where the other report has no negation, its claim is the auxiliary the negation would sit on.
  const [contracted] = contradictions(compareStory([c, a], "s").findings);
  assert.equal(contracted?.claims[1]?.span.text, "was");
});

test("the same sentence with another person's name is a person contradiction", () => {
  const text = (name: string) => `The new harbour master, ${name}, opened the lock gates at dawn.`;
  const a = docWith("a", text("Ann Ode"), { entities: [{ text: "Ann Ode", type: "person" }] });
  const b = docWith("b", text("Bea Lund"), { entities: [{ text: "Bea Lund", type: "person" }] });
  const [swap] = contradictions(compareStory([a, b], "s").findings);
  assert.equal(swap?.aspect, "person");
  assert.deepEqual(swap?.claims.map((c) => c.value), ["Ann Ode", "Bea Lund"]);
});

test("a name that is all two short sentences differ by is a swap, when at least one side is a recognised name", () => {
  const a = docWith("a", "Lund is expected to sign a two-year deal.", { entities: [{ text: "Lund", type: "person", canonical: "Bea Lund" }] });
  const b = docWith("b", "Harwick is expected to sign a two-year deal.");
  const [swap] = contradictions(compareStory([a, b], "s").findings);
  assert.equal(swap?.aspect, "person");
  assert.deepEqual(swap?.claims.map((c) => c.span.text), ["Lund", "Harwick"]);
  // Capitalised common nouns of a headline are no names, however alike the rest.
  const c = docWith("c", "Rovers Clinch Playoff Spot With Late Win");
  const d = docWith("d", "Rovers Clinch Playoff Berth With Late Win");
  assert.equal(contradictions(compareStory([c, d], "s").findings).length, 0);
  // So are they amid a title-case run inside a longer sentence, where the pair is a near copy.
  const run = (noun: string) => `Pilots Urge Port Board to Drop Rules That Cut Safety Out of Harbour Dredging ${noun} Board Members Must Vote by May 9 as the pilots asked the board in a letter.`;
  assert.equal(contradictions(compareStory([docWith("e", run("Plans")), docWith("f", run("Decisions"))], "s").findings).length, 0);
});

test("a given name alone against the full name in the same place of one sentence is the same person, named short", () => {
  const short = docWith("a", "His sister Katie and his mother Ann Ode were found at the harbour house on Monday.", {
    entities: [{ text: "Katie", type: "person" }, { text: "Ann Ode", type: "person" }],
  });
  const full = docWith("b", "His sister Kathryn Lund and his mother Ann Ode were found at the harbour house on Monday.", {
    entities: [{ text: "Kathryn Lund", type: "person" }, { text: "Ann Ode", type: "person" }],
  });
  assert.equal(contradictions(compareStory([short, full], "s").findings).filter((f) => f.aspect === "person").length, 0);
});

test("a different person in one sentence is no swap when each report names the other's person too", () => {
  const people = [{ text: "Ann Ode", type: "person" as const }, { text: "Bea Lund", type: "person" as const }];
  const a = docWith("a", "Bea Lund left the club in May. Ann Ode finished the season with 31 goals for the harbour side.", { entities: people });
  const b = docWith("b", "Ann Ode stays at the club. Bea Lund finished the season with 31 goals for the harbour side.", { entities: people });
  assert.equal(contradictions(compareStory([a, b], "s").findings).filter((f) => f.aspect === "person").length, 0);
  // A report that never names the other person has the fact told of someone else.
  const alone = docWith("c", "The club thanked its fans. Ann Ode finished the season with 31 goals for the harbour side.", { entities: [{ text: "Ann Ode", type: "person" }] });
  assert.equal(contradictions(compareStory([alone, b], "s").findings).filter((f) => f.aspect === "person").length, 1);
});

test("in a loose paraphrase a country against a place of another kind is the place and what holds it", () => {
  const report = (id: string, text: string, place: string) => docWith(id, text, { entities: [{ text: place, type: "place" }] });
  const local = report("a", "Two British climbers were killed in falls on Mount Varn at the weekend, rescuers said.", "Mount Varn");
  const country = report("b", "Two British climbers died in falls in New Zealand at the weekend.", "New Zealand");
  const otherCountry = report("c", "Two British climbers died in falls in Norway at the weekend.", "Norway");
  const places = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "place");
  assert.equal(places(local, country).length, 0);
  assert.equal(places(otherCountry, country).length, 1);
});

test("a report compared with itself has no contradictions and every fact agrees", () => {
  const text = "Floods closed the coastal road on Monday. Two bridges were damaged. The mayor said repairs would take weeks.";
  const layers = { timexes: [{ text: "Monday", value: "2024-03-04" }], numbers: [{ text: "Two", low: 2, high: 2, unit: "bridge" }] };
  const story = compareStory([docWith("a", text, layers), docWith("b", text, layers)], "s");
  assert.equal(contradictions(story.findings).length, 0);
  assert.equal(story.findings.filter((f) => f.kind === "unique").length, 0);
  assert.deepEqual(story.derivations.map((d) => d.kind), ["duplicate"]);
});

test("a sentence only one report has is unique, not a contradiction", () => {
  const a = docWith("a", "Floods closed the coastal road on Monday. Volunteers filled sandbags outside the old school.");
  const b = docWith("b", "Floods closed the coastal road on Monday.");
  const story = compareStory([a, b], "s");
  assert.equal(contradictions(story.findings).length, 0);
  const unique = story.findings.filter((f) => f.kind === "unique");
  assert.equal(unique.length, 1);
  assert.match(unique[0]?.claims[0]?.span.text ?? "", /sandbags/);
});

test("a sentence aligned with one that names the same source but says something else is unique, not dropped", () => {
  const say = (content: string) => ({ speaker: "Coach Ivo Marsh", cue: "said", content });
  const a = docWith("a", "Coach Ivo Marsh of Harwick Rovers said the striker was fit.", {
    entities: [{ text: "Ivo Marsh", type: "person" }, { text: "Harwick Rovers", type: "organization" }],
    statements: [say("the striker was fit")],
  });
  const b = docWith("b", "Coach Ivo Marsh of Harwick Rovers said the pitch had frozen overnight.", {
    entities: [{ text: "Ivo Marsh", type: "person" }, { text: "Harwick Rovers", type: "organization" }],
    statements: [say("the pitch had frozen overnight")],
  });
  const story = compareStory([a, b], "s");
  assert.equal(story.findings.filter((f) => f.kind === "agreement").length, 0);
  const unique = story.findings.filter((f) => f.kind === "unique").map((f) => f.claims[0]?.span.text ?? "");
  assert.equal(unique.length, 2);
  assert.ok(unique.some((t) => /striker/.test(t)) && unique.some((t) => /frozen/.test(t)));
});

test("every finding's spans round-trip into the article text", () => {
  const a = docWith("a", "The fire broke out on Tuesday. 12 homes burned.", { timexes: [{ text: "Tuesday", value: "2024-03-05" }], numbers: [{ text: "12", low: 12, high: 12, unit: "home" }] });
  const b = docWith("b", "The fire broke out on Monday. 15 homes burned.", { timexes: [{ text: "Monday", value: "2024-03-04" }], numbers: [{ text: "15", low: 15, high: 15, unit: "home" }] });
  const story = compareStory([a, b], "s");
  const texts = new Map([a, b].map((d) => [d.article.id, d.article.text]));
  const spans = [...story.findings.flatMap((f) => f.claims.map((c) => c.span)), ...story.timeline.flatMap((t) => t.evidence)];
  assert.ok(spans.length >= 4);
  for (const s of spans) assert.equal(texts.get(s.articleId)?.slice(s.start, s.end), s.text);
});

test("one happening told in unlike sentences is one timeline entry; another happening that day is its own", () => {
  const a = docWith("a", "It was confirmed by her publicist that the singer Ann Ode died on Thursday after a long illness at the age of 91.", {
    timexes: [{ text: "Thursday", value: "2024-03-07" }],
    entities: [{ text: "Ann Ode", type: "person" }],
  });
  const b = docWith("b", "Ode died peacefully in her sleep on Thursday in Marrowby.", {
    timexes: [{ text: "Thursday", value: "2024-03-07" }],
    entities: [{ text: "Ode", type: "person", canonical: "Ann Ode" }],
  });
  const c = docWith("c", "Ode was honoured by the town on Thursday in Marrowby.", {
    timexes: [{ text: "Thursday", value: "2024-03-07" }],
    entities: [{ text: "Ode", type: "person", canonical: "Ann Ode" }],
  });
  const story = compareStory([a, b, c], "s");
  assert.equal(story.findings.filter((f) => f.kind === "agreement").length, 0, "the test needs sentences too unlike to agree");
  const entries = story.timeline.map((e) => e.evidence.map((x) => x.articleId).sort().join("+")).sort();
  assert.deepEqual(entries, ["a+b", "c"]);
});

test("a length counted from a told date ('three days later') dates its event by the date it reaches", () => {
  const a = docWith("a", "The port closed on Saturday. Three days later the warehouse fire broke out near the river docks.", {
    timexes: [{ text: "Saturday", value: "2024-03-02" }, { text: "Three days", type: "DURATION", value: "P3D", point: "2024-03-05", placedBy: "Three days later" }],
  });
  const b = docWith("b", "The warehouse fire broke out on Tuesday near the river docks.", { timexes: [{ text: "Tuesday", value: "2024-03-05" }] });
  const story = compareStory([a, b], "s1");
  assert.equal(contradictions(story.findings).length, 0);
  assert.ok(story.findings.some((f) => f.kind === "agreement" && f.aspect === "date"));
  const fire = story.timeline.find((entry) => entry.value === "2024-03-05");
  assert.deepEqual(fire?.evidence.map((e) => e.text).sort(), ["Three days later", "Tuesday"]);
});

test("a short dated sentence is an event on the timeline; a dateline on its own line is not", () => {
  const report = (id: string, dateline: string, value: string) =>
    docWith(id, `Portlow, ${dateline}\n\nIt reopened on Friday.`, {
      timexes: [
        { text: dateline, value },
        { text: "Friday", value: "2025-03-07" },
      ],
    });
  const story = compareStory([report("a", "8 March 2025", "2025-03-08"), report("b", "9 March 2025", "2025-03-09")], "s");
  assert.deepEqual(story.timeline.map((e) => e.value), ["2025-03-07"]);
});

test("a timeline label cut to length keeps the words its date stands in", () => {
  const a = docWith("a", "The harbour crane that the port bought from a shipyard in the far north forty years ago fell onto the quay, the harbour board said on Tuesday.", {
    timexes: [{ text: "Tuesday", value: "2024-03-05" }],
  });
  const b = docWith("b", "Divers searched the water beside the quay on Wednesday.", { timexes: [{ text: "Wednesday", value: "2024-03-06" }] });
  const story = compareStory([a, b], "s");
  const label = story.timeline.find((e) => e.value === "2024-03-05")?.label ?? "";
  assert.match(label, /the harbour board said on Tuesday\.$/);
  assert.ok(label.length <= 91, label);
});

test("a timeline label cut to length finds a word break that is no plain space (a no-break space from a web page)", () => {
  const words = "The harbour crane that the port bought from a shipyard in the far north forty years ago fell onto the quay, the harbour board said on Tuesday.";
  const a = docWith("a", words.replace(/ /g, "\u00a0"), { timexes: [{ text: "Tuesday", value: "2024-03-05" }] });
  const b = docWith("b", "Divers searched the water beside the quay on Wednesday.", { timexes: [{ text: "Wednesday", value: "2024-03-06" }] });
  const label = compareStory([a, b], "s").timeline.find((e) => e.value === "2024-03-05")?.label ?? "";
  assert.match(label, /the harbour board said on Tuesday\.$/);
  assert.ok(label.length <= 91, label);
});

test("clock times in dispute on a day their sentence names make one timeline entry linked to the contradiction", () => {
  const blast = (id: string, time: string, value: string) =>
    docWith(id, `The bakery blast on the quay came at ${time} on Wednesday, the fire service said.`, {
      timexes: [
        { text: time, value, type: "TIME" },
        { text: "Wednesday", value: "2024-03-06" },
      ],
    });
  const story = compareStory([blast("a", "2 a.m.", "2024-03-06T02:00"), blast("b", "4 a.m.", "2024-03-06T04:00")], "s");
  const conflict = contradictions(story.findings)[0];
  assert.equal(conflict?.aspect, "time");
  assert.equal(story.timeline.length, 1);
  assert.equal(story.timeline[0]?.findingId, conflict?.id);
  assert.deepEqual(story.timeline[0]?.evidence.map((e) => e.text).sort(), ["2 a.m.", "4 a.m."]);
  assert.match(story.timeline[0]?.label ?? "", /conflicting date: 2024-03-06T04:00 in b/);
});

test("'late on Sunday night' and 'early on Monday' meet across midnight: one timeline entry, no conflict named", () => {
  const a = docWith("a", "A fire broke out at the old cinema late on Sunday night, fire officials said.", { timexes: [{ text: "late on Sunday night", value: "2025-06-08TNI" }] });
  const b = docWith("b", "A fire broke out at the old cinema early on Monday, fire officials said.", { timexes: [{ text: "early on Monday", value: "2025-06-09" }] });
  const story = compareStory([a, b], "s");
  assert.equal(contradictions(story.findings).length, 0);
  assert.equal(story.timeline.length, 1);
  assert.doesNotMatch(story.timeline[0]?.label ?? "", /conflicting/);
});

test("conflicting dates of one fact make one timeline entry linked to the contradiction", () => {
  const a = docWith("a", "The warehouse fire broke out on Tuesday near the river docks.", { timexes: [{ text: "Tuesday", value: "2024-03-05" }] });
  const b = docWith("b", "The warehouse fire broke out early on Wednesday near the river docks.", { timexes: [{ text: "early on Wednesday", value: "2024-03-06" }] });
  const story = compareStory([a, b], "s1");
  const conflict = story.findings.find((f) => f.kind === "contradiction");
  assert.equal(story.timeline.length, 1);
  assert.equal(story.timeline[0]?.findingId, conflict?.id);
  assert.deepEqual(story.timeline[0]?.evidence.map((e) => e.text).sort(), ["Tuesday", "early on Wednesday"]);
  assert.match(story.timeline[0]?.label ?? "", /conflicting date/);
});

test("one quote given out by two bodies is an attribution conflict; by one body described two ways, or by the government, it is not", () => {
  const quoted = (id: string, body: string) =>
    docWith(id, `"The crossing was made in two small boats before dawn," ${body} said.`, {
      statements: [{ speaker: body, cue: "said", content: '"The crossing was made in two small boats before dawn,"', direct: true }],
    });
  const attribution = (x: string, y: string) => contradictions(compareStory([quoted("a", x), quoted("b", y)], "s").findings).filter((f) => f.aspect === "attribution");
  assert.deepEqual(attribution("the ministry", "the army")[0]?.claims.map((c) => c.span.text), ["the ministry", "the army"]);
  assert.equal(attribution("the interior ministry", "the foreign ministry").length, 1);
  assert.equal(attribution("the ministry", "the defence ministry").length, 0);
  assert.equal(attribution("the police", "the police department").length, 0);
  assert.equal(attribution("the ministry", "the government").length, 0);
  // Named, a body is told apart by its kind only: its name has many spellings.
  assert.equal(attribution("the L.A. Police Department", "the Los Angeles Police Department").length, 0);
  assert.equal(attribution("the Interior Ministry", "the Velmoran Army").length, 1);
});

test("a quote one report repeats is one role conflict, not one per repeat", () => {
  const a = docWith("a", 'A port spokeswoman said the plan was "reckless".', {
    statements: [{ speaker: "A port spokeswoman", cue: "said", content: 'the plan was "reckless"', direct: true }],
  });
  const b = docWith("b", 'A spokesman for the port called the plan "reckless". Later the port\'s spokesman again called it "reckless."', {
    statements: [
      { speaker: "A spokesman for the port", cue: "called", content: 'the plan "reckless"', direct: true },
      { speaker: "the port's spokesman", cue: "again called", content: 'it "reckless."', direct: true },
    ],
  });
  const roles = contradictions(compareStory([a, b], "s").findings).filter((f) => f.aspect === "role");
  assert.equal(roles.length, 1);
  assert.deepEqual(roles[0]?.claims.map((c) => c.span.text), ["A port spokeswoman", "A spokesman for the port"]);
});

test("a speaker called a minister in one report and a former minister in the other is a role conflict; a narrative's role is not", () => {
  const roles = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "role");
  const former = docWith("a", "Former transport minister Ola Brandt told the panel the tender was rushed.", {
    entities: [{ text: "Ola Brandt", type: "person", role: "Former transport minister" }],
    statements: [{ speaker: "Ola Brandt", cue: "told", content: "the tender was rushed", canonical: "Ola Brandt" }],
  });
  const current = docWith("b", "Transport Minister Ola Brandt said at the panel the tender had been rushed.", {
    entities: [{ text: "Ola Brandt", type: "person", role: "Transport Minister" }],
    statements: [{ speaker: "Ola Brandt", cue: "said", content: "the tender had been rushed", canonical: "Ola Brandt" }],
  });
  assert.deepEqual(roles(former, current)[0]?.claims.map((c) => c.span.text), ["Former transport minister", "Transport Minister"]);
  // A report telling what was done to the minister back then gives the role as it was then.
  const told = docWith("c", "The cabinet sacked transport minister Ola Brandt over the tender in the spring.", {
    entities: [{ text: "Ola Brandt", type: "person", role: "transport minister" }],
  });
  assert.equal(roles(former, told).length, 0);
});

test("a named speaker's two roles are one role finding, with one claim per description, however the quote ties them", () => {
  const a = docWith("a", "Its chairman, Tomas Lind, said the levy should warn every lender.", {
    entities: [{ text: "Tomas Lind", type: "person", role: "chairman" }],
    statements: [{ speaker: "Tomas Lind", cue: "said", content: "the levy should warn every lender", canonical: "Tomas Lind", role: "Its chairman, Tomas Lind," }],
  });
  const b = docWith("b", "Tomas Lind, the board's chief executive, said the levy should warn every lender.", {
    entities: [{ text: "Tomas Lind", type: "person", role: "the board's chief executive" }],
    statements: [{ speaker: "Tomas Lind", cue: "said", content: "the levy should warn every lender", canonical: "Tomas Lind", role: "the board's chief executive" }],
  });
  const roles = contradictions(compareStory([a, b], "s").findings).filter((f) => f.aspect === "role");
  assert.equal(roles.length, 1);
  assert.deepEqual(roles[0]?.claims.map((c) => c.span.text), ["chairman", "the board's chief executive"]);
});

test("a quote given by 'he said' to the one person named just before, and to someone else in another report, is an attribution conflict", () => {
  const attributions = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "attribution");
  const textA = 'Warden Ivo Saar said all gates were shut. "Nobody crossed a weir after dark," he said.';
  const a = docWith("a", textA, {
    entities: [{ text: "Ivo Saar", type: "person" }],
    statements: [
      { speaker: "Warden Ivo Saar", cue: "said", content: "all gates were shut", canonical: "Ivo Saar" },
      { speaker: "he", cue: "said.", content: '"Nobody crossed a weir after dark,"', direct: true, canonical: "Ivo Saar" },
    ],
  });
  const b = docWith("b", '"Nobody crossed a weir after dark," said mayor Lena Roos.', {
    entities: [{ text: "Lena Roos", type: "person" }],
    statements: [{ speaker: "mayor Lena Roos", cue: "said", content: '"Nobody crossed a weir after dark,"', direct: true, canonical: "Lena Roos" }],
  });
  const [found] = attributions(a, b);
  assert.equal(found?.summary.includes("Ivo Saar") && found.summary.includes("Lena Roos"), true);
  // Two people named before "he": the pronoun could be either, so no one is accused of misquoting.
  const textC = 'Warden Ivo Saar met pilot Eli Mann at a lock. "Nobody crossed a weir after dark," he said.';
  const c = docWith("c", textC, {
    entities: [{ text: "Ivo Saar", type: "person" }, { text: "Eli Mann", type: "person" }],
    statements: [{ speaker: "he", cue: "said.", content: '"Nobody crossed a weir after dark,"', direct: true, canonical: "Ivo Saar" }],
  });
  assert.equal(attributions(c, b).length, 0);
});

test("'he said' after two people named agrees with a report naming one of them only as far as a guess goes", () => {
  const sameSpeaker = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) =>
    compareStory([x, y], "s").findings.find((f) => f.kind === "agreement" && f.aspect === "attribution" && f.summary.startsWith("Both give"));
  const words = '"Nobody crossed a weir after dark,"';
  const named = docWith("b", `${words} said Ivo Saar, the warden.`, {
    entities: [{ text: "Ivo Saar", type: "person" }],
    statements: [{ speaker: "Ivo Saar", cue: "said", content: words, direct: true, canonical: "Ivo Saar" }],
  });
  const byHe = (id: string, before: string, people: string[]) =>
    docWith(id, `${before} ${words} he said.`, {
      entities: people.map((text) => ({ text, type: "person" as const })),
      statements: [{ speaker: "he", cue: "said.", content: words, direct: true, canonical: "Ivo Saar" }],
    });
  const held = sameSpeaker(byHe("a", "Warden Ivo Saar came to the lock.", ["Ivo Saar"]), named);
  const guessed = sameSpeaker(byHe("c", "Warden Ivo Saar met pilot Eli Mann at the lock.", ["Ivo Saar", "Eli Mann"]), named);
  assert.equal(held?.confidence, 1);
  assert.ok(guessed && guessed.confidence <= 0.5);
});

test("a title inside a direct quote is the speaker's as of then, not the report's own description", () => {
  const mayor = docWith("a", "Mayor Ann Ode opened the new bridge on Monday.", { entities: [{ text: "Ann Ode", type: "person", role: "Mayor" }] });
  const recalled = docWith("b", 'Her old aide recalled the leaflet: "Senator Ann Ode will build the new bridge."', {
    entities: [{ text: "Ann Ode", type: "person", role: "Senator" }],
    statements: [{ speaker: "Her old aide", cue: "recalled", content: '"Senator Ann Ode will build the new bridge."', direct: true }],
  });
  const roles = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "role");
  assert.equal(roles(mayor, recalled).length, 0);
  const described = docWith("c", "Senator Ann Ode opened the new bridge on Monday.", { entities: [{ text: "Ann Ode", type: "person", role: "Senator" }] });
  assert.equal(roles(mayor, described).length, 1);
  // Inside another's reported speech the quotation is still the speaker's words.
  const within = docWith("d", 'Ode said that she backed the bridge, with an aide stating: "As mayor, Senator Ann Ode will build the bridge."', {
    entities: [{ text: "Ann Ode", type: "person", role: "Senator" }],
    statements: [{ speaker: "Ode", cue: "said", content: 'that she backed the bridge, with an aide stating: "As mayor, Senator Ann Ode will build the bridge."' }],
  });
  assert.equal(roles(mayor, within).length, 0);
});

test("the date of a saying and the date of what was said are two events, not a contradiction", () => {
  const a = docWith("a", '"Every exit was checked that morning," the company said in a statement.', {
    timexes: [{ text: "that morning", value: "2024-03-05TMO" }],
    statements: [{ speaker: "the company", cue: "said", content: '"Every exit was checked that morning,"', direct: true }],
  });
  const b = docWith("b", "In a statement released on Wednesday afternoon, the company said every exit was checked.", {
    timexes: [{ text: "Wednesday afternoon", value: "2024-03-06TAF" }],
    statements: [{ speaker: "the company", cue: "said", content: "every exit was checked" }],
  });
  assert.equal(contradictions(compareStory([a, b], "s").findings).filter((f) => f.aspect === "date").length, 0);
  // Two datings of the saying itself still conflict.
  const c = docWith("c", "In a statement released on Tuesday morning, the company said every exit was checked.", {
    timexes: [{ text: "Tuesday morning", value: "2024-03-05TMO" }],
    statements: [{ speaker: "the company", cue: "said", content: "every exit was checked" }],
  });
  assert.equal(contradictions(compareStory([b, c], "s").findings).filter((f) => f.aspect === "date").length, 1);
});

test("counts that share only a noun are not rival figures unless the sentences are the same fact", () => {
  const numbers = (doc: ReturnType<typeof docWith>) => contradictions(compareStory([doc, ...others], "s").findings).filter((f) => f.aspect === "number");
  const others = [
    docWith("b", "Ray Dunmore has spent 19 seasons with the Harbour Hawks and was promoted to general manager in 2003.", {
      numbers: [{ text: "19", low: 19, high: 19, unit: "season" }],
    }),
  ];
  // A career in one post and a career at the club: "season" ties nothing by itself.
  const career = docWith("a", "Dunmore spent four seasons as director of scouting at the Harbour Hawks before his promotion.", {
    numbers: [{ text: "four", low: 4, high: 4, unit: "season" }],
  });
  assert.equal(numbers(career).length, 0);
  // The same sentence with another figure is still a conflict.
  const edited = docWith("a", "Ray Dunmore has spent 12 seasons with the Harbour Hawks and was promoted to general manager in 2003.", {
    numbers: [{ text: "12", low: 12, high: 12, unit: "season" }],
  });
  assert.equal(numbers(edited).length, 1);
});

test("a running total and one operation's count, or a part beside a whole, do not conflict", () => {
  const total = docWith("a", "The coastguard has seized a total of 14 rifles and 31 magazines in five raids so far.", {
    numbers: [{ text: "14", low: 14, high: 14, unit: "rifle" }, { text: "31", low: 31, high: 31, unit: "magazine" }],
  });
  const raid = docWith("b", "In the raid, the coastguard seized six rifles and 12 magazines.", {
    numbers: [{ text: "six", low: 6, high: 6, unit: "rifle" }, { text: "12", low: 12, high: 12, unit: "magazine" }],
  });
  assert.equal(contradictions(compareStory([total, raid], "s").findings).filter((f) => f.aspect === "number").length, 0);
  const whole = docWith("c", "In the raid, the coastguard seized nine rifles and a radio.", { numbers: [{ text: "nine", low: 9, high: 9, unit: "rifle" }] });
  const part = docWith("d", "In the raid, the coastguard seized nine pistols, three other rifles and a radio.", {
    numbers: [{ text: "nine", low: 9, high: 9, unit: "pistol" }, { text: "three", low: 3, high: 3, unit: "rifle" }],
  });
  assert.equal(contradictions(compareStory([whole, part], "s").findings).filter((f) => f.aspect === "number").length, 0);
});

test("a part told beside a whole is no rival for it even in near-identical sentences; two parts still are", () => {
  const numberFindings = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "number");
  const sentence = (count: string) => `${count} miners died in hospital after the roof fell at the pit, the company said.`;
  const miners = (id: string, count: string, value: number) => docWith(id, sentence(count), { numbers: [{ text: count.split(" ")[0] as string, low: value, high: value, unit: "miner" }] });
  assert.equal(numberFindings(miners("a", "Two more", 2), miners("b", "Eleven", 11)).length, 0);
  assert.equal(numberFindings(miners("a", "Two more", 2), miners("b", "Three more", 3)).length, 1);
});

test("a figure the other report gives for another happening does not account for a count ('killed nine, injured 12' / 'killed 12, injured nine')", () => {
  const numberFindings = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "number");
  const leak = (id: string, dead: string, hurt: string) =>
    docWith(id, `The gas leak at the mill killed ${dead} workers and injured ${hurt}, the governor said.`, {
      numbers: [
        { text: dead, low: Number(dead), high: Number(dead), unit: "worker", predicate: "die" },
        { text: hurt, low: Number(hurt), high: Number(hurt), predicate: "injure" },
      ],
    });
  assert.equal(numberFindings(leak("a", "9", "12"), leak("b", "12", "9")).length, 2);
  assert.equal(numberFindings(leak("a", "9", "12"), leak("b", "9", "12")).length, 0);
});

test("a share of a whole the sentence gives is not a rival figure for a plain count", () => {
  const numberFindings = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "number");
  const share = docWith("a", "After the break the centre blocked 4 of his 9 shots and grabbed boards.", {
    numbers: [{ text: "4", low: 4, high: 4, unit: "shot" }, { text: "9", low: 9, high: 9, unit: "shot" }],
  });
  const plain = docWith("b", "After the break the centre blocked five shots and grabbed boards.", { numbers: [{ text: "five", low: 5, high: 5, unit: "shot" }] });
  assert.deepEqual(numberFindings(share, plain).flatMap((f) => f.claims.map((c) => c.span.text)).filter((t) => t === "4"), []);
  // Shares of one whole in both reports are still set side by side.
  const otherShare = docWith("c", "After the break the centre blocked 6 of his 9 shots and grabbed boards.", {
    numbers: [{ text: "6", low: 6, high: 6, unit: "shot" }, { text: "9", low: 9, high: 9, unit: "shot" }],
  });
  assert.equal(numberFindings(share, otherShare).length, 1);
});

test("a measure after 'a' sizes one thing and is no rival for a total of its unit", () => {
  const numberFindings = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "number");
  const run = docWith("a", "Lee opened the second half with an 86 yard touchdown run for the harbour side on Sunday.", { numbers: [{ text: "86", low: 86, high: 86, unit: "yard" }] });
  const total = docWith("b", "Lee ran for 226 yards in the second half for the harbour side on Sunday.", { numbers: [{ text: "226", low: 226, high: 226, unit: "yard" }] });
  assert.equal(numberFindings(run, total).length, 0);
  const otherRun = docWith("c", "Lee opened the second half with an 84 yard touchdown run for the harbour side on Sunday.", { numbers: [{ text: "84", low: 84, high: 84, unit: "yard" }] });
  assert.equal(numberFindings(run, otherRun).length, 1);
  // A length of time is one however written.
  const sentence = docWith("d", "The judge gave Ode a 40-year sentence for the harbour theft on Monday.", { numbers: [{ text: "40-year", low: 40, high: 40, unit: "year" }] });
  const years = docWith("e", "On Monday the judge sentenced Ode for the harbour theft: 35 years.", { numbers: [{ text: "35 years", low: 35, high: 35, unit: "year" }] });
  assert.equal(numberFindings(sentence, years).length, 1);
});

test("two ages that differ tell of two people, whose falls are not one disputed figure", () => {
  const fall = (id: string, age: number, metres: number) =>
    docWith(id, `A ${age}-year-old climber from the valley died after a fall of ${metres} metres from the north ridge.`, {
      numbers: [
        { text: `${age}-year-old`, low: age, high: age, unit: "year-old" },
        { text: `${metres} metres`, low: metres, high: metres, unit: "metre" },
      ],
    });
  const cited = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) =>
    contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "number").flatMap((f) => f.claims.map((c) => c.span.text));
  assert.deepEqual(cited(fall("a", 36, 150), fall("b", 32, 600)).filter((t) => t.includes("metres")), []);
  assert.deepEqual(cited(fall("a", 36, 150), fall("b", 36, 600)), ["150 metres", "600 metres"]);
});

test("several counts of one noun in a sentence are not paired by the noun", () => {
  const game = docWith("a", "Lee ran for 140 yards and caught passes for 60 yards in the win over Dover on Sunday.", {
    numbers: [{ text: "140", low: 140, high: 140, unit: "yard" }, { text: "60", low: 60, high: 60, unit: "yard" }],
  });
  const season = docWith("b", "In the win over Dover on Sunday, Lee passed 610 rushing yards and 90 receiving yards for the season.", {
    numbers: [{ text: "610", low: 610, high: 610, unit: "yard" }, { text: "90", low: 90, high: 90, unit: "yard" }],
  });
  assert.equal(contradictions(compareStory([game, season], "s").findings).filter((f) => f.aspect === "number").length, 0);
});

test("two ways of saying the same negative, or a negation in a clause only one report has, flip nothing", () => {
  const polarity = (x: string, y: string) => contradictions(compareStory([docWith("a", x), docWith("b", y)], "s").findings).filter((f) => f.aspect === "polarity");
  assert.equal(polarity("No rifle has been recovered from the harbour.", "The rifle has not been recovered from the harbour.").length, 0);
  assert.equal(polarity("The skipper had yet to regain consciousness on Monday.", "The skipper had not yet regained consciousness on Monday.").length, 0);
  assert.equal(polarity("The harbour board will monitor the situation closely.", "The harbour board will monitor the situation closely and has no further comment.").length, 0);
  // A negation added to the same claim still flips it.
  assert.equal(polarity("The harbour board will monitor the situation closely.", "The harbour board will not monitor the situation closely.").length, 1);
});

/** Who-said-it conflicts between two reports. */
const attribution = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) =>
  contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "attribution");
const quote = '"The quay is a total loss,"';
/** A report giving the quotation above to `name`. */
const byPerson = (id: string, name: string) =>
  docWith(id, `${quote} said ${name} of the harbour board.`, {
    entities: [{ text: name, type: "person" }],
    statements: [{ speaker: name, canonical: name, cue: "said", content: quote, direct: true }],
  });

test("who said it: only one person's words given to another person conflict", () => {
  assert.equal(attribution(byPerson("a", "Ann Ode"), byPerson("b", "Bea Lund")).length, 1);
  // The title quotes the words once, without their own marks or the comma that hands over to the cue.
  assert.match(attribution(byPerson("a", "Ann Ode"), byPerson("b", "Bea Lund"))[0]?.summary ?? "", /^Who said “The quay is a total loss”:/);
  // The two sentences are that conflict, and no agreement besides.
  assert.equal(compareStory([byPerson("a", "Ann Ode"), byPerson("b", "Bea Lund")], "s").findings.filter((f) => f.kind === "agreement").length, 0);
  assert.ok(compareStory([byPerson("a", "Ann Ode"), byPerson("b", "Ann Ode")], "s").findings.some((f) => f.kind === "agreement"));
  // A body may speak through any of its people.
  const byBoard = docWith("c", `${quote} the harbour board said.`, {
    entities: [{ text: "harbour board", type: "organization" }],
    statements: [{ speaker: "the harbour board", canonical: "harbour board", cue: "said", content: quote, direct: true }],
  });
  assert.equal(attribution(byPerson("a", "Ann Ode"), byBoard).length, 0);
  // A claim reported loosely has many sources.
  const claim = (id: string, name: string, text: string) =>
    docWith(id, text, { entities: [{ text: name, type: "person" }], statements: [{ speaker: name, canonical: name, cue: "said", content: text.slice(text.indexOf("said") + 5, -1) }] });
  assert.equal(
    attribution(
      claim("d", "Ann Ode", "Ann Ode said the quay would stay shut for repairs until the spring."),
      claim("e", "Bea Lund", "Bea Lund said repairs to the quay could keep it shut until spring."),
    ).length,
    0,
  );
  // Two people confirming one bare fact ("His death" / "he died") say no words one could have taken from the other.
  const confirmed = (id: string, name: string, text: string, content: string) =>
    docWith(id, text, { entities: [{ text: name, type: "person" }], statements: [{ speaker: name, canonical: name, cue: "confirmed", content }] });
  assert.equal(
    attribution(
      confirmed("f", "Ann Ode", "His death was confirmed by Ann Ode, his grandson.", "His death"),
      confirmed("g", "Bea Lund", "Bea Lund, a family friend who wrote a book on the harbour, confirmed the death.", "the death"),
    ).length,
    0,
  );
  // Words one report passes on from the other's speaker, naming her in them, are hers in both.
  const relayed = docWith("j", `Her aide Bea Lund said Ode had told the crew: ${quote}`, {
    entities: [{ text: "Bea Lund", type: "person" }],
    statements: [{ speaker: "Bea Lund", canonical: "Bea Lund", cue: "said", content: `Ode had told the crew: ${quote}`, direct: true }],
  });
  assert.equal(attribution(byPerson("a", "Ann Ode"), relayed).length, 0);
  // In one sentence told twice, another speaker is another's words however few.
  assert.equal(
    attribution(
      confirmed("h", "Ann Ode", "In her book, Ann Ode confirmed the death.", "the death"),
      confirmed("i", "Bea Lund", "In her book, Bea Lund confirmed the death.", "the death"),
    ).length,
    1,
  );
});

test("a title the tagger reads as a name is not a different speaker", () => {
  const a = docWith("a", "Inspector Gaskin said the deaths were a reminder that climbers must take care.");
  const b = docWith("b", "Mr Gaskin said the deaths were a reminder that climbers must take care.");
  assert.equal(contradictions(compareStory([a, b], "s").findings).length, 0);
});

test("a capitalised word of a speaker's title is the role, not another speaker", () => {
  const byMinister = (id: string, office: string) =>
    docWith(id, `${office} Minister Ivo Brandt said the pension age must rise to 68 within ten years.`, {
      entities: [{ text: "Ivo Brandt", type: "person", role: `${office} Minister` }],
      statements: [{ speaker: `${office} Minister Ivo Brandt`, canonical: "Ivo Brandt", cue: "said", content: "the pension age must rise to 68 within ten years" }],
    });
  const found = contradictions(compareStory([byMinister("a", "Finance"), byMinister("b", "Interior")], "s").findings);
  assert.deepEqual(found.map((f) => f.aspect), ["role"]);
});

test("a speaker named by surname holds the role the report gave them as a speaker; two people named apart hold any two roles", () => {
  const roles = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "role");
  const words = '"The new pool will stay open all winter for every school,"';
  const byMayor = docWith("a", `${words} the mayor said at the gate.`, { statements: [{ speaker: "the mayor", cue: "said", content: words, direct: true }] });
  const byChief = docWith("b", `Police Chief Piet Varga said the gates open at nine. ${words} Varga told the crowd.`, {
    entities: [{ text: "Piet Varga", type: "person", role: "Police Chief" }],
    statements: [
      { speaker: "Police Chief Piet Varga", canonical: "Piet Varga", role: "Police Chief", cue: "said", content: "the gates open at nine" },
      { speaker: "Varga", canonical: "Piet Varga", cue: "told", content: words, direct: true },
    ],
  });
  assert.deepEqual(roles(byMayor, byChief)[0]?.claims.map((c) => c.span.text), ["the mayor", "Police Chief"]);
  // A loose claim from a named mayor and a named police chief is two sources, neither described wrongly.
  const claim = (id: string, text: string, name: string, role: string, content: string) =>
    docWith(id, text, { entities: [{ text: name, type: "person", role }], statements: [{ speaker: `${role} ${name}`, canonical: name, role, cue: "said", content }] });
  const mayor = claim("c", "Mayor Ann Lund said the pool would stay open all winter for schools.", "Ann Lund", "Mayor", "the pool would stay open all winter for schools");
  const chief = claim("d", "Police Chief Piet Varga said the town pool would stay open until spring, mainly for schools.", "Piet Varga", "Police Chief", "the town pool would stay open until spring, mainly for schools");
  assert.equal(roles(mayor, chief).length, 0);
  // A described speaker passing on the named one's words is no other holder of her role.
  const relay = '"As chief, Piet Varga will keep the pool open all winter for every school,"';
  const spokesman = docWith("e", `${relay} a spokesman said.`, { statements: [{ speaker: "a spokesman", cue: "said", content: relay, direct: true }] });
  assert.equal(roles(spokesman, byChief).length, 0);
});

test("one speaker denying in one report what they admit in the other is one contradiction and no agreement on who said it", () => {
  const by = (id: string, cue: string) =>
    docWith(id, `Builder Otto Rask ${cue} using thin steel in the school roof.`, {
      entities: [{ text: "Otto Rask", type: "person" }],
      statements: [{ speaker: "Builder Otto Rask", canonical: "Otto Rask", cue, content: "using thin steel in the school roof" }],
    });
  const findings = compareStory([by("a", "denied"), by("b", "admitted")], "s").findings;
  assert.deepEqual(contradictions(findings).map((f) => f.claims.map((c) => c.value)), [["deny", "admit"]]);
  assert.equal(findings.filter((f) => f.kind === "agreement" && f.aspect === "attribution").length, 0);
});

test("names in another order, or a place within another, are no swap", () => {
  const entities = (names: [string, "person" | "place"][]) => names.map(([text, type]) => ({ text, type }));
  const listA = "The coaches fired this season are Ann Ode of Dover and Bea Lund of Hull.";
  const listB = "The coaches fired this season are Bea Lund of Hull and Ann Ode of Dover.";
  const a = docWith("a", listA, { entities: entities([["Ann Ode", "person"], ["Bea Lund", "person"], ["Dover", "place"], ["Hull", "place"]]) });
  const b = docWith("b", listB, { entities: entities([["Bea Lund", "person"], ["Ann Ode", "person"], ["Hull", "place"], ["Dover", "place"]]) });
  assert.equal(contradictions(compareStory([a, b], "s").findings).length, 0);
  const peak = docWith("c", "Two climbers died in falls on Mt Kell on Saturday.", { entities: [{ text: "Mt Kell", type: "place" }] });
  const park = docWith("d", "Two climbers died in falls in Mount Kell National Park on Saturday.", { entities: [{ text: "Mount Kell National Park", type: "place" }] });
  assert.equal(contradictions(compareStory([peak, park], "s").findings).length, 0);
});

test("a count dated a month or more from its report, before or after, is not a rival figure for the news", () => {
  const report = (id: string, published: string, text: string, count: string, unit: string, month?: [string, string]) =>
    docWith(id, text, {
      published,
      ...(month ? { timexes: [{ text: month[0], value: month[1] }] } : {}),
      numbers: [{ text: count, low: Number(count), high: Number(count), unit }],
    });
  const numberConflicts = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) =>
    contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "number").length;
  // told of an earlier event
  const news = report("a", "2024-11-28", "The quake on the island killed 10 people, officials said.", "10", "person");
  const earlier = report("b", "2024-11-28", "In February a quake on the island killed 612 people, officials said.", "612", "person", ["February", "2024-02"]);
  const sameNews = report("c", "2024-11-28", "The quake on the island killed 12 people, officials said.", "12", "person");
  assert.equal(numberConflicts(news, earlier), 0);
  assert.equal(numberConflicts(news, sameNews), 1);
  // dated after the report: a plan, or a month read into the wrong year
  const closed = report("d", "2024-03-05", "The flood closed 12 schools on the coast, officials said.", "12", "school");
  const later = report("e", "2024-03-05", "In October the flood closed 40 schools on the coast, officials said.", "40", "school", ["October", "2024-10"]);
  assert.equal(numberConflicts(closed, later), 0);
});

test("each person's own count is not set against another person's", () => {
  const scored = (id: string, name: string, points: string) =>
    docWith(id, `${name} scored ${points} points in the win over Dover on Sunday night.`, {
      entities: [{ text: name, type: "person" }],
      numbers: [{ text: points, low: Number(points), high: Number(points), unit: "point" }],
    });
  const numbers = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) =>
    contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "number");
  assert.equal(numbers(scored("a", "Ann Ode", "14"), scored("b", "Bea Lund", "11")).length, 0);
  assert.equal(numbers(scored("a", "Ann Ode", "14"), scored("b", "Ann Ode", "11")).length, 1);
  // "He" is the person named in the sentence before.
  const heScored = (id: string, name: string, points: string) =>
    docWith(id, `${name} started for the harbour side. He scored ${points} points in the win over Dover on Sunday night.`, {
      entities: [{ text: name, type: "person" }],
      numbers: [{ text: points, low: Number(points), high: Number(points), unit: "point" }],
    });
  assert.equal(numbers(heScored("a", "Cy Moss", "14"), heScored("b", "Bo Lund", "11")).length, 0);
  assert.equal(numbers(heScored("a", "Cy Moss", "14"), heScored("b", "Cy Moss", "11")).length, 1);
});

test("midnight ending a day, or clock times in different zones, do not contradict", () => {
  const timeFindings = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) =>
    contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "time" || f.aspect === "date");
  const night = docWith("a", "Police arrested the skipper on Tuesday night at the harbour.", { timexes: [{ text: "Tuesday night", value: "2024-03-05TNI", type: "TIME" }] });
  const midnight = docWith("b", "Police arrested the skipper at midnight Tuesday at the harbour.", { timexes: [{ text: "midnight Tuesday", value: "2024-03-05T24:00", type: "TIME" }] });
  assert.equal(timeFindings(night, midnight).length, 0);
  const midnightAsStart = docWith("b2", "Police arrested the skipper at midnight Tuesday at the harbour.", { timexes: [{ text: "midnight Tuesday", value: "2024-03-05T00:00", type: "TIME" }] });
  assert.equal(timeFindings(night, midnightAsStart).length, 0);
  const mondayNight = docWith("b3", "Police arrested the skipper on Monday night at the harbour.", { timexes: [{ text: "Monday night", value: "2024-03-04TNI", type: "TIME" }] });
  assert.equal(timeFindings(mondayNight, midnight).length, 0);
  const gmt = docWith("c", "The quake struck the island at 13:36 GMT, the institute said.", { timexes: [{ text: "13:36 GMT", value: "2024-03-05T13:36", type: "TIME" }] });
  const local = docWith("d", "The quake struck the island at 5:06 p.m., the institute said.", { timexes: [{ text: "5:06 p.m.", value: "2024-03-05T17:06", type: "TIME" }] });
  assert.equal(timeFindings(gmt, local).length, 0);
  const otherLocal = docWith("e", "The quake struck the island at 4:20 p.m., the institute said.", { timexes: [{ text: "4:20 p.m.", value: "2024-03-05T16:20", type: "TIME" }] });
  assert.equal(timeFindings(local, otherLocal).length, 1);
});

test("a quote worded differently is a quote contradiction; typography and a date's resolution are not", () => {
  const quoteFindings = (textA: string, textB: string, timexes?: [string, string][]) => {
    const said = (id: string, text: string, timex?: [string, string]) => {
      const content = text.slice(0, text.lastIndexOf(" Ann Ode said"));
      return docWith(id, text, {
        entities: [{ text: "Ann Ode", type: "person" }],
        statements: [{ speaker: "Ann Ode", canonical: "Ann Ode", cue: "said", content, direct: true }],
        ...(timex ? { timexes: [{ text: timex[0], value: timex[1] }] } : {}),
      });
    };
    return contradictions(compareStory([said("a", textA, timexes?.[0]), said("b", textB, timexes?.[1])], "s").findings).filter((f) => f.aspect === "quote");
  };
  assert.equal(quoteFindings('"The quay is a total loss and we will rebuild it," Ann Ode said.', '"The quay is a complete loss and we will rebuild it," Ann Ode said.').length, 1);
  assert.equal(quoteFindings('"I\'m sure the quay is a total loss," Ann Ode said.', '"I ’ m sure the quay is a total loss," Ann Ode said.').length, 0);
  // Two reports of different days resolve "two years ago" to different years; the words are the same.
  const rebuilt = '"We rebuilt the quay two years ago and now it is lost," Ann Ode said.';
  assert.equal(quoteFindings(rebuilt, rebuilt, [["two years ago", "2021"], ["two years ago", "2022"]]).length, 0);
  // An ordinal in words or in digits is typography too; another ordinal is not.
  assert.equal(quoteFindings('"This third-hand rumour ends now," Ann Ode said.', '"This 3rd hand rumour ends now," Ann Ode said.').length, 0);
  assert.equal(quoteFindings('"This third-hand rumour ends now," Ann Ode said.', '"This 4th hand rumour ends now," Ann Ode said.').length, 1);
});

test("quote wording compares quoted words only: the words between two quotations, a quotation cut short and a spelled-out contraction differ in no word", () => {
  const quoteFindings = (textA: string, textB: string) => {
    const said = (id: string, text: string) =>
      docWith(id, text, {
        entities: [{ text: "Ode", type: "person" }],
        statements: [{ speaker: "Ode", canonical: "Ann Ode", cue: "said", content: text.replace(/\.$/, ""), direct: true }],
      });
    return contradictions(compareStory([said("a", textA), said("b", textB)], "s").findings).filter((f) => f.aspect === "quote");
  };
  // Each outlet names the speaker its own way between the two quotations.
  assert.equal(quoteFindings('"The quay is lost," Ann Ode said. "We will rebuild it in spring."', '"The quay is lost," the harbour master Ode said at the pier. "We will rebuild it in spring."').length, 0);
  // One outlet stops after the first sentence of the quotation.
  assert.equal(quoteFindings('"The quay is lost, and we will rebuild it," Ode said.', '"The quay is lost, and we will rebuild it," Ode said. "Work starts in spring."').length, 0);
  assert.equal(quoteFindings('"I\'m sure the quay is lost," Ode said.', '"I am sure the quay is lost," Ode said.').length, 0);
  // Other words inside the quotations still differ.
  assert.equal(quoteFindings('"The quay is lost," Ann Ode said. "We will rebuild it in spring."', '"The quay is lost," the harbour master Ode said. "We will rebuild it in summer."').length, 1);
});

test("when a page was published or updated is no event: stamps neither conflict nor enter the timeline", () => {
  const stamped = (id: string, stamp: string, value: string) =>
    docWith(id, `Harbour crane collapses at the quay Updated ${stamp} The harbour crane collapsed onto the quay at 6:10 a.m., the harbour board said.`, {
      timexes: [
        { text: stamp, value, type: "TIME" },
        { text: "6:10 a.m.", value: "2024-03-06T06:10", type: "TIME" },
      ],
    });
  const story = compareStory([stamped("a", "4:08 p.m. ET", "2024-03-06T16:08"), stamped("b", "9:30 p.m. ET", "2024-03-06T21:30")], "s");
  assert.equal(contradictions(story.findings).length, 0);
  assert.ok(story.timeline.every((entry) => !entry.value.endsWith("16:08") && !entry.value.endsWith("21:30")));
  // The same clock times stated as events do conflict.
  const event = (id: string, time: string, value: string) =>
    docWith(id, `The harbour crane collapsed onto the quay at ${time}, the harbour board said.`, { timexes: [{ text: time, value, type: "TIME" }] });
  assert.equal(contradictions(compareStory([event("a", "4:08 p.m.", "2024-03-06T16:08"), event("b", "9:30 p.m.", "2024-03-06T21:30")], "s").findings)[0]?.aspect, "time");
});

test("a report with no date of its own is held to its weekday names, not to the dates its borrowed date gives them", () => {
  const dated = docWith("a", "The body was found on Tuesday, March 5, 2024, by a maid at the harbour hotel.", {
    published: "2024-03-08",
    timexes: [{ text: "Tuesday, March 5, 2024", value: "2024-03-05" }],
  });
  // Undated: resolved against a date borrowed from the story, so "Tuesday" may land in another week.
  const undated = (id: string, when: string, value: string) => docWith(id, `The body was found ${when} by a maid at the harbour hotel.`, { timexes: [{ text: when, value }] });
  const dateFindings = (other: ReturnType<typeof docWith>) => contradictions(compareStory([dated, other], "s").findings).filter((f) => f.aspect === "date");
  assert.equal(dateFindings(undated("b", "on Tuesday", "2024-02-27")).length, 0);
  assert.equal(dateFindings(undated("c", "yesterday", "2024-03-07")).length, 0);
  assert.equal(dateFindings(undated("d", "on Wednesday", "2024-02-28")).length, 1);
});

test("'today' in a quote is the day it was spoken, which the report need not give", () => {
  const report = (id: string, when: string, value: string, direct: boolean) => {
    const text = direct ? `"We reopen the quay ${when}," Ann Ode said.` : `The harbour board reopens the quay ${when}, Ann Ode said.`;
    const content = direct ? `"We reopen the quay ${when},"` : `The harbour board reopens the quay ${when}`;
    return docWith(id, text, {
      published: "2024-03-05",
      timexes: [{ text: when, value }],
      entities: [{ text: "Ann Ode", type: "person" }],
      statements: [{ speaker: "Ann Ode", canonical: "Ann Ode", cue: "said", content, direct }],
    });
  };
  const dateFindings = (direct: boolean) =>
    contradictions(compareStory([report("a", "today", "2024-03-05", direct), report("b", "tomorrow", "2024-03-06", direct)], "s").findings).filter((f) => f.aspect === "date");
  assert.equal(dateFindings(true).length, 0);
  assert.equal(dateFindings(false).length, 1);
});

test("one person spelled two ways is a spelling to check; a place spelled two ways is one place", () => {
  const named = (id: string, name: string, type: "person" | "place") =>
    docWith(id, `On Friday ${name} was rescued from the ridge by the harbour rescue crew.`, { entities: [{ text: name, type }] });
  const spelled = contradictions(compareStory([named("a", "Duncan Rait", "person"), named("b", "Duncan Raite", "person")], "s").findings);
  assert.deepEqual(spelled.map((f) => [f.aspect, f.summary.split(" differs")[0]]), [["person", "Spelling of a name"]]);
  assert.equal(contradictions(compareStory([named("a", "Kyiv", "place"), named("b", "Kiev", "place")], "s").findings).length, 0);
  // Another person altogether is still a swap.
  assert.equal(contradictions(compareStory([named("a", "Duncan Rait", "person"), named("b", "Bea Lund", "person")], "s").findings)[0]?.summary.split(" differs")[0], "Person");
});

test("two lines of figures with none in common are two lines, not one disputed", () => {
  const line = (id: string, [yards, passes, more]: [number, number, number]) => {
    const text = `He finished the season with ${yards} yards and caught ${passes} passes for ${more} yards.`;
    return docWith(id, text, {
      numbers: [
        { text: String(yards), low: yards, high: yards, unit: "yard" },
        { text: String(passes), low: passes, high: passes, unit: "pass" },
        { text: String(more), low: more, high: more, unit: "yard" },
      ],
    });
  };
  const numberFindings = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "number");
  assert.equal(numberFindings(line("a", [269, 29, 201]), line("b", [793, 39, 302])).length, 0);
  assert.equal(numberFindings(line("a", [269, 29, 201]), line("b", [269, 39, 201])).length, 1);
});

test("two lines of figures that share only a small count are still two lines", () => {
  const line = (id: string, [yards, passes, more, scores]: [number, number, number, number]) => {
    const text = `He ran for ${yards} yards, caught ${passes} passes, made ${more} tackles and ${scores} scores.`;
    return docWith(id, text, {
      numbers: [
        { text: `${yards} yards`, low: yards, high: yards, unit: "yard" },
        { text: `${passes} passes`, low: passes, high: passes, unit: "pass" },
        { text: `${more} tackles`, low: more, high: more, unit: "tackle" },
        { text: `${scores} scores`, low: scores, high: scores, unit: "score" },
      ],
    });
  };
  const numberFindings = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "number");
  assert.equal(numberFindings(line("a", [269, 29, 201, 2]), line("b", [793, 39, 302, 2])).length, 0);
  // One figure changed in a line whose other figures are small is still a dispute.
  assert.equal(numberFindings(line("a", [269, 3, 2, 2]), line("b", [281, 3, 2, 2])).length, 1);
  // Two of four figures differing beside shared figures that are not small is a dispute too.
  assert.equal(numberFindings(line("a", [269, 29, 201, 2]), line("b", [269, 39, 302, 2])).length, 2);
});

test("a word for an order of magnitude a hundredfold from a count measures another thing", () => {
  const toll = (id: string, text: string, low: number, high: number) => docWith(id, text, { numbers: [{ text: text.match(/killed (.+?) people/)?.[1] ?? "", low, high, unit: "person" }] });
  const numberFindings = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "number");
  const ten = toll("a", "The quake on the island killed ten people, officials said.", 10, 10);
  assert.equal(numberFindings(ten, toll("b", "The quake on the island killed tens of thousands of people, officials said.", 20000, 99999)).length, 0);
  assert.equal(numberFindings(ten, toll("c", "The quake on the island killed dozens of people, officials said.", 24, 99)).length, 1);
});

test("a name written in full and in short is one name: 'Chargers' / 'San Diego Chargers', 'MVP Award' / 'Most Valuable Player Award'", () => {
  const named = (id: string, name: string) => docWith(id, `${name} lineman Ann Ode was arrested on suspicion of drunken driving.`, { entities: [{ text: name, type: "other" }] });
  const found = (x: string, y: string) => contradictions(compareStory([named("a", x), named("b", y)], "s").findings).length;
  assert.equal(found("Chargers", "San Diego Chargers"), 0);
  assert.equal(found("MVP Award", "Most Valuable Player Award"), 0);
  assert.equal(found("MVP Award", "Comeback Player Award"), 1);
});

test("claims that two countries' sides make are no agreement, unless one names the other's side", () => {
  const agreements = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => compareStory([x, y], "s").findings.filter((f) => f.kind === "agreement");
  const sideDoc = (id: string, text: string, speaker: string, cue: string, content: string, others: string[] = []) =>
    docWith(id, text, {
      entities: [speaker, ...others].map((name) => ({ text: name, type: "place" as const })),
      statements: [{ speaker, canonical: speaker, cue, content }],
    });
  const denial = sideDoc("a", "Chile denies that it sank the fishing boat near the border.", "Chile", "denies", "that it sank the fishing boat near the border");
  const accusation = sideDoc("b", "Peru accused Bolivia of sinking the fishing boat near the border.", "Peru", "accused", "Bolivia of sinking the fishing boat near the border", ["Bolivia"]);
  assert.equal(agreements(denial, accusation).length, 0);
  // A speaker's side may come from the role it is given.
  const official = docWith("g", "A Peruvian official accused Bolivia of sinking the fishing boat near the border.", {
    entities: [{ text: "Bolivia", type: "place" }],
    statements: [{ speaker: "A Peruvian official", cue: "accused", content: "Bolivia of sinking the fishing boat near the border", role: "A Peruvian official" }],
  });
  assert.equal(agreements(denial, official).length, 0);
  // The same side's claim in two wordings agrees.
  const sameSide = sideDoc("c", "Chile denied that it had sunk the fishing boat near the border.", "Chile", "denied", "that it had sunk the fishing boat near the border");
  assert.ok(agreements(denial, sameSide).length > 0);
  // Answering the other side's claim is the same matter.
  const answer = sideDoc("d", "Peru called Chile's claim that it sank no fishing boat near the border a lie.", "Peru", "called", "Chile's claim that it sank no fishing boat near the border a lie", ["Chile"]);
  assert.ok(agreements(denial, answer).length > 0);
  // The other side named by the seat of its government is named all the same.
  const russia = sideDoc("e", "Russia denies that it shelled the dam near the river.", "Russia", "denies", "that it shelled the dam near the river");
  const kremlin = sideDoc("f", "The US accused the Kremlin of shelling the dam near the river.", "US", "accused", "the Kremlin of shelling the dam near the river", ["Kremlin"]);
  assert.ok(agreements(russia, kremlin).length > 0);
});

test("claims blaming different parties are no agreement, whoever makes them", () => {
  const agreements = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => compareStory([x, y], "s").findings.filter((f) => f.kind === "agreement");
  const claim = (id: string, text: string, speaker: string, cue: string, content: string, named: string[]) =>
    docWith(id, text, {
      entities: [speaker, ...named].map((name) => ({ text: name, type: "place" as const })),
      statements: [{ speaker, canonical: speaker, cue, content }],
    });
  const behind = claim("a", "Peru said that Chile was behind the attack on the fishing boat near the border.", "Peru", "said", "that Chile was behind the attack on the fishing boat near the border", ["Chile"]);
  const other = claim("b", "Peru accused Bolivia of the attack on the fishing boat near the border.", "Peru", "accused", "Bolivia of the attack on the fishing boat near the border", ["Bolivia"]);
  assert.equal(agreements(behind, other).length, 0);
  const same = claim("c", "Peru accused Chile of the attack on the fishing boat near the border.", "Peru", "accused", "Chile of the attack on the fishing boat near the border", ["Chile"]);
  assert.ok(agreements(behind, same).length > 0);
  // "denies that it was behind": the pronoun is the speaker, the party in question.
  const denial = claim("d", "Peru denies that it was behind the attack on the fishing boat near the border.", "Peru", "denies", "that it was behind the attack on the fishing boat near the border", []);
  assert.equal(agreements(denial, behind).length, 0);
  // A noun between the name and the deed is its subject ("Bolivia's rebels were behind"), and it is no one known.
  const rebels = claim("f", "Peru said that Bolivia's rebels were behind the attack on the fishing boat near the border.", "Peru", "said", "that Bolivia's rebels were behind the attack on the fishing boat near the border", ["Bolivia"]);
  assert.ok(agreements(rebels, behind).length > 0);
  // Names joined as one subject ("Chile and Bolivia were behind") are all blamed: blaming Chile alone shares one.
  const both = claim("g", "Peru said that Chile and Bolivia were behind the attack on the fishing boat near the border.", "Peru", "said", "that Chile and Bolivia were behind the attack on the fishing boat near the border", ["Chile", "Bolivia"]);
  assert.ok(agreements(both, behind).length > 0);
});

test("in a loose paraphrase a name among listed people against a name among others is another member, not a swap", () => {
  const person = (text: string) => ({ text, type: "person" as const });
  const victims = docWith("a", "Rob Kane was fined for ramming the boats of Ann Vell, 40, and Jo Ash, 32, and Tia Marsh, 9, as they raced for the silver cup off the harbour mouth on Sunday.", {
    entities: [person("Rob Kane"), person("Ann Vell"), person("Jo Ash"), person("Tia Marsh")],
  });
  const shooters = docWith("b", "Officials said Rob Kane and Lee Dorn raced for the silver cup off the harbour mouth on Sunday.", {
    entities: [person("Rob Kane"), person("Lee Dorn")],
  });
  const people = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "person");
  assert.equal(people(victims, shooters).length, 0);
  // One name put for another in the same list of an otherwise unchanged sentence is still a swap.
  const swapped = docWith("c", "Rob Kane was fined for ramming the boats of Ann Vell, 40, and Jo Ash, 32, and Tia Dorn, 9, as they raced for the silver cup off the harbour mouth on Sunday.", {
    entities: [person("Rob Kane"), person("Ann Vell"), person("Jo Ash"), person("Tia Dorn")],
  });
  assert.equal(people(victims, swapped).length, 1);
});

test("a count told of a country the other report never names, while it names its own, is another event's", () => {
  const report = (id: string, text: string, count: string, places: string[]) =>
    docWith(id, text, { numbers: [{ text: count, low: Number(count), high: Number(count), unit: "person" }], entities: places.map((p) => ({ text: p, type: "place" as const })) });
  const numberConflicts = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) =>
    contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "number").length;
  const elsewhere = report("a", "On Saturday a quake in Norway killed 14 people in the hills, officials said.", "14", ["Norway"]);
  const news = report("b", "On Saturday a quake on the island killed 10 people in the hills, officials said. Chile sent rescue teams.", "10", ["Chile"]);
  assert.equal(numberConflicts(elsewhere, news), 0);
  // A report that names no country of its own may tell the same event.
  const unplaced = report("c", "On Saturday a quake on the island killed 10 people in the hills, officials said.", "10", []);
  assert.equal(numberConflicts(elsewhere, unplaced), 1);
});

test("a figure told of no one by age, in a report of people of two ages, is not set against an aged person's", () => {
  const metres = (n: number) => ({ text: `${n} metres`, low: n, high: n, unit: "metre" });
  const age = (n: number) => ({ text: `${n}-year-old`, low: n, high: n, unit: "year-old" });
  const aged = docWith("a", "A 41-year-old died after he slipped and fell 90 metres from the north ridge.", { numbers: [age(41), metres(90)] });
  const walkers = (id: string, ages: number[]) =>
    docWith(id, `One of the group died after he slipped and fell 400 metres from the north ridge. ${ages.map((n) => `A ${n}-year-old was flown out by helicopter.`).join(" ")}`, {
      numbers: [metres(400), ...ages.map(age)],
    });
  const cited = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) =>
    contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "number").flatMap((f) => f.claims.map((c) => c.span.text));
  assert.deepEqual(cited(aged, walkers("b", [29, 41])), []);
  // A report of one age only tells of that person.
  assert.deepEqual(cited(aged, walkers("c", [41])), ["90 metres", "400 metres"]);
});

test("in a loose paraphrase a town against the region a report writes after it ('Ardley, Wessex County') is the place and what holds it", () => {
  const place = (text: string) => ({ text, type: "place" as const });
  const region = docWith("a", "A man was charged with murdering his neighbour in Wessex on Monday after a long search. Police in Ardley, Wessex County, said the house was searched on Sunday.", {
    entities: [place("Wessex"), place("Ardley"), { ...place("Wessex County"), canonical: "Wessex" }],
  });
  const town = (id: string, name: string) => docWith(id, `A man was charged with murdering his neighbour in ${name} on Monday, police said.`, { entities: [place(name)] });
  const places = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "place");
  assert.equal(places(region, town("b", "Ardley")).length, 0);
  assert.equal(places(region, town("c", "Bexford")).length, 1);
});

test("one source's two different statements are no agreement; the same statement in other words, or copied, is", () => {
  const lead = "Ferry line director Ilse Varga";
  const said = (id: string, text: string, content: string) =>
    docWith(id, text, {
      entities: [{ text: "Ilse Varga", type: "person" }],
      statements: [{ speaker: lead, cue: "said", content, canonical: "Ilse Varga", role: "Ferry line director" }],
    });
  const a = said("a", `${lead} said the night crossing would resume soon.`, "the night crossing would resume soon");
  const b = said("b", `${lead} said ticket prices had doubled.`, "ticket prices had doubled");
  const c = said("c", `${lead} said the night crossing would start again soon.`, "the night crossing would start again soon");
  const d = said("d", `${lead} said so.`, "so");
  const agreements = (x: ReturnType<typeof said>, y: ReturnType<typeof said>) =>
    compareStory([x, y], "s").findings.filter((f) => f.kind === "agreement" && f.summary.startsWith("2 reports agree")).length;
  assert.equal(agreements(a, b), 0);
  assert.equal(agreements(a, c), 1);
  assert.equal(agreements(d, said("e", d.article.text, "so")), 1);
});

test("words one report states and another only puts in a condition are no agreement; the same condition in both is", () => {
  const agreements = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => compareStory([x, y], "s").findings.filter((f) => f.kind === "agreement").length;
  const speaker = (text: string) => ({ speaker: "Ann Ode", role: "Harbour master", cue: "said", content: text.slice(text.indexOf("said") + 5, -1) });
  const person = [{ text: "Ann Ode", type: "person" as const }];
  const waitText = "Harbour master Ann Ode said the quay would stay closed to traffic until divers had checked the old pier wall.";
  const factText = "Harbour master Ann Ode said the old pier wall had been checked by divers and was sound.";
  const wait = docWith("a", waitText, { entities: person, statements: [speaker(waitText)] });
  const fact = docWith("b", factText, { entities: person, statements: [speaker(factText)] });
  assert.equal(agreements(wait, fact), 0);
  // Told as a past wait, the check happened: the reports agree on it.
  const pastText = "Harbour master Ann Ode said the quay stayed closed to traffic until divers had checked the old pier wall.";
  assert.equal(agreements(docWith("c", pastText, { entities: person, statements: [speaker(pastText)] }), fact), 1);
  const ifA = docWith("d", "If the river is high again, the ferry to the island will stop running for the week.");
  const ifB = docWith("e", "If the river is high again, the island ferry will stop running this week.");
  assert.equal(agreements(ifA, ifB), 1);
});

test("a quote given to one person whose name a report misspells is not given to someone else", () => {
  assert.equal(attribution(byPerson("a", "Andrea Wetzel"), byPerson("b", "Andrea Welzel")).length, 0);
  assert.equal(attribution(byPerson("a", "Wetzel"), byPerson("b", "Andrea Wetzell")).length, 0);
  assert.equal(attribution(byPerson("a", "Andrea Van Dam"), byPerson("b", "Andrea VanDam")).length, 0);
  // Another surname, or another given name with the same surname spelt otherwise, is someone else.
  assert.equal(attribution(byPerson("a", "Andrea Wetzel"), byPerson("b", "Andrea Hartley")).length, 1);
  assert.equal(attribution(byPerson("a", "Andrea Wetzel"), byPerson("b", "Maria Welzel")).length, 1);
});

test("a quote's content that opens on an earlier quote's closing mark is read from the next opening mark", () => {
  const quotes = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) =>
    contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "quote");
  const person = [{ text: "Bea Lund", type: "person" as const }];
  const aText = '"We are ready for the storm, " said Ann Ode of the harbour board. "The quay is a total loss after the fire, " said Bea Lund.';
  const bText = 'Bea Lund spoke at the quay. "The quay is a total loss after the fire, " said Bea Lund.';
  const content = (text: string, from: string) => text.slice(text.indexOf(from), text.lastIndexOf('"') + 1);
  const a = docWith("a", aText, { entities: person, statements: [{ speaker: "Bea Lund", canonical: "Bea Lund", cue: "said Bea", content: content(aText, '" said Ann'), direct: true }] });
  const b = docWith("b", bText, { entities: person, statements: [{ speaker: "Bea Lund", canonical: "Bea Lund", cue: "said Bea", content: content(bText, '"The quay'), direct: true }] });
  assert.equal(quotes(a, b).length, 0);
  // A real change of words in the quote is still a conflict.
  const cText = bText.replace("total loss", "complete loss");
  const c = docWith("c", cText, { entities: person, statements: [{ speaker: "Bea Lund", canonical: "Bea Lund", cue: "said Bea", content: content(cText, '"The quay'), direct: true }] });
  assert.equal(quotes(a, c).length, 1);
});

test("when each copy of a page was stamped is no fact the reports agree on", () => {
  const a = docWith("a", "Friday, March 8, 2024 | Updated 7:41 PM EDT\nThe warehouse fire broke out near the river docks.", { timexes: [{ text: "Friday, March 8, 2024", value: "2024-03-08" }, { text: "7:41 PM EDT", value: "2024-03-08T19:41" }] });
  const b = docWith("b", "Friday, March 8, 2024 | Updated 9:28 AM EDT\nThe warehouse fire broke out near the river docks.", { timexes: [{ text: "Friday, March 8, 2024", value: "2024-03-08" }, { text: "9:28 AM EDT", value: "2024-03-08T09:28" }] });
  const agreed = compareStory([a, b], "s1").findings.filter((f) => f.kind === "agreement").map((f) => f.claims[0]?.span.text ?? "");
  assert.deepEqual(agreed, ["The warehouse fire broke out near the river docks."]);
});

const named = (id: string, name: string, role: string) =>
  docWith(id, `${name}, ${role}, said the bridge would close for a year.`, {
    entities: [{ text: name, type: "person", role }],
    statements: [{ speaker: `${name}, ${role},`, canonical: name, role, cue: "said", content: "the bridge would close for a year" }],
  });
const described = (id: string, description: string) =>
  docWith(id, `${description} said the bridge would close for a year.`, {
    statements: [{ speaker: description, role: description, cue: "said", content: "the bridge would close for a year" }],
  });
const speakerIn = (story: ReturnType<typeof compareStory>, id: string) => story.statements.find((s) => s.articleId === id)?.speaker?.name;

test("a report's described speaker is the one person another report names in a role the description fits", () => {
  const story = compareStory([named("a", "Olav Brekke", "the mayor's spokesman"), described("b", "The mayor's spokesman")], "s");
  assert.equal(speakerIn(story, "b"), "Olav Brekke");
  // The person is not set against their own description, nor their words against themselves.
  assert.equal(contradictions(story.findings).length, 0);
  // Of the other gender the description is someone else, whose role still conflicts with the holder's.
  const other = compareStory([named("a", "Olav Brekke", "the mayor's spokesman"), described("b", "The mayor's spokeswoman")], "s");
  assert.equal(speakerIn(other, "b"), "The mayor's spokeswoman");
  assert.equal(contradictions(other.findings).filter((f) => f.aspect === "role").length, 1);
  // Two people whose roles it fits: no one.
  const two = compareStory([named("a", "Olav Brekke", "a spokesman for the council"), named("c", "Per Dahl", "a spokesman for the army"), described("b", "The spokesman")], "s");
  assert.equal(speakerIn(two, "b"), "The spokesman");
  // Another's role: no one.
  assert.equal(speakerIn(compareStory([named("a", "Olav Brekke", "a council spokesman"), described("b", "The mayor's spokesman")], "s"), "b"), "The mayor's spokesman");
  // A report that brought in an unnamed holder of the role before goes on with them.
  const anonymous = docWith("d", "A spokesman for the mayor said the ferry would run. The spokesman said the bridge would close for a year.", {
    statements: [
      { speaker: "A spokesman for the mayor", role: "A spokesman for the mayor", cue: "said", content: "the ferry would run" },
      { speaker: "The spokesman", role: "The spokesman", cue: "said the bridge", content: "the bridge would close for a year" },
    ],
  });
  assert.equal(compareStory([named("a", "Olav Brekke", "the mayor's spokesman"), anonymous], "s").statements.find((s) => s.articleId === "d" && s.speaker?.mention?.text === "The spokesman")?.speaker?.name, "The spokesman");
});

test("a described speaker fits a title written out or abbreviated and a role of its gender, not a deputy's office", () => {
  const ceo = compareStory([named("a", "Ida Berg", "Acme's chief executive officer"), described("b", "The chief executive")], "s");
  assert.equal(speakerIn(ceo, "b"), "Ida Berg");
  assert.equal(contradictions(ceo.findings).length, 0);
  assert.equal(speakerIn(compareStory([named("a", "Ida Berg", "the CEO of Acme"), described("b", "Acme's chief executive")], "s"), "b"), "Ida Berg");
  assert.equal(speakerIn(compareStory([named("a", "Ann Lund", "the prime minister"), described("b", "The PM")], "s"), "b"), "Ann Lund");
  // "female" says the gender "spokeswoman" says; it narrows the office to no fewer holders.
  assert.equal(speakerIn(compareStory([named("a", "Mia Holt", "a spokeswoman for the union"), described("b", "The union's female spokesperson")], "s"), "b"), "Mia Holt");
  // The mayor is not the deputy mayor: someone else, or the same person given an office they do not hold.
  const deputy = compareStory([named("a", "Ola Nes", "the deputy mayor"), described("b", "The mayor")], "s");
  assert.equal(speakerIn(deputy, "b"), "The mayor");
  assert.equal(contradictions(deputy.findings).filter((f) => f.aspect === "role").length, 1);
});

test("one person called the deputy in one report and the office holder in the other is a role conflict", () => {
  const roles = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "role");
  const found = roles(named("a", "Ola Nes", "the deputy mayor"), named("b", "Ola Nes", "the mayor"));
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]?.claims.map((c) => c.span.text), ["the deputy mayor", "the mayor"]);
  assert.equal(roles(named("a", "Ola Nes", "the deputy mayor"), named("b", "Ola Nes", "a deputy mayor of Tarnby")).length, 0);
});

test("a quote given to a named man in one report and to a spokeswoman in the other is a gender conflict over its speaker", () => {
  const roles = (name: string, description: string) =>
    contradictions(compareStory([named("a", name, "a spokesperson for the union"), described("b", description)], "s").findings).filter((f) => f.aspect === "role");
  const found = roles("Tom Holt", "The union's spokeswoman");
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]?.claims.map((c) => c.span.text), ["Tom Holt, a spokesperson for the union,", "The union's spokeswoman"]);
  // A woman, a name of no known gender, or a description of no gender: nothing to hold against it.
  assert.equal(roles("Mia Holt", "The union's spokeswoman").length, 0);
  assert.equal(roles("Kim Lee", "The union's spokeswoman").length, 0);
  assert.equal(roles("Tom Holt", "The union's spokesperson").length, 0);
});

test("a quote given to Joan Marsh in one report and to Peter Marsh in the other is given to two people", () => {
  const byMarsh = (id: string, given: string) =>
    docWith(id, `${quote} said ${given} Marsh of the harbour board.`, {
      entities: [{ text: `${given} Marsh`, type: "person" }],
      statements: [{ speaker: `${given} Marsh`, canonical: `${given} Marsh`, cue: "said", content: quote, direct: true }],
    });
  assert.equal(attribution(byMarsh("a", "Joan"), byMarsh("b", "Peter")).length, 1);
  assert.equal(compareStory([byMarsh("a", "Joan"), byMarsh("b", "Peter")], "s").findings.filter((f) => f.kind === "agreement" && f.aspect === "attribution").length, 0);
  // One given name, or its short form, is one person.
  assert.equal(attribution(byMarsh("a", "Joan"), byMarsh("b", "Joan")).length, 0);
  assert.equal(attribution(byMarsh("a", "J."), byMarsh("b", "Joan")).length, 0);
  // A bare "Marsh" resolved to Peter may be Joan, whom the other report names: coreference chose, not the report.
  const bare = docWith("c", `${quote} said Marsh of the harbour board.`, {
    entities: [{ text: "Marsh", type: "person" }],
    statements: [{ speaker: "Marsh", canonical: "Peter Marsh", cue: "said", content: quote, direct: true }],
  });
  assert.equal(attribution(byMarsh("a", "Joan"), bare).length, 0);
  // A report that named its own Marsh in full before the bare "Marsh" says whom it means.
  const introduced = (id: string, given: string) =>
    docWith(id, `${given} Marsh runs the harbour board. ${quote} said Marsh.`, {
      entities: [{ text: `${given} Marsh`, type: "person" }],
      statements: [{ speaker: "Marsh", canonical: `${given} Marsh`, cue: "said Marsh", content: quote, direct: true }],
    });
  assert.equal(attribution(introduced("a", "Joan"), introduced("b", "Peter")).length, 1);
  assert.equal(attribution(introduced("a", "Joan"), introduced("b", "Joan")).length, 0);
});

test("one person named in full in one report and by surname in another has one role finding, under the full name", () => {
  const said = (id: string, text: string, name: string, canonical: string, role: string) =>
    docWith(id, text, {
      entities: [{ text: name, type: "person", canonical, role }],
      statements: [{ speaker: name, cue: "said", content: "the coast road was shut overnight", canonical, role }],
    });
  const a = said("a", "Police Chief Lars Berg said the coast road was shut overnight.", "Lars Berg", "Lars Berg", "Police Chief");
  const b = said("b", "Berg, the police chief, said the coast road was shut overnight.", "Berg", "Berg", "the police chief");
  const c = said("c", "Lars Berg, the deputy police chief, said the coast road was shut overnight.", "Lars Berg", "Lars Berg", "the deputy police chief");
  const roles = contradictions(compareStory([a, b, c], "s").findings).filter((f) => f.aspect === "role");
  assert.equal(roles.length, 1);
  assert.match(roles[0]?.summary ?? "", /^Role of Lars Berg /);
  assert.deepEqual(roles[0]?.claims.map((c) => c.span.text).sort(), ["Police Chief", "the deputy police chief", "the police chief"]);
});

test("a described speaker set against one named speaker's roles in two reports is one role finding", () => {
  const roof = '"The roof fell in within minutes,"';
  const named = (id: string, text: string, name: string, role: string) =>
    docWith(id, `${roof} said ${text}.`, {
      entities: [{ text: name, type: "person", canonical: "Ann Ode", role }],
      statements: [{ speaker: name, canonical: "Ann Ode", role, cue: "said", content: roof, direct: true }],
    });
  const a = named("a", "Fire Chief Ann Ode", "Ann Ode", "Fire Chief");
  const b = named("b", "Ann Ode, the town's fire chief", "Ann Ode", "the town's fire chief");
  const c = docWith("c", `${roof} a fire service spokeswoman said.`, {
    statements: [{ speaker: "a fire service spokeswoman", cue: "said", content: roof, direct: true }],
  });
  const roles = contradictions(compareStory([a, b, c], "s").findings).filter((f) => f.aspect === "role");
  assert.equal(roles.length, 1);
  assert.deepEqual(roles[0]?.claims.map((x) => x.span.text).sort(), ["Fire Chief", "a fire service spokeswoman", "the town's fire chief"]);
});

test("'will reopen on Friday' and 'will not reopen on Friday' are two timeline entries, linked to their contradiction when one is found", () => {
  const friday = { timexes: [{ text: "Friday", value: "2024-03-08" }] };
  const open = docWith("a", "The mayor said the old swimming baths will reopen on Friday.", friday);
  const shut = docWith("b", "The mayor said the old swimming baths will not reopen on Friday.", friday);
  const story = compareStory([open, shut], "s");
  const flip = contradictions(story.findings).find((f) => f.aspect === "polarity");
  assert.ok(flip, "the test needs the polarity contradiction");
  assert.deepEqual(story.timeline.map((e) => [e.evidence.map((x) => x.articleId).join("+"), e.findingId]).sort(), [["a", flip.id], ["b", flip.id]]);
  // Told in unlike words, with no contradiction between them, they still stay apart.
  const loose = docWith("c", "Swimmers were told by the town that the baths would not reopen on Friday after all.", friday);
  assert.equal(compareStory([open, loose], "s").timeline.length, 2);
  // A negation of an earlier verb says nothing of the reopening.
  const reopened = docWith("d", "The baths, which had not flooded, will reopen on Friday, the mayor said.", friday);
  assert.equal(compareStory([open, reopened], "s").timeline.length, 1);
});

test("sentences too unlike to align that name one ship and tell one kind of happening have their dates compared; an inquiry into it is another happening", () => {
  const ship = (id: string, text: string, when: string, value: string) =>
    docWith(id, text, { timexes: [{ text: when, value }], entities: [{ text: "Skarv", type: "other" }, { text: "Holm", type: "place" }] });
  const aground = ship("a", "The ferry Skarv ran aground on Wednesday near the island of Holm with forty people aboard.", "Wednesday", "2024-03-06");
  const rocks = ship("b", "The Skarv hit rocks on Tuesday off Holm, and the coastguard took everyone ashore.", "Tuesday", "2024-03-05");
  const inquiry = ship("c", "An inquiry into the grounding of the Skarv off Holm opened on Thursday.", "Thursday", "2024-03-07");
  const dates = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "date");
  assert.deepEqual(dates(aground, rocks).map((f) => f.claims.map((c) => c.value)), [["2024-03-06", "2024-03-05"]]);
  assert.equal(dates(aground, inquiry).length, 0);
  assert.equal(dates(rocks, inquiry).length, 0);
});

test("a report agreeing with one side of a date dispute joins its timeline entry; the date of the saying stands apart", () => {
  const roof = "Dale library";
  const a = docWith("a", "The roof of the Dale library collapsed on Tuesday evening after heavy rain.", { timexes: [{ text: "Tuesday evening", value: "2024-03-05TEV" }], entities: [{ text: roof, type: "other" }] });
  const b = docWith("b", "The roof of the Dale library fell in on Tuesday night during heavy rain.", { timexes: [{ text: "Tuesday night", value: "2024-03-05TNI" }], entities: [{ text: roof, type: "other" }] });
  const c = docWith("c", "The roof of the Dale library gave way on Monday evening, the council said on Wednesday.", {
    timexes: [{ text: "Monday evening", value: "2024-03-04TEV" }, { text: "Wednesday", value: "2024-03-06" }],
    entities: [{ text: roof, type: "other" }],
    statements: [{ speaker: "the council", cue: "said", content: "The roof of the Dale library gave way on Monday evening" }],
  });
  const story = compareStory([a, b, c], "s");
  assert.ok(contradictions(story.findings).some((f) => f.aspect === "date"), "the test needs the dispute");
  const entries = story.timeline.map((e) => e.evidence.map((x) => x.text).sort().join(" + ")).sort();
  assert.deepEqual(entries, ["Monday evening + Tuesday evening + Tuesday night", "Wednesday"]);
});

test("verbs of one kind of happening on one day make one timeline entry: 'examined' / 'inspected'", () => {
  const wed = (id: string, text: string, when: string, value: string) => docWith(id, text, { timexes: [{ text: when, value }], entities: [{ text: "Dale library", type: "other" }] });
  const a = wed("a", "Engineers examined the damage at the Dale library on Wednesday.", "Wednesday", "2024-03-06");
  const b = wed("b", "Engineers inspected the Dale library on Wednesday morning and found rotten beams.", "Wednesday morning", "2024-03-06TMO");
  const c = wed("c", "Engineers opened the Dale library on Wednesday morning to visitors.", "Wednesday morning", "2024-03-06TMO");
  assert.equal(compareStory([a, b], "s").timeline.length, 1);
  assert.equal(compareStory([a, c], "s").timeline.length, 2);
});

test("the date of a saying does not settle another report's date of the happening the saying dates itself", () => {
  const night = docWith("a", "The roof of the Dale library fell in on Tuesday night during heavy rain.", { timexes: [{ text: "Tuesday night", value: "2024-03-05TNI" }] });
  const told = (text: string, content: string, timexes: { text: string; value: string }[]) =>
    docWith("b", text, { timexes, statements: [{ speaker: "the council", cue: "said", content }] });
  const monday = told("The roof of the Dale library fell in on Monday evening during heavy rain, the council said on Wednesday.", "The roof of the Dale library fell in on Monday evening during heavy rain", [
    { text: "Monday evening", value: "2024-03-04TEV" },
    { text: "Wednesday", value: "2024-03-06" },
  ]);
  const dates = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) => contradictions(compareStory([x, y], "s").findings).map((f) => f.claims.map((c) => c.value).join(" / "));
  assert.deepEqual(dates(night, monday), ["2024-03-05TNI / 2024-03-04TEV"]);
  // With no date of the happening beside it, the saying's date is all the sentence dates.
  const undated = told("The roof of the Dale library fell in during heavy rain, the council said on Wednesday.", "The roof of the Dale library fell in during heavy rain", [{ text: "Wednesday", value: "2024-03-06" }]);
  assert.deepEqual(dates(night, undated), []);
});

test("the timeline runs through a day in order: morning before afternoon before evening", () => {
  const a = docWith("a", "The ferry left the harbour on Tuesday morning. The crew signalled for help on Tuesday evening.", {
    timexes: [
      { text: "Tuesday morning", value: "2024-03-05TMO" },
      { text: "Tuesday evening", value: "2024-03-05TEV" },
    ],
  });
  const b = docWith("b", "Divers reached the wreck on Tuesday afternoon, the coastguard said.", { timexes: [{ text: "Tuesday afternoon", value: "2024-03-05TAF" }] });
  const story = compareStory([a, b], "s1");
  assert.deepEqual(story.timeline.map((e) => e.value), ["2024-03-05TMO", "2024-03-05TAF", "2024-03-05TEV"]);
});

test("one verb governing one length of time in each report ties the two lengths, as a sentence told twice", () => {
  const numbers = (x: ReturnType<typeof docWith>, y: ReturnType<typeof docWith>) =>
    contradictions(compareStory([x, y], "s").findings).filter((f) => f.aspect === "number");
  const heavier = docWith("a", "Ann Ode, the harbour warden, was sentenced to eight years in prison on Monday after the trial.", {
    numbers: [{ text: "eight", low: 8, high: 8, unit: "year" }],
  });
  const lighter = docWith("b", "A court sentenced the warden Ann Ode to six years in prison, closing a case that had run for two years.", {
    numbers: [{ text: "six", low: 6, high: 6, unit: "year" }, { text: "two", low: 2, high: 2, unit: "year" }],
  });
  assert.equal(numbers(heavier, lighter).length, 1);
  // A length the verb takes as its object is a stretch of a career, not the one span.
  const career = docWith("c", "A court heard that the warden Ann Ode spent six years in the post, closing a case that had run for two years.", {
    numbers: [{ text: "six", low: 6, high: 6, unit: "year" }, { text: "two", low: 2, high: 2, unit: "year" }],
  });
  assert.equal(numbers(heavier, career).length, 0);
});
