import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyDoc } from "./doc.js";
import { statementStage } from "./statements.js";
import { tokenStage } from "./tokens.js";
import type { AnnotatedDoc, Entity, Statement } from "../model/types.js";

function annotate(text: string, entities: Entity[] = []): AnnotatedDoc {
  const doc = emptyDoc({ id: "t", text });
  tokenStage.run(doc);
  doc.entities = entities;
  statementStage.run(doc);
  return doc;
}

/** The statement whose cue reads `cue` (the first one if several). */
function byCue(doc: AnnotatedDoc, cue: string): Statement {
  const s = doc.statements.find((x) => x.cue.text === cue);
  assert.ok(s, `no statement with cue ${JSON.stringify(cue)}; got ${doc.statements.map((x) => JSON.stringify(x.cue.text)).join(", ")}`);
  return s;
}

function assertOffsets(doc: AnnotatedDoc): void {
  const text = doc.article.text;
  for (const s of doc.statements) {
    for (const r of [s.cue, s.content, s.speaker?.mention ?? null, s.speakerRole ?? null]) {
      if (r) assert.equal(text.slice(r.start, r.end), r.text);
    }
  }
}

test("a quotation before 'X said' gives speaker, cue and quoted content with its marks", () => {
  const doc = annotate("“The bridge will reopen in May,” the mayor said.");
  const s = byCue(doc, "said");
  assert.equal(s.speaker?.mention?.text, "the mayor");
  assert.equal(s.content.text, "“The bridge will reopen in May,”");
  assert.equal(s.direct, true);
  assertOffsets(doc);
});

test("straight quotes work like curly ones", () => {
  const doc = annotate('"We are not leaving," Maria Lopez said.');
  const s = byCue(doc, "said");
  assert.equal(s.speaker?.mention?.text, "Maria Lopez");
  assert.equal(s.content.text, '"We are not leaving,"');
});

test("an inverted cue takes the speaker after it, with the appositive", () => {
  const doc = annotate("“We have no such plans,” said Anna Berg, a spokeswoman for the council.");
  const s = byCue(doc, "said");
  assert.equal(s.speaker?.mention?.text, "Anna Berg, a spokeswoman for the council");
  assert.equal(s.speakerCanonical, "Anna Berg");
  assert.equal(s.speakerRole?.text, "a spokeswoman for the council");
});

test("'..., Lunde continued' after a quotation", () => {
  const doc = annotate("“There is nothing more to add,” Lunde continued.");
  const s = byCue(doc, "continued");
  assert.equal(s.speaker?.mention?.text, "Lunde");
  assert.equal(s.direct, true);
});

test("a cue before the quotation: X said: “...”", () => {
  const doc = annotate("The minister said: “Talks will continue next week.”");
  const s = byCue(doc, "said:");
  assert.equal(s.speaker?.mention?.text, "The minister");
  assert.equal(s.content.text, "“Talks will continue next week.”");
  assert.equal(s.direct, true);
});

test("a quotation split by the cue is one content", () => {
  const doc = annotate("“We tried,” she said, “but the rain won.”");
  const s = byCue(doc, "said");
  assert.equal(s.content.text, "“We tried,” she said, “but the rain won.”");
  assert.equal(doc.statements.length, 1);
});

test("a quotation continues over the following quoted sentences of the paragraph", () => {
  const doc = annotate("“The water rose fast,” the farmer said. “We lost two fields.”\n\nThe road stayed closed.");
  const s = byCue(doc, "said");
  assert.equal(s.content.text, "“The water rose fast,” the farmer said. “We lost two fields.”");
});

test("a paragraph that opens a quote without closing it continues into the next", () => {
  const text = "The coach said: “We played badly in the first half.\n\n“In the second half we found our rhythm.”\n\nFans left early.";
  const doc = annotate(text);
  const s = byCue(doc, "said:");
  assert.equal(s.content.text, "“We played badly in the first half.\n\n“In the second half we found our rhythm.”");
  assertOffsets(doc);
});

