import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyDoc } from "./doc.js";
import { descriptionFits, entityStage, isDefiniteSingular, roleHead, rolesConflict } from "./entities.js";
import { tokenStage } from "./tokens.js";
import type { Entity } from "../model/types.js";

function entitiesOf(text: string): Entity[] {
  const doc = emptyDoc({ id: "t", text });
  tokenStage.run(doc);
  entityStage.run(doc);
  for (const e of doc.entities) assert.equal(text.slice(e.start, e.end), e.text, "offsets must round-trip");
  return doc.entities;
}

function find(entities: readonly Entity[], text: string, nth = 0): Entity {
  const found = entities.filter((e) => e.text === text)[nth];
  assert.ok(found, `no entity "${text}" in ${JSON.stringify(entities.map((e) => e.text))}`);
  return found;
}

function texts(entities: readonly Entity[]): string[] {
  return entities.map((e) => e.text);
}

test("a title before a name is the role and stays out of the name", () => {
  const entities = entitiesOf("The fire spread quickly, Governor Alma Brandt told reporters on Monday.");
  const person = find(entities, "Alma Brandt");
  assert.equal(person.type, "person");
  assert.equal(person.role?.text, "Governor");
});

test("an office of a body or a place before no given name holds no person", () => {
  const chair = entitiesOf("She once served as Chair of the Guild of Harbour Pilots of the United States, in Boston.");
  assert.ok(!chair.some((e) => e.type === "person"), JSON.stringify(chair.map((e) => [e.text, e.type])));
  const general = entitiesOf("She was named Surveyor General of the United Kingdom last year.");
  assert.ok(!general.some((e) => e.type === "person"), JSON.stringify(general.map((e) => [e.text, e.type])));
  // A given name after the office starts the person, however long the office.
  const minister = entitiesOf("Minister of Coastal Affairs Walter Okafor spoke. Secretary of the Navy Maria Varga spoke.");
  assert.equal(find(minister, "Walter Okafor").role?.text, "Minister of Coastal Affairs");
  assert.equal(find(minister, "Maria Varga").role?.text, "Secretary of the Navy");
});

test("a title before a role word is one long role, not a titled person: 'Assistant Chief Fire Officer'", () => {
  const entities = entitiesOf("The fire spread fast. Ann Ode, Assistant Chief Fire Officer at Dover Fire Service, spoke. Police Chief Tim King spoke.");
  assert.ok(!entities.some((e) => e.type === "person" && e.text.includes("Officer")), JSON.stringify(entities.map((e) => [e.text, e.type])));
  assert.equal(find(entities, "Tim King").role?.text, "Police Chief");
  // A surname that is a role word stays a surname, with an unlisted given name or none.
  const senators = entitiesOf("Sen. Angus Okafor-King spoke. Sen. Oyelaran Bishop spoke. Sen. King left.");
  assert.equal(find(senators, "Oyelaran Bishop").type, "person");
  assert.equal(find(senators, "King").type, "person");
});

test("a country before a title belongs to the role and is a place of its own", () => {
  const entities = entitiesOf("Visitors met U.S. Sen. Walter Okafor near the harbour.");
  assert.equal(find(entities, "Walter Okafor").role?.text, "U.S. Sen.");
  const country = find(entities, "U.S.");
  assert.equal(country.type, "place");
  assert.equal(country.canonical, "United States");
});

test("an appositive after a name gives its role and makes it a person", () => {
  const entities = entitiesOf("Marek Zielny, a spokesman for the port authority, said the ship had left.");
  const person = find(entities, "Marek Zielny");
  assert.equal(person.type, "person");
  assert.equal(person.role?.text, "a spokesman for the port authority");
});

test("an appositive that ends at the verb, without a comma", () => {
  const entities = entitiesOf("Later Otto Brandvik, spokesman for the Harbour Council at the town hall dismissed the claim.");
  assert.equal(find(entities, "Otto Brandvik").role?.text, "spokesman for the Harbour Council at the town hall");
  assert.equal(find(entities, "Harbour Council").type, "organization");
});

