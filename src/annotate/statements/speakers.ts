import type { Entity, Sentence, TextRange, Token } from "../../model/types.js";
import { givenNameGender, ORG_SUFFIX_SET } from "../entities/lexicon.js";
import { descriptionFits, isDefiniteSingular, isRoleWord, roleHead } from "../entities/roles.js";
import { type AttributionContext, opensHyphenCompound, rangeOfTokens } from "./context.js";
import { DASH_WORDS, FEMALE_TITLES, MALE_TITLES, PERSON_NOUNS, PERSONAL_PRONOUNS, REFLEXIVE_PRONOUNS } from "./lexicon.js";
import { isComma, isPossessiveMarker, isRelativePronoun, phraseEndingAt, type TokenSpan } from "./phrases.js";
import { isAge } from "./subjects.js";
import { firstTokenFrom } from "../tokens.js";

/** What we know about a speaker mention once it is read in its document. */
export type SpeakerInfo = {
  name: string;
  canonical?: string;
  role?: TextRange;
};

type Gender = "male" | "female" | "unknown";

const COMPANY_NAME_WORDS = ["company", "inc", "inc.", "corp", "corp.", "corporation", "co.", "ltd", "ltd.", "llc", "plc", "group", "holdings"];
/**
 * A description of a body ("the ministry", "the think tank") and the words of a name it can stand for: its own
 * head ("the ministry" for the "Ministry of Defence"), or for a few heads the words such names are made of.
 */
const BODY_NAME_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["tank", ["institute", "institution", "center", "centre", "foundation", "council", "forum"]],
  ["company", COMPANY_NAME_WORDS],
  ["firm", COMPANY_NAME_WORDS],
  ["newspaper", ["times", "post", "news", "journal", "gazette", "herald", "tribune", "telegraph", "chronicle", "observer"]],
]);

function nameWordsOfBody(head: string): readonly string[] | undefined {
  return BODY_NAME_WORDS.get(head) ?? (ORG_SUFFIX_SET.has(head) ? [head] : undefined);
}

/** Reporting verbs that go on with the speaker before: "They added ...". */
const CONTINUING_CUES = new Set(["add", "continue", "elaborate", "reiterate"]);
type Referent = { canonical: string; gender: Gender; person: boolean; last: string };

const TITLES = new Set([
  "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "capt.", "sgt.", "prof.", "rev.",
  "president", "senator", "governor", "secretary", "minister", "spokesman", "spokeswoman", "spokesperson",
  "chairman", "chairwoman", "director", "judge", "justice", "mayor", "sheriff", "general", "admiral",
  "ambassador", "chief", "leader", "candidate", "nominee", "commissioner", "representative", "speaker",
  "adviser", "advisor", "official", "officials", "analyst", "professor", "attorney", "lawyer", "prime",
  "vice", "former", "deputy", "press", "campaign", "manager", "executive", "ceo", "founder", "pollster",
  "strategist", "aide", "host", "anchor", "correspondent", "editor", "economist", "activist", "author",
  // "Secretary of State Ann Berg": the department belongs to the title.
  "state", "defense", "defence", "treasury", "commerce", "labor", "justice", "homeland", "energy", "interior",
  "agriculture", "education", "transportation", "health", "staff", "house", "senate", "foreign", "affairs",
]);

/** "the 52-year-old", "the 52-year-old fisherman". */
const AGE_DESCRIPTION = /^the \d+-year-old(?: \p{Ll}+)?$/iu;

/**
 * Reads speaker mentions in text order: names are grouped by surname into one canonical form,
 * pronouns take the latest compatible referent, relative pronouns their antecedent.
 */
export class SpeakerResolver {
  private readonly referents: Referent[] = [];
  private readonly speakers: { referent: Referent; sentence: number }[] = [];
  /** The latest speaker given only by a description ("the official", "analysts"), and the sentence it spoke in. */
  private described: { name: string; sentence: number; plural: boolean } | null = null;
  private readonly bySurname = new Map<string, Referent>();
  /**
   * The roles the article has given people so far, each with its holder: named ("Dmitry Peskov, Putin's spokesman"),
   * or not ("A US official said"), when a later "the official" may be that one as well as a named one.
   */
  private readonly roleHolders: { referent: Referent; role: string; named: boolean }[] = [];
  private readonly entities: readonly Entity[];