test("a mixed quotation: partly quoted content runs to the end of the clause and is not direct", () => {
  const doc = annotate("The senator said the proposal was “dead on arrival” in its current form.");
  const s = byCue(doc, "said");
  assert.equal(s.content.text, "the proposal was “dead on arrival” in its current form");
  assert.equal(s.direct, false);
});

test("indirect speech with a verb other than said: denied", () => {
  const doc = annotate("The province has denied closing the border.");
  const s = byCue(doc, "has denied");
  assert.equal(s.speaker?.mention?.text, "The province");
  assert.equal(s.content.text, "closing the border");
  assert.equal(s.direct, false);
});

test("X said that ...: the content keeps 'that' and drops the full stop", () => {
  const doc = annotate("The company said that profits fell by a third.");
  const s = byCue(doc, "said");
  assert.equal(s.content.text, "that profits fell by a third");
});

test("according to X, at the start and at the end of a sentence", () => {
  const first = annotate("According to the agency, the fire started in the kitchen.");
  const a = byCue(first, "According to");
  assert.equal(a.speaker?.mention?.text, "the agency");
  assert.equal(a.content.text, "the fire started in the kitchen");
  const last = annotate("Prices rose for a third month, according to the statistics office.");
  const b = byCue(last, "according to");
  assert.equal(b.speaker?.mention?.text, "the statistics office");
  assert.equal(b.content.text, "Prices rose for a third month");
});

test("X told reporters (that) ...: the addressee belongs to neither cue nor content", () => {
  const doc = annotate("The governor told reporters that the budget was balanced.");
  const s = byCue(doc, "told");
  assert.equal(s.speaker?.mention?.text, "The governor");
  assert.equal(s.content.text, "that the budget was balanced");
});

test("reporting verbs beyond said", () => {
  const cases: [string, string, string, string][] = [
    ["The union accused the board of hiding losses.", "accused", "The union", "the board of hiding losses"],
    ["The mayor described the storm as the worst in decades.", "described", "The mayor", "the storm as the worst in decades"],
    ["Johnson claimed the vote was rigged.", "claimed", "Johnson", "the vote was rigged"],
    ["The coach insisted that nobody was injured.", "insisted", "The coach", "that nobody was injured"],
    ["Lee wrote that the river had never been so low.", "wrote", "Lee", "that the river had never been so low"],
    ["The senator tweeted that the bill would pass.", "tweeted", "The senator", "that the bill would pass"],
    ["The minister admitted mistakes had been made.", "admitted", "The minister", "mistakes had been made"],
    ["Doctors warned that the virus could spread.", "warned", "Doctors", "that the virus could spread"],
    ["The economist believes rates will fall.", "believes", "The economist", "rates will fall"],
    ["The newspaper endorsed the challenger.", "endorsed", "The newspaper", "the challenger"],
    ["The ministry confirmed the deal was signed.", "confirmed", "The ministry", "the deal was signed"],
  ];
  for (const [text, cue, speaker, content] of cases) {
    const s = byCue(annotate(text), cue);
    assert.equal(s.speaker?.mention?.text, speaker, text);
    assert.equal(s.content.text, content, text);
  }
});

test("the cue spans auxiliaries, adverbs and a particle: 'has also called for'", () => {
  const doc = annotate("The council has also called for an inquiry into the fire.");
  const s = byCue(doc, "has also called for");
  assert.equal(s.speaker?.mention?.text, "The council");
  assert.equal(s.content.text, "an inquiry into the fire");
});

test("a pronoun speaker is the mention; its canonical name is the latest compatible person", () => {
  const doc = annotate("“The port is open,” said Nils Orvik. He added that ships were waiting.");
  const s = byCue(doc, "added");
  assert.equal(s.speaker?.mention?.text, "He");
  assert.equal(s.speakerCanonical, "Nils Orvik");
});

test("a surname alone takes the full name seen earlier as canonical", () => {
  const doc = annotate("Maria Keller said the count was complete. Later, Keller said a recount was possible.");
  const later = doc.statements[1];
  assert.equal(later?.speaker?.mention?.text, "Keller");
  assert.equal(later?.speakerCanonical, "Maria Keller");
});

