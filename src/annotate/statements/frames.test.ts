import { test } from "node:test";
import assert from "node:assert/strict";
import { speakerOf, statementOf, statementsIn } from "./testing.js";

/** The cues of every statement found in `text`. */
function cuesOf(text: string): string[] {
  return statementsIn(text).map((s) => s.cue.text);
}

test("the subject of 'is convinced', 'are worried about' holds the view; 'is expected' names no one", () => {
  const convinced = statementOf("Lund is convinced that the ferry will sail.", "is convinced");
  assert.equal(convinced.speaker?.mention?.text, "Lund");
  assert.equal(convinced.content.text, "that the ferry will sail");
  const worried = statementOf("The pilots are worried about the short runway.", "are worried about");
  assert.equal(worried.speaker?.mention?.text, "The pilots");
  assert.equal(worried.content.text, "the short runway");
  assert.equal(statementOf("The mayor is expected to resign.", "is expected").speaker, null);
});

test("an 'according to' source stops at a spaced dash that opens the writer's aside", () => {
  const s = statementOf("Fees rose by a tenth, according to the harbour board - the steepest rise in years.", "according to");
  assert.equal(s.speaker?.mention?.text, "the harbour board");
});

test("a participle after 'told' and its addressee is the speaker's next act, not more of the clause before", () => {
  const told = statementOf("The kiln had cracked, two clerks told the guild, adding that the shop would shut.", "told");
  assert.equal(told.rule, "statements/clause-then-cue");
  assert.equal(told.content.text, "The kiln had cracked");
  assert.equal(statementOf("The kiln had cracked, Ines Roth told the guild on Friday, adding that the shop would shut.", "told").content.text, "The kiln had cracked");
});

test("an 'according to' source closing the sentence keeps the name after a description of a person", () => {
  assert.equal(statementOf("Tolls will rise, according to a spokesman for the ferry line, Aron Falk.", "according to").speaker?.mention?.text, "a spokesman for the ferry line, Aron Falk");
  // Not a name after a body, which is no description of the person named.
  assert.equal(statementOf("Tolls will rise, according to the ferry line, Falkway.", "according to").speaker?.mention?.text, "the ferry line");
});

test("'continued', 'added', 'testified' with a noun phrase alone report nothing; with a clause or a colon they do", () => {
  assert.deepEqual(cuesOf("The divers continued their search near the old mill."), []);
  assert.deepEqual(cuesOf("The bakery added forty jobs in the spring."), []);
  assert.deepEqual(cuesOf("Ms. Varga testified before the water board last week."), []);
  assert.equal(statementOf("The gardener added that the roses needed more shade.", "added").content.text, "that the roses needed more shade");
  assert.equal(statementOf("The curator added a warning: nobody may touch the vases.", "added").speaker?.mention?.text, "The curator");
});

test("a participle or a plain verb after the noun phrase of 'continued', 'added' makes no clause of it; a finite verb does", () => {
  assert.deepEqual(cuesOf("Lund continued his push on the radio, citing the tolls."), ["citing"]);
  assert.deepEqual(cuesOf("The club continued its inquiry into whether the pier put boats at risk."), []);
  assert.equal(statementOf("The gardener added the roses needed more shade.", "added").content.text, "the roses needed more shade");
  // A plain form is finite after a plural subject: the present tense.
  assert.equal(statementOf("The gardener added the roses need more shade.", "added").content.text, "the roses need more shade");
});

test("a clause opened by 'as' or 'after' that runs to the end tells when the words were said, not what", () => {
  assert.deepEqual(cuesOf("The baker smiled. Then Ms. Oduya said after the oven door closed."), []);
  assert.deepEqual(cuesOf("The choir went quiet. Mr. Penn wrote as they waited for the bus."), []);
  assert.equal(statementOf("Mr. Lind said because the bridge is old, the tolls must rise.", "said").content.text, "because the bridge is old, the tolls must rise");
});

test("two verbs sharing one object make one cue ('praised and thanked the volunteers')", () => {
  const s = statementOf("The harbour master praised and thanked the volunteers at the fair.", "praised and thanked");
  assert.equal(s.content.text, "the volunteers at the fair");
  assert.equal(s.speaker?.mention?.text, "The harbour master");
});

test("only a lone verb of saying comes before its subject; after a longer cue or an object verb, what follows is the object", () => {
  const speakers = (text: string) => statementsIn(text).map((s) => s.speaker?.mention?.text ?? null);
  assert.deepEqual(speakers("By spring the rowing club's “night crews” had backed Ms. Varga."), []);
  assert.ok(!speakers("The Harbour Act of 2011, introduced by Ms. Varga during the debate on ferries, proposed a toll on the old bridge.").includes("a toll on the old bridge"));
  assert.equal(statementOf("The tolls will rise next spring, said Ms. Haldane.", "said").speaker?.mention?.text, "Ms. Haldane");
  assert.equal(statementOf("“The tolls will rise,” said Ms. Haldane.", "said").speaker?.mention?.text, "Ms. Haldane");
  assert.equal(statementOf("“The tolls will rise,” also said Ms. Haldane.", "also said").speaker?.mention?.text, "Ms. Haldane");
});

test("an opening phrase of time or place before the subject's comma is no reported clause ('Afterwards, on Sunday, Varga called.')", () => {
  assert.deepEqual(cuesOf("Afterwards, on Sunday, Ms. Varga called."), []);
  assert.deepEqual(cuesOf("On a windy morning at the pier, the harbour master told a story."), []);
  assert.equal(statementOf("The quay is safe again, the harbour master said.", "said").content.text, "The quay is safe again");
  assert.equal(statementOf("Only on Sundays, the harbour master said.", "said").content.text, "Only on Sundays");
});

test("a quotation that ends on a single quotation inside it still runs into its cue: “... ‘Sail on,’” said X, ...", () => {
  const curly = statementOf("“Nobody here wants to hear ‘Sail on,’” said Ivo Marsh, pointing at the empty pier.", "said");
  assert.equal(curly.speaker?.mention?.text, "Ivo Marsh");
  assert.equal(curly.content.text, "“Nobody here wants to hear ‘Sail on,’”");
  const doubled = statementOf("''The crew kept shouting 'Row harder,''' said Ivo Marsh, waving at the boat.", "said");
  assert.equal(doubled.content.text, "''The crew kept shouting 'Row harder,'''");
});

test("a conjunction that opens the sentence before a quotation keeps it the speaker's: But “...,” said X, ...", () => {
  const s = statementOf("But “the orchard will stay open,” said Ivo Marsh, pointing at the gate.", "said");
  assert.equal(s.speaker?.mention?.text, "Ivo Marsh");
  assert.equal(s.content.text, "“the orchard will stay open,”");
});

test("'reportedly' reports its clause as unnamed hearsay; before a cue verb it belongs to that cue", () => {
  const s = statementOf("The ferry company is reportedly selling two of its boats.", "reportedly");
  assert.equal(s.speaker, null);
  assert.equal(s.content.text, "The ferry company is reportedly selling two of its boats");
  assert.equal(statementOf("Lund reportedly told the board that the fees would rise.", "reportedly told").speaker?.mention?.text, "Lund");
});

test("a space before the closing mark still lets the quotation run into its cue: '... 'row,' '' she said, but ...'", () => {
  const s = statementOf("''Nobody here says 'row harder,' '' the coach said, but added that the crew was tired.", "said");
  assert.equal(s.speaker?.mention?.text, "the coach");
  assert.equal(s.content.text, "''Nobody here says 'row harder,' ''");
  assert.equal(statementOf("“The orchard stays open, ” said Ivo Marsh, pointing at the gate.", "said").content.text, "“The orchard stays open, ”");
});

test("a speaker the subject rules cannot parse still fills the gap between a quotation and the cue closing its sentence", () => {
  const s = statementOf("“We sail at dawn,” Harbour Radio This Week co-host Ivo Marsh said.", "said");
  assert.equal(s.speaker?.mention?.text, "Harbour Radio This Week co-host Ivo Marsh");
  assert.equal(s.content.text, "“We sail at dawn,”");
});

test("a relative clause after an inverted speaker that reports a quotation of its own ends the speaker and the first quotation", () => {
  const text = '"The pier is safe," said Ivo Marsh, who added that the council "will not sell it."';
  const said = statementOf(text, "said");
  assert.equal(said.speaker?.mention?.text, "Ivo Marsh");
  assert.equal(said.content.text, '"The pier is safe,"');
  assert.equal(statementOf(text, "added").content.text, 'that the council "will not sell it."');
});

test("a plural noun of evidence opening the sentence makes 'show' a cue the tagger took for a noun: 'Polls show ...'", () => {
  const s = statementOf("Polls show ferry riders favour the new timetable.", "show");
  assert.equal(s.speaker?.mention?.text, "Polls");
  assert.equal(s.content.text, "ferry riders favour the new timetable");
  assert.equal(statementOf("Data show that the harbour is silting up.", "show").speaker?.mention?.text, "Data");
  // "show up" is another verb.
  assert.equal(statementsIn("The numbers show up every spring.").length, 0);
  // A phrase of place or time after the subject noun may hold nouns and numbers of its own.
  assert.equal(statementOf("Port records from the 1998 storm season show the pier lost two cranes.", "show").content.text, "the pier lost two cranes");
});

test("a cue in an opening 'When' clause reports up to the comma that closes it, past the commas of an appositive subject", () => {
  const s = statementOf("When the port director, Ole Brandt, said on Friday that the cranes were idle, the dockers walked out.", "said");
  assert.equal(s.speaker?.mention?.text, "the port director, Ole Brandt,");
  assert.equal(s.content.text, "that the cranes were idle");
  assert.equal(statementOf("When Ole Brandt said that the cranes were idle, the dockers walked out.", "said").content.text, "that the cranes were idle");
});

test("'..., and as X showed, ...' sets the cue inside the clause it reports", () => {
  const s = statementOf("Tolls keep rising, and as the flood in Dover, Del., showed, the levees are too low.", "showed");
  assert.equal(s.speaker?.mention?.text, "the flood in Dover, Del.,");
  assert.equal(s.rule, "statements/parenthetical-cue");
});

test("a capitalised verb ending a name before 'said' is no cue: 'director Tove Read said'", () => {
  const s = statementOf("At the quay on Friday, ferry line director Tove Read said fares would stay flat.", "said");
  assert.equal(s.speaker?.mention?.text, "ferry line director Tove Read");
});

test("a passive's agent closing the sentence keeps its indefinite appositive: 'reported by Ole Lund, a reporter for ...'", () => {
  const s = statementOf("The leak was first reported by Ole Lund, a reporter for the harbour gazette.", "was first reported");
  assert.equal(s.speaker?.mention?.text, "Ole Lund, a reporter for the harbour gazette");
});

test("a participle on the noun that opens the sentence takes an object that ends before the main verb ('Growers backing the toll will march')", () => {
  assert.equal(statementOf("Growers backing the new ferry toll will march on the capital.", "backing").content.text, "the new ferry toll");
  assert.equal(statementOf("Growers backing the new ferry toll marched on the capital.", "backing").content.text, "the new ferry toll");
  assert.equal(statementOf("Bakers calling on the council to be lenient closed their shops early.", "calling on").content.text, "the council to be lenient");
});

test("a passive of a feeling verb: its subject feels and its agent is what they feel about ('were annoyed by the fee')", () => {
  const annoyed = statementOf("The glider pilots were annoyed by the landing fee.", "were annoyed by");
  assert.equal(annoyed.speaker?.mention?.text, "The glider pilots");
  assert.equal(annoyed.content.text, "the landing fee");
});

test("a passive's agent keeps the phrases that place or count it, not the channel: 'endorsed by the 500 people in the hall'", () => {
  assert.equal(statementOf("The plan was endorsed by the 500 people in the hall, who cheered.", "was endorsed").speaker?.mention?.text, "the 500 people in the hall");
  assert.equal(statementOf("The mayor has been criticized by some of her rivals for the delay.", "has been criticized").speaker?.mention?.text, "some of her rivals");
});

test("a sentence that is only a participle phrase reports a stance with no holder: 'Praising the new ferry.'", () => {
  const s = statementOf("Praising the new ferry.", "Praising");
  assert.equal(s.speaker, null);
  assert.equal(s.content.text, "the new ferry");
  // With a main clause after it the participle speaks for that clause's subject.
  assert.equal(statementOf("Praising the new ferry, the warden cut the ribbon.", "Praising").speaker?.mention?.text, "the warden");
  // A verb of its own makes the participle a gerund subject, which reports nothing.
  assert.deepEqual(statementsIn("Praising the new ferry was easy."), []);
});

test("a day after its month is part of the date skipped before the content ('announced Oct. 9 that ...')", () => {
  assert.equal(statementOf("The ferry company announced October 9 that the winter timetable would start early.", "announced").content.text, "that the winter timetable would start early");
  assert.deepEqual(statementsIn("The bakery announced Oct. 9.").map((s) => s.content.text), []);
});

test("a time after a cue set between commas stays inside the parenthesis: 'The ovens, the baker said Monday, are cold'", () => {
  assert.equal(statementOf("The ovens, the baker said Monday, are cold again.", "said").content.text, "The ovens, the baker said Monday, are cold again");
  assert.equal(statementOf("The ovens, the baker said on Monday, are cold again.", "said").content.text, "The ovens, the baker said on Monday, are cold again");
});

