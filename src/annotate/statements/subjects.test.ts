import { test } from "node:test";
import assert from "node:assert/strict";
import type { Token } from "../../model/types.js";
import type { AttributionContext } from "./context.js";
import { isTimeSpeaker } from "./subjects.js";
import { speakerOf, statementOf, statementsIn } from "./testing.js";
import { annotateEach } from "../pipeline.js";

test("a quoted phrase inside an aside before the verb does not cut the subject off: 'Lund, citing “the quiet charm ...,” said'", () => {
  assert.equal(speakerOf("Mr. Lund, citing “the quiet charm of the old harbour,” said the ferry would sail.", "said"), "Mr. Lund");
  assert.equal(speakerOf("Ms. Berg, who calls the plan “a costly way to close the port,” said the vote was close.", "said"), "Ms. Berg");
});

test("a participle after a clause whose verb is 'be' before a preposition or 'do' before its object shares that clause's subject: 'but Lund was in Dover, praising ...'", () => {
  assert.equal(speakerOf("It was a long day, but Lund was in Dover on Tuesday, praising the crews.", "praising"), "Lund");
  // "be" before a participle is an auxiliary; the subject is still the clause's.
  assert.equal(speakerOf("The ferry was late, but Lund was waiting at the pier, praising the crews.", "praising"), "Lund");
  // So is "do" before its object, not a subject inside the clause that opens the sentence.
  assert.equal(speakerOf("When Ms. Berg took the guild on, she did it calmly, admitting that the fees were high.", "admitting"), "she");
});

test("a participle after 'while' shares the main clause's subject past several opening phrases: 'On Sunday, on Harbour Radio, while praising ...'", () => {
  assert.equal(speakerOf("On Sunday, on Harbour Radio, while praising the crews, Ann Lund said the ferry would sail.", "praising"), "Ann Lund");
  // A participle inside an opening phrase describes that phrase's noun, which speaks through it.
  assert.equal(speakerOf("On Sunday, in the report praising the crews, Lund said the ferry would sail.", "praising"), "the report");
});

test("a subject that names no one keeps its appositive description: 'Two surveys, a decade apart, suggest'", () => {
  assert.equal(speakerOf("Two past surveys, a decade apart, suggest the ferry is late.", "suggest"), "Two past surveys, a decade apart,");
});

test("a capitalised name word wink tags as a verb stays in an inverted speaker: 'said Ann Hale, the mayor of Port Pierce'", () => {
  assert.equal(speakerOf("“The quay is shut,” said Ann Hale, the harbour master of Port Pierce.", "said"), "Ann Hale, the harbour master of Port Pierce");
  assert.equal(speakerOf("“The ferry is late,” said Will Berg.", "said"), "Will Berg");
});

test("a name word wink tags as a verb stays in a subject on the left: 'Harbour Watch Director Ann Berg said'", () => {
  assert.equal(speakerOf("Harbour Watch Director Ann Berg said the quay was shut.", "said"), "Harbour Watch Director Ann Berg");
});

test("the time a poll was taken stays in its speaker; the time a person spoke does not", () => {
  assert.equal(speakerOf("A harbour survey this month found most boats idle.", "found"), "A harbour survey this month");
  assert.equal(speakerOf("Lund on Tuesday said the ferry was late.", "said"), "Lund");
});

test("a 'which' clause reporting a speech act of its own stays out of the speaker: 'The Herald, which had announced ..., said'", () => {
  assert.equal(speakerOf("The Gull Gazette, which had announced a boycott of the regatta, said its reporters would attend.", "said"), "The Gull Gazette");
});

test("after an inverted cue a 'who' clause that says something of its own stays out of the speaker; other descriptions stay in", () => {
  assert.equal(speakerOf("“The dam will hold,” said Ann Berg, who said the gates were shut.", "said"), "Ann Berg");
  assert.equal(speakerOf("“The dam will hold,” said Ann Berg, who runs the harbour.", "said"), "Ann Berg, who runs the harbour");
});

test("a time after a verb of saying is when it was said, never an inverted speaker: '..., said Thursday that ...'", () => {
  const text = "The ferry will run all winter, even the mayor, who has long opposed the plan, said Thursday that the service would stay.";
  assert.equal(speakerOf(text, "said"), "the mayor");
  // With no subject on the left the guard alone keeps the time out of the speaker.
  assert.equal(speakerOf("The tolls will rise, it seems, said Thursday that the ferry would stay.", "said"), null);
});

test("a subject with an appositive may follow a sentence adverb or a subordinator: 'Even Lund, a pilot, says'", () => {
  assert.equal(speakerOf("Even Lund, a harbour pilot, says the channel is silting up.", "says"), "Lund, a harbour pilot,");
  assert.equal(speakerOf("The crowd cheered after a fisherman from Whitby, Yorkshire, told the minister that quotas were unfair.", "told"), "a fisherman from Whitby, Yorkshire,");
  // Further left, an opening phrase is no subject.
  assert.equal(speakerOf("After the regatta, the harbour master, Ann Berg, said the quay would reopen.", "said"), "the harbour master, Ann Berg,");
});

test("coordinated subjects: names with bracketed parties, a name tagged as a verb, a serial-comma list after 'But'", () => {
  assert.equal(speakerOf("Sen. Ann Berg (R-Ohio) and Rep. Ole Lund (D-Iowa) announced they would block the levy.", "announced"), "Sen. Ann Berg (R-Ohio) and Rep. Ole Lund (D-Iowa)");
  assert.equal(speakerOf("But Ward and other harbour engineers acknowledge that the dyke is weak.", "acknowledge"), "Ward and other harbour engineers");
  assert.equal(speakerOf("But ferry crews, dock workers, and many harbour pilots claim the fees are unfair.", "claim"), "ferry crews, dock workers, and many harbour pilots");
});

test("after an inverted cue 'one of ...' describes the speaker: 'said Ann Berg, one of the pilots'", () => {
  assert.equal(speakerOf("“The tide turned early,” said Ann Berg, one of the ferry pilots.", "said"), "Ann Berg, one of the ferry pilots");
});

test("a participle after the main clause goes on with its subject, not with the 'who' of a relative clause's cue", () => {
  assert.equal(speakerOf("Ann Berg, who announced her retirement last week, will step down in May, saying the job is done.", "saying"), "Ann Berg");
});

test("a subject modified by a participle phrase keeps it: 'Skippers hoping to win back the cup say'", () => {
  assert.equal(speakerOf("Opponents of letting jet skis into the harbour cite the noise.", "cite"), "Opponents of letting jet skis into the harbour");
  assert.equal(speakerOf("Skippers hoping to win back the cup say the wind favours them.", "say"), "Skippers hoping to win back the cup");
  assert.equal(speakerOf("A survey released Monday by the harbour board shows fewer ferries.", "shows"), "A survey released Monday by the harbour board");
  // A finite verb or a subordinator ends the reach: the row flared, then Lund called.
  assert.equal(speakerOf("The row flared up after Lund called for a ban on jet skis.", "called for"), "Lund");
});

test("a discourse adverbial set off by commas stays out of the subject: 'The board, for one, says', 'Lund, it turned out, knew'", () => {
  assert.equal(speakerOf("The harbour board, for one, says the ferry is late.", "says"), "The harbour board");
  assert.equal(speakerOf("The pilots, at the same time, warned that the channel was silting up.", "warned"), "The pilots");
});

test("a list subject after an opening phrase runs back to its comma: 'In the talks, Lind, Berg and Moe said'", () => {
  assert.equal(speakerOf("In the talks, Lind, Berg and Moe said the ferry was late.", "said"), "Lind, Berg and Moe");
  assert.equal(speakerOf("On Monday, Lind and Berg said the ferry was late.", "said"), "Lind and Berg");
});

