import { readFileSync } from 'node:fs';
import type { WordList } from '@firebreak/shared';
import wordListPath from 'word-list';

/**
 * Ordinary English words (`word-list`: ~274,000 lower-case ASCII words from Scrabble-style dictionaries, no
 * names), read once on first use. The learned layer reads a word it does not hold as a name in some places
 * (rounds 15b and 16a, `learningSentences`). Server only: the browser's rules never load it.
 *
 * The words are kept in one byte buffer, with an open-addressing hash table of their offsets, rather than as
 * a `Set` of 274,000 strings: the garbage collector walks every string of a `Set` on each full collection (a
 * few milliseconds each time, measured as a slower first review after a pause), and a buffer and two typed
 * arrays are one object each (about 7 MB). A lookup hashes the word's characters and compares them with the
 * buffer's bytes in place, allocating nothing. It replaced a binary search over the sorted buffer (round 18),
 * whose ~18 `Buffer.compare` calls per lookup were a fifth of a warm page's review.
 */
class WordTable implements WordList {
  private readonly text: Uint8Array;
  private readonly starts: Uint32Array;
  /** Index into `starts` + 1 of the word in each slot; 0 is an empty slot. */
  private readonly slots: Uint32Array;
  private readonly mask: number;

  constructor(words: string[]) {
    const unique = [...new Set(words.filter(Boolean))];
    this.text = Buffer.from(unique.join(''), 'latin1');
    this.starts = new Uint32Array(unique.length + 1);
    let size = 1;
    while (size < unique.length * 2) size *= 2;
    this.slots = new Uint32Array(size);
    this.mask = size - 1;
    let at = 0;
    for (const [i, word] of unique.entries()) {
      this.starts[i] = at;
      at += word.length;
      let slot = hash(word) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
    }
    this.starts[unique.length] = at;
  }

  has(word: string): boolean {
    if (!word) return false;
    for (let slot = hash(word) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot];
      if (entry === 0) return false;
      if (this.holds(entry - 1, word)) return true;
    }
  }

  private holds(i: number, word: string): boolean {
    const start = this.starts[i];
    if (this.starts[i + 1] - start !== word.length) return false;
    for (let k = 0; k < word.length; k++) if (this.text[start + k] !== word.charCodeAt(k)) return false;
    return true;
  }
}

/** FNV-1a over the word's UTF-16 code units (the listed words are ASCII, so a word with any other character is never found). */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

let english: WordList | null = null;

export function englishWords(): WordList {
  english ??= new WordTable(readFileSync(wordListPath, 'utf8').split('\n'));
  return english;
}