test("'relished', 'contradicted', 'loved', 'upset', 'prohibited' take a stance on their object; 'pegged as', 'acquiesced to' keep their particle", () => {
  assert.equal(statementOf("Captain Oyelaran relished the long regatta.", "relished").content.text, "the long regatta");
  assert.equal(statementOf("The harbormaster contradicted the ferry schedule.", "contradicted").content.text, "the ferry schedule");
  assert.equal(statementOf("The beekeepers loved the new hives.", "loved").content.text, "the new hives");
  assert.equal(statementOf("The orchard guild prohibited late pruning.", "prohibited").content.text, "late pruning");
  // The cyclists feel the upset: they are its speaker, and the toll rise is what it is about.
  assert.equal(statementOf("The toll rise upset the cyclists.", "upset").content.text, "The toll rise");
  assert.equal(statementOf("One almanac pegs the comet as the brightest in decades.", "pegs").content.text, "the comet as the brightest in decades");
  assert.equal(statementOf("The glassblowers acquiesced to the new kiln rules.", "acquiesced to").content.text, "the new kiln rules");
});

test("'extolled', 'reviled', 'renounced' take a stance on their object; 'billed as' keeps its particle; 'mulled', 'foresees' hold a view; 'groused' reports a clause", () => {
  assert.equal(statementOf("The sculptor extolled the granite quarry.", "extolled").content.text, "the granite quarry");
  assert.equal(statementOf("The rowing club reviled the new dam.", "reviled").content.text, "the new dam");
  assert.equal(statementOf("Ms. Halvorsen renounced her seat on the board.", "renounced").content.text, "her seat on the board");
  assert.equal(statementOf("The troupe billed the show as a farewell tour.", "billed").content.text, "the show as a farewell tour");
  assert.equal(statementOf("Dr. Okonkwo mulled a second run for the council.", "mulled").content.text, "a second run for the council");
  assert.equal(statementOf("The pilot foresees a long delay at the pass.", "foresees").content.text, "a long delay at the pass");
  assert.equal(statementOf("The fishermen groused that the quota was too low.", "groused").content.text, "that the quota was too low");
});

test("'hammered', 'eyeing', 'illustrates' take their object as a stance; 'regrets', 'doubts' hold a view of theirs", () => {
  assert.equal(statementOf("The miners hammered the new levy.", "hammered").content.text, "the new levy");
  assert.equal(statementOf("Ms. Castellanos is eyeing a bid for the harbor board.", "is eyeing").content.text, "a bid for the harbor board");
  assert.equal(statementOf("The tide chart illustrates the shrinking shoreline.", "illustrates").content.text, "the shrinking shoreline");
  assert.equal(statementOf("The vintner regrets the early harvest.", "regrets").content.text, "the early harvest");
  assert.equal(statementOf("The auditor doubts the ledger totals.", "doubts").content.text, "the ledger totals");
});

test("'summed up', 'spelled out', 'zeroing in on' report with their particle; 'scared of', 'unaware of' hold a view; 'his dislike of' attributes", () => {
  assert.equal(statementOf("The referee summed up the new rules.", "summed up").content.text, "the new rules");
  assert.equal(statementOf("The mayor spelled out her plan for the docks.", "spelled out").content.text, "her plan for the docks");
  assert.equal(statementOf("The council is zeroing in on the budget gap.", "is zeroing in on").content.text, "the budget gap");
  assert.equal(statementOf("The ferry crews are scared of the storm season.", "are scared of").content.text, "the storm season");
  assert.equal(statementOf("The tenants were unaware of the rent rise.", "were unaware of").content.text, "the rent rise");
  assert.equal(statementOf("Mr. Ibsen's dislike of the new bridge grew.", "dislike of").content.text, "the new bridge");
});

test("'empathized with', 'squabbled over', 'overstated', 'admires' take a stance on what follows", () => {
  assert.equal(statementOf("The nurses empathized with the striking porters.", "empathized with").content.text, "the striking porters");
  assert.equal(statementOf("Both ferry firms squabbled over harbour dues.", "squabbled over").content.text, "harbour dues");
  assert.equal(statementOf("The engineer overstated the flood risk.", "overstated").content.text, "the flood risk");
  assert.equal(statementOf("The curator admires the old tapestries.", "admires").content.text, "the old tapestries");
});

test("'refuted', 'berated', 'marveled at' take a stance on what follows; 'resents' holds a view of it", () => {
  assert.equal(statementOf("The chemist refuted the rival formula.", "refuted").content.text, "the rival formula");
  assert.equal(statementOf("The miller berated the late carters.", "berated").content.text, "the late carters");
  assert.equal(statementOf("The poet marveled at the glacier.", "marveled at").content.text, "the glacier");
  assert.equal(statementOf("The captain resents the new harbor fees.", "resents").content.text, "the new harbor fees");
});

test("'authored', 'bristled at', 'dissected', 'reminisced about' report a stance on what follows", () => {
  assert.equal(statementOf("The weaver authored a guide to dyes.", "authored").content.text, "a guide to dyes");
  assert.equal(statementOf("The farmers bristled at the water quota.", "bristled at").content.text, "the water quota");
  assert.equal(statementOf("The coach dissected the lost match.", "dissected").content.text, "the lost match");
  assert.equal(statementOf("The sailors reminisced about the old port.", "reminisced about").content.text, "the old port");
});

test("'ripped' takes a stance on its object; 'exhorted' addresses a hearer; 'surmised' holds a view", () => {
  assert.equal(statementOf("The glassblower ripped the kiln inspectors.", "ripped").content.text, "the kiln inspectors");
  assert.equal(statementOf("The abbot exhorted the monks to plant more rye.", "exhorted").content.text, "the monks to plant more rye");
  assert.equal(statementOf("The botanist surmised that the orchids had wilted.", "surmised").content.text, "that the orchids had wilted");
});

test("a possessive's 'assumption that', 'doubts about', 'passion for', 'perception of' attribute what follows", () => {
  assert.equal(statementOf("The potter's assumption that the clay would dry overnight proved wrong.", "assumption").content.text, "that the clay would dry overnight");
  assert.equal(statementOf("Her doubts about the canal tolls grew.", "doubts about").content.text, "the canal tolls");
  assert.equal(statementOf("Mr. Odum's passion for tidal power is well known.", "passion for").content.text, "tidal power");
  assert.equal(statementOf("The brewer's perception of the hop shortage shifted.", "perception of").content.text, "the hop shortage");
});

test("'turned against', 'touched on', 'resonated with', 'have split on', 'campaigned against' report a stance with their particle", () => {
  assert.equal(statementOf("The glaziers turned against the guild charter.", "turned against").content.text, "the guild charter");
  assert.equal(statementOf("The lecturer touched on the decline of canal trade.", "touched on").content.text, "the decline of canal trade");
  assert.equal(statementOf("The plan resonated with the orchard growers.", "resonated with").content.text, "The plan");
  assert.equal(statementOf("The rowing clubs have split on the regatta date.", "have split on").content.text, "the regatta date");
  assert.equal(statementOf("The beekeepers campaigned against the pesticide ban.", "campaigned against").content.text, "the pesticide ban");
});

test("'idolize', 'underplayed', 'fulminated against' take a stance; 'distrust', 'yearns for' hold a view; 'groaned' reports", () => {
  assert.equal(statementOf("The young skaters idolize the old champion.", "idolize").content.text, "the old champion");
  assert.equal(statementOf("The ranger underplayed the avalanche danger.", "underplayed").content.text, "the avalanche danger");
  assert.equal(statementOf("The landlord fulminated against the new zoning map.", "fulminated against").content.text, "the new zoning map");
  assert.equal(statementOf("The hikers distrust the trail maps.", "distrust").content.text, "the trail maps");
  assert.equal(statementOf("The cellist yearns for a quieter hall.", "yearns for").content.text, "a quieter hall");
  assert.equal(statementOf("The sculptor groaned that the marble had cracked.", "groaned").content.text, "that the marble had cracked");
});

test("'according to' a source closing the sentence keeps a bare title or a group membership after it", () => {
  assert.equal(statementOf("The ferry runs late, according to Ann Berg, director of the harbour survey center.", "according to").speaker?.mention?.text, "Ann Berg, director of the harbour survey center");
  assert.equal(statementOf("The ferry runs late, according to the pilots union, one of the groups representing the crews.", "according to").speaker?.mention?.text, "the pilots union, one of the groups representing the crews");
});

test("a bare passive participle ('known as', 'seen as') after a noun has no speaker; with an auxiliary its subject speaks", () => {
  assert.equal(statementOf("Lund leads in the string of races known as the Harbour Cup.", "known as").speaker, null);
  assert.equal(statementOf("Berg has known the pilots since the flood.", "has known").speaker?.mention?.text, "Berg");
});

test("'accused of' with no object before 'of' is passive and has no speaker: 'Harbour Board Accused Of Hiding Reports'", () => {
  assert.equal(statementOf("Harbour Board Accused Of Hiding Flood Reports.", "Accused Of").speaker, null);
  assert.equal(statementOf("Lund accused Berg of hiding the reports.", "accused").speaker?.mention?.text, "Lund");
});

test("a quotation that finishes its sentence's clause before the cue is a mixed quotation: the content starts with the sentence", () => {
  const text = "The new bus lanes are “a gift to commuters,” Varga said, adding that more would follow.";
  const said = statementOf(text, "said");
  assert.equal(said.content.text, "The new bus lanes are “a gift to commuters,”");
  assert.equal(said.speaker?.mention?.text, "Varga");
  assert.equal(statementOf(text, "adding").content.text, "that more would follow");
  // A quotation opening the sentence is the content alone; a lead-in with a cue of its own belongs to that cue.
  assert.equal(statementOf("“The lanes help,” Varga said.", "said").content.text, "“The lanes help,”");
  assert.equal(statementOf("Ode argued the lanes are “a gift,” Varga said.", "said").content.text, "“a gift,”");
  // A verb that reports only with its particle ("play down") reports nothing without it.
  const play = "The mayor will play the “harbour card,” Varga said, adding that the vote was close.";
  assert.equal(statementOf(play, "said").content.text, "The mayor will play the “harbour card,”");
  assert.equal(statementOf("Ode played down the “harbour card,” Varga said.", "said").content.text, "“harbour card,”");
});

test("'seem' before a participle or a noun phrase reports an impression with no speaker: 'seemed rattled', 'seems a sure thing'", () => {
  const rattled = statementOf("The skipper seemed rattled by the storm.", "seemed");
  assert.equal(rattled.speaker, null);
  assert.equal(rattled.content.text, "The skipper seemed rattled by the storm");
  assert.equal(statementOf("The vote seems a sure thing for the bakers.", "seems").content.text, "The vote seems a sure thing for the bakers");
});

test("a relative pronoun before the subject opens the content only when the cue has no 'that' clause of its own", () => {
  assert.equal(statementOf("The council kept the ferry plan, about which Berg has argued that the fares are too high.", "has argued").content.text, "that the fares are too high");
  assert.equal(statementOf("She praised the garden, which Ines has said is the finest in town.", "has said").content.text, "which Ines has said is the finest in town");
});

test("'according to' after words with no verb: the content runs over the source to the end of the clause they open", () => {
  assert.equal(statementOf("Behind the long delay, according to two aides, was a quarrel over the fees.", "according to").content.text, "Behind the long delay, according to two aides, was a quarrel over the fees");
  assert.equal(statementOf("The ferry will run late, according to the harbour office, because of the fog.", "according to").content.text, "The ferry will run late");
  // A time before the source: the clause after it is no description of the source.
  assert.equal(speakerOf("Last winter, according to the harbour office, tolls doubled.", "according to"), "the harbour office");
});

test("'look forward to' is a cue with its 'to' ('is looking forward to the ferry race'); 'looked at the map' is none", () => {
  const s = statementOf("The rowing club is looking forward to the ferry race in May.", "is looking forward to");
  assert.equal(s.speaker?.mention?.text, "The rowing club");
  assert.equal(s.content.text, "the ferry race in May");
  assert.deepEqual(statementsIn("Okafor looked at the map for a while.").map((x) => x.cue.text), []);
});

test("'push' reports an aim before 'to' and a verb ('are pushing to close the pier'), not an act ('pushed the cart', 'to push the crates')", () => {
  const s = statementOf("The harbour wardens are pushing to close the pier by June.", "are pushing");
  assert.equal(s.speaker?.mention?.text, "The harbour wardens");
  assert.equal(s.content.text, "to close the pier by June");
  assert.deepEqual(statementsIn("Okafor pushed the cart up the hill.").map((x) => x.cue.text), []);
  assert.deepEqual(statementsIn("The crew seemed to push the crates toward the dock.").map((x) => x.cue.text), ["seemed"]);
});

test("'maintain' reports only before 'that': 'maintained that the orchard flooded', not 'maintained a lead'", () => {
  assert.equal(statementOf("Okafor has long maintained that the orchard flooded twice.", "has long maintained").content.text, "that the orchard flooded twice");
  assert.equal(statementsIn("Okafor maintained a narrow lead in the orchard count.").length, 0);
});

test("a title after 'titled' or 'entitled' is its work's content, with no speaker; 'entitled to' gives none", () => {
  const quoted = statementOf("The co-op printed a pamphlet titled \"Apples After Rain\" last spring.", "titled");
  assert.equal(quoted.content.text, "\"Apples After Rain\"");
  assert.equal(quoted.speaker?.mention ?? null, null);
  assert.equal(statementOf("A song entitled Orchard of the Moon won the prize.", "entitled").content.text, "Orchard of the Moon");
  assert.deepEqual(statementsIn("Every grower is entitled to a water share."), []);
});

