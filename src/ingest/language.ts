/**
 * A cheap "is this English?" check. The annotators are English-only, so a report in another language
 * would produce noise findings; catching it here costs one pass over a sample of the text.
 *
 * Two signals: the share of letters in the Latin script, and which language's most common function
 * words cover most of the text. English is judged against its Latin-script neighbours rather than on
 * its own, because a short English text can have few function words ("Woman shoots co-workers at
 * plant") and still have far more of them than of French or German ones.
 */

export type LanguageVerdict = { verdict: "english" | "not-english" | "unknown"; detail: string };

const SAMPLE_CHARS = 20_000;
const MIN_WORDS = 15;
const MIN_LETTERS = 60;
const MIN_LATIN_SHARE = 0.5;
/** English text with a share at or above this is English whatever the other counts say. */
const CLEARLY_ENGLISH_SHARE = 0.2;

const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  English: words(
    "the of and to a in that is was for on with as by at from it he she his her they are were be been has have had said " +
      "not this which who an or but will would their its after when about than there we you",
  ),
  French: words(
    "le la les de des du un une et est en que qui dans pour pas sur au aux avec par il elle ils ont été son sa ses ce cette " +
      "mais plus selon sont leur été était être fait",
  ),
  German: words(
    "der die das und ist nicht ein eine einen dem den des zu mit von auf für im sich auch als wurde werden hat sind bei nach " +
      "aus sie er es war wird oder noch",
  ),
  Spanish: words(
    "el la los las de del y que en un una es por con para se no al lo su sus como más pero fue ha han según sobre este esta " +
      "entre también",
  ),
  Italian: words(
    "il lo la gli le di del della e che è un una per con non si sono ha da dei nel alla anche più delle questo stato come " +
      "essere",
  ),
  Portuguese: words(
    "o os as de do da dos das e que em um uma para com não por se no na foi é mais seu sua ao pelo pela também são está",
  ),
  Dutch: words("de het een en van is dat op te met voor niet zijn er aan als bij ook door werd naar maar heeft om nog wordt"),
};

const WORD = /\p{L}+/gu;
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

export function guessEnglish(text: string): LanguageVerdict {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = count(sample, LETTER);
  if (letters >= MIN_LETTERS) {
    const latinShare = count(sample, LATIN_LETTER) / letters;
    if (latinShare < MIN_LATIN_SHARE) {
      return { verdict: "not-english", detail: `${percent(1 - latinShare)} of its letters are not in the Latin alphabet` };
    }
  }
  const tokens = (sample.match(WORD) ?? []).map((w) => w.toLowerCase());
  if (tokens.length < MIN_WORDS) return { verdict: "unknown", detail: `too short to tell (${tokens.length} words)` };
  const shares = Object.entries(FUNCTION_WORDS).map(([language, set]) => ({ language, share: tokens.filter((t) => set.has(t)).length / tokens.length }));
  const english = shares.find((s) => s.language === "English")!.share;
  const best = shares.filter((s) => s.language !== "English").sort((a, b) => b.share - a.share)[0]!;
  const detail = `${percent(english)} of its words are common English words`;
  if (english >= CLEARLY_ENGLISH_SHARE || english >= best.share) return { verdict: "english", detail };
  return { verdict: "not-english", detail: `it reads like ${best.language}: ${percent(best.share)} of its words are common ${best.language} words, ${percent(english)} English ones` };
}

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(" "));
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}
