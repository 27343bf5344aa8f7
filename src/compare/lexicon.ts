// Small closed word lists the comparison relies on. They describe English news wording in general,
// not any particular text.

export const STOPWORDS = new Set(
  ("a an the and or but if then than that this these those there here of in on at to for from by with without about " +
    "as into onto over under after before during since until while when where which who whom whose what why how " +
    "is are was were be been being am do does did done has have had having will would shall should can could may might must " +
    "it its it's he him his she her hers they them their theirs we us our you your i me my mine " +
    "not no n't never also just only very so too more most much many some any each every all both either neither other " +
    "such own same s 's up down out off again further once one's").split(/\s+/),
);

/** Verbs that report speech or belief; they mark attribution, not content, so "said" -> "stated" changes nothing. */
export const REPORTING_VERBS = new Set(
  ("say tell state add note explain announce report claim assert insist argue contend maintain suggest write tweet post " +
    "comment remark reply respond answer continue declare confirm acknowledge describe call told stated according " +
    "believe think hope expect warn caution predict estimate allege mention indicate point reveal disclose").split(/\s+/),
);

/** Reporting verbs that deny the reported content; "denied" against "admitted" is a polarity difference. */
export const DENIAL_VERBS = new Set(["deny", "denied", "dismiss", "reject", "refute", "rebut", "disown"]);
export const ADMISSION_VERBS = new Set(["admit", "admitted", "acknowledge", "confirm", "concede", "accept"]);

export const NEGATORS = new Set(["not", "n't", "never", "no", "nobody", "nothing", "neither", "nor", "none", "without"]);
/** Verbs that, before "to", say the act did not happen: "failed to agree" is "did not agree". */
export const NEGATING_VERBS = new Set(["fail", "refuse", "decline"]);

/** Contracted forms that wink leaves as separate tokens; folded so "didn't" and "did not" align. */
export const CONTRACTIONS: Record<string, string> = {
  "n't": "not",
  "'re": "be",
  "'m": "be",
  "'ve": "have",
  "'ll": "will",
  "'d": "would",
  ca: "can",
  wo: "will",
  sha: "shall",
};

/**
 * Common newsroom synonyms folded onto one key for alignment only (never for comparison of values):
 * two outlets rarely pick the same verb for the same act.
 */
// Keys are matched before and after a light suffix strip, so list base forms ("stage", "stag" via "staged").
const SYNONYM_GROUPS: string[][] = [
  ["attack", "strike", "assault", "raid", "bombing"],
  ["kill", "die", "dead", "death", "slay", "fatality"],
  ["injure", "wound", "hurt", "injury"],
  ["happen", "occur"],
  ["arrest", "detain", "apprehend", "custody"],
  ["shoot", "destroy"],
  ["spokesman", "spokeswoman", "spokesperson", "spokespeople"],
  ["president", "leader"],
  ["stage", "ruse", "fake", "false"],
  ["involve", "involvement", "behind", "responsible", "carry"],
  ["blame", "accuse", "accusation"],
  ["help", "support", "aid", "assistance"],
  ["fire", "blaze", "flame"],
  ["quake", "earthquake", "tremor"],
  ["buy", "acquire", "purchase", "acquisition"],
  ["sack", "fire", "dismiss"],
  ["lock", "chain", "padlock", "bolt"],
];
/**
 * Kinds of happening that outlets tell in unlike words ("ran aground" / "hit rocks", "collapsed" / "gave way"),
 * for telling whether two dates date one happening; never folded for alignment. Entries are lemmas, or two
 * lemmas with a space for a verb and its particle or object. Words of many senses ("fire", "clear", "save",
 * "break out") stay out: a kind shared by chance sets two happenings' dates against each other.
 */
const HAPPENING_CLASSES: string[][] = [
  ["aground", "grounding", "hit rock", "strike rock", "hit reef", "strike reef", "run ashore"],
  ["collapse", "cave", "give way", "fall in", "fall down", "crumble"],
  ["crash", "collide", "collision", "smash"],
  ["sink", "capsize"],
  ["derail", "derailment", "leave track"],
  ["explode", "explosion", "blast", "blow up", "detonate"],
  ["flood", "inundate", "submerge"],
  ["burn", "blaze", "catch fire", "ablaze"],
  ["kill", "die", "slay", "shoot dead", "pass away"],
  ["injure", "wound", "hurt", "injury"],
  ["arrest", "detain", "apprehend", "custody"],
  ["escape", "flee", "abscond"],
  ["inspect", "examine", "inspection"],
  ["evacuate", "evacuation"],
  ["rescue", "bring ashore", "pull out"],
  ["resign", "quit", "step down", "stand down"],
];
export const HAPPENING_CLASS = new Map<string, number>();
HAPPENING_CLASSES.forEach((group, i) => {
  for (const entry of group) if (!HAPPENING_CLASS.has(entry)) HAPPENING_CLASS.set(entry, i);
});

/** The kinds of happening a run of lemmas tells, a word alone or with the next ("give way"). */
export function happeningKindsOf(words: readonly string[]): Set<number> {
  const kinds = new Set<number>();
  words.forEach((word, i) => {
    for (const entry of [word, `${word} ${words[i + 1] ?? ""}`]) {
      const kind = HAPPENING_CLASS.get(entry);
      if (kind !== undefined) kinds.add(kind);
    }
  });
  return kinds;
}

/**
 * A crude suffix strip applied on top of wink's lemma, which slips on some forms ("staged" -> "stag",
 * "involved" kept as an adjective): both sides of a comparison go through it, so only agreement matters.
 */
export function lightStem(word: string): string {
  if (word.length < 5) return word;
  return word.replace(/(?:ing|ed|es|e|s)$/, "");
}

export const SYNONYM_KEY = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  for (const word of group) {
    for (const form of [word, lightStem(word)]) if (!SYNONYM_KEY.has(form)) SYNONYM_KEY.set(form, group[0] as string);
  }
}
