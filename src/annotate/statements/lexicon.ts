// Word lists for attribution. Cue verbs follow the broad PARC sense of attribution: speech, writing,
// belief, intention and endorsement. Lists hold lemmas as wink-nlp produces them (lower case).

/** How a cue verb takes its content. */
export type CueFrame =
  /** a clause or a quotation: "said (that) ...", "wrote: “...”" */
  | "speech"
  /** an addressee comes before the content: "told reporters (that) ...", "urged Congress to ..." */
  | "addressed"
  /** an object stands for the content: "endorsed the mayor", "criticized the plan" */
  | "object"
  /** a belief or expectation; weaker evidence, kept only with a clause or a subject that can hold it */
  | "belief";

const SPEECH = [
  "say", "add", "write", "tweet", "argue", "note", "suggest", "claim", "insist", "explain", "announce",
  "declare", "report", "acknowledge", "admit", "concede", "predict", "promise", "vow", "assert", "contend",
  "stress", "emphasize", "emphasise", "reiterate", "recall", "reply", "respond", "remark", "comment", "joke", "quip",
  "complain", "boast", "lament", "reveal", "disclose", "confirm", "deny", "indicate", "imply", "signal", "hint",
  "allege", "conclude", "testify", "speculate", "wonder", "question", "observe", "continue", "agree",
  "disagree", "mention", "recount", "proclaim", "interject", "exclaim", "shout", "chant", "yell", "retweet",
  "retweeted", "state", "estimate", "warn", "caution", "concur", "counter", "elaborate", "muse", "grumble",
  "scoff", "sneer", "snap", "vouch", "clarify", "confide", "confess", "brag", "pledge", "threaten", "swear",
  "charge", "post", "email", "text", "announce", "opine", "posit", "pronounce", "assure", "answer",
  "show", "find", "demonstrate", "grouse", "gush", "intimate", "affirm", "suggest", "predict", "groan", "thunder",
  // Only before "that" (CUES_ONLY_BEFORE_THAT).
  "maintain",
];

const ADDRESSED = ["tell", "ask", "urge", "remind", "inform", "notify", "convince", "persuade", "assure", "warn", "caution", "encourage", "implore", "beg", "order", "press", "challenge", "exhort"];

const OBJECT = [
  "accuse", "describe", "call", "endorse", "support", "back", "criticize", "criticise", "praise", "blame", "mock",
  "reject", "dismiss", "denounce", "condemn", "defend", "blast", "slam", "tout", "decry", "deride",
  "assail", "rail", "applaud", "cite", "discuss", "propose", "seek", "oppose", "refer",
  "point", "express", "rebut", "dispute", "thank", "congratulate", "label", "portray", "highlight",
  "underscore", "voice", "recommend", "demand", "request", "refuse", "decline", "offer", "lambaste",
  "ridicule", "scold", "chide", "rebuke", "excoriate", "disparage", "hail", "welcome", "embrace", "champion",
  "condone", "disavow", "repudiate", "question", "challenge", "characterize", "characterise", "dub", "brand",
  "liken", "credit", "fault", "castigate", "bemoan", "deplore", "lambast", "pan", "tout", "laud",
  "commend", "salute", "defend", "echo", "quote", "outline", "detail", "list", "document", "acknowledge",
  "invoke", "recite", "title", "deem", "view", "frame", "question", 
  "rule", "sign", "talk", "name", "read", "promote", "learn", "decide", "attribute", "shrug",
  // Stances taken in public: attacks, apologies, advocacy, references and their refusals.
  "attack", "identify", "repeat", "apologize", "apologise", "advocate", "project", "plead", "lash", "spar",
  "allude", "reaffirm", "balk", "reference", "interpret", "rebuff", "utter", "downplay", "dwell", "justify", "coin",
  "trumpet", "deflect", "veto", "judge", "lecture", "resist", "distance", "side", "single", "brush", "present",
  // A preference is a stance too: "voters favored Lund".
  "favor", "favour",
  // Stances PolNeAR marks as cues in about half their uses or more on train (bench/cue-lexicon.ts): "relished the
  // fight", "pegged her as", "acquiesced to", "extolled the plan", "billed it as".
  "relish", "contradict", "love", "upset", "prohibit", "peg", "acquiesce", "extol", "savage", "trash", "revile", "insult",
  "renounce", "depict", "reprimand", "satirize", "spurn", "herald", "heckle", "evince", "bill",
  // Cues in a third to two fifths of their uses, kept because each raised every train figure: "eyeing a bid".
  "eye", "hammer", "illustrate",
  // Rarer stances that raise every train figure as a group: "empathized with", "squabbled over", "overstated the risk".
  "empathize", "squabble", "tussle", "diverge", "overstate", "infuriate", "mystify", "symbolize", "prescribe", "pound",
  "word", "reassure", "admire", "preach", "articulate", "vent", "refute", "reprise", "berate", "eviscerate", "taunt",
  "impugn", "demonize", "recant", "parrot", "chronicle", "publicize", "disregard", "discount", "eschew", "marvel",
  "author", "mince", "horrify", "bristle", "intrigue", "foreshadow", "agitate", "broadcast", "dissect", "annoy", "rankle",
  "reminisce", "aspire", "heap", "inflate", "replay", "rip",
  "idolize", "underplay", "quarrel", "propound", "fulminate", "nickname", "sugarcoat", "recapitulate",
  // Only with "as" after its object (CUES_ONLY_BEFORE_AS).
  "paint", "cast",
  // Only before "to" and a verb, as "seek" takes it: "are pushing to repeal it" (CUES_ONLY_BEFORE_INFINITIVE).
  "push",
];

