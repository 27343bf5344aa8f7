import { test } from "node:test";
import assert from "node:assert/strict";
import { statementOf, statementsIn } from "./testing.js";

test("', but' with no subject of its own ('but because', 'but that', 'but not') carries the content on", () => {
  assert.equal(
    statementOf("The coach insisted the match was lost not through poor training, but because of the wet pitch.", "insisted").content.text,
    "the match was lost not through poor training, but because of the wet pitch",
  );
  assert.equal(statementOf("Mira argued that the bakery closed early, but that nobody had complained.", "argued").content.text, "that the bakery closed early, but that nobody had complained");
  // A subject after "but" opens the writer's clause, as before.
  assert.equal(statementOf("Mira argued that the bakery closed early, but the mill stayed open late.", "argued").content.text, "that the bakery closed early");
});

test("a single quotation opened inside the content keeps its closing mark and the stop inside it", () => {
  assert.equal(statementOf("Lind called the harbour fees ‘a tax on sailors.’ Then she left.", "called").content.text, "the harbour fees ‘a tax on sailors.’");
});

test("a paragraph that is only a quotation continues the quotation cued in the paragraph before", () => {
  const text = "“The orchard needs rain,” the grower said on Monday.\n\n“Without it the pears will split. We may lose half the crop.”\n\nThe co-op meets next week.";
  assert.equal(
    statementOf(text, "said").content.text,
    "“The orchard needs rain,” the grower said on Monday.\n\n“Without it the pears will split. We may lose half the crop.”",
  );
  // A quotation paragraph that leads into another one is left to the cue that closes the run.
  const run = "“The orchard needs rain,” the grower said.\n\n“Without it the pears will split.”\n\n“We may lose half the crop,” she added.";
  assert.equal(statementOf(run, "said").content.text, "“The orchard needs rain,”");
  // So is a quotation paragraph with narration after its quotation.
  const narrated = "“The orchard needs rain,” the grower said.\n\n“Without it the pears will split.” The co-op meets next week.";
  assert.equal(statementOf(narrated, "said").content.text, "“The orchard needs rain,”");
});

test("a 'that' clause with no verb yet runs on over an aside ('which ...', 'while ...') to its verb", () => {
  assert.equal(
    statementOf("The ranger said that the trail, which flooded in April, would reopen soon.", "said").content.text,
    "that the trail, which flooded in April, would reopen soon",
  );
  assert.equal(
    statementOf("Ms. Okafor noted that, while the kiln is old, it still fires evenly.", "noted").content.text,
    "that, while the kiln is old, it still fires evenly",
  );
  // Once the clause has its verb, a relative clause after a comma is the writer's again.
  assert.equal(statementOf("The ranger said that the trail would reopen, which pleased the hikers.", "said").content.text, "that the trail would reopen");
});

test("a reported subject set off by an aside ('said the kiln, which is old, will ...') keeps its verb in the content", () => {
  assert.equal(
    statementOf("Ms. Okafor said the kiln, which is forty years old, will be replaced.", "said").content.text,
    "the kiln, which is forty years old, will be replaced",
  );
  // An aside opened by "but" or "and" is the writer's clause.
  assert.equal(statementOf("Ms. Okafor explained the schedule, but the buyers frowned, stood and left.", "explained").content.text, "the schedule");
});

test("a possessive after a skipped time or channel ('Friday's', 'on KXR's “Dawn Hour”') does not start the content", () => {
  assert.equal(statementOf("The brewer said Friday's tasting had drawn a record crowd.", "said").content.text, "Friday's tasting had drawn a record crowd");
  assert.equal(
    statementOf("The brewer told KXR's “Dawn Hour” on Sunday that the hops were late.", "told").content.text,
    "that the hops were late",
  );
  assert.equal(statementOf("The brewer said on KXR's “Dawn Hour” that the hops were late.", "said").content.text, "that the hops were late");
});

test("a time closing the text right after the cue, with no full stop, leaves the statement whole", () => {
  assert.equal(statementOf("“The kiln is cold,” the glazier said Thursday", "said").content.text, "“The kiln is cold,”");
  assert.deepEqual(statementsIn("The glazier said Thursday").map((s) => s.cue.text), []);
});

