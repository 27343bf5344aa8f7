import type { AnnotatedDoc, Entity, EntityType, Sentence } from "../../model/types.js";
import { gazetteerEntry, gazetteerMayHold, gazetteerReach, startsLowercaseEntry, wellKnownWithSurname, type GazetteerEntry } from "./gazetteer.js";
import {
  AMBIGUOUS_GIVEN_NAMES,
  COMMON_SUBJECTS,
  hasSurnameEnding,
  isFirstName,
  isHonorific,
  LOCATIVE_PREPOSITIONS,
  MIND_SUBJECT_VERBS,
  MODALS,
  NAME_CONNECTORS,
  NAME_PARTICLE_SET,
  NON_ENTITY_ACRONYM_SET,
  NON_ENTITY_WORD_SET,
  ORG_HEAD_BEFORE_OF_SET,
  ORG_SUFFIX_SET,
  OTHER_SUFFIX_SET,
  PERSON_SUBJECT_VERBS,
  PLACE_PREFIX_SET,
  PLACE_SUFFIX_SET,
  SENTENCE_OPENER_SET,
  TITLE_MODIFIER_SET,
  TITLE_SET,
  verbInflection,
} from "./lexicon.js";
import { bareName, foldName, foldSurname, isAcronym, isAcronymOf } from "./names.js";
import { PersonNames } from "./person-names.js";
import { isNameTimeWord } from "../time/name-words.js";
import { RoleFinder, ROLE_LEFT_MODIFIERS, type TokenRange } from "./role-phrases.js";
import { isRoleWord } from "./roles.js";
import { collapsesWhitespace, NAME_SUFFIXES, TokenView } from "./tokens.js";
import { SUBORDINATORS } from "../statements/lexicon.js";

/** "Ex-mayor Amsel", "Ex-President Ada Morrow": a title or role word written with "ex-" is still a title before a name. */
function isFormerTitle(norm: string): boolean {
  const bare = /^ex-(\p{L}+)$/u.exec(norm)?.[1];
  return bare !== undefined && (TITLE_SET.has(bare) || isRoleWord(bare, true));
}

/** Heads of bodies named for their members in the plural possessive: "Metalworkers' Union", "Magistrates' Court". */
const MEMBERS_BODY_HEADS: ReadonlySet<string> = new Set(
  ["union", "association", "federation", "confederation", "party", "court", "council", "college", "league", "society", "alliance", "movement", "guild", "club", "congress", "fund"],
);

/** How sure the typing is: lists, suffixes and titles beat context cues, which beat shape guesses. */
const enum Strength {
  Guess = 0,
  Shape = 1,
  Context = 2,
  Evidence = 3,
}

type Mention = TokenRange & {
  type: EntityType | undefined;
  strength: Strength;
  canonical: string | undefined;
  rule: string;
  role: TokenRange | undefined;
  acronym: boolean;
  headline: boolean;
};

type GazetteerMatch = { end: number; entry: GazetteerEntry };

type TitlePeel = {
  /** end of the tokens before the title block that name something else ("U.S." in "U.S. Sen. X") */
  modifiersEnd: number;
  nameFirst: number;
  role: TokenRange | undefined;
  honorific: boolean;
};

type Known = { type: EntityType; canonical: string };

/** Capitalised adjectives that start titles and places far more often than given names do. */
const COMMON_NAME_STARTS: ReadonlySet<string> = new Set([
  "new", "old", "big", "great", "little", "good", "bad", "best", "first", "last", "high", "low", "north", "south", "east", "west",
  "upper", "lower", "grand", "royal", "national", "international", "golden", "black", "white", "red", "blue", "green", "dark",
]);
/** Tags of closed-class words that also open names: "Per" (ADP), "Da" (DET). Such particles are short; a longer word ("Down Syndrome", "Near East") opens a title or a term. */
const NAME_OPENING_POS: ReadonlySet<string> = new Set(["ADP", "DET"]);
const LIST_JOINERS: ReadonlySet<string> = new Set([",", "and", "or", "&"]);
const SPEECH_LEMMAS_BEFORE: ReadonlySet<string> = new Set(["say", "tell", "add", "write"]);
const ON_CONNECTED_HEADS: ReadonlySet<string> = new Set(["committee", "commission", "council", "conference", "subcommittee"]);

/**
 * Finds and types the named entities of one document from its tokens: proper-noun chunks, titles,
 * appositive roles, gazetteers and acronym definitions, then settles one canonical name per entity.
 */
export class EntityRecognizer {
  private readonly view: TokenView;
  private readonly mentions: Mention[] = [];
  private readonly acronymDefinitions = new Map<string, Known>();
  /** norms of one-word mentions, filled before unknown chunks are typed */
  private usedAlone: ReadonlySet<string> = new Set();
  private readonly roles: RoleFinder;

  constructor(private readonly doc: AnnotatedDoc) {
    this.view = new TokenView(doc);
    this.roles = new RoleFinder(this.view, doc.sentences);
  }

  run(): Entity[] {
    const headlines: Sentence[] = [];
    for (const sentence of this.doc.sentences) {
      if (this.isHeadline(sentence)) headlines.push(sentence);
      else this.scanSentence(sentence);
    }
    this.linkAcronyms();
    this.attachRoles();
    this.resolveUnknown();
    this.spreadTypes();
    this.canonicalise();
    if (headlines.length > 0) {
      const known = this.knownNames();
      for (const sentence of headlines) this.scanHeadline(sentence, known);
    }
    return this.toEntities();
  }

  // ---------------------------------------------------------------------------------------------
  // Chunking