test("after a quotation an inverted speaker's description keeps a verb after 'to' or before a noun", () => {
  assert.equal(speakerOf("“We should drop the levy,” said Sen. Ann Berg of Dover, the only senator to oppose the bill.", "said"), "Sen. Ann Berg of Dover, the only senator to oppose the bill");
  assert.equal(speakerOf("“Patience wins races,” said Ole Lund, an adviser for hedge funds in Oslo.", "said"), "Ole Lund, an adviser for hedge funds in Oslo");
});

test("a noun after 'like', 'among' or 'of' speaks through the participle that modifies it: 'skippers like Lund saying'", () => {
  assert.equal(speakerOf("The board heard from skippers like Lund saying the levy was unfair.", "saying"), "Lund");
});

test("a time after its preposition is no speaker: 'but on Tuesday wrote', 'a poll out Monday showed'", () => {
  assert.equal(speakerOf("The harbour columnist Ann Berg has been critical of the mayor but on Tuesday wrote that the ferry was late.", "wrote"), "The harbour columnist Ann Berg");
  assert.equal(speakerOf("A harbour poll out Monday showed most skippers are unhappy.", "showed"), "A harbour poll out Monday");
});

test("an age before 'one of ...' after an inverted speaker is no description of its own: 'said Karl Winther, 61, one of the glassmakers'", () => {
  assert.equal(speakerOf("The kiln cracked overnight, said Karl Winther, 61, one of the glassmakers.", "said"), "Karl Winther, 61, one of the glassmakers");
});

test("a list of speakers runs back to whatever opens the sentence before its first comma: 'Weary and wet, Aho, Sund and Rask said'", () => {
  assert.equal(speakerOf("Weary and wet, Aho, Sund and Rask said the trail was washed out.", "said"), "Aho, Sund and Rask");
  assert.equal(speakerOf("On Sunday, Aho, Sund and Rask say the trail is washed out.", "say"), "Aho, Sund and Rask");
});

test("a participle opening the sentence speaks for the subject after its clause: 'Citing the fog, the ferry line cancelled ...'", () => {
  const s = statementOf("The boats stayed at the quay. Citing the thick fog, the ferry line cancelled every crossing.", "Citing");
  assert.equal(s.speaker?.mention?.text, "the ferry line");
  assert.equal(s.content?.text, "the thick fog");
});

test("a time inside the verb group is skipped to the subject before the auxiliary: 'The pilots had last month asked'", () => {
  assert.equal(speakerOf("The pilots had last month asked the board for a raise.", "asked"), "The pilots");
  assert.equal(speakerOf("Lund has this week argued that the dyke is weak.", "argued"), "Lund");
});

test("a measure of time before an opening 'after' is no speaker: 'Two years after backing Lund, the pilot ...'", () => {
  assert.equal(speakerOf("Two years after backing Lund, the pilot is weighing the race again.", "backing"), "the pilot");
});

test("the title of a work after 'author of' stays in an inverted speaker: 'said Ida Voss, the author of “Clay and Fire,”'", () => {
  assert.equal(speakerOf("“The kiln is cold,” said Ida Voss, the author of “Clay and Fire,” a history of pottery.", "said"), "Ida Voss, the author of “Clay and Fire,” a history of pottery");
  const s = statementOf("“The kiln is cold,” said Ida Voss, the author of “Clay and Fire.” “It cracks,” Lund said.", "said");
  assert.equal(s.speaker?.mention?.text, "Ida Voss, the author of “Clay and Fire.”");
  assert.equal(s.content?.text, "“The kiln is cold,”");
});

test("a preposition inside a counted or described subject stays in it: 'Those over 60', 'Everyone but Lund', 'an inside source'", () => {
  assert.equal(speakerOf("Those over 60 say the ferry is late.", "say"), "Those over 60");
  assert.equal(speakerOf("Everyone but Lund said the quay was shut.", "said"), "Everyone but Lund");
  assert.equal(speakerOf("Some outside analysts foresee a slump in the herring catch.", "foresee"), "Some outside analysts");
  assert.equal(speakerOf("Pilots outside the harbour know the channel well.", "know"), "Pilots outside the harbour");
});

test("a singular head of a relative clause without 'that' is not the speaker: 'the photo Lund posted', 'the kind Berg wants'", () => {
  assert.equal(speakerOf("The photo Lund posted shows the flooded quay.", "posted"), "Lund");
  assert.equal(speakerOf("A fast ferry is the kind Berg wants.", "wants"), "Berg");
  // A word or term is what the name coined; a gap noun's "of" phrase heads the clause as well.
  assert.equal(speakerOf("A term Tomas Brede coined last spring spread fast.", "coined"), "Tomas Brede");
  assert.equal(speakerOf("The kind of garden Marisol wanted never grew.", "wanted"), "Marisol");
});

test("an inverted speaker leaves out a 'who' clause saying why it goes unnamed; other 'who' clauses stay", () => {
  assert.equal(speakerOf("“The dam is weak,” said one harbour official, who requested anonymity to speak freely.", "said"), "one harbour official");
  assert.equal(speakerOf("“The dam is weak,” said one harbour official who was not authorized to discuss the survey.", "said"), "one harbour official");
  assert.equal(speakerOf("“The dam is weak,” said Ann Berg, who runs the harbour.", "said"), "Ann Berg, who runs the harbour");
  // Naming words speak of anonymity only when negated, wherever the negation stands.
  assert.equal(speakerOf("“The pier will hold,” said one engineer, who declined to be named.", "said"), "one engineer");
  assert.equal(speakerOf("“The pier will hold,” said one engineer, who asked that his name not be used.", "said"), "one engineer");
  assert.equal(speakerOf("“The pier will hold,” said Ann Berg, who was named director of the survey last year.", "said"), "Ann Berg, who was named director of the survey last year");
});

test("an inverted speaker after a reported clause leaves out its anonymity clause as one after a quotation does", () => {
  assert.equal(speakerOf("The dam is weak, said one harbour official who was not authorized to discuss the survey.", "said"), "one harbour official");
  assert.equal(speakerOf("The dam, said one engineer who declined to be named, will hold.", "said"), "one engineer");
  assert.equal(speakerOf("The dam is weak, said Ann Berg, who runs the harbour.", "said"), "Ann Berg, who runs the harbour");
});

test("after a bare name an inverted speaker stops at where the words appeared: 'wrote Ole Lund in The Harbour Times'", () => {
  assert.equal(speakerOf("“The dam is weak,” wrote Ole Lund in The Harbour Times.", "wrote"), "Ole Lund");
  assert.equal(speakerOf("“The dam is weak,” said Ann Berg, a pilot in the harbour.", "said"), "Ann Berg, a pilot in the harbour");
});

test("a noun before a participle speaks after 'despite' or a verb of perception or leaving: 'left many pilots wondering'", () => {
  assert.equal(speakerOf("Despite surveys showing a slump, the harbour board kept the tolls.", "showing"), "surveys");
  assert.equal(speakerOf("The storm left many pilots wondering whether the quay would hold.", "wondering"), "many pilots");
});

test("a preposition's object between a relative pronoun and its verb is no subject: 'Lund, who through her office declined'", () => {
  assert.equal(speakerOf("Lund, who through her office declined to comment, was born in Dover.", "declined"), "who");
  assert.equal(speakerOf("And that, as Berg points out, is a lot of ferries.", "points out"), "Berg");
});

test("after an inverted speaker ', but' opens a clause of the writer's, not more of the speaker: 'said Ida Voss, but she ...'", () => {
  assert.equal(speakerOf("“The kiln is cold,” said Ida Voss, but she has fired it twice since.", "said"), "Ida Voss");
});

test("in an inverted speaker's description a noun wink tags as a verb stays in it: 'said Ida Voss, one of the potters.'", () => {
  assert.equal(speakerOf("“The glaze cracked,” said Ida Voss, one of the potters.", "said"), "Ida Voss, one of the potters");
  assert.equal(speakerOf("The glaze cracked in the night, said Ida Voss, one of the potters.", "said"), "Ida Voss, one of the potters");
});

