import { ALERT_STATUSES, type AlertView, BulkAlertBody, INTEGRATION_FORMATS } from '@firebreak/shared';
import { type Command, Option } from 'commander';
import { checkBody, positiveInt } from '../args.ts';
import { note, out, printJson, table, when } from '../output.ts';
import { connect } from '../session.ts';

type ListOpts = { status: string; service?: string; source?: string; limit?: number; all?: boolean; json?: boolean };

async function list(o: ListOpts): Promise<void> {
  const query = {
    status: o.status === 'all' ? undefined : o.status,
    service: o.service,
    source: o.source,
    limit: o.limit ?? (o.all ? 200 : 50),
  };
  const { items, nextCursor } = await connect().list<AlertView>('/alerts', query, !!o.all);
  if (o.json) return printJson(items);
  if (!items.length) return out(o.status === 'open' ? 'No open alerts.' : 'No alerts match.');
  table(
    ['ID', 'STATUS', 'SEVERITY', 'COUNT', 'LAST SEEN', 'SERVICE', 'SOURCE', 'INCIDENT', 'TITLE'],
    items.map((a) => [
      a.id,
      a.status,
      a.severity,
      String(a.count),
      when(a.lastSeenAt),
      a.service?.name ?? '—',
      a.integration.name,
      a.incident?.ref ?? '—',
      a.title,
    ]),
  );
  if (nextCursor) note('(more alerts: use --all, or a larger --limit)');
}

const DONE = { acknowledge: 'Acknowledged', resolve: 'Resolved' } as const;

async function change(action: 'acknowledge' | 'resolve', ids: string[], o: { json?: boolean }): Promise<void> {
  const body = checkBody(BulkAlertBody, { ids, action });
  const r = await connect().post<{ changed: string[]; unchanged: string[] }>('/alerts/bulk', body);
  if (o.json) return printJson(r);
  if (r.changed.length) out(`${DONE[action]} ${r.changed.length} alert${r.changed.length === 1 ? '' : 's'}: ${r.changed.join(', ')}`);
  if (r.unchanged.length)
    out(`Left as they were (already ${action === 'acknowledge' ? 'acknowledged or resolved' : 'resolved'}): ${r.unchanged.join(', ')}`);
}

export function registerAlert(program: Command): void {
  const alert = program.command('alert').alias('alerts').description('alerts from monitoring tools');

  alert
    .command('list')
    .alias('ls')
    .description('list alerts, newest first (open ones unless --status says otherwise)')
    .addOption(new Option('--status <status>', 'which alerts').choices(['open', ...ALERT_STATUSES, 'all']).default('open'))
    .option('--service <name>', 'only alerts of this service (name or id)')
    .addOption(new Option('--source <format>', 'only alerts from integrations of this format').choices(INTEGRATION_FORMATS))
    .option('--limit <n>', 'at most this many (with --all: per request)', positiveInt('--limit', 200))
    .option('--all', 'fetch every page')
    .option('--json', 'print the alerts as a JSON array')
    .action(list);

  alert
    .command('ack')
    .alias('acknowledge')
    .description('acknowledge alerts (ids from alert list)')
    .argument('<id...>', 'alert ids')
    .option('--json', 'print {changed, unchanged} as JSON')
    .action((ids: string[], o: { json?: boolean }) => change('acknowledge', ids, o));

  alert
    .command('resolve')
    .description('resolve alerts (ids from alert list)')
    .argument('<id...>', 'alert ids')
    .option('--json', 'print {changed, unchanged} as JSON')
    .action((ids: string[], o: { json?: boolean }) => change('resolve', ids, o));
}
