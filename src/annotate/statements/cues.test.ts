import assert from "node:assert/strict";
import { test } from "node:test";
import { emptyDoc } from "../doc.js";
import { tokenStage } from "../tokens.js";
import { buildContext } from "./context.js";
import { findCues } from "./cues.js";
import { speakerOf, statementOf, statementsIn } from "./testing.js";

/** The text of every cue found in an invented text. */
function cuesIn(text: string): string[] {
  const doc = emptyDoc({ id: "t", text });
  tokenStage.run(doc);
  const ctx = buildContext(doc);
  return findCues(ctx).map((c) => text.slice(ctx.tokens[c.first]!.start, ctx.tokens[c.last]!.end));
}

test("an attitude after a headline is not held by the headline's last noun", () => {
  assert.deepEqual(cuesIn("A cold spring for beekeepers\nStill wary of the frost, growers covered the plums."), []);
  assert.deepEqual(cuesIn("Beekeepers wary of the frost covered the hives."), ["wary of"]);
});

test("a noun and 'about' after a headline take no verb of the headline into their cue", () => {
  assert.deepEqual(cuesIn("The harbour reopened\nSome details about the pier emerged."), []);
  assert.deepEqual(cuesIn("The harbour board released some details about the pier."), ["released some details about"]);
});

test("a text put out by the speaker takes the verb that put it out into the cue", () => {
  assert.deepEqual(cuesIn("The harbour board published a report detailing the cost of the new pier."), ["published a report detailing"]);
  assert.deepEqual(cuesIn("The mayor sent an email Tuesday saying the pier would reopen."), ["sent an email Tuesday saying"]);
  assert.deepEqual(cuesIn("The fishing club released a video that accuses the board of neglect."), ["released a video that accuses"]);
});

test("a dash opening the text before a text that speaks is no hyphen of a compound, and no crash", () => {
  assert.deepEqual(cuesIn("- a report saying the pier is safe was wrong."), ["saying"]);
  assert.deepEqual(cuesIn("The board released a 20-page report saying the pier is safe."), ["released a 20-page report saying"]);
});

test("a participle after a place, or after a text no verb put out, keeps a cue of its own", () => {
  assert.deepEqual(cuesIn("The mayor walked along the harbour saying the pier would reopen."), ["saying"]);
  assert.deepEqual(cuesIn("A report saying the frost was over circulated among the growers."), ["saying"]);
  assert.deepEqual(cuesIn("The growers received a letter saying the frost was over."), ["saying"]);
});

test("a particle takes no word glued to the next by a hyphen: 'does see down-ballot races as ...'", () => {
  assert.deepEqual(cuesIn("The council does see down-ballot races as a way to mend ties."), ["does see"]);
  assert.deepEqual(cuesIn("The mayor spoke out about the ferry."), ["spoke out about"]);
});

test("a participle between a count and a noun describes the things counted; after a subject it reports", () => {
  assert.deepEqual(cuesIn("The rowing club leads by 40 pledged votes before the spring regatta."), []);
  assert.deepEqual(cuesIn("The mayor withdrew her three proposed tolls on the old bridge."), []);
  assert.deepEqual(cuesIn("The mayor proposed tolls on the old bridge."), ["proposed"]);
});

test("'lay' is a cue with 'out' or 'off' only: a plan laid out, crews laid off, not a rift laid bare or a keeper laid to rest", () => {
  assert.deepEqual(cuesIn("The mayor laid out the new tolls."), ["laid out"]);
  assert.deepEqual(cuesIn("The ferry line laid off forty deckhands."), ["laid off"]);
  assert.deepEqual(cuesIn("The storm laid bare the weakness of the old pier."), []);
  assert.deepEqual(cuesIn("The old keeper was laid to rest beside the harbour."), []);
});

test("'seek' with an office runs for it ('seeking the presidency', 'a fifth term'); with a demand it is a cue", () => {
  assert.deepEqual(cuesIn("Two of the harbour commissioners seeking reelection said the tolls must rise."), ["said"]);
  assert.deepEqual(cuesIn("Ms. Varga was not seeking a fifth term."), []);
  assert.deepEqual(cuesIn("The fishermen are seeking a new pier."), ["are seeking"]);
  // An office that only qualifies the noun after it is no office sought.
  assert.deepEqual(cuesIn("The firm sought White House approval for the pier."), ["sought"]);
  assert.deepEqual(cuesIn("The firm sought the White House's blessing."), ["sought"]);
});

test("'opened up' with an object makes room, not a statement; 'opened up about' speaks", () => {
  assert.deepEqual(cuesIn("The mayor has opened up a wide lead over her rivals."), []);
  assert.deepEqual(cuesIn("The mayor opened up about her years at sea."), ["opened up about"]);
});

test("a noun of saying before 'to' and a noun phrase names whom it was for, and is no cue; a stance's 'to' opens its object", () => {
  assert.deepEqual(cuesIn("After the mayor’s speech to the growers, the club met."), []);
  assert.deepEqual(cuesIn("The mayor’s remarks to reporters surprised the club."), []);
  assert.deepEqual(cuesIn("After the mayor’s opposition to the pier, the club met."), ["opposition to"]);
  assert.deepEqual(cuesIn("The mayor’s refusal to sign surprised the club."), ["refusal"]);
});