  constructor(
    private readonly ctx: AttributionContext,
    entities: readonly Entity[],
  ) {
    this.entities = [...entities].sort((a, b) => a.start - b.start);
  }

  /** `cueLemma`: the reporting verb's lemma, which tells "They added" (the speaker before) from "They said". */
  resolve(span: TokenSpan, cueLemma = ""): SpeakerInfo {
    const { ctx } = this;
    const head = ctx.tokens[span.first] as Token;
    const mention = rangeOfTokens(ctx, span.first, span.last);
    let info: SpeakerInfo;
    if (span.first === span.last && PERSONAL_PRONOUNS.has(head.norm)) info = this.resolvePronoun(head, span.first, mention, cueLemma);
    else if (span.first === span.last && isRelativePronoun(head)) info = this.resolveRelative(span.first, mention);
    else info = this.resolveName(span, mention);
    const sentence = ctx.sentenceOf[span.first] as number;
    if (info.canonical) {
      const r = this.referents.find((x) => x.canonical === info.canonical);
      if (r) this.speakers.push({ referent: r, sentence });
      this.described = null;
    } else if (span.first !== span.last || !PERSONAL_PRONOUNS.has(head.norm)) {
      const last = ctx.tokens[this.headLast(span)] as Token;
      this.described = { name: info.name, sentence, plural: last.pos === "NOUN" && last.norm !== last.lemma };
    }
    return info;
  }

  /** A subject pronoun of a reporting verb most often continues the last speaker: prefer recent speakers. */
  private recentSpeaker(kind: "male" | "female", sentence: number): Referent | undefined {
    for (let i = this.speakers.length - 1; i >= 0 && i >= this.speakers.length - 2; i--) {
      const { referent, sentence: at } = this.speakers[i] as { referent: Referent; sentence: number };
      if (sentence - at > 3) return undefined;
      // "..., said Dr. Park Dietz. Earlier, Amy Bishop was charged ... She claimed": a person heading a sentence after
      // the speaker's is who the pronoun goes on with.
      const subject = this.subjectSince;
      if (subject && subject.sentence > at && subject.sentence < sentence && subject.referent !== referent && subject.referent.last !== referent.last && subject.referent.gender !== (kind === "male" ? "female" : "male")) return undefined;
      if (referent.person && (referent.gender === kind || referent.gender === "unknown")) return referent;
    }
    return undefined;
  }

  /** The latest person named at the head of a sentence outside any statement, and that sentence. */
  private subjectSince: { referent: Referent; sentence: number } | null = null;

  private resolvePronoun(t: Token, index: number, mention: TextRange, cueLemma: string): SpeakerInfo {
    const kind = PERSONAL_PRONOUNS.get(t.norm);
    const info: SpeakerInfo = { name: mention.text };
    if (kind === "self") return info;
    // "Analysts said ... They said ...", "The official said ... They added ...": "they" goes on with a speaker known
    // only by description, when that is plural or the verb continues a speaker; no named referent stands for it.
    const sentence = this.ctx.sentenceOf[index] as number;
    if (kind === "plural" && this.described && sentence - this.described.sentence <= 2 && (this.described.plural || CONTINUING_CUES.has(cueLemma))) {
      info.name = this.described.name;
      return info;
    }
    // "A spokeswoman for Tarnby Water said ... “…,” she said.": the pronoun goes on with the speaker known only
    // by a description of its gender, not with a name the description holds or one given before it.
    if ((kind === "male" || kind === "female") && this.described && !this.described.plural && sentence - this.described.sentence <= 1 && roleHead(this.described.name).gender === kind) {
      info.name = this.described.name;
      return info;
    }
    if (kind === "male" || kind === "female") {
      const previous = this.recentSpeaker(kind, this.ctx.sentenceOf[index] as number);
      if (previous) {
        if (previous.gender === "unknown") previous.gender = kind;
        info.canonical = previous.canonical;
        info.name = previous.canonical;
        this.touch(previous);
        return info;
      }
    }
    for (let i = this.referents.length - 1; i >= 0 && i >= this.referents.length - 8; i--) {
      const r = this.referents[i] as Referent;
      if (kind === "male" || kind === "female") {
        if (!r.person || (r.gender !== "unknown" && r.gender !== kind)) continue;
        if (r.gender === "unknown") r.gender = kind;
      } else if (kind === "plural" || kind === "thing") {
        if (r.person) continue;
      }
      info.canonical = r.canonical;
      info.name = r.canonical;
      this.touch(r);
      return info;
    }
    return info;
  }

