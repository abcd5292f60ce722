import { InputError } from '../platform/errors.ts';

/**
 * The search box's syntax, parsed into a tree we compile for each database ourselves, so nothing a
 * person types reaches FTS5's or PostgreSQL's query parser as syntax (a syntax error there would be
 * a 500): words (all must match), "a phrase", prefix*, -excluded (word or phrase), and OR between
 * alternatives. Every term is reduced to letters and digits, which both engines' tokenizers
 * keep as they are; punctuation inside a word splits it into a phrase ("api-gateway" → "api gateway").
 */
export type Term = { tokens: string[]; prefix: boolean };
export type Group = { must: Term[]; not: Term[] };
export type ParsedQuery = Group[];

const MAX_TERMS = 16;
const TOKEN = /[\p{L}\p{N}]+/gu;

const badQuery = (message: string) => new InputError(`q: ${message}`, { field: 'q' });

/** Parses what a person typed; InputError (400) when nothing searchable is left. */
export function parseQuery(input: string, opts: { prefixAll?: boolean } = {}): ParsedQuery {
  const groups: Group[] = [{ must: [], not: [] }];
  let terms = 0;
  // "phrase" (closing quote optional), or a run of non-space characters.
  for (const m of input.matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    const raw = m[3];
    if (raw === 'OR' || raw === '|') {
      if (groups[groups.length - 1].must.length || groups[groups.length - 1].not.length) groups.push({ must: [], not: [] });
      continue;
    }
    const negated = m[1] === '-' || (!!raw?.startsWith('-') && raw.length > 1);
    const text = m[2] ?? (negated ? raw.slice(1) : raw);
    const tokens = (text.toLowerCase().match(TOKEN) ?? []).slice(0, 8);
    if (!tokens.length) continue;
    const prefix = m[2] === undefined && (!!opts.prefixAll || text.endsWith('*'));
    if (++terms > MAX_TERMS) throw badQuery(`at most ${MAX_TERMS} words or phrases`);
    groups[groups.length - 1][negated ? 'not' : 'must'].push({ tokens, prefix });
  }
  const used = groups.filter((g) => g.must.length || g.not.length);
  if (!used.length) throw badQuery('nothing to search for: type a word');
  if (used.some((g) => !g.must.length)) throw badQuery('a search needs a word to find besides the excluded ones (-word)');
  return used;
}

/** FTS5 MATCH syntax: every term quoted (tokens are letters and digits only, so nothing escapes). */
export function toFts5(q: ParsedQuery): string {
  const term = (t: Term) => `"${t.tokens.join(' ')}"${t.prefix ? '*' : ''}`;
  const group = (g: Group) => {
    const all = `(${g.must.map(term).join(' AND ')})`;
    return g.not.reduce((acc, t) => `(${acc} NOT ${term(t)})`, all);
  };
  return q.map(group).join(' OR ');
}

/** PostgreSQL to_tsquery syntax: phrases with <->, prefixes with :*, ! for exclusion. */
export function toTsquery(q: ParsedQuery): string {
  const term = (t: Term) => {
    const parts = t.tokens.map((x, i) => (t.prefix && i === t.tokens.length - 1 ? `${x}:*` : x));
    return parts.length > 1 ? `(${parts.join(' <-> ')})` : parts[0];
  };
  const group = (g: Group) => `(${[...g.must.map(term), ...g.not.map((t) => `!${term(t)}`)].join(' & ')})`;
  return q.map(group).join(' | ');
}