test("after an inverted speaker's description ', about ...' is the topic, not more of the speaker; 'about' before a figure is an age", () => {
  assert.equal(speakerOf("“It will crack,” said Ida Voss, a glazier at the Hollin pottery, about the new kiln.", "said"), "Ida Voss, a glazier at the Hollin pottery,");
  assert.equal(speakerOf("“It will crack,” said Ida Voss, about 40, a glazier.", "said"), "Ida Voss, about 40, a glazier");
});

test("a pronoun and its verb after a verb of saying are a clause, never an inverted speaker: '“...,” says she warned ...'", () => {
  assert.equal(speakerOf("“Beware the frost,” says she warned about the orchards.", "says"), null);
});

test("after an inverted speaker ', with ...' tells how they spoke: 'said Ida Voss, 52, with her apron on'", () => {
  assert.equal(speakerOf("“The kiln is ready,” said Ida Voss, 52, with her apron still on.", "said"), "Ida Voss, 52,");
});

test("a title after 'of the' belongs to an inverted speaker, and its closing comma before a verb ends it: 'wrote the authors of the “...,” adding'", () => {
  assert.equal(speakerOf("“Glaze it twice,” wrote the authors of the “Kiln Keepers Almanac,” adding a note on clay.", "wrote"), "the authors of the “Kiln Keepers Almanac,”");
  assert.equal(speakerOf("“Glaze it twice,” said Ida Voss, the author of “Slow Fire,” a guide to pottery.", "said"), "Ida Voss, the author of “Slow Fire,” a guide to pottery");
});

test("a quantifier opening its clause is the speaker, whatever wink tags it: 'Both doubt ...', '; most agreed ...'", () => {
  assert.equal(speakerOf("Both doubt the bridge will open in spring.", "doubt"), "Both");
  assert.equal(speakerOf("The orchard is small; most agreed it would last.", "agreed"), "most");
  assert.equal(speakerOf("The pilots met at noon, and all agreed the ferry would sail.", "agreed"), "all");
  assert.ok(!statementsIn("All told, the guild said the toll had doubled.").some((x) => x.cue.text === "told"));
  // Floated after a subject set off by dashes, it is not the subject.
  assert.equal(speakerOf("The pilots — worn out after the storm — both praised the crew.", "praised"), "The pilots — worn out after the storm —");
});

test("a cue verb in a comma list of one speaker's acts shares the speaker: 'Okafor thanked A, scolded B and welcomed C'", () => {
  const text = "Okafor thanked the beekeepers, scolded the orchard board and welcomed the new growers.";
  assert.equal(speakerOf(text, "scolded"), "Okafor");
  assert.equal(statementOf(text, "scolded").content.text, "the orchard board");
  // A relative clause closing on a comma is no list: the verb after it has the main subject.
  assert.equal(speakerOf("Mireille Okafor, who praised the growers, thanked the board and left early.", "thanked"), "Mireille Okafor");
});

test("a participle phrase before the subject's last noun reaches over a list the agent names: 'a survey commissioned by the Guild of Netmakers, Riggers and Sailmakers'", () => {
  assert.equal(speakerOf("A survey commissioned by the Guild of Netmakers, Riggers and Sailmakers found that the dock leaked.", "found"), "A survey commissioned by the Guild of Netmakers, Riggers and Sailmakers");
  // With no participle the comma opens the subject: "After the storm, pilots and crews say".
  assert.equal(speakerOf("After the storm, pilots and crews say the dock leaked.", "say"), "pilots and crews");
});

test("a past participle after the subject's comma adds a circumstance, not more of the speaker; one naming its agent stays in", () => {
  assert.equal(speakerOf("The audit, released on Monday, found that the harbour fees were too high.", "found"), "The audit");
  assert.equal(speakerOf("The panel, led by Ada Lind, found that the harbour fees were too high.", "found"), "The panel, led by Ada Lind,");
});

test("an irregular past participle after the subject's comma is a circumstance too: 'Ms. Roe, seen as ..., said'", () => {
  const s = statementOf("Ms. Roe, seen as the best weaver in town, said the looms were slow.", "said");
  assert.equal(s.speaker?.mention?.text, "Ms. Roe");
  assert.equal(s.content.text, "the looms were slow");
  assert.equal(speakerOf("The guild, known for its tapestries, said the wool was late.", "said"), "The guild");
});

test("a phrase opened by another preposition after the subject's comma says how or when, and stays out of the speaker", () => {
  assert.equal(speakerOf("Ida Kern, through her lawyer, declined to discuss the kiln fire.", "declined"), "Ida Kern");
  assert.equal(speakerOf("The miller, to her credit, refuses to raise the price of flour.", "refuses"), "The miller");
  // "along with" adds more speakers, and "like" an example of the kind: both stay in.
  assert.equal(speakerOf("Ida Kern, along with two other potters, says the clay is poor.", "says"), "Ida Kern, along with two other potters,");
  assert.equal(speakerOf("Younger weavers, like their elders, say the wool is thin.", "say"), "Younger weavers, like their elders,");
});

test("a discourse adverbial of several words between subject and cue, without commas, is skipped: 'The weavers in particular distrusted'", () => {
  const s = statementOf("The weavers in particular distrusted the new loom tax.", "distrusted");
  assert.equal(s.speaker?.mention?.text, "The weavers");
  assert.equal(s.content.text, "the new loom tax");
});

test("an adverb before that participle, or an intensive after the comma, still leaves the phrase out of the speaker", () => {
  assert.equal(speakerOf("Mr. Dahl, also touring the coast, said the pier was unsafe.", "said"), "Mr. Dahl");
  assert.equal(speakerOf("Ms. Voss, herself a glassblower, said the kiln was cold.", "said"), "Ms. Voss");
});

test("after an inverted speaker ', still ...ing/-ed' is the writer's phrase, as a bare participle is: 'said Ola Berg, still smarting'", () => {
  assert.equal(speakerOf("“We lost,” said Ola Berg, still smarting from the defeat.", "said"), "Ola Berg");
});

test("a participle after a clause goes on with its subject, not with the object a later verb form follows: 'greeted the rowers gathered ..., urging'", () => {
  assert.equal(speakerOf("Ada Quill greeted the rowers gathered at the boathouse, urging them to train harder.", "urging"), "Ada Quill");
  assert.equal(speakerOf("The old gardener watered the roses planted last year, insisting that they needed shade.", "insisting"), "The old gardener");
});

test("a participle after the main clause goes on with its subject, not with a speaker in the clause the sentence opens with: 'While X complained ..., Ruck planted ..., insisting'", () => {
  assert.equal(speakerOf("While the millers complained about the drought, Tom Ruck planted more barley, insisting that rain would come.", "insisting"), "Tom Ruck");
  assert.equal(speakerOf("Ever since she praised the new bridge, Ada Quill has toured the valley towns, urging them to build their own.", "urging"), "Ada Quill");
  assert.equal(speakerOf("Ada Quill said the bridge was safe, adding that it would open soon.", "adding"), "Ada Quill");
});

test("a noun after 'over', 'after' or 'as' speaks through the participle that modifies it: 'pored over the letters describing'", () => {
  assert.equal(speakerOf("The jurors pored over the letters describing the mill's debts.", "describing"), "the letters");
  assert.equal(speakerOf("The growers sued a week after a neighbour claiming the orchard fenced it off.", "claiming"), "a neighbour");
  assert.equal(speakerOf("The museum keeps old papers such as the ledgers showing the mill's debts.", "showing"), "the ledgers");
});

test("a noun after a form of 'be' is the predicate the participle describes, and speaks through it: 'are two shipyards backing'", () => {
  assert.equal(speakerOf("Its owners are two shipyards backing the northern crew.", "backing"), "two shipyards");
  assert.equal(speakerOf("She's a cook praising every dish on the menu.", "praising"), "a cook");
});