test("a comma and adverbs closing the text after the content ('..., wisely') leave the statement whole", () => {
  assert.equal(statementOf("The weaver praised the new loom, wisely", "praised").speaker?.mention?.text, "The weaver");
});

test("a noun phrase after a comma with a relative clause on it ('..., a view that ...') restates the report and ends it", () => {
  assert.equal(statementOf("The skipper said the jetty was too short, a flaw that has dogged the harbour for years.", "said").content.text, "the jetty was too short");
  assert.equal(statementOf("Ms. Varga argued that the tram fares were unfair, complaints which surprised nobody at the depot.", "argued").content.text, "that the tram fares were unfair");
});

test("a verb after 'and' in the cue's tense, with no tensed verb before it in the content, starts a second predicate of the cue's subject", () => {
  assert.equal(statementOf("The mayor praised the new library and toured the old mill on Friday.", "praised").content.text, "the new library");
  assert.equal(statementOf("Tova vowed to repaint the barn and celebrated with her neighbours on Sunday.", "vowed").content.text, "to repaint the barn");
  // Before a noun it modifies one; and a reported clause keeps its own coordination.
  assert.equal(statementOf("The mayor praised the library and improved parks.", "praised").content.text, "the library and improved parks");
  assert.equal(statementOf("Tova says the barn leaks and needs a new roof.", "says").content.text, "the barn leaks and needs a new roof");
});

test("a participle with a time after an adjunct's noun is still the adjunct: '..., the warden estimated in a report released Monday.'", () => {
  const s = statementOf("The glacier trail is too icy for hikers, the warden estimated in a report released Monday.", "estimated");
  assert.equal(s.content.text, "The glacier trail is too icy for hikers");
  assert.equal(statementOf("The warden wrote in a memo sent on Friday that the glacier trail was icy.", "wrote").content.text, "that the glacier trail was icy");
});

test("a list of names opening the reported clause is its subject, not a clause cut at the first comma", () => {
  assert.equal(statementOf("According to the log, Kask, Rebane and Tamm found the wreck.", "According to").content?.text, "Kask, Rebane and Tamm found the wreck");
  assert.equal(statementOf("Orr wrote Kask, Rebane or Tamm found the wreck.", "wrote").content?.text, "Kask, Rebane or Tamm found the wreck");
  // A clause before the comma still ends where another speaker's report begins.
  assert.equal(statementOf("Orr wrote the wreck sank, Rebane and Tamm said it drifted.", "wrote").content?.text, "the wreck sank");
});

test("an indefinite noun of speech after a comma names the report in the writer's words and ends its content", () => {
  assert.equal(statementOf("The baker criticized the new oven rules, a swipe at the county board.", "criticized").content.text, "the new oven rules");
  assert.equal(statementOf("The council conceded that the fee would rise, an admission that few expected.", "conceded").content.text, "that the fee would rise");
  // One item of a list is no such name.
  assert.equal(statementOf("The mayor rejected the toll through a petition, a letter or a vote.", "rejected").content.text, "the toll through a petition, a letter or a vote");
});

test("a view after 'and' in a report of speech ('said X and expected Y') is more of what was reported", () => {
  const text = "Mira Holm told friends the orchard was thriving and thought the frost was over.";
  assert.deepEqual(statementsIn(text).map((s) => s.cue.text), ["told"]);
  assert.equal(statementOf(text, "told").content.text, "the orchard was thriving and thought the frost was over");
  assert.equal(statementOf("Mira Holm says the orchard is thriving and likes the new pears.", "says").content.text, "the orchard is thriving and likes the new pears");
});

test("a clause of time, condition or concession put first in a reported clause runs on to that clause's own verb", () => {
  const text = "The harbour master argued that although the pier reopened, the council wants it closed again.";
  assert.deepEqual(statementsIn(text).map((s) => s.cue.text), ["argued"]);
  assert.equal(statementOf(text, "argued").content.text, "that although the pier reopened, the council wants it closed again");
  assert.equal(statementOf("Our vet said if the herd grows, she would ask the county for a second barn.", "said").content.text, "if the herd grows, she would ask the county for a second barn");
  // A cue closing the sentence after the comma reports all before it, the opening clause too.
  assert.equal(statementOf("The growers protested after the river flooded, a miller said.", "said").content.text, "The growers protested after the river flooded");
  // A modal shows the verb after the comma is the opening clause's own, even a verb that can report ("respond").
  const modal = "The warden warned that if the poachers returned, the rangers would respond.";
  assert.deepEqual(statementsIn(modal).map((s) => s.cue.text), ["warned"]);
  assert.equal(statementOf(modal, "warned").content.text, "that if the poachers returned, the rangers would respond");
});

