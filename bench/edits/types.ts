/** One edit to one article: replace orig[start, end) by `replacement`. */
export type EditKind = "factual" | "preserving";

export type EditType =
  | "date"
  | "number"
  | "person"
  | "place"
  | "negation"
  | "quote-speaker"
  | "reporting-verb"
  | "number-written"
  | "contraction"
  | "dropped-sentence";

export type Edit = {
  type: EditType;
  kind: EditKind;
  /** which variant of the type ("weekday", "insert not", "said -> stated"), for the breakdown */
  variant: string;
  start: number;
  end: number;
  replacement: string;
  /**
   * characters after the replacement that belong to the edited region all the same: a negation
   * flips the word after the auxiliary ("was [not] killed"), so that word is part of what changed
   */
  regionTail?: number;
};

export type SourceArticle = { id: string; text: string; published?: string };

/** A person name found by the generator's own patterns, with where it was seen. */
export type PersonName = { full: string; first: string; last: string; articleId: string };

export type EditContext = {
  rng: () => number;
  /** person names from other articles, to swap in */
  donors: readonly PersonName[];
  /** person names found in this article */
  persons: readonly PersonName[];
  /** only make the edit inside this range (used to put background edits in the planted edit's sentence) */
  within?: { start: number; end: number };
};

export type EditGenerator = {
  type: EditType;
  kind: EditKind;
  generate(article: SourceArticle, context: EditContext): Edit | null;
};

/** The article after the edit, and where the edit sits in it. */
export type EditedPair = {
  edit: Edit;
  /** meaning-preserving edits made to the same copy as background (--noise) */
  noise: Edit[];
  copy: string;
  /** the replaced text in the original */
  before: { start: number; end: number; text: string };
  /** the new text in the copy (zero width for a deletion) */
  after: { start: number; end: number; text: string };
  /** the edited region in the copy that a hit must overlap: `after` plus the edit's regionTail */
  region: { start: number; end: number };
};

export function applyEdit(text: string, edit: Edit): EditedPair {
  return applyEdits(text, edit, []);
}

/** Apply the edit and non-overlapping background edits in one pass; offsets of `edit` are mapped into the copy. */
export function applyEdits(text: string, edit: Edit, noise: readonly Edit[]): EditedPair {
  const ordered = [edit, ...noise].sort((a, b) => a.start - b.start);
  let copy = "";
  let cursor = 0;
  let startInCopy = 0;
  for (const e of ordered) {
    if (e.start < cursor) throw new Error("applyEdits: edits overlap");
    copy += text.slice(cursor, e.start);
    if (e === edit) startInCopy = copy.length;
    copy += e.replacement;
    cursor = e.end;
  }
  copy += text.slice(cursor);
  const afterEnd = startInCopy + edit.replacement.length;
  return {
    edit,
    noise: [...noise],
    copy,
    before: { start: edit.start, end: edit.end, text: text.slice(edit.start, edit.end) },
    after: { start: startInCopy, end: afterEnd, text: edit.replacement },
    region: { start: startInCopy, end: afterEnd + (edit.regionTail ?? 0) },
  };
}