const BELIEF = [
  "believe", "think", "hope", "expect", "fear", "worry", "know", 
  "realize", "realise", "recognize", "recognise", "understand", "envision", "want", 
  "aim", "wish", "prefer", "like", "seem", "appear", "see", "anticipate", "reckon",
  "guess", "forecast", "remember",
  "imagine", "notice", "forget", "contemplate", "rethink", "sound", "consider", "feel",
  // Intentions: "she plans to vote", "the group intends to sue".
  "plan", "intend",
  // Suspicions and assumptions: cues about two times in three where they occur on PolNeAR train
  // (`node --import tsx bench/cue-lexicon.ts --top 100000 --min 0`); "maintain" and "calculate" fell short.
  "suspect", "assume",
  // Thoughts turned over or ahead, cues in half their uses or more on train: "mulled a run", "foresees a split".
  "mull", "ponder", "foresee", "sense",
  // Regrets and doubts are views held, whether or not said aloud: "regrets the vote", "doubts the figures".
  "regret", "doubt", "resent", "dislike", "foretell", "surmise", "distrust", "yearn",
];

function frameTable(): Map<string, CueFrame> {
  const table = new Map<string, CueFrame>();
  // Later lists must not override earlier ones: a speech verb stays a speech verb.
  for (const [words, frame] of [
    [SPEECH, "speech"],
    [ADDRESSED, "addressed"],
    [OBJECT, "object"],
    [BELIEF, "belief"],
  ] as const) {
    for (const w of words) if (!table.has(w)) table.set(w, frame);
  }
  // "tell", "ask" and kin are addressed first of all, even when also listed above.
  for (const w of ADDRESSED) table.set(w, "addressed");
  return table;
}

export const CUE_FRAMES: ReadonlyMap<string, CueFrame> = frameTable();

/** Surface forms of "say" and "tell" that wink sometimes tags as nouns or adjectives. */
export const SAY_FORMS = new Set(["said", "says", "say", "saying", "told", "tells", "tell", "telling"]);

/** Personal pronouns that can be speakers, with their person class. */
export const PERSONAL_PRONOUNS: ReadonlyMap<string, "male" | "female" | "plural" | "thing" | "self"> = new Map([
  ["he", "male"],
  ["she", "female"],
  ["they", "plural"],
  ["it", "thing"],
  ["we", "self"],
  ["i", "self"],
  ["you", "self"],
]);

export const RELATIVE_PRONOUNS = new Set(["who", "which", "that", "whom"]);