test("a verb with an object pronoun after a name's comma opens a clause, no appositive: 'X, called him an expert'", () => {
  const entities = entitiesOf("Ilse Varga, called him an expert at mergers. Ilse Varga, an expert on mergers, agreed.");
  assert.equal(find(entities, "Ilse Varga").role, undefined);
  assert.equal(find(entities, "Ilse Varga", 1).role?.text, "an expert on mergers");
});

test("an appositive with 'the ... of' names an office", () => {
  const entities = entitiesOf("Ilse Varga, the president of Moldova, went to Geneva.");
  assert.equal(find(entities, "Ilse Varga").role?.text, "the president of Moldova");
  assert.equal(find(entities, "Moldova").type, "place");
  assert.equal(find(entities, "Geneva").type, "place");
});

test("an age between name and role is skipped; a plain age is no role", () => {
  const withRole = entitiesOf("Nadia Petrosyan, 41, a local teacher, saw the smoke.");
  assert.equal(find(withRole, "Nadia Petrosyan").role?.text, "a local teacher");
  const ageOnly = entitiesOf("Nadia Petrosyan, 41, who lives nearby, saw the smoke.");
  assert.equal(find(ageOnly, "Nadia Petrosyan").role, undefined);
});

test("a role noun right before the name, with its modifiers", () => {
  const entities = entitiesOf("On Friday, Kremlin spokesman Anatoly Reshetov declined to comment.");
  const person = find(entities, "Anatoly Reshetov");
  assert.equal(person.role?.text, "Kremlin spokesman");
  assert.equal(find(entities, "Kremlin").type, "organization");
});

test("'a US official named X' takes the description before 'named'", () => {
  const entities = entitiesOf("Later a US official named Dorian Hale denied the report.");
  assert.equal(find(entities, "Dorian Hale").role?.text, "a US official");
});

test("'X's top adviser, Y' gives Y the role", () => {
  const entities = entitiesOf("The mayor's top adviser, Teodor Lindqvist said the plan was ready.");
  const person = find(entities, "Teodor Lindqvist");
  assert.equal(person.role?.text, "top adviser");
});

test("possessive 's stays outside the name", () => {
  const entities = entitiesOf("Vladimir Putin visited the plant. Putin's aides said little.");
  const short = find(entities, "Putin");
  assert.equal(short.type, "person");
  assert.equal(short.canonical, "Vladimir Putin");
});

test("a surname takes the full name given in the same article", () => {
  const entities = entitiesOf("Halvard Nyberg, a council member, voted against it. Nyberg said he was surprised.");
  const surname = find(entities, "Nyberg");
  assert.equal(surname.type, "person");
  assert.equal(surname.canonical, "Halvard Nyberg");
});

test("an honorific marks a person and is left out of the name", () => {
  const entities = entitiesOf("Ingrid Solberg arrived late. Ms Solberg apologised to the board.");
  const mention = find(entities, "Solberg");
  assert.equal(mention.type, "person");
  assert.equal(mention.canonical, "Ingrid Solberg");
  assert.ok(!texts(entities).includes("Ms Solberg"));
});

test("of/for/the inside an organisation name, and a leading article left out", () => {
  const entities = entitiesOf("A report by the Institute for the Study of Coastal Erosion was cited by the Ministry of Fisheries.");
  assert.equal(find(entities, "Institute for the Study of Coastal Erosion").type, "organization");
  assert.equal(find(entities, "Ministry of Fisheries").type, "organization");
});

test("an acronym defined in brackets stands for the long form", () => {
  const entities = entitiesOf("The Baltic Coastal Research Centre (BCRC) issued a warning. Later the BCRC withdrew it.");
  const long = find(entities, "Baltic Coastal Research Centre");
  assert.equal(long.type, "organization");
  const later = find(entities, "BCRC", 1);
  assert.equal(later.canonical, "Baltic Coastal Research Centre");
  assert.equal(later.type, "organization");
});

test("gazetteer aliases share one canonical name", () => {
  const entities = entitiesOf("Officials in the U.S. and the United States Navy spoke. The US denied it.");
  assert.equal(find(entities, "U.S.").canonical, "United States");
  assert.equal(find(entities, "US").canonical, "United States");
});