test("a time found where the speaker should be speaks for no one; a lone name read as a time is still a name", () => {
  // The time belongs to a relative clause with no "who" or "that"; the whole phrase speaks.
  assert.notEqual(speakerOf("Every bargeman our reporter met in March doubted the lock would hold.", "doubted"), "March");
  assert.equal(speakerOf("The canal board met on Friday. Day said the canal would open.", "said"), "Day");
});

test("a lone capitalised name read as a time is a name even when it spells an Object property ('Constructor')", () => {
  const token = { text: "Constructor", norm: "constructor", pos: "PROPN" } as Token;
  const ctx = { tokens: [token], timeToken: [1] } as unknown as AttributionContext;
  assert.equal(isTimeSpeaker(ctx, { first: 0, last: 0 }), false);
});

test("a comma closing a ', who ...' clause ends it: a verb after 'later' or 'then' is the main clause's, not the pronoun's", () => {
  assert.equal(speakerOf("The beekeeper, who sold the honey at the market, later regretted that she had priced it so low.", "later regretted"), "The beekeeper, who sold the honey at the market,");
  assert.equal(speakerOf("The glazier, who claimed the window was sound, later conceded that it leaked.", "later conceded"), "The glazier");
  // Without a relative clause the adverb still carries the subject on.
  assert.equal(speakerOf("Ruth Amsel praised the orchard, later complained that the pears were small.", "later complained"), "Ruth Amsel");
});

test("an unnamed subject before a 'which' clause is still the speaker: 'The guild, which runs the crossings, said'", () => {
  assert.equal(speakerOf("The ferry guild, which runs the night crossings, said that fares would rise.", "said"), "The ferry guild, which runs the night crossings,");
  assert.equal(speakerOf("The ferry guild, a small union, said that fares would rise.", "said"), "The ferry guild, a small union,");
});

test("an irregular participle opens an appositive as a regular one does: 'The authority, known as FPA, said'", () => {
  assert.equal(speakerOf("The ferry authority, known locally as FPA, said the ramp was shut.", "said"), "The ferry authority");
  assert.equal(speakerOf("The ferry board, chosen by the islanders, said the ramp was shut.", "said"), "The ferry board, chosen by the islanders,");
});

test("a cue of several verbs that opens on a participle shares the subject: ', going on to list', 'Taking care to thank ...,'", () => {
  assert.equal(speakerOf("“The orchard is dry,” says the beekeeper, going on to list the hives that were lost.", "going on to list"), "the beekeeper");
  assert.equal(speakerOf("Taking care to thank the glassblowers, Ines Molnar opened the kiln.", "Taking care to thank"), "Ines Molnar");
});

test("a verb of saying after a name is the named person's act, not a phrase on the name: '“...,” Mr. Oduya added, noting that'", () => {
  assert.equal(speakerOf("“The kiln is cold,” Mr. Oduya added, noting that the clay was still wet.", "noting"), "Mr. Oduya");
  assert.equal(statementOf("“The kiln is cold,” Ms. Pell continued, referring to the potters' shed.", "referring to").content.text, "the potters' shed");
});

test("a participle opening the sentence reaches its subject past a relative clause or a quotation closing on the comma", () => {
  assert.equal(speakerOf("After praising the anglers, who waved back, Ms. Ferro opened the pier.", "praising"), "Ms. Ferro");
  const citing = statementOf("Citing “a long winter,” the orchard's owner told buyers that prices would rise.", "Citing");
  assert.equal(citing.speaker?.mention?.text, "the orchard's owner");
  assert.equal(citing.content.text, "“a long winter,”");
});

test("a quotation closing on the comma of a list of one speaker's acts closes the item: 'called it “reckless,” dismissed B and said C'", () => {
  const text = "Ms. Arden called the plan “reckless,” dismissed the survey and said the pier must stay.";
  assert.equal(statementOf(text, "called").content.text, "the plan “reckless,”");
  assert.equal(speakerOf(text, "dismissed"), "Ms. Arden");
});

test("a list of one speaker's acts goes on past an 'and' inside an object: 'defended A, mocked B and its allies, and made C clear'", () => {
  const text = "Ms. Kask defended the weavers as honest traders, mocked the dye guild and its wardens, and made it clear that the looms would stay.";
  assert.equal(speakerOf(text, "mocked"), "Ms. Kask");
});

test("a month, weekday or 'Day' that is part of a person's name stays in the speaker: 'Captain Lena May said', 'April Berg, a welder, told'", () => {
  assert.equal(speakerOf("Captain Lena May said the ferry would sail at noon.", "said"), "Captain Lena May");
  assert.equal(speakerOf("Dr. March said the clinic boat was full.", "said"), "Dr. March");
  assert.equal(speakerOf("Olga Day said the bridge would reopen.", "said"), "Olga Day");
  assert.equal(speakerOf("The crane was idle. April Berg, a welder, told the crew the cable had snapped.", "told"), "April Berg, a welder,");
  assert.equal(speakerOf("“The tide is high,” said June Okafor.", "said"), "June Okafor");
  assert.equal(speakerOf("Captain Lena May opened the pier. May said the tide was high.", "said"), "May");
  // A time after a name is still when the person spoke.
  assert.equal(speakerOf("Berg in May said the cable had snapped.", "said"), "Berg");
});

test("a named day ('Super Tuesday', 'Black Friday') is skipped whole between subject and cue, and may modify a noun", () => {
  assert.equal(speakerOf("Bakers on Black Friday said the ovens ran all night.", "said"), "Bakers");
  assert.equal(speakerOf("Growers in the Super Tuesday counties said the rain came late.", "said"), "Growers in the Super Tuesday counties");
  assert.equal(speakerOf("Mira Holm Tuesday said the rain came late.", "said"), "Mira Holm");
});

test("a time after an -ing participle read as a noun stays in the subject: 'the farmers voting Friday'", () => {
  assert.equal(speakerOf("Two-thirds of the farmers voting Friday favor quickly ending the harvest.", "favor"), "Two-thirds of the farmers voting Friday");
});

test("a headline's second verb after a comma shares the headline's subject: 'Ranger Says X, Calls Y Urgent'", () => {
  assert.equal(speakerOf("Ranger Says Flood Hurt Trails, Calls Bridge Repairs Urgent.", "Calls"), "Ranger");
});

test("a subject carrying a relative clause with no 'who' or 'that' keeps the clause: 'Beekeepers the guild polled say'", () => {
  assert.equal(speakerOf("Beekeepers the guild polled say the clover bloomed late.", "say"), "Beekeepers the guild polled");
  assert.equal(speakerOf("Most glaziers I talked with say the panes were cut too thin.", "say"), "Most glaziers I talked with");
  assert.equal(speakerOf("The farmers she interviewed on the coast told her that kilns were scarce.", "told"), "The farmers she interviewed on the coast");
  assert.equal(speakerOf("Each falconer our editor met in April doubted the hawks would return.", "doubted"), "Each falconer our editor met in April");
  // The clause's own verb may be a cue of its own; the main verb after it still has the whole phrase.
  assert.equal(speakerOf("Cyclists the Gazette asked said the track was too steep.", "said"), "Cyclists the Gazette asked");
  // A clause with no cue after it gives its head no statement.
  assert.ok(statementsIn("The mural the painter praised was painted over.").every((s) => !s.speaker?.mention?.text.startsWith("The mural")));
  // A clause inside an object leaves the main subject alone.
  assert.equal(speakerOf("Ruth Amsel wrote the songs they plan to sing.", "wrote"), "Ruth Amsel");
});

test("an adverbial set off by commas after a whole appositive leaves the appositive as the speaker: 'Berg, a pilot from Alma, Neb., in May, said'", () => {
  assert.equal(speakerOf("Ivo Brandt, a glazier from Orly, Vermont, in a memo on Friday, said the kilns were cold.", "said"), "Ivo Brandt, a glazier from Orly, Vermont,");
  assert.equal(speakerOf("Ivo Brandt, who mends nets in Orly, Vermont, in June 2020, wrote that the kilns were cold.", "wrote"), "Ivo Brandt, who mends nets in Orly, Vermont,");
  // A name after an opening phrase is the subject itself.
  assert.equal(speakerOf("At the forge in Orly, Vt., Brandt, in a leather apron, said the kilns were cold.", "said"), "Brandt");
});

