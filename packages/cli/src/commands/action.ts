import {
  ACTION_ADDRESSES,
  ACTION_HORIZONS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  type ActionView,
  CreateActionBody,
  UpdateActionBody,
} from '@firebreak/shared';
import { type Command, Option } from 'commander';
import { checkBody, collect, instant, positiveInt, textArg } from '../args.ts';
import { usageError } from '../errors.ts';
import { note, out, printJson, table, when } from '../output.ts';
import { connect, refPath } from '../session.ts';

type AddOpts = {
  followUp?: boolean;
  owner?: string;
  due?: string;
  priority?: string;
  addresses?: string;
  horizon?: string;
  link?: string;
  description?: string;
  draft?: boolean;
  json?: boolean;
};

async function add(ref: string, title: string[], o: AddOpts): Promise<void> {
  const body = checkBody(CreateActionBody, {
    title: title.join(' '),
    kind: o.followUp ? 'follow_up' : 'next',
    description: o.description === undefined ? undefined : textArg(o.description),
    owner: o.owner,
    dueAt: o.due,
    priority: o.priority,
    addresses: o.addresses,
    horizon: o.horizon,
    externalUrl: o.link,
    draft: o.draft,
  });
  const a = await connect().post<ActionView>(`${refPath(ref)}/actions`, body);
  if (o.json) return printJson(a);
  const what = a.kind === 'follow_up' ? 'follow-up' : 'action';
  out(`Added ${what} ${a.id} to ${a.incidentRef}: ${a.title}`);
  if (a.draft) note('It stays a draft (and does not count toward closing) until someone owns it: add it with --owner.');
}

type ListOpts = { mine?: boolean; owner?: string; status?: string[]; followUps?: boolean; limit?: number; all?: boolean; json?: boolean };

async function list(ref: string | undefined, o: ListOpts): Promise<void> {
  for (const s of o.status ?? []) {
    if (!ACTION_STATUSES.includes(s as never)) throw usageError(`--status: unknown status ${s} (one of ${ACTION_STATUSES.join(', ')})`);
  }
  if (o.mine && o.owner) throw usageError('give --mine or --owner, not both');
  const query = {
    owner: o.mine ? 'me' : o.owner,
    status: o.status?.join(','),
    kind: o.followUps ? 'follow_up' : undefined,
    limit: o.limit ?? (o.all ? 200 : 50),
  };
  const { items, nextCursor } = await connect().list<ActionView>(ref ? `${refPath(ref)}/actions` : '/actions', query, !!o.all);
  if (o.json) return printJson(items);
  if (!items.length) return out('No actions match.');
  table(
    ['ID', 'INCIDENT', 'KIND', 'PRI', 'STATUS', 'OWNER', 'DUE', 'TITLE'],
    items.map((a) => [
      a.id,
      a.incidentRef,
      a.kind === 'follow_up' ? `follow-up${a.draft ? ' (draft)' : ''}` : 'next',
      a.priority,
      a.status,
      a.owner?.name ?? '—',
      a.dueAt ? `${when(a.dueAt)}${a.overdue ? ' (overdue)' : ''}` : '—',
      a.title,
    ]),
  );
  if (nextCursor) note('(more actions: use --all, or a larger --limit)');
}

async function done(id: string, o: { wontDo?: string; json?: boolean }): Promise<void> {
  const body = checkBody(UpdateActionBody, o.wontDo !== undefined ? { status: 'wont_do', statusReason: o.wontDo } : { status: 'done' });
  const a = await connect().patch<ActionView>(`/actions/${encodeURIComponent(id)}`, body);
  if (o.json) return printJson(a);
  out(a.status === 'wont_do' ? `Won't do (${a.incidentRef}): ${a.title} — ${a.statusReason ?? ''}` : `Done (${a.incidentRef}): ${a.title}`);
}

export function registerAction(program: Command): void {
  const action = program.command('action').alias('actions').description('next actions and follow-ups');

  action
    .command('add')
    .description('add a next action (or, with --follow-up, a follow-up) to an incident')
    .argument('<ref>', 'INC-42, 42 or the id')
    .argument('<title...>', 'what needs doing')
    .option('--follow-up', 'a follow-up that outlives the incident (drafts until owned)')
    .option('--owner <user>', 'e-mail, user id or "me"')
    .option('--due <time>', 'due date (ISO 8601)', instant('--due'))
    .addOption(new Option('--priority <p>', 'priority').choices(ACTION_PRIORITIES))
    .addOption(new Option('--addresses <what>', 'what it addresses').choices(ACTION_ADDRESSES))
    .addOption(new Option('--horizon <when>', 'immediate or long term').choices(ACTION_HORIZONS))
    .option('--link <url>', 'tracking issue (http/https)')
    .option('--description <text>', 'details (- reads stdin)')
    .option('--draft', 'keep a follow-up as a draft even with an owner')
    .option('--json', 'print the action as JSON')
    .action(add);

  action
    .command('list')
    .alias('ls')
    .description("list actions: one incident's, or across incidents you can see")
    .argument('[ref]', 'only this incident')
    .option('--mine', 'actions you own')
    .option('--owner <user>', 'actions this user (e-mail or id) owns')
    .option('--status <status>', `${ACTION_STATUSES.join(', ')} (repeatable, or comma-separated)`, collect)
    .option('--follow-ups', 'only follow-ups')
    .option('--limit <n>', 'at most this many (with --all: per request)', positiveInt('--limit', 200))
    .option('--all', 'fetch every page')
    .option('--json', 'print the actions as a JSON array')
    .action(list);

  action
    .command('done')
    .description("mark an action done, or won't do with a reason")
    .argument('<id>', 'the action id (see action list)')
    .option('--wont-do <reason>', "close it as won't do, saying why")
    .option('--json', 'print the action as JSON')
    .action(done);
}