test("organisation suffixes type unknown names", () => {
  const entities = entitiesOf("Shares of Brightwater Holdings fell after the Ostrava Regional Court ruled.");
  assert.equal(find(entities, "Brightwater Holdings").type, "organization");
  assert.equal(find(entities, "Ostrava Regional Court").type, "organization");
});

test("a capitalised common word at the start of a sentence is no entity", () => {
  const entities = entitiesOf("Analysts expected more. Severe storms hit the coast of Portugal.");
  assert.deepEqual(texts(entities), ["Portugal"]);
});

test("an unknown word after a locative preposition is a place", () => {
  const entities = entitiesOf("The clinic opened in Brakpan last week.");
  assert.equal(find(entities, "Brakpan").type, "place");
});

test("a title-case headline only yields names the body or the lists confirm", () => {
  const text = "Harbour Fire Forces Evacuation Of Oslo Docks As Lena Stray Warns\nA fire at the docks in Oslo forced hundreds to leave, said Lena Stray, the port director.";
  const entities = entitiesOf(text);
  const headline = entities.filter((e) => e.sentence === 0);
  assert.deepEqual(texts(headline), ["Oslo", "Lena Stray"]);
});

test("a name joined by a hyphen is one name; two countries joined by one are two", () => {
  const entities = entitiesOf("Jean-Marc Dufour spoke about the Russia-Ukraine talks.");
  assert.equal(find(entities, "Jean-Marc Dufour").type, "person");
  assert.ok(texts(entities).includes("Russia") && texts(entities).includes("Ukraine"));
});

test("roleHead folds gendered role nouns", () => {
  assert.deepEqual(roleHead("spokeswoman"), { head: "spokesperson", gender: "female" });
  assert.deepEqual(roleHead("a Kremlin spokesman"), { head: "spokesperson", gender: "male" });
  assert.deepEqual(roleHead("chairwoman of the board"), { head: "chairperson", gender: "female" });
  assert.deepEqual(roleHead("an actress"), { head: "actor", gender: "female" });
  assert.deepEqual(roleHead("the president of Ukraine"), { head: "president", gender: null });
  assert.deepEqual(roleHead("Russian Foreign Minister"), { head: "foreign minister", gender: null });
  assert.deepEqual(roleHead("minister of defence"), { head: "defence minister", gender: null });
});

test("descriptionFits: the same head, of no other gender, narrowed by no word the role lacks", () => {
  assert.equal(descriptionFits("the spokesman", "Putin's spokesman"), true);
  // An honorific before the possessor's name narrows nothing; the honorific as possessor does.
  assert.equal(descriptionFits("President Lund's spokesman", "Lund's spokesman"), true);
  assert.equal(descriptionFits("the president's spokesman", "a spokesman for the harbour board"), false);
  assert.equal(descriptionFits("Putin's spokesman", "Mr Putin's spokesman"), true);
  assert.equal(descriptionFits("the minister", "the foreign minister"), true);
  assert.equal(descriptionFits("the spokesman", "a spokesman for the army"), true);
  assert.equal(descriptionFits("Putin's spokesman", "a Kremlin spokesman"), false);
  assert.equal(descriptionFits("Putin's spokesman", "a spokesman for the army"), false);
  assert.equal(descriptionFits("the prime minister", "the foreign minister"), false);
  assert.equal(descriptionFits("the spokeswoman", "a Kremlin spokesman"), false);
  assert.equal(descriptionFits("the mayor", "a Kremlin spokesman"), false);
  assert.equal(descriptionFits("the man", "a man from the village"), false);
});

