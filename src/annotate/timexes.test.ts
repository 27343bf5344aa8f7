import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as chrono from "chrono-node";
import type { Timex } from "../model/types.js";
import { emptyDoc } from "./doc.js";
import { timexStage } from "./timexes.js";
import { tokenStage } from "./tokens.js";

// Reference Thursday 2023-05-04 unless a test says otherwise.
function annotate(text: string, reference = "2023-05-04"): Timex[] {
  const doc = emptyDoc({ id: "t", text });
  tokenStage.run(doc);
  doc.referenceDate = { value: reference, basis: "published" };
  timexStage.run(doc);
  return doc.timexes;
}

function timex(text: string, phrase: string, reference?: string): Timex {
  const all = annotate(text, reference);
  const found = all.find((t) => t.text === phrase);
  assert.ok(found, `no timex "${phrase}" in ${JSON.stringify(all.map((t) => t.text))}`);
  return found;
}

function value(text: string, phrase: string, reference?: string): string {
  return timex(text, phrase, reference).value;
}

describe("timexStage: months and weekdays in personal names", () => {
  const texts = (text: string): string[] => annotate(text).map((t) => t.text);

  it("a month after a given name, honorific or title is a surname, not a date", () => {
    assert.deepEqual(texts("Captain Lena May said the ferry would sail."), []);
    assert.deepEqual(texts("Dr. March praised the choir."), []);
    assert.deepEqual(texts("Harbour Minister May opened the pier."), []);
  });

  it("a month or weekday opening a clause before a surname is a given name or a title", () => {
    assert.deepEqual(texts("April Berg, a welder, fixed the crane."), []);
    assert.deepEqual(texts("The crane stood still, June Okafor said."), []);
    assert.deepEqual(texts("The Sunday Herald printed the tide tables."), []);
    assert.deepEqual(texts("\"The tide is high,\" said June Okafor."), []);
  });

  it("a surname the article gave in full is the person alone too, unless a date word or a day number is beside it", () => {
    assert.deepEqual(texts("Captain Lena March opened the pier. March said the tide would be high in March. March's crew sails March 3."), ["March", "March 3"]);
    // A weekday after a given name is no surname: "Morning Lena Tuesday" is a show and a day.
    assert.deepEqual(texts("Berg spoke to Morning Lena Tuesday. Berg sails on Friday."), ["Tuesday", "Friday"]);
  });

  it("a month ending a name before an age is no date, whoever the given names are", () => {
    assert.deepEqual(texts("Tun Aung May, 41, a welder, fixed the crane."), []);
  });

  it("dates stay dates around names", () => {
    assert.deepEqual(texts("Berg in May fixed the crane."), ["May"]);
    assert.deepEqual(texts("The ferry sails May 3, Berg said."), ["May 3"]);
    assert.deepEqual(texts("Berg repaired it last March."), ["last March"]);
    assert.deepEqual(texts("On Sunday Berg sailed to the island."), ["Sunday"]);
    assert.deepEqual(texts("May 2024 was warm, Berg said."), ["May 2024"]);
    assert.deepEqual(texts("Captain Lena May sailed in May."), ["May"]);
    assert.deepEqual(texts("Sunday's regatta was cancelled."), ["Sunday"]);
    assert.deepEqual(texts("Tuesday President Berg opened the bridge."), ["Tuesday"]);
    assert.deepEqual(texts("Berg said Friday Okafor would sail."), ["Friday"]);
    assert.deepEqual(texts("The July regatta drew crowds."), ["July"]);
    assert.deepEqual(texts("Tuesday Regatta Results Surprise Crews"), ["Tuesday"]);
    assert.ok(texts("The regatta is held Tuesday Nov. 8.").some((t) => t.startsWith("Tuesday")));
  });

  it("a capitalised part of the day opening a proper-noun run is a title's word, unless a time word is beside it", () => {
    assert.deepEqual(texts("The Evening Courier survey counted the gulls."), []);
    assert.deepEqual(texts("Berg sailed on Tuesday Morning, the crew said."), ["Tuesday Morning"]);
  });
});

