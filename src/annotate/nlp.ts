import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** The parts of speech wink's lemmatizer works on; for every other it returns the word unchanged. */
const LEMMATIZED_POS = ["ADJ", "NOUN", "VERB"] as const;
/** Per part of speech; a few thousand words reach the lemmatizer in a whole corpus, so this is a guard only. */
const MAX_MEMO_ENTRIES = 50_000;

/**
 * wink's lemmatizer with a memory. wink calls it for the words whose lemma its lexicon does not hold
 * outright, trying suffix rules one regular expression after another. Its answer depends on the word and
 * its part of speech alone (the lexicon it consults is the model's fixed vocabulary), so remembering it is
 * exact, and repeated words ("said", "officials") skip the rules.
 */
export function memoizeLemmatize(lemmatize: Lemmatize): Lemmatize {
  const memo = new Map<string, Map<string, string>>(LEMMATIZED_POS.map((pos) => [pos, new Map<string, string>()]));
  return (value, pos, cache) => {
    const byValue = memo.get(pos);
    if (!byValue) return lemmatize(value, pos, cache);
    let lemma = byValue.get(value);
    if (lemma === undefined) {
      lemma = lemmatize(value, pos, cache);
      if (byValue.size >= MAX_MEMO_ENTRIES) byValue.clear();
      byValue.set(value, lemma);
    }
    return lemma;
  };
}

type Model = typeof model & { addons: { lemmatize: Lemmatize } };

/** The model with the memoizing lemmatizer; wink reads `addons` from the model object on every readDoc. */
function withLemmaMemory(base: typeof model): typeof model {
  const source = base as Model;
  const addons = Object.assign(Object.create(null) as object, source.addons, { lemmatize: memoizeLemmatize(source.addons.lemmatize) });
  return Object.assign(Object.create(null) as object, source, { addons }) as typeof model;
}

// Loading the model costs ~150 ms and a few MB; every stage shares one instance. Only sentence boundaries
// and part-of-speech tags run: wink's default pipe (adding entities, negation, sentiment) costs 1.6x as much.
let instance: ReturnType<typeof winkNLP> | undefined;
let documentsRead = 0;

/**
 * Documents one instance reads before a fresh one takes over. wink adds every word its model lacks
 * (new names, numbers, misspellings) to the instance's lexicon for good: about 2 MB per thousand
 * articles of a feed full of new names, without end in a long `watch`. A fresh instance tags the
 * same way and, at this interval, costs about 0.015 ms per document.
 */
export const DOCUMENTS_PER_INSTANCE = 10_000;

export function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(withLemmaMemory(model), ["sbd", "pos"]);
  return instance;
}

/** Read one document with the shared instance, replacing the instance once it has read its share. */
export function readDocument(text: string): ReturnType<ReturnType<typeof winkNLP>["readDoc"]> {
  if (documentsRead >= DOCUMENTS_PER_INSTANCE) {
    instance = undefined;
    documentsRead = 0;
  }
  documentsRead++;
  return nlp().readDoc(text);
}