test("an object standing before its subject stays the content when a place or time phrase follows the cue: 'which X criticized at the council'", () => {
  assert.equal(statementOf("The rye tax was dropped in June, which Mayor Ostrander criticized at the council on Friday.", "criticized").content.text, "which");
  assert.equal(statementOf("The rye tax was dropped in June, which the guild praised and the millers opposed.", "praised").content.text, "which");
  const aside = statementOf("The bakery closed early on Sunday, a decision the guild criticized at its spring meeting.", "criticized");
  assert.equal(aside.content.text, "a decision");
  assert.equal(aside.speaker?.mention?.text, "the guild");
  // With no comma the noun joined straight to the subject is the object; after a preposition it is a phrase of its own.
  assert.equal(statementOf("It was the kind of toll the guild opposed in its spring letter.", "opposed").content.text, "the kind of toll");
  assert.equal(statementOf("In the end the guild opposed it in its letter.", "opposed").content.text, "it");
});

test("a lone noun before a parenthetical cue is the reported clause's subject; a lone connective is not", () => {
  assert.equal(statementOf("Tolls, the ferry captain said, will rise next spring.", "said").content.text, "Tolls, the ferry captain said, will rise next spring");
  assert.equal(statementOf("But, the ferry captain said, the tolls will rise.", "said").content.text, "the tolls will rise");
  // A lone count is a subject too.
  assert.equal(statementOf("Twelve, the ferry captain said, had drowned.", "said").content.text, "Twelve, the ferry captain said, had drowned");
});

test("an addressee inside a parenthetical cue keeps the clause around it whole", () => {
  assert.equal(
    statementOf("The orchard rents, the steward told the tenants, will double by autumn.", "told").content.text,
    "The orchard rents, the steward told the tenants, will double by autumn",
  );
});

test("'To X, ...' opening a sentence gives the clause after it as X's view; 'To date, ...' names no one", () => {
  const view = statementOf("To Ann Berg, the toll is a tax on islanders.", "To");
  assert.equal(view.speaker?.mention?.text, "Ann Berg");
  assert.equal(view.content.text, "the toll is a tax on islanders");
  assert.equal(statementOf("But to many, the ferry is a lifeline.", "to").speaker?.mention?.text, "many");
  assert.ok(!statementsIn("To date, the ferry has run late twice.").some((s) => s.cue.text === "To"));
});

test("'By X's tally, ...' opening a sentence gives the clause after it as that reckoning's finding; 'by ... standards' does not", () => {
  const tally = statementOf("By the harbour board's tally, forty ferries ran late.", "By");
  assert.equal(tally.speaker?.mention?.text, "the harbour board's tally");
  assert.equal(tally.content.text, "forty ferries ran late");
  assert.equal(statementOf("But by some measures, the toll works.", "by").speaker?.mention?.text, "some measures");
  assert.ok(!statementsIn("By Tuesday, the ferry had sailed.").some((s) => s.cue.text === "By"));
  assert.ok(!statementsIn("By harbour standards, the ferry is old.").some((s) => s.cue.text === "By"));
});

test("'Under X law, ...' opening a sentence gives the clause after it as what the law says; 'Under the plan, ...' does not", () => {
  const law = statementOf("Under Ohio law, a recount is automatic.", "Under");
  assert.equal(law.speaker?.mention?.text, "Ohio law");
  assert.equal(law.content.text, "a recount is automatic");
  assert.equal(statementOf("Under the new regulation that the board issued, fees double.", "Under").content.text, "fees double");
  assert.ok(!statementsIn("Under the plan, fees double.").some((s) => s.cue.text === "Under"));
});

test("'By'/'Under' reckon by the noun phrase right after them, and a law's comma must close that phrase", () => {
  assert.ok(!statementsIn("By the end of the count, Lund led.").some((s) => s.cue.text === "By"));
  assert.equal(statementOf("Under Ohio's new law, a recount is automatic.", "Under").speaker?.mention?.text, "Ohio's new law");
  assert.ok(!statementsIn("Under Ohio law a recount is automatic, and the board pays.").some((s) => s.cue.text === "Under"));
});

test("'Under X law, ...': the law is the source, and what describes it up to its comma is neither source nor content", () => {
  assert.equal(statementOf("Under the new regulation that the board issued, fees double.", "Under").speaker?.mention?.text, "the new regulation");
  const act = statementOf("Under Act 10, which the board passed, fees double.", "Under");
  assert.equal(act.speaker?.mention?.text, "Act 10");
  assert.equal(act.content.text, "fees double");
});

test("'a self-described X': 'self' speaks through 'described' and X is what it calls itself; after 'the' it is a name", () => {
  const described = statementOf("Lund, a self-described harbour romantic, rows at dawn.", "described");
  assert.equal(described.speaker?.mention?.text, "self");
  assert.equal(described.content.text, "harbour romantic");
  assert.ok(!statementsIn("The self-described romantic rows at dawn.").some((s) => s.cue.text === "described"));
  // The description stops at the end of its line: the heading below is not what the person calls themselves.
  assert.equal(statementOf("Odile Marsh is a self-described kite enthusiast\nWindy Hill Kite Club Notes", "described").content.text, "kite enthusiast");
});

test("a noun of saying or stance before 'is that' or 'was:' states what was said, to the sentence's end", () => {
  const answer = statementOf("The beekeeper's answer was that the hives had survived the winter and would swarm in May.", "answer was");
  assert.equal(answer.speaker?.mention?.text, "The beekeeper's");
  assert.equal(answer.content.text, "that the hives had survived the winter and would swarm in May");
  const reply = statementOf("Okafor's reply was: “We will replant the pears.”", "reply was:");
  assert.equal(reply.speaker?.mention?.text, "Okafor's");
  assert.equal(reply.content.text, "“We will replant the pears.”");
  const unowned = statementOf("The common complaint is that the cider costs too much.", "The common complaint is");
  assert.equal(unowned.speaker, null);
  // "The issue is that ...": a noun that reports nothing by itself needs someone's possessive.
  assert.ok(!statementsIn("The issue is that the cider costs too much.").some((s) => s.cue.text.includes("issue")));
});

test("a lone dash right after a cue ends its clause: what follows is the writer's", () => {
  assert.deepEqual(cuesOf("Whether the harvest will be enough is hard to say — nobody has counted yet."), []);
  assert.equal(statementOf("A tax on cider — a levy the growers once supported — now looks unwise.", "once supported").content.text, "a levy");
  // A dash pair after the cue sets off an aside, and the content still follows it.
  assert.match(statementOf("The grower said — in a letter, as it happens — that the frost came early.", "said").content.text, /that the frost came early$/);
});

test("a few words opened by a preposition, with no verb ('talked to him', 'replied in kind'), report nothing", () => {
  assert.deepEqual(cuesOf("The potter never replied in kind."), []);
  assert.deepEqual(cuesOf("Have the weavers talked to him?"), []);
  // After an addressee such a phrase still can.
  assert.equal(statementOf("The weavers asked the guild for a loan.", "asked").content.text, "for a loan");
});

test("a lone adjective or adverb after the cue ('replied first', 'felt terrible') is no content; 'so' and 'why' are", () => {
  assert.deepEqual(cuesOf("The ferry captain replied first."), []);
  assert.deepEqual(cuesOf("The ferry captain felt terrible."), []);
  assert.equal(statementOf("The ferry captain said so.", "said").content.text, "so");
  assert.equal(statementOf("The ferry captain did not explain why.", "did not explain").content.text, "why");
});

test("quotations after '“...,” X said, adding ...' carry on the added remark; after 'noting' they stay with the first", () => {
  const added = "“The ferry will run on time,” the harbour master said, adding that the new pier opens in May. “We have tested every engine twice.”\n\nThe council meets on Monday.";
  assert.equal(statementOf(added, "said").content.text, "“The ferry will run on time,”");
  assert.equal(statementOf(added, "adding").content.text, "that the new pier opens in May. “We have tested every engine twice.”");
  const noted = added.replace("adding", "noting");
  assert.match(statementOf(noted, "said").content.text, /twice\.”$/);
  assert.equal(statementOf(noted, "noting").content.text, "that the new pier opens in May");
});

test("a passive cue closed by a comma reports only its subject; an expletive 'it' still reports what follows", () => {
  assert.equal(statementOf("The recipe was widely admired, but the baker had never explained it.", "was widely admired").content.text, "The recipe");
  assert.equal(statementOf("The new toll was roundly criticized, and the drivers soon found another road.", "was roundly criticized").content.text, "The new toll");
  assert.equal(statementOf("It seems, though, that the ferry is late.", "seems").content.text, "It seems, though, that the ferry is late");
});

test("a passive with no subject in reach and only a place, time or manner after it reports nothing; 'as' and 'seems' + adverb still do", () => {
  assert.deepEqual(cuesOf("The mayor defended the toll - and was roundly mocked on the radio."), ["defended"]);
  assert.equal(statementOf("The mayor defended the toll - and was roundly mocked as a miser.", "was roundly mocked").content.text, "as a miser");
  assert.equal(statementOf("The toll rose in May and seemed oddly fitting.", "seemed").content.text, "oddly fitting");
});

test("a passive cue at the full stop reports only its subject", () => {
  assert.equal(statementOf("The new toll was announced.", "was announced").content.text, "The new toll");
});

test("a passive cue closed by a comma after a time or place phrase still reports only its subject", () => {
  assert.equal(statementOf("The case was argued in March, and the judges then left town.", "was argued").content.text, "The case");
});

test("a verb of saying opening its sentence is inverted: its named speaker follows, then the quotation: 'Said Quill, “...”'", () => {
  const s = statementOf("The bakers were furious. Said Ada Quill, \"The flour tax will ruin us.\"", "Said");
  assert.equal(s.speaker?.mention?.text, "Ada Quill");
  assert.equal(s.content.text, "\"The flour tax will ruin us.\"");
  assert.equal(speakerOf("The bakers were furious. But, added Ruck: \"we will keep baking.\"", "added"), "Ruck");
});

test("a subject 'focused on' or 'divided on' something holds the view, as one 'worried about' it does: 'Orchard owners were divided on the levy'", () => {
  const s = statementOf("Orchard owners were sharply divided on the new water levy.", "were sharply divided on");
  assert.equal(s.speaker?.mention?.text, "Orchard owners");
  assert.equal(s.content.text, "the new water levy");
  assert.equal(speakerOf("The rowing clubs are mostly focused on the spring regatta.", "are mostly focused on"), "The rowing clubs");
});

test("a second cue of the same speaker after 'but' and a time ends the first content: 'was wary of the plan but on Friday wrote'", () => {
  const text = "The beekeeper was wary of the new hives but on Friday wrote that she would try one.";
  assert.equal(statementOf(text, "was wary of").content.text, "the new hives");
  assert.equal(statementOf(text, "wrote").content.text, "that she would try one");
});

test("after a participle's object a second participle joined by 'and' is the next act: 'calling for a recount and waving banners'", () => {
  const text = "The weavers marched to the guildhall, calling for a fair price and waving banners that read “Pay the loom.”";
  assert.equal(statementOf(text, "calling for").content.text, "a fair price");
});

test("a cue in an opening clause after a time or a word of measure ('In May, after ...', 'Long before ...') reports up to the clause's comma", () => {
  assert.equal(statementOf("In May, after the dairy asked its drivers to take a pay cut, most of them quit.", "asked").content.text, "its drivers to take a pay cut");
  assert.equal(statementOf("Long before the orchestra agreed to hire a soloist, Ms. Vance had memorised the score.", "agreed").content.text, "to hire a soloist");
});

test("a relative clause on the subject that opens the sentence ends at the main clause's auxiliary: 'The fiddler who plans to join the band was ...'", () => {
  assert.equal(statementOf("The shy fiddler who plans to join the band was tuning her strings at the fair.", "plans").content.text, "to join the band");
});

test("'cast' reports only with 'as' after its object: 'has cast herself as a reformer', not 'cast their ballots'", () => {
  const s = statementOf("Ms. Ilves has cast herself as a friend of the ferrymen.", "has cast");
  assert.equal(s.speaker?.mention?.text, "Ms. Ilves");
  assert.equal(s.content.text, "herself as a friend of the ferrymen");
  assert.deepEqual(cuesOf("The islanders cast their ballots before noon."), []);
});

test("an addressed cue's -ing phrase closed by a comma takes its object as content: 'Despite challenging the board's count, Lund said'", () => {
  const s = statementOf("Despite challenging the referee's ruling, the striker said the goal should stand.", "challenging");
  assert.equal(s.content.text, "the referee's ruling");
  assert.equal(s.speaker?.mention?.text, "the striker");
});

test("a cue in a clause a subordinator opens after a comma or 'and' reports up to the comma closing it: ', and while Lund argued X, ...'", () => {
  const text = "The glacier trail looks safe, and while the ranger argued it needed new rails, the park kept it open all winter.";
  assert.equal(statementOf(text, "argued").content.text, "it needed new rails");
  assert.equal(statementOf("Our ferry is slow, but if the captain claims it is fast, the tourists believe him.", "claims").content.text, "it is fast");
});

test("a cue in -ing after an opening 'with' or 'despite' and its subject reports up to the comma: 'With surveys showing X, ...'", () => {
  const s = statementOf("With surveys showing the bridge is unsafe, the council closed it.", "showing");
  assert.equal(s.content.text, "the bridge is unsafe");
  assert.equal(s.speaker?.mention?.text, "surveys");
});