test("descriptions as speakers: a spokesman, an anonymous official, a think tank, sources", () => {
  const cases: [string, string][] = [
    ["The ministry spokesman said the talks had stalled.", "The ministry spokesman"],
    ["A city official who spoke on condition of anonymity said the pipe had burst.", "A city official who spoke on condition of anonymity"],
    ["The think tank said the forecast was too optimistic.", "The think tank"],
    ["Sources said the merger would be announced on Friday.", "Sources"],
  ];
  for (const [text, speaker] of cases) {
    const s = byCue(annotate(text), "said");
    assert.equal(s.speaker?.mention?.text, speaker, text);
  }
});

test("a title before a name is the role, the name is canonical", () => {
  const doc = annotate("Harbour spokesman Erik Lunde said the ferries were delayed by fog.");
  const s = byCue(doc, "said");
  assert.equal(s.speaker?.mention?.text, "Harbour spokesman Erik Lunde");
  assert.equal(s.speakerCanonical, "Erik Lunde");
  assert.equal(s.speakerRole?.text, "Harbour spokesman");
});

test("the name after an appositive comma is the speaker: '... chief aide, Petter Moe has claimed'", () => {
  const doc = annotate("Governor Anna Lind of Vestland’s chief aide, Petter Moe has claimed that the county had nothing to do with it.");
  const s = byCue(doc, "has claimed");
  assert.equal(s.speaker?.mention?.text, "Petter Moe");
  assert.equal(s.content.text, "that the county had nothing to do with it");
});

test("a name with an appositive before the cue keeps the closing comma, as PolNeAR marks it", () => {
  const doc = annotate("Tom Reed, a professor at the state university, argued that the law was flawed.");
  const s = byCue(doc, "argued");
  assert.equal(s.speaker?.mention?.text, "Tom Reed, a professor at the state university,");
  assert.equal(s.speakerCanonical, "Tom Reed");
});

test("a parenthetical cue covers the whole sentence as content", () => {
  const doc = annotate("The plan, the director said, would cost less than expected.");
  const s = byCue(doc, "said");
  assert.equal(s.speaker?.mention?.text, "the director");
  assert.equal(s.content.text, "The plan, the director said, would cost less than expected");
});

test("reported clause before the cue: '..., officials said.'", () => {
  const doc = annotate("The airport will stay closed until Monday, officials said.");
  const s = byCue(doc, "said");
  assert.equal(s.speaker?.mention?.text, "officials");
  assert.equal(s.content.text, "The airport will stay closed until Monday");
});

test("'..., adding that ...' is a second statement by the same speaker", () => {
  const doc = annotate("The mayor said the roads were clear, adding that schools would open.");
  const said = byCue(doc, "said");
  const adding = byCue(doc, "adding");
  assert.equal(said.content.text, "the roads were clear");
  assert.equal(adding.speaker?.mention?.text, "The mayor");
  assert.equal(adding.content.text, "that schools would open");
});

test("a cue inside another statement's content is not a statement of its own", () => {
  const doc = annotate("The lawyer said her client believes the ruling was unfair.");
  assert.equal(doc.statements.length, 1);
  assert.equal(doc.statements[0]?.cue.text, "said");
});

test("cues inside a quotation are the speaker's words, not attributions", () => {
  const doc = annotate("“I said no and I meant it,” the judge said.");
  assert.equal(doc.statements.length, 1);
  assert.equal(doc.statements[0]?.speaker?.mention?.text, "the judge");
});

test("a passive expectation has no speaker and keeps its subject in the content", () => {
  const doc = annotate("The bill is expected to pass next week.");
  const s = byCue(doc, "is expected");
  assert.equal(s.speaker, null);
  assert.equal(s.content.text, "The bill is expected to pass next week");
});