test("descriptionFits: a title written out or abbreviated is one office; a gender word narrows nothing; a deputy is no holder", () => {
  assert.equal(descriptionFits("the chief executive", "CEO of Acme"), true);
  assert.equal(descriptionFits("the chief executive", "Acme's chief executive officer"), true);
  assert.equal(descriptionFits("the CEO", "the chief executive officer of Acme"), true);
  assert.equal(descriptionFits("the PM", "the prime minister"), true);
  assert.equal(descriptionFits("the chief executive", "the chief financial officer"), false);
  assert.equal(descriptionFits("Acme's CEO", "the chief executive officer"), false);
  assert.equal(descriptionFits("the female spokesperson", "a spokeswoman"), true);
  assert.equal(descriptionFits("the spokeswoman", "a female spokesperson"), true);
  assert.equal(descriptionFits("the female spokesperson", "a spokesman"), false);
  assert.equal(descriptionFits("the mayor", "the deputy mayor"), false);
  assert.equal(descriptionFits("the deputy mayor", "the mayor"), false);
  assert.equal(descriptionFits("the deputy mayor", "a deputy mayor of Tarnby"), true);
  // Looser ranks go by the plain title: a lieutenant colonel is "the colonel".
  assert.equal(descriptionFits("the colonel", "Lt. Col."), true);
});

test("descriptionFits: a country narrows a role the same by its name, its adjective or its abbreviation", () => {
  assert.equal(descriptionFits("the British PM", "Britain's prime minister"), true);
  assert.equal(descriptionFits("France's president", "the French president"), true);
  assert.equal(descriptionFits("the American ambassador", "the United States ambassador"), true);
  assert.equal(descriptionFits("the French president", "the president of France"), true);
  assert.equal(descriptionFits("the British PM", "the French prime minister"), false);
  assert.equal(descriptionFits("the British PM", "the prime minister"), false);
});

test("descriptionFits: 'the port's' or 'the town's' refers back to the story's own place, a person's possessive still narrows", () => {
  assert.equal(descriptionFits("the port's harbourmaster", "the harbour master"), true);
  assert.equal(descriptionFits("the town's fire chief", "Fire Chief"), true);
  assert.equal(descriptionFits("The town's fire chief", "Fire Chief"), true);
  assert.equal(descriptionFits("the president's spokesman", "a Kremlin spokesman"), false);
  assert.equal(descriptionFits("Putin's spokesman", "a spokesman"), false);
});

test("a master is a role as the head of its phrase ('the harbour master', 'the postmaster'), not as a modifier ('the master plan')", () => {
  assert.equal(descriptionFits("the harbour master", "Harbour master"), true);
  assert.equal(descriptionFits("the harbourmaster", "the harbor master of Tarnby"), true);
  assert.equal(descriptionFits("the postmaster", "the village postmaster"), true);
  assert.equal(descriptionFits("the harbour master", "the postmaster"), false);
  assert.equal(isDefiniteSingular("the harbour master"), true);
  assert.equal(isDefiniteSingular("the master plan"), false);
  assert.equal(roleHead("the master plan").head, "plan");
  assert.equal(descriptionFits("the master plan", "Harbour master"), false);
  const entities = entitiesOf("Ilse Varga, the harbour master, said the quay was shut. Tom Lund, a master manipulator of opinion, spoke.");
  assert.equal(find(entities, "Ilse Varga").role?.text, "the harbour master");
  assert.equal(find(entities, "Tom Lund").role, undefined);
});

test("rolesConflict: a title written out and its abbreviation are one office", () => {
  assert.equal(rolesConflict("the PM", "the prime minister").conflict, false);
  assert.equal(rolesConflict("Acme's chief executive officer", "the CEO").conflict, false);
  assert.equal(rolesConflict("the chief executive officer", "the chairman").conflict, true);
});

test("isDefiniteSingular: 'the' or a possessor before one role noun", () => {
  assert.equal(isDefiniteSingular("The spokesman"), true);
  assert.equal(isDefiniteSingular("Putin's spokesman"), true);
  assert.equal(isDefiniteSingular("the spokesman for the army"), true);
  assert.equal(isDefiniteSingular("A spokesman"), false);
  assert.equal(isDefiniteSingular("the spokesmen"), false);
  assert.equal(isDefiniteSingular("the officials"), false);
  assert.equal(isDefiniteSingular("the crowd"), false);
});

test("roleHead reads a word that names a property of plain objects as a word", () => {
  assert.deepEqual(roleHead("a constructor"), { head: "constructor", gender: null });
  assert.deepEqual(roleHead("the constructor of the bridge"), { head: "constructor", gender: null });
});

