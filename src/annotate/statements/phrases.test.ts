import { test } from "node:test";
import assert from "node:assert/strict";
import { speakerOf, statementOf, statementsIn } from "./testing.js";

test("a degree word tagged as an adverb stays in the subject: 'the most recent survey', 'more senior pilots'", () => {
  assert.equal(speakerOf("The most recent survey shows the ferry is late.", "shows"), "The most recent survey");
  assert.equal(speakerOf("Even so, more senior pilots say the runway is too short.", "say"), "more senior pilots");
  // An adverb before the cue stays out of the subject.
  assert.equal(speakerOf("Lund most recently said the ferry is late.", "most recently said"), "Lund");
});

test("a participle before a noun modifies it after an owner or at a clause start: 'the town's leading critic', 'Rising rates'", () => {
  assert.equal(speakerOf("The town's leading critic said the ferry would sail.", "said"), "The town's leading critic");
  assert.equal(speakerOf("Rising rates show the ferry is late.", "show"), "Rising rates");
  assert.equal(speakerOf("Retired pilots say the runway is too short.", "say"), "Retired pilots");
});

test("a participle between an article and a name grades the name after an inverted cue: 'said a registered Republican'", () => {
  assert.equal(speakerOf("“The count was fair,” said a registered Republican.", "said"), "a registered Republican");
  assert.equal(speakerOf("“Vote for the slate,” said the printed Lund campaign card.", "said"), "the printed Lund campaign card");
});

test("a subject reaching over a preposition may open after a sentence adverb: 'Yet many pilots at the base say'", () => {
  assert.equal(speakerOf("Yet many pilots at the base say the runway is too short.", "say"), "many pilots at the base");
});

test("a focus word or 'about' opens the subject before a quantity: 'Only about half of the pilots'", () => {
  assert.equal(speakerOf("Only about half of the pilots say the runway is too short.", "say"), "Only about half of the pilots");
});

test("a subject reaching over a preposition may open after a subordinator wink tags as a preposition: 'after a pilot at the base said'", () => {
  assert.equal(speakerOf("The port closed after a pilot at the base said the runway was too short.", "said"), "a pilot at the base");
});

test("two adjectives joined by 'and' share the subject's noun: 'small and remote harbours'", () => {
  assert.equal(speakerOf("Several small and remote harbour councils warn the quota will ruin them.", "warn"), "Several small and remote harbour councils");
  assert.equal(speakerOf("The race is tight and undecided voters say the quota matters most.", "say"), "undecided voters");
});

test("a phrase read rightwards takes a second member after 'and' and a quantifier's 'of': 'by Lund and some harbour workers'", () => {
  assert.equal(speakerOf("The plan was criticized by Lund and some harbour workers.", "was criticized"), "Lund and some harbour workers");
  assert.equal(speakerOf("The plan was criticized by some of the pilots.", "was criticized"), "some of the pilots");
  // A member with a verb of its own opens a new clause.
  assert.equal(speakerOf("The plan was criticized by Lund and the board voted it down.", "was criticized"), "Lund");
});

test("a negated quantifier opening the clause stays in the subject: 'Not everyone agrees'", () => {
  assert.equal(speakerOf("Not everyone agrees that the ferry is late.", "agrees"), "Not everyone");
  assert.equal(speakerOf("Not all pilots say the runway is too short.", "say"), "Not all pilots");
});

test("a lower-case particle is part of the name after it: 'said de Vries', 'Later, de Vries said'", () => {
  assert.equal(speakerOf("“The ferry is late,” said de Vries.", "said"), "de Vries");
  assert.equal(speakerOf("Later, de Vries said the ferry was late.", "said"), "de Vries");
});

test("'even' inside a coordinated subject stays with its member: 'Politicians and even some pilots say'", () => {
  assert.equal(speakerOf("Politicians and even some pilots say the runway is too short.", "say"), "Politicians and even some pilots");
});

test("a phrase that names its speakers through a relation ends on the person's pronoun: 'a source close to him said'", () => {
  assert.equal(speakerOf("The quay will close, a source close to him said.", "said"), "a source close to him");
  assert.equal(speakerOf("The mayor gave the keys to him, she said.", "said"), "she");
});