/** "..., then said", "..., later admitted": after a comma these open the subject's next act. */
export const SEQUENCE_WORDS: ReadonlySet<string> = new Set(["then", "later"]);

/** Bare adverbs of time that may close a sentence after its cue: "..., she said later.", "..., Lund added afterward." */
export const TRAILING_TIME_ADVERBS: ReadonlySet<string> = new Set(["later", "earlier", "afterward", "afterwards", "then", "again", "too", "before", "since", "once", "twice"]);

/** Words that may sit between a subject and its cue without belonging to either. */
export const ADVERBS_BEFORE_CUE = new Set([
  "also", "later", "earlier", "soon", "previously", "recently", "repeatedly", "often", "once", "then", "again",
  "publicly", "privately", "never", "first", "last", "initially", "subsequently", "separately",
  "quickly", "immediately", "already", "frequently", "consistently", "reportedly", "allegedly", "openly",
  "simply", "flatly", "explicitly", "specifically", "formally", "officially", "directly", "bluntly",
  "angrily", "sharply", "strongly", "firmly", "loudly", "famously", "memorably", "correctly", "falsely",
  "wrongly", "rightly", "recently", "still", "now", "just", "even", "finally", "eventually", "further",
  "long", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "did",
  "does", "do", "not", "n't", "never", "is", "was", "are", "were", "be", "been", "being", "going", "to",
  "shall", "only", "always", "usually", "sometimes", "generally", "largely", "widely", "broadly", "both",
  "all", "personally", "essentially", "basically", "actually", "really", "apparently", "clearly",
  // "is best known for", "is well known for": a degree word before a participle
  "best", "well",
  // degree words before an adjective cue: "are far more likely to say"
  "more", "less", "most", "least", "very", "increasingly",
]);

/** Auxiliary forms: with a past participle after them they make a passive, which is not a speech act by the subject. */
export const BE_FORMS = new Set(["is", "was", "are", "were", "be", "been", "being", "'s", "'re", "am", "'m"]);

/** Nouns that open a sentence-initial phrase of time or place rather than naming a speaker. */
export const TIME_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
  "tomorrow", "tonight", "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "week", "month", "year", "morning", "evening",
  "night", "afternoon", "weekend", "day", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
]);

/** Words that open an indirect question a verb can report: "polls show how ...", "asked whether ...". */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(["how", "what", "why", "whether", "where", "when"]);

/** Cue verbs spelled like a preposition: "issues like defunding the agency" reports nothing. */
export const PREPOSITION_LIKE_VERBS: ReadonlySet<string> = new Set(["like"]);

/** Words that count people and can stand as a plural subject: "a third say ...", "60 percent support ...", "voters polled favor ...". */
export const COUNTING_SUBJECTS: ReadonlySet<string> = new Set(["percent", "half", "third", "thirds", "quarter", "quarters", "majority", "polled", "surveyed"]);

/** Participial cues after a comma ("..., adding that ...") start a new statement by the same speaker. */
export const PARTICIPLE_SUFFIX = "ing";

/** Prepositional phrases that come between a cue and its content and belong to neither. */
export const CUE_ADJUNCT_HEADS = new Set(["in", "on", "during", "at", "via", "through", "over", "after", "before", "while", "from", "to", "with", "for", "of", "about"]);

/** Titles whose gender is known, for pronoun agreement. */
export const MALE_TITLES = new Set(["mr.", "mr", "sir", "lord", "king", "prince", "father", "brother"]);
export const FEMALE_TITLES = new Set(["mrs.", "mrs", "ms.", "ms", "miss", "madam", "lady", "queen", "princess", "sister", "dame"]);

/** Prepositions and particles that belong to the cue after any cue verb ("talked about", "called for", "pointed out", "said:"). */
export const CUE_PARTICLES = new Set([":", "about", "for", "against", "over", "into", "with", "out", "up", "off", "down", "like"]);

