import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelled } from '../learning/testdata/labelled.ts';
import { docSources, similaritySources } from './plain-text.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const textsOf = (sources: ReturnType<typeof docSources>) => sources.flatMap((s) => s.items.map((i) => i.text));

describe('plain text for the fine-tuning (round 40)', () => {
  it('takes the similarity set from its development split only: the held-out split is the plain-text criterion', () => {
    const texts = new Set(textsOf(similaritySources()));
    const heldOut = labelled('heldout').flatMap((i) => [i.title, i.report, i.rootCause]);
    expect(heldOut.filter((t) => texts.has(t))).toEqual([]);
    const dev = labelled('dev');
    expect(texts.size).toBe(new Set(dev.flatMap((i) => [i.title, i.report, i.rootCause])).size);
    expect(similaritySources().every((s) => s.items.every((i) => i.blameful === false))).toBe(true);
  });

  it("keeps the documentation's prose and leaves out headings, code, the review's own pages, blame and quotations", () => {
    const sources = docSources();
    const texts = textsOf(sources);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const headings = [...readme.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]);
    const code = [...readme.matchAll(/^```\w*\n([\s\S]*?)^```/gm)].flatMap((m) => m[1].split('\n')).filter((l) => l.trim().length > 10);
    expect(sources.filter((s) => s.name.startsWith('README.md')).length).toBeGreaterThan(3);
    expect(headings.length).toBeGreaterThan(3);
    expect(code.length).toBeGreaterThan(3);
    expect(texts.filter((t) => headings.includes(t))).toEqual([]);
    expect(texts.filter((t) => code.some((line) => t.includes(line.trim())))).toEqual([]);
    expect(texts.filter((t) => /blame|["“”]/i.test(t))).toEqual([]);
    expect(sources.some((s) => s.name.startsWith('docs/language-review'))).toBe(false);
    expect(sources.every((s) => s.items.length > 0 && s.items.every((i) => i.blameful === false))).toBe(true);
  });
});