test("a pronoun counted after 'of' keeps its quantity in the subject: 'many of you', 'two-thirds of them'", () => {
  assert.equal(speakerOf("Many of you have asked about the ferry timetable.", "have asked about"), "Many of you");
  assert.equal(speakerOf("The anglers were polled, and nearly two-thirds of them say the weir should go.", "say"), "nearly two-thirds of them");
  assert.equal(speakerOf("She says the weir should go.", "says"), "She");
});

test("a head noun wink tags as an adjective or a verb keeps its 'of' phrase: 'an average of surveys', 'a slew of bakers'", () => {
  assert.equal(speakerOf("An average of the harbour surveys shows the quay is busier.", "shows"), "An average of the harbour surveys");
  assert.equal(speakerOf("The attorney general of the province says the levy is unlawful.", "says"), "The attorney general of the province");
  assert.equal(speakerOf("Meanwhile a slew of bakers agree with the new oven rules.", "agree with"), "a slew of bakers");
});

test("a head wink tags as a verb after a determiner or owner keeps its prepositional phrase: 'An earlier report in the gazette'", () => {
  assert.equal(speakerOf("It is over. An earlier report in the harbour gazette said that the quay would shut.", "said"), "An earlier report in the harbour gazette");
  assert.equal(speakerOf("It is over. More than half of the mayor’s address in the town hall was devoted to criticizing the pilots.", "was devoted to criticizing"), "More than half of the mayor’s address in the town hall");
  // A finite verb after an adjective is the clause's own: "The routine begins with Lund commenting".
  assert.equal(speakerOf("It is over. The routine begins with Lund commenting on the tides.", "commenting on"), "Lund");
});

test("a determined plural noun before a name is the object of a relative clause without 'that': 'the ferries Lund says are safe'", () => {
  assert.equal(speakerOf("These are the ferries Lund says are safe.", "says"), "Lund");
  assert.equal(speakerOf("Fellow pilots Ann Berg and Ole Lund say the channel is shallow.", "say"), "Fellow pilots Ann Berg and Ole Lund");
  assert.equal(speakerOf("The two beekeepers Ivo Marsh and Tove Read say the hives are empty.", "say"), "The two beekeepers Ivo Marsh and Tove Read");
});

test("an adverb after a determiner grades the word after it inside the subject: 'a newly released memo', 'A new national poll'", () => {
  assert.equal(speakerOf("A newly released memo shows that the pier closed.", "shows"), "A newly released memo");
  // wink may tag an adjective there as an adverb.
  assert.equal(speakerOf("A new regional survey suggests that the ferry is late.", "suggests"), "A new regional survey");
  assert.equal(speakerOf("The publicly available records indicate that the pier closed.", "indicate"), "The publicly available records");
});

test("a coordination inside the subject keeps a member wink mis-tags: 'and more senior pilots', 'progressive and Lutheran groups'", () => {
  assert.equal(speakerOf("Some of the mayor's donors and more senior pilots say the delay is costly.", "say"), "Some of the mayor's donors and more senior pilots");
  // wink tags an adjective of nationality or faith as a proper noun.
  assert.equal(speakerOf("Eleven progressive and Lutheran groups are asking the mayor to resign.", "are asking"), "Eleven progressive and Lutheran groups");
});

test("'at least' opens the subject before an indefinite quantity as before a number: 'at least a dozen pilots'", () => {
  assert.equal(speakerOf("But at least a dozen pilots told the board that the dock leaked.", "told"), "at least a dozen pilots");
});

test("an owner's title with 'of' wink tags as an adjective keeps its 'of' phrase: 'The port's chief of staff, Ann Lo,'", () => {
  assert.equal(speakerOf("The port's chief of staff, Ann Lo, said the dock leaked.", "said"), "The port's chief of staff, Ann Lo,");
});

test("a person's title stays before a name that carries its own 'the': 'Guild spokeswoman the Rev. Ann Lo'", () => {
  assert.equal(speakerOf("Guild spokeswoman the Rev. Ann Lo told reporters that the dock leaked.", "told"), "Guild spokeswoman the Rev. Ann Lo");
});

test("'walk back' with its particle takes back what was said: 'later walked back her remarks'", () => {
  const s = statementOf("The harbour master later walked back her remarks about the ferry fares.", "later walked back");
  assert.equal(s.speaker?.mention?.text, "The harbour master");
  assert.equal(s.content.text, "her remarks about the ferry fares");
});

