import type { Report } from "../model/types.js";

/** The report as it is, for programs: JSON with a two-space indent and a final newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