describe("timexStage: weekdays in news", () => {
  it("a bare weekday in past tense is the last such day", () => {
    assert.equal(value("The mayor resigned on Wednesday.", "Wednesday"), "2023-05-03");
    assert.equal(value("The mayor resigned on Monday.", "Monday"), "2023-05-01");
  });

  it("a weekday that is the reference day is the reference itself", () => {
    assert.equal(value("The council met on Thursday.", "Thursday"), "2023-05-04");
  });

  it("future tense points a bare weekday forward", () => {
    assert.equal(value("The council will vote on Saturday.", "Saturday"), "2023-05-06");
    assert.equal(value("The talks are expected to resume Monday.", "Monday"), "2023-05-08");
  });

  it("would, may, might and should point a weekday ahead unless perfect; a present 'be to' is an arrangement", () => {
    assert.equal(value("Officials said the talks would resume on Tuesday.", "Tuesday"), "2023-05-09");
    assert.equal(value("The senate may vote on Monday.", "Monday"), "2023-05-08");
    assert.equal(value("He would have voted on Monday.", "Monday"), "2023-05-01");
    assert.equal(value("The envoy is to visit the port on Saturday.", "Saturday"), "2023-05-06");
    assert.equal(value("The clerk could not be reached on Monday.", "Monday"), "2023-05-01");
    assert.equal(value("The club said it would appeal Monday's ruling.", "Monday"), "2023-05-01");
  });

  it("a day an appointment is made for lies ahead", () => {
    assert.equal(value("The union called a meeting of its members for Monday.", "Monday"), "2023-05-08");
    assert.equal(value("The judge set the hearing for Friday.", "Friday"), "2023-05-05");
    // "for" without an appointment keeps the past.
    assert.equal(value("The shop was closed for Monday.", "Monday"), "2023-05-01");
  });

  it("ahead of, pending, on the eve of, in time for: what follows is still to come", () => {
    assert.equal(value("Shares slipped ahead of Friday's jobs report.", "Friday"), "2023-05-05");
    // A past clause dated by a day of its own: what follows is ahead of that day, not of today.
    assert.equal(value("Shares fell on Monday ahead of Tuesday's jobs report.", "Tuesday"), "2023-05-02");
    assert.equal(value("The ban stays pending Monday's hearing.", "Monday"), "2023-05-08");
    assert.equal(value("Crowds gathered on the eve of Saturday's final.", "Saturday"), "2023-05-06");
    assert.equal(value("The roof was finished in time for Saturday's final.", "Saturday"), "2023-05-06");
    // So is the date right after the event noun the phrase governs, in a past sentence too.
    assert.equal(value("The magistrate kept the skipper in custody pending her next hearing April 19.", "April 19"), "2024-04-19");
    assert.equal(value("The magistrate kept the skipper in custody at her hearing April 19.", "April 19"), "2023-04-19");
  });

  it("a present copula right before a day schedules it ahead; a past one looks back", () => {
    assert.equal(value("The final is on Saturday.", "Saturday"), "2023-05-06");
    assert.equal(value("The final was on Saturday.", "Saturday"), "2023-04-29");
    assert.equal(value("Results are due on Friday.", "Friday"), "2023-05-05");
  });

  it("the second weekday of a range follows the first", () => {
    const all = annotate("The fair will run from Monday to Wednesday.");
    assert.deepEqual(all.map((t) => t.value), ["2023-05-08", "2023-05-10"]);
  });

  it("'following' before a weekday's possessive is the preposition, not the anchored following day", () => {
    const t = timex("Police made arrests following Tuesday's raid.", "Tuesday");
    assert.equal(t.value, "2023-05-02");
  });

  it("a bare May after a preposition of time is the month; the modal stays no date", () => {
    assert.equal(value("Rents have risen since May.", "May"), "2023-05");
    // After "by" or "after" a name goes on the clause: "backed by May and her cabinet", "After May spoke".
    assert.deepEqual(annotate("The plan was backed by May and her cabinet. After May spoke, the pound fell.").map((t) => t.text), []);
    assert.equal(value("The bridge stays shut until May.", "May", "2023-02-10"), "2023-05");
    assert.deepEqual(annotate("Rents may rise."), []);
  });

  it("a month leading a name is no date; a month of a year still is", () => {
    assert.equal(annotate("Thousands joined the March of the Silent Mothers in the capital.").length, 0);
    assert.equal(annotate("The charity March of Dimes raised money.").length, 0);
    assert.equal(timex("Prices rose in May of last year.", "May").type, "DATE");
    assert.equal(timex("Prices rose in May of Biden's first term.", "May").type, "DATE");
  });

  it("a condition in the present points ahead, even in reported speech", () => {
    assert.equal(value("The board said that if Smith and Jones mail an offer by May 20, it will drop the suit.", "May 20"), "2023-05-20");
    assert.equal(value("The board said that if the buyers paid on Monday, nobody noticed.", "Monday"), "2023-05-01");
  });

  it("until a weekday points ahead, unless the past perfect says the span has ended", () => {
    assert.equal(value("The bridge stays closed until Tuesday.", "Tuesday"), "2023-05-09");
    assert.equal(value("Until Tuesday, the police had not named a suspect.", "Tuesday"), "2023-05-02");
    assert.equal(value("They'd stay in the hotel until Tuesday.", "Tuesday"), "2023-05-09");
    assert.equal(value("The road stayed closed until Tuesday.", "Tuesday"), "2023-05-02");
    assert.equal(value("The minister said the road would stay closed until Tuesday.", "Tuesday"), "2023-05-09");
    assert.equal(value("The buyers had until Tuesday to respond.", "Tuesday"), "2023-05-09");
    assert.equal(value("Until Tuesday, they'd kept the name secret.", "Tuesday"), "2023-05-02");
  });

  it("a lone present-tense action verb with a day is a timetable, so ahead", () => {
    assert.equal(value("The trial starts Monday.", "Monday"), "2023-05-08");
    assert.equal(value("The two leaders meet Friday in Geneva.", "Friday"), "2023-05-05");
    assert.equal(value("Voters go to the polls on Sunday.", "Sunday"), "2023-05-07");
    assert.equal(value("The offer expires on Friday.", "Friday"), "2023-05-05");
    // Saying is no timetable, and a day owned by a noun is not the verb's.
    assert.equal(value("The agency says Monday was the worst day of the flood.", "Monday"), "2023-05-01");
    assert.equal(value("The decision follows Tuesday's vote.", "Tuesday"), "2023-05-02");
    assert.equal(value("Officials tried to meet Tuesday.", "Tuesday"), "2023-05-02");
    // Nor through another preposition: "from January" is the period's, not the verb's.
    assert.equal(value("The report covers the period from January.", "January"), "2023-01");
    // A verb that describes is no timetable, however close the day.
    assert.equal(value("The index includes Monday.", "Monday"), "2023-05-01");
  });

  it("last and next weekdays skip the reference day", () => {
    assert.equal(value("The ferry sank last Thursday.", "last Thursday"), "2023-04-27");
    assert.equal(value("The ferry sails next Friday.", "next Friday"), "2023-05-05");
  });

  it("a weekday with a month and day takes the year in which they agree", () => {
    // May 4 2024 is a Saturday; only 2023 (near the reference) makes it a Thursday.
    assert.equal(value("The statement came on Thursday, May 4.", "Thursday, May 4", "2024-03-01"), "2023-05-04");
    assert.equal(value("It opened on Tuesday, May 2.", "Tuesday, May 2"), "2023-05-02");
  });

  it("fixes what plain chrono gets wrong on the same phrases", () => {
    const ref = new Date(2024, 2, 1, 12);
    const plain = chrono.parse("The statement came on Thursday, May 4.", ref)[0];
    assert.ok(plain);
    assert.notEqual(plain.start.get("year"), 2023, "plain chrono would already be right; the test lost its point");
    const sunday = chrono.parse("A drone was shot down on Sunday night.", new Date(2023, 4, 4, 12))[0];
    assert.ok(sunday);
    assert.notEqual(sunday.start.get("day"), 30, "plain chrono would already be right; the test lost its point");
    assert.equal(value("A drone was shot down on Sunday night.", "Sunday night"), "2023-04-30TNI");
  });
});