test("a verb closing a comparison reports the compared word even before a comma; 'than' is never in the speaker", () => {
  const s = statementOf("The bread rose higher than the bakers had hoped, and the loaves split.", "had hoped");
  assert.equal(s.speaker?.mention?.text, "the bakers");
  assert.equal(s.content.text, "higher than");
  assert.equal(speakerOf("The bread rose higher than the bakers predicted it would.", "predicted"), "the bakers");
});

test("an adverb may open the sentence before an inverted verb of saying: 'Then said Lind: “...”'", () => {
  assert.equal(speakerOf("“The nets are torn,” a fisher said. Then said Oda Lind: “We mend them tonight.”", "said"), "a fisher");
  assert.equal(statementsIn("“The nets are torn,” a fisher said. Then said Oda Lind: “We mend them tonight.”")[1]?.speaker?.mention?.text, "Oda Lind");
  assert.equal(speakerOf("“The nets are torn,” a fisher said. Also wrote Oda Lind, “We mend them tonight.”", "Also wrote"), "Oda Lind");
});

test("a short quoted title inside an 'according to' source is part of it: 'according to the “Safe Moorings” audit'", () => {
  assert.equal(speakerOf("Half the buoys were adrift, according to the “Safe Moorings” audit.", "according to"), "the “Safe Moorings” audit");
  assert.equal(speakerOf("Half the buoys were adrift, according to Vera Holm, “who counts them daily.”", "according to"), "Vera Holm");
});

test("a cue after an exclaimed or asked quotation that goes on to content of its own reports that content, not the quotation", () => {
  const said = statementOf("The bell rang twice. “Keep the ferry running!” Ms. Vale said the council had failed the island.", "said");
  assert.equal(said.content.text, "the council had failed the island");
  const told = statementOf("“Not again!” Ms. Vale told the Harbor Gazette she had already written to the mayor.", "told");
  assert.equal(told.content.text, "she had already written to the mayor");
  // An addressee or an adjunct alone leaves the quotation to the cue.
  assert.equal(statementOf("“Who pays for the new pier?” she asked the council on Monday.", "asked").content.text, "“Who pays for the new pier?”");
  assert.equal(statementOf("“Bring the boats home!” the crowd chanted from the quay.", "chanted").content.text, "“Bring the boats home!”");
  // "there" is a place after the cue, and a subject only before a verb.
  assert.equal(statementOf("“Mind the step!” the guide shouted there.", "shouted").content.text, "“Mind the step!”");
  assert.equal(statementOf("“Mind the step!” the guide said there was ice.", "said").content.text, "there was ice");
});

test("a light verb with a definite noun of speech and only an adjunct after it reports nothing; with a clause or a preposition of its own it does", () => {
  assert.deepEqual(cuesOf("Ms. Okafor made those comments during the spring fair."), []);
  assert.deepEqual(cuesOf("The teacher drew the comparison during a visit to the museum."), []);
  assert.equal(statementOf("Mr. Dunne made the case to the cadets that the ship was sound.", "made the case").content.text, "that the ship was sound");
  assert.equal(statementOf("Mr. Dunne made his case for the new pier.", "made his case for").content.text, "the new pier");
});

test("after '..., X said' a long phrase opened by a preposition is where or how it was said; the clause before is the content", () => {
  const said = statementOf("The pier will close next spring, Ms. Vale said in answering a question from the rowing club.", "said");
  assert.equal(said.content.text, "The pier will close next spring");
  const wrote = statementOf("The ferry has lost money for years, Ms. Vale wrote in a letter she sent to the board on Friday.", "wrote");
  assert.equal(wrote.content.text, "The ferry has lost money for years");
  // An opening phrase without a verb is no reported clause.
  assert.equal(statementOf("In her column, Ms. Vale wrote about the harbour.", "wrote about").content.text, "the harbour");
});

test("a quotation another statement already holds whole is not the words of a cue in the narration after it", () => {
  const text = "“The nets are torn,” Ms. Vale said. “We need new ones before the season.” Berg reported from the quay.";
  assert.deepEqual(cuesOf(text), ["said"]);
  assert.equal(statementOf(text, "said").content.text, "“The nets are torn,” Ms. Vale said. “We need new ones before the season.”");
});

test("a cue with an object slot reports the main clause after 'As X V,': 'As Ines has pointed out, the hives need shade'", () => {
  const s = statementOf("As the beekeeper has pointed out, the hives need more shade.", "has pointed out");
  assert.equal(s.speaker?.mention?.text, "the beekeeper");
  assert.equal(s.content.text, "the hives need more shade");
  assert.equal(statementOf("And as Ines Dorn summed up, the orchard was never profitable.", "summed up").content.text, "the orchard was never profitable");
  assert.deepEqual(cuesOf("As the florist gave her toast, the guests raised their cups."), []);
});

test("an occasion between a name and its verb says where the words were said: 'Marsh at a briefing said', 'Marsh in his speech labeled'", () => {
  assert.equal(speakerOf("Oda Lind at a briefing said the orchard would close.", "said"), "Oda Lind");
  assert.equal(speakerOf("Oda Lind in her weekly column argued that the orchard should close.", "argued"), "Oda Lind");
  const labeled = statementOf("Ivo Marsh in his speech labeled the quarry a hazard.", "labeled");
  assert.equal(labeled.speaker?.mention?.text, "Ivo Marsh");
  assert.equal(labeled.content.text, "the quarry a hazard");
  assert.deepEqual(cuesOf("The town bought a quarry called Grey Hollow."), []);
});

test("a dash after a cue that closes its reported clause opens the writer's comment, not more of the report: '..., the board said on Friday -- a turn few expected'", () => {
  for (const dash of ["--", "\u2014"]) {
    const s = statementOf(`The orchard tax would be halved by autumn, the growers' guild said on Friday ${dash} a turn few had expected.`, "said");
    assert.equal(s.content.text, "The orchard tax would be halved by autumn");
    assert.equal(s.speaker?.mention?.text, "the growers' guild");
  }
});

test("a sentence-opening 'Said' takes the speaker's description up to the quotation: 'Said Tomas Riel, a beekeeper, “...”'", () => {
  assert.equal(speakerOf("Said Tomas Riel, a beekeeper, “The hives came through the frost.”", "Said"), "Tomas Riel, a beekeeper,");
  const s = statementOf("Said Tomas Riel, who keeps bees on the ridge, “The hives came through the frost.”", "Said");
  assert.equal(s.speaker?.mention?.text, "Tomas Riel, who keeps bees on the ridge,");
  assert.equal(s.content.text, "“The hives came through the frost.”");
});

test("a quotation finishing the clause before an inverted cue is a mixed quotation, also when the sentence goes on after a conjunction", () => {
  const text = "The ferry captain is “no friend of the islands,” said Ida Storm, but she has praised his crew.";
  assert.equal(statementOf(text, "said").content.text, "The ferry captain is “no friend of the islands,”");
  assert.equal(statementOf("The ferry captain is ''no friend of the islands,'' said Ida Storm.", "said").content.text, "The ferry captain is ''no friend of the islands,''");
  assert.equal(statementOf("The ferry captain is “no friend of the islands,” Ida Storm said, and she has praised his crew.", "said").content.text, "The ferry captain is “no friend of the islands,”");
  // An opening bracket is no clause to finish.
  assert.equal(statementOf("(“The tide turned early,” said Ida Storm.)", "said").content.text, "“The tide turned early,”");
});

test("a cue inside an aside set off by dashes reports the aside alone: '... — that will not happen, her aides say — but ...'", () => {
  const text = "The question for the choir is not whether Moe retires — that will not happen, her friends say — but when she stops touring.";
  const s = statementOf(text, "say");
  assert.equal(s.content.text, "that will not happen");
  assert.equal(s.speaker?.mention?.text, "her friends");
});

test("an inverted cue after an opening conjunction takes the speaker after it, not a subject shared with an earlier act: 'But said Ida Storm, the pilot, “...”'", () => {
  assert.equal(speakerOf("But said Ida Storm, the harbour pilot, “We stay.”", "said"), "Ida Storm, the harbour pilot,");
  assert.equal(statementOf("But said Ida Storm, the harbour pilot, “We stay.”", "said").content.text, "“We stay.”");
});

test("an addressee followed by 'to' is who is to act and belongs to the content; before a clause it stays out", () => {
  assert.equal(statementOf("Mira Holt urged the ferry crews to slow down near the reef.", "urged").content.text, "the ferry crews to slow down near the reef");
  assert.equal(statementOf("Holt Asks Beekeepers Everywhere To Plant More Clover.", "Asks").content.text, "Beekeepers Everywhere To Plant More Clover");
  assert.equal(statementOf("Mira Holt told the beekeepers that the clover had failed.", "told").content.text, "that the clover had failed");
});

test("a clause whose single quotation closes after its comma is reported by the cue after it: 'Tides Are ‘Rising Fast,’ Survey Finds'", () => {
  const s = statementOf("Glacier Tours Are ‘Far Too Risky,’ Alpine Survey Finds.", "Finds");
  assert.equal(s.speaker?.mention?.text, "Alpine Survey");
  assert.equal(s.content.text, "Glacier Tours Are ‘Far Too Risky,’");
  assert.equal(statementOf("the glacier tours were 'far too risky,' the guides said.", "said").content.text, "the glacier tours were 'far too risky,'");
});

test("a label over a long list of names heads a roster, not a statement; a short title-case list with a verb still speaks", () => {
  assert.deepEqual(statementsIn("Tromsø: Ann Berg, Per Lund, Will Moe, Ola Dahl Jr., Kari O’Nilsen, Mark Lucas and Eva Vik."), []);
  assert.equal(statementOf("Holt: Kayaks, Canoes, Rafts Are All Too Slow.", ":").content.text, "Kayaks, Canoes, Rafts Are All Too Slow");
});

test("addressees joined by 'and', commas or a place before 'to' stay in the content with the first", () => {
  assert.equal(statementOf("Mira Holt urged beekeepers and orchard owners to plant more clover.", "urged").content.text, "beekeepers and orchard owners to plant more clover");
  assert.equal(statementOf("Holt asks gardeners in Tromsø to water less.", "asks").content.text, "gardeners in Tromsø to water less");
});

test("a participle on the addressee before 'to' stays in the content with it, not in place of it", () => {
  assert.equal(statementOf("Mira Holt urged hikers staying near the lake to boil their water.", "urged").content.text, "hikers staying near the lake to boil their water");
  assert.equal(statementOf("Mira Holt urged tenants based abroad to vote by post.", "urged").content.text, "tenants based abroad to vote by post");
});

test("a dash after a parenthetical cue inside a verbless clause opens an aside: 'Rents, the steward said -- sadly -- will double'", () => {
  for (const dash of ["--", "\u2014"]) {
    const text = `The orchard rents, the steward said ${dash} sadly ${dash} will double.`;
    assert.equal(statementOf(text, "said").content.text, text.slice(0, -1));
  }
  // A lone dash after the cue opens no aside.
  assert.ok(statementsIn("A costly plan, the wardens complain - and nobody listens.").every((x) => !x.content.text.includes("nobody")));
});

test("an appositive after an opening 'According to' source renames it and stays out of the content", () => {
  const named = statementOf("According to the ranger, Olga Pike, the trail will reopen.", "According to");
  assert.equal(named.speaker?.mention?.text, "the ranger, Olga Pike");
  assert.equal(named.content.text, "the trail will reopen");
  assert.equal(statementOf("According to Olga Pike, the ranger, the trail will reopen.", "According to").content.text, "the trail will reopen");
  // A list opening the clause is no appositive.
  const list = statementOf("According to the ranger, Pike, Ode and Lind found the trail.", "According to");
  assert.equal(list.speaker?.mention?.text, "the ranger");
  assert.ok(list.content.text.startsWith("Pike"));
});

test("a light verb that is a cue of its own, with only a time after its noun, reports the noun as with nothing after it", () => {
  for (const time of ["on Friday", "in the evening"]) {
    const s = statementOf(`The harbour master offered an apology ${time}.`, "offered");
    assert.equal(s.speaker?.mention?.text, "The harbour master");
    assert.ok(s.content.text.startsWith("an apology"));
  }
});

test("a capitalised word wink tags as a verb before a colon opening a line is a speaker label's name", () => {
  const text = "The harbour board met at noon.\nCook: Let me be plain, the ferry keeps sailing.";
  const s = statementOf(text, ":");
  assert.equal(s.speaker?.mention?.text, "Cook");
  assert.equal(s.content.text, "Let me be plain, the ferry keeps sailing");
  // A headline's adverb before the word is no part of a name.
  assert.deepEqual(statementsIn("Now Revealed: See The Old Pier Before It Falls").map((x) => x.cue.text), []);
});

test("an opening participle phrase before the speaker sets the scene and is no reported clause", () => {
  assert.deepEqual(cuesOf("Pressed on the budget, Vesna Orr said on Friday."), []);
  assert.deepEqual(cuesOf("Leaning on the rail, Vesna Orr said in a long talk about glazes."), []);
  // A clause with a verb of its own after the participle is still what was said.
  assert.equal(statementOf("Melting glaciers worry the farmers, Vesna Orr said on Friday.", "said").content?.text, "Melting glaciers worry the farmers");
});