/** Prepositions that belong to the cue only after particular verbs ("referred to", "focused on", "warned of"). */
export const CUE_PARTICLES_BY_VERB: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ["to", "acquiesce refer point respond allude speak continue try need tend begin struggle attempt fail take object appeal react reach turn listen testify"],
      ["on", "call focus go comment agree weigh rely insist reflect elaborate dwell harp double capitalize seize pounce vote campaign sign"],
      ["of", "speak warn think approve disapprove accuse convince dream boast complain know hear remind tire despair"],
      ["as", "bill peg know see identify view regard characterize characterise portray cast paint label brand dub"],
      ["at", "hint balk laugh marvel lash jab aim take scoff poke swipe bristle chafe rage sneer grumble"],
      ["in", "believe weigh chime join engage participate interest invest confide"],
      ["after", "go come"],
      ["by", "stand abide"],
      ["upon", "remark comment call insist reflect elaborate dwell seize pounce"],
      ["back", "fire hit strike push lash"],
      ["behind", "throw put stand rally line"],
      ["toward", "lean tilt shift move"],
      ["towards", "lean tilt shift move"],
    ] as const
  ).flatMap(([particle, verbs]) => verbs.split(" ").map((v) => [v, particle] as const))
    .reduce((m, [v, p]) => m.set(v, new Set([...(m.get(v) ?? []), p])), new Map<string, Set<string>>()),
);

/** Speech verbs after which a preposition opens an adjunct ("said in a statement", "wrote on Twitter"), not a cue particle. */
export const ADJUNCT_TAKING_SPEECH = new Set(["say", "write", "report", "announce", "declare", "tweet", "post", "add", "note", "tell", "state"]);

/**
 * Verbs of saying with a common sense that says nothing ("continued the search", "added 200 jobs", "testified before
 * the panel", "snapped a losing streak", "photographers snapped her"): they report a clause, a quotation or what a
 * colon opens, never a bare noun phrase.
 */
export const CLAUSE_ONLY_SPEECH: ReadonlySet<string> = new Set(["continue", "add", "testify", "snap"]);

/**
 * Cue verbs that report only before "that": "maintained that the vote was fair" but "maintained a lead". "determine
 * that" fell short on dev, and so did "look to" + a verb ("is looking to sell"), right on train but one dev pair lost.
 */
export const CUES_ONLY_BEFORE_THAT: ReadonlySet<string> = new Set(["maintain"]);

/**
 * Cue verbs that report only with "as" after their object: "painted her rival as a spendthrift" (a cue in 5 of 11 such
 * uses on train) but "painted the fence"; "cast himself as an outsider" (about 3 in 5) but "cast a ballot".
 */
export const CUES_ONLY_BEFORE_AS: ReadonlySet<string> = new Set(["paint", "cast"]);

/**
 * Cue verbs that report only before "to" and a verb, or with their own particle (PHRASAL_CUES): "are pushing to
 * repeal the law" states an aim (5 of 10 such uses on train) but "pushed the cart" does not.
 */
export const CUES_ONLY_BEFORE_INFINITIVE: ReadonlySet<string> = new Set(["push"]);

/** Verbs whose object feels what the subject stirs: "the fee rankled the pilots", "the speech resonated with growers". */
export const EXPERIENCER_OBJECT_VERBS: ReadonlySet<string> = new Set(["worry", "rankle", "annoy", "infuriate", "upset", "mystify", "horrify", "intrigue", "resonate"]);

/** Adjectives that report an attitude after a form of "be": "is confident that", "were critical of". */
export const ATTITUDE_ADJECTIVES = new Set([
  "concerned", "worried", "confident", "optimistic", "pessimistic", "hopeful", "skeptical", "sceptical", "critical",
  "supportive", "appreciative", "tired", "convinced", "sure", "certain", "aware", "adamant", "eager", "unhappy",
  "happy", "upbeat", "wary", "proud", "angry", "furious", "dismissive", "reluctant", "unwilling", "willing",
  "determined", "opposed", "fond", "enthusiastic", "excited", "frustrated", "disappointed", "pleased",
  "satisfied", "comfortable", "uncomfortable", "afraid", "fearful", "doubtful", "insistent", "vocal",
  "outspoken", "grateful", "thankful", "upset", "outraged", "cautious", "unsure", "uncertain", "undecided",
  "sympathetic", "hostile", "receptive", "resistant", "nervous", "anxious", "dissatisfied", "displeased",
  "unconvinced", "unimpressed", "impressed", "bullish", "quick", "keen", "loath", "emphatic", "unequivocal",
  "candid", "blunt", "explicit", "clear", "ambivalent", "divided", "unanimous", "dubious", "suspicious",
  "enamored", "enamoured", "cynical", "leery", "distrustful", "smitten", "glad", "scared", "unaware", "hungry",
]);

