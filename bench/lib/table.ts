/** Print rows as an aligned plain-text table; numbers are right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === "number" || /^[-+]?[\d.,]+[%x]?$/.test(String(row[i] ?? ""))));
  const line = (row: readonly string[]) =>
    row.map((c, i) => (numeric[i] ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(cells[0] as string[]), rule, ...cells.slice(1).map(line)].join("\n");
}

export function printTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
  console.log(formatTable(header, rows));
}

export function fixed(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toFixed(digits) : "-";
}