test("a second speaker and verb of saying after the cue's comma open their own report, not the first cue's content", () => {
  assert.deepEqual(cuesOf("Ivo Kask argued, as Ada Rebane said: “The kiln runs cold.”"), ["said:"]);
  assert.deepEqual(cuesOf("Ivo Kask insisted, Ada Rebane said, “The kiln runs cold.”"), ["said"]);
  // With no comma the second report is what the first cue reports.
  assert.equal(statementOf("Ivo Kask insisted Ada Rebane said the kiln ran cold.", "insisted").content?.text, "Ada Rebane said the kiln ran cold");
});

test("a thing with an 'of' phrase after 'ordered' or 'urged' is what was asked for; after 'reminded' the addressee ends before 'of'", () => {
  assert.equal(statementOf("Ines Varga ordered the recall of the tractors.", "ordered").content?.text, "the recall of the tractors");
  assert.equal(statementOf("Ines Varga urged a survey of the orchards.", "urged").content?.text, "a survey of the orchards");
  assert.equal(statementOf("Ines Varga reminded the growers of the frost.", "reminded").content?.text, "of the frost");
  // A role before "of" stays the addressee.
  assert.equal(statementOf("Ines Varga asked the mayor of Tartu to resign.", "asked").content?.text, "the mayor of Tartu to resign");
});

test("a thing ordered with only adjuncts after it, or nothing, is all of the content, not an addressee to skip", () => {
  assert.equal(statementOf("The co-op had ordered a census of the goats at both dairies.", "had ordered").content?.text, "a census of the goats at both dairies");
  assert.equal(statementOf("Ines Varga ordered a census.", "ordered").content?.text, "a census");
  // Before a clause the noun is still who hears it.
  assert.equal(statementOf("Ines Varga told the choir that the hall was booked.", "told").content?.text, "that the hall was booked");
});

test("a group of people after 'asked' is who was asked, though the role lexicon lacks it: 'asked the violinists about ...'", () => {
  assert.equal(statementOf("The conductor asked the violinists about the tempo.", "asked").content?.text, "about the tempo");
  assert.equal(statementOf("The abbot asked the locals about the harvest.", "asked").content?.text, "about the harvest");
});

test("an age after an opening 'According to' name joins the source, and so does an appositive after it", () => {
  const aged = statementOf("According to Olga Pike, 61, the kiln runs too hot.", "According to");
  assert.equal(aged.speaker?.mention?.text, "Olga Pike, 61");
  assert.equal(aged.content.text, "the kiln runs too hot");
  assert.equal(speakerOf("According to Olga Pike, 61, a potter, the kiln runs too hot.", "According to"), "Olga Pike, 61, a potter");
});

test("an opening 'According to' name keeps a longer appositive, or one opening on an owner or 'another'", () => {
  assert.equal(speakerOf("According to Olga Pike, the head of the Kiln Guild, the glaze will crack.", "According to"), "Olga Pike, the head of the Kiln Guild");
  assert.equal(speakerOf("According to Olga Pike, Ode's deputy, the glaze will crack.", "According to"), "Olga Pike, Ode's deputy");
  assert.equal(speakerOf("According to Olga Pike, her deputy, the glaze will crack.", "According to"), "Olga Pike, her deputy");
  assert.equal(speakerOf("According to Olga Pike, another potter, the glaze will crack.", "According to"), "Olga Pike, another potter");
});

test("'was quoted as saying' is the subject's own report: one cue to 'saying', the subject its speaker", () => {
  const quoted = statementOf("The beekeeper was quoted as saying the hives had swarmed.", "was quoted as saying");
  assert.equal(quoted.speaker?.mention?.text, "The beekeeper");
  assert.equal(quoted.content.text, "the hives had swarmed");
});

test("past an addressee of 'told', 'of' or 'about' opens what was told: 'told the rowers of the new course'", () => {
  assert.equal(statementOf("Ostby told the rowers of the new course.", "told").content.text, "of the new course");
  assert.equal(statementOf("Ostby told the rowers about the new course.", "told").content.text, "about the new course");
});

test("a story after 'told' is what was told, not who heard it: 'told the story of a miller who lost his mill'", () => {
  assert.equal(statementOf("Ostby told the story of a miller who lost his mill.", "told").content.text, "the story of a miller who lost his mill");
  assert.equal(statementOf("The rowers tell a tale of two harbours, with the old one silting up.", "tell").content.text, "a tale of two harbours, with the old one silting up");
  // A listener still comes before a clause of its own.
  assert.equal(statementOf("Ostby told the miller his mill would close.", "told").content.text, "his mill would close");
});

test("a verb of saying between commas, its speaker after it, interrupts the clause it reports: 'The snag, said Voss, is the heat'", () => {
  const kiln = statementOf("The snag with the new kiln, said Ida Voss, is its uneven heat.", "said");
  assert.equal(kiln.speaker?.mention?.text, "Ida Voss");
  assert.equal(kiln.content.text, "The snag with the new kiln, said Ida Voss, is its uneven heat");
  // An appositive keeps its closing comma; an adverb may open the resumed predicate.
  assert.equal(speakerOf("And the old barge, says Ann Berg, a deckhand, still leaks at the stern.", "says"), "Ann Berg, a deckhand,");
  // The resumed clause ends where a participle opens the speaker's next act.
  const ledger = statementOf("Any fair reading of the ledger, said Ole Lund, would show a loss, seeing the dock as a burden.", "said");
  assert.equal(ledger.content.text, "Any fair reading of the ledger, said Ole Lund, would show a loss");
  // A clause of its own before the comma makes a list of acts, not an aside.
  const writes = statementsIn("She coaches swimmers, writes poems and, on weekends, leads a choir.").find((s) => s.cue.text === "writes");
  assert.equal(writes?.speaker?.mention?.text ?? null, null);
});

test("the comma closing an inverted speaker's appositive also closes the aside before a participle: '..., said Berg, a pilot, adding that'", () => {
  assert.equal(speakerOf("The quay is shut, said Ann Berg, a pilot, adding that the tide was high.", "said"), "Ann Berg, a pilot,");
});

test("a sentence opening 'According to X,' is X's to its end: later clauses and their cues are inside the content", () => {
  const text = "According to the orchard survey, the pear harvest shrank, and growers blamed the late frost.";
  const s = statementOf(text, "According to");
  assert.equal(s.content.text, "the pear harvest shrank, and growers blamed the late frost");
  assert.deepEqual(cuesOf(text), ["According to"]);
});

test("'..., according to X' leaves out an opening conjunction, a discourse adverbial and a clause before a colon", () => {
  assert.equal(statementOf("But, in fact, the tram ran empty, according to the depot staff.", "according to").content.text, "the tram ran empty");
  assert.equal(statementOf("It got worse: the tram ran empty, according to the drivers.", "according to").content.text, "the tram ran empty");
});

test("a light verb with a verdict given in a speech is one cue: 'delivered a critique of', 'offered a tribute to'", () => {
  const critique = statementOf("Olga Pike delivered a sharp critique of the new kiln rules.", "delivered a sharp critique of");
  assert.equal(critique.speaker?.mention?.text, "Olga Pike");
  assert.equal(critique.content.text, "the new kiln rules");
  assert.equal(statementOf("The guild offered a warm tribute to its oldest glazers.", "offered a warm tribute to").content.text, "its oldest glazers");
});

test("a light verb's noun before a 'that' the tagger reads as a determiner still opens the clause: 'made the point that'", () => {
  const point = statementOf("Ms. Okafor made the point that bakers sell more bread in winter.", "made the point");
  assert.equal(point.speaker?.mention?.text, "Ms. Okafor");
  assert.equal(point.content.text, "that bakers sell more bread in winter");
  assert.equal(statementOf("The ferry captain raised concern that tides along the coast were rising.", "raised concern").content.text, "that tides along the coast were rising");
});

test("'press' takes a noun of speech into its cue as 'repeat' does ('is pressing its argument'); with a person it presses them alone", () => {
  const argument = statementOf("The glaziers' guild is pressing its argument that kiln permits cost too much.", "is pressing its argument");
  assert.equal(argument.content.text, "that kiln permits cost too much");
  assert.equal(statementOf("Dr. Amsel pressed the mayor to reopen the library.", "pressed").content.text, "the mayor to reopen the library");
});

test("a wish or a feeling voiced is a noun of stance a light verb takes into its cue: 'voiced a wish for', 'expressed amusement'", () => {
  assert.equal(statementOf("The harbour master voiced a wish for calmer winters.", "voiced a wish for").content.text, "calmer winters");
  const amused = statementOf("Ms. Tovey expressed amusement that the choir had sung the anthem twice.", "expressed amusement");
  assert.equal(amused.content.text, "that the choir had sung the anthem twice");
  assert.equal(statementOf("The orchard owner did not express much remorse that the cider had gone sour.", "did not express much remorse").speaker?.mention?.text, "The orchard owner");
});

test("'wrote a letter thanking ...': the letter joins the cue and its participle opens the content", () => {
  const letter = statementOf("The beekeeper wrote a letter thanking the council for the new hives.", "wrote a letter");
  assert.equal(letter.speaker?.mention?.text, "The beekeeper");
  assert.equal(letter.content.text, "thanking the council for the new hives");
});

test("a light verb with 'out' or 'forward' still takes its noun of speech ('put out a statement saying'), but not a possessed one ('laid out its plan')", () => {
  assert.equal(statementOf("The ferry company put out a statement saying the pier was safe.", "put out a statement saying").content.text, "the pier was safe");
  assert.equal(statementOf("The guild laid out a plan to rebuild the pier.", "laid out a plan").content.text, "to rebuild the pier");
  assert.equal(statementOf("The guild laid out its plan for the pier.", "laid out").content.text, "its plan for the pier");
});

test("'made sure' sees to something: a noun of speech after it keeps its own owner", () => {
  const text = "Pike made sure her remarks about the glaze stayed short.";
  assert.equal(speakerOf(text, "remarks about"), "her");
  assert.deepEqual(cuesOf(text), ["remarks about"]);
});

test("'voted in favor of', 'voted in support of' take a side as 'voted for' does; 'voted in the spring' does not", () => {
  const s = statementOf("The glazers' guild voted in support of the kiln rules.", "voted in support of");
  assert.equal(s.speaker?.mention?.text, "The glazers' guild");
  assert.equal(s.content.text, "the kiln rules");
  assert.equal(statementOf("Most growers voted in favour of the new kiln rules.", "voted in favour of").content.text, "the new kiln rules");
  assert.deepEqual(cuesOf("Most growers voted in the spring."), []);
});

test("'chants of', 'calls of' before a quotation report it; without a quotation they report nothing", () => {
  const s = statementOf("The pickers met the mayor with chants of “More buses!”", "chants of");
  assert.equal(s.content.text, "“More buses!”");
  assert.deepEqual(cuesOf("The chants of the pickers grew louder by the hour."), []);
});

test("a cue in an opening subordinate clause reports up to a quotation that closes on its own comma", () => {
  const text = "Though Ines Varga admitted that the kiln ran “too hot, again,” she said the glaze held.";
  assert.equal(statementOf(text, "admitted").content.text, "that the kiln ran “too hot, again,”");
  assert.equal(statementOf(text, "said").content.text, "the glaze held");
});

test("'were divided over' reports the question the subject splits on, as 'divided on' does", () => {
  const s = statementOf("The growers were divided over the kiln rules.", "were divided over");
  assert.equal(s.speaker?.mention?.text, "The growers");
  assert.equal(s.content.text, "the kiln rules");
});

test("'hold a dim view of' is a stance held, like a light verb's; 'held a post' is not", () => {
  const s = statementOf("Most growers hold a dim view of the kiln rules.", "hold a dim view of");
  assert.equal(s.speaker?.mention?.text, "Most growers");
  assert.equal(s.content.text, "the kiln rules");
  assert.deepEqual(cuesOf("Pike held a cabinet position for years."), []);
});

test("a 'that' read as a determiner after 'warning' opens the reported clause when its phrase goes on to a verb", () => {
  assert.equal(statementOf("The club sold its boats, warning that repairs would cost too much.", "warning").content.text, "that repairs would cost too much");
});

test("an inverted speaker's description ends at ', and' opening the writer's next clause", () => {
  const s = statementOf("The orchard will close, said Moss, who keeps the bees, and the cider press will be sold.", "said");
  assert.equal(s.speaker?.mention?.text, "Moss, who keeps the bees,");
  assert.equal(s.content.text, "The orchard will close");
});

test("a second relative clause on the opening subject ends its reported clause at a comma before the main clause's auxiliary", () => {
  const text = "Hikers who love the ridge, and who think the trail is safe, will camp there.";
  assert.equal(statementOf(text, "think").content.text, "the trail is safe");
});

test("a cue verb before ', then' and another verb holds nothing after its comma: the next act is the report", () => {
  const text = "Ines agreed, then later admitted the kiln was cracked.";
  assert.equal(statementOf(text, "later admitted").content.text, "the kiln was cracked");
  const s = statementOf("Ines agreed, then admitted the kiln was cracked.", "admitted");
  assert.equal(s.speaker?.mention?.text, "Ines");
});

test("an adverb between ', then' and the verb still opens the speaker's next act: the first report ends at the comma", () => {
  const text = "Ines said the kiln was sound, then quietly admitted it was cracked.";
  assert.equal(statementOf(text, "said").content.text, "the kiln was sound");
  assert.equal(speakerOf(text, "quietly admitted"), "Ines");
});