test("rolesConflict: gender and distinct offices conflict, hypernyms do not", () => {
  assert.equal(rolesConflict("spokeswoman", "spokesman").conflict, true);
  assert.equal(rolesConflict("president", "prime minister").conflict, true);
  assert.equal(rolesConflict("a US official", "a spokesman for the National Security Council").conflict, false);
  assert.equal(rolesConflict("spokesperson", "spokesman").conflict, false);
  assert.equal(rolesConflict("minister", "the foreign minister").conflict, false);
  assert.equal(rolesConflict("a US official", "a Russian official").conflict, true);
  // Two bodies of two countries are no person described two ways.
  assert.equal(rolesConflict("The Indian navy", "Yemen's official news agency").conflict, false);
  assert.equal(rolesConflict("a spokesman for the US Security Council", "a spokesman for the Russian Security Council").conflict, true);
  assert.equal(rolesConflict("top adviser", "spokesman").conflict, false);
  // One person may hold two offices; a conflict must hold against each, and parts that are no office stay one.
  assert.equal(rolesConflict("its president and chief executive", "the mill's chief executive").conflict, false);
  assert.equal(rolesConflict("its president and chief executive", "prime minister").conflict, true);
  assert.equal(rolesConflict("a spokeswoman for the army and navy", "a navy spokesman").conflict, true);
});

test("rolesConflict: local posts one person holds at a time conflict with other offices, not with their own kinds", () => {
  assert.equal(rolesConflict("the harbour master", "the mayor").conflict, true);
  assert.equal(rolesConflict("the fire chief", "the police chief").conflict, true);
  assert.equal(rolesConflict("the chief fire officer", "the mayor").conflict, true);
  assert.equal(rolesConflict("the head coach", "the chief executive").conflict, true);
  assert.equal(rolesConflict("the coroner", "the sheriff").conflict, true);
  assert.equal(rolesConflict("the headteacher", "the city manager").conflict, true);
  // The same post under other names, or a rank or trade its holder also has.
  assert.equal(rolesConflict("the chief fire officer", "the fire chief").conflict, false);
  assert.equal(rolesConflict("the fire chief", "a firefighter").conflict, false);
  assert.equal(rolesConflict("Captain Ode, the harbour master", "the captain").conflict, false);
  assert.equal(rolesConflict("the chief constable", "the police chief").conflict, false);
  assert.equal(rolesConflict("the headmaster", "the head teacher").conflict, false);
  assert.equal(rolesConflict("the head coach", "the coach").conflict, false);
  // A council's chief executive is its manager.
  assert.equal(rolesConflict("the council chief executive", "the city manager").conflict, false);
});

test("rolesConflict: one office at two bodies is two people's; at one body described twice, or at a named body, it is not told apart", () => {
  assert.equal(rolesConflict("a police spokeswoman", "a fire service spokeswoman").conflict, true);
  assert.equal(rolesConflict("a spokesman for the army", "a navy spokesman").conflict, true);
  // An article is no start of the head: "an" does not begin "adviser", nor "a" "ambassador".
  assert.equal(rolesConflict("an army adviser", "a navy adviser").conflict, true);
  assert.equal(rolesConflict("a police ambassador", "a fire service ambassador").conflict, true);
  assert.equal(rolesConflict("a police spokeswoman", "a spokeswoman for the county police").conflict, false);
  assert.equal(rolesConflict("the ministry spokesman", "the government spokesman").conflict, false);
  assert.equal(rolesConflict("a Kremlin spokesman", "Putin's spokesman").conflict, false);
  // Names of bodies are spelt many ways.
  assert.equal(rolesConflict("LA Superior Court Judge", "L.A. Superior Court Judge").conflict, false);
});

test("rolesConflict: a deputy's office is not the office; a sheriff's deputy of a rank holds that rank", () => {
  assert.equal(rolesConflict("the deputy mayor", "the mayor").conflict, true);
  assert.equal(rolesConflict("Deputy PM", "the prime minister").conflict, true);
  assert.equal(rolesConflict("the vice chairman", "its chairman").conflict, true);
  assert.equal(rolesConflict("the deputy mayor", "a deputy mayor of Tarnby").conflict, false);
  assert.equal(rolesConflict("Deputy Sgt.", "Sgt.").conflict, false);
  // A former deputy may hold the office now.
  assert.equal(rolesConflict("the former deputy mayor", "the mayor").conflict, false);
});