/** Nouns for one who takes a side, which report a stance after "is a": "a supporter of", "an outspoken critic of". */
export const ADVOCATE_NOUNS: ReadonlySet<string> = new Set(["supporter", "critic", "opponent", "proponent", "advocate", "foe", "admirer", "detractor", "skeptic", "sceptic"]);

/** Prepositions that close an advocate noun's cue: "supporter of", "advocate for". */
export const ADVOCATE_LINKS: ReadonlySet<string> = new Set(["of", "for"]);

/** Prepositions that close an attitude adjective's cue: "critical of", "confident in", "upset about". */
export const ADJECTIVE_PARTICLES = new Set(["of", "about", "with", "over", "in", "at", "on", "for", "toward", "towards"]);

/**
 * Nouns that carry an attribution after a possessive: "his criticism of", "the mayor's embrace of", "her claim that".
 * Not "request", "response" or "appeal": after a possessive they name an act more than a stance (no cue on train).
 */
export const ATTRIBUTION_NOUNS = new Set([
  "statement", "statements", "claim", "claims", "criticism", "criticisms", "support", "endorsement", "announcement",
  "assessment", "embrace", "declaration", "declarations", "call", "calls", "promise", "promises", "pledge", "proposal",
  "proposals", "view", "views", "opposition", "argument", "assertion", "suggestion", "warning", "accusation",
  "accusations", "denial", "comments", "comment", "remarks", "remark", "message", "praise", "attack", "attacks",
  "defense", "defence", "insistence", "belief", "hope", "hopes", "fear", "fears", "vow", "demand", "demands",
  "refusal", "complaint", "complaints", "concern", "concerns", "admission", "acknowledgment", "acknowledgement",
  "prediction", "predictions", "explanation", "account", "description", "characterization", "stance",
  "opinion", "estimate", "estimates", "condemnation", "rejection", "dismissal", "backing", "critique", "plan",
  "plans", "position", "allegation", "allegations", "insinuation", "charge", "charges", "answer", "reply", "testimony",
  "tweet", "tweets", "speech", "letter", "op-ed", "report", "reports", "analysis", "study", "poll", "survey",
  "recollection", "rhetoric", "vision", "desire", "wish", "wishes", "intention", "threat", "threats",
  "commitment", "decision", "push", "insult", "insults", "jab", "jabs", "disavowal", "apology", "reference",
  // Feelings, doubts and claims a possessive can own, cues in a third of their uses or more on train.
  "understanding", "dislike", "disagreement", "reluctance", "denunciation", "apprehension", "boast", "query", "want",
  "cry", "assurance", "forecast", "perception", "assumption", "disclosure", "expectation", "expectations",
  "unwillingness", "doubt", "doubts", "feeling", "passion",
]);

/**
 * Attribution nouns whose "to" before a noun phrase opens what the stance is held toward: "her opposition to the
 * bridge", "lent his support to Lund". After the others "to" names whom the words were for ("his speech to the
 * convention", "her remarks to reporters"), which PolNeAR does not mark (no cue in 19 such uses on train, while
 * "opposition", "support" and "reply" take "to" into their cue in 8 of 25).
 */
export const STANCE_TOWARD_NOUNS: ReadonlySet<string> = new Set(["opposition", "support", "backing", "commitment", "reply", "reference"]);

/**
 * Verbs that report a stance only with their particle: "spoke about", "focused on", "voted against",
 * "pushed for", "weighed in", "doubled down", "stood by", "opened up".
 */