describe("timexStage: plans point ahead", () => {
  // Reference Wednesday 2025-03-05: the Friday ahead is 2025-03-07, the one past 2025-02-28.
  const wednesday = "2025-03-05";
  const friday = (text: string): string => value(text, "Friday", wednesday);

  it("a plan or expectation before a longer verb phrase still points ahead", () => {
    assert.equal(friday("Calder Quay is expected to reopen to traffic on Friday."), "2025-03-07");
    assert.equal(friday("The ferry is due to resume sailings to the islands on Friday."), "2025-03-07");
    assert.equal(friday("The council plans to reopen the old harbour bridge to cyclists on Friday."), "2025-03-07");
    assert.equal(friday("The match is scheduled to be played behind closed doors on Friday."), "2025-03-07");
  });

  it("will, is due to, plans to, is scheduled to, next", () => {
    assert.equal(friday("The bridge will reopen on Friday."), "2025-03-07");
    assert.equal(friday("The bridge is due to reopen on Friday."), "2025-03-07");
    assert.equal(friday("The council plans to reopen it on Friday."), "2025-03-07");
    assert.equal(friday("The bridge is scheduled to reopen on Friday."), "2025-03-07");
    assert.equal(value("The bridge reopens next Friday.", "next Friday", wednesday), "2025-03-07");
  });

  it("the verb group of the date's own clause decides, not a reporting verb before it", () => {
    assert.equal(value("The firm said it is calling for the redemption on Dec. 7 of all its notes.", "Dec. 7", "2025-10-30"), "2025-12-07");
  });

  it("a past report of the same plan stays in the past", () => {
    assert.equal(friday("The bridge reopened to traffic on Friday."), "2025-02-28");
    assert.equal(friday("Officials said the bridge was closed to traffic on Friday."), "2025-02-28");
  });
});

describe("timexStage: bare clock times", () => {
  it("take the date of their own sentence", () => {
    assert.equal(value("The fire started on Monday at 2.30am.", "2.30am", "2025-03-05"), "2025-03-03T02:30");
  });

  it("take an earlier date of the same paragraph", () => {
    const t = timex("The fire started on Monday. The alarm, which sounded at 2.30am, woke the street.", "2.30am", "2025-03-05");
    assert.equal(t.value, "2025-03-03T02:30");
    assert.equal(t.anchor, "2025-03-03");
  });

  it("do not borrow the day of another paragraph: the reference date stands in, marked as such", () => {
    const text = "The market opened on Monday.\n\nA second blaze, which took place at 2.30am, destroyed a warehouse.";
    const t = timex(text, "2.30am", "2025-03-05");
    assert.equal(t.value, "2025-03-05T02:30");
    assert.equal(t.rule, "time/bare-clock");
    assert.equal(t.anchor, undefined);
  });
});

describe("timexStage: parts of day and clock times", () => {
  it("weekday with part of day", () => {
    const sunday = timex("A drone was shot down on Sunday night.", "Sunday night");
    assert.equal(sunday.value, "2023-04-30TNI");
    assert.equal(sunday.type, "TIME");
    assert.equal(value("They met Wednesday evening.", "Wednesday evening"), "2023-05-03TEV");
    assert.equal(value("They met Tuesday morning.", "Tuesday morning"), "2023-05-02TMO");
    assert.equal(value("They met Monday afternoon.", "Monday afternoon"), "2023-05-01TAF");
  });

  it("early on a weekday is that day, at its start", () => {
    const early = timex("The attack happened early on Wednesday.", "early on Wednesday");
    assert.equal(early.value, "2023-05-03");
    assert.equal(early.mod, "START");
  });

  it("a clock time takes the date written in its sentence", () => {
    const t = timex("The blast came early on Wednesday at 2.30am, officials said.", "2.30am");
    assert.equal(t.value, "2023-05-03T02:30");
    assert.equal(t.type, "TIME");
  });

  it("a clock time before its date still finds it", () => {
    assert.equal(value("At 2.30am on Wednesday, sirens sounded.", "2.30am"), "2023-05-03T02:30");
  });

  it("a clock time does not take the day a length leads to later in its sentence", () => {
    const t = timex("The gate jammed at 2.30am and had been oiled two days earlier.", "2.30am");
    assert.equal(t.value, "2023-05-04T02:30");
  });

  it("a clock time with a zone and no date falls on the reference day", () => {
    assert.equal(value("Trading resumed at 14:00 GMT.", "14:00 GMT"), "2023-05-04T14:00");
  });

  it("a date and a clock time side by side are one expression", () => {
    assert.equal(value("The polls close at 10 p.m. Wednesday.", "10 p.m. Wednesday"), "2023-05-03T22:00");
  });

  it("casual days and nights", () => {
    assert.equal(value("The minister spoke yesterday.", "yesterday"), "2023-05-03");
    assert.equal(value("Crowds gathered last night.", "last night"), "2023-05-03TNI");
    assert.equal(value("The vote is tonight.", "tonight"), "2023-05-04TNI");
    assert.equal(value("Markets fell this morning.", "this morning"), "2023-05-04TMO");
    assert.equal(value("The letter was sent late yesterday.", "late yesterday").slice(0, 10), "2023-05-03");
    assert.equal(value("It was signed the day before yesterday.", "the day before yesterday"), "2023-05-02");
  });

  it("midnight is the end of the day it goes with (T24:00), so midnight tonight is still ahead", () => {
    assert.equal(value("The ceasefire starts at midnight tonight.", "midnight tonight"), "2023-05-04T24:00");
    assert.equal(value("The offer expired at midnight Tuesday.", "midnight Tuesday"), "2023-05-02T24:00");
    assert.equal(value("The offer expired Tuesday midnight.", "Tuesday midnight"), "2023-05-02T24:00");
  });

  it("a weekday keeps its relation when a clock time is written beside it", () => {
    assert.equal(value("The council met last Thursday, 10 a.m.", "last Thursday, 10 a.m."), "2023-04-27T10:00");
  });

  it("clock times in words are times; number words alone are not", () => {
    assert.equal(value("Polls close at eight p.m. Wednesday.", "eight p.m. Wednesday"), "2023-05-03T20:00");
    assert.equal(value("On Monday the bell rang at ten o'clock.", "ten o'clock"), "2023-05-01T10:00");
    assert.equal(value("On Monday the bell rang at half past nine.", "half past nine"), "2023-05-01T09:30");
    assert.equal(value("On Monday the bell rang at a quarter to six.", "a quarter to six"), "2023-05-01T05:45");
    assert.deepEqual(annotate("The odds were ten to one against eight rivals."), []);
  });

  it("money and stock fractions are not clock times or dates", () => {
    assert.deepEqual(annotate("It earned $4.55 a share. The stock rose 4 5/8 to 112."), []);
  });
});

