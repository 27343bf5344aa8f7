import { test } from "node:test";
import assert from "node:assert/strict";
import { dateCheck, isPageStamp } from "./dates.js";
import { StoryTexts } from "./findings.js";
import { docWith } from "./fixtures.js";
import { pairContext } from "./pair.js";
import { buildUnits, type Unit } from "./units.js";

type Said = { speaker: string; cue: string; content: string };
type Report = { text: string; when: string; value: string; published?: string; person?: string; age?: number; looseDate?: string; said?: Said };

/** Date findings for two one-sentence reports taken as aligned with the given similarity. */
function dateConflicts(x: Report, y: Report, similarity = 0.9): string[] {
  const docs = [x, y].map((r, i) => {
    const doc = docWith(i === 0 ? "a" : "b", r.text, {
      timexes: [{ text: r.when, value: r.value }],
      ...(r.published ? { published: r.published } : {}),
      ...(r.person ? { entities: [{ text: r.person, type: "person" as const }] } : {}),
      ...(r.age ? { numbers: [{ text: `${r.age}-year-old`, low: r.age, high: r.age, unit: "year-old" }] } : {}),
      ...(r.said ? { statements: [r.said] } : {}),
    });
    if (r.looseDate) {
      doc.referenceDate = { value: r.looseDate, basis: "text" };
      doc.referenceDateLoose = true;
    }
    return doc;
  });
  const [a, b] = docs.map((d, i) => buildUnits(d, i)[0] as Unit) as [Unit, Unit];
  return dateCheck.check(pairContext({ a, b, similarity, mutual: true }, new StoryTexts(docs))).map((f) => f.claims.map((c) => c.value).join(" / "));
}

test("a month and day a report with no date of its own writes are held to month and day, not to the year it borrows", () => {
  const dated = { text: "Service should be restored by December 31, the company said.", when: "December 31", value: "2011-12-31", published: "2011-12-20" };
  const undated = (when: string, value: string) => ({ text: `Service may not be restored till ${when}, the company said.`, when, value });
  assert.deepEqual(dateConflicts(dated, undated("31 December", "2012-12-31")), []);
  assert.deepEqual(dateConflicts(dated, undated("30 December", "2012-12-30")), ["2011-12-31 / 2012-12-30"]);
});

test("a report dated only by a full date in its text ('took the post on June 3, 1980') holds 'yesterday' to nothing", () => {
  // The undated report's "Tuesday" against the other's "yesterday", resolved against a date that may be history.
  const tuesday = { text: "The lighthouse keeper died on Tuesday, his family said.", when: "Tuesday", value: "2024-03-05" };
  const yesterday = { text: "The lighthouse keeper, who took the post on June 3, 1980, died yesterday, his family said.", when: "yesterday", value: "1980-06-02" };
  assert.deepEqual(dateConflicts(tuesday, { ...yesterday, looseDate: "1980-06-03" }), []);
  // Dated by its own firm date, the report's "yesterday" is a Monday, which no Tuesday is.
  assert.deepEqual(dateConflicts(tuesday, { ...yesterday, published: "1980-06-03" }), ["2024-03-05 / 1980-06-02"]);
});

test("years alone conflict only in closely tied sentences", () => {
  const founded = { text: "Ode founded the harbour clinic in 1990 with two nurses.", when: "1990", value: "1990", published: "2011-12-20" };
  const fellow = { text: "Ode, who runs the harbour clinic, was a fellow in 2008.", when: "2008", value: "2008", published: "2011-12-20" };
  assert.deepEqual(dateConflicts(founded, fellow, 0.35), []);
  assert.deepEqual(dateConflicts(founded, { ...founded, text: "Ode founded the harbour clinic in 1992 with two nurses.", when: "1992", value: "1992" }, 0.8), ["1990 / 1992"]);
});

