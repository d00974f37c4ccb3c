// Exact substring search for Chinese on top of Pagefind. Pagefind splits Chinese into dictionary
// words at build time and splits queries differently in the browser, so a typed phrase often fails
// to match or matches unrelated pages. Instead, the indexer adds, after each block of text, one ASCII
// token per pair of neighbouring characters (Han, digits, Latin letters); a query becomes the same
// token sequence and is searched as an exact phrase. Adjacent tokens in the index mean adjacent
// characters in the text, so a phrase match means the text contains what was typed.
// Used by the build (src/lib/index-html.ts) and the browser (src/client/search/), so both sides
// always encode alike.

/** Every token starts with this letter and has 6 base-36 digits: two code points of 3 digits each. */
const TOKEN_PREFIX = 'q';
/**
 * Marks where a run of characters ends (punctuation, spaces, block ends), so pairs never bridge it:
 * 'qy' and the run's last character (3 digits). One break token for all runs would be the commonest
 * word of the index, its list of places the largest chunk, fetched by every query with punctuation;
 * keyed by the last character it is split into thousands of small ones.
 */
const BREAK_PREFIX = 'qy';
const TOKEN_PATTERN = /\bq(?:[0-9a-z]{6}|y[0-9a-z]{3})\b/g;
const WHOLE_TOKEN = /^q(?:[0-9a-z]{6}|y[0-9a-z]{3})$/;

/** Characters that take part in pairs: Han ideographs, digits and Latin letters. Code points past
 * 46655 (three base-36 digits) — rare CJK extensions outside the Basic Plane — act as breaks. */
const WORD_CHAR = /[\p{Script=Han}0-9a-z]/u;
const MAX_CODE_POINT = 36 ** 3 - 1;

function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char) && char.codePointAt(0)! <= MAX_CODE_POINT;
}

/**
 * Folds text the way both sides compare it: NFKC (full-width digits and letters to ASCII, 〇 stays),
 * lower case.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function encode(char: string): string {
  return char.codePointAt(0)!.toString(36).padStart(3, '0');
}

/**
 * Splits text into runs of word characters. 第26条（试行） → ['第26条', '试行'].
 */
export function wordRuns(text: string): string[] {
  const runs: string[] = [];
  let current = '';
  for (const char of normalizeForSearch(text)) {
    if (isWordChar(char)) {
      current += char;
    } else if (current) {
      runs.push(current);
      current = '';
    }
  }
  if (current) runs.push(current);
  return runs;
}

/** The break token after a run: keyed by its last character. */
export function breakToken(run: string): string {
  const chars = [...run];
  return `${BREAK_PREFIX}${encode(chars[chars.length - 1]!)}`;
}

/** The pair tokens of one run: 任前公示 → [任前, 前公, 公示] encoded. */
function runTokens(run: string): string[] {
  const chars = [...run];
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(`${TOKEN_PREFIX}${encode(chars[i]!)}${encode(chars[i + 1]!)}`);
  return tokens;
}

/**
 * Index side: the tokens to append after a block of text, each run followed by its break token.
 * Returns '' when the text has no pair of word characters.
 */
export function indexTokens(text: string): string {
  const runs = wordRuns(text).filter((r) => [...r].length >= 2);
  return runs.map((r) => `${runTokens(r).join(' ')} ${breakToken(r)}`).join(' ');
}

/**
 * Query side: the exact-phrase query for one typed word, or null when it has fewer than two word
 * characters (nothing to pair). Punctuation inside the word splits it into runs that must appear
 * in order, each run separated by its break, e.g. 党委（党组） → "党委 break(委) 党组".
 */
export function phraseQuery(word: string): string | null {
  const runs = wordRuns(word).filter((r) => [...r].length >= 2);
  if (runs.length === 0) return null;
  return `"${runs.map((r, i) => `${runTokens(r).join(' ')}${i < runs.length - 1 ? ` ${breakToken(r)}` : ''}`).join(' ')}"`;
}

/** Removes index tokens (and the zero-width spaces Pagefind puts between words) from text. */
export function stripTokens(text: string): string {
  return text.replace(TOKEN_PATTERN, '').replace(/\u200b/g, '').replace(/[ \t]{2,}/g, ' ');
}

/** True for a word that is one of our tokens. */
export function isToken(word: string): boolean {
  return WHOLE_TOKEN.test(word);
}

/**
 * A stored fragment's content (Pagefind's words, joined by U+200B) with every token word emptied:
 * the tokens are needed in the index, where phrases are matched, not in the text fetched for each
 * result. Each word keeps its position, so Pagefind's locations and anchors stay right.
 */
export function emptyTokenSlots(content: string): string {
  // One pass over text that can run to megabytes: a token is a whole word, spaces around it.
  return content.replace(TOKEN_WORD, '');
}

/** A token as one of Pagefind's words: between U+200B separators (or the ends), with its spaces. */
const TOKEN_WORD = /(?<=^|\u200b)[ \t\n]*q(?:[0-9a-z]{6}|y[0-9a-z]{3})[ \t\n]*(?=\u200b|$)/g;
