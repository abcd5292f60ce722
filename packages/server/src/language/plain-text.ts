// Plain text the corpus lacks, for round 40 of the fine-tuning (docs/language-review.md, "Round 40"): prose that
// blames no one and is not written to look like blame. Each source becomes one author group of the fine-tuning
// dump (finetune-dump.ts --plain), so the folds hold some of it out.
//   - the similarity set's development split (learning/testdata/dev.txt): each recurring group's titles, reports and
//     root causes, and each look-alike's, as a source; its held-out split (heldout.txt) is never used here: it is the
//     round's plain-text criterion;
//   - the project's documentation (README.md and docs/*.md but the two files about the review): each section's
//     paragraphs and list items, without headings, tables and code, and without any paragraph that says "blame" or
//     quotes with double quotation marks (quoted examples may be the review's own).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusItem } from '@firebreak/shared/language/corpus-types.ts';
import MarkdownIt from 'markdown-it';
import { labelled } from '../learning/index.ts';

export type PlainSource = { name: string; items: CorpusItem[] };

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
const ROOT = join(import.meta.dirname, '../../../..');
const EXCLUDED_DOCS = new Set(['language-review.md', 'language-review-conventions.md']);
const plain = (text: string): CorpusItem => ({ text, blameful: false });

/** The similarity set's development split, one source per recurring group and per look-alike. */
export function similaritySources(): PlainSource[] {
  const sources = new Map<string, CorpusItem[]>();
  for (const [i, incident] of labelled('dev').entries()) {
    const key = incident.group ?? `look-alike ${i}`;
    const texts = [incident.title, incident.report, incident.rootCause].filter((t) => t?.trim());
    sources.set(key, [...(sources.get(key) ?? []), ...texts.map(plain)]);
  }
  return [...sources].map(([name, items]) => ({ name: `similarity ${name}`, items }));
}

/** A paragraph's words: its text and inline code, without markup or link targets. */
const textOf = (inline: Token) =>
  (inline.children ?? [])
    .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type.endsWith('break') ? ' ' : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
const kept = (text: string) => text.split(' ').length >= 4 && !/blame|["“”]/i.test(text);

/** The documentation, one source per file section (a `##` heading starts one). */
export function docSources(): PlainSource[] {
  const md = new MarkdownIt();
  const files = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md') && !EXCLUDED_DOCS.has(f))
      .sort()
      .map((f) => `docs/${f}`),
  ];
  const sources: PlainSource[] = [];
  for (const file of files) {
    const tokens = md.parse(readFileSync(join(ROOT, file), 'utf8'), {});
    let current: PlainSource = { name: `${file} (top)`, items: [] };
    for (const [i, token] of tokens.entries()) {
      if (token.type === 'heading_open' && Number(token.tag.slice(1)) <= 2) {
        if (current.items.length) sources.push(current);
        current = { name: `${file} ${textOf(tokens[i + 1])}`, items: [] };
      } else if (token.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open') {
        const text = textOf(token);
        if (kept(text)) current.items.push(plain(text));
      }
    }
    if (current.items.length) sources.push(current);
  }
  return sources;
}
