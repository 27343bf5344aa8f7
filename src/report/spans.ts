import type { Report, Span } from "../model/types.js";

/** Every span a report carries, with a label saying where in the report it sits. */
export function reportSpans(report: Report): { where: string; span: Span }[] {
  const found: { where: string; span: Span }[] = [];
  for (const story of report.stories) {
    for (const finding of story.findings) {
      finding.claims.forEach((claim, i) => found.push({ where: `story ${story.id} finding ${finding.id} claim ${i}`, span: claim.span }));
    }
    story.statements.forEach((statement, i) => {
      const where = `story ${story.id} statement ${i}`;
      if (statement.speaker?.mention) found.push({ where: `${where} speaker`, span: statement.speaker.mention });
      found.push({ where: `${where} cue`, span: statement.cue });
      found.push({ where: `${where} content`, span: statement.content });
    });
    story.timeline.forEach((entry, i) => {
      entry.evidence.forEach((span, j) => found.push({ where: `story ${story.id} timeline ${i} evidence ${j}`, span }));
    });
  }
  return found;
}

/**
 * The span contract, checked over a whole report: each span names an article of the report, its
 * offsets are integers inside that article's text, and `text.slice(start, end) === span.text`.
 * Returns one line per violation (empty when the report is sound), for tests and debugging.
 */
export function checkSpans(report: Report): string[] {
  const texts = new Map(report.articles.map((a) => [a.id, a.text]));
  const violations: string[] = [];
  for (const { where, span } of reportSpans(report)) {
    const problem = spanProblem(span, texts.get(span.articleId));
    if (problem) violations.push(`${where}: ${problem}`);
  }
  for (const story of report.stories) {
    story.statements.forEach((statement, i) => {
      const spans = [statement.cue, statement.content, ...(statement.speaker?.mention ? [statement.speaker.mention] : [])];
      const other = spans.find((s) => s.articleId !== statement.articleId);
      if (other) violations.push(`story ${story.id} statement ${i}: belongs to "${statement.articleId}" but has a span in "${other.articleId}"`);
    });
  }
  return violations;
}

function spanProblem(span: Span, text: string | undefined): string | undefined {
  if (text === undefined) return `article "${span.articleId}" is not in the report`;
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    return `offsets ${start}..${end} are outside "${span.articleId}" (length ${text.length})`;
  }
  const actual = text.slice(start, end);
  if (actual !== span.text) return `"${span.articleId}" text at ${start}..${end} is ${JSON.stringify(actual)}, span says ${JSON.stringify(span.text)}`;
  return undefined;
}