test("inside a 'that' clause a concession or a time after a comma belongs to what was reported", () => {
  assert.equal(statementOf("The survey found that most growers back the levy, while a few farmers oppose it.", "found").content.text, "that most growers back the levy, while a few farmers oppose it");
  assert.equal(statementOf("The miller told us that the mill will stay open, despite the drought.", "told").content.text, "that the mill will stay open, despite the drought");
  // Without "that" the clause after the comma is the writer's, as before.
  assert.equal(statementOf("The miller told us the mill will stay open, despite the drought.", "told").content.text, "the mill will stay open");
});

test("a cue in a phrase that opens the sentence reports up to the comma where the main clause begins", () => {
  assert.equal(statementOf("For those who oppose the harbour levy, the vote was a setback.", "oppose").content.text, "the harbour levy");
  // The main clause began before the cue: the comma after the opening phrase closes nothing of the content.
  assert.equal(statementOf("In a letter to members, the guild argued that the levy, already steep, would close bakeries.", "argued").content.text, "that the levy, already steep, would close bakeries");
});

test("an object with no verb of its own ends where a comma opens a clause with its own subject and verb", () => {
  assert.equal(statementOf("The weavers applauded the new loom tax, the mill owners filed a complaint.", "applauded").content.text, "the new loom tax");
  // A content opening on "which" or "who" is a clause still waiting for its verb; an aside there ends nothing.
  assert.equal(statementOf("The beekeeper knew which hives, if any, the orchard would keep.", "knew").content.text, "which hives, if any, the orchard would keep");
});

test("an object ends where 'even though' or 'even as' concedes against it", () => {
  assert.equal(statementOf("The glaziers still support the window tax even though their own fees have doubled.", "still support").content.text, "the window tax");
});

test("after an object with no verb of its own, 'or' and a verb in the cue's form open the speaker's other act", () => {
  assert.equal(statementOf("The glassblower has not praised the kiln rules or signed the guild letter.", "has not praised").content.text, "the kiln rules");
});

test("a verb of saying with only a noun phrase so far ends it where a clause of time or cause begins, as an object does", () => {
  assert.equal(statementOf("The regatta board announced the new course when the spring storms had passed.", "announced").content.text, "the new course");
  // A clause of time inside the reported clause's subject, set off by commas, leaves it whole.
  assert.equal(statementOf("The skipper said the race, while short, was the hardest of the season.", "said").content.text, "the race, while short, was the hardest of the season");
  // After a measure of time the word dates it ("two weeks before") and opens no clause of its own.
  assert.equal(statementOf("The regatta board announced the new course two weeks before the first race.", "announced").content.text, "the new course two weeks before the first race");
});

test("adverbs set off by a comma where the content breaks are left out with their comma", () => {
  assert.equal(statementOf("The pilots praised the toll, mainly because it funds the pier.", "praised").content.text, "the toll");
});

test("an object with no verb of its own ends at 'and' before a clause whose verb has one subject", () => {
  assert.equal(statementOf("The fishermen opposed the quota and the harbour board raised it anyway.", "opposed").content.text, "the quota");
  // A plural verb after "and" takes both phrases for its subject, inside the content.
  assert.equal(statementOf("The fishermen think the quota and the new nets are too costly.", "think").content.text, "the quota and the new nets are too costly");
});

test("a noun after a comma with a relative clause and no 'that', closing the sentence, restates the report and ends it", () => {
  assert.equal(statementOf("The mayor said the ferry would run on Sundays, a change the council doubted.", "said").content.text, "the ferry would run on Sundays");
  // Not one that another comma follows: the clause goes on around it.
  const aside = "The mayor said the old ferry, a boat her grandfather built, would run on Sundays.";
  assert.equal(statementOf(aside, "said").content.text, "the old ferry, a boat her grandfather built, would run on Sundays");
});

