import { readFileSync } from 'node:fs';
import type { WordList } from '@firebreak/shared';
import wordListPath from 'word-list';

/**
 * Ordinary English words (`word-list`: ~274,000 lower-case words from Scrabble-style dictionaries, no names),
 * read once on first use. The learned layer reads a word it does not hold as a name in some places (rounds
 * 15b and 16a, `learningSentences`). Server only: the browser's rules never load it.
 *
 * The words are kept sorted in one buffer with an array of offsets, and looked up by binary search, rather
 * than as a `Set` of 274,000 strings: the garbage collector walks every string of a `Set` on each full
 * collection (a few milliseconds each time, measured as a slower first review after a pause), and a buffer
 * and a typed array are one object each. About 3 MB; a lookup is ~18 comparisons.
 */
class SortedWords implements WordList {
  private readonly text: Buffer;
  private readonly starts: Uint32Array;

  constructor(words: string[]) {
    // The words are ASCII: the default (UTF-16) order is the bytes' order, which the search compares.
    const sorted = [...new Set(words.filter(Boolean))].sort();
    this.text = Buffer.from(sorted.join('\n'));
    this.starts = new Uint32Array(sorted.length + 1);
    let at = 0;
    for (const [i, word] of sorted.entries()) {
      this.starts[i] = at;
      at += Buffer.byteLength(word) + 1;
    }
    this.starts[sorted.length] = at;
  }

  has(word: string): boolean {
    const key = Buffer.from(word);
    let low = 0;
    let high = this.starts.length - 2;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const order = this.text.compare(key, 0, key.length, this.starts[mid], this.starts[mid + 1] - 1);
      if (order === 0) return true;
      if (order < 0) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  }
}

let english: WordList | null = null;

export function englishWords(): WordList {
  english ??= new SortedWords(readFileSync(wordListPath, 'utf8').split('\n'));
  return english;
}
