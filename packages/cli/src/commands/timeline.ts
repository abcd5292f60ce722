import { TIMELINE_KINDS, type TimelineEntryView } from '@firebreak/shared';
import type { Command } from 'commander';
import { collect } from '../args.ts';
import { usageError } from '../errors.ts';
import { followTimeline } from '../follow.ts';
import { note, out, printJson } from '../output.ts';
import { formatEntry } from '../render/timeline.ts';
import { connect, refPath } from '../session.ts';

type Opts = { follow?: boolean; kind?: string[]; json?: boolean };

const PAGE = 5000;

async function timeline(ref: string, o: Opts): Promise<void> {
  const kinds = o.kind ?? [];
  const bad = kinds.find((k) => !TIMELINE_KINDS.includes(k as never));
  if (bad) throw usageError(`--kind: unknown kind ${bad} (one of ${TIMELINE_KINDS.join(', ')})`);
  const api = connect();
  const entries: TimelineEntryView[] = [];
  for (let after = 0; ; ) {
    const page = await api.raw<{ data: TimelineEntryView[]; nextCursor: string | null }>('GET', `${refPath(ref)}/timeline`, {
      query: { after, limit: PAGE, kind: kinds.join(',') || undefined },
    });
    entries.push(...page.data);
    if (!page.nextCursor || !page.data.length) break;
    after = page.data[page.data.length - 1].id;
  }

  // With --follow and --json, one JSON object per line (NDJSON) so a pipe can read as it comes.
  const emit = (e: TimelineEntryView) => out(o.json ? JSON.stringify(e) : formatEntry(e));
  if (!o.follow) {
    if (o.json) return printJson(entries);
    if (!entries.length) return out('No timeline entries match.');
    for (const e of entries) emit(e);
    return;
  }
  for (const e of entries) emit(e);
  const stop = new AbortController();
  const quit = () => stop.abort();
  process.once('SIGINT', quit);
  process.once('SIGTERM', quit);
  if (!o.json) note(`Following ${ref}; Ctrl-C to stop.`);
  try {
    await followTimeline({
      url: api.url,
      token: api.token,
      ref,
      lastId: entries.length ? entries[entries.length - 1].id : 0,
      signal: stop.signal,
      onEntry: (e) => {
        if (!kinds.length || kinds.includes(e.kind)) emit(e);
      },
      onNotice: (m) => note(m),
    });
  } finally {
    process.off('SIGINT', quit);
    process.off('SIGTERM', quit);
  }
}

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description("print an incident's timeline; --follow keeps a live tail")
    .argument('<ref>', 'INC-42, 42 or the id')
    .option('-f, --follow', 'keep printing new entries as they happen (Ctrl-C stops)')
    .option('--kind <kinds>', 'only these kinds, e.g. comment,status_changed (repeatable)', collect)
    .option('--json', 'print the entries as JSON (with --follow: one object per line)')
    .action(timeline);
}