test("a dash before 'including' or 'given' carries the content on, as a comma before them does", () => {
  assert.equal(
    statementOf("The warden urged the village to mend every fence — including the ones along the creek — before the sheep arrive.", "urged").content.text,
    "the village to mend every fence — including the ones along the creek — before the sheep arrive",
  );
  // Another dash still ends it.
  assert.equal(statementOf("The warden urged the village to mend every fence — the sheep arrive soon.", "urged").content.text, "the village to mend every fence");
});

test("', depending on' and ', ranging from' qualify the content after a comma rather than open the writer's clause", () => {
  assert.equal(statementOf("The almanac predicts two more frosts this spring, depending on the wind.", "predicts").content.text, "two more frosts this spring, depending on the wind");
  assert.equal(statementOf("The survey finds rents rising in every ward, ranging from 3 percent to 9 percent.", "finds").content.text, "rents rising in every ward, ranging from 3 percent to 9 percent");
});

test("a relative clause led by its preposition (', with whom', ', in which') ends the content as ', which' does", () => {
  assert.equal(statementOf("The sculptor praised her old teacher, with whom she shared a studio for a decade.", "praised").content.text, "her old teacher");
  assert.equal(statementOf("The pilot criticized the new rota, under which crews fly six nights in a row.", "criticized").content.text, "the new rota");
});

test("a verbless aside between dashes stays inside content that already has its verb", () => {
  assert.equal(
    statementOf("The engineer said the bridge will reopen — on time and under budget — after the summer.", "said").content.text,
    "the bridge will reopen — on time and under budget — after the summer",
  );
  // An aside with a verb of its own still ends it.
  assert.equal(statementOf("The engineer said the bridge will reopen — the crews have finished the deck — after the summer.", "said").content.text, "the bridge will reopen");
});

test("'and was' + a word tagged as a plain verb is no second act of saying: the content runs on", () => {
  assert.equal(statementOf("Tove Berg said the old mill had been surveyed and was sound.", "said").content.text, "the old mill had been surveyed and was sound");
  // A participle after the auxiliary still opens the speaker's next act.
  assert.equal(statementOf("Tove Berg says the fee is fair, and has championed a new pier.", "says").content.text, "the fee is fair");
});

test("a content inside single quotation marks keeps the closing stop and mark: \"Pip: 'The kiln is cold.'\"", () => {
  assert.equal(statementOf("Pip: 'The kiln is cold.'", ":").content.text, "'The kiln is cold.'");
  assert.equal(statementOf("Pip says the glaze is 'a small miracle.'", "says").content.text, "the glaze is 'a small miracle.'");
  // An apostrophe closing a plural owner opens no quotation.
  assert.equal(statementOf("Pip says the potters' kiln is cold.", "says").content.text, "the potters' kiln is cold");
  assert.equal(statementOf("Pip: 'The potters' kiln is cold.'", ":").content.text, "'The potters' kiln is cold.'");
});

test("a content ends before a comma that opens another phrase with a reporting relative clause ('bankers who concluded ...')", () => {
  const text = "The coalition held voters who wanted a clean break from the past, bankers who concluded the economy would recover, and many more.";
  assert.equal(statementOf(text, "wanted").content.text, "a clean break from the past");
  assert.equal(statementOf(text, "concluded").speaker?.mention?.text, "who");
});

test("a time right before its verb is the subject of the content, not an adjunct of the cue: 'said Jan. 6 was a dark day'", () => {
  assert.equal(statementOf("Smith said Jan. 6 was a dark day.", "said").content.text, "Jan. 6 was a dark day");
  assert.equal(statementOf("The coach said Friday would be the last match.", "said").content.text, "Friday would be the last match");
  // A time before a new subject still says when the words were said.
  assert.equal(statementOf("The coach said Friday he would retire.", "said").content.text, "he would retire");
  // A form in -ed that describes the noun after it, whose verb comes later, leaves the time out; one before an object keeps it.
  assert.equal(statementOf("The coach said Monday injured players would rest.", "said").content.text, "injured players would rest");
  assert.equal(statementOf("The coach said Friday marked the end of the season.", "said").content.text, "Friday marked the end of the season");
  // A third-person verb read as a plural noun still takes its object: the time is its subject.
  assert.equal(statementOf("The miller said Sunday marks the start of the harvest.", "said").content.text, "Sunday marks the start of the harvest");
  assert.equal(statementOf("The coach said Friday talks would resume.", "said").content.text, "talks would resume");
});