export const PHRASAL_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ["speak", "about of out up against"],
      ["focus", "on"],
      ["vote", "for against"],
      ["push", "for back"],
      // "looks forward to the debates": a hope held about what comes.
      ["look", "forward"],
      ["weigh", "in"],
      ["double", "down"],
      ["stand", "by"],
      ["open", "up"],
      ["play", "down"],
      ["go", "after"],
      ["hit", "back out"],
      ["fire", "back"],
      ["shoot", "back"],
      ["rally", "behind around"],
      ["care", "about"],
      ["sound", "off"],
      ["sum", "up"],
      ["spell", "out"],
      ["zero", "in"],
      ["tick", "off"],
      ["pump", "up"],
      ["turn", "against"],
      ["touch", "on"],
      ["resonate", "with"],
      // "were divided over the toll" takes sides on it ("divided over" is a cue in 2 of its 3 uses on train).
      ["split", "on over"],
      ["divide", "on over"],
      ["campaign", "against"],
      // "held forth on the tides": a long say (both uses on train).
      ["hold", "forth"],
      // Words taken back are a stance on them: "walked back her remarks" (a cue in 4 of 5 uses on train).
      ["walk", "back"],
      // A ruling or a rebuttal that "struck down" a law or a claim rejects it (3 of 7 uses on train).
      ["strike", "down"],
      // "laid out his plan" reports, and PolNeAR marks "laid off 200 staffers" as the employer's act (3 of 10 on train);
      // "laid bare the rift", "laid eyes on", "was laid to rest" do not (none of 7).
      ["lay", "out off"],
    ] as const
  ).map(([verb, particles]) => [verb, new Set(particles.split(" "))] as const),
);

/**
 * Verbs that take a side only with both a particle and a preposition, all three in the cue: "came out against the levy"
 * (a cue in 4 of 5 uses on train), while "came out", "came out for" or "came out in" mostly report nothing.
 */
export const SIDE_TAKING_PHRASES: ReadonlyMap<string, readonly [string, string]> = new Map([
  ["come", ["out", "against"]],
  // "lined up behind the mayor" backs her (3 of 5 uses on train); "lined up" alone is a queue.
  ["line", ["up", "behind"]],
  // "poked fun at the council" mocks it (3 of 3 on train), though "poke" alone mostly pushes.
  ["poke", ["fun", "at"]],
]);

/** A second preposition that closes a phrasal cue: "weighed in on", "lashed out at", "spoke out against". */
export const SECOND_PARTICLES = new Set(["on", "at", "about", "against", "for", "with", "over"]);

/** Verbs that report only through the noun they take: "made the case", "took a swipe at", "issued a statement". */
export const LIGHT_VERBS = new Set([
  "make", "take", "give", "issue", "release", "express", "voice", "offer", "raise", "draw", "deliver", "put", "send",
  "post", "have", "lay", "level", "sound", "register", "lodge", "file", "launch", "mount", "stake", "pen", "publish",
  "air", "share", "repeat", "reiterate", "renew", "echo", "drop", "fire", "hurl", "throw",
  // "is pressing its argument that": a cue alone ("pressed the mayor to"), but a noun of speech it presses is part of the cue (2 of 2 on train).
  "press",
  // "wrote a letter thanking ...": the letter is the act of speech, and what it does comes after it.
  "write",
]);

/** Texts and displays that carry words of their own: "a report detailing", "an ad that calls", "signs saying". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "report", "story", "article", "statement", "release", "memo", "notice", "letter", "email", "e-mail", "message", "note",
  "ad", "advertisement", "commercial", "spot", "video", "website", "petition", "resolution", "sign", "banner", "placard",
  "flyer", "leaflet", "mailer", "pitch", "piece", "column", "editorial", "op-ed", "essay", "book", "paper", "document",
  "filing", "brief", "lawsuit", "complaint", "tweet", "post",
]);

/** Works that carry a title of their own: "in his 2012 book, “Harbour Days.”", "in her memoir, “Salt.”" */
export const TITLED_WORK_NOUNS: ReadonlySet<string> = new Set([
  ...DOCUMENT_NOUNS, "memoir", "memoirs", "autobiography", "biography", "novel", "documentary", "film", "podcast", "show", "blog", "newsletter",
]);