  private resolveRelative(i: number, mention: TextRange): SpeakerInfo {
    let j = i - 1;
    if (isComma(this.ctx.tokens[j])) j--;
    const phrase = phraseEndingAt(this.ctx, j, Math.max(0, j - 12));
    if (!phrase) return { name: plainName(mention.text) };
    const antecedent = this.withNameBeforeAppositive(phrase);
    return this.resolveName(antecedent, rangeOfTokens(this.ctx, antecedent.first, antecedent.last));
  }

  /**
   * "Ann Berg, a pilot, who added ...": the relative pronoun stands for the named person its nearest phrase describes,
   * so the name and its appositive are read together, as they are before a cue.
   */
  private withNameBeforeAppositive(phrase: TokenSpan): TokenSpan {
    if ((this.ctx.tokens[phrase.last] as Token).pos === "PROPN" || !isComma(this.ctx.tokens[phrase.first - 1])) return phrase;
    const name = phraseEndingAt(this.ctx, phrase.first - 2, Math.max(0, phrase.first - 8));
    return name && (this.ctx.tokens[name.last] as Token).pos === "PROPN" ? { first: name.first, last: phrase.last } : phrase;
  }

  private resolveName(span: TokenSpan, mention: TextRange): SpeakerInfo {
    // "Ann Berg spoke on Monday. The 52-year-old said ...": an age with "the" goes on with the last person named, as a
    // pronoun would; its words tell no gender and fit no office.
    if (AGE_DESCRIPTION.test(mention.text)) {
      const person = [...this.referents].reverse().find((r) => r.person);
      if (person) {
        this.touch(person);
        return { name: person.canonical, canonical: person.canonical };
      }
    }
    const core = this.nameCore(span);
    const head = this.ctx.tokens[this.headLast(span)] as Token;
    // Only an entity covering the head speaks: in "a National Water Council spokeswoman" the council does not.
    const entity = this.entityCovering(head.start, head.end);
    // "Both Lund and Brown said": a name joined to others speaks with them, not alone. Without a name the joined words
    // describe one group ("Texas and Florida officials"), which keeps its role.
    if (entity && this.joinedBefore(span, entity.start)) return { name: plainName(mention.text) };
    const role = entity?.role ?? this.roleOf(span, core, entity?.start);
    const info: SpeakerInfo = { name: plainName(mention.text) };
    if (role) info.role = role;
    const described = entity && entity.type !== "other" ? undefined : this.personBeforeDescription(span, mention) ?? this.personAfterDescription(span);
    if (described) {
      // The person named beside a description speaks, and the description is her role: the mention, before it with the
      // appositive left unclosed ("Ann Berg, Harbour Master at the port says"), or the words before the name after it
      // ("Its sales chief, Ann Berg, said").
      info.canonical = described.canonical;
      info.name = described.canonical;
      info.role = described.role;
      this.remember(described.canonical, true, this.genderOf(span), lastWord(described.canonical));
      this.holds(described.canonical, info.role.text);
      return info;
    }
    if (entity) {
      info.canonical = entity.canonical;
      info.name = entity.canonical;
      const gender = this.genderOf(span);
      const person = entity.type === "person";
      this.remember(entity.canonical, person, gender === "unknown" && person ? (givenNameGender(entity.canonical) ?? "unknown") : gender, person ? lastWord(entity.canonical) : "");
      if (person && role) this.holds(entity.canonical, role.text);
      return info;
    }
    if (!core) {
      const body = this.bodyNamedBefore(span, head);
      if (body) {
        info.canonical = body.canonical;
        info.name = body.canonical;
        this.touch(body);
        return info;
      }
      // "A spokesman for the council", "the mayor": a description of a person whose role is not read off its last word
      // still is one, and stands as that person's role once it is known whose.
      const description = role?.text ?? (describesPerson(head.norm) ? info.name : undefined);
      const holder = description && this.holderDescribed(description);
      if (holder) {
        info.canonical = holder.canonical;
        info.name = holder.canonical;
        info.role ??= mention;
        this.touch(holder);
        return info;
      }
      this.remember(info.name, isPersonDescription(this.ctx, span), "unknown", "");
      if (description) this.holds(info.name, description, false);
      return info;
    }
    const coreText = this.ctx.text.slice((this.ctx.tokens[core.first] as Token).start, (this.ctx.tokens[core.last] as Token).end);
    const surname = (this.ctx.tokens[core.last] as Token).norm;
    const known = this.bySurname.get(surname);
    const canonical = known && known.canonical.split(" ").length >= coreText.split(" ").length ? known.canonical : coreText;
    info.canonical = canonical;
    info.name = canonical;
    const person = known?.person ?? looksLikePerson(this.ctx, span, core);
    this.remember(canonical, person, this.genderOf(span), surname);
    if (person && role) this.holds(canonical, role.text);
    return info;
  }

