import type { Report, Span } from "../model/types.js";

/**
 * A small hand-made Report for renderer tests. Its spans are built from offsets found in the texts,
 * so they are right by construction; the second article holds markup and an ampersand to prove
 * that every renderer escapes what it quotes. Findings overlap on purpose (a date inside a quote).
 */

const quay =
  "Fire on Calder Quay\n\nA fire broke out on Tuesday, March 4, and at least 12 people were injured. " +
  '"The building was gone within the hour," said fire chief Owen Pryce.';
const post =
  "Nine people were hurt in a fire early on Wednesday, said Dana Whitlock, a spokesman. " +
  '"The building was gone within the hour," Whitlock said. The sign read <script>alert("x")</script> & more.';

export function spanOf(articleId: string, text: string, needle: string, occurrence = 0): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`fixture: "${needle}" not in ${articleId}`);
  return { articleId, start, end: start + needle.length, text: needle };
}

export function sampleReport(): Report {
  const q = (needle: string, occurrence = 0) => spanOf("quay", quay, needle, occurrence);
  const p = (needle: string, occurrence = 0) => spanOf("post", post, needle, occurrence);
  return {
    schema: "corroborate/report@1",
    generatedAt: "2025-03-06T09:00:00.000Z",
    articles: [
      { id: "quay", title: "Fire on Calder Quay", source: "Coastal Courier", referenceDate: { value: "2025-03-05", basis: "story" }, language: "en", text: quay },
      { id: "post", published: "2025-03-05", referenceDate: { value: "2025-03-05", basis: "published" }, language: "en", text: post },
    ],
    stories: [
      {
        id: "s1",
        title: "Fire on Calder Quay",
        articleIds: ["quay", "post"],
        findings: [
          {
            id: "f-agree",
            kind: "agreement",
            aspect: "quote",
            summary: "Both quote: the building was gone within the hour",
            claims: [{ span: q("The building was gone within the hour") }, { span: p("The building was gone within the hour") }],
            confidence: 0.9,
          },
          {
            id: "f-toll",
            kind: "contradiction",
            aspect: "number",
            summary: "Injured: at least 12 vs 9",
            claims: [
              { span: q("at least 12 people were injured"), value: "[12,∞)" },
              { span: p("Nine people were hurt"), value: "9" },
            ],
            confidence: 0.8,
          },
          {
            id: "f-date",
            kind: "contradiction",
            aspect: "date",
            summary: "Date of the fire: Tuesday, March 4 vs early on Wednesday",
            claims: [
              { span: q("A fire broke out on Tuesday, March 4"), value: "2025-03-04" },
              { span: p("early on Wednesday"), value: "2025-03-05TNI" },
            ],
            confidence: 0.95,
          },
          {
            id: "f-sign",
            kind: "unique",
            aspect: "other",
            summary: 'Only post: a sign read <script>alert("x")</script> & more',
            claims: [{ span: p('The sign read <script>alert("x")</script> & more.') }],
            confidence: 0.4,
          },
        ],
        statements: [
          {
            articleId: "quay",
            speaker: { name: "Owen Pryce", mention: q("Owen Pryce") },
            cue: q("said"),
            content: q("The building was gone within the hour"),
            direct: true,
          },
          {
            articleId: "post",
            speaker: { name: "Dana Whitlock", mention: p("Whitlock", 1) },
            cue: p("said", 1),
            content: p("The building was gone within the hour"),
            direct: true,
          },
        ],
        timeline: [
          { value: "2025-03-04", label: "fire breaks out", evidence: [q("Tuesday, March 4")], findingId: "f-date" },
          { value: "2025-03-05TNI", label: "fire breaks out", evidence: [p("early on Wednesday")], findingId: "f-date" },
        ],
        derivations: [],
      },
    ],
    diagnostics: [{ articleId: "quay", severity: "warning", rule: "reference-date/default", message: "no publication date & no date line <b>" }],
  };
}
