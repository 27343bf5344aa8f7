/**
 * Publication dates from feeds and pages, as ISO 8601 strings that keep the publisher's own UTC
 * offset: "Tue, 04 Mar 2025 23:30:00 -0500" becomes "2025-03-04T23:30:00-05:00", not the next day
 * in UTC, because the calendar day a report was written on is what "on Tuesday" is resolved against.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ZONES: Record<string, number> = { ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420 };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/iu;
const RFC_822 = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*([+-]\d{4}|[a-z]{1,4}))?$/iu;

export function normalizeDate(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (ISO_DATE.test(text)) return Number.isNaN(Date.parse(text.replace(" ", "T"))) ? undefined : text.replace(" ", "T");
  // A date shaped like RFC 822 but impossible (31 Feb) is dropped, not rolled over by Date.parse.
  if (RFC_822.test(text)) return fromRfc822(text);
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}

function fromRfc822(text: string): string | undefined {
  const match = RFC_822.exec(text);
  if (!match) return undefined;
  const [, dayText, monthText, yearText, hour, minute, second, zone] = match;
  const month = MONTHS.indexOf(monthText!.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return undefined;
  let year = Number(yearText);
  if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
  const day = Number(dayText);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return undefined;
  const ymd = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined) return ymd;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 60) return undefined;
  const offset = zoneOffset(zone);
  const time = `${pad(Number(hour))}:${minute}:${second ?? "00"}`;
  return offset === undefined ? `${ymd}T${time}` : `${ymd}T${time}${formatOffset(offset)}`;
}

/** Minutes east of UTC for "+0100", "GMT", "EST"; undefined when no zone is given or it is unknown. */
function zoneOffset(zone: string | undefined): number | undefined {
  if (zone === undefined) return undefined;
  if (/^[+-]\d{4}$/u.test(zone)) {
    const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3));
    return zone.startsWith("-") ? -minutes : minutes;
  }
  return ZONES[zone.toLowerCase()];
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
