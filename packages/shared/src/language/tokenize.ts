import type { Token } from './types.ts';

const SENTENCE_END = new Set(['.', '!', '?']);
const OPENERS = new Set([':', '-', '*', '•', '(', '"', '“', '‘', '>', '–', '—']);
const JOINERS = new Set(["'", '’', '.', ':', '-', '/']);
/** Titles written with a full stop that always stands before a name ("Dr. Mansour"): the stop never ends a sentence. */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'capt', 'lt', 'sgt', 'ing', 'lic']);
/**
 * Abbreviations written with a full stop inside a sentence ("at 2 a.m. without", "e.g. the cache"): the stop
 * ends a sentence only when the next word starts with a capital (or nothing follows).
 */
const INNER_ABBREVIATIONS = new Set(['a.m', 'p.m', 'e.g', 'i.e', 'vs', 'approx', 'cf', 'incl', 'esp']);
const MIN_QUOTED_WORDS = 4;
const MAX_QUOTED_TOKENS = 300;
/** Words whose "'s" is "is"/"has", not a possessive. */
const CONTRACTED = new Set(['it', 'let', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'how']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/**
 * Splits text into word and punctuation tokens with UTF-16 offsets, sentence indices and
 * quotation/heading flags. Words may contain inner apostrophes, hyphens, dots, colons and slashes
 * ("didn't", "on-call", "v2.3", "12:40"). A hand-written scanner: one pass, no backtracking.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let newlineBefore = false;
  let pos = 0;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (isSpace(text, pos, code)) {
      if (code === 10) newlineBefore = true;
      pos += 1;
      continue;
    }
    const start = pos;
    const handle = code === 64 && isWordChar(text, pos + 1); // "@alice"
    if (handle || isWordChar(text, pos)) {
      pos = scanWord(text, handle ? pos + 1 : pos);
    } else {
      pos += width(text, pos); // keep surrogate pairs together
    }
    const previous = tokens[tokens.length - 1];
    if (previous && (newlineBefore || (SENTENCE_END.has(previous.text) && !isAbbreviationStop(tokens, text, start)))) sentence += 1;
    tokens.push(makeToken(text.slice(start, pos), start, sentence, previous, newlineBefore));
    newlineBefore = false;
  }
  markQuotations(tokens);
  markHeadings(tokens);
  return tokens;
}

/** A title written with a full stop before a name ("Dr", "Ms"), in lower case. */
export const isTitle = (norm: string): boolean => TITLES.has(norm);

/** Whether the full stop just pushed closes an abbreviation inside the sentence, given where the next token starts. */
function isAbbreviationStop(tokens: readonly Token[], text: string, next: number): boolean {
  const stop = tokens[tokens.length - 1];
  const word = tokens[tokens.length - 2];
  if (stop.text !== '.' || !word?.isWord || word.end !== stop.start) return false;
  if (TITLES.has(word.norm)) return true;
  if (isInitialStop(tokens, text, next)) return true;
  return INNER_ABBREVIATIONS.has(word.norm) && !isUpper(text[next]) && text[next] !== '"' && text[next] !== '“';
}

/** Words after which an initial starts a name ("approved by J. Okafor"). */
const INITIAL_LEADS = new Set(['by', 'to', 'from', 'with', 'and', 'for', 'cc', 'ask', 'asked', 'paged', 'called', 'told', 'thanks']);

/**
 * An initial before a surname ("At fault: P. Norbu", "approved by J. Okafor"): a lone capital letter after
 * punctuation, at the start, or after a word that leads to a name, with a capitalised word next. Not "Plan B. Then".
 */
function isInitialStop(tokens: readonly Token[], text: string, next: number): boolean {
  const letter = tokens[tokens.length - 2];
  const before = tokens[tokens.length - 3];
  if (!/^\p{Lu}$/u.test(letter.text) || !isUpper(text[next] ?? '') || text[next + 1] === undefined) return false;
  if (!/\p{Ll}/u.test(text[next + 1])) return false;
  return !before || !before.isWord || INITIAL_LEADS.has(before.norm);
}

function scanWord(text: string, from: number): number {
  let pos = from;
  while (pos < text.length && isWordChar(text, pos)) pos += width(text, pos);
  while (pos + 1 < text.length && JOINERS.has(text[pos]) && isWordChar(text, pos + 1)) {
    pos += 1;
    while (pos < text.length && isWordChar(text, pos)) pos += width(text, pos);
  }
  if (text[pos] === "'" || text[pos] === '’') pos += 1; // "engineers'"
  return pos;
}

function makeToken(raw: string, start: number, sentence: number, previous: Token | undefined, newline: boolean): Token {
  let norm = raw.toLowerCase();
  if (norm.includes('’')) norm = norm.replaceAll('’', "'");
  const isWord = raw.length > 1 || LETTER_OR_DIGIT.test(raw);
  let possessive = false;
  let base = norm;
  if (isWord && norm.includes("'")) {
    possessive = (norm.endsWith("'s") && norm.length > 2 && !CONTRACTED.has(norm.slice(0, -2))) || (norm.endsWith("s'") && norm.length > 2);
    base = possessive ? norm.replace(/'s?$/, '') : norm.replace(/'$/, '');
  }
  return {
    text: raw,
    norm,
    base,
    start,
    end: start + raw.length,
    isWord,
    possessive,
    titleCase: isWord && isTitleCase(raw),
    sentenceStart: !previous || previous.sentence !== sentence || OPENERS.has(previous.text) || newline,
    sentence,
    quoted: false,
    heading: false,
    documentName: false,
    documentWord: false,
  };
}

function isSpace(text: string, pos: number, code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && SPACE.test(text[pos]);
}

function isWordChar(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  if (Number.isNaN(code)) return false;
  return LETTER_OR_DIGIT.test(text.slice(pos, pos + width(text, pos)));
}

/** UTF-16 length of the character at `pos` (2 for a surrogate pair). */
function width(text: string, pos: number): number {
  const code = text.charCodeAt(pos);
  return code >= 0xd800 && code <= 0xdbff && pos + 1 < text.length ? 2 : 1;
}

/** Upper-case first letter followed by a lower-case one ("Bob", "@Bob"; not "API", not "I"). */
function isTitleCase(raw: string): boolean {
  const offset = raw[0] === '@' ? 1 : 0;
  const first = raw[offset];
  const second = raw[offset + 1];
  if (first === undefined || second === undefined) return false;
  return isUpper(first) && second !== second.toUpperCase();
}

function isUpper(char: string): boolean {
  return char !== char.toLowerCase();
}

/** Marks tokens inside quotations of at least four words: reported speech is evidence, not prose. */
function markQuotations(tokens: Token[]): void {
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (open >= 0 && i - open > MAX_QUOTED_TOKENS) open = -1; // a stray inch mark is not a quotation
    const text = tokens[i].text;
    const opens = text === '“' || (text === '"' && open < 0);
    const closes = text === '”' || (text === '"' && open >= 0);
    if (opens && open < 0) {
      open = i;
    } else if (closes && open >= 0) {
      let wordCount = 0;
      for (let k = open + 1; k < i; k++) if (tokens[k].isWord) wordCount += 1;
      if (wordCount >= MIN_QUOTED_WORDS) for (let k = open + 1; k < i; k++) tokens[k].quoted = true;
      open = -1;
    }
  }
}