test("an infinitive or participle phrase after the subject's noun stays in the speaker: 'The first chef to open a bakery on the island said'", () => {
  assert.equal(speakerOf("The first chef to open a bakery on the island said the ovens were slow.", "said"), "The first chef to open a bakery on the island");
  // wink reads "clamoring" as a noun after a plural noun.
  assert.equal(speakerOf("But rival bakers clamoring to keep Ivo Brandt from the guild contest say the rules are unfair.", "say"), "rival bakers clamoring to keep Ivo Brandt from the guild contest");
  // wink reads "grumbling" as a noun after a plural noun here too, with no infinitive after it.
  assert.equal(speakerOf("The bakers grumbling about Alder-Fenn kitchens doubt the flour will come in time.", "doubt"), "The bakers grumbling about Alder-Fenn kitchens");
  // The phrase may end on a gerund after its preposition.
  assert.equal(speakerOf("Bakers hoping to stop the levy from passing argued the flour tax would ruin them.", "argued"), "Bakers hoping to stop the levy from passing");
  // Before an infinitive cue the noun is the infinitive's object, and the phrase before it no description.
  const text = "The guild should use its savings and the dry state of the orchards to push Brandt to seriously consider lowering the tax.";
  assert.equal(speakerOf(text, "to seriously consider"), "Brandt");
});

test("an appositive left unclosed before the cue keeps the name it describes: 'Rep. Lena Oduya (D-Vt.), a critic of the dredging plan told ...'", () => {
  assert.equal(speakerOf("Rep. Lena Oduya (D-Vt.), a critic of the dredging plan told host Piet Vos she expected a delay.", "told"), "Rep. Lena Oduya (D-Vt.), a critic of the dredging plan");
  assert.equal(speakerOf("Lena Oduya, a critic of the dredging plan argued the river was too shallow.", "argued"), "Lena Oduya, a critic of the dredging plan");
  // An opening adverb or a place before the comma is no name to describe.
  assert.equal(speakerOf("Upriver, the ferry crews argued the channel was too shallow.", "argued"), "the ferry crews");
  // A cue set off by commas leaves the name to the reported clause.
  assert.equal(speakerOf("Lena Oduya, a close aide said, is sure to run again.", "said"), "a close aide");
  // So does one opening on an auxiliary or an adverb.
  assert.equal(speakerOf("Tove Rask, a glassblower at the kiln has said, is moving to the coast.", "has said"), "a glassblower at the kiln");
  assert.equal(speakerOf("Tove Rask, a glassblower at the kiln also wrote, is moving to the coast.", "also wrote"), "a glassblower at the kiln");
  // A capitalised noun and its verb before the comma are the clause reported, not a name.
  assert.equal(speakerOf("Tolls doubled, the guild said in a statement.", "said in a statement"), "the guild");
});

test("in a title-case headline a determined gap noun ('Reason', 'Things') before a name opens a clause without 'that': the name speaks", () => {
  assert.equal(speakerOf("The Only Reason Dairy Farmers Support Mayor Holt.", "Support"), "Dairy Farmers");
  assert.equal(speakerOf("Seven Things Beekeepers Said About Clover.", "Said About"), "Beekeepers");
  // Without a determiner the noun may be part of a name.
  assert.equal(speakerOf("Cape Reason Pilots Support Holt.", "Support"), "Cape Reason Pilots");
  // Nor when the words after it close an organisation's name: the newspaper's company speaks.
  assert.equal(speakerOf("The Harbour Post Co. reported a loss for the year.", "reported"), "The Harbour Post Co.");
  assert.equal(speakerOf("The Valley Times Media Group said the paper would close.", "said"), "The Valley Times Media Group");
});

test("a plain verb form opening a noun phrase before a cue verb modifies the nouns after it: 'Cut flower growers say'", () => {
  assert.equal(speakerOf("Cut flower growers say the frost was late.", "say"), "Cut flower growers");
  assert.equal(speakerOf("Her cut flower survey shows that tulips wilt early.", "shows"), "Her cut flower survey");
});

test("a verb after a comma and 'then' goes on with the subject of the report before it: '..., then conceded'", () => {
  assert.equal(speakerOf("Ostby said the orchard was dry, then conceded the wells had failed.", "conceded"), "Ostby");
});

test("a participle after a coordinated clause of its own takes that clause's subject, not the last speaker's", () => {
  assert.equal(speakerOf("Anglers welcomed the ban, and the ferry guild filed a complaint, saying the ban would cost jobs.", "saying"), "the ferry guild");
  // Inside the reported clause a subject speaks for no one: the participle goes on with the speaker.
  assert.equal(speakerOf("Lund said the board has failed the town, adding that it must resign.", "adding"), "Lund");
  // A second relative clause ("and who met the crew") is no clause of its own.
  assert.equal(speakerOf("Lund thanked Ada Berg, who runs the dock and who met the crew, praising their courage.", "praising"), "Lund");
});

test("a participle joined by 'and' to one in a 'with' absolute phrase shares its noun: 'with aides handing out leaflets and urging'", () => {
  assert.equal(speakerOf("Lund spoke for an hour, with aides handing out leaflets and urging voters to sign.", "urging"), "aides");
  // Only after "with": a noun before an earlier participle elsewhere is no subject of the later one.
  const hoping = statementsIn("Owning a boat is like feeding a pony and hoping it stays small.").find((s) => s.cue.text === "hoping");
  assert.notEqual(hoping?.speaker?.mention?.text ?? null, "like");
});

test("a 'with' phrase in an earlier sentence gives no noun to a participle after 'and' or 'but'", () => {
  const text = "The choir toured the valley with children ringing bells. Its conductor was tired but hoping for snow.";
  assert.notEqual(speakerOf(text, "hoping for"), "children");
});

test("a month after a given name and a second name word is a surname: 'Maria Costa May insisted'", () => {
  assert.equal(speakerOf("Maria Costa May insisted the pitch was too wet.", "insisted"), "Maria Costa May");
  assert.equal(speakerOf("Dr. Costa May insisted the pitch was too wet.", "insisted"), "Dr. Costa May");
  // A day after the month keeps it a date.
  assert.equal(speakerOf("Maria Costa May 9 insisted the pitch was too wet.", "insisted"), "Maria Costa");
});

test("a modal read as a given name opens the subject when a description set off by commas stands before the verb", () => {
  assert.equal(speakerOf("Will Ostrova, a beekeeper from the valley, has warned that the hives are failing.", "has warned"), "Will Ostrova, a beekeeper from the valley,");
});

test("a quotation closing on a comma before 'then' and a cue ends the first report and lends its subject to the next", () => {
  const text = "Moss called the harvest “a triumph,” then admitted the cellar was half empty.";
  assert.equal(statementOf(text, "called").content.text, "the harvest “a triumph,”");
  assert.equal(speakerOf(text, "admitted"), "Moss");
});

test("a participle after a relative clause on the noun of a 'with' phrase goes on with that noun", () => {
  assert.equal(speakerOf("Ruth kept her seat, with the orchard growers, who dread the frost, supporting her.", "supporting"), "the orchard growers");
});

test("a word placing a time ('last', 'next') belongs to the time, not to the noun phrase before it", () => {
  assert.equal(speakerOf("The toll rankled the ferry crews last month.", "rankled"), "the ferry crews");
  assert.equal(speakerOf("The new curfew annoyed the bakers next door this week.", "annoyed"), "the bakers next door");
  // A headline with no full stop ends where its paragraph does: its last word places no time in the next one.
  assert.equal(statementOf("Greta admired this\n\nFriday brought snow.", "admired").content.text, "this");
});