test("a cue in a relative clause without 'that', an adverb and the sentence's own verb after it, reports the noun before its speaker", () => {
  assert.equal(statementOf("The sort of tent Ivo wanted never arrived.", "wanted").content.text, "The sort of tent");
  assert.equal(statementOf("Ivo believes prices rose.", "believes").content.text, "prices rose");
});

test("an object relative ('that', 'which') before a verb that takes no clause, the sentence's own verb after it, reports the noun before the pronoun", () => {
  assert.equal(statementOf("The curfew that the guild opposed has ended.", "opposed").content.text, "The curfew");
  assert.equal(statementOf("The curfew which the guild opposed soon ended.", "opposed").content.text, "The curfew");
});

test("a verb of saying in a relative clause without 'that', the sentence's own verb right after it, reports the noun before its speaker", () => {
  assert.equal(statementOf("The note the mayor posted hangs in the hall.", "posted").content.text, "The note");
  // It stays beside a statement whose speaker holds it.
  assert.equal(statementOf("The note the mayor posted shows the hall.", "posted").content.text, "The note");
  assert.equal(speakerOf("The note the mayor posted shows the hall.", "shows"), "The note the mayor posted");
  // A clause it reports has a subject of its own.
  assert.equal(statementOf("The mayor posted that the hall was closed.", "posted").content.text, "that the hall was closed");
});

test("a cue in a relative clause without 'that' takes no noun from the paragraph before as what it reports", () => {
  const s = statementOf("Spare paddles\n\nIvo wanted never arrived.", "wanted");
  assert.notEqual(s.content.text, "Spare paddles");
});

test("a quotation after the cue closed on a comma is the whole content; a list of quotations runs on", () => {
  assert.equal(statementOf("The gardener wrote “Tulips bloom early,” a motto her neighbours now repeat.", "wrote").content.text, "“Tulips bloom early,”");
  assert.equal(statementOf("The chef named “Basil Soup,” “Pear Tart” and “Plum Cake” as her favourite dishes.", "named").content.text, "“Basil Soup,” “Pear Tart” and “Plum Cake” as her favourite dishes");
  assert.equal(statementOf("The chef listed “Basil Soup,” and “Pear Tart” among her favourite dishes.", "listed").content.text, "“Basil Soup,” and “Pear Tart” among her favourite dishes");
});

test("a participle's object followed by the sentence's verb is what is urged, and the verb is no part of it", () => {
  const urging = statementOf("Flyers urging a recount went up at the depot.", "urging");
  assert.equal(urging.speaker?.mention?.text, "Flyers");
  assert.equal(urging.content.text, "a recount");
  // An addressee and its infinitive end there too.
  assert.equal(statementOf("Banners urging cyclists to slow down vanished overnight.", "urging").content.text, "cyclists to slow down");
});

test("a 'that' relative on a verb of saying, with the main verb right after it, reports the noun before 'that'", () => {
  const shouted = statementOf("The warning that Ada shouted reached the ferry.", "shouted");
  assert.equal(shouted.speaker?.mention?.text, "Ada");
  assert.equal(shouted.content.text, "The warning");
});

test("a contact relative 'the noun Name verb' followed by the main verb: the name speaks and the noun is what was said", () => {
  const wrote = statementOf("The memo Ada wrote hangs by the door.", "wrote");
  assert.equal(wrote.speaker?.mention?.text, "Ada");
  assert.equal(wrote.content.text, "The memo");
  // After a verb that takes an object too.
  const signed = statementOf("The petition Omar signed hangs in the library.", "signed");
  assert.equal(signed.speaker?.mention?.text, "Omar");
  assert.equal(signed.content.text, "The petition");
});

test("a contact relative on the object of another relative clause reports that object, not the whole subject", () => {
  const endorsed = statementOf("Many who back the levy Moe endorsed are bakers.", "endorsed");
  assert.equal(endorsed.speaker?.mention?.text, "Moe");
  assert.equal(endorsed.content.text, "the levy");
});

test("a passive's agent keeps an appositive, a percent sign or an 'or' member: 'praised by the Kiln Society, a club of potters'", () => {
  assert.equal(speakerOf("The glaze recipe was praised by the Kiln Society, a club of potters.", "was praised"), "the Kiln Society, a club of potters");
  assert.equal(speakerOf("The new fence is opposed by 12% of growers in the orchard poll.", "is opposed"), "12% of growers in the orchard poll");
  assert.equal(speakerOf("The plum's weight was doubted by two or three of the judges.", "was doubted"), "two or three of the judges");
  // A relative clause after the comma reports an act of its own and stays out.
  assert.equal(speakerOf("The plan was praised by Ole Lund, who noted that the pier was old.", "was praised"), "Ole Lund");
  assert.equal(speakerOf("The plan was praised by Ole Lund, who noted that the pier was old.", "noted"), "who");
});

test("a quotation closing the paragraph before is not the content of a cue that opens the next one", () => {
  const s = statementOf("“The fees went up again. Who will pay for the new pier?”\n\nSome pilots said none of the boats will leave before the storm passes.", "said");
  assert.equal(s.speaker?.mention?.text, "Some pilots");
  assert.equal(s.content.text, "none of the boats will leave before the storm passes");
  assert.equal(statementOf("“Who will pay for the new pier?” the pilots asked.", "asked").content.text, "“Who will pay for the new pier?”");
});

test("an 'according to' after 'that' or a subordinator vouches for the clause after it, not the words before", () => {
  const after = statementOf("The ferry turned back after, according to the captain, a storm warning came on Monday.", "according to");
  assert.equal(after.speaker?.mention?.text, "the captain");
  assert.equal(after.content.text, "a storm warning came on Monday");
  assert.equal(statementOf("The council reported that, according to the harbour master, the pier will close.", "reported").content.text, "that, according to the harbour master, the pier will close");
  assert.equal(statementOf("That's according to the harbour master.", "'s according to").content.text, "That");
  // A subordinator that ends its clause as an adverb leaves the content before the source.
  assert.equal(statementOf("The ferry had sailed twice before, according to the captain, and the crew knew it.", "according to").content.text, "The ferry had sailed twice before");
});

test("after an addressee, an 'about' phrase closed by a comma is what was told, not an adjunct before the content", () => {
  assert.equal(statementOf("Lund told the crew about the storm, then left the harbour.", "told").content.text, "about the storm");
  assert.equal(statementOf("The pilots stayed quiet, telling few people about the fees, avoiding the press.", "telling").content.text, "about the fees");
});

test("a relative clause after the source of an opening 'According to' describes it and stays out of the content", () => {
  const s = statementOf("According to Lund, who chairs the committee, the vote was delayed.", "According to");
  assert.equal(s.content.text, "the vote was delayed");
  assert.equal(s.speaker?.mention?.text, "Lund, who chairs the committee");
});

test("an object pronoun after 'told' is who heard it, not part of what was said: 'She told me she had never met him'", () => {
  assert.equal(statementOf("She told me she had never met him.", "told").content.text, "she had never met him");
  assert.equal(statementOf("She told me: \"I never met him.\"", "told").content.text, "\"I never met him.\"");
  // Before an infinitive the pronoun is who is to act, part of what was urged.
  assert.equal(statementOf("Lund urged them to vote.", "urged").content.text, "them to vote");
});

test("a colon closing the cue's sentence announces every item of the bulleted list after it, not the first alone", () => {
  const text = "Officials said:\n- the road will close at noon;\n- buses will be diverted.\nThe mayor left early.";
  assert.equal(statementOf(text, "said:").content.text, "the road will close at noon;\n- buses will be diverted");
  // Without bullets the paragraph after the colon is the content, as before.
  assert.equal(statementOf("Officials said:\nthe road will close at noon.\nThe mayor left early.", "said:").content.text, "the road will close at noon");
});

test("guards and wardens are people: after 'ordered' they are who was addressed, not what was ordered", () => {
  assert.equal(statementOf("The mayor ordered the wardens out of the square.", "ordered").content?.text, "out of the square");
  assert.equal(statementOf("The mayor ordered the guards off the pier.", "ordered").content?.text, "off the pier");
});

test("a time between the addressee and the infinitive keeps the addressee in what was urged: 'urged the crew on Monday to sail'", () => {
  assert.equal(statementOf("The mayor urged the crews on Monday to stay ashore.", "urged").content?.text, "the crews on Monday to stay ashore");
  assert.equal(statementOf("The mayor urged the crews to stay ashore.", "urged").content?.text, "the crews to stay ashore");
});

test("a participle whose adjuncts end on a comma before the sentence's verb reports nothing: 'Judge Lund, writing for the majority, said ...'", () => {
  const text = "Judge Ada Lund, writing for the panel in its split decision, said the harbour levy was lawful.";
  assert.deepEqual(statementsIn(text).map((s) => s.cue.text), ["said"]);
  assert.equal(statementOf(text, "said").content.text, "the harbour levy was lawful");
  assert.equal(statementOf(text, "said").speaker?.mention?.text, "Judge Ada Lund");
});

test("a participle opening the sentence whose adjuncts end on a comma reports nothing: 'Writing in the Gazette, Lund said ...'", () => {
  const text = "Writing in the Gazette on Friday, the harbour master said the quay would close.";
  assert.deepEqual(statementsIn(text).map((s) => s.cue.text), ["said"]);
  assert.equal(statementOf(text, "said").speaker?.mention?.text, "the harbour master");
  // Behind a conjunction the participle opens the sentence all the same.
  assert.deepEqual(statementsIn(`But w${text.slice(1)}`).map((s) => s.cue.text), ["said"]);
  // With an object before the comma the participle still reports it.
  assert.equal(statementOf("Citing the storm, the board closed the quay.", "Citing").content.text, "the storm");
});

test("a participle set off after the subject reports up to its closing comma: 'Lund, citing the storm, closed the quay'", () => {
  assert.equal(statementOf("Ada Lund, citing the storm, closed the quay.", "citing").content.text, "the storm");
  assert.equal(statementOf("The mayor, citing costs, later cancelled the fair.", "citing").content.text, "costs");
  // A comma inside the participle's own clause, with no verb after it, does not end it.
  assert.equal(statementOf("Ada Lund, citing the storm, the tide and the fog, closed the quay.", "citing").content.text, "the storm, the tide and the fog");
});

test("a text titled by the subject that released or published it is that subject's; a title with no such verb has no speaker", () => {
  assert.equal(speakerOf("Late on Monday, harbour manager Ann Berg released a memo titled “Tides and Truths.”", "titled"), "harbour manager Ann Berg");
  assert.equal(speakerOf("The pilot Ole Lund published a column in the Gazette, entitled, “Why the Quay Matters.”", "entitled"), "The pilot Ole Lund");
  assert.equal(speakerOf("She has a novel coming out titled Women Who Sail.", "titled"), null);
});

test("the noun after 'for' (after a noun or adjective) or 'pressure on' speaks through the infinitive, which is the cue alone", () => {
  const opening = statementOf("The storm has created a natural opening for Lund to highlight her record.", "to highlight");
  assert.equal(opening.speaker?.mention?.text, "Lund");
  assert.equal(speakerOf("The vote puts more pressure on the mayor to say if she backs the pier.", "to say"), "the mayor");
  assert.equal(speakerOf("It is highly unusual for a harbour master to weigh in so publicly.", "to weigh in"), "a harbour master");
  // After a verb "for" takes the verb's object: no such cue.
  assert.equal(statementsIn("Berg is looking for the guild to post a profit.").some((s) => s.cue.text === "to post"), false);
  // Nor after a verb's object, where a noun naming no one is what the infinitive fills in: "the chance" says nothing.
  assert.equal(statementsIn("Berg thanked the pilots for the chance to explain her plan.").some((s) => s.speaker?.mention?.text === "the chance"), false);
  assert.equal(speakerOf("The storm gave the guild a chance for the harbour master to explain the plan.", "to explain"), "the harbour master");
});

test("'enough for' names the infinitive's subject too: 'enough for him to claim'", () => {
  assert.equal(speakerOf("The tally was enough for him to claim the seat.", "to claim"), "him");
});

test("an -s form read as a verb after a count is a plural noun, so 'added nine rebounds' reports no clause", () => {
  assert.deepEqual(statementsIn("Ravi Mehta scored 21 points and added nine rebounds for the Hawks."), []);
  assert.deepEqual(statementsIn("Ravi Mehta added six assists."), []);
  // A counted plural noun may be the subject of the reported clause: "added the two players leave".
  assert.equal(statementOf("The coach added the two players leave on Friday.", "added").content.text, "the two players leave on Friday");
  // A number after a noun labels it, and the -s form after it is the clause's verb.
  assert.equal(statementOf("The mayor added Article 5 requires members to help.", "added").content.text, "Article 5 requires members to help");
});

test("'snap' reports a quotation or a clause, never a bare object: 'snapped a losing streak'", () => {
  assert.deepEqual(statementsIn("The Owls snapped a four-game losing streak on Friday."), []);
  assert.deepEqual(statementsIn("Photographers snapped the singer outside the club."), []);
  assert.equal(statementOf("“Not now,” the skipper snapped.", "snapped").content.text, "“Not now,”");
  assert.equal(statementOf("The skipper snapped that the ferry was late.", "snapped").content.text, "that the ferry was late");
});