test("entities from the entity layer give the canonical name and role", () => {
  const text = "The spokeswoman said the office would reopen.";
  const entity: Entity = {
    start: 0,
    end: 15,
    text: "The spokeswoman",
    type: "person",
    canonical: "Jana Novak",
    sentence: 0,
    role: { start: 4, end: 15, text: "spokeswoman" },
    rule: "test",
  };
  const s = byCue(annotate(text, [entity]), "said");
  assert.equal(s.speakerCanonical, "Jana Novak");
  assert.equal(s.speakerRole?.text, "spokeswoman");
});

test("a speaker label opening a line: 'Harris: ...'", () => {
  const doc = annotate("Harris: The plan is not set in stone.\n\nMore follows.");
  const s = byCue(doc, ":");
  assert.equal(s.speaker?.mention?.text, "Harris");
  assert.equal(s.content.text, "The plan is not set in stone");
});

test("text without attribution gives no statements, and every rule is recorded", () => {
  const none = annotate("The river rose two metres overnight. Roads were closed.");
  assert.equal(none.statements.length, 0);
  const some = annotate("“It is over,” the coach said. The team said it would appeal.");
  for (const s of some.statements) assert.match(s.rule, /^statements\//);
  assertOffsets(some);
});

test("'Asked about X, she said ...': the question has no speaker, the answer has one", () => {
  const doc = annotate("Asked about the delay, the minister said the contract was still under review.");
  const asked = byCue(doc, "Asked about");
  assert.equal(asked.speaker, null);
  assert.equal(asked.content.text, "the delay");
  const said = byCue(doc, "said");
  assert.equal(said.speaker?.mention?.text, "the minister");
  assert.equal(said.content.text, "the contract was still under review");
});

test("a perfect with a contracted auxiliary is not a passive: \"He's said that ...\"", () => {
  const s = byCue(annotate("He's said that the plan works."), "'s said");
  assert.equal(s.speaker?.mention?.text, "He");
  assert.equal(s.content.text, "that the plan works");
});

test("a time phrase between subject and cue: 'the governor on Tuesday said'", () => {
  const s = byCue(annotate("The governor on Tuesday said the bridge was safe."), "said");
  assert.equal(s.speaker?.mention?.text, "The governor");
});

test("a discourse adverbial between subject and cue: 'Many people, though, say'", () => {
  const s = byCue(annotate("Many residents, though, say the new route is slower."), "say");
  assert.equal(s.speaker?.mention?.text, "Many residents");
  assert.equal(s.content.text, "the new route is slower");
});

test("an attitude adjective after 'be' is a cue: 'were critical of'", () => {
  const s = byCue(annotate("Local farmers were sharply critical of the new water rules."), "were sharply critical of");
  assert.equal(s.speaker?.mention?.text, "Local farmers");
  assert.equal(s.content.text, "the new water rules");
});

test("a possessive and an attribution noun: 'her criticism of ...'", () => {
  const s = byCue(annotate("Her criticism of the budget surprised colleagues."), "criticism of");
  assert.equal(s.speaker?.mention?.text, "Her");
  assert.equal(s.content.text, "the budget surprised colleagues");
});

test("'a group called X' names; 'Bush called X' reports", () => {
  const naming = annotate("She joined a group called Clean Rivers last year.");
  assert.equal(naming.statements.length, 0);
  const s = byCue(annotate("Bush called the plan “reckless.”"), "called");
  assert.equal(s.speaker?.mention?.text, "Bush");
  assert.equal(s.content.text, "the plan “reckless.”");
});

test("a short quoted title inside the speaker phrase does not cut the speaker off", () => {
  const doc = annotate("“It went well,” a delegate wearing a “Vote Early” badge said.");
  const s = byCue(doc, "said");
  assert.equal(s.speaker?.mention?.text, "a delegate wearing a “Vote Early” badge");
  assert.equal(s.content.text, "“It went well,”");
});

test("two speakers in one sentence split the content: '60 percent said yes, but 30 percent say no'", () => {
  const doc = annotate("Most members said the deal was fair, but several directors say it undervalues the firm.");
  assert.equal(byCue(doc, "said").content.text, "the deal was fair");
  assert.equal(byCue(doc, "say").speaker?.mention?.text, "several directors");
});
