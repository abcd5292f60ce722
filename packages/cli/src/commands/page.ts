import { csv, PAGE_STATUSES, type PageTarget, type PageView, ReassignPageBody } from '@firebreak/shared';
import type { Command } from 'commander';
import { checkBody, positiveInt } from '../args.ts';
import { usageError } from '../errors.ts';
import { note, out, printJson, table, when } from '../output.ts';
import { connect } from '../session.ts';

const pagePath = (id: string) => `/pages/${encodeURIComponent(id)}`;

/** `open,acknowledged` as given, checked; `all` means no filter. */
function statuses(value: string): string {
  if (value === 'all') return value;
  const parts = csv(value);
  const bad = parts.find((s) => !(PAGE_STATUSES as readonly string[]).includes(s));
  if (bad || !parts.length)
    throw usageError(`--status: expected all or a comma-separated list of ${PAGE_STATUSES.join(', ')}, got ${value}`);
  return parts.join(',');
}

const KINDS: Record<string, PageTarget['kind']> = {
  user: 'user',
  person: 'user',
  schedule: 'schedule',
  team: 'team',
  policy: 'policy',
};

/** `--to`: `person:<e-mail or id>`, `schedule:<name or id>`, `team:<name or id>`, `policy:<name or id>`; a bare e-mail is a person. */
export function targetArg(value: string): PageTarget {
  const v = value.trim();
  const m = /^([a-z]+):(.+)$/i.exec(v);
  if (m && KINDS[m[1].toLowerCase()]) return { kind: KINDS[m[1].toLowerCase()], id: m[2].trim() };
  if (/^[^\s@:]+@[^\s@]+$/.test(v)) return { kind: 'user', id: v };
  throw usageError(`--to: expected person:<e-mail>, schedule:<name>, team:<name> or policy:<name> (or just an e-mail), got ${value}`);
}

const targetLabel = (p: PageView) =>
  p.target ? `${p.target.name ?? p.target.id} (${p.target.kind === 'user' ? 'person' : p.target.kind})` : '—';
const stepLabel = (p: PageView) => (p.stepCount ? `${Math.max(0, p.step) + 1}/${p.stepCount}${p.round ? ` r${p.round + 1}` : ''}` : '—');

/** What is happening to a page now, in a few words. */
function stateLabel(p: PageView): string {
  if (p.status === 'acknowledged') return `by ${p.acknowledgedBy?.name ?? '?'} ${when(p.acknowledgedAt)}`;
  if (p.status === 'resolved') return p.endReason ?? 'ended';
  return p.nextStepAt ? `next step ${when(p.nextStepAt)}` : 'last step fired';
}

type ListOpts = { mine?: boolean; incident?: string; status: string; limit?: number; all?: boolean; json?: boolean };

async function list(o: ListOpts): Promise<void> {
  const query = {
    mine: o.mine ? '1' : undefined,
    incident: o.incident,
    status: o.status === 'all' ? undefined : o.status,
    limit: o.limit ?? (o.all ? 200 : 50),
  };
  const { items, nextCursor } = await connect().list<PageView>('/pages', query, !!o.all);
  if (o.json) return printJson(items);
  if (!items.length) return out(o.status === 'open' ? 'No open pages.' : 'No pages match.');
  table(
    ['ID', 'STATUS', 'CREATED', 'INCIDENT', 'TARGET', 'STEP', 'STATE', 'TITLE'],
    items.map((p) => [p.id, p.status, when(p.createdAt), p.incident?.ref ?? '—', targetLabel(p), stepLabel(p), stateLabel(p), p.title]),
  );
  if (nextCursor) note('(more pages: use --all, or a larger --limit)');
}

const about = (p: PageView) => `"${p.title}"${p.incident ? ` (${p.incident.ref})` : ''}`;

async function ack(id: string, o: { json?: boolean }): Promise<void> {
  const p = await connect().post<PageView>(`${pagePath(id)}/ack`, { via: 'cli' });
  if (o.json) return printJson(p);
  out(`Acknowledged page ${p.id} ${about(p)}: its escalation has stopped.`);
}

async function escalate(id: string, o: { json?: boolean }): Promise<void> {
  const p = await connect().post<PageView>(`${pagePath(id)}/escalate`, {});
  if (o.json) return printJson(p);
  out(`Escalated page ${p.id} ${about(p)}: the next step fires now.`);
}

async function reassign(id: string, o: { to: PageTarget; json?: boolean }): Promise<void> {
  const body = checkBody(ReassignPageBody, { target: o.to });
  const p = await connect().post<PageView>(`${pagePath(id)}/reassign`, body);
  if (o.json) return printJson(p);
  out(`Reassigned page ${p.id} ${about(p)} to ${targetLabel(p)}: it starts again from their first step.`);
}

export function registerPage(program: Command): void {
  const page = program.command('page').alias('pages').description('pages (on-call notifications): list, acknowledge, escalate, reassign');

  page
    .command('list')
    .alias('ls')
    .description('list pages you can see, newest first (open ones unless --status says otherwise)')
    .option('--mine', 'only pages that reached me (or that I acknowledged)')
    .option('--incident <ref>', 'only pages about this incident (INC-42)')
    .option('--status <status>', 'open, acknowledged, resolved (comma-separated), or all', statuses, 'open')
    .option('--limit <n>', 'at most this many (with --all: per request)', positiveInt('--limit', 200))
    .option('--all', 'fetch every page of results')
    .option('--json', 'print the pages as a JSON array')
    .action(list);

  page
    .command('ack')
    .alias('acknowledge')
    .description('acknowledge a page (id from page list): its escalation stops')
    .argument('<id>', 'page id')
    .option('--json', 'print the page as JSON')
    .action(ack);

  page
    .command('escalate')
    .description('escalate a page now: its next step fires at once')
    .argument('<id>', 'page id')
    .option('--json', 'print the page as JSON')
    .action(escalate);

  page
    .command('reassign')
    .description('hand a page to a person, schedule, team or policy: it starts again from their first step')
    .argument('<id>', 'page id')
    .requiredOption('--to <target>', 'person:<e-mail>, schedule:<name>, team:<name>, policy:<name> (a bare e-mail is a person)', targetArg)
    .option('--json', 'print the page as JSON')
    .action(reassign);
}