test("an addressee asked to act keeps its appositive: 'asked Ann Berg, a teacher, to lead' reports the name, its description and the infinitive", () => {
  assert.equal(statementOf("The mayor asked Ann Berg, a local teacher, to lead the panel.", "asked").content.text, "Ann Berg, a local teacher, to lead the panel");
  // After an opening phrase the commas are no parenthesis around the cue.
  const s = statementOf("In a quiet gesture, the mayor has asked Ann Berg, a local teacher, to lead the panel.", "has asked");
  assert.equal(s.speaker?.mention?.text, "the mayor");
  assert.equal(s.content.text, "Ann Berg, a local teacher, to lead the panel");
});

test("a name closing the addressee before a verb with no subject opens what was told: 'told police Lund loaded a shell'", () => {
  assert.equal(statementOf("Steinberg later told police Lund loaded a shell into the gun.", "later told").content.text, "Lund loaded a shell into the gun");
  assert.equal(statementOf("Berg told reporters Lund had left the harbour.", "told").content.text, "Lund had left the harbour");
  // A name the addressee ends on before a clause of its own stays the addressee.
  assert.equal(statementOf("Berg told harbour master Lund the gate was open.", "told").content.text, "the gate was open");
});

test("what shows signs of something has them and tells nothing: 'has not shown any signs of getting worse'", () => {
  assert.deepEqual(statementsIn("Even though the storm is still raging, the harbour hasn't shown any signs of flooding."), []);
  assert.deepEqual(statementsIn("The old pier showed signs of wear."), []);
  // A light verb with "no" takes a stance: "showed no sign of backing down".
  assert.equal(statementOf("The guild showed no sign of backing down.", "showed no sign of").content.text, "backing down");
  // A poll still shows what it found.
  assert.equal(statementOf("The harbour poll shows support for the new pier.", "shows").content.text, "support for the new pier");
});

test("'for sure' and 'for certain' after a cue verb belong to the cue, not to what is known: 'did not know for sure whether'", () => {
  const s = statementOf("The pilots did not know for sure whether the ferry would sail.", "did not know for sure");
  assert.equal(s.content.text, "whether the ferry would sail");
  assert.equal(statementOf("Nobody knows for certain how many boats sank.", "knows for certain").content.text, "how many boats sank");
});

test("'through' right after a cue verb opens the path of a motion, not what was said: 'a fire ripped through the store'", () => {
  assert.deepEqual(statementsIn("A fire ripped through a bakery on the harbour front late on Friday."), []);
  assert.equal(statementOf("Lund ripped the harbour plan as a waste of money.", "ripped").content.text, "the harbour plan as a waste of money");
  // A clause opening right after it is no part of the path.
  assert.deepEqual(statementsIn("A fire ripped through the bakery and the roof fell in."), []);
});

test("'through' after a verb of saying names the means, and the clause after it is what was said", () => {
  assert.equal(statementOf("Ann Berg said through her lawyer she would resign.", "said").content.text, "she would resign");
  assert.equal(statementOf("Ann Berg announced through a spokesman that she would resign.", "announced").content.text, "that she would resign");
});

test("a participle set off after a verb of saying leaves the 'that' clause after it to that verb", () => {
  const text = "The harbour board reported, citing two pilots, that the channel had silted up.";
  assert.equal(statementOf(text, "reported").content.text, "that the channel had silted up");
  assert.equal(statementOf(text, "citing").content.text, "two pilots");
  // With no "that" after the aside's comma the participle keeps what follows, as before.
  assert.equal(statementOf("The board met on Friday, citing two pilots who had warned of silt.", "citing").content.text, "two pilots who had warned of silt");
});

test("'asked' set off by commas after the subject is a passive aside: the subject answered, someone unnamed asked", () => {
  const text = "The warden, asked whether the trail was safe, said it would reopen.";
  assert.equal(speakerOf(text, "asked"), null);
  assert.equal(statementOf(text, "asked").content.text, "whether the trail was safe");
  assert.equal(speakerOf(text, "said"), "The warden");
  // An appositive before an active "asked", with the asker's next act after its comma, keeps the asker.
  assert.equal(speakerOf("Ida Berg, the warden, asked whether the trail was safe, then left.", "asked"), "Ida Berg, the warden,");
  // A noun after a verb is its object, and "asked" is no passive aside with no one asking.
  assert.equal(statementsIn("Ida Berg thanked the warden, asked whether the trail was safe, got no answer.").some((s) => s.cue.text === "asked" && !s.speaker), false);
  // "asked by reporters" names the asker and asks nothing: the subject's own verb keeps its report.
  assert.equal(statementOf("The warden, asked by reporters, declined to comment.", "declined").content.text, "to comment");
});

test("a time after an addressee or an addressed verb says when, and is no part of a clause without 'that'", () => {
  assert.equal(statementOf("The ferryman told the Gazette on Sunday the quay would reopen.", "told").content.text, "the quay would reopen");
  assert.equal(statementOf("The ferryman warned on Sunday the quay could flood.", "warned").content.text, "the quay could flood");
  // With no time between, the clause starts right after the addressee, as before.
  assert.equal(statementOf("The ferryman told the Gazette the quay would reopen.", "told").content.text, "the quay would reopen");
});

test("'after' or 'before' with a phrase and then a subject is a preposition, not a clause saying when it was said", () => {
  const text = "The ferryman said after the storm the quay would reopen.";
  assert.deepEqual(cuesOf(text), ["said"]);
  assert.match(statementOf(text, "said").content.text, /the quay would reopen$/);
  // A clause after "after" still says only when: "said after the storm passed." reports nothing.
  assert.deepEqual(cuesOf("The ferryman said after the storm passed."), []);
});

test("a place or occasion after a verb of saying, before a clause with its own subject and verb, is not what was said", () => {
  assert.equal(statementOf("The ferryman said at a meeting in Brask the quay would reopen.", "said").content.text, "the quay would reopen");
  assert.equal(statementOf("The ferryman told the Gazette in an interview the quay would reopen.", "told").content.text, "the quay would reopen");
  // What a verb is said "about" stays: the phrase may be the topic and the clause after it a relative without "that".
  assert.equal(statementOf("The ferryman talked about the fee the board set.", "talked about").content.text, "the fee the board set");
});

test("', a charge X denied' closing a sentence: X denied the charge, not the writer's clause before the comma", () => {
  const text = "The guild accused Ada Lund of dumping silt, a charge Lund denied.";
  assert.equal(speakerOf(text, "denied"), "Lund");
  assert.equal(statementOf(text, "denied").content.text, "a charge");
  assert.equal(statementOf(text, "accused").content.text, "Ada Lund of dumping silt");
  // A role before the name is the speaker's title, and the clause before the comma is what was said, as before.
  assert.equal(statementOf("The quay will reopen, the harbourmaster Ida Berg said.", "said").content.text, "The quay will reopen");
  // A document or a medium before its own name is its kind, a title: the paper reported the clause.
  assert.equal(statementOf("The quay will reopen, the paper Brask Post reported.", "reported").content.text, "The quay will reopen");
  assert.equal(statementOf("The quay will reopen, the website Harbourwatch reported.", "reported").content.text, "The quay will reopen");
  // A verb of the name's own before the cue makes the noun and name the cue's subject, not a thing it denied.
  assert.equal(statementOf("The quay will reopen, the warning Lund issued said.", "said").content.text, "The quay will reopen");
});

test("'neither confirmed nor denied' is one verb group with its subject before it and the shared object after", () => {
  const text = "The warden neither confirmed nor denied the report.";
  assert.equal(speakerOf(text, "neither confirmed nor denied"), "The warden");
  assert.equal(statementOf(text, "neither confirmed nor denied").content.text, "the report");
});

test("a capitalised verb ending a name in running text ('the Brask Herald on Sunday') is no cue", () => {
  const text = "The ferryman told the Brask Herald on Sunday the quay would reopen.";
  assert.deepEqual(cuesOf(text), ["told"]);
  assert.equal(statementOf(text, "told").content.text, "the quay would reopen");
  // A title-case headline keeps its verb though a short word after it is in lower case.
  assert.deepEqual(cuesOf("Ferryman Refuses to Reopen Quay"), ["Refuses"]);
});

test("a phrase after the cue ('said of the flood', 'said on Monday') leaves the next quotation continuing the first", () => {
  assert.equal(statementOf("“The dam held,” Lind said of the flood, “but the road is gone.”", "said").content.text, "“The dam held,” Lind said of the flood, “but the road is gone.”");
  assert.equal(statementOf("“We start at dawn,” said Okafor on Monday, “and we finish at dusk.”", "said").content.text, "“We start at dawn,” said Okafor on Monday, “and we finish at dusk.”");
});

test("', a claim the board denied' closing a sentence: a described speaker denies the claim, as a named one does", () => {
  const text = "The pilots said the quay was unsafe, a claim the harbour board denied.";
  assert.equal(speakerOf(text, "denied"), "the harbour board");
  assert.equal(statementOf(text, "denied").content.text, "a claim");
});

test("a relative clause set off by commas ('The pier, which Orla said would cost $5m, was approved') ends before the sentence's own verb", () => {
  assert.equal(statementOf("The ferry, which the captain said would sail at noon, was cancelled.", "said").content.text, "which the captain said would sail at noon");
  // A comma inside the clause, before its verb, does not end it.
  assert.equal(
    statementOf("The ferry, which the captain said, to the surprise of all, would sail, was cancelled.", "said").content.text,
    "which the captain said, to the surprise of all, would sail",
  );
});

test("'who' or 'whom' before the speaker opens a relative clause the speaker reports ('the driver, who police said was late,')", () => {
  const s = statementOf("The ferryman, who villagers said was asleep, was arrested.", "said");
  assert.equal(s.content.text, "who villagers said was asleep");
  assert.equal(s.speaker?.mention?.text, "villagers");
});

test("a relative clause whose verb follows the cue ends before the sentence's own verb ('the pier which Orla said was unsafe was closed')", () => {
  assert.equal(statementOf("The ferry which the captain said was late was cancelled.", "said").content.text, "which the captain said was late");
  // A verb after a conjunction goes on with the relative clause.
  assert.equal(statementOf("The ferry which the captain said was late and was cancelled sailed on.", "said").content.text.startsWith("which the captain said was late and was cancelled"), true);
});

test("an 'according to' source inside brackets ends where they close", () => {
  assert.equal(speakerOf("The new tolls (“a scandal,” according to the guild) start in May.", "according to"), "the guild");
});

test("an object relative with an 'as' complement ('whom X described as tall') ends before the sentence's own verb", () => {
  assert.equal(statementOf("The skipper whom sailors described as reckless sank the dinghy.", "described").content.text, "whom sailors described as reckless");
  assert.equal(statementOf("The bridge, which the guild described as unsafe, was closed.", "described").content.text, "which the guild described as unsafe");
});

test("a bare word of time after a cue that follows its clause still closes the report: 'she said later.'", () => {
  assert.equal(statementOf("The ferry was late again, she said later.", "said").content.text, "The ferry was late again");
  assert.equal(statementOf("The pier is unsafe, Okafor told the crew afterward.", "told").content.text, "The pier is unsafe");
  assert.equal(statementOf("The pier is unsafe, Okafor said in an interview later.", "said").content.text, "The pier is unsafe");
  // ... and before the comma that opens the speaker's next act.
  assert.equal(statementOf("The pier is unsafe, Okafor said later, adding that the crew was tired.", "said").content.text, "The pier is unsafe");
});

test("a short quotation after 'in his book,' closing the sentence is the book's title: the clause before the cue is the content", () => {
  const wrote = statementOf("The harbour never paid, Lund wrote in his 2012 book, “Harbour Days.”", "wrote");
  assert.equal(wrote.content.text, "The harbour never paid");
  assert.equal(wrote.speaker?.mention?.text, "Lund");
  // After a noun that names no work the quotation is the speaker's.
  assert.equal(statementOf("Lund told the crowd, “Harbour days are over.”", "told").content.text, "“Harbour days are over.”");
  // Whatever the verb: not only verbs of saying take a work as where ("recalled in her memoir, “...”").
  assert.equal(statementOf("The harbour never paid, Lund recalled in her memoir, “Salt Years.”", "recalled").content.text, "The harbour never paid");
});

test("a clause of when or why closing the sentence after the cue ('as he left', 'when asked') leaves the clause before the comma as the content", () => {
  assert.equal(statementOf("The pier is safe, Lund said as he opened the gate.", "said").content.text, "The pier is safe");
  assert.equal(statementOf("The pier is safe, Lund told the crew when asked about the storm.", "told").content.text, "The pier is safe");
  assert.equal(statementOf("The pier is safe, Lund said while touring the harbour.", "said").content.text, "The pier is safe");
  // "as much ... as" compares: the cue's object follows, and the clause before the comma is not what was announced.
  assert.notEqual(statementOf("The ferries ran late, the board announced as much aid as the crews wanted.", "announced").content.text, "The ferries ran late");
});

test("a mixed quotation before a cue followed by where or when it was said is still reported from the sentence's start", () => {
  assert.equal(statementOf("The pier “is safe,” Lund said as he opened the gate.", "said").content.text, "The pier “is safe,”");
  assert.equal(statementOf("The ferry “will be late again,” she added in a later interview.", "added").content.text, "The ferry “will be late again,”");
  // A work's title after the cue is no second part of the quotation.
  assert.equal(statementOf("The crew “never slept,” she wrote in her memoir, “Salt Days.”", "wrote").content.text, "The crew “never slept,”");
});