/** Nouns of speech and stance that a light verb turns into a cue. */
export const COMMUNICATION_NOUNS = new Set([
  "case", "point", "points", "argument", "arguments", "statement", "statements", "comment", "comments", "remark", "remarks",
  "mention", "reference", "references", "claim", "claims", "promise", "promises", "pledge", "plea", "appeal", "call", "calls",
  "observation", "prediction", "predictions", "assertion", "accusation", "accusations", "allegation", "allegations",
  "charge", "charges", "swipe", "swipes", "shot", "shots", "jab", "jabs", "dig", "digs", "aim", "stance", "position",
  "concern", "concerns", "confidence", "doubt", "doubts", "skepticism", "scepticism", "frustration", "optimism",
  "announcement", "speech", "address", "pitch", "attack", "attacks", "criticism", "criticisms", "defense", "defence",
  "apology", "vow", "warning", "warnings", "threat", "threats", "endorsement", "credit", "blame", "offense", "offence",
  "objection", "objections", "complaint", "complaints", "suggestion", "proposal", "request", "demand", "demands",
  "assurance", "assurances", "commitment", "denial", "rebuke", "retort", "response", "reply", "tweet", "tweets",
  "message", "note", "letter", "op-ed", "essay", "interview", "testimony", "verdict", "judgment", "judgement",
  "assessment", "forecast", "estimate", "view", "views", "opinion", "opinions", "support", "opposition", "praise",
  "condolences", "congratulations", "thanks", "gratitude", "regret", "regrets", "sympathy", "admiration", "disgust",
  "outrage", "anger", "dismay", "displeasure", "disappointment", "surprise", "alarm", "worries", "fears", "hopes",
  // Wishes and feelings one voices or signals ("voiced a wish for"): gold's cue takes the noun in 4 of the 5 such on train.
  "desire", "wish", "remorse", "amusement",
  "insult", "insults", "barb", "barbs", "broadside", "salvo", "rebuttal", "explanation", "account", "joke", "jokes",
  "vision", "plan", "plans", "proposal", "proposals", "stand", "issue", "exception", "umbrage", "notice", "note",
  "question", "questions", "contrast", "contrasts", "distinction", "attention", "answer", "answers", "apologies", "hint",
  "hints", "analogy", "comparison", "comparisons", "speeches", "alarms", "preview", "secret",
  // Verdicts given in a speech: "delivered a critique of", "offered a tribute to" (all 5 such on train are cues).
  "critique", "critiques", "tribute", "tributes", "indictment",
]);

/**
 * What a verb of telling takes as its object, not as its listener: "told the story of", "tells a joke". Not "truth" or
 * "lie": PolNeAR leaves "telling the truth" unmarked, an act of honesty rather than a report.
 */
export const TOLD_THINGS: ReadonlySet<string> = new Set(["story", "stories", "tale", "tales", "joke", "jokes", "anecdote", "anecdotes", "parable", "parables"]);

/** A light verb and a noun of speech it takes in rather than gives out: "took questions from the crowd" answers them. */
export const NOUNS_A_VERB_RECEIVES: ReadonlyMap<string, ReadonlySet<string>> = new Map([["take", new Set(["question", "questions"])]]);

/**
 * Verbs whose subject takes questions rather than asks them, whatever the noun ("faced questions about", "fielded hard
 * questions about"): PolNeAR marks the noun phrase alone as the cue, with no speaker.
 */
export const UNDERGOING_VERBS: ReadonlySet<string> = new Set(["face", "endure", "field", "entertain", "weather"]);

/** Light verbs whose cue is an adjective: "made clear", "made it plain". */
export const LIGHT_ADJECTIVES = new Set(["clear", "plain", "known", "public", "explicit", "obvious"]);

/** Participles that carry the content after a light-verb cue: "issued a statement saying". */
export const CONTENT_PARTICIPLES = new Set([
  "saying", "calling", "urging", "arguing", "noting", "accusing", "claiming", "declaring", "praising", "asking",
  "stating", "warning", "announcing", "criticizing", "demanding", "insisting", "offering", "describing", "blaming",
  "condemning", "expressing", "explaining", "suggesting", "denying", "deploring", "questioning", "telling",
]);