test("a dateline set before '| Updated' is the page's stamp", () => {
  const stamp = (when: string, value: string) => ({ text: `${when} | Updated 9:28 AM EDT The harbour crane collapsed onto the quay.`, when, value, published: value });
  assert.deepEqual(dateConflicts(stamp("Friday, Sep 10, 2010", "2010-09-10"), stamp("Monday, Sep 13, 2010", "2010-09-13")), []);
});

test("the same relative words in two reports dated apart agree", () => {
  const hearing = (value: string, published: string) => ({ text: "The hearing took place at the harbour court this morning.", when: "this morning", value, published });
  assert.deepEqual(dateConflicts(hearing("2013-06-12TMO", "2013-06-12"), hearing("2013-06-18TMO", "2013-06-18")), []);
  const other = { text: "The hearing took place at the harbour court on Tuesday.", when: "on Tuesday", value: "2013-06-11", published: "2013-06-18" };
  assert.equal(dateConflicts(hearing("2013-06-12TMO", "2013-06-12"), other).length, 1);
});

test("alike sentences about different people date different doings", () => {
  const arrested = (person: string, when: string, value: string) => ({ text: `${person} was arrested on ${when} on suspicion of drunken driving.`, when, value, published: "2009-02-03", person });
  assert.deepEqual(dateConflicts(arrested("Vincent Jackson", "Jan. 6", "2009-01-06"), arrested("Jamal Williams", "Feb. 1", "2009-02-01")), []);
  assert.equal(dateConflicts(arrested("Jamal Williams", "Jan. 6", "2009-01-06"), arrested("Jamal Williams", "Feb. 1", "2009-02-01")).length, 1);
});

test("in loosely alike sentences two dates are of one fact only when they date the same words", () => {
  const sentenced = { text: "The judge sentenced Ode on Saturday to life in prison.", when: "on Saturday", value: "2024-03-09", published: "2024-03-10" };
  const incident = { text: "Ode was jailed for life over the March 11, 2023, harbour shooting.", when: "March 11, 2023", value: "2023-03-11", published: "2024-03-10" };
  assert.deepEqual(dateConflicts(sentenced, incident, 0.5), []);
  const tore = { text: "A fire tore through a warehouse in the port of Marrowby on Tuesday, March 4.", when: "Tuesday, March 4", value: "2025-03-04", published: "2025-03-05" };
  const swept = { text: "Fire swept through a seafood warehouse on the Marrowby quay early on Wednesday.", when: "early on Wednesday", value: "2025-03-05", published: "2025-03-05" };
  assert.equal(dateConflicts(tore, swept, 0.5).length, 1);
  // Near copies need no such tie.
  assert.equal(dateConflicts(sentenced, { ...incident, text: "The judge sentenced Ode on March 11, 2023, to life in prison." }, 0.8).length, 1);
  // Two dates in one small diff hunk date one thing only in sentences alike enough to be lined up word by word.
  const gathered = { text: "Crowds gathered on Monday at the harbour gates after the storm.", when: "Monday", value: "2024-03-04" };
  const sank = { text: "Boats sank on Saturday at the harbour gates after the storm.", when: "Saturday", value: "2024-03-02" };
  assert.deepEqual(dateConflicts(gathered, sank, 0.45), []);
  assert.equal(dateConflicts(gathered, sank, 0.55).length, 1);
});

test("a word qualifying a noun before a date ('the injured list') is no happening the date is told of", () => {
  const hurt = { text: "The goalkeeper was hurt on Sunday in the cup tie.", when: "on Sunday", value: "2024-03-03", published: "2024-03-06" };
  const listed = { text: "The club placed him on the injured list on Tuesday.", when: "on Tuesday", value: "2024-03-05", published: "2024-03-06" };
  assert.deepEqual(dateConflicts(hurt, listed, 0.4), []);
  // The same happening told by a verb in both still ties the dates.
  const injured = { ...listed, text: "The goalkeeper was injured on Tuesday in the cup tie." };
  assert.equal(dateConflicts(hurt, injured, 0.4).length, 1);
});