test("a relative clause in the sentence's subject ends its object before the main verb: 'Those who praise the pier are pilots'", () => {
  assert.equal(statementOf("Those who praise the pier are mostly pilots.", "praise").content?.text, "the pier");
  assert.equal(statementOf("Pilots that oppose the toll were at the meeting.", "oppose").content?.text, "the toll");
  // A participle with its agent describes the object and does not end it.
  assert.equal(statementOf("Those who praise the pier built by the guild are mostly pilots.", "praise").content?.text, "the pier built by the guild");
  // A clause reported after a verb of saying keeps its own verb.
  assert.equal(statementOf("Berg said the toll was fair.", "said").content?.text, "the toll was fair");
});

test("an object-frame cue in a relative clause without 'that' reports the noun the clause hangs on, not the main predicate", () => {
  const s = statementOf("The toll the pilots opposed was dropped in May.", "opposed");
  assert.equal(s.content?.text, "The toll");
  assert.equal(s.speaker?.mention?.text, "the pilots");
});

test("an adjective cue after the sentence's subject noun ends its infinitive at the main verb: 'Pilots eager to fly stay'", () => {
  assert.equal(statementOf("Pilots reluctant to raise fares stay in port.", "reluctant").content?.text, "to raise fares");
});

test("when the subject search runs over the relative clause's noun, its speaker opens at a role word as at a name", () => {
  const s = statementOf("The levy councillor Ann Berg opposed was dropped in May.", "opposed");
  assert.equal(s.content?.text, "The levy");
  assert.equal(s.speaker?.mention?.text, "councillor Ann Berg");
  const named = statementOf("The curfew Harbour chief Ida Lund opposed was dropped in May.", "opposed");
  assert.equal(named.content?.text, "The curfew");
});

test("a time after a preposition between 'said' and a clause says when, and the clause is the content", () => {
  assert.equal(statementOf("The ferryman said on Friday fares would rise.", "said").content.text, "fares would rise");
  assert.equal(statementOf("The ferryman said in March the quay was unsafe.", "said").content.text, "the quay was unsafe");
  // A time owning the next noun is part of a longer adjunct, skipped whole.
  assert.equal(statementOf("The ferryman said on Monday's broadcast that fares would rise.", "said").content.text, "that fares would rise");
});

test("a year owning the next noun opens what was said: 'said 2019's catch was the worst'", () => {
  assert.equal(statementOf("The ferryman said 2019's catch was the worst.", "said").content.text, "2019's catch was the worst");
});

test("a subject and an adverb set off by commas ('she, too,') keep the verb after them in the content", () => {
  assert.equal(statementOf("The harbour master said she, too, wants a survey of the pier.", "said").content.text, "she, too, wants a survey of the pier");
  assert.equal(statementOf("Lind argued the ferry, however, needs a new hull.", "argued").content.text, "the ferry, however, needs a new hull");
  // A relative clause with a verb of its own still ends where the main verb comes.
  assert.equal(statementOf("The baker, who said the oven was fine, wants a refund.", "said").content.text, "the oven was fine");
});

test("an occasion whose participle wink tags a verb ('in a televised address') stays out of the content", () => {
  assert.equal(statementOf("The mayor said in a filmed address that the ferry would run again.", "said").content.text, "that the ferry would run again");
  assert.equal(statementOf("Okafor told the crew in a printed notice that the dock was shut.", "told").content.text, "that the dock was shut");
});

test("a clause opened by 'after', 'before' or 'while' between the cue and its 'that' says when, not what", () => {
  assert.equal(statementOf("Okafor said after the ferry docked that the crew was safe.", "said").content.text, "that the crew was safe");
  assert.equal(statementOf("Lind warned while the storm raged that the pier might fall.", "warned").content.text, "that the pier might fall");
});

test("after 'that' and a fronted clause a verb that can report closing the sentence is the clause's main verb", () => {
  assert.equal(statementOf("Okafor said that when the dam cracked, the crew replied.", "said").content.text, "that when the dam cracked, the crew replied");
  // Without "that" a cue closing the sentence still reports the clause before it.
  assert.equal(statementOf("When the dam cracked, the town flooded, the mayor said.", "said").content.text, "When the dam cracked, the town flooded");
});