  /** Keep `role` as one the article gives the person `canonical`, already remembered. */
  private holds(canonical: string, role: string, named = true): void {
    const referent = this.referents.find((r) => r.canonical === canonical);
    if (referent && !this.roleHolders.some((h) => h.referent === referent && h.role === role)) this.roleHolders.push({ referent, role, named });
  }

  /**
   * "Dmitry Peskov, Putin's spokesman, said ... The spokesman added": a definite description of one person stands for
   * the one person the article gave a role it fits; with two such people, one left unnamed ("A spokesman said"), or
   * one of the other gender, for no one.
   */
  private holderDescribed(description: string): Referent | undefined {
    if (!isDefiniteSingular(description)) return undefined;
    const holders = this.roleHolders.filter((h) => (h.referent.person || !h.named) && descriptionFits(description, h.role));
    const fitting = new Set(holders.map((h) => h.referent));
    if (fitting.size !== 1 || holders.some((h) => !h.named)) return undefined;
    const [referent] = fitting as Set<Referent>;
    const gender = roleHead(description).gender ?? "unknown";
    return referent && (gender === "unknown" || referent.gender === "unknown" || referent.gender === gender) ? referent : undefined;
  }

  /**
   * "The Institute for the Study of War said ... The think tank said:": a short definite description of a body
   * ("the ministry", "the company") is the body that spoke last, within a few sentences, if its name fits.
   */
  private bodyNamedBefore(span: TokenSpan, head: Token): Referent | undefined {
    const { tokens, sentenceOf } = this.ctx;
    const nameWords = nameWordsOfBody(head.norm);
    if ((tokens[span.first] as Token).norm !== "the" || span.last - span.first > 3 || !nameWords) return undefined;
    if (head.norm === "tank" && tokens[this.headLast(span) - 1]?.norm !== "think") return undefined;
    const sentence = sentenceOf[span.first] as number;
    const fits = (r: Referent) => {
      const words = r.canonical.toLowerCase().split(/\s+/);
      return nameWords.some((w) => words.includes(w));
    };
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const { referent, sentence: at } = this.speakers[i] as { referent: Referent; sentence: number };
      if (sentence - at > 3) break;
      if (referent.person) continue;
      return fits(referent) ? referent : undefined;
    }
    // "The Harbour Board opened an inquiry. The board said ...": with no body speaking lately, the body named last.
    const named = this.bodyNamed;
    return named && sentence - named.sentence <= 3 && fits(named.referent) ? named.referent : undefined;
  }

  /** The organisation named last outside any statement, and its sentence. */
  private bodyNamed: { referent: Referent; sentence: number } | null = null;

  /**
   * The person a sentence opens with (after at most a conjunction or adverb: "While Ann Berg, ..."), set off by a
   * comma just before a description (`span`) that names no one; the mention is her role.
   */
  private personBeforeDescription(span: TokenSpan, mention: TextRange): { canonical: string; role: TextRange } | undefined {
    const { tokens, sentences, sentenceOf } = this.ctx;
    if (!isComma(tokens[span.first - 1]) || span.first < 2) return undefined;
    const before = tokens[span.first - 2] as Token;
    const person = this.entityCovering(before.start, before.end);
    const sentence = sentences[sentenceOf[span.first] as number];
    if (!person || person.type !== "person" || person.end !== before.end || !sentence) return undefined;
    return headsSentence(this.ctx, sentence.tokenStart, person.start) && PERSON_NOUNS.test((tokens[this.headLast(span)] as Token).norm) ? { canonical: person.canonical, role: mention } : undefined;
  }

  /**
   * "Its sales chief, Ann Berg,": the person named in an appositive after a description of one, a full name (two
   * proper nouns or more) and nothing else. The entity stage may not know the first name, so the words decide.
   */
  private personAfterDescription(span: TokenSpan): { canonical: string; role: TextRange } | undefined {
    const { tokens } = this.ctx;
    const head = this.headLast(span);
    let last = span.last;
    while (last > head && (tokens[last] as Token).pos === "PUNCT") last--;
    const comma = this.commaAfterHead(head, last);
    if (comma === -1 || !describesPerson((tokens[head] as Token).norm)) return undefined;
    let nameLast = comma;
    while (nameLast < last && ((tokens[nameLast + 1] as Token).pos === "PROPN" || isInitialDot(tokens, nameLast + 1) || isNameHyphen(this.ctx, nameLast + 1))) nameLast++;
    // "A fisherman, Piet Vos, 54,", "One resident, Mia Holt, a retired pilot,": an age or a second description after
    // the name is hers, not part of it.
    const after = tokens[nameLast + 2];
    const more = isComma(tokens[nameLast + 1]) && after !== undefined && (isAge(after) || after.pos === "DET");
    if (nameLast <= comma + 1 || (nameLast < last && !more)) return undefined;
    last = nameLast;
    // "a police spokesman, Sgt. Lars Moen,": a title before the name is no part of it, as before a cue.
    let first = comma + 1;
    while (first < last - 1 && TITLES.has((tokens[first] as Token).norm)) first++;
    const person = this.entityCovering((tokens[first] as Token).start, (tokens[last] as Token).end);
    const canonical = person?.type === "person" ? person.canonical : this.ctx.text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
    // The description alone is the role: the name after it is the speaker's, not part of what she is.
    return { canonical, role: rangeOfTokens(this.ctx, span.first, comma - 1) };
  }

  /**
   * The comma closing a description's head, right after it or after its "of" phrase of common words ("chief of
   * staff,", "head of the hospital,"); -1 when something else comes first.
   */
  private commaAfterHead(head: number, last: number): number {
    const { tokens } = this.ctx;
    if (isComma(tokens[head + 1])) return head + 1;
    if ((tokens[head + 1] as Token | undefined)?.pos !== "ADP") return -1;
    for (let k = head + 2; k < last; k++) {
      const t = tokens[k] as Token;
      if (isComma(t)) return k;
      if (t.pos !== "NOUN" && t.pos !== "PROPN" && t.pos !== "DET" && t.pos !== "ADJ") return -1;
    }
    return -1;
  }

  /** Last token of the head phrase: before an appositive, a parenthesis, a relative clause, a participle, or "of" after a common noun. */
  private headLast(span: TokenSpan): number {
    const { tokens } = this.ctx;
    let last = span.last;
    for (let i = span.first; i <= span.last; i++) {
      const t = tokens[i] as Token;
      const previous = tokens[i - 1] as Token | undefined;
      // "Fire Officer at Dunholt Fire and Rescue Service": a role written in capitals is a common noun too, and so is
      // "chief" in "chief of staff", which wink tags as an adjective.
      const commonNoun = previous?.pos === "NOUN" || ((previous?.pos === "PROPN" || previous?.pos === "ADJ") && PERSON_NOUNS.test(previous.norm));
      // "Anna Kell of the Harbour Trust": a person's name before "of" is the speaker; the body is where she works.
      const ofAfterNoun = (t.norm === "of" || t.pos === "ADP") && (commonNoun || (previous !== undefined && this.personEndsAt(previous)));
      // "President Ann Berg of Norland's top adviser": a possessive closing the "of" phrase makes it all the owner.
      const owner = ofAfterNoun ? this.possessiveBeforeComma(i, span.last) : -1;
      if (owner !== -1) {
        i = owner;
        continue;
      }
      // "A lawyer representing Lund", "Officials based in Oslo": a participle after a common noun opens what describes the head.
      const participleAfterNoun = t.pos === "VERB" && /^\p{Ll}/u.test(t.text) && /(?:ing|ed)$/.test(t.norm) && commonNoun;
      if (i > span.first && (isComma(t) || t.norm === "(" || t.norm === "who" || t.norm === "which" || t.norm === "that" || ofAfterNoun || participleAfterNoun || DASH_WORDS.has(t.norm))) {
        last = i - 1;
        break;
      }
    }
    // "Lund herself": an intensive pronoun stresses the name and heads nothing.
    while (last > span.first && ((tokens[last] as Token).pos === "PUNCT" || REFLEXIVE_PRONOUNS.has((tokens[last] as Token).norm))) last--;
    return last;
  }

  /** Is there an "and" or "or" in the speaker mention before `start`, joining another speaker to the head? */
  private joinedBefore(span: TokenSpan, start: number): boolean {
    for (let i = span.first; i <= span.last && (this.ctx.tokens[i] as Token).end <= start; i++) {
      const t = this.ctx.tokens[i] as Token;
      if (t.pos === "CCONJ" && (t.norm === "and" || t.norm === "or")) return true;
    }
    return false;
  }

  /** The possessive mark after `from` and before the next comma (within `last`), or -1 when there is none. */
  private possessiveBeforeComma(from: number, last: number): number {
    const { tokens } = this.ctx;
    for (let k = from + 1; k <= last && !isComma(tokens[k]); k++) if (isPossessiveMarker(tokens[k] as Token)) return k;
    return -1;
  }

  /** The proper-noun run naming the speaker, without titles ("Harbour spokesman Erik Lunde" -> "Erik Lunde"). */
  private nameCore(span: TokenSpan): TokenSpan | null {
    const { tokens } = this.ctx;
    const last = this.headLast(span);
    // A proper noun that only modifies a common noun ("the ministry spokesman", "a city official") names no one.
    if ((tokens[last] as Token).pos !== "PROPN") return null;
    let first = last;
    while (first - 1 >= span.first && ((tokens[first - 1] as Token).pos === "PROPN" || isInitialDot(tokens, first - 1)) && !TITLES.has((tokens[first - 1] as Token).norm)) first--;
    while (first < last && (tokens[first] as Token).pos === "PUNCT") first++;
    // "the PM", "the British PM", "Acme's CEO": an abbreviated title after "the" or a possessor describes its holder, with
    // any capitalised words before it; it is no one's name. A capitalised word may be ("The Reporter", "The Advocate" are
    // papers), and so is a title after a bare name ("Ann Berg MP").
    const word = (tokens[last] as Token).text;
    const before = tokens[first - 1] as Token | undefined;
    if (first > span.first && before && (before.norm === "the" || isPossessiveMarker(before)) && /^\p{Lu}{2,}$/u.test(word) && isRoleWord(word, true)) return null;
    if (first === last && this.pluralRoleOpeningSentence(first)) return null;
    return { first, last };
  }

  /**
   * "Officials in the port said", "Residents said": a plural role noun opening a sentence is capitalised by its place
   * and tagged a proper noun; it names a group, not a person or body to follow through the story.
   */
  private pluralRoleOpeningSentence(k: number): boolean {
    const { tokens, sentences, sentenceOf } = this.ctx;
    const word = (tokens[k] as Token).text;
    let start = (sentences[sentenceOf[k] as number] as Sentence).tokenStart;
    while (start < k && (tokens[start] as Token).pos === "PUNCT") start++;
    return start === k && isRoleWord(word) && !isRoleWord(word, true);
  }

  /** The role written beside a name: the words before it ("harbour master Ann Berg") or an appositive after it. */
  private roleOf(span: TokenSpan, core: TokenSpan | null, nameStart?: number): TextRange | undefined {
    const { ctx } = this;
    if (!core) return isPersonDescription(ctx, span) ? rangeOfTokens(ctx, span.first, span.last) : this.roleBeforeRelative(span);
    // The entity's own words before the core are part of the name: "Port Authority of" in "the Port Authority of Halden".
    let before = core.first;
    while (before > span.first && nameStart !== undefined && (ctx.tokens[before - 1] as Token).start >= nameStart) before--;
    if (before > span.first) {
      let first = span.first;
      while (first < before && (ctx.tokens[first] as Token).pos === "DET") first++;
      if (first < before) return rangeOfTokens(ctx, first, before - 1);
    }
    // An appositive after the name, past an age: "Smith, a spokesman for the council,", "Smith, 54, a fisherman,"; an age
    // alone ("Holt, 61,") holds no office.
    const age = isComma(ctx.tokens[core.last + 1]) && core.last + 2 <= span.last && isAge(ctx.tokens[core.last + 2] as Token);
    const comma = age ? core.last + 3 : core.last + 1;
    if (comma < span.last && isComma(ctx.tokens[comma])) {
      let last = span.last;
      while (last > comma && (isComma(ctx.tokens[last]) || (ctx.tokens[last] as Token).pos === "PUNCT")) last--;
      if (last > comma) return rangeOfTokens(ctx, comma + 1, last);
    }
    return undefined;
  }

  /**
   * "A port official who spoke on condition of anonymity": the relative clause says how the person spoke, and the
   * words before it are the role, as they are when commas set it off.
   */
  private roleBeforeRelative(span: TokenSpan): TextRange | undefined {
    const head = this.headLast(span);
    const next = this.ctx.tokens[head + 1];
    if (head >= span.last || !next || !(next.norm === "who" || next.norm === "that")) return undefined;
    return isPersonDescription(this.ctx, { first: span.first, last: head }) ? rangeOfTokens(this.ctx, span.first, head) : undefined;
  }

  private genderOf(span: TokenSpan): Gender {
    for (let i = span.first; i <= span.last; i++) {
      const norm = (this.ctx.tokens[i] as Token).norm;
      if (MALE_TITLES.has(norm) || norm === "spokesman" || norm === "chairman" || norm === "congressman") return "male";
      if (FEMALE_TITLES.has(norm) || norm === "spokeswoman" || norm === "chairwoman" || norm === "congresswoman") return "female";
    }
    return "unknown";
  }

  /** Does a person's name end with this token (not "Duke" in "the Duke of Kent")? */
  private personEndsAt(t: Token): boolean {
    const entity = this.entityCovering(t.start, t.end);
    return entity !== undefined && entity.type === "person" && entity.end === t.end;
  }

  private entityCovering(start: number, end: number): Entity | undefined {
    // Entities are sorted by start; the covering one starts at or before `start`.
    let lo = 0;
    let hi = this.entities.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.entities[mid] as Entity).start <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) {
      const e = this.entities[i] as Entity;
      if (e.start <= start && e.end >= end && SPEAKING_TYPES.has(e.type)) return e;
    }
    return undefined;
  }

  private remember(canonical: string, person: boolean, gender: Gender, surname: string): void {
    const existing = this.referents.find((r) => r.canonical === canonical);
    if (existing) {
      if (existing.gender === "unknown") existing.gender = gender;
      this.touch(existing);
      return;
    }
    const r: Referent = { canonical, gender, person, last: surname };
    this.referents.push(r);
    if (surname && person) this.bySurname.set(surname, r);
  }

  /** Move a referent to the most recent position: it was just mentioned. */
  private touch(r: Referent): void {
    const i = this.referents.indexOf(r);
    if (i >= 0 && i !== this.referents.length - 1) {
      this.referents.splice(i, 1);
      this.referents.push(r);
    }
  }

  /** Note a person named outside any statement, so that a later "he" can find them. */
  noteEntity(entity: Entity): void {
    if (entity.type !== "person" && entity.type !== "organization") return;
    this.remember(entity.canonical, entity.type === "person", entity.type === "person" ? (givenNameGender(entity.canonical) ?? "unknown") : "unknown", lastWord(entity.canonical));
    const token = firstTokenFrom(this.ctx.tokens, entity.start);
    if (entity.type !== "person") {
      const referent = this.referents.find((r) => r.canonical === entity.canonical);
      if (referent && token < this.ctx.tokens.length) this.bodyNamed = { referent, sentence: this.ctx.sentenceOf[token] as number };
      return;
    }
    if (entity.role) this.holds(entity.canonical, entity.role.text);
    if (this.ctx.tokens[token]?.start !== entity.start) return;
    const sentence = this.ctx.sentences[this.ctx.sentenceOf[token] as number];
    const referent = this.referents.find((r) => r.canonical === entity.canonical);
    if (sentence && referent && opensClause(this.ctx, sentence.tokenStart, token)) this.subjectSince = { referent, sentence: this.ctx.sentenceOf[token] as number };
  }
}