test("a date inside a stretch the other report opens ('since 2015') falls within it; one before it does not", () => {
  const since = { text: "Since 2015 the keeper has run the harbour light.", when: "2015", value: "2015" };
  const during = { text: "In 2019 the keeper ran the harbour light.", when: "2019", value: "2019" };
  const before = { text: "In 2011 the keeper ran the harbour light.", when: "2011", value: "2011" };
  assert.deepEqual(dateConflicts(since, during), []);
  assert.equal(dateConflicts(since, before).length, 1);
});

test("two ages that differ tell of two people, each dated on their own", () => {
  const died = (age: number, when: string, value: string) => ({ text: `A ${age}-year-old climber died on ${when} after a fall from the north ridge.`, when, value, age });
  assert.deepEqual(dateConflicts(died(36, "Friday", "2024-03-01"), died(32, "Saturday", "2024-03-02")), []);
  assert.deepEqual(dateConflicts(died(36, "Friday", "2024-03-01"), died(36, "Saturday", "2024-03-02")), ["2024-03-01 / 2024-03-02"]);
});

test("a date standing before a noun dates that thing, not what the other report dates", () => {
  const arrested = { text: "The striker was arrested on Tuesday after the cup final, the club said.", when: "Tuesday", value: "2024-03-05" };
  const final = (phrase: string, when: string, value: string) => ({ text: `The striker will miss ${phrase} cup final after the arrest, the club said.`, when, value });
  assert.deepEqual(dateConflicts(arrested, final("Sunday's", "Sunday", "2024-03-10")), []);
  assert.deepEqual(dateConflicts(arrested, final("the March 10", "March 10", "2024-03-10")), []);
  // Both dating the same thing, they are held to one day.
  assert.deepEqual(dateConflicts(final("Sunday's", "Sunday", "2024-03-10"), final("Saturday's", "Saturday", "2024-03-09")), ["2024-03-10 / 2024-03-09"]);
});

test("'today' inside quotation marks no annotated statement holds is still the day the words were spoken", () => {
  const march = { text: "The crowd marched to the town hall chanting “close the mine today” as rain fell.", when: "today", value: "2024-03-06", published: "2024-03-06" };
  const weekday = { text: "The crowd marched to the town hall on Monday as rain fell.", when: "Monday", value: "2024-03-04", published: "2024-03-06" };
  assert.deepEqual(dateConflicts(march, weekday), []);
  // Outside quotation marks, "today" is the report's day.
  assert.deepEqual(dateConflicts({ ...march, text: "The crowd marched to the town hall today as rain fell." }, weekday), ["2024-03-06 / 2024-03-04"]);
});

test("in loosely alike sentences a date a month or more from its report's own and a date of the news are of two events", () => {
  const flood = (when: string, value: string) => ({ text: `The big flood to hit the valley came ${when}, officials said.`, when, value, published: "2024-11-29" });
  assert.deepEqual(dateConflicts(flood("in February", "2024-02"), flood("on Sunday", "2024-11-24"), 0.5), []);
  // Near copies are held to one date however far it lies.
  assert.equal(dateConflicts(flood("in February", "2024-02"), flood("on Sunday", "2024-11-24"), 0.9).length, 1);
  // Dates a few days apart on either side of that line may still be one.
  assert.equal(dateConflicts(flood("on October 28", "2024-10-28"), flood("on November 3", "2024-11-03"), 0.5).length, 1);
});