test("content that begins inside brackets ends where they close ('Orla (who said the kiln was cold) left')", () => {
  assert.equal(statementOf("The bakery (which said it would reopen soon) closed its doors.", "said").content.text, "it would reopen soon");
  // A bracket opened inside the content stays in it.
  assert.equal(statementOf("Orla said the bakery (on Mill Lane) would reopen.", "said").content.text, "the bakery (on Mill Lane) would reopen");
});

test("a quotation and its cue inside brackets ('The baker (“we are out of flour,” she said) left') is a statement of its own", () => {
  const s = statementOf("The baker (“we are out of flour,” she said) closed early.", "said");
  assert.equal(s.content.text, "“we are out of flour,”");
  assert.equal(s.speaker?.mention?.text, "she");
});

test("a phrase with no verb between the cue and a 'that', question word or quotation is where or how it was said, not what", () => {
  assert.equal(statementOf("The mayor predicted at the most recent council meeting that the bridge would reopen.", "predicted").content.text, "that the bridge would reopen");
  assert.equal(statementOf("Okafor asked during a radio phone-in why the ferry was late.", "asked").content.text, "why the ferry was late");
  assert.equal(statementOf("The growers disagree on how the water should be shared.", "disagree").content.text, "how the water should be shared");
  assert.equal(statementOf("Lind claimed without any evidence that the count was rigged.", "claimed").content.text, "that the count was rigged");
  assert.equal(statementOf("The mayor said among other things, that the bridge was safe.", "said").content.text, "that the bridge was safe");
  // A "that" the verb follows at once describes the noun before it: the phrase is what was reported.
  assert.equal(statementOf("The clinic reported at least twelve cases at the most remote school that serves the valley.", "reported").content.text, "at least twelve cases at the most remote school that serves the valley");
  // "to" right before a quotation is the infinitive's, and the content keeps it.
  assert.equal(statementOf("The senator vowed to “scrap the toll” on the bridge.", "vowed").content.text, "to “scrap the toll” on the bridge");
  // Past a comma a conditional opens the sentence's own clause, not the cue's content.
  assert.equal(statementOf("If you look at what we proposed in the lean years, if we had built it, I think the harbour would thrive.", "proposed").content.text, "what we proposed in the lean years");
});

test("a number after an adjunct's noun opens what was said: 'said after the storm 40 skiffs sank'", () => {
  assert.equal(statementOf("The warden said after the storm 40 skiffs sank.", "said").content.text, "40 skiffs sank");
  assert.equal(statementOf("Ravn told reporters after the meeting two huts burned.", "told").content.text, "two huts burned");
  // A number labelling the noun, before no verb, stays in the adjunct.
  assert.equal(statementOf("Ravn said in room 12 that the huts burned.", "said").content.text, "that the huts burned");
});

test("a relative clause's content ends at its closing comma when an adverb comes before the main verb", () => {
  assert.equal(statementOf("The guild, which opposes the toll, now backs the ferry plan.", "opposes").content.text, "the toll");
  assert.equal(statementOf("Tove Aas, who praised the mill in May, also backs the new weir.", "praised").content.text, "the mill in May");
  // The main clause's own stance is then found too.
  assert.equal(statementOf("The guild, which opposes the toll, now backs the ferry plan.", "now backs").content.text, "the ferry plan");
});

test("a participle cue on the subject's noun ends its object where the subject's own verb comes", () => {
  assert.equal(statementOf("Growers expecting an early frost may lose the pear crop.", "expecting").content.text, "an early frost");
  assert.equal(statementOf("A guild backing Tove Aas, has spent heavily on posters.", "backing").content.text, "Tove Aas");
  assert.equal(statementOf("Outside groups supporting the weir also have spent heavily.", "supporting").content.text, "the weir");
  // A verb inside the object ("to be", after a preposition) is the object's own.
  assert.equal(statementOf("Growers backing a plan to be debated in May met on Monday.", "backing").content.text, "a plan to be debated in May");
  // Set off by commas after the subject, too; but a clause opened inside the object keeps its own verb.
  assert.equal(statementOf("The growers, backing Tove Aas, have spent heavily.", "backing").content.text, "Tove Aas");
  assert.equal(statementOf("Brede, attacking critics as scrutiny heats up, left the hall.", "attacking").content.text, "critics as scrutiny heats up");
});