test("rolesConflict: an office held in one report and left in the other conflicts; a left office excludes no other", () => {
  assert.equal(rolesConflict("Former transport minister", "Transport Minister").conflict, true);
  assert.equal(rolesConflict("the ex-mayor of Dunmore", "the mayor").conflict, true);
  assert.equal(rolesConflict("a one-time spokeswoman for the guild", "the guild's spokeswoman").conflict, true);
  assert.equal(rolesConflict("former mayor", "the former mayor of Dunmore").conflict, false);
  // Dated otherwise, or "former" inside the head's complement: no tenure to set against the other.
  assert.equal(rolesConflict("then-mayor", "former mayor").conflict, false);
  assert.equal(rolesConflict("the outgoing mayor", "mayor").conflict, false);
  assert.equal(rolesConflict("the president of the former republic", "president").conflict, false);
  // A former president may be prime minister now; two offices held now still exclude each other.
  assert.equal(rolesConflict("former president", "prime minister").conflict, false);
  assert.equal(rolesConflict("president", "prime minister").conflict, true);
  // Leaving all ministries rules out one now; leaving one ministry rules out no other.
  assert.equal(rolesConflict("former minister", "foreign minister").conflict, true);
  assert.equal(rolesConflict("former foreign minister", "minister").conflict, false);
  assert.equal(rolesConflict("minister", "former foreign minister").conflict, false);
  // Gender is no matter of tenure.
  assert.equal(rolesConflict("former spokeswoman", "spokesman").conflict, true);
});

test("rolesConflict: a minister of any department is an office no spokeswoman or president holds; its kinds stay compatible", () => {
  assert.equal(rolesConflict("a ministry spokeswoman", "Fisheries Minister").conflict, true);
  assert.equal(rolesConflict("the minister", "president").conflict, true);
  assert.equal(rolesConflict("Fisheries Minister", "the minister").conflict, false);
  assert.equal(rolesConflict("minister", "prime minister").conflict, false);
  assert.equal(rolesConflict("minister", "the foreign minister").conflict, false);
});

test("rolesConflict: a noun before 'queen' or 'girl' makes an epithet, not a throne or a child", () => {
  assert.equal(rolesConflict("actress", "the perennial party girl").conflict, false);
  assert.equal(rolesConflict("legendary pinup queen", "actress").conflict, false);
  assert.equal(rolesConflict("the little girl", "her mother").conflict, true);
  assert.equal(rolesConflict("the Queen", "prime minister").conflict, true);
});

test("a role word after a title word belongs to the title: 'General Manager Ann Ode'", () => {
  const doc = emptyDoc({ id: "t", text: "The club's President and General Manager Ann Ode announced the signing." });
  tokenStage.run(doc);
  entityStage.run(doc);
  const person = doc.entities.find((e) => e.type === "person");
  assert.deepEqual([person?.canonical, person?.role?.text], ["Ann Ode", "General Manager"]);
});

test("a month or weekday inside a person's name belongs to it: 'April Berg', 'Dr. March', 'Lena May'; 'Berg in May' is no name", () => {
  const entities = entitiesOf("April Berg, a welder, fixed the crane. Dr. March and Lena May inspected it. Berg in May painted the hull.");
  assert.equal(find(entities, "April Berg").type, "person");
  assert.equal(find(entities, "March").type, "person");
  assert.equal(find(entities, "Lena May").type, "person");
  assert.ok(!texts(entities).some((t) => t.includes("in May")));
  assert.equal(find(entitiesOf("“The tide is high,” said June Okafor."), "June Okafor").type, "person");
  assert.equal(find(entitiesOf("Captain Lena May opened the pier. May said the tide was high."), "May").canonical, "Lena May");
});