test("people or a body of them right before a participle speak through it; a thing or an addressee does not", () => {
  assert.equal(speakerOf("The bakery's donation helped a group opposing the quarry.", "opposing"), "a group");
  // A preposition before the people ends the phrase as a verb does: the thing before it says nothing.
  assert.equal(speakerOf("The village fete raised funds for a group opposing the quarry.", "opposing"), "a group");
  assert.equal(speakerOf("The warm forecast cheered residents hoping for an early harvest.", "hoping for"), "residents");
  // The people a message goes to are its addressees, and its words are the sender's.
  assert.equal(speakerOf("The ferry office emailed residents saying: “The quay is shut.”", "saying:"), "The ferry office");
  assert.equal(speakerOf("The ferry office released a report detailing the losses.", "released a report detailing"), "The ferry office");
});

test("a time after a participle on the subject's noun names which report spoke: 'A survey released this week found'", () => {
  assert.equal(speakerOf("A bird count published this month showed fewer gulls on the cliffs.", "showed"), "A bird count published this month");
  assert.equal(speakerOf("Tallies posted on Friday now show that the ferry runs late.", "now show"), "Tallies posted on Friday");
  // A time after the speaker says when they spoke and stays out.
  assert.equal(speakerOf("Lund on Tuesday said the ferry was late.", "said"), "Lund");
});

test("a closing source keeps the members an 'including' names: 'praised by critics, including Ann Berg.'", () => {
  assert.equal(speakerOf("The levy has been praised by harbour critics, including the marine biologist Ann Berg.", "has been praised"), "harbour critics, including the marine biologist Ann Berg");
  assert.equal(speakerOf("Apple prices will climb, according to a few market watchers, including the grocer Ivo Dahl.", "according to"), "a few market watchers, including the grocer Ivo Dahl");
  assert.equal(speakerOf("“The quay is shut,” said several pilots, including Ann Berg.", "said"), "several pilots, including Ann Berg");
});

test("a subject keeps a 'whose' clause it carries, as it keeps a 'who' clause: 'The pilots whose boats sank say'", () => {
  assert.equal(speakerOf("The harbour pilots whose permits have been revoked say the rule is unfair.", "say"), "The harbour pilots whose permits have been revoked");
  assert.equal(speakerOf("Those whose main worry was the tide tended to support the levy.", "tended to support"), "Those whose main worry was the tide");
});

test("an unnamed subject keeps a description opened by an adverb: 'The paper, long a critic of the levy, writes'", () => {
  assert.equal(speakerOf("The almanac, still a fierce foe of daylight saving, argues that clocks should stay put.", "argues"), "The almanac, still a fierce foe of daylight saving,");
});

test("members joined by 'as well as' share the subject: 'The mayor and the warden as well as the guild have endorsed'", () => {
  assert.equal(speakerOf("The mayor and the harbour master as well as the port director have endorsed the plan.", "have endorsed"), "The mayor and the harbour master as well as the port director");
  assert.equal(speakerOf("Pilots as well as anglers say the quay is unsafe.", "say"), "Pilots as well as anglers");
});

test("a title quoted with doubled apostrophes counts its marks as one each, as curly quotes do", () => {
  // Inside an appositive before the cue the short title is no boundary for the subject.
  assert.equal(speakerOf("Ann Berg, the author of ''Salt and Tide,'' said the pier is older than the town.", "said"), "Ann Berg, the author of ''Salt and Tide,''");
  // After an inverted cue a title of a dozen words still names the speaker's standing.
  assert.equal(speakerOf("''Bring an umbrella,'' urged Tove Lind, an editor of ''Rain Lore: Old Sayings and Why They Still Hold Up.''", "urged"), "Tove Lind, an editor of ''Rain Lore: Old Sayings and Why They Still Hold Up.''");
});

test("a cue after a word of sequence and a time set off by commas shares the subject of the act before it: 'Ivo frowned, then, on Sunday, admitted'", () => {
  assert.equal(speakerOf("Ivo frowned, then, on Sunday, admitted that the cider was sour.", "admitted"), "Ivo");
  assert.equal(speakerOf("Ivo frowned, then on Sunday admitted that the cider was sour.", "admitted"), "Ivo");
  assert.equal(speakerOf("Ivo frowned, then, admitted that the cider was sour.", "admitted"), "Ivo");
  assert.equal(speakerOf("Ivo tasted the cider, then, on Sunday, admitted that it was sour.", "admitted"), "Ivo");
  // The sequence and its time are no words of the act before.
  assert.deepEqual(statementsIn("Ivo agreed, then, on Sunday, admitted that the cider was sour.").map((s) => s.cue.text), ["admitted"]);
});

test("an irregular participle before 'as' or 'by' describes an inverted speaker: 'said the ranger known as Pip'", () => {
  assert.equal(speakerOf("“The trail is shut,” said the ranger known as Pip.", "said"), "the ranger known as Pip");
  assert.equal(speakerOf("“The trail is shut,” read a notice written by the wardens.", "read"), "a notice written by the wardens");
  // "as" after the name itself still tells when the words were said.
  assert.equal(speakerOf("“The trail is shut,” said Pip as she left.", "said"), "Pip");
});

test("a lone adverb set off between a name and its description leaves the name alone as speaker: 'Pip, meanwhile, who ...'", () => {
  assert.equal(speakerOf("Pip, meanwhile, who bakes the rolls, said the oven was cold.", "said"), "Pip");
  // Without the adverb the description stays in.
  assert.equal(speakerOf("Pip, who bakes the rolls, said the oven was cold.", "said"), "Pip, who bakes the rolls,");
});

test("a name stressed by an intensive pronoun keeps the members joined by 'as well as': 'Oda himself, as well as the deckhands,'", () => {
  assert.equal(speakerOf("Oda himself, as well as the deckhands on the trawler, swore the nets were torn.", "swore"), "Oda himself, as well as the deckhands on the trawler,");
});

test("an object pronoun after a preposition is no subject: the phrase before it heads 'The potter beside us believes'", () => {
  assert.equal(speakerOf("The potter beside us believes the kiln is too hot.", "believes"), "The potter beside us");
  assert.equal(speakerOf("Ivo with them has insisted that the glaze will crack.", "has insisted"), "Ivo with them");
});

test("a relative with its own subject and verb closes before the cue: 'The menu that the chefs designed shows ...'", () => {
  assert.equal(speakerOf("The menu that the chefs designed shows how bold the kitchen is.", "shows"), "The menu that the chefs designed");
  assert.equal(speakerOf("The recipe that Ada praised suggests how rich the sauce is.", "suggests"), "The recipe that Ada praised");
});

test("a verb wink reads in a hyphenated compound does not end an inverted speaker: 'said Ann Berg, an adviser to harbour start-ups'", () => {
  assert.equal(speakerOf("“The quay will flood,” said Ann Berg, an adviser to harbour start-ups and a former pilot.", "said"), "Ann Berg, an adviser to harbour start-ups and a former pilot");
});

test("a hyphenated compound wink ends on an adjective still heads the speaker: 'The U.N. secretary-general said', 'The 45-year-old said'", () => {
  assert.equal(speakerOf("The U.N. secretary-general said the ceasefire must hold.", "said"), "The U.N. secretary-general");
  assert.equal(speakerOf("The 45-year-old said he was innocent.", "said"), "The 45-year-old");
});

test("a text someone received or ignored speaks through its participle; one the subject put out does not", () => {
  assert.equal(speakerOf("The harbour master received a letter saying the quay would close.", "saying"), "a letter");
  assert.equal(speakerOf("The council ignored a petition demanding a new pier.", "demanding"), "a petition");
  assert.equal(speakerOf("The council published a report saying the pier was unsafe.", "published a report saying"), "The council");
});

test("a time word inside a several-word name the timex stage left alone is a word of the speaker's name", () => {
  const [doc] = annotateEach([{ id: "t", text: "USA TODAY reported the tide tables." }], { today: "2023-05-03" });
  assert.equal(doc?.statements.find((s) => s.cue.text === "reported")?.speaker?.mention?.text, "USA TODAY");
});