describe("timexStage: ranges and anchors", () => {
  it("a second day joined by 'and' is a date of the same month", () => {
    const all = annotate("The summit meets on June 24 and 25 in Lisbon.");
    assert.deepEqual(all.map((t) => [t.text, t.value]), [["June 24", "2023-06-24"], ["25", "2023-06-25"]]);
    assert.deepEqual(annotate("Sales on June 24 and 25 percent of stock.").map((t) => t.text), ["June 24"]);
  });

  it("a range gives one expression per end", () => {
    const all = annotate("The fair runs from Monday to Wednesday.");
    assert.deepEqual(all.map((t) => [t.text, t.value]), [["Monday", "2023-05-01"], ["Wednesday", "2023-05-03"]]);
    const compact = annotate("The summit ran May 3-5 in Oslo.");
    assert.deepEqual(compact.map((t) => [t.text, t.value]), [["May 3", "2023-05-03"], ["5", "2023-05-05"]]);
  });

  it("the following day counts from the previous date in the text", () => {
    const t = timex("The treaty was signed on March 2, 2021. The following day, protests began.", "The following day");
    assert.equal(t.value, "2021-03-03");
    assert.equal(t.anchor, "2021-03-02");
  });

  it("anchor chains: each relative day builds on the one before", () => {
    const all = annotate("On April 10 the strike began. The next day talks failed. A day later the army moved in. The following day it left.");
    // "A day later": TimeML marks the length "A day"; the date it reaches is its point, and the next anchor.
    assert.deepEqual(
      all.map((t) => [t.text, t.type, t.value, t.point]),
      [
        ["April 10", "DATE", "2023-04-10", undefined],
        ["The next day", "DATE", "2023-04-11", undefined],
        ["A day", "DURATION", "P1D", "2023-04-12"],
        ["The following day", "DATE", "2023-04-13", undefined],
      ],
    );
  });

  it("a length later or earlier than a told date is a DURATION that points at the date it reaches", () => {
    const later = timex("The plant opened on March 3. Three weeks later it closed.", "Three weeks");
    assert.deepEqual([later.type, later.value, later.point, later.anchor], ["DURATION", "P3W", "2023-03-24", "2023-03-03"]);
    // the word that places the length is remembered, for showing it as the date it gives
    assert.equal(later.pointEnd, "The plant opened on March 3. Three weeks later".length);
    const earlier = timex("The plant closed on March 3. Two months earlier, it had been sold.", "Two months");
    assert.deepEqual([earlier.type, earlier.value, earlier.point], ["DURATION", "P2M", "2023-01-03"]);
    // a result compared with a year before names that period, as TimeML marks it
    assert.equal(timex("Sales rose in 2022 from a year earlier.", "a year earlier").type, "DATE");
  });

  it("a length later or earlier than a plan reaches no date: 'a day later than planned'", () => {
    const late = timex("The bridge closed on March 3. It reopened on Saturday, a day later than planned.", "a day");
    assert.deepEqual([late.type, late.value, late.point], ["DURATION", "P1D", undefined]);
    const early = timex("The plant closed on March 3. It was sold two years earlier than expected.", "two years");
    assert.deepEqual([early.type, early.value, early.point], ["DURATION", "P2Y", undefined]);
  });

  it("the next year or month after a past period is the one after it; told of the future, after now", () => {
    const year = timex("In 1998 the mill was sold. The next year, it closed.", "The next year");
    assert.deepEqual([year.value, year.anchor], ["1999", "1998"]);
    const month = timex("In March 2019 the mill was sold. The next month, it closed.", "The next month");
    assert.deepEqual([month.type, month.value, month.anchor], ["DATE", "2019-04", "2019-03"]);
    assert.equal(value("In 1998 the mill was sold. Sales will grow over the next year.", "the next year"), "2024");
  });

  it("that day after a month names a day of that month, which one unsaid", () => {
    const t = timex("The mill burned down in March 2019. That same day, the owner fled.", "That same day");
    assert.equal(t.value, "2019-03-XX");
    assert.equal(t.anchor, "2019-03");
  });

  it("that day and later that year keep the anchor's date", () => {
    assert.equal(value("The fire broke out on June 5, 2019. Earlier that day, a storm hit.", "Earlier that day"), "2019-06-05");
    assert.equal(value("He arrived in 1994. Later that year he married.", "Later that year"), "1994");
  });
});

