import { readFileSync } from 'node:fs';
import type { WordList } from '@firebreak/shared';
import wordListPath from 'word-list';

/**
 * Ordinary English words (`word-list`: ~274,000 lower-case words from Scrabble-style dictionaries, no names),
 * read once on first use (~2.7 MB). The learned layer reads a lower-case word it does not hold, in a
 * subject's or agent's place, as a name (round 15b, `learningSentences`). Server only: the browser's rules
 * never load it.
 */
let english: ReadonlySet<string> | null = null;

export function englishWords(): WordList {
  english ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return english;
}