test("'come out' takes a side only before 'against': 'came out against the toll', not 'came out for a picnic'", () => {
  const s = statementOf("The ferry union came out against the new toll.", "came out against");
  assert.equal(s.speaker?.mention?.text, "The ferry union");
  assert.equal(s.content.text, "the new toll");
  assert.deepEqual(statementsIn("The neighbours came out for a picnic by the canal.").map((x) => x.cue.text), []);
});

test("'line up behind' backs someone, with 'behind' in the cue; a queue that 'lined up' backs nobody", () => {
  const s = statementOf("Most dock workers lined up behind the new harbour master.", "lined up behind");
  assert.equal(s.speaker?.mention?.text, "Most dock workers");
  assert.equal(s.content.text, "the new harbour master");
  assert.deepEqual(statementsIn("The children lined up outside the museum.").map((x) => x.cue.text), []);
});

test("'hold forth' with its particle and a preposition: 'held forth on the price of flour'", () => {
  const s = statementOf("The old baker held forth on the price of flour.", "held forth on");
  assert.equal(s.speaker?.mention?.text, "The old baker");
  assert.equal(s.content.text, "the price of flour");
});

test("'paint' reports a portrayal only with 'as' after its object: 'painted her rival as a spendthrift', not 'painted the fence'", () => {
  const s = statementOf("The skipper painted her rival as a spendthrift.", "painted");
  assert.equal(s.speaker?.mention?.text, "The skipper");
  assert.equal(s.content.text, "her rival as a spendthrift");
  assert.deepEqual(statementsIn("Lund painted the fence on Sunday.").map((x) => x.cue.text), []);
});

test("'poke fun at' mocks, all three words in the cue; 'poked' alone reports nothing", () => {
  const s = statementOf("The comedian poked fun at the harbour council.", "poked fun at");
  assert.equal(s.speaker?.mention?.text, "The comedian");
  assert.equal(s.content.text, "the harbour council");
  assert.deepEqual(statementsIn("The boy poked the embers with a stick.").map((x) => x.cue.text), []);
});

test("'strike down' with its particle rejects: 'the tribunal struck down the fishing ban'", () => {
  const s = statementOf("The tribunal struck down the fishing ban.", "struck down");
  assert.equal(s.speaker?.mention?.text, "The tribunal");
  assert.equal(s.content.text, "the fishing ban");
});

test("a participle after 'those' modifies it, whatever comes between it and the cue: 'those polled had said'", () => {
  assert.equal(speakerOf("Those quizzed at the kiln fair had said the glaze was too thin.", "had said"), "Those quizzed at the kiln fair");
  assert.equal(speakerOf("Half of those asked also said the glaze was too thin.", "also said"), "Half of those asked");
  assert.equal(speakerOf("Some of those surveyed shared their worries about the glaze.", "shared their worries about"), "Some of those surveyed");
});

test("a quantifier before 'of' opens an inverted speaker, whatever wink tags it: '..., said half of the weavers.'", () => {
  assert.equal(speakerOf("The loom shed is too cold, said half of the weavers.", "said"), "half of the weavers");
  assert.equal(speakerOf("“The loom shed is too cold,” said none of the weavers.", "said"), "none of the weavers");
  // Before a clause of its own the quantifier is the content's subject.
  assert.equal(speakerOf("Lund said none of the weavers would stay.", "said"), "Lund");
});

test("a given name that is also a modal or a verb opens the speaker's name before an inflected verb: 'Will Ostby told'", () => {
  assert.equal(speakerOf("Will Ostby told the rowers the regatta was off.", "told"), "Will Ostby");
  assert.equal(speakerOf("Hope Varga says the orchard flooded.", "says"), "Hope Varga");
});

test("a fraction after an article heads the speaker though wink reads 'third' as an adverb: 'Nearly a third said'", () => {
  assert.equal(speakerOf("Nearly a third said they would row to the island.", "said"), "Nearly a third");
  assert.equal(speakerOf("Less than a fifth agreed with the ferry schedule.", "agreed with"), "Less than a fifth");
});

test("'just over' and 'just under' bound a count as 'more than' does: 'Just under 40 percent say'", () => {
  assert.equal(speakerOf("Just under 40 percent say the bridge tolls are fair.", "say"), "Just under 40 percent");
  assert.equal(speakerOf("Just over half said the bridge tolls were fair.", "said"), "Just over half");
});