/** The hyphen inside a double name ("Karine Jean-Pierre"), glued to a proper noun on each side. */
function isNameHyphen(ctx: AttributionContext, i: number): boolean {
  return i > 0 && ctx.tokens[i - 1]?.pos === "PROPN" && ctx.tokens[i + 1]?.pos === "PROPN" && opensHyphenCompound(ctx.tokens, i - 1, ctx.text);
}

/** The period of an initial or abbreviation inside a name ("Anna L. Berg"). */
function isInitialDot(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  return t.norm === "." && before !== undefined && before.end === t.start && before.pos === "PROPN";
}

const SPEAKING_TYPES = new Set(["person", "organization", "place"]);

/**
 * "police in Dover, Kent,", "the pilots themselves": the mention keeps the comma closing its appositive and the
 * intensive pronoun, as PolNeAR marks them; the name a reader sees, and which speakers are matched by across reports,
 * does not.
 */
function plainName(mention: string): string {
  const name = mention.replace(/[\s,;:\u2013\u2014-]+$/u, "");
  const space = name.lastIndexOf(" ");
  return space > 0 && REFLEXIVE_PRONOUNS.has(name.slice(space + 1).toLowerCase()) ? name.slice(0, space) : name;
}

function lastWord(s: string): string {
  const words = s.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? "";
}