  private scanSentence(sentence: Sentence): void {
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const partyLabelEnd = this.partyLabelEnd(i, sentence.tokenEnd);
      if (partyLabelEnd > i) {
        i = partyLabelEnd;
        continue;
      }
      const gazetteer = this.gazetteerAt(i, sentence.tokenEnd);
      if (this.isNameWord(i)) {
        let end = this.growChunk(i, sentence.tokenEnd);
        if (gazetteer && gazetteer.end > end) end = gazetteer.end;
        this.analyseChunk(i, end, gazetteer);
        i = end;
      } else if (gazetteer) {
        this.addGazetteerMention(i, gazetteer);
        i = gazetteer.end;
      } else {
        i++;
      }
    }
  }

  /** "(R-Ariz.)", "(D-N.Y.)": a politician's party and state; the end of the brackets, or i when none. */
  private partyLabelEnd(i: number, limit: number): number {
    const view = this.view;
    if (view.token(i)?.text !== "(" || !/^[DRI]$/.test(view.token(i + 1)?.text ?? "") || view.token(i + 2)?.text !== "-") return i;
    for (let k = i + 3; k < Math.min(limit, i + 9); k++) if (view.token(k)?.text === ")") return k + 1;
    return i;
  }

  /** Could token i start or continue a name? Sentence-initial words need more than a capital letter. */
  private isNameWord(i: number): boolean {
    const token = this.view.token(i);
    if (!token || !this.view.upper[i] || token.text.length < 2) return false;
    if (NON_ENTITY_WORD_SET.has(token.norm)) return isNameTimeWord(this.view.text, token.start, token.end);
    if (this.isGivenNameBeforeName(i) && (!this.view.initial[i] || this.inflectedVerbAt(i + 2))) return true;
    if (this.view.isFunctionWord(i) && !gazetteerEntry(token.text)) return this.opensNameInRunningText(i);
    if (!this.view.initial[i]) return true;
    return (
      token.pos === "PROPN" ||
      isAcronym(token.text) ||
      gazetteerReach(token.text) > 0 ||
      isFirstName(token.text) ||
      TITLE_SET.has(token.norm) ||
      isHonorific(token.norm) ||
      this.view.capitalisedInside.has(token.norm)
    );
  }

  /**
   * "said Per Lund", "the pilot, Da Silva,": inside running text (after a word in lower case, or its comma) only a name
   * capitalises a preposition or a determiner before a capitalised word; wink tags "Per" and "Da" by their spelling.
   */
  private opensNameInRunningText(i: number): boolean {
    const token = this.view.token(i);
    if (!token || token.text.length > 3 || !NAME_OPENING_POS.has(token.pos) || token.norm === "the" || token.norm === "a" || token.norm === "an") return false;
    const next = this.view.token(i + 1);
    // "The deal, Per Reuters, is done": before a known body or place the word keeps its own sense.
    if (!next || this.view.upper[i + 1] !== 1 || this.view.isFunctionWord(i + 1) || next.sentence !== token.sentence || gazetteerEntry(next.text)) return false;
    // "As Lund spoke": a subordinator opens a clause whose subject may follow, just as a name's verb would.
    if (this.view.initial[i]) return !SUBORDINATORS.has(token.norm) && this.verbFollowsOpeningName(i + 2);
    const before = this.view.norm(i - 1) === "," ? i - 2 : i - 1;
    const prev = this.view.token(before);
    if (prev === undefined || prev.sentence !== token.sentence) return false;
    // "Yesterday Per Lund, the harbour master, said": the word before opens the sentence, so its capital says nothing;
    // read as an opening "Per" is, with a name after it ("Sales Per Day rose" has a noun).
    if (before === i - 1 && this.view.initial[before]) return !SUBORDINATORS.has(prev.norm) && next.pos === "PROPN" && this.verbFollowsOpeningName(i + 2);
    return /^\p{Ll}/u.test(prev.text);
  }

  /**
   * "Per Lund said", "Per Lund, the harbour master, said": opening a sentence, "Per X" is a name only when X is the
   * subject of the verb after it, itself or past an appositive; as a preposition ("Per Reuters, the deal is done") its
   * phrase is followed by a clause with its own subject.
   */
  private verbFollowsOpeningName(end: number): boolean {
    if (this.inflectedVerbAt(end)) return true;
    if (this.view.norm(end) !== "," || this.view.upper[end + 1]) return false;
    const sentence = this.view.token(end)?.sentence;
    for (let k = end + 2; k <= end + 8 && this.view.token(k)?.sentence === sentence; k++) {
      if (this.view.norm(k) === ",") return this.inflectedVerbAt(k + 1);
    }
    return false;
  }

  /**
   * "Will Smith", "Hope Varga": a given name before a capitalised word of its sentence, whatever the tagger made of
   * it. Mid-sentence that is a name; opening one, "Will" may still be the modal of a question (see inflectedVerbAt).
   */
  private isGivenNameBeforeName(i: number): boolean {
    const text = this.view.token(i)?.text ?? "";
    return isFirstName(text) && this.view.upper[i + 1] === 1 && this.view.token(i + 1)?.sentence === this.view.token(i)?.sentence && !this.view.isFunctionWord(i + 1);
  }

  /** "Will Berg said": opening a sentence, a given name before a name is a name when an inflected verb follows, as no modal takes one. */
  private inflectedVerbAt(i: number): boolean {
    const token = this.view.token(i);
    return verbInflection(token) === "inflected" && token?.sentence === this.view.token(i - 1)?.sentence;
  }

  /** Inside a chunk any capitalised content word continues it; so does a middle initial ("J."). */
  private continuesName(i: number): boolean {
    const token = this.view.token(i);
    if (!token || !this.view.upper[i]) return false;
    if (/^\p{Lu}\.$/u.test(token.text)) return true;
    if (token.text.length < 2) return false;
    if (NAME_SUFFIXES.has(token.norm)) return true;
    if (NON_ENTITY_WORD_SET.has(token.norm)) return isNameTimeWord(this.view.text, token.start, token.end);
    return !this.view.isFunctionWord(i) || gazetteerEntry(token.text) !== undefined;
  }

  private growChunk(first: number, limit: number): number {
    let j = first + 1;
    while (j < limit) {
      if (this.continuesName(j)) {
        j++;
        continue;
      }
      const step = this.hyphenJoin(j, limit) || this.particleJoin(j, limit) || this.connectorJoin(first, j, limit) || this.pluralPossessiveJoin(first, j, limit);
      if (step === 0) break;
      j += step;
    }
    return j;
  }

  /** "Jean-Claude", "al-Assad": a hyphen with no spaces between two name parts. */
  private hyphenJoin(j: number, limit: number): number {
    const view = this.view;
    if (view.token(j)?.text !== "-" || j + 1 >= limit) return 0;
    if (!view.touchesNext(j - 1) || !view.touchesNext(j) || !view.upper[j + 1]) return 0;
    const left = view.token(j - 1)?.text ?? "";
    const right = view.token(j + 1)?.text ?? "";
    if (left.length < 2 && !NAME_PARTICLE_SET.has(left)) return 0;
    // "Russia-Ukraine war", "US-Mexico border": two names side by side, not one.
    if (gazetteerEntry(left) && gazetteerEntry(right)) return 0;
    return 2;
  }

  /**
   * "The Metalworkers' Union", "the National Farmers’ Union": a plural's bare apostrophe inside an organisation's
   * name, joined when a word that ends such names comes next (not "Voters' views", nor "Union Street").
   */
  private pluralPossessiveJoin(first: number, j: number, limit: number): number {
    const view = this.view;
    const mark = view.token(j)?.text;
    if ((mark !== "'" && mark !== "’") || j + 1 >= limit || !view.touchesNext(j - 1) || !/s$/.test(view.token(j - 1)?.text ?? "")) return 0;
    if (!view.upper[j + 1] || !MEMBERS_BODY_HEADS.has(view.norm(j + 1)) || view.norm(j + 2) === "street") return 0;
    // "Bernie Sanders’ College": a person's possessive, not the name of a body of members.
    for (let k = first; k < j; k++) if (isFirstName(view.token(k)?.text ?? "")) return 0;
    return 1;
  }

  /** "Osama bin Laden", "Ursula von der Leyen": lower-case particles between name parts. */
  private particleJoin(j: number, limit: number): number {
    let k = j;
    while (k < limit && NAME_PARTICLE_SET.has(this.view.token(k)?.text ?? "") && k - j < 2) k++;
    if (k === j || k >= limit) return 0;
    if (this.view.upper[k] && this.continuesName(k)) return k - j;
    if (this.view.token(k)?.text === "-" && this.hyphenJoin(k, limit) > 0) return k - j;
    return 0;
  }

  /** "Institute for the Study of War", "Bank of England", "Secretary of State", "Procter & Gamble". */
  private connectorJoin(chunkFirst: number, j: number, limit: number): number {
    const connector = this.view.norm(j);
    let next = j + 1;
    if ((connector === "of" || connector === "for") && this.view.norm(next) === "the") next++;
    if (next >= limit || !this.continuesName(next)) return 0;
    const previous = this.view.norm(j - 1);
    const hasHead = () => this.chunkHas(chunkFirst, j, (w) => ORG_HEAD_BEFORE_OF_SET.has(w));
    const hasOf = () => this.chunkHas(chunkFirst, j, (w) => w === "of" || w === "for");
    let allowed = false;
    if (connector === "&") allowed = true;
    else if (connector === "of") allowed = ORG_HEAD_BEFORE_OF_SET.has(previous) || TITLE_SET.has(previous) || (hasHead() && hasOf());
    else if (connector === "for") allowed = ORG_HEAD_BEFORE_OF_SET.has(previous);
    else if (connector === "on") allowed = ON_CONNECTED_HEADS.has(previous);
    else if (connector === "and") allowed = (hasHead() && hasOf()) || this.endsInOrganisationWord(next, limit);
    return allowed ? next - j : 0;
  }

  /** "Fish and Wildlife Service": the capitalised words after "and" close an organisation name. */
  private endsInOrganisationWord(first: number, limit: number): boolean {
    let k = first;
    while (k < limit && this.continuesName(k)) k++;
    return k - first >= 2 && ORG_SUFFIX_SET.has(this.view.norm(k - 1));
  }

  private chunkHas(first: number, end: number, test: (norm: string) => boolean): boolean {
    for (let k = first; k < end; k++) if (test(this.view.norm(k))) return true;
    return false;
  }

  /** Longest gazetteer entry starting at token i and ending before `limit`. */
  private gazetteerAt(i: number, limit: number): GazetteerMatch | undefined {
    const first = this.view.token(i);
    if (!first || (!this.view.upper[i] && !startsLowercaseEntry(first.text))) return undefined;
    const reach = gazetteerReach(first.text);
    if (reach === 0) return this.shoutedGazetteerAt(i);
    let best: GazetteerMatch | undefined;
    const text = this.view.text;
    const firstCode = text.charCodeAt(first.start);
    for (let j = i; j < limit; j++) {
      const token = this.view.token(j);
      if (!token || token.end - first.start > reach + 4) break;
      // The surface is the raw span unless whitespace collapses; only then can its shape differ from the span's.
      const shapeFits = gazetteerMayHold(firstCode, text.charCodeAt(token.end - 1), token.end - first.start);
      if (!shapeFits && !collapsesWhitespace(text, first.start, token.end)) continue;
      const entry = gazetteerEntry(this.view.surface(i, j + 1));
      if (entry) best = { end: j + 1, entry };
    }
    if (best?.entry.kind === "state-abbreviation" && !(this.view.norm(i - 1) === "," && this.view.upper[i - 2])) return undefined;
    return best;
  }

  /** "WASHINGTON (AP)": a one-word name written in capitals, as datelines do. */
  private shoutedGazetteerAt(i: number): GazetteerMatch | undefined {
    const text = this.view.token(i)?.text ?? "";
    // Most capitalised words have a lower-case second letter: rejected before an upper-case copy is made.
    if (text.length < 4 || isAsciiLower(text.charCodeAt(1)) || text !== text.toUpperCase() || !/^\p{Lu}+$/u.test(text)) return undefined;
    const entry = gazetteerEntry(text[0] + text.slice(1).toLowerCase());
    return entry ? { end: i + 1, entry } : undefined;
  }

  private addGazetteerMention(first: number, match: GazetteerMatch): Mention {
    const mention = this.newMention(first, match.end, match.entry.type, Strength.Evidence, `gazetteer/${match.entry.kind}`);
    mention.canonical = match.entry.canonical;
    this.mentions.push(mention);
    return mention;
  }

  private newMention(first: number, end: number, type: EntityType | undefined, strength: Strength, rule: string): Mention {
    return { first, end, type, strength, canonical: undefined, rule, role: undefined, acronym: false, headline: false };
  }

  private analyseChunk(first: number, end: number, gazetteer: GazetteerMatch | undefined): void {
    if (gazetteer && gazetteer.end === end) {
      this.addGazetteerMention(first, gazetteer);
      return;
    }
    if (gazetteer && this.isTeamName(gazetteer, end)) {
      this.mentions.push(this.newMention(first, end, "organization", Strength.Context, "place+plural/organization"));
      return;
    }
    const afterTitle = this.view.norm(first + 1);
    if (TITLE_SET.has(this.view.norm(first)) && (afterTitle === "of" || afterTitle === "for") && !this.hasPersonAfterDepartment(first, end)) {
      // "Governor of Alaska", "Secretary of State": an office, and maybe a place, but no person.
      const placeFirst = this.view.norm(first + 2) === "the" ? first + 3 : first + 2;
      if (placeFirst < end) this.analyseChunk(placeFirst, end, this.gazetteerAt(placeFirst, end));
      return;
    }
    const peel = this.peelTitle(first, end);
    if (peel) {
      if (peel.modifiersEnd > first) this.analyseChunk(first, peel.modifiersEnd, this.gazetteerAt(first, peel.modifiersEnd));
      if (peel.nameFirst < end) this.addTitledPerson(peel, end);
      return;
    }
    if (this.opensSentenceOnly(first, end)) {
      this.analyseChunk(first + 1, end, this.gazetteerAt(first + 1, end));
      return;
    }
    const mention = this.typeChunk(first, end);
    if (gazetteer && mention && mention.strength < Strength.Evidence) {
      if (this.isLooseTail(gazetteer.end, end)) {
        // "U.S. TV": a known name followed by a word that extends no name.
        this.addGazetteerMention(first, gazetteer);
        this.analyseChunk(gazetteer.end, end, this.gazetteerAt(gazetteer.end, end));
        return;
      }
    }
    if (mention) this.mentions.push(mention);
  }

  /** "Tonight Valmora ...": a chunk's first word is a sentence opener that names nothing (a titled "Former President X" was peeled before). */
  private opensSentenceOnly(first: number, end: number): boolean {
    return end - first >= 2 && this.view.initial[first] === 1 && SENTENCE_OPENER_SET.has(this.view.norm(first));
  }

  private hasPersonAfterDepartment(first: number, end: number): boolean {
    return this.firstNameAfter(first + 2, end) !== undefined || end - first > 4;
  }

  /** "Los Angeles Angels", "Boston Red Sox": a place and a plural name are a team or band. */
  private isTeamName(gazetteer: GazetteerMatch, end: number): boolean {
    if (gazetteer.entry.type !== "place" || gazetteer.end >= end) return false;
    const last = this.view.token(end - 1)?.text ?? "";
    return /[a-z]s$|Sox$/.test(last) && !PLACE_SUFFIX_SET.has(last.toLowerCase());
  }

  /** One word after a known name that the document also writes in lower case or that names nothing. */
  private isLooseTail(first: number, end: number): boolean {
    // "Democrat Hillary Clinton", "Republican Indiana": a known word before another name.
    if (isFirstName(this.view.token(first)?.text ?? "") || this.gazetteerAt(first, end)?.end === end) return true;
    if (end - first !== 1) return false;
    const token = this.view.token(first);
    if (!token) return false;
    return NON_ENTITY_ACRONYM_SET.has(token.text.replace(/\./g, "")) || this.view.writtenInLowercase(token.norm);
  }

  private addTitledPerson(peel: TitlePeel, end: number): void {
    const whole = this.gazetteerAt(peel.nameFirst, end);
    const named = whole && whole.end === end ? whole.entry : undefined;
    if (named && named.type !== "person") {
      this.addGazetteerMention(peel.nameFirst, { end, entry: named });
      return;
    }
    const typed = named ? undefined : this.typeChunk(peel.nameFirst, end);
    if (typed && typed.type !== "person" && typed.type !== undefined && typed.strength === Strength.Evidence) {
      this.mentions.push(typed);
      return;
    }
    const mention = this.newMention(peel.nameFirst, end, "person", Strength.Evidence, peel.honorific ? "honorific" : "title");
    if (named) mention.canonical = named.canonical;
    mention.role = peel.role;
    this.mentions.push(mention);
  }

  /**
   * Split a leading title off a chunk: "U.S. Sen. John McCain" -> modifiers "U.S.", role "U.S. Sen.",
   * name "John McCain"; "Secretary of State John Kerry" -> role "Secretary of State"; "Mr Putin" -> name.
   */
  private peelTitle(first: number, end: number): TitlePeel | undefined {
    const view = this.view;
    let title = -1;
    for (let k = first; k < end - 1; k++) {
      const norm = view.norm(k);
      // "Stephen King Smith"? A title right after a given name is part of the name.
      if (k > first && isFirstName(view.token(k - 1)?.text ?? "") && !this.isTitleWord(k - 1)) continue;
      const isTitle = TITLE_SET.has(norm) || isHonorific(norm) || isFormerTitle(norm) || (k === first && end - k >= 3 && isRoleWord(view.token(k)?.text ?? "", true));
      if (isTitle && !(view.token(k - 1)?.text === "-" && view.touchesNext(k - 1))) title = k;
    }
    if (title < 0) return undefined;
    // "General Manager Billy King": a role word after the title word ends the title, not the name's start.
    while (title + 2 < end && isRoleWord(view.token(title + 1)?.text ?? "", true) && !isFirstName(view.token(title + 1)?.text ?? "")) title++;
    let nameFirst = title + 1;
    if (view.norm(nameFirst) === "of" || view.norm(nameFirst) === "for") {
      // "Secretary of Health and Human Services Kathleen Sebelius": a given name starts the person.
      const given = this.firstNameAfter(nameFirst + 1, end);
      nameFirst = given ?? this.skipDepartment(nameFirst, end);
      if (given === undefined && this.officeOfBodyOrPlace(title + 1, nameFirst, end)) return undefined;
    }
    if (nameFirst >= end || this.onlySuffixes(nameFirst, end)) return undefined;
    // "Assistant Chief Fire Officer": a title before a role is one long role, no one's name ("Billy King" is one).
    if (this.endsWithRole(nameFirst, end)) return undefined;
    let blockFirst = title;
    while (blockFirst > first && this.isTitleWord(blockFirst - 1)) blockFirst--;
    const honorific = isHonorific(view.norm(title)) && nameFirst === title + 1;
    const roleEnd = honorific ? title : nameFirst;
    let roleFirst = first;
    while (roleFirst > 0 && this.isLeftRoleModifier(roleFirst - 1)) roleFirst--;
    const role = roleEnd > blockFirst ? { first: roleFirst, end: roleEnd } : undefined;
    return { modifiersEnd: blockFirst, nameFirst, role, honorific };
  }

  private isTitleWord(i: number): boolean {
    const norm = this.view.norm(i);
    return TITLE_SET.has(norm) || TITLE_MODIFIER_SET.has(norm) || isHonorific(norm);
  }

  private isLeftRoleModifier(i: number): boolean {
    const token = this.view.token(i);
    if (!token || this.view.upper[i] || token.sentence !== this.view.token(i + 1)?.sentence) return false;
    return ROLE_LEFT_MODIFIERS.has(token.norm) || TITLE_MODIFIER_SET.has(token.norm);
  }

  /** After "Secretary of": the department words, at most two, stopping at a given name. */
  private skipDepartment(ofIndex: number, end: number): number {
    let k = ofIndex + 1;
    if (this.view.norm(k) === "the") k++;
    const departmentFirst = k;
    while (k < end - 1 && k - departmentFirst < 2 && !isFirstName(this.view.token(k)?.text ?? "")) k++;
    return k === departmentFirst ? end : k;
  }

  /**
   * A role written in capitals, not a name: the words end in a role word after a word the text also writes
   * in lower case or another role word ("Fire Officer"), with no given name. "Angus King", "Sen. King" and
   * "Tom Bishop" keep their surnames.
   */
  private endsWithRole(first: number, end: number): boolean {
    if (end - first < 2 || !isRoleWord(this.view.token(end - 1)?.text ?? "", true) || this.firstNameAfter(first, end) !== undefined) return false;
    const before = this.view.token(end - 2)?.text ?? "";
    return isRoleWord(before, true) || this.view.writtenInLowercase(before.toLowerCase());
  }

  private firstNameAfter(from: number, end: number): number | undefined {
    for (let k = from; k < end; k++) if (isFirstName(this.view.token(k)?.text ?? "")) return k;
    return undefined;
  }

  /**
   * "Chair of the Federation of State Medical Boards", "Surgeon General of the United States": the words
   * after the department run on as a name's connector does, or the department and the rest are one known
   * place or body, so no person follows the office.
   */
  private officeOfBodyOrPlace(ofIndex: number, nameFirst: number, end: number): boolean {
    const departmentFirst = this.view.norm(ofIndex + 1) === "the" ? ofIndex + 2 : ofIndex + 1;
    for (let k = departmentFirst; k <= Math.min(nameFirst, end - 1); k++) if (NAME_CONNECTORS.has(this.view.norm(k))) return true;
    return this.gazetteerAt(departmentFirst, end)?.end === end;
  }

  private onlySuffixes(first: number, end: number): boolean {
    for (let k = first; k < end; k++) if (!NAME_SUFFIXES.has(this.view.norm(k))) return false;
    return true;
  }

  /** "ABOUT A BOY": a short capitalised word next to a long one is a shouted title, not an abbreviation. */
  private inShoutedRun(i: number): boolean {
    const isLongShout = (k: number) => {
      const text = this.view.token(k)?.text ?? "";
      return text.length >= 4 && /^\p{Lu}+$/u.test(text) && !gazetteerEntry(text);
    };
    return isLongShout(i - 1) || isLongShout(i + 1) || isLongShout(i - 2) || isLongShout(i + 2);
  }

  /** "FULL TEXT", "BREAKING NEWS": words in capitals for emphasis. */
  private allShouted(first: number, end: number): boolean {
    for (let k = first; k < end; k++) {
      const text = this.view.token(k)?.text ?? "";
      if (text.length < 4 || text !== text.toUpperCase() || gazetteerEntry(text)) return false;
    }
    return true;
  }

  /** One capitalised word no list covers: a common subject, an organisation word, a team, or unknown. */
  private typeSingleWord(i: number): Mention | undefined {
    const view = this.view;
    const norm = view.norm(i);
    if (COMMON_SUBJECTS.has(norm)) return undefined;
    if (view.initial[i] && !view.capitalisedInside.has(norm) && !this.speakerFollows(i + 1)) return undefined;
    if (ORG_SUFFIX_SET.has(norm)) return this.newMention(i, i + 1, "organization", Strength.Shape, "organization-word");
    const text = view.token(i)?.text ?? "";
    // "the Colts", "the Saints": a plural name after the article is a team, band or similar body.
    const next = view.token(i + 1);
    if (view.norm(i - 1) === "the" && /[a-z]s$/.test(text) && !/ss$/.test(text) && next?.norm !== "'s" && next?.pos !== "NOUN") {
      return this.newMention(i, i + 1, "organization", Strength.Shape, "the+plural/organization");
    }
    return this.newMention(i, i + 1, undefined, Strength.Guess, "proper-noun");
  }

  /** "Reshetov said": a verb of saying right after a proper noun. */
  private speakerFollows(end: number): boolean {
    const next = this.view.token(end);
    return next !== undefined && (next.pos === "VERB" || next.pos === "AUX") && PERSON_SUBJECT_VERBS.has(next.lemma);
  }

  /** "University of Utah", "Roper Center for Public Opinion Research": an organisation head before of/for. */
  private hasHeadBeforeOf(first: number, end: number): boolean {
    for (let k = first; k + 1 < end; k++) {
      const next = this.view.norm(k + 1);
      if ((next === "of" || next === "for") && ORG_HEAD_BEFORE_OF_SET.has(this.view.norm(k))) return true;
    }
    return false;
  }

  /** Type a chunk that no gazetteer entry covers, from its words and shape. */
  private typeChunk(first: number, end: number): Mention | undefined {
    const view = this.view;
    const length = end - first;
    const firstText = view.token(first)?.text ?? "";
    const firstNorm = view.norm(first);
    const lastNorm = view.norm(end - 1);
    if (this.chunkHas(first, end, (w) => !TITLE_SET.has(w) && !TITLE_MODIFIER_SET.has(w) && !isHonorific(w)) === false) return undefined;
    if (length === 1 && isAcronym(firstText)) {
      const letters = firstText.replace(/\./g, "");
      if (NON_ENTITY_ACRONYM_SET.has(letters) || view.token(first)?.pos === "VERB" || view.token(first)?.pos === "ADJ") return undefined;
      // Long all-capital words are more often emphasis or datelines ("POSTED", "LARGE") than
      // abbreviations: they stay only if the text defines them.
      if (this.inShoutedRun(first)) return undefined;
      const tentative = letters.length > 4;
      const mention = this.newMention(first, end, tentative ? undefined : "organization", tentative ? Strength.Guess : Strength.Shape, tentative ? "acronym/undefined" : "acronym");
      mention.acronym = true;
      return mention;
    }
    if (length >= 2) {
      const personLike = isFirstName(firstText) && length === 2;
      if (ORG_SUFFIX_SET.has(lastNorm) && !personLike) return this.newMention(first, end, "organization", Strength.Evidence, "suffix/organization");
      if (this.hasHeadBeforeOf(first, end)) {
        return this.newMention(first, end, "organization", Strength.Evidence, "head-of/organization");
      }
      if ((PLACE_SUFFIX_SET.has(lastNorm) || PLACE_PREFIX_SET.has(firstNorm)) && !personLike) {
        return this.newMention(first, end, "place", Strength.Evidence, "suffix/place");
      }
      if (OTHER_SUFFIX_SET.has(lastNorm) && !personLike) return this.newMention(first, end, "other", Strength.Evidence, "suffix/other");
    }
    if (isFirstName(firstText) && length >= 2 && length <= 4) return this.newMention(first, end, "person", Strength.Evidence, "first-name");
    if (length >= 2 && this.allShouted(first, end)) return undefined;
    if (length === 1) return this.typeSingleWord(first);
    if (length >= 3 && this.chunkHas(first + 1, end - 1, (w) => /^\p{L}\.$/u.test(w))) {
      return this.newMention(first, end, "person", Strength.Evidence, "middle-initial");
    }
    return this.newMention(first, end, undefined, Strength.Guess, "proper-noun");
  }

  // ---------------------------------------------------------------------------------------------
  // Acronyms, roles, unknown types

  /** "Institute for the Study of War (ISW)": the acronym takes the long form's name and type everywhere. */
  private linkAcronyms(): void {
    const mentions = this.mentions;
    for (let k = 0; k + 1 < mentions.length; k++) {
      const long = mentions[k] as Mention;
      const short = mentions[k + 1] as Mention;
      if (this.view.norm(long.end) !== "(" || short.first !== long.end + 1 || this.view.norm(short.end) !== ")") continue;
      const longText = this.view.surface(long.first, long.end);
      const shortText = this.view.surface(short.first, short.end);
      if (short.acronym && looselyAbbreviates(shortText, longText)) {
        this.acronymDefinitions.set(shortText, { type: long.type ?? "organization", canonical: long.canonical ?? bareName(longText) });
        if (long.type === undefined) {
          long.type = "organization";
          long.strength = Strength.Context;
          long.rule = "acronym-definition";
        }
      } else if (long.acronym && isAcronymOf(longText, shortText)) {
        this.acronymDefinitions.set(longText, { type: short.type ?? "organization", canonical: short.canonical ?? bareName(shortText) });
      }
    }
    for (const mention of mentions) {
      if (!mention.acronym) continue;
      const defined = this.acronymDefinitions.get(this.view.surface(mention.first, mention.end));
      if (!defined) continue;
      mention.type = defined.type;
      mention.canonical = defined.canonical;
      mention.strength = Strength.Evidence;
      mention.rule = "acronym/defined";
    }
    const kept = mentions.filter((m) => !(m.acronym && m.type === undefined));
    mentions.length = 0;
    mentions.push(...kept);
  }

  private attachRoles(): void {
    for (const mention of this.mentions) {
      if (mention.role || (mention.type !== "person" && mention.strength >= Strength.Shape)) continue;
      // "In Tulsa, an unarmed man was shot": after a locative preposition the name is a place.
      if (mention.type === undefined && LOCATIVE_PREPOSITIONS.has(this.view.norm(mention.first - 1))) continue;
      const role = this.roles.before(mention) ?? this.roles.after(mention);
      if (!role) continue;
      mention.role = role;
      if (mention.type !== "person") {
        mention.type = "person";
        mention.strength = Strength.Context;
        mention.rule = "role";
      }
    }
  }

  /** Type the chunks nothing has typed yet, from context: name parts of known people, locative cues, verbs. */
  private resolveUnknown(): void {
    const usedAlone = new Set<string>();
    for (const mention of this.mentions) if (mention.end - mention.first === 1) usedAlone.add(this.view.norm(mention.first));
    this.usedAlone = usedAlone;
    const nameParts = new Set<string>();
    const surnames = new Set<string>();
    for (const mention of this.mentions) {
      if (mention.type !== "person" || mention.end - mention.first < 2) continue;
      surnames.add(foldSurname(this.view.surname(mention.first, mention.end)));
      nameParts.add(foldName(this.view.token(mention.first)?.text ?? ""));
    }
    for (const surname of surnames) nameParts.add(surname);
    this.preferPeopleOverLists(surnames);
    this.mentions.forEach((mention, index) => {
      // "Peter Guest, Assistant Chief Fire Officer at ...": a role in capitals after a name is that person's, no other person.
      if (mention.type === undefined && mention.end - mention.first >= 2 && this.listedWithPerson(index) && !this.endsWithRole(mention.first, mention.end)) {
        mention.type = "person";
        mention.strength = Strength.Context;
        mention.rule = "list-of-people";
      }
    });
    for (const mention of this.mentions) {
      if (mention.rule === "the+plural/organization" && this.namesFamily(mention, nameParts)) {
        // "the Clintons": a family, named after the people of the article.
        mention.type = "other";
        mention.rule = "family";
      }
    }
    // Full names first: "Kari Holm ... Holm criticised" needs the full name typed before its surname is read alone.
    const untyped = this.mentions.filter((mention) => mention.type === undefined);
    const fullNames = untyped.filter((mention) => mention.end - mention.first >= 2);
    const partsForFullNames = fullNames.length > 0 ? this.withSurnamesAlone(nameParts) : nameParts;
    for (const mention of fullNames) this.typeUnknown(mention, partsForFullNames);
    const surnamesAlone = new Set(nameParts);
    // A shape guess ("RJR Nabisco" from "Nabisco" used alone) would only echo the single word back to itself.
    for (const mention of fullNames) if (mention.type === "person" && mention.strength >= Strength.Context) surnamesAlone.add(foldSurname(this.view.surname(mention.first, mention.end)));
    for (const mention of untyped) if (mention.end - mention.first === 1) this.typeUnknown(mention, surnamesAlone);
  }

  /** "Kari Holm ... Ms Holm", "... Holm said": a word standing alone as a titled or speaking person names one. */
  private withSurnamesAlone(nameParts: ReadonlySet<string>): Set<string> {
    const parts = new Set(nameParts);
    for (const mention of this.mentions) {
      if (mention.end - mention.first !== 1) continue;
      const titled = mention.type === "person" && (mention.rule === "honorific" || mention.rule === "title");
      if (titled || (mention.type === undefined && this.speakerFollows(mention.end))) parts.add(foldSurname(this.view.token(mention.first)?.text ?? ""));
    }
    return parts;
  }

  private typeUnknown(mention: Mention, nameParts: ReadonlySet<string>): void {
    const typed = this.typeFromContext(mention, nameParts);
    mention.type = typed.type;
    mention.strength = typed.strength;
    mention.rule = typed.rule;
  }

  /** "the Clintons": a plural of a name part of the article's people. */
  private namesFamily(mention: Mention, nameParts: ReadonlySet<string>): boolean {
    const plural = this.view.surface(mention.first, mention.end);
    return nameParts.has(foldSurname(plural)) || nameParts.has(foldSurname(plural.replace(/e?s$/, "")));
  }

  /**
   * "Phil Ford ... Ford finished his career": a listed one-word name ("Ford" the company) that is the
   * surname of a person the article names in full stands for that person, unless a place preposition precedes it.
   */
  private preferPeopleOverLists(surnames: ReadonlySet<string>): void {
    for (const mention of this.mentions) {
      if (mention.end - mention.first !== 1 || mention.type === "person" || !mention.rule.startsWith("gazetteer/")) continue;
      const before = this.view.norm(mention.first - 1);
      if (LOCATIVE_PREPOSITIONS.has(before) || before === "the" || !surnames.has(foldSurname(this.view.token(mention.first)?.text ?? ""))) continue;
      mention.type = "person";
      mention.canonical = undefined;
      mention.rule = "name-part-over-list";
    }
  }

  /** "Oprah Winfrey, Will Smith and Stevie Wonder": a name listed right next to a person's name. */
  private listedWithPerson(index: number): boolean {
    const mention = this.mentions[index] as Mention;
    const isPersonNeighbour = (other: Mention | undefined, gapFirst: number, gapEnd: number) => {
      if (!other || other.type !== "person" || other.strength < Strength.Evidence) return false;
      if (gapEnd - gapFirst < 1 || gapEnd - gapFirst > 2) return false;
      for (let k = gapFirst; k < gapEnd; k++) if (!LIST_JOINERS.has(this.view.norm(k))) return false;
      return true;
    };
    const previous = this.mentions[index - 1];
    const next = this.mentions[index + 1];
    return isPersonNeighbour(previous, previous?.end ?? 0, mention.first) || isPersonNeighbour(next, mention.end, next?.first ?? 0);
  }

  private typeFromContext(mention: Mention, nameParts: ReadonlySet<string>): { type: EntityType; strength: Strength; rule: string } {
    const view = this.view;
    const length = mention.end - mention.first;
    const text = view.surface(mention.first, mention.end);
    const lastText = view.token(mention.end - 1)?.text ?? "";
    if (nameParts.has(foldSurname(length === 1 ? text : lastText))) return { type: "person", strength: Strength.Context, rule: "name-part" };
    const before = view.norm(mention.first - 1);
    const after = view.norm(mention.end);
    if (LOCATIVE_PREPOSITIONS.has(before) && after !== "'s") return { type: "place", strength: Strength.Context, rule: "context/locative" };
    if (after === "," && gazetteerEntry(view.token(mention.end + 1)?.text ?? "")?.type === "place" && view.norm(mention.end + 2) !== "and") {
      return { type: "place", strength: Strength.Context, rule: "context/place-comma" };
    }
    const next = view.token(mention.end);
    // "The Hollywood Reporter said": a name ending in a role noun is a publication or a body, not a person.
    if (isRoleWord(lastText, true)) return { type: "other", strength: Strength.Guess, rule: "proper-noun/role-ending" };
    const commonWord = length === 1 && view.writtenInLowercase(view.norm(mention.first));
    // "A spokeswoman for Harlow Rail said": the role is who speaks; the name it serves is no subject of the verb.
    const servedByRole = (before === "for" || before === "of") && isRoleWord(view.token(mention.first - 2)?.text ?? "", true);
    if (next && !commonWord && !servedByRole && (next.pos === "VERB" || next.pos === "AUX") && PERSON_SUBJECT_VERBS.has(next.lemma)) {
      return { type: "person", strength: Strength.Context, rule: "context/speaker" };
    }
    if (length >= 2 && length <= 3 && next && !servedByRole && MIND_SUBJECT_VERBS.has(next.lemma) && (next.pos === "VERB" || next.pos === "AUX") && this.spelledAsPersonName(mention.first, mention.end)) {
      return { type: "person", strength: Strength.Context, rule: "context/mind" };
    }
    const said = view.token(mention.first - 1);
    if (said && said.pos === "VERB" && SPEECH_LEMMAS_BEFORE.has(said.lemma) && (after === "." || after === ",")) {
      return { type: "person", strength: Strength.Context, rule: "context/speaker" };
    }
    if (length >= 2 && length <= 3 && this.ageFollows(mention.end)) return { type: "person", strength: Strength.Context, rule: "context/age" };
    if (length >= 2 && length <= 3 && this.opensOnInitials(mention.first, mention.end)) return { type: "person", strength: Strength.Shape, rule: "shape/initials" };
    if (length === 1 && wellKnownWithSurname(text).length > 0) return { type: "person", strength: Strength.Context, rule: "gazetteer/surname" };
    if (hasSurnameEnding(lastText)) return { type: "person", strength: Strength.Shape, rule: "shape/surname" };
    // Two capitalised words and the second used alone elsewhere: a given name and a surname ("Jeh Johnson ... Johnson").
    const lastNorm = view.norm(mention.end - 1);
    const firstWord = view.token(mention.first)?.text ?? "";
    if (length === 2 && this.usedAlone.has(lastNorm) && !COMMON_NAME_STARTS.has(view.norm(mention.first)) && !gazetteerEntry(firstWord) && !this.chunkHas(mention.first, mention.end, (w) => view.writtenInLowercase(w))) {
      return { type: "person", strength: Strength.Shape, rule: "shape/two-names" };
    }
    return { type: "other", strength: Strength.Guess, rule: "proper-noun" };
  }

  /**
   * "Ola Dahl" but not "Acme Shipping" or "Nordic Ferries": every word is a capitalised name the text never writes in
   * lower case, and the last reads as no gerund or plural (surnames such as "Jones" lose little: they also take "said").
   */
  private spelledAsPersonName(first: number, end: number): boolean {
    for (let k = first; k < end; k++) {
      const text = this.view.token(k)?.text ?? "";
      if (!/^\p{Lu}\p{Ll}/u.test(text) || this.view.writtenInLowercase(this.view.norm(k)) || COMMON_NAME_STARTS.has(this.view.norm(k))) return false;
    }
    return !/(ing|[^s]s)$/.test(this.view.norm(end - 1));
  }

  /** "Kari Holm, 54,": an age set off by commas right after a name is a person's. */
  private ageFollows(end: number): boolean {
    const age = this.view.token(end + 1);
    if (this.view.norm(end) !== "," || !age || !/^\d{1,3}$/.test(age.text) || age.sentence !== this.view.token(end)?.sentence) return false;
    const years = Number(age.text);
    const after = this.view.norm(end + 2);
    return years >= 10 && years < 120 && (after === "," || after === ".");
  }

  /**
   * "T.R. Fehrenbach", "C. Lowell Brandt": initials standing for given names, before words spelt as names. A lone letter
   * before one word may be a list's label ("letters A through I. Survey I showed"), so it needs a middle name too.
   */
  private opensOnInitials(first: number, end: number): boolean {
    const text = this.view.token(first)?.text ?? "";
    if (!/^(\p{Lu}\.){1,3}$/u.test(text) || gazetteerEntry(text) || NON_ENTITY_ACRONYM_SET.has(text.replace(/\./g, ""))) return false;
    if (text.length === 2 && end - first < 3) return false;
    for (let k = first + 1; k < end; k++) if (!/^\p{Lu}\p{Ll}+$/u.test(this.view.token(k)?.text ?? "")) return false;
    return true;
  }

  /** Mentions of one name share the best-supported type ("Malibu" typed by "in Malibu" everywhere). */
  private spreadTypes(): void {
    const mentions = this.mentions;
    // One folded name per mention, read twice below.
    const keys = mentions.map((mention) => foldName(this.view.surface(mention.first, mention.end)));
    const best = new Map<string, Mention>();
    for (let k = 0; k < mentions.length; k++) {
      const mention = mentions[k] as Mention;
      const current = best.get(keys[k] as string);
      if (!current || mention.strength > current.strength) best.set(keys[k] as string, mention);
    }
    for (let k = 0; k < mentions.length; k++) {
      const mention = mentions[k] as Mention;
      const winner = best.get(keys[k] as string);
      if (!winner || winner === mention || winner.strength <= mention.strength || winner.type === mention.type) continue;
      mention.type = winner.type;
      mention.strength = winner.strength;
      mention.rule = `${mention.rule}+same-name`;
      if (winner.canonical && !mention.canonical) mention.canonical = winner.canonical;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Canonical names

  private canonicalise(): void {
    const fullNames = this.mentions.filter((m) => m.type === "person" && m.end - m.first >= 2);
    const people = new PersonNames(this.view, fullNames);
    for (const mention of this.mentions) {
      if (mention.canonical) continue;
      const surface = bareName(this.view.surface(mention.first, mention.end));
      mention.canonical = mention.type === "person" ? (people.canonicalOf(mention) ?? surface) : surface;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Headlines

  /** Title-case lines ("Trump Says He Will Release Records"): capitals there say nothing about names. */
  private isHeadline(sentence: Sentence): boolean {
    const words = this.view.words[sentence.index] ?? 0;
    const capitalised = this.view.capitalisedWords[sentence.index] ?? 0;
    // Title case capitalises every word but the small ones; a sentence full of names still has lower-case verbs.
    if (words < 3 || capitalised < 0.9 * words) return false;
    // Headlines stand on their own line; a title-case run inside a paragraph is a sentence full of names
    // that the sentence splitter cut short ("Sen. John McCain (R-Ariz.)").
    return this.isOwnLine(sentence);
  }

  private isOwnLine(sentence: Sentence): boolean {
    const text = this.doc.article.text;
    const previous = this.doc.sentences[sentence.index - 1];
    const next = this.doc.sentences[sentence.index + 1];
    const breakBefore = !previous || text.slice(previous.end, sentence.start).includes("\n");
    const breakAfter = !next || text.slice(sentence.end, next.start).includes("\n");
    return breakBefore && breakAfter;
  }

  /** Names found in the body, by surface form: what a headline may repeat. */
  private knownNames(): Map<string, Known> {
    const known = new Map<string, Known>();
    const surnames = new Map<string, Set<string>>();
    for (const mention of this.mentions) {
      if (!mention.type || !mention.canonical) continue;
      const surface = this.view.surface(mention.first, mention.end);
      known.set(surface, { type: mention.type, canonical: mention.canonical });
      if (mention.type === "person") {
        const last = this.view.surname(mention.first, mention.end);
        const set = surnames.get(last) ?? new Set<string>();
        set.add(mention.canonical);
        surnames.set(last, set);
      }
    }
    for (const [surname, canonicals] of surnames) {
      if (canonicals.size === 1 && !known.has(surname)) known.set(surname, { type: "person", canonical: [...canonicals][0] as string });
    }
    for (const [acronym, definition] of this.acronymDefinitions) known.set(acronym, definition);
    return known;
  }

  private scanHeadline(sentence: Sentence, known: ReadonlyMap<string, Known>): void {
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const mention = this.headlineMentionAt(i, sentence.tokenEnd, known);
      if (mention) {
        mention.headline = true;
        this.mentions.push(mention);
        i = mention.end;
      } else {
        i++;
      }
    }
  }

  private headlineMentionAt(i: number, limit: number, known: ReadonlyMap<string, Known>): Mention | undefined {
    const view = this.view;
    if (!view.upper[i] && !gazetteerReach(view.token(i)?.text ?? "")) return undefined;
    let best: Mention | undefined;
    for (let j = i; j < limit && j - i < 6; j++) {
      const surface = view.surface(i, j + 1);
      const hit = known.get(surface);
      if (hit) {
        best = this.newMention(i, j + 1, hit.type, Strength.Evidence, "headline/known");
        best.canonical = hit.canonical;
      }
    }
    const gazetteer = this.gazetteerAt(i, limit);
    if (gazetteer && (!best || gazetteer.end > best.end)) {
      best = this.newMention(i, gazetteer.end, gazetteer.entry.type, Strength.Evidence, `headline/gazetteer/${gazetteer.entry.kind}`);
      best.canonical = gazetteer.entry.canonical;
    }
    const given = view.token(i)?.text ?? "";
    if (!best && isFirstName(given) && !AMBIGUOUS_GIVEN_NAMES.has(given) && i + 1 < limit && this.continuesName(i + 1) && !this.modalBeforeVerb(i + 1)) {
      let end = i + 2;
      if (/^\p{Lu}\.$/u.test(view.token(i + 1)?.text ?? "") && end < limit && this.continuesName(end)) end++;
      best = this.newMention(i, end, "person", Strength.Evidence, "headline/first-name");
      best.canonical = bareName(view.surface(i, end));
    }
    return best;
  }

  /** "Lena May Win Seat": in title case a modal before a bare verb is the modal, not a surname. */
  private modalBeforeVerb(i: number): boolean {
    const verb = this.view.token(i + 1);
    // The verb must be the headline's own: the line after it may open on an imperative ("Come early").
    return MODALS.has(this.view.norm(i)) && verbInflection(verb) === "plain" && verb?.sentence === this.view.token(i)?.sentence;
  }

  // ---------------------------------------------------------------------------------------------
  // Output

  private toEntities(): Entity[] {
    const text = this.doc.article.text;
    const entities: Entity[] = [];
    const sorted = [...this.mentions].sort((a, b) => a.first - b.first);
    for (const mention of sorted) {
      const firstToken = this.view.token(mention.first);
      const lastToken = this.view.token(mention.end - 1);
      if (!firstToken || !lastToken || !mention.type) continue;
      const start = firstToken.start;
      const end = lastToken.end;
      const entity: Entity = {
        start,
        end,
        text: text.slice(start, end),
        type: mention.type,
        canonical: mention.canonical ?? bareName(text.slice(start, end)),
        sentence: firstToken.sentence,
        rule: mention.rule,
      };
      const role = mention.role ? this.rangeOf(mention.role) : undefined;
      if (role) entity.role = role;
      entities.push(entity);
    }
    return entities;
  }

  private rangeOf(range: TokenRange): Entity["role"] {
    const first = this.view.token(range.first);
    const last = this.view.token(range.end - 1);
    if (!first || !last) return undefined;
    return { start: first.start, end: last.end, text: this.doc.article.text.slice(first.start, last.end) };
  }
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** An acronym in brackets after a name abbreviates it when its letters follow the name's capitals in order. */
function looselyAbbreviates(acronym: string, long: string): boolean {
  if (isAcronymOf(acronym, long)) return true;
  const letters = acronym.replace(/[^A-Za-z]/g, "").toUpperCase();
  const capitals = long.replace(/[^\p{Lu}]/gu, "");
  if (letters.length < 2 || capitals[0] !== letters[0]) return false;
  let k = 0;
  for (const c of capitals) if (c === letters[k]) k++;
  return k === letters.length;
}