test("the date of a plan and the date of what happened are of two events", () => {
  const held = { text: "The inquest into the ferry deaths was heard at the county court on Monday.", when: "on Monday", value: "2024-03-04" };
  const plan = (when: string, value: string) => ({ text: `The inquest into the ferry deaths was scheduled at the county court for ${when}.`, when, value });
  assert.deepEqual(dateConflicts(held, plan("Thursday", "2024-03-07")), []);
  // Two plans, or two happenings, are still held to one date.
  assert.equal(dateConflicts(plan("Friday", "2024-03-08"), plan("Thursday", "2024-03-07")).length, 1);
  assert.equal(dateConflicts(held, { ...held, when: "on Tuesday", value: "2024-03-05", text: held.text.replace("on Monday", "on Tuesday") }).length, 1);
});

test("a date right after 'for' is one looked to, not the date of what happened", () => {
  const won = { text: "The top seed beat the harbour side 65-53 on Friday in the quarterfinal.", when: "Friday", value: "2024-03-08" };
  const ahead = (text: string) => ({ text, when: "Saturday", value: "2024-03-09" });
  assert.deepEqual(dateConflicts(won, ahead("The top seed stays on for Semifinal Saturday.")), []);
  assert.equal(dateConflicts(won, ahead("The top seed beat the harbour side 65-53 on Saturday in the quarterfinal.")).length, 1);
  // A past date after "for" names a cause, not a plan: "charged for Friday's stabbing" is still held to Friday.
  const charged = (when: string, value: string) => ({ text: `Police charged a harbour worker for ${when} stabbing near the quay.`, when: when.replace("'s", ""), value, published: "2024-03-10" });
  assert.equal(dateConflicts(charged("Friday's", "2024-03-08"), { text: "Police charged a harbour worker after Thursday's stabbing near the quay.", when: "Thursday", value: "2024-03-07", published: "2024-03-10" }).length, 1);
  assert.deepEqual(dateConflicts(won, ahead("For Saturday, the top seed stays on in the quarterfinal.")), []);
});

test("in loosely alike sentences a year alone and a day are episodes apart, as two years alone are", () => {
  const clerk = { text: "Ode returned to the harbour board in 2019 as a clerk and stayed for years.", when: "2019", value: "2019", published: "2024-03-06" };
  const chair = { text: "Ode returned to the harbour board on March 4, 2021 after the vote.", when: "March 4, 2021", value: "2021-03-04", published: "2024-03-06" };
  assert.deepEqual(dateConflicts(clerk, chair, 0.45), []);
  assert.equal(dateConflicts(clerk, chair, 0.9).length, 1);
});

test("a page stamp may give a clock time, its zone and a local one between its cue and the date", () => {
  const stampAt = (text: string, date: string) => {
    const start = text.indexOf(date);
    return isPageStamp(text, { start, end: start + date.length, text: date, type: "DATE", value: "2007-04-10", sentence: 0, rule: "test" });
  };
  assert.equal(stampAt("The harbour fire.\nPOSTED: 0915 GMT (1715 HKT), April 10, 2007\nA fire broke out.", "April 10, 2007"), true);
  assert.equal(stampAt("The harbour fire.\nUpdated 4:08 p.m. ET, April 10, 2007\nA fire broke out.", "April 10, 2007"), true);
  // A count after "posted" is no clock: "posted 21 points on April 10, 2007".
  assert.equal(stampAt("The harbour team posted 21 points on April 10, 2007.", "April 10, 2007"), false);
});

test("the days of two sayings conflict only when the same thing was said", () => {
  const saying = (content: string, when: string, value: string) => ({
    text: `Lifeguards said on ${when} ${content}.`,
    when,
    value,
    said: { speaker: "Lifeguards", cue: "said", content },
  });
  const died = saying("the seal pup had died", "Monday", "2025-02-10");
  assert.deepEqual(dateConflicts(died, saying("they had done all they could", "Friday", "2025-02-14")), []);
  assert.deepEqual(dateConflicts(died, saying("the seal pup had died", "Friday", "2025-02-14")), ["2025-02-10 / 2025-02-14"]);
});