describe("timexStage: calendar units and vague references", () => {
  it("last week, this year, next month at their own granularity", () => {
    assert.equal(value("Prices rose last week.", "last week"), "2023-W17");
    assert.equal(value("Prices rose this week.", "this week"), "2023-W18");
    assert.equal(value("Prices rose this year.", "this year"), "2023");
    assert.equal(value("Prices rose last month.", "last month"), "2023-04");
    assert.equal(value("Prices may rise next year.", "next year"), "2024");
    assert.equal(value("Prices rose earlier this month.", "earlier this month"), "2023-05");
  });

  it("the past year and the next year name calendar years, as TimeBank writes them", () => {
    const past = timex("Sales doubled in the past year.", "the past year");
    assert.deepEqual([past.type, past.value], ["DATE", "2022"]);
    assert.equal(value("The plant will close over the next year or so.", "the next year or so"), "2024");
    assert.equal(value("Crime fell over the past decade.", "the past decade"), "P10Y");
  });

  it("N units ago", () => {
    assert.equal(value("The bridge opened two years ago.", "two years ago"), "2021");
    assert.equal(value("The bridge opened three days ago.", "three days ago"), "2023-05-01");
    assert.equal(value("The bridge opened six months ago.", "six months ago"), "2022-11");
  });

  it("now, currently, recently, the future", () => {
    assert.equal(value("The bridge is now closed.", "now"), "PRESENT_REF");
    assert.equal(value("It is currently closed.", "currently"), "PRESENT_REF");
    assert.equal(value("It was recently closed.", "recently"), "PAST_REF");
    assert.equal(value("It may reopen in the future.", "the future"), "FUTURE_REF");
  });

  it("today and tomorrow as an age are not days", () => {
    assert.deepEqual(annotate("Farming in today's world needs water."), []);
    assert.deepEqual(annotate("Schools train the engineers of tomorrow."), []);
    assert.equal(value("Today's vote was close.", "Today"), "2023-05-04");
  });

  it("recently before a date only grades the date that says when", () => {
    assert.deepEqual(annotate("Floods struck often, most recently last October.").map((t) => t.text), ["last October"]);
  });

  it("a title-cased relative unit names a programme, not a week", () => {
    assert.deepEqual(annotate('The senator, speaking on "This Week," denied it.'), []);
    assert.equal(value("This week the senator denied it.", "This week"), "2023-W18");
  });

  it("the future of something is its fate, not a time ahead", () => {
    assert.deepEqual(annotate("Voters worry about the future of the mill."), []);
  });

  it("a later date, past years", () => {
    assert.equal(value("The shares will be sold at a later date.", "a later date"), "FUTURE_REF");
    assert.equal(value("Floods were worse in past years.", "past years"), "PAST_REF");
    assert.equal(value("Unlike years past, the river froze.", "years past"), "PAST_REF");
  });

  it("the year with its number is that year, one expression", () => {
    assert.deepEqual(annotate("Emissions must halve by the year 2030.").map((t) => [t.text, t.value]), [["the year 2030", "2030"]]);
  });

  it("bare years, not amounts", () => {
    assert.equal(value("The dam was built in 1995.", "1995"), "1995");
    assert.deepEqual(annotate("The fund paid $1990 and 1,995 shares."), []);
    assert.ok(!annotate("Polls close at 8 p.m. (2000 GMT).").some((t) => t.value === "2000"));
  });

  it("a half of a decade is read as the decade, not as a half of this year", () => {
    assert.deepEqual(annotate("Sales fell through the last half of the '80s.").map((t) => [t.text, t.value]), [["the '80s", "198"]]);
  });

  it("a season of a year said in words", () => {
    assert.equal(value("Prices last fell this low in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four"), "1994-WI");
  });

  it("decades and centuries", () => {
    assert.equal(value("Sales peaked in the 1990s.", "the 1990s"), "199");
    assert.equal(value("Sales peaked in the late '80s.", "the late '80s"), "198");
    assert.equal(value("It was built in the 19th century.", "the 19th century"), "18");
  });

  it("a century by its ordinal in words, hyphenated or not, has the value of the digits' one", () => {
    assert.equal(value("Cities of the 21st century grow.", "the 21st century"), "20");
    assert.equal(value("Cities of the twenty first century grow.", "the twenty first century"), "20");
    assert.equal(value("Cities of the twenty-first century grow.", "the twenty-first century"), "20");
  });

  it("this coming weekday or weekend is the next one not yet begun, the word 'this' included", () => {
    const sunday = timex("The club meets this coming Sunday.", "this coming Sunday");
    assert.equal(sunday.value, "2023-05-07");
    assert.equal(value("The club meets this coming weekend.", "this coming weekend"), "2023-W18-WE");
    assert.equal(value("The club meets this coming weekend.", "this coming weekend", "2023-05-06"), "2023-W19-WE");
  });

  it("a decade said in words with its century", () => {
    assert.equal(value("Rents doubled in the nineteen nineties.", "the nineteen nineties"), "199");
    const early = timex("Rents fell in the early nineteen-eighties.", "the early nineteen-eighties");
    assert.deepEqual([early.value, early.mod], ["198", "START"]);
    assert.deepEqual(annotate("The farmer was in his nineties."), []);
  });

  it("a decade with its century cut to an apostrophe, alone or curly", () => {
    assert.equal(value("She sang '80s pop songs.", "'80s"), "198");
    assert.equal(value("Rents rose in the early \u201990s.", "the early \u201990s"), "199");
    assert.deepEqual(annotate("Sales fell through the last half of '70s.").map((t) => [t.text, t.value]), [["'70s", "197"]]);
  });

  it("what was said may be about the month just ahead; an event told in the past is last year's", () => {
    assert.equal(value("The minister talked about a visit in June.", "June"), "2023-06");
    assert.equal(value("The plant opened in June.", "June"), "2022-06");
    assert.equal(value("The plant closed in July.", "July"), "2022-07");
    assert.equal(value("The plant closed in January.", "January", "2023-12-20"), "2023-01");
  });

  it("a month before a past verb of saying dates the saying: the past one, not the month ahead", () => {
    assert.equal(value("In June, the company reported a loss.", "June"), "2022-06");
    assert.equal(value("In June, the minister said the plant would close.", "June"), "2022-06");
    assert.equal(value("The shop will open in June.", "June"), "2023-06");
  });

  it("months without a year: nearest, or by tense", () => {
    assert.equal(value("The plant closed in March.", "March"), "2023-03");
    assert.equal(value("The plant will reopen in September.", "September"), "2023-09");
    assert.equal(value("The plant closed last November.", "last November"), "2022-11");
    assert.equal(value("The plant closed in late November.", "late November", "2023-12-10"), "2023-11");
    assert.equal(value("The fighting began on 24 February last year.", "24 February last year"), "2022-02-24");
    assert.equal(value("The fighting began on February 24 last year.", "February 24 last year"), "2022-02-24");
  });

  it("holidays and seasons", () => {
    assert.equal(value("Shops closed on Christmas.", "Christmas"), "2022-12-25");
    // Easter moves: 2023-04-09, 2024-03-31, 2000-04-23; Good Friday two days before.
    assert.equal(value("Churches filled on Easter Sunday.", "Easter Sunday"), "2023-04-09");
    assert.equal(value("Churches filled at Easter.", "Easter", "2024-05-01"), "2024-03-31");
    assert.equal(value("Churches filled on Good Friday.", "Good Friday", "2000-05-01"), "2000-04-21");
    assert.equal(value("Shops closed last fall.", "last fall"), "2022-FA");
    assert.equal(value("Shops open this summer.", "this summer"), "2023-SU");
  });

  it("a part of day with its day after 'of' leaves the day to say when", () => {
    const found = annotate("The envoy arrived on the evening of May 2.");
    assert.deepEqual(found.map((t) => [t.text, t.value]), [["May 2", "2023-05-02"]]);
  });

  it("a day of the month alone takes the month of the day before it, else the reference's", () => {
    assert.equal(value("Officials met on May 1st and again on the 3rd.", "the 3rd"), "2023-05-03");
    assert.equal(value("The vote took place on the 28th.", "the 28th"), "2023-04-28");
    assert.equal(value("Talks resume on the 15th.", "the 15th"), "2023-05-15");
    assert.equal(annotate("He lives on the 15th floor.").length, 0);
  });

  it("a plan pushed back or put off moves ahead", () => {
    assert.equal(value("The vote was pushed back to the autumn.", "the autumn"), "2023-FA");
    assert.equal(value("The vote was held in the autumn.", "the autumn"), "2022-FA");
  });

  it("'to last' is a verb before a duration", () => {
    assert.deepEqual(
      annotate("The talks are expected to last three days.").map((t) => [t.text, t.value]),
      [["three days", "P3D"]],
    );
  });

  it("a game clock is no time of day", () => {
    assert.equal(annotate("She scored with 14:05 left in the game.").length, 0);
    assert.equal(value("The blast came at 14:05 on Tuesday.", "14:05"), "2023-05-02T14:05");
  });

  it("the end of the decade", () => {
    const end = timex("By the end of the decade, emissions must halve.", "the end of the decade");
    assert.deepEqual([end.value, end.mod], ["202", "END"]);
  });

  it("the weekend just past", () => {
    assert.equal(value("Storms hit over the weekend.", "the weekend"), "2023-W17-WE");
    assert.equal(value("The storm is forecast to reach the coast by the weekend.", "the weekend"), "2023-W18-WE");
  });
});

