import { CreateOverrideBody, type OnCallNowView, type OverrideView } from '@firebreak/shared';
import type { Command } from 'commander';
import { checkBody, instant } from '../args.ts';
import { out, printJson, table, when } from '../output.ts';
import { connect } from '../session.ts';

const schedulePath = (s: string) => `/schedules/${encodeURIComponent(s)}`;

function nameOf(v: OnCallNowView, id: string | undefined): string {
  if (!id) return 'nobody';
  const p = v.people.find((x) => x.id === id);
  return p ? `${p.name} <${p.email}>` : id;
}

async function who(o: { schedule?: string; at?: string; json?: boolean }): Promise<void> {
  const query = o.at ? { at: o.at } : {};
  const client = connect();
  const rows = o.schedule
    ? [await client.get<OnCallNowView>(`${schedulePath(o.schedule)}/oncall`, query)]
    : await client.get<OnCallNowView[]>('/oncall', query);
  if (o.json) return printJson(o.schedule ? rows[0] : rows);
  if (!rows.length) return out('No on-call schedules yet.');
  table(
    ['SCHEDULE', 'ON CALL', 'UNTIL', 'NEXT', 'FROM'],
    rows.map((v) => [
      v.schedule.name,
      nameOf(v, v.current?.userId) + (v.current?.layer === 'override' ? ' (override)' : ''),
      v.current ? when(v.current.end) : '—',
      v.next ? nameOf(v, v.next.userId) : '—',
      v.next ? when(v.next.start) : '—',
    ]),
  );
}

type OverrideOpts = { schedule: string; user: string; from: string; to: string; replaces?: string; note?: string; json?: boolean };

async function override(o: OverrideOpts): Promise<void> {
  const body = checkBody(CreateOverrideBody, {
    user: o.user,
    start: o.from,
    end: o.to,
    ...(o.replaces ? { replaces: o.replaces } : {}),
    ...(o.note ? { note: o.note } : {}),
  });
  const v = await connect().post<OverrideView>(`${schedulePath(o.schedule)}/overrides`, body);
  if (o.json) return printJson(v);
  out(
    `Override ${v.id}: ${v.user.name} is on call for ${o.schedule} from ${when(v.start)} to ${when(v.end)}${v.replaces ? ` while ${v.replaces.name} would be` : ''}`,
  );
}

async function overrides(o: { schedule: string; json?: boolean }): Promise<void> {
  const list = await connect().get<OverrideView[]>(`${schedulePath(o.schedule)}/overrides`);
  if (o.json) return printJson(list);
  if (!list.length) return out('No current or upcoming overrides.');
  table(
    ['ID', 'FROM', 'TO', 'WHO', 'REPLACES', 'NOTE'],
    list.map((v) => [v.id, when(v.start), when(v.end), v.user.name, v.replaces?.name ?? '—', v.note]),
  );
}

async function removeOverride(id: string, o: { schedule: string }): Promise<void> {
  await connect().raw('DELETE', `${schedulePath(o.schedule)}/overrides/${encodeURIComponent(id)}`);
  out(`Removed override ${id}`);
}

export function registerOncall(program: Command): void {
  const oncall = program.command('oncall').description('on-call schedules: who is on call, overrides');

  oncall
    .command('who')
    .description('who is on call now (or at --at), on every schedule or one')
    .option('--schedule <name>', 'one schedule (name or id)')
    .option('--at <time>', 'ISO 8601 time (without an offset: local time), "now" or "2h ago"', instant('--at'))
    .option('--json', 'print the API data as JSON')
    .action(who);

  oncall
    .command('override')
    .description('someone covers a schedule for a span ("take this shift" with --replaces)')
    .requiredOption('--schedule <name>', 'schedule name or id')
    .requiredOption('--user <user>', 'who covers: e-mail or id')
    .requiredOption('--from <time>', 'start: ISO 8601 (without an offset: local time) or "now"', instant('--from'))
    .requiredOption('--to <time>', 'end: ISO 8601 (without an offset: local time)', instant('--to'))
    .option('--replaces <user>', 'only while this person would be on call (e-mail or id)')
    .option('--note <text>', 'why')
    .option('--json', 'print the override as JSON')
    .action(override);

  oncall
    .command('overrides')
    .description("a schedule's current and upcoming overrides")
    .requiredOption('--schedule <name>', 'schedule name or id')
    .option('--json', 'print the overrides as a JSON array')
    .action(overrides);

  oncall
    .command('remove-override')
    .description('remove an override (id from oncall overrides)')
    .argument('<id>', 'override id')
    .requiredOption('--schedule <name>', 'schedule name or id')
    .action(removeOverride);
}
