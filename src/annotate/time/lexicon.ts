// Words of time: numbers as written in news, calendar units, months, weekdays, seasons, parts of day.
// Regex sources here are shared by the chrono parsers and the pattern rules so both read the same words.

const SMALL_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Quantifiers that say "some number of" without saying which: TIMEX3 writes X for them. */
const VAGUE_QUANTITY = /^(?:several|a few|few|some|many|a number of|numerous|multiple|dozens of|hundreds of|a couple of|couple of)$/;

const NUMBER_WORD = `(?:${[...Object.keys(TENS)].join("|")})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${Object.keys(SMALL_NUMBERS).join("|")}|(?:a|${Object.keys(SMALL_NUMBERS).join("|")})\\s+(?:hundred|thousand)|hundred|a dozen|dozen`;

/** A count as written before a unit: digits, words, "a", "an", fractions, or a vague quantity. */
export const COUNT = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+\\d\\/\\d)?|\\d\\/\\d|half\\s+an?|(?:\\d+|${NUMBER_WORD})\\s+and\\s+a\\s+half|${NUMBER_WORD}|an?|several|a\\s+few|few|some|many|a\\s+number\\s+of|a\\s+couple\\s+of|couple\\s+of|dozens\\s+of)`;

/**
 * The numeric value of a count, or null for vague quantities ("several", "a few").
 * "a"/"an" mean one; "half an" a half; "2 1/2" is 2.5; "twenty-four" is 24.
 */
export function parseCount(raw: string): number | null {
  // "3,000": the commas only group the digits.
  const s = raw.toLowerCase().replace(/\s+/g, " ").trim().replace(/(\d),(?=\d{3}\b)/g, "$1");
  if (VAGUE_QUANTITY.test(s)) return s === "a couple of" || s === "couple of" ? 2 : null;
  if (s === "a" || s === "an") return 1;
  if (s === "half a" || s === "half an") return 0.5;
  const andAHalf = /^(.+) and a half$/.exec(s);
  if (andAHalf) {
    const whole = parseCount(andAHalf[1] as string);
    return whole === null ? null : whole + 0.5;
  }
  if (s === "a dozen" || s === "dozen") return 12;
  if (s === "hundred") return 100;
  const multiple = /^([a-z]+) (hundred|thousand)$/.exec(s);
  if (multiple) {
    const n = multiple[1] === "a" ? 1 : SMALL_NUMBERS[multiple[1] as string];
    if (n !== undefined) return n * (multiple[2] === "hundred" ? 100 : 1000);
  }
  const mixed = /^(\d+)?\s*(?:(\d)\/(\d))?$/.exec(s);
  if (mixed && (mixed[1] !== undefined || mixed[2] !== undefined)) {
    const whole = mixed[1] ? Number(mixed[1]) : 0;
    const fraction = mixed[2] && mixed[3] ? Number(mixed[2]) / Number(mixed[3]) : 0;
    return whole + fraction;
  }
  if (/^\d+\.\d+$/.test(s)) return Number(s);
  const small = SMALL_NUMBERS[s];
  if (small !== undefined) return small;
  const compound = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(s);
  if (compound) {
    const tens = TENS[compound[1] as string];
    if (tens !== undefined) return tens + (compound[2] ? (SMALL_NUMBERS[compound[2]] ?? 0) : 0);
  }
  return null;
}

/** TIMEX3 duration units. Decades and centuries are written in years (P10Y), as TimeBank does. */
export type DurationUnit = "S" | "MIN" | "H" | "D" | "W" | "M" | "Q" | "Y" | "DE" | "CE";

export const UNIT_WORD = `(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?`;

export function parseUnit(raw: string): DurationUnit | null {
  const s = raw.toLowerCase().replace(/s$/, "").replace(/ie$/, "y");
  switch (s) {
    case "second": return "S";
    case "minute": return "MIN";
    case "hour": return "H";
    case "day": case "night": return "D";
    case "week": return "W";
    case "fortnight": return "W";
    case "month": return "M";
    case "quarter": return "Q";
    case "year": return "Y";
    case "decade": return "DE";
    case "century": return "CE";
    default: return null;
  }
}

/** "P3Y", "PT2H", "PXM" (vague count), "P2Y6M" (fractional years), "PT1M30S". */
export function durationValue(count: number | null, unit: DurationUnit, fortnight = false): string {
  if (count === null) return vagueDuration(unit);
  const n = fortnight ? count * 2 : count;
  switch (unit) {
    case "S": return `PT${fmt(n)}S`;
    case "MIN": return Number.isInteger(n) ? `PT${n}M` : `PT${n >= 1 ? `${Math.floor(n)}M` : ""}${Math.round((n % 1) * 60)}S`;
    case "H": return Number.isInteger(n) ? `PT${n}H` : `PT${n >= 1 ? `${Math.floor(n)}H` : ""}${Math.round((n % 1) * 60)}M`;
    case "D": return Number.isInteger(n) || n > 1 ? `P${fmt(n)}D` : `PT${fmt(n * 24)}H`;
    case "W": return `P${fmt(n)}W`;
    case "M": return `P${fmt(n)}M`;
    case "Q": return `P${fmt(n)}Q`;
    case "Y":
      // Whole millennia are written in TimeBank's millennium unit ("two thousand years", P2L).
      if (n >= 1000 && n % 1000 === 0) return `P${n / 1000}L`;
      return Number.isInteger(n) ? `P${n}Y` : `P${n >= 1 ? `${Math.floor(n)}Y` : ""}${Math.round((n % 1) * 12)}M`;
    case "DE": return `P${fmt(n * 10)}Y`;
    case "CE": return `P${fmt(n * 100)}Y`;
  }
}

function vagueDuration(unit: DurationUnit): string {
  switch (unit) {
    case "S": return "PTXS";
    case "MIN": return "PTXM";
    case "H": return "PTXH";
    // Counted decades are written in years (P20Y), so an uncounted number of them is some years.
    case "DE": return "PXY";
    case "CE": return "PXC";
    default: return `PX${unit}`;
  }
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Full month names only: abbreviations alone ("Mar", "Jun") are too often something else. */
export const MONTH_NAME = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";

/** Month abbreviations as news writes them before a day ("Sept. 30", "Jan 6"). */
export const MONTH_ABBREVIATION = "(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
export const WEEKDAY_NAME = "(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)";
/** Weekdays cut short without a full stop, as datelines write them ("Sun, 12 Mar"). */
export const WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(["sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat"]);

export type Season = "SP" | "SU" | "FA" | "WI";
export const SEASONS: Record<string, Season> = { spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI" };
export const SEASON_NAME = "(?:spring|summer|fall|autumn|winter)";

/** TIMEX3 parts of day. */
export type PartOfDay = "MO" | "AF" | "EV" | "NI" | "DT";
export const PARTS_OF_DAY: Record<string, PartOfDay> = {
  morning: "MO", afternoon: "AF", "mid-afternoon": "AF", midafternoon: "AF", evening: "EV",
  night: "NI", overnight: "NI", tonight: "NI",
};
export const PART_OF_DAY_NAME = "(?:morning|mid-?afternoon|afternoon|evening|night|overnight)";

export const ORDINALS: Record<string, number> = {
  first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4,
  fifth: 5, "5th": 5, sixth: 6, "6th": 6, seventh: 7, "7th": 7, eighth: 8, "8th": 8, ninth: 9, "9th": 9,
  tenth: 10, "10th": 10, eleventh: 11, "11th": 11, twelfth: 12, "12th": 12, thirteenth: 13, "13th": 13,
  fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, "21st": 21, "twenty-first": 21, "22nd": 22, "twenty-second": 22,
};

/**
 * What a page writes around the time it was published or updated: "Updated 4:08 p.m. ET",
 * "PUBLISHED: March 13, 2013", "Last updated 13:26 14 / 09 / 2013", "Tuesday, Mar 4, 2025 | Updated".
 */
const STAMP_CUE_BEFORE = /\b(?:updated|published|posted)(?:\s+on)?\s*:?[\s\d/.,|-]*$/i;
/** "POSTED: 0915 GMT (1715 HKT), April 10, 2007": a clock time, with its zone and a local one, between the cue and the date. */
const STAMP_CUE_BEFORE_CLOCK = /\b(?:[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED)(?:\s+on)?\s*:?\s*\d{1,2}[:.]?\d\d(?:[\s\d:.,|()-]|[AaPp]\.?[Mm]\.?|UTC|[A-Z]{1,4}T)*$/;
const STAMP_CUE_AFTER = /^\s*\|\s*(?:last\s+)?(?:updated|published|posted)\b/i;

/** Is the date at [start, end) a page's published or updated stamp? Looks around it on its own line only. */
export function isStampCued(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 40), start);
  return STAMP_CUE_BEFORE.test(before) || STAMP_CUE_BEFORE_CLOCK.test(before) || STAMP_CUE_AFTER.test(text.slice(end, end + 20));
}
