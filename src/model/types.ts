// The single source of truth for the shapes that flow through corroborate.
// Public contract types mirror ../shared/DESIGN.md exactly; internal layer types carry more detail.

export type ArticleInput = {
  id?: string;
  text: string;
  title?: string;
  published?: string;
  source?: string;
  url?: string;
};

/** A character range in one article; `text === article.text.slice(start, end)` always holds. */
export type Span = { articleId: string; start: number; end: number; text: string };

/** A character range within the article it belongs to. */
export type TextRange = { start: number; end: number; text: string };

export type ReferenceDateBasis = "published" | "text" | "story" | "default";
export type ReferenceDate = { value: string; basis: ReferenceDateBasis };

export type Severity = "info" | "warning" | "error";
export type Diagnostic = { articleId?: string; severity: Severity; rule: string; message: string };

export type FindingKind = "agreement" | "contradiction" | "unique";
export type Aspect =
  | "date"
  | "time"
  | "number"
  | "person"
  | "role"
  | "place"
  | "attribution"
  | "polarity"
  | "quote"
  | "other";

export type Claim = { span: Span; value?: string };

export type Finding = {
  id: string;
  kind: FindingKind;
  aspect: Aspect;
  summary: string;
  claims: Claim[];
  confidence: number;
};

export type ReportStatement = {
  articleId: string;
  speaker: { name: string; mention: Span | null } | null;
  cue: Span;
  content: Span;
  direct: boolean;
};

export type TimelineEntry = { value: string; label: string; evidence: Span[]; findingId?: string };
export type Derivation = { from: string; to: string; kind: "duplicate" | "rewrite"; score: number };

export type ReportArticle = {
  id: string;
  title?: string;
  source?: string;
  url?: string;
  published?: string;
  referenceDate: ReferenceDate;
  language: string;
  text: string;
};

export type Story = {
  id: string;
  title: string;
  articleIds: string[];
  findings: Finding[];
  statements: ReportStatement[];
  timeline: TimelineEntry[];
  derivations: Derivation[];
};

export type Report = {
  schema: "corroborate/report@1";
  generatedAt: string;
  articles: ReportArticle[];
  stories: Story[];
  diagnostics: Diagnostic[];
};

export type EntityType = "person" | "organization" | "place" | "other";
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export type AnnotationEntity = { start: number; end: number; text: string; type: EntityType; canonical: string };
export type AnnotationTimex = { start: number; end: number; text: string; type: TimexType; value: string };
export type AnnotationStatement = {
  speaker: { name: string; mention: TextRange | null } | null;
  cue: TextRange;
  content: TextRange;
  direct: boolean;
};

/** Public per-article annotation (DESIGN.md contract). */
export type Annotation = {
  id: string;
  referenceDate: { value: string; basis: string };
  sentences: { start: number; end: number }[];
  entities: AnnotationEntity[];
  timexes: AnnotationTimex[];
  statements: AnnotationStatement[];
};

// ---------------------------------------------------------------------------
// Internal document model: what the annotate stages fill in and compare reads.

export type Article = {
  id: string;
  text: string;
  title?: string;
  published?: string;
  source?: string;
  url?: string;
};

export type Token = {
  start: number;
  end: number;
  text: string;
  /** lower-cased surface form, with typographic quotes/apostrophes folded to ASCII */
  norm: string;
  lemma: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, NUM, PUNCT, ...) */
  pos: string;
  /** index of the sentence holding this token */
  sentence: number;
};

export type Sentence = {
  index: number;
  start: number;
  end: number;
  /** [tokenStart, tokenEnd) into AnnotatedDoc.tokens */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
};

export type Entity = AnnotationEntity & {
  sentence: number;
  /** a role or title given to this mention in the text ("a Kremlin spokesman", "President") */
  role?: TextRange;
  /** which rule typed it, for provenance */
  rule: string;
};

export type Timex = AnnotationTimex & {
  sentence: number;
  /** value of the anchor used to resolve a relative expression, if any */
  anchor?: string;
  /**
   * For a DURATION that measures from a date ("three days" in "three days later"), the TIMEX3 value of the
   * date it reaches: TimeML marks the length, the timeline and date comparison need the date.
   */
  point?: string;
  /** where the words that place such a length end ("three days later"), for showing it as the date it gives */
  pointEnd?: number;
  /** TIMEX3 mod: "early on Wednesday" is the START of that day, "about two years" APPROX */
  mod?: "START" | "MID" | "END" | "APPROX" | "LESS_THAN" | "MORE_THAN" | "EQUAL_OR_MORE" | "EQUAL_OR_LESS";
  rule: string;
};

export type NumberMention = {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** closed interval of values the wording allows; Infinity for open bounds */
  low: number;
  high: number;
  /** the value as written, for display ("at least 43" -> 43) */
  value: number;
  /** the noun or unit it counts ("drones", "%", "people"), lower-cased lemma, "" if unknown */
  unit: string;
  /**
   * what happened to the counted things: lemma of the governing verb or adjective, folded into a
   * small set of synonyms ("killed 40", "40 dead", "40 deaths" -> "die"), so that counts can be tied
   * when one report names the noun and another only the verb
   */
  predicate?: string;
  /** for rounded written forms ("1.5 million", "$5m"): the unit of the last written digit (100000, 1000000) */
  precision?: number;
  rule: string;
};

export type Statement = AnnotationStatement & {
  sentence: number;
  /** canonical name of the speaker, resolved within the article and then the story */
  speakerCanonical?: string;
  /** role description attached to the speaker mention ("spokeswoman", "US official") */
  speakerRole?: TextRange;
  rule: string;
};

export type AnnotatedDoc = {
  article: Article;
  referenceDate: ReferenceDate;
  /** the reference date was read off a full date in the text that need not be the report's own ("born April 22, 1923") */
  referenceDateLoose?: boolean;
  language: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
  timexes: Timex[];
  numbers: NumberMention[];
  statements: Statement[];
  diagnostics: Diagnostic[];
};