/**
 * "The head of the hospital, Ida Berg,": before an appositive full name, a role noun that also names things ("head",
 * "owner") is that person's role as much as a word that only names people is.
 */
function describesPerson(word: string): boolean {
  return PERSON_NOUNS.test(word) || isRoleWord(word, true);
}

function isPersonDescription(ctx: AttributionContext, span: TokenSpan): boolean {
  return PERSON_NOUNS.test((ctx.tokens[span.last] as Token).norm);
}

function looksLikePerson(ctx: AttributionContext, span: TokenSpan, core: TokenSpan): boolean {
  if (core.last > core.first) return true;
  for (let i = span.first; i < core.first; i++) if (TITLES.has((ctx.tokens[i] as Token).norm)) return true;
  return false;
}

const OPENING_POS = new Set(["CCONJ", "SCONJ", "ADV"]);

/** Does the name at token `at` open its sentence (from `first`), or the clause after an opening phrase and its comma ("Earlier this year, Amy Bishop")? */
function opensClause(ctx: AttributionContext, first: number, at: number): boolean {
  if (headsSentence(ctx, first, (ctx.tokens[at] as Token).start)) return true;
  if (!isComma(ctx.tokens[at - 1]) || at - first > 6) return false;
  for (let k = first; k < at - 1; k++) if (isComma(ctx.tokens[k]) || ctx.quoteOf[k] !== -1) return false;
  return true;
}

/** Does the mention at `start` head the sentence that begins at token `first`, behind at most two conjunctions or adverbs ("While", "But then")? */
function headsSentence(ctx: AttributionContext, first: number, start: number): boolean {
  let k = first;
  while (k < first + 2 && (ctx.tokens[k] as Token).start < start && OPENING_POS.has((ctx.tokens[k] as Token).pos)) k++;
  return (ctx.tokens[k] as Token | undefined)?.start === start;
}