test("a dateline on a line of its own dates the report, not a happening; a date in a sentence does not", () => {
  const stampAt = (text: string, date: string) => {
    const start = text.indexOf(date);
    return isPageStamp(text, { start, end: start + date.length, text: date, type: "DATE", value: "2025-03-05", sentence: 0, rule: "test" });
  };
  assert.equal(stampAt("Quay fire\n\nPortlow, 5 March 2025\n\nA fire broke out.", "5 March 2025"), true);
  assert.equal(stampAt("Quay fire\n\nThe quay burned on 5 March 2025.\n", "5 March 2025"), false);
});

test("a date in a clause of its own dates that clause's happening, not one told in the clause it hangs on or is joined to", () => {
  const relative = { text: "Ode was wanted for a stabbing that happened on the quay Monday, the harbour police said.", when: "Monday", value: "2024-03-04" };
  const joined = { text: "Officers closed the quay and were hunting the suspect Friday night.", when: "Friday night", value: "2024-03-08TNI" };
  assert.deepEqual(dateConflicts(relative, joined, 0.3), []);
  // Each date's own clause telling the same happening still ties them, whatever clause it stands in.
  const stabbed = { text: "Officers closed the quay after a stabbing that happened on the quay Friday night.", when: "Friday night", value: "2024-03-08TNI" };
  assert.equal(dateConflicts(relative, stabbed, 0.3).length, 1);
  // A preposition with no verb after it opens no clause: "closed the quay after the stabbing Friday" dates the closing.
  const closed = (when: string, value: string) => ({ text: `Officers closed the quay after the stabbing ${when}.`, when, value });
  assert.equal(dateConflicts(closed("Monday", "2024-03-04"), { text: "Officers closed the quay on Friday.", when: "Friday", value: "2024-03-08" }, 0.3).length, 1);
});

test("'last week' said late in a week reaches the days just gone in the report's own week", () => {
  const lastWeek = { text: "The prisoner escaped last week from a van near the harbour.", when: "last week", value: "2024-W09", published: "2024-03-09" };
  const day = (when: string, value: string) => ({ text: `The prisoner escaped ${when} from a van near the harbour.`, when, value, published: "2024-03-09" });
  assert.deepEqual(dateConflicts(lastWeek, day("Monday", "2024-03-04")), []);
  // A day before the week it names is still another day.
  assert.equal(dateConflicts(lastWeek, day("on February 20", "2024-02-20")).length, 1);
});

test("a date that follows another person's name dates that person's doing, though both units name both", async () => {
  const { compareStory } = await import("./story.js");
  const a = docWith("a", "His sister, Pia Marsh, opened a bakery across the road on Tuesday.", { entities: [{ text: "Pia Marsh", type: "person" }], timexes: [{ text: "Tuesday", value: "2024-03-05" }] });
  const b = (first: string, second: string) =>
    docWith("b", `${first} opened a bakery across the road on Monday, a day before ${second} opened one.`, {
      entities: [first, second].map((text) => ({ text, type: "person" as const })),
      timexes: [{ text: "Monday", value: "2024-03-04" }],
    });
  const dateFindings = (other: ReturnType<typeof docWith>) => compareStory([a, other], "s").findings.filter((f) => f.kind === "contradiction" && f.aspect === "date");
  assert.equal(dateFindings(b("Ivo Marsh", "Pia Marsh")).length, 0);
  assert.equal(dateFindings(b("Pia Marsh", "Ivo Marsh")).length, 1);
});

test("a time in a named zone may fall on the day before or after the other report's day; two days apart is still a conflict", () => {
  const died = (when: string, value: string): Report => ({ text: `The actress passed away at a hospital in the city ${when}, her agent said.`, when, value });
  assert.deepEqual(dateConflicts(died("at 02:41 GMT Friday", "2024-03-08T02:41"), died("on Thursday", "2024-03-07")), []);
  assert.equal(dateConflicts(died("at 02:41 GMT Saturday", "2024-03-09T02:41"), died("on Thursday", "2024-03-07")).length, 1);
});
