// Probe for the quote finder (train only): gold contents that begin or end with a quotation mark, and whether a
// quote span from findQuotes starts/ends where they do ("fail <kind>-S/-E" when not: single quotes, a mark inside,
// several paragraphs, or other), whether some statement content matches them exactly, and, where the quote edges
// are right but the best-overlapping statement is not, which side of it differs ("inexact S<> E<>").
//
//   node --import tsx bench/quote-probe.ts [--show CLASS|missing|all] [--n N]

import { defaultStages } from "../src/annotate/pipeline.js";
import { statementStage } from "../src/annotate/statements.js";
import { buildContext } from "../src/annotate/statements/context.js";
import { loadPolnear, tokenisedPolnearDoc } from "./lib/attribution.js";

const args = process.argv.slice(2);
const show = args.includes("--show") ? args[args.indexOf("--show") + 1] : null;
const limit = args.includes("--n") ? Number(args[args.indexOf("--n") + 1]) : 20;

const OPEN = /^(''|``|[\u201C\u201D"'\u2018\u2019])/;
const CLOSE = /(''|[\u201C\u201D"'\u2019])$/;
const counts = new Map<string, number>();
const shown = new Map<string, number>();
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);

const { records } = loadPolnear("train");
for (const r of records) {
  const doc = tokenisedPolnearDoc(r);
  for (const stage of defaultStages) if (stage !== statementStage) stage.run(doc);
  statementStage.run(doc);
  const ctx = buildContext(doc);
  const text = r.text;
  for (const g of r.attributions) {
    const c = g.content;
    if (!c) continue;
    const o = OPEN.exec(c.text);
    const e = CLOSE.exec(c.text);
    if (!o && !e) continue;
    // the gold content's quote-bounded edges
    const qStart = o ? c.start : -1;
    const qEnd = e ? c.end : -1;
    const quoteStart = qStart < 0 || ctx.quotes.some((q) => q.start === qStart);
    const quoteEnd = qEnd < 0 || ctx.quotes.some((q) => q.end === qEnd);
    const stmtExact = doc.statements.some((s) => s.content.start === c.start && s.content.end === c.end);
    const stmtOverlap = doc.statements.some((s) => s.content.start < c.end && s.content.end > c.start);
    bump("all");
    if (quoteStart && quoteEnd) bump("quote edges ok");
    if (stmtExact) bump("statement exact");
    if (!stmtOverlap) {
      bump("statement missing");
      if (show === "missing" && (shown.get("missing") ?? 0) < limit) {
        shown.set("missing", (shown.get("missing") ?? 0) + 1);
        console.log(`--- missing ${r.id} cue=${JSON.stringify(g.cue?.text)} src=${JSON.stringify(g.source?.text)}`);
        console.log(JSON.stringify(text.slice(Math.max(0, c.start - 150), c.start) + "<<" + c.text.slice(0, 300) + ">>" + text.slice(c.end, c.end + 80)));
      }
    }
    if (quoteStart && quoteEnd) {
      if (stmtExact || !stmtOverlap) continue;
      const best = doc.statements.filter((s) => s.content.start < c.end && s.content.end > c.start).sort((a, b) => Math.min(b.content.end, c.end) - Math.max(b.content.start, c.start) - (Math.min(a.content.end, c.end) - Math.max(a.content.start, c.start)))[0]!;
      const ds = best.content.start - c.start, de = best.content.end - c.end;
      const rel = (d: number) => (d === 0 ? "=" : d < 0 ? "<" : ">");
      const cls = `inexact S${rel(ds)} E${rel(de)}`;
      bump(cls);
      if (show === cls && (shown.get(cls) ?? 0) < limit) {
        shown.set(cls, (shown.get(cls) ?? 0) + 1);
        console.log(`--- ${cls} ${r.id} sys=${JSON.stringify(best.content.text.slice(0, 300))} cue=${JSON.stringify(best.cue.text)}`);
        console.log(JSON.stringify(text.slice(Math.max(0, c.start - 100), c.start) + "<<" + c.text + ">>" + text.slice(c.end, c.end + 80)));
      }
      continue;
    }
    const cls = classify(c, ctx.quotes, quoteStart, quoteEnd, o?.[1] ?? "", e?.[1] ?? "");
    bump("fail " + cls);
    if ((show === cls || show === "all") && (shown.get(cls) ?? 0) < limit) {
      shown.set(cls, (shown.get(cls) ?? 0) + 1);
      const near = ctx.quotes.filter((q) => q.start < c.end + 200 && q.end > c.start - 200).map((q) => `[${q.start - c.start},${q.end - c.start}${q.closed ? "" : " open"}]`);
      console.log(`--- ${cls} ${r.id} start=${quoteStart} end=${quoteEnd} stmtExact=${stmtExact} quotes(rel)=${near.join(" ")}`);
      console.log(JSON.stringify(text.slice(Math.max(0, c.start - 80), c.start) + "<<" + c.text + ">>" + text.slice(c.end, c.end + 60)));
    }
  }
}
console.log([...counts].sort((a, b) => b[1] - a[1]));

function classify(c: { start: number; end: number; text: string }, quotes: readonly { start: number; end: number }[], okStart: boolean, okEnd: boolean, open: string, close: string): string {
  const inner = c.text.slice(open.length, c.text.length - close.length);
  const innerQuote = /[\u201C\u201D"\u2018\u2019']|''/.test(inner);
  const paras = c.text.includes("\n");
  const single = open === "'" || open === "\u2018" || close === "'" || close === "\u2019";
  const covered = quotes.some((q) => q.start <= c.start && q.end >= c.end);
  const kind = single ? "single" : paras ? "paragraphs" : innerQuote ? "inner-mark" : covered ? "inside-longer" : "other";
  return `${kind}${okStart ? "" : "-S"}${okEnd ? "" : "-E"}`;
}