describe("timexStage: quarters and fiscal periods", () => {
  const ref = "1998-10-20";
  it("a quarter by number is the latest one begun", () => {
    assert.equal(value("Profit rose in the third quarter.", "the third quarter", ref), "1998-Q3");
    assert.equal(value("Profit rose in the first quarter.", "the first quarter", ref), "1998-Q1");
    assert.equal(value("Profit rose in the fourth quarter of 1997.", "the fourth quarter of 1997", ref), "1997-Q4");
  });

  it("a half of a month is no half of the year: the month dates it", () => {
    assert.deepEqual(annotate("Prices fell in the second half of January.", ref).map((t) => [t.text, t.value]), [["January", "1998-01"]]);
  });

  it("a year written as the owner of a quarter or half is its year", () => {
    assert.equal(value("Profit fell in 1996's third quarter.", "1996's third quarter", ref), "1996-Q3");
    assert.equal(value("Sales slid in fiscal 1997's first half.", "fiscal 1997's first half", ref), "1997-H1");
  });

  it("told of the future, a quarter over for months is next year's; one just over is still the one reported", () => {
    assert.equal(value("Sales will rise in the second quarter.", "the second quarter", ref), "1999-Q2");
    assert.equal(value("The firm will report third-quarter results.", "third-quarter", ref), "1998-Q3");
    assert.equal(value("Sales will rise in the fourth quarter.", "the fourth quarter", ref), "1998-Q4");
  });

  it("an adjectival quarter leaves the determiner to its noun", () => {
    const t = timex("The third-quarter loss widened.", "third-quarter", ref);
    assert.equal(t.value, "1998-Q3");
  });

  it("a year-ago quarter is the quarter in discussion a year earlier", () => {
    const all = annotate("Net rose in the third quarter from $5 million in the year-ago quarter.", ref);
    assert.deepEqual(all.map((t) => t.value), ["1998-Q3", "1997-Q3"]);
    assert.equal(value("Net rose in the third quarter, up from a year ago.", "a year ago", ref), "1997-Q3");
  });

  it("decades back from a quarter in discussion are history, not a quarter", () => {
    assert.equal(value("Net rose in the third quarter. Thirty years ago the firm sold only lamps.", "Thirty years ago", ref), "1968");
  });

  it("a quarter followed by its end date is the quarter ending then", () => {
    // a calendar quarter by most of its months; a fiscal quarter keeps its ordinal, in its end date's year
    assert.equal(value("In the quarter ended July 31, the chain lost money.", "the quarter", ref), "1998-Q2");
    assert.equal(value("In the quarter ended Sept. 30, the chain lost money.", "the quarter", ref), "1998-Q3");
    assert.equal(value("The second quarter ended Nov. 30 was weak.", "The second quarter", ref), "1997-Q2");
    const fiscal = annotate("Profit rose in the fiscal first quarter. Bookings for the quarter ended Sept. 30 fell.", ref);
    assert.deepEqual(fiscal.map((t) => t.value), ["1998-Q1", "1998-Q1", "1998-09-30"]);
  });

  it("a quarter of an earlier year named as a comparison does not become the quarter under report", () => {
    const all = annotate("Profit rose in the third quarter. In the 1997 period it was lower. Sales rose from a year earlier.", ref);
    assert.deepEqual(all.map((t) => t.value), ["1998-Q3", "1997-Q3", "1997-Q3"]);
  });

  it("a quarter still ahead is a forecast, not the quarter a later comparison refers to", () => {
    const text = "Profit fell in the third quarter. Analysts see losses through the first quarter of 1999. In the year-ago period, it earned $5 million.";
    assert.equal(value(text, "the year-ago period", ref), "1997-Q3");
  });

  it("a forecast quarter is still the one a comparison in its own sentence refers to", () => {
    const text = "The company expects fourth-quarter profit to rise from the year-ago quarter.";
    assert.equal(value(text, "the year-ago quarter", "1989-10-26"), "1988-Q4");
  });

  it("a fiscal quarter still under way but reported in the past tense is the quarter under report", () => {
    const text = "The company reported a drop in fourth-quarter profit. Sales fell from the year-ago quarter.";
    assert.equal(value(text, "the year-ago quarter", "1989-11-02"), "1988-Q4");
  });

  it("the latest period is the quarter the report names, fiscal or not", () => {
    const text = "The group posted a profit for the fiscal second quarter. The latest period included a gain.";
    assert.equal(value(text, "The latest period", "1989-10-26"), "1989-Q2");
    assert.equal(value("Sales rose in the latest quarter.", "the latest quarter", "1989-10-26"), "1989-Q3");
    assert.equal(value("The firm was founded in the first quarter of 1980. Sales rose in the latest quarter.", "the latest quarter", "1989-10-26"), "1989-Q3");
  });

  it("two quarters counted from either end of a year are its half; plural quarters alone are none in particular", () => {
    assert.equal(value("Losses will last through the first two quarters of 1999.", "the first two quarters of 1999", ref), "1999-H1");
    assert.equal(value("Losses widened in the last two quarters.", "the last two quarters", ref), "P2Q");
    assert.ok(!annotate("The losses spread over quarters of 1997.", ref).some((t) => t.type === "DATE" && /quarters/.test(t.text)));
  });

  it("fiscal years and halves", () => {
    assert.equal(value("In fiscal 1997 it lost money.", "fiscal 1997", ref), "1997");
    assert.equal(value("Sales fell in the first half of 1998.", "the first half of 1998", ref), "1998-H1");
  });
});