test("a clause with its own verb before ', said NAME.' is what was said, not a subject of 'said'", () => {
  const said = statementOf("The firm worked on ferries and other issues in Vantor, said lobbyist and strategist Ann Berg.", "said");
  assert.equal(said.speaker?.mention?.text, "lobbyist and strategist Ann Berg");
  assert.equal(said.content.text, "The firm worked on ferries and other issues in Vantor");
  // A relative clause inside the subject keeps it a subject.
  assert.equal(speakerOf("Lund, who runs the port, said the fees will rise.", "said"), "Lund, who runs the port,");
  // A relative clause set off by commas inside that clause is the clause subject's aside.
  const aside = statementOf("The toll, which the board set in May, will rise next spring, said Ann Berg, the port's director.", "said");
  assert.equal(aside.speaker?.mention?.text, "Ann Berg, the port's director");
  assert.equal(aside.content.text, "The toll, which the board set in May, will rise next spring");
});

test("a fronted subordinate clause with no main clause of its own is the scene of the cue after it, not its content", () => {
  const asked = statementOf("After the vote closed, Lund asked the board for more time.", "asked");
  assert.equal(asked.speaker?.mention?.text, "Lund");
  assert.equal(asked.content.text, "for more time");
  assert.equal(statementOf("When the storm passed, Berg warned the crew of more rain.", "warned").content.text, "of more rain");
  assert.equal(statementOf("Not long after the vote closed, Berg asked Lund for more time.", "asked").content.text, "for more time");
  // A main clause after the subordinate one, even without a comma, is what was said.
  assert.equal(statementOf("After the ferry left she sold the pier, records show.", "show").content.text, "After the ferry left she sold the pier");
  assert.equal(statementOf("If the fees rise, the port will close, Lund said.", "said").content.text, "If the fees rise, the port will close");
});

test("after a cue that 'as' credits, adverbs before the comma say when or how; the clause after it is what was said", () => {
  assert.equal(statementOf("As the Gazette reported just today, the ferry will stop at noon.", "reported").content.text, "the ferry will stop at noon");
  assert.equal(statementOf("As Lund said repeatedly, the pier is unsafe.", "said").content.text, "the pier is unsafe");
  // A noun after the cue is its object, and the clause after the comma the writer's.
  assert.equal(statementOf("As Berg announced the closure, the crowd booed.", "announced").content.text, "the closure");
});

test("a cue inside an opening 'when' clause asks or tells only up to the comma that closes the clause", () => {
  const asked = statementOf("When the Gazette asked Berg about the pier, the harbour master said he needed to check.", "asked");
  assert.equal(asked.speaker?.mention?.text, "the Gazette");
  assert.equal(asked.content.text, "about the pier");
  assert.equal(statementOf("When the Gazette asked Berg about the pier, the harbour master said he needed to check.", "said").content.text, "he needed to check");
});

test("past the addressee of 'ask', 'about' or 'for' opens what was asked, and the comma after it ends it", () => {
  assert.equal(statementOf("Lund asked the board about the fees, then left.", "asked").content.text, "about the fees");
  assert.equal(statementOf("Lund asked the board for more time, saying the crew was tired.", "asked").content.text, "for more time");
});

test("a participle after the statement noun that ends the cue describes the statement: '..., Berg said in a statement released by her office.'", () => {
  const said = statementOf("The pier will close, Ida Voss said in a statement released by her office.", "said in a statement");
  assert.equal(said.content.text, "The pier will close");
  assert.equal(said.speaker?.mention?.text, "Ida Voss");
  assert.equal(statementOf("The pier will close, Ida Voss said in a statement issued Tuesday.", "said in a statement").content.text, "The pier will close");
  // Before a "that" clause the participle's phrase still describes the statement.
  assert.equal(statementOf("Ida Voss said in a statement released by her office that the pier will close.", "said in a statement").content.text, "that the pier will close");
});

test("a 'that' followed only by when or where is a pronoun for what was said: 'She said that on Tuesday.'", () => {
  assert.equal(statementOf("Ida Voss said that on Tuesday.", "said").content.text, "that");
  assert.equal(statementOf("Hale said that at the hearing.", "said").content.text, "that");
  // A verb after it makes it the clause's opener; "that of ..." is a pronoun with its own phrase.
  assert.equal(statementOf("Hale said that in 2019 the pier had flooded twice.", "said").content.text, "that in 2019 the pier had flooded twice");
  assert.equal(statementOf("Hale said that of the harbour board.", "said").content.text, "that of the harbour board");
});

test("'it' or 'so' followed only by when or where stands for what was said: 'Lund denied it at the hearing.'", () => {
  assert.equal(statementOf("Ida Voss denied it at the hearing.", "denied").content.text, "it");
  assert.equal(statementOf("Hale said so on Monday.", "said").content.text, "so");
  // "as" keeps what it was called; a particle with no phrase after it is no place or time.
  assert.equal(statementOf("Hale described it as a lapse.", "described").content.text, "it as a lapse");
  assert.equal(statementOf("Hale said it would rain on Monday.", "said").content.text, "it would rain on Monday");
});

test("a phrase set off by commas after the cue, before 'that', is where it was said: 'acknowledged, in an interview, that ...'", () => {
  assert.equal(statementOf("Hale acknowledged, in an interview with the Kelby Post, that the pier had flooded.", "acknowledged").content.text, "that the pier had flooded");
  assert.equal(statementOf("Ida Voss noted in her report, published on Jan. 9, 2023, that tolls had risen.", "noted").content.text, "that tolls had risen");
});

test("'and who' again ends what the speaker's first relative clause reported: 'Lund, who warned that ... and who was fired, said'", () => {
  const warned = statementOf("Hale, who warned that the pier was failing and who was fired for it, insisted that she had been right.", "warned");
  assert.equal(warned.content.text, "that the pier was failing");
  assert.equal(statementOf("Hale, who warned that the pier was failing and who was fired for it, insisted that she had been right.", "insisted").content.text, "that she had been right");
});

test("a clause of time or manner after the cue's comma closing the sentence is the scene: 'The tax is unfair, Ravn argued, as she had in 2019.'", () => {
  const said = statementOf("The pier is safe, Hale said, as she had in 2019.", "said");
  assert.equal(said.content.text, "The pier is safe");
  assert.equal(said.rule, "statements/clause-then-cue");
  assert.equal(statementOf("The pier is safe, Hale said, when the storm had passed.", "said").content.text, "The pier is safe");
});

test("a clause of when or how set off by commas before 'that' is the scene of the saying: 'argued, as she had in 2019, that'", () => {
  assert.equal(statementOf("Ravn argued, as she had in 2019, that the harbour needed a wall.", "argued").content.text, "that the harbour needed a wall");
  assert.equal(statementOf("Ravn said, while touring the quay, that the harbour needed a wall.", "said").content.text, "that the harbour needed a wall");
  // A condition qualifies the words themselves and stays.
  assert.equal(statementOf("Ravn said, if the fee rises, that the harbour would close.", "said").content.text, "if the fee rises, that the harbour would close");
});

test("a passive verb of telling reports its 'that' clause, not its subject, who only heard it: 'The crew was told that ...'", () => {
  const told = statementOf("The rowers were told that the quay was unsafe.", "were told");
  assert.equal(told.speaker, null);
  assert.equal(told.content.text, "that the quay was unsafe");
  // Past the time or place of the telling too, and with an agent, who is the speaker.
  assert.equal(statementOf("Vik had been told just before the regatta that the fee would rise.", "had been told").content.text, "that the fee would rise");
  const warned = statementOf("The rowers were warned by the harbour master that the quay was unsafe.", "were warned");
  assert.equal(warned.speaker?.mention?.text, "the harbour master");
  assert.equal(warned.content.text, "that the quay was unsafe");
  // A relative "that" after the adjunct's noun opens no report: "found in the river that runs ...".
  assert.deepEqual(cuesOf("The oar was found in the creek that runs past the quay."), []);
});

test("a sentence of only a speaker and a verb of saying announces the quotation after its full stop: 'He said. “...”'", () => {
  const said = statementOf("The dock flooded. Vik said. “We will rebuild it by spring.”", "said");
  assert.equal(said.speaker?.mention?.text, "Vik");
  assert.equal(said.content.text, "“We will rebuild it by spring.”");
  // A quotation with a cue of its own is that cue's.
  assert.equal(statementsIn("Vik said. “We will rebuild it,” the mayor said.").filter((s) => s.content.text.startsWith("“We")).length, 1);
});

test("a bounded count after the cue ('about 40', 'over a dozen', 'at least six') opens what was said", () => {
  const about = statementOf("The Courier reported about 40 skiffs capsized.", "reported");
  assert.equal(about.content.text, "about 40 skiffs capsized");
  assert.equal(statementOf("The Courier reported over 40 skiffs capsized.", "reported").content.text, "over 40 skiffs capsized");
  assert.equal(statementOf("Wardens said about a dozen huts burned.", "said").content.text, "about a dozen huts burned");
  const fronted = statementOf("Sunday morning, as the regatta sailed past the pier, the Courier reported at least six skiffs filled the harbour.", "reported");
  assert.equal(fronted.content.text, "at least six skiffs filled the harbour");
  // Not a count: the preposition still opens where or when it was said.
  assert.equal(statementOf("Ravn said over the weekend that the ferry would sail.", "said").content.text, "that the ferry would sail");
});

test("'to say when ...' asks a question; 'to comment when asked' says when", () => {
  assert.equal(statementOf("Ms. Tarn declined to say when the ferry would sail again.", "declined").content.text, "to say when the ferry would sail again");
  assert.equal(statementOf("Ms. Tarn declined to comment when asked about the ferry.", "declined").content.text, "to comment");
});

test("a past form before a gerund cue is its own verb, not part of the speaker: 'Tarn denied saying'", () => {
  assert.equal(speakerOf("Tarn denied saying that the ferry was unsafe.", "saying"), "Tarn");
  assert.equal(speakerOf("Ms. Tarn recalled telling the crew that the ferry was unsafe.", "telling"), "Ms. Tarn");
});

test("a fraction bounded after the cue ('about half', 'about a third') opens what was said, not a particle", () => {
  const half = statementOf("The warden reported about half the huts were empty.", "reported");
  assert.equal(half.cue.text, "reported");
  assert.equal(half.content.text, "about half the huts were empty");
  assert.equal(statementOf("Pilots said about a third of the skiffs leaked.", "said").content.text, "about a third of the skiffs leaked");
});

test("a number after the addressee opens what was told: 'told reporters 40 skiffs sank'", () => {
  assert.equal(statementOf("The warden told reporters 40 skiffs sank.", "told").content.text, "40 skiffs sank");
  // A present plural is no different from a past form.
  assert.equal(statementOf("The warden told reporters 40 skiffs remain adrift.", "told").content.text, "40 skiffs remain adrift");
  assert.equal(statementOf("Ravn told the Courier two huts burned down.", "told").content.text, "two huts burned down");
  // A number labelling the addressee stays with it; the count after it opens the subject.
  assert.equal(statementOf("Ravn told Channel 4 two huts burned down.", "told").content.text, "two huts burned down");
  assert.equal(statementOf("Ravn told the Courier 40 million skiffs were lost.", "told").content.text, "40 million skiffs were lost");
  // A number inside a name before no verb stays with the addressee.
  assert.equal(statementOf("Ravn told Pier 9 pilots to wait.", "told").content.text, "Pier 9 pilots to wait");
});

test("'up to' and a number after the cue open what was said: 'predicted up to 40 huts would flood'", () => {
  const up = statementOf("The warden predicted up to 40 huts would flood.", "predicted");
  assert.equal(up.cue.text, "predicted");
  assert.equal(up.content.text, "up to 40 huts would flood");
});

test("a cue with an adjunct or an addressee and adjunct between a verbless subject and its predicate reports the whole clause", () => {
  const anonymous = statementOf("The tram, a depot manager said on condition of anonymity, will stop at the bridge.", "said");
  assert.equal(anonymous.rule, "statements/parenthetical-cue");
  assert.equal(anonymous.content.text, "The tram, a depot manager said on condition of anonymity, will stop at the bridge");
  const told = statementOf("The tolls, a council clerk told reporters on Monday, would double.", "told");
  assert.equal(told.content.text, "The tolls, a council clerk told reporters on Monday, would double");
  // A relative clause's verb is not the cue of the clause around it.
  const relative = statementsIn("Rolf Dahl, who was press officer to Mayor Tove Lund, was hurt in the storm.");
  assert.ok(relative.every((s) => !s.content.text.includes("was hurt")));
});

test("a verbless phrase before ', says X.' is what X said, not a subject: 'Ferry late, says dock chief.'", () => {
  const s = statementOf("Ferry late, says dock chief.", "says");
  assert.equal(s.speaker?.mention?.text, "dock chief");
  assert.equal(s.content.text, "Ferry late");
  // A subject with an appositive stays the speaker of a clause after the cue.
  assert.equal(speakerOf("The skipper, a veteran of the route, said the ferry ran late.", "said"), "The skipper, a veteran of the route,");
});

test("a possessive 'their' owning a view noun is the view's speaker, not a bare pronoun left unmarked", () => {
  assert.equal(speakerOf("In their view, the ferry toll is too high.", "view"), "their");
  assert.equal(speakerOf("Their belief is that the weir will hold.", "belief is"), "Their");
});

test("an expectation's participle on the sentence's subject reports up to the main clause's verb", () => {
  assert.equal(statementOf("Anyone expecting the harbour master to resign will be disappointed.", "expecting").content.text, "the harbour master to resign");
});