/** The token ranges `[first, last]` (inclusive) of each sentence, in order. */
export function sentenceSpans(tokens: readonly Token[]): [number, number][] {
  const spans: [number, number][] = [];
  let first = 0;
  while (first < tokens.length) {
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].sentence === tokens[first].sentence) last += 1;
    spans.push([first, last]);
    first = last + 1;
  }
  return spans;
}

/** Marks sentences written in Title Case ("Database Failover Broke Replication") as headings. */
function markHeadings(tokens: Token[]): void {
  for (const [first, last] of sentenceSpans(tokens)) {
    let wordCount = 0;
    let capitalised = 0;
    for (let k = first; k <= last; k++) {
      if (!tokens[k].isWord) continue;
      wordCount += 1;
      if (isUpper(tokens[k].text[0])) capitalised += 1;
    }
    if (wordCount >= 4 && capitalised / wordCount >= 0.7) {
      for (let k = first; k <= last; k++) tokens[k].heading = true;
    }
  }
}

/** Index of the first word within `distance` tokens after `i` that passes `test`; -1 at punctuation or none. */
export function findAhead(tokens: readonly Token[], i: number, distance: number, test: (token: Token, index: number) => boolean): number {
  for (let k = i + 1; k <= i + distance && k < tokens.length; k++) {
    if (!tokens[k].isWord) return -1;
    if (test(tokens[k], k)) return k;
  }
  return -1;
}