test("a given name that is also a modal opens a name before an inflected verb, not before a bare one", () => {
  assert.equal(find(entitiesOf("Will Ostby told the rowers the regatta was off."), "Will Ostby").type, "person");
  assert.deepEqual(texts(entitiesOf("Will Ostby row again?")).includes("Will Ostby"), false);
});

test("in a title-case headline a modal between a given name and a bare verb is the modal, not a surname", () => {
  const headline = (text: string) => texts(entitiesOf(text).filter((e) => e.sentence === 0));
  assert.deepEqual(headline("Greta May Sell Bakery In Tromso\nThe bakery has sold rye bread for years, its owner wrote."), []);
  assert.deepEqual(headline("Greta May Sells Bakery In Tromso\nThe bakery has sold rye bread for years, its owner wrote."), ["Greta May"]);
});

test("a headline ending on a given name and a modal-like surname keeps the name when the next line opens on a bare verb", () => {
  const headline = (text: string) => texts(entitiesOf(text).filter((e) => e.sentence === 0));
  assert.deepEqual(headline("Supper With Greta May\nBring a coat, the cook wrote, as the garden gets cold."), ["Greta May"]);
});

test("a name served by a role before a speech verb ('a spokeswoman for X said') is not thereby a person", () => {
  assert.notEqual(find(entitiesOf("A spokeswoman for Harlow Rail said the line would reopen."), "Harlow Rail").type, "person");
  assert.notEqual(find(entitiesOf("The director of Tarnby Water said supplies were safe."), "Tarnby Water").type, "person");
  // Without the role before it, the name is the one who speaks.
  assert.equal(find(entitiesOf("Harlow Rail said the line would reopen."), "Harlow Rail").type, "person");
});

test("a trade before a name, bare or set off by commas, is the person's role; the same word as a surname stays a name", () => {
  assert.equal(find(entitiesOf("The welder, Ekow Mensah, said the beam cracked."), "Ekow Mensah").role?.text, "The welder");
  assert.equal(find(entitiesOf("Plumber Ines Dahl fixed the main."), "Ines Dahl").role?.text, "Plumber");
  const baker = find(entitiesOf("Ekow Baker said the oven failed."), "Ekow Baker");
  assert.equal(baker.type, "person");
  assert.equal(baker.role, undefined);
});

test("a short capitalised preposition or determiner inside running text opens the name after it: 'said Per Moe', 'the pilot, Da Costa,'", () => {
  assert.equal(find(entitiesOf("The ramp is closed, said Per Moe, the ferry captain."), "Per Moe").canonical, "Per Moe");
  assert.ok(texts(entitiesOf("The ferry pilot, Da Costa, left early.")).includes("Da Costa"));
  // Before a known body the word keeps its sense, and so does a sentence's first word before a clause of its own.
  assert.ok(texts(entitiesOf("The deal, Per Reuters, is done.")).includes("Reuters"));
  assert.ok(!texts(entitiesOf("Per Reuters, the deal is done.")).includes("Per Reuters"));
});

test("opening a sentence, a short preposition before a name opens the name only when the name's verb follows, itself or past an appositive", () => {
  assert.ok(texts(entitiesOf("Per Moe said the ramp was closed.")).includes("Per Moe"));
  assert.ok(texts(entitiesOf("Per Moe, the ferry captain, said the ramp was closed.")).includes("Per Moe"));
  assert.ok(!texts(entitiesOf("Per Moe, the ramp was closed.")).includes("Per Moe"));
  // A subordinator opens a clause, and the name after it is that clause's subject.
  assert.ok(!texts(entitiesOf("As Moe spoke about the ramp, the tide rose.")).includes("As Moe"));
});

test("after a capitalised word that opens the sentence, a short preposition opens a name as it would opening the sentence", () => {
  assert.equal(find(entitiesOf("Yesterday Per Moe, the ferry captain, said the ramp was closed."), "Per Moe").type, "person");
  assert.ok(texts(entitiesOf("Meanwhile Per Moe said the ramp was closed.")).includes("Per Moe"));
  // A noun after the preposition, or a clause with its own subject, keeps the preposition's sense.
  assert.ok(!texts(entitiesOf("Tolls Per Day rose sharply.")).includes("Per Day"));
  assert.ok(!texts(entitiesOf("Yesterday Per Moe, the ramp was closed.")).includes("Per Moe"));
});