describe("timexStage: durations", () => {
  it("counted units", () => {
    assert.equal(value("The siege lasted three years.", "three years"), "P3Y");
    assert.equal(value("The strike lasted two weeks.", "two weeks"), "P2W");
    assert.equal(value("The talks took a minute and a half.", "a minute and a half"), "PT1M30S");
    assert.equal(value("The trial took 2 1/2 years.", "2 1/2 years"), "P2Y6M");
  });

  it("halves: half a unit, and a count and a half", () => {
    assert.equal(value("The drought is the worst in half a century.", "half a century"), "P50Y");
    assert.equal(value("The hearing lasted half an hour.", "half an hour"), "PT30M");
    assert.equal(value("The siege lasted two and a half years.", "two and a half years"), "P2Y6M");
    assert.equal(value("The dam was built half a century ago.", "half a century ago"), "1973");
  });

  it("the past N units, with the determiner and without the preposition", () => {
    assert.equal(value("Prices doubled over the past five years.", "the past five years"), "P5Y");
    assert.equal(value("Prices doubled in the past several months.", "the past several months"), "PXM");
    assert.equal(value("Sales rose in the first nine months.", "the first nine months"), "P9M");
    assert.equal(value("Prices doubled over the past decade.", "the past decade"), "P10Y");
  });

  it("recent years and other vague stretches", () => {
    assert.equal(value("Crime fell in recent years.", "recent years"), "PXY");
    assert.equal(value("The dispute went on for years.", "years"), "PXY");
    assert.equal(value("The feud went on for decades.", "decades"), "PXY");
    assert.equal(value("It ended a decades-long feud.", "decades-long"), "PXY");
  });

  it("compound adjectives and modifiers", () => {
    assert.equal(value("A 16-hour shift ended.", "16-hour"), "PT16H");
    assert.equal(value("The eight-year war ended.", "eight-year"), "P8Y");
    const t = timex("The meeting ran more than four hours.", "more than four hours");
    assert.equal(t.value, "PT4H");
    assert.equal(t.mod, "MORE_THAN");
  });

  it("a unit after a counted amount is a rate, whether the count is in digits or words", () => {
    assert.deepEqual(annotate("The airline runs 12 flights a week to Lima."), []);
    assert.deepEqual(annotate("The airline runs four flights a week to Lima."), []);
    assert.equal(value("The airline stopped flying for a week.", "a week"), "P1W");
  });

  it("one day after a modal or a subject is a time ahead, not a day's length", () => {
    assert.equal(value("Engineers say the tunnel will one day reach the coast.", "one day"), "FUTURE_REF");
    assert.equal(value("The outage lasted one day.", "one day"), "P1D");
  });

  it("a while is a stretch of no stated unit; once in a while is how often", () => {
    assert.equal(value("The town must live without power for a while.", "a while"), "PXX");
    assert.deepEqual(annotate("Once in a while the ferry runs late."), []);
  });

  it("hours a day and days a week say how often, not how long", () => {
    assert.deepEqual(annotate("Guards watch the gate 24 hours a day, seven days a week."), []);
  });

  it("a calendar year switched to is a kind of year, not a length", () => {
    assert.deepEqual(annotate("The club moved from a season to a calendar year."), []);
    assert.equal(value("The audit takes a calendar year.", "a calendar year"), "P1Y");
  });

  it("a lengthy period is a stretch of no stated unit", () => {
    assert.equal(value("The troops will stay for a fairly lengthy period.", "a fairly lengthy period"), "PXX");
  });

  it("uncounted centuries, grouped digits and whole millennia", () => {
    assert.equal(value("The abbey stood for centuries.", "centuries"), "PXC");
    assert.equal(value("The road is 1,500 years old and was used for 1,200 years.", "1,200 years"), "P1200Y");
    assert.equal(value("The craft was kept secret for two thousand years.", "two thousand years"), "P2L");
  });

  it("ages and fractions are not durations", () => {
    assert.deepEqual(annotate("A 44-year-old man imports three-quarters of his food."), []);
  });
});