test("a quoted title inside the speaker is one word of it, whatever its own words are tagged: 'the “Salt or Sink” regatta'", () => {
  assert.equal(speakerOf("Rowers at the “Salt or Sink” regatta argue that the pier is unsafe.", "argue"), "Rowers at the “Salt or Sink” regatta");
  assert.equal(speakerOf("“Why Boats Sink” narrator Ann Berg told viewers the hull was weak.", "told"), "“Why Boats Sink” narrator Ann Berg");
});

test("a pronoun head keeps the place or company after it, as 'many in the crowd' does: 'someone at the gate shouted'", () => {
  assert.equal(speakerOf("Someone at the gate shouted that the lamps were out.", "shouted"), "Someone at the gate");
  assert.equal(speakerOf("But not everyone on the ferry thought the crossing was calm.", "thought"), "not everyone on the ferry");
  assert.equal(speakerOf("Those around the baker admit the oven is cracked.", "admit"), "Those around the baker");
  // Not where the phrase cannot open its clause: an object before the place stays out.
  assert.equal(speakerOf("She told them at the dock that the ferry was late.", "told"), "She");
});

test("an addressee keeps the company after its pronoun head: 'told those around her that ...'", () => {
  assert.equal(statementOf("The ranger told those around her that the trail was icy.", "told").content.text, "that the trail was icy");
  // An owner's pronoun before a noun opens another phrase.
  assert.equal(statementOf("The ranger told those with her dogs that the trail was icy.", "told").content.text, "that the trail was icy");
});

test("an -ing form after its owner ends a subject as a noun: 'our almanac's reckoning suggests'", () => {
  assert.equal(speakerOf("Our almanac's reckoning suggests the frost will come early.", "suggests"), "Our almanac's reckoning");
  assert.equal(speakerOf("A clerk familiar with the warden's thinking said the gate will stay shut.", "said"), "A clerk familiar with the warden's thinking");
});

test("a demonstrative opening the sentence before a person noun is its determiner: 'That official said'", () => {
  const s = statementOf("That official said the ferry was late.", "said");
  assert.equal(s.speaker?.mention?.text, "That official");
  assert.equal(s.content.text, "the ferry was late");
  // Inside a sentence "that" before a noun opens a relative clause.
  assert.equal(speakerOf("The fee that pilots said was too high went up.", "said"), "pilots");
});

test("a time after a determiner modifies the noun after it: 'reads a Friday column'", () => {
  assert.equal(speakerOf("“The orchard needs rain,” reads a Friday column.", "reads"), "a Friday column");
  // After the noun it is when the words were said.
  assert.equal(speakerOf("“The orchard needs rain,” said the grower Friday.", "said"), "the grower");
});

test("an object pronoun after a pronoun head's preposition ends its phrase: 'those around her concede'", () => {
  assert.equal(speakerOf("Those around her concede that the harvest was thin.", "concede"), "Those around her");
  assert.equal(speakerOf("Someone with us admits that the harvest was thin.", "admits"), "Someone with us");
});

test("'either' before a noun after a preposition or opening the sentence is a determiner: 'Few on either bank'", () => {
  assert.equal(speakerOf("Few on either bank of the canal expect the lock to open.", "expect"), "Few on either bank of the canal");
  assert.equal(speakerOf("Either camp says the lock is stuck.", "says"), "Either camp");
});

test("an object pronoun before 'and' ends the previous clause, not a coordinated subject: 'Lund praised it and Berg said'", () => {
  assert.equal(speakerOf("Lund praised it and Berg said the pier was unsafe.", "said"), "Berg");
  assert.equal(speakerOf("Moe waved at them and Berg said the pier was unsafe.", "said"), "Berg");
  // A subject pronoun coordinates: "he and Berg".
  assert.equal(speakerOf("He and Berg said the pier was unsafe.", "said"), "He and Berg");
});

test("a determined noun of something written or said before a name is the gap of a relative clause: 'The memo Berg wrote'", () => {
  assert.equal(speakerOf("The memo Berg wrote was pinned to the door.", "wrote"), "Berg");
  assert.equal(speakerOf("The letter Lund wrote was long.", "wrote"), "Lund");
});

test("a coordinated subject of a relative clause without 'that' is whole: 'One reason Lund and the pilots give'", () => {
  assert.equal(speakerOf("One reason Lund and the ferry pilots say the pier failed is rust.", "say"), "Lund and the ferry pilots");
});