test("a year between an article and a name modifies the name in an inverted speaker: 'said a 2008 Lund campaign veteran'", () => {
  const [doc] = annotateEach([{ id: "t", text: "“She did not like that,” said a 2008 Lund campaign veteran." }], { today: "2023-05-03" });
  assert.equal(doc?.statements.find((s) => s.cue.text === "said")?.speaker?.mention?.text, "a 2008 Lund campaign veteran");
});

test("a time set off by commas after the name says when the speaker spoke and stays out of the speaker", () => {
  assert.equal(speakerOf("Berg, on Tuesday, admitted the ferry was late.", "admitted"), "Berg");
  assert.equal(speakerOf("Berg, last month, admitted the ferry was late.", "admitted"), "Berg");
  assert.equal(speakerOf("Berg, a pilot, admitted the ferry was late.", "admitted"), "Berg, a pilot,");
});

test("a later verb shares the subject of the verb a 'that' or 'whether' clause hangs on, not the clause's own subject", () => {
  assert.equal(speakerOf("Lund backpedaled on his forecast that the port would recover within a year, and blamed the storms.", "blamed"), "Lund");
  assert.equal(speakerOf("Tom Ruck came close to an admission that the millers had cheated, saying the books were wrong.", "saying"), "Tom Ruck");
  // A clause of time is no complement: the participle goes on with its subject.
  assert.equal(speakerOf("The crowd cheered as the harbour master cut the ribbon, promising that the quay would stay open.", "promising"), "the harbour master");
});

test("a verb coordinated after a clause of its own ('..., but Lund is a pilot and has argued') shares that clause's subject", () => {
  assert.equal(speakerOf("Berg says the quay is shut, but Lund is an expert on tides and has argued that the dyke will hold.", "has argued"), "Lund");
  assert.equal(speakerOf("None of the pilots has a licence, but Judge Lund is an expert on tides and has lectured on them at the harbour school.", "has lectured"), "Judge Lund");
  // A bare "and" joins two subjects, not two clauses.
  assert.equal(speakerOf("The port's Ann Berg and the guild's Ole Lund are on the board and declined to rule out a levy.", "declined"), "The port's Ann Berg and the guild's Ole Lund");
});

test("'those' before a participle it heads speaks through it ('among those describing themselves as'); with an agent it does not", () => {
  assert.equal(speakerOf("Berg is 9 points ahead among those describing themselves as pilots.", "describing"), "those");
  assert.equal(speakerOf("For those focused on the tides, the regatta was a record.", "focused on"), "those");
  assert.equal(speakerOf("Among those listed by the harbour board was the mayor.", "listed"), null);
});

test("a participle after a clause skips a preposition's object that a past participle describes: 'spoke at the town hall hosted by ..., predicting'", () => {
  assert.equal(speakerOf("Lund spoke first at the forum hosted by the guild, predicting a close vote.", "predicting"), "Lund");
  // After "with" the noun is the subject of an absolute phrase.
  assert.equal(speakerOf("With the guild buffeted by criticism and denying any fault, the vote went ahead.", "denying"), "the guild");
});

test("a relative clause whose verb reports a 'that' clause stays in the subject: 'The judges who ruled that ... said'", () => {
  assert.equal(speakerOf("The judges who ruled that Dover could not raise its fees said the law was clear.", "said"), "The judges who ruled that Dover could not raise its fees");
  // A "that" clause with no relative pronoun before its verb is no part of a subject.
  assert.equal(speakerOf("Berg argued that the guild could not raise its fees and said the law was clear.", "said"), "Berg");
});

test("a verb coordinated with the main clause after a closed ', who ...,' clause goes on with the noun, not with 'who'", () => {
  assert.equal(speakerOf("Weber, who advises the guild, is no fan of Berg but lauded the plan.", "lauded"), "Weber");
  // Inside the relative clause the verb is the relative pronoun's.
  assert.equal(speakerOf("Weber, who advises the guild and lauded the plan, is no fan of Berg.", "lauded"), "who");
});

test("an -ing form after an auxiliary and an adverb ('are also reviewing') is the clause's verb a later verb or participle shares", () => {
  assert.equal(speakerOf("To catch pilots who entered the port the same way Berg did, harbour officials are also reviewing all permits and are considering a ban on new ones.", "are considering"), "harbour officials");
  assert.equal(speakerOf("The row comes as Lund is increasingly relying on the mayor, mentioning him in every speech.", "mentioning"), "Lund");
});

test("a clause of its own inside the last statement's content still gives a coordinated verb after it its subject", () => {
  assert.equal(speakerOf("Visitors get cards telling them when to board, and harbour aides are there to guide them along, check their names and announce the visitors.", "announce"), "harbour aides");
});

test("a longer description in parentheses after a name stays in the subject: 'Sen. Ole Lund (a pilot so young ...) says'", () => {
  assert.equal(speakerOf("Sen. Ole Lund (a pilot so young he has been mistaken for a cadet) says he was adrift.", "says"), "Sen. Ole Lund (a pilot so young he has been mistaken for a cadet)");
  assert.equal(speakerOf("Sen. Ann Berg (R-Ohio) says the quay is shut.", "says"), "Sen. Ann Berg (R-Ohio)");
});

test("'for the first time' and 'at one point' between subject and cue are adverbials, not the subject", () => {
  assert.equal(speakerOf("The audit on Tuesday for the first time cited a letter from the board.", "cited"), "The audit");
  assert.equal(speakerOf("The board at one point said the quay would close.", "said"), "The board");
});

test("a name whose relative clause is followed by its own predicate is reported, not the speaker: 'The skipper, who was tired, had quit, said his mate'", () => {
  const s = statementOf("The skipper, who was tired, had quit the race, said his mate.", "said");
  assert.equal(s.speaker?.mention?.text, "his mate");
  assert.equal(s.content.text, "The skipper, who was tired, had quit the race");
  // A verb inside the relative clause, after an aside of its own, is still the clause's.
  assert.equal(speakerOf("Lund, who, as skipper, had signed the entry, said the boat was fast.", "said"), "Lund, who, as skipper, had signed the entry,");
});

test("a participle before 'as' or 'by' after a name's comma opens a passive aside: the name is what was described, not who described it", () => {
  assert.deepEqual(statementsIn("A Danish sailor, described as “reckless”, died after falling from a boat."), []);
  assert.deepEqual(statementsIn("The Dover ferry, criticised by pilots, sailed late."), []);
  // "said" keeps its subject across the comma: "Gov. Ann Berg (R-OH), said as much".
  assert.equal(speakerOf("Gov. Ann Berg (R-OH), said as much on Friday.", "said"), "Gov. Ann Berg (R-OH)");
});

test("a firm's name ending in a possessive mark ('Moody's said') is the speaker, not an owner with nothing owned", () => {
  assert.equal(speakerOf("Harlow's said the bakery would close.", "said"), "Harlow's");
  assert.equal(speakerOf("Fares will rise, Harlow's said on Friday.", "said"), "Harlow's");
  // A participle the name owns is no verb of saying: "Harlow's repeated claims" has no speaker "Harlow's".
  assert.equal(statementsIn("Harlow's repeated claims drew a fine.").some((s) => s.speaker?.mention?.text === "Harlow's"), false);
  // Before an infinitive the mark is "is": "Harlow's said to have closed" says something of Harlow's, not by it.
  assert.equal(statementsIn("Harlow's said to have closed the bakery.").some((s) => s.speaker?.mention?.text === "Harlow's"), false);
  // "said to" with a noun after it names whom it was said to, and the name still speaks.
  assert.equal(speakerOf("Harlow's said to reporters that the bakery would close.", "said"), "Harlow's");
});