function typeOf(text: string, name: string, nth = 0): string {
  return find(entitiesOf(text), name, nth).type;
}

test("a full name with an unlisted given name is a person when it thinks, feels or disagrees; a body's name is not", () => {
  assert.equal(typeOf("Kari Holm disagreed.", "Kari Holm"), "person");
  assert.equal(typeOf("Ola Dahl criticised the plan.", "Ola Dahl"), "person");
  assert.notEqual(typeOf("Acme Shipping disagreed.", "Acme Shipping"), "person");
  assert.notEqual(typeOf("Nordic Ferries criticised the plan.", "Nordic Ferries"), "person");
  // A word the text also writes in lower case names no one.
  assert.notEqual(typeOf("Harbour Watch believes the harbour is safe.", "Harbour Watch"), "person");
});

test("a surname alone is a person once its full name is, whatever order they are typed in", () => {
  assert.equal(typeOf("Kari Holm disagreed. Holm criticised the report.", "Holm"), "person");
  assert.equal(typeOf("Holm criticised the report. Kari Holm disagreed.", "Holm"), "person");
  // A full name guessed only from its last word used alone says nothing new about that word.
  assert.notEqual(typeOf("Gorvex rose. Later Tarb Gorvex fell, and Gorvex dropped.", "Gorvex", 0), "person");
});

test("a full name is a person when the same word stands alone with a title or a verb of saying", () => {
  assert.equal(typeOf("Anneli Marie Okafor left early. Later, Ms Okafor spoke.", "Anneli Marie Okafor"), "person");
  assert.equal(typeOf("Anneli Marie Okafor left early. Okafor said it was late.", "Anneli Marie Okafor"), "person");
});

test("an age set off by commas after a name makes it a person", () => {
  assert.equal(typeOf("Kari Holm, 54, left the harbour.", "Kari Holm"), "person");
  assert.notEqual(typeOf("Holm Harbour, 2016, was busy.", "Holm Harbour"), "person");
});

test("initials before a name spelt as a name make a person: 'T.R. Holm', 'C. Lowell Holm'", () => {
  assert.equal(typeOf("The book by T.R. Holm sold well.", "T.R. Holm"), "person");
  assert.equal(typeOf("The book by C. Lowell Holm sold well.", "C. Lowell Holm"), "person");
  // A lone letter before one word may close a list; letters glued by "&" or "-" are a body's.
  assert.notEqual(typeOf("Letters A through I. Survey I was fine.", "I. Survey"), "person");
  assert.ok(!entitiesOf("The S.&P. index fell.").some((e) => e.type === "person"));
});

test("a sentence-opening time word or 'Former' before a name stays out of it; a titled 'Former President' keeps it in the role", () => {
  const tonight = entitiesOf(`"Tonight Dunmore chose hope," she said. Former Castleby coach Ivo Renn was sacked.`);
  assert.deepEqual(texts(tonight).filter((t) => /Dunmore|Castleby/.test(t)), ["Dunmore", "Castleby"]);
  const titled = entitiesOf("Former President Ada Morrow spoke on Monday.");
  assert.equal(find(titled, "Ada Morrow").role?.text, "Former President");
});

test("a title written with 'ex-' before a name is peeled off as the role", () => {
  const entities = entitiesOf("Ex-mayor Brannock was jailed on Friday. Ex-President Ada Morrow spoke.");
  assert.equal(find(entities, "Brannock").type, "person");
  assert.equal(find(entities, "Ada Morrow").role?.text, "Ex-President");
});

test("a body named for its members in the plural possessive is one name: 'the Dockworkers' Union'", () => {
  const entities = entitiesOf("The Dockworkers' Union said it would strike. The Growers’ Association agreed. Voters' views on Union Street differ.");
  assert.equal(find(entities, "Dockworkers' Union").type, "organization");
  assert.ok(texts(entities).includes("Growers’ Association"), JSON.stringify(texts(entities)));
  assert.ok(texts(entities).includes("Union Street"), JSON.stringify(texts(entities)));
});