describe("timexStage: sets", () => {
  it("every, each, daily, twice a week, plural weekdays", () => {
    const every = timex("The market opens every Wednesday.", "every Wednesday");
    assert.equal(every.type, "SET");
    assert.equal(every.value, "XXXX-WXX-3");
    assert.equal(value("The paper is printed daily.", "daily"), "P1D");
    assert.equal(value("The board meets each year.", "each year"), "P1Y");
    assert.equal(value("The board meets twice a week.", "twice a week"), "P1W");
    assert.equal(value("The club meets on Tuesdays.", "Tuesdays"), "XXXX-WXX-2");
  });

  it("a capitalised set word before a capitalised word names a publication, not a set", () => {
    assert.deepEqual(annotate("The claim was printed in the Daily Courier on Monday.").map((t) => t.text), ["Monday"]);
    assert.deepEqual(annotate("The Weekly Ledger said the vote was close.").map((t) => t.text), []);
    assert.equal(value("Daily flights resume in June.", "Daily"), "P1D");
  });

  it("every with a count is a recurrence of that period, not a length", () => {
    const fortnightly = timex("The committee meets every two weeks.", "every two weeks");
    assert.deepEqual([fortnightly.type, fortnightly.value], ["SET", "P2W"]);
    assert.deepEqual([timex("Trains leave every 20 minutes.", "every 20 minutes").type, value("Trains leave every 20 minutes.", "every 20 minutes")], ["SET", "PT20M"]);
    assert.equal(value("The pumps fail every few days.", "every few days"), "PXD");
    assert.equal(value("The guard walks the fence every other hour.", "every other hour"), "PT2H");
  });

  it("an average daily figure is a statistic, not a recurring time", () => {
    assert.deepEqual(annotate("The average daily catch fell by half."), []);
  });
});

describe("timexStage: document model contract", () => {
  it("offsets slice the text, sentences index the holder, rules are recorded", () => {
    const text = "Nothing happened. Then on Friday, May 5, 2023, the bridge fell.\n\nTwo days later it was cleared.";
    const doc = emptyDoc({ id: "t", text });
    tokenStage.run(doc);
    doc.referenceDate = { value: "2023-05-08", basis: "published" };
    timexStage.run(doc);
    assert.ok(doc.timexes.length >= 2);
    for (const t of doc.timexes) {
      assert.equal(text.slice(t.start, t.end), t.text);
      const s = doc.sentences[t.sentence];
      assert.ok(s && s.start <= t.start && t.end <= s.end);
      assert.match(t.rule, /^(?:chrono|pattern)\//);
    }
    assert.deepEqual(doc.timexes.map((t) => [t.type, t.value, t.point]), [["DATE", "2023-05-05", undefined], ["DURATION", "P2D", "2023-05-07"]]);
  });

  it("results come in text order without overlaps", () => {
    const all = annotate("Last week, in the third quarter of 2022, and on Monday, two years ago, the firm grew for three years.");
    for (let i = 1; i < all.length; i++) assert.ok((all[i - 1] as Timex).end <= (all[i] as Timex).start);
  });

  it("without a usable reference date nothing is resolved and a diagnostic says why", () => {
    const doc = emptyDoc({ id: "t", text: "It happened on Monday." });
    tokenStage.run(doc);
    timexStage.run(doc);
    assert.deepEqual(doc.timexes, []);
    assert.equal(doc.diagnostics[0]?.rule, "timexes/no-reference-date");
  });
});

describe("timexStage: a part of day naming a kind of thing", () => {
  const texts = (text: string): string[] => annotate(text).map((t) => t.text);

  it("a part of day before a noun says which one, not when", () => {
    assert.deepEqual(texts("The evening tram to Dunholt was full."), []);
    assert.deepEqual(texts("Nurses on the morning rota asked for a rise."), []);
    assert.deepEqual(texts("The afternoon lecture began with a quiz."), []);
    // chrono reads "overnight" alone; the article before it still makes it a modifier of the noun.
    assert.deepEqual(texts("An overnight coach to Varna broke down."), []);
    assert.deepEqual(texts("Snow fell overnight."), ["overnight"]);
    // A headline's last noun is followed by the next sentence, not by a verb of its own.
    assert.deepEqual(texts("Walkers gathered in the evening fog\nExpect delays on the coast road."), []);
  });

  it("a noun of time, a clause's subject or no noun at all leaves the time", () => {
    assert.deepEqual(texts("Gulls circled in the evening hours."), ["the evening"]);
    assert.deepEqual(texts("By the evening tutors had marked every essay."), ["the evening"]);
    assert.deepEqual(texts("The morning after the recital, the cellist rested."), ["The morning"]);
    // A headline ends on its time: the next sentence's first noun is no head of it.
    assert.deepEqual(texts("Crowds gathered in the evening\nRain fell all day."), ["the evening"]);
  });
});
