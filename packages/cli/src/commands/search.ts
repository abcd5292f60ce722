import { SEARCH_KINDS, type SearchPage, type SnippetPart } from '@firebreak/shared';
import { type Command, Option } from 'commander';
import { positiveInt } from '../args.ts';
import { note, out, printJson, when } from '../output.ts';
import { connect } from '../session.ts';

type SearchOpts = { kind?: string; service?: string; severity?: string; status?: string; limit?: number; json?: boolean };

/** A snippet for a terminal: matched words in [brackets] (bold on a TTY), on one line. */
export function snippetLine(parts: SnippetPart[], tty: boolean): string {
  return parts
    .map((p) => {
      const text = p.text.replace(/\s+/g, ' ');
      return p.match ? (tty ? `\u001b[1m${text}\u001b[22m` : `[${text}]`) : text;
    })
    .join('')
    .trim();
}

async function search(words: string[], o: SearchOpts): Promise<void> {
  const page = await connect().raw<SearchPage>('GET', '/search', {
    query: { q: words.join(' '), kind: o.kind, service: o.service, severity: o.severity, status: o.status, limit: o.limit ?? 20 },
  });
  if (o.json) return printJson(page.data);
  if (!page.data.length) return out('Nothing found.');
  const tty = !!process.stdout.isTTY;
  for (const r of page.data) {
    const where = r.incident ? `${r.incident.ref}  ${r.incident.title}` : `${r.kind}  ${r.title}`;
    out(`${where}  (${r.label.replace(/_/g, ' ')}, ${when(r.at)})`);
    const snippet = snippetLine(r.snippet, tty);
    if (snippet) out(`  ${snippet}`);
  }
  const total = page.facets?.total ?? page.data.length;
  if (total > page.data.length)
    note(
      `(${page.data.length} of ${page.facets?.capped ? `more than ${total}` : total} matches: narrow with --kind, --service, --status, or raise --limit)`,
    );
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over incidents, timelines, retrospectives, follow-ups and alerts you can see')
    .argument('<query...>', 'words; "a phrase"; prefix*; -excluded; OR')
    .addOption(new Option('--kind <kinds>', `comma-separated: ${SEARCH_KINDS.join(', ')}`))
    .option('--service <name>', 'only this service')
    .option('--severity <names>', 'comma-separated severity names')
    .option('--status <statuses>', 'comma-separated incident statuses, or "active"')
    .option('--limit <n>', 'at most this many results', positiveInt('--limit', 100))
    .option('--json', 'print the results as a JSON array')
    .action(search);
}