test("a description with a relative clause before the name it gives ('a baker who gave his first name, Tomas,') is one speaker", () => {
  assert.equal(speakerOf("“The ovens are cold,” a baker who would give only his first name, Tomas, said.", "said"), "a baker who would give only his first name, Tomas,");
  assert.equal(statementOf("“The ovens are cold,” a baker who would give only his first name, Tomas, said.", "said").content.text, "“The ovens are cold,”");
});

test("a subject out of the subject rules' reach is the whole phrase before the verb, descriptions and closing comma too", () => {
  assert.equal(speakerOf("The leaflet, titled \"Bridges?\", concludes that the toll is too high.", "concludes"), "The leaflet, titled \"Bridges?\",");
  assert.equal(
    speakerOf("Many fishermen interviewed at the docks this week, including Mr. Lund, said they had no problem with the toll.", "said"),
    "Many fishermen interviewed at the docks this week, including Mr. Lund,",
  );
  // An opening adverb and its comma belong to the sentence, not to the subject.
  assert.equal(
    speakerOf("Earlier, many fishermen interviewed at the docks, including Mr. Lund, said the toll was fair.", "said"),
    "many fishermen interviewed at the docks, including Mr. Lund,",
  );
});

test("the whole phrase before the verb drops an aside with an act of its own, and is no subject when a verb runs in it", () => {
  assert.equal(
    speakerOf("Many fishermen interviewed at the docks this week, citing the tolls, said they had no problem with the ferry.", "said"),
    "Many fishermen interviewed at the docks this week",
  );
  // "were" makes a clause of what comes before the verb: no subject is found.
  assert.equal(speakerOf("Many fishermen were at the docks this week, including Mr. Lund, said they had no problem with the toll.", "said"), null);
});

test("'there' right after a noun says where its people are, and the noun is the subject: 'Officials there say'", () => {
  assert.equal(speakerOf("Pilots there say the quay is too short.", "say"), "Pilots");
  // Before the cue's own clause "there" is that clause's subject, not the speaker's place.
  assert.equal(statementOf("The pilots said there was a storm.", "said").content.text, "there was a storm");
});

test("a finite verb's subject is the noun before a preposition, not the preposition's object: 'many sailors at his harbour agreed'", () => {
  assert.equal(speakerOf("But many sailors at his harbour agreed with the mayor on the fee.", "agreed with"), "many sailors at his harbour");
  assert.equal(speakerOf("Both sides of the fight over ferry fees agreed on one thing: the pier must stay.", "agreed on"), "Both sides of the fight over ferry fees");
  // A participle may stand between the noun and its preposition: "People involved in the plan offered".
  assert.equal(speakerOf("People involved in the harbour plan offered conflicting accounts.", "offered"), "People involved in the harbour plan");
  // Prepositions joined by "and", before one object or each before its own.
  assert.equal(speakerOf("Many pilots on and off the coast believe the fee is too high.", "believe"), "Many pilots on and off the coast");
  assert.equal(speakerOf("Officials in the port and at the guild have said the fee is fair.", "have said"), "Officials in the port and at the guild");
  // An absolute phrase's participle speaks for the noun after "with".
  assert.equal(speakerOf("With rivals calling for a vote, Lund said the fee would rise.", "calling for"), "rivals");
});

test("a preposition's object described by a participle before an infinitive holds no view: 'in a busy year expected to bring'", () => {
  assert.equal(speakerOf("In a busy year expected to bring record tolls, the guild is calm.", "expected"), null);
  assert.equal(speakerOf("The board will hold hearings on a bill intended to cut tolls.", "intended"), null);
  // With a noun opening the clause before the preposition, the verb is finite and that noun its subject.
  assert.equal(speakerOf("Officials at the port expected to win the vote.", "expected"), "Officials at the port");
});

test("a number counting a relative pronoun's people stays in the speaker: 'two of whom have pledged'", () => {
  assert.equal(speakerOf("The guild has five pilots, two of whom have pledged their votes to Lund for the spring election.", "have pledged"), "two of whom");
});

test("a bare adverb of time after an inverted speaker's name is when, not who: 'said Lund later'", () => {
  assert.equal(speakerOf("The pier is shut, said Hale later.", "said"), "Hale");
  assert.equal(speakerOf("The tide turned early, wrote Ida Voss again.", "wrote"), "Ida Voss");
  assert.equal(speakerOf("“The dam is weak,” said Ann Berg, who once ran the harbour.", "said"), "Ann Berg, who once ran the harbour");
});

test("a place or medium named right after an inverted speaker's closing description is where: 'wrote Ann Berg, Lund's niece, on Facebook'", () => {
  assert.equal(speakerOf("The pier is shut, wrote Ida Voss, Hale's aunt, on Facebook.", "wrote"), "Ida Voss, Hale's aunt,");
  assert.equal(speakerOf("The pier is shut, said Ida Voss, a pilot, in Tromso.", "said"), "Ida Voss, a pilot,");
  // After a relative clause the place may be of what the clause named.
  assert.equal(speakerOf("“The pier is shut,” said Ida Voss, whose ward includes Kelby, on the North Shore.", "said"), "Ida Voss, whose ward includes Kelby, on the North Shore");
});

test("a 'who' clause reporting in words of its own after an inverted cue is no part of the speaker: 'said Quist, who added that'", () => {
  const said = statementOf("The ferry will sail at noon, said Tove Quist, who added that the fare would rise.", "said");
  assert.equal(said.speaker?.mention?.text, "Tove Quist");
  assert.equal(said.content.text, "The ferry will sail at noon");
  assert.equal(statementOf("The ferry will sail at noon, said Tove Quist, who added that the fare would rise.", "added").content.text, "that the fare would rise");
  // After an appositive the comma before "who" goes too.
  assert.equal(speakerOf("The ferry will sail at noon, said Tove Quist, a pilot, who noted that the fare would rise.", "said"), "Tove Quist, a pilot");
  // A "who" clause that only describes stays: a reporting verb reports here only with its clause.
  assert.equal(speakerOf("The ferry will sail at noon, said Tove Quist, who backed the fare rise.", "said"), "Tove Quist, who backed the fare rise");
});

test("a relative pronoun after a name's appositive stands for the named person: 'said Ann Berg, a pilot, who added'", () => {
  const added = statementOf("“The quay is shut,” said Ann Berg, a pilot at the port, who added that the fare would rise.", "added");
  assert.equal(added.speaker?.name, "Ann Berg");
});

test("a text issued after an inverted speaker is where the words appeared: 'said the guild in a report'", () => {
  assert.equal(speakerOf("Tolls doubled, said the harbour guild in a report released on Friday.", "said"), "the harbour guild");
  assert.equal(speakerOf("The pier is unsafe, said the warden in her memo.", "said"), "the warden");
  // A place is still part of the description.
  assert.equal(speakerOf("The pier is unsafe, said a pilot in the harbour.", "said"), "a pilot in the harbour");
});

test("a year after an article modifies the noun even with an adjective between: 'the 2019 municipal budget'", () => {
  assert.equal(speakerOf("Records from the 2019 municipal budget show that the ferry ran at a loss.", "show"), "Records from the 2019 municipal budget");
  // With the time stage run first, as in the product: a year after an adjective is the noun's too.
  const [doc] = annotateEach([{ id: "t", text: "One careful 2019 survey found that the ferry ran at a loss." }], { today: "2023-05-03" });
  assert.equal(doc?.statements.find((s) => s.cue.text === "found")?.speaker?.mention?.text, "One careful 2019 survey");
});

test("a side-taking verb before a name is a finite verb, not a participle on the noun before it", () => {
  const text = "Of the growers, 30 percent backed Aas and 12 percent favored Brede.";
  assert.equal(speakerOf(text, "backed"), "30 percent");
  assert.equal(speakerOf(text, "favored"), "12 percent");
  // A naming verb's participle still describes the noun before it.
  assert.equal(speakerOf("A ferryman named Brede said the crossing was closed.", "said"), "A ferryman named Brede");
});