test("an unowned noun of concern is a cue, but not after a definite determiner, which points back to concerns reported elsewhere", () => {
  assert.deepEqual(cuesIn("In the spring, concerns about the toll grew."), ["concerns about"]);
  assert.deepEqual(cuesIn("In the spring, the concerns about the toll grew."), []);
  assert.deepEqual(cuesIn("In the spring the fears that the toll would rise grew."), []);
  assert.deepEqual(cuesIn("In the spring, these concerns about the toll grew."), []);
  assert.deepEqual(cuesIn("Officials warned that fears of a toll rise would spread."), ["warned", "fears of"]);
});

test("a law's describing clause must close with a comma inside the sentence for 'Under' to be a cue", () => {
  assert.deepEqual(cuesIn("Under Ohio law, which the board passed, fees double."), ["Under"]);
  assert.deepEqual(cuesIn("Under Ohio law, which the board passed,\n\nFees double."), []);
});

test("'saying' after an article is the noun of a proverb, no cue: 'an old saying that', 'as the saying goes'", () => {
  assert.deepEqual(statementsIn("There is an old saying that the sea always wins."), []);
  assert.deepEqual(statementsIn("As the old saying goes, the tide waits for no one."), []);
  assert.equal(statementOf("The skipper left early, saying the boat had sunk.", "saying").content.text, "the boat had sunk");
});

test("a headline's verb right before a colon ends a kicker, not a cue; an object first, or a line of its own, still reports", () => {
  assert.deepEqual(cuesIn("Mayor defends: budget cuts\n\nThe council met on Monday."), []);
  assert.deepEqual(cuesIn("Crack found: inspections stopped\n\nThe council met on Monday."), []);
  assert.deepEqual(cuesIn('Lund continued:\n\n"We will rebuild the pier."'), ["continued:"]);
  assert.deepEqual(cuesIn("The harbour master added: the pier will reopen on Friday."), ["added:"]);
});

test("a place's 'there' between a noun of evidence and 'show' keeps the noun its subject: 'Surveys there show'", () => {
  assert.deepEqual(cuesIn("Surveys there show the ferry is late."), ["show"]);
});

test("a verb of belief before a modal in a relative clause is a cue even when tagged a noun: 'a move that the board hopes will'", () => {
  assert.deepEqual(cuesIn("The port raised its fees, a move that the board hopes will calm the pilots."), ["hopes"]);
  // A noun before the modal with no relative clause around it stays a noun.
  assert.deepEqual(cuesIn("The board's hopes will fade by spring."), []);
});

test("an '-s' form after a bare noun governed by a preposition ends a compound, not a cue: 'was spent on phone calls'", () => {
  assert.deepEqual(statementsIn("Most of the fund was spent on phone calls opposing the toll.").filter((s) => s.cue.text === "calls"), []);
  assert.deepEqual(statementsIn("Berg took to the talk shows on Sunday to explain the fee.").filter((s) => s.cue.text === "shows"), []);
  // After a noun the preposition describes it, and the "-s" form is the verb: "Footage from the game shows".
  assert.ok(cuesIn("Footage from the game shows that the pier flooded.").includes("shows"));
});

test("'on' before a day that closes the phrase is when, not the cue's particle: '..., Ravn insisted on Tuesday, adding ...'", () => {
  assert.ok(cuesIn("The pier is safe, Hale insisted on Tuesday, adding that the gates were shut.").includes("insisted"));
  assert.ok(cuesIn("The pier is safe, Hale insisted on Tuesday.").includes("insisted"));
  // A noun after "on" is what was insisted on.
  assert.ok(cuesIn("Hale insisted on a recount.").includes("insisted on"));
});

test("'is reported to have said' is the subject's own report: one cue through the verb of saying, the subject its speaker", () => {
  const s = statementOf("The beekeeper is reported to have said the hives had swarmed.", "is reported to have said");
  assert.equal(s.speaker?.mention?.text, "The beekeeper");
  assert.equal(s.content.text, "the hives had swarmed");
  assert.equal(statementOf("The beekeeper is understood to have told the board the hives had swarmed.", "is understood to have told").speaker?.mention?.text, "The beekeeper");
  // With no verb of saying after "to have" the passive stays an unnamed report of the whole clause.
  assert.deepEqual(cuesIn("The beekeeper is said to have been away."), ["is said"]);
});

test("an adverb after 'said' before a clause with its own subject (after any time) joins the cue, as before 'that'", () => {
  const again = statementOf("The skipper said again on Friday the buoy had drifted.", "said again");
  assert.equal(again.content.text, "the buoy had drifted");
  assert.equal(statementOf("The skipper said repeatedly the buoy had drifted.", "said repeatedly").content.text, "the buoy had drifted");
  // "only" picks out the subject after it, and an adverb before a participle describes it.
  assert.equal(statementOf("The skipper said only the buoy had drifted.", "said").content.text, "only the buoy had drifted");
  assert.deepEqual(cuesIn("The skipper said lately painted buoys had drifted."), ["said"]);
});

test("a media label before a colon ('Live:', 'Podcast:') is no speaker; the report after it keeps its own", () => {
  const s = statementOf("Live: Skipper says the ferry will sail", "says");
  assert.equal(s.speaker?.mention?.text, "Skipper");
  assert.equal(s.content.text, "the ferry will sail");
  assert.deepEqual(statementsIn("Podcast: Skipper says the ferry will sail").map((x) => x.cue.text), ["says"]);
});

test("'no longer' before a cue verb belongs to the verb group, not to the subject's phrase", () => {
  assert.equal(speakerOf("Ada Brede no longer says the weir will hold.", "no longer says"), "Ada Brede");
  assert.equal(speakerOf("The guild no longer believes the weir can hold.", "no longer believes"), "The guild");
});