/** Occasions and channels of speech: "in an interview", "on Twitter", "at a rally". */
export const EVENT_NOUNS = /^(statement|interview|tweet|post|rally|conference|speech|event|appearance|debate|briefing|hearing|email|e-mail|call|meeting|release|op-ed|letter|video|broadcast|program|show|radio|television|twitter|facebook|page|column|editorial|ad|session|town hall|forum|visit|stop|campaign stop|remarks)s?$/;

/** Can this verb report a statement, alone, with its particle, or with a noun of speech? */
export function isReportingVerb(t: { lemma: string }): boolean {
  return CUE_FRAMES.has(t.lemma) || LIGHT_VERBS.has(t.lemma) || PHRASAL_CUES.has(t.lemma);
}

/** Pronouns as the object of a verb or preposition: "told her", "a source close to him". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["her", "him", "them", "me", "us", "you"]);

/** "Democrats", "Polls": the spelling of a plural, not a possessive or a word ending in double s ("Congress"). */
export const PLURAL_FORM = /[^'s]s$/;

/** Pronouns, and quantifiers standing alone, that are subjects of a plural verb. */
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(["they", "we", "i", "you", "who", "that", "many", "most", "some", "others", "both", "few"]);

/** The articles, which open a noun phrase without owning or counting it. */
export const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);
export const INDEFINITE: ReadonlySet<string> = new Set(["a", "an"]);

/** Pronouns that own a noun ("his claim", "their view"). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** "himself", "themselves": an intensive after a subject ("Lund herself said"), or a reflexive object ("found herself"). */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(["myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves", "oneself"]);

/** Dashes written as their own token, with the horizontal bar some sites set in datelines; never a hyphen. */
export const DASH_WORDS: ReadonlySet<string> = new Set(["\u2014", "\u2013", "\u2015", "--"]);

/** "not", "n't" as wink tags them: a particle. */
export function isNegationParticle(t: { pos: string; norm: string }): boolean {
  return t.pos === "PART" && (t.norm === "not" || t.norm === "n't");
}

/** Verbs whose subject takes in a text someone else put out ("received a letter saying"): the text speaks, not the subject. */
export const TEXT_TAKING_VERBS: ReadonlySet<string> = new Set(["receive", "read", "see", "watch", "hear", "ignore", "obtain", "review", "find", "discover", "dismiss", "reject"]);

/** Verbs too general to report anything by themselves ("be", "get", "make"): never a cue of their own. */
export const FUNCTION_VERBS: ReadonlySet<string> = new Set(["be", "have", "do", "get", "let", "make", "go", "come"]);

/** Conjunctions that open a subordinate clause before the main one: "Though she never named him, Lund ...". */
/** Lemmas of a measure of time ("two days after", "weeks before"), which a subordinator after them dates. */
export const TIME_UNITS: ReadonlySet<string> = new Set(["minute", "hour", "day", "week", "month", "year", "decade", "moment"]);

export const SUBORDINATORS: ReadonlySet<string> = new Set(["though", "although", "while", "as", "when", "if", "because", "after", "before", "since", "unless", "until", "once", "whereas"]);

/** Head nouns of a description of a person or people ("a city official", "two senior aides"). */
export const PERSON_NOUNS = /(?:man|woman|person|ambassador|envoy|diplomat|spokes\w*|official|adviser|advisor|aide|senator|president|governor|secretary|minister|leader|candidate|nominee|analyst|expert|lawyer|attorney|director|chief|officer|source|friend|voter|supporter|critic|member|resident|strategist|pollster|economist|professor|judge|lawmaker|representative|executive|founder|chair\w*|host|writer|author|reporter|activist)s?$/;

/** Tags that open or carry on a noun phrase: its head, a modifier, a determiner or a number. */
export const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(["PROPN", "NOUN", "NUM", "ADJ", "DET"]);

/** Verbs that name what their object is called: "a pilot named Lund", "a fund dubbed the war chest". */
export const NAMING_VERBS: ReadonlySet<string> = new Set(["name", "call", "dub", "label", "title", "know", "nickname", "entitle"]);
