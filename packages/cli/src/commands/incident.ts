import { readFileSync } from 'node:fs';
import {
  AssignRoleBody,
  ChangeStatusBody,
  DeclareIncidentBody,
  INCIDENT_SOURCES,
  INCIDENT_STATUSES,
  type IncidentSummary,
  type IncidentView,
} from '@firebreak/shared';
import { Argument, type Command, Option } from 'commander';
import { checkBody, collect, instant, positiveInt, textArg } from '../args.ts';
import { usageError } from '../errors.ts';
import { note, out, printJson } from '../output.ts';
import { incidentTable, showIncident } from '../render/incident.ts';
import { connect, refPath } from '../session.ts';
import { registerIncidentTalk } from './incident-talk.ts';
import { registerIncidentUpdate } from './incident-update.ts';

type DeclareOpts = {
  title: string;
  severity?: string;
  service?: string[];
  private?: boolean;
  source?: string;
  reporter?: string;
  originalRequest?: string;
  originalRequestFile?: string;
  status?: string;
  summary?: string;
  json?: boolean;
};

function originalRequest(o: DeclareOpts): string | undefined {
  if (o.originalRequest !== undefined && o.originalRequestFile !== undefined) {
    throw usageError('give --original-request or --original-request-file, not both');
  }
  if (o.originalRequestFile !== undefined) {
    try {
      return o.originalRequestFile === '-' ? readFileSync(0, 'utf8') : readFileSync(o.originalRequestFile, 'utf8');
    } catch (err) {
      throw usageError(`--original-request-file: ${(err as Error).message}`);
    }
  }
  return o.originalRequest === undefined ? undefined : textArg(o.originalRequest);
}

async function declare(o: DeclareOpts): Promise<void> {
  const body = checkBody(DeclareIncidentBody, {
    title: o.title,
    severity: o.severity,
    services: o.service,
    private: o.private,
    source: o.source,
    reporter: o.reporter,
    originalRequest: originalRequest(o), // verbatim: the report exactly as it arrived
    status: o.status,
    summary: o.summary,
  });
  const inc = await connect().post<IncidentView>('/incidents', body);
  if (o.json) return printJson(inc);
  out(`Declared ${inc.ref}: ${inc.title}`);
  out(
    `${inc.severity?.name ?? 'no severity'} · ${inc.status}${inc.private ? ' · private' : ''}${inc.services.length ? ` · ${inc.services.map((s) => s.name).join(', ')}` : ''}`,
  );
}

type ListOpts = {
  status?: string[];
  severity?: string[];
  service?: string;
  mine?: boolean;
  roleHolder?: string;
  q?: string;
  limit?: number;
  all?: boolean;
  json?: boolean;
};

async function list(o: ListOpts): Promise<void> {
  for (const s of o.status ?? []) {
    if (s !== 'active' && !INCIDENT_STATUSES.includes(s as never)) {
      throw usageError(`--status: unknown status ${s} (one of active, ${INCIDENT_STATUSES.join(', ')})`);
    }
  }
  const query = {
    status: o.status?.join(','),
    severity: o.severity?.join(','),
    service: o.service,
    mine: o.mine ? 'true' : undefined,
    roleHolder: o.roleHolder,
    q: o.q,
    limit: o.limit ?? (o.all ? 200 : 50),
  };
  const { items, nextCursor } = await connect().list<IncidentSummary>('/incidents', query, !!o.all);
  if (o.json) return printJson(items);
  if (!items.length) return out('No incidents match.');
  incidentTable(items);
  if (nextCursor) note(`(more incidents: use --all, or a larger --limit)`);
}

async function show(ref: string, o: { json?: boolean }): Promise<void> {
  const inc = await connect().get<IncidentView>(refPath(ref));
  if (o.json) return printJson(inc);
  showIncident(inc);
}

async function status(ref: string, to: string, o: { message?: string; duplicateOf?: string; at?: string; json?: boolean }) {
  const body = checkBody(ChangeStatusBody, { status: to, message: o.message, duplicateOf: o.duplicateOf, occurredAt: o.at });
  const inc = await connect().post<IncidentView>(`${refPath(ref)}/status`, body);
  if (o.json) return printJson(inc);
  out(`${inc.ref} is now ${inc.status}${inc.duplicateOf ? ` (duplicate of ${inc.duplicateOf})` : ''}`);
  if (inc.status === 'resolved' && inc.closingBlockers.length) note(`Before it can close: ${inc.closingBlockers.join(' ')}`);
}

async function assign(ref: string, role: string, user: string, o: { message?: string; json?: boolean }) {
  const body = checkBody(AssignRoleBody, { role, user: user === 'none' ? null : user, message: o.message });
  const inc = await connect().post<IncidentView>(`${refPath(ref)}/roles`, body);
  if (o.json) return printJson(inc);
  const holder = inc.roles.find((r) => r.role === role || r.roleName.toLowerCase() === role.toLowerCase());
  if (holder) out(`${holder.user.name} is ${holder.roleName} of ${inc.ref}`);
  else out(`${role} of ${inc.ref} is unassigned`);
}

export function registerIncident(program: Command): void {
  const incident = program.command('incident').alias('incidents').description('declare, list, read and work incidents');

  incident
    .command('declare')
    .description('declare an incident')
    .requiredOption('--title <title>', 'what is wrong, in a line')
    .option('--severity <name>', 'severity name (e.g. SEV2); default: the least severe')
    .option('--service <name>', 'affected service (repeatable, or comma-separated)', collect)
    .option('--private', 'visible only to admins and the people added to it')
    .addOption(new Option('--source <source>', 'where the report came from').choices(INCIDENT_SOURCES))
    .option('--reporter <who>', 'who reported it, if not you (name or e-mail)')
    .option('--original-request <text>', 'the report exactly as received (- reads stdin)')
    .option('--original-request-file <file>', 'read the report from a file (- reads stdin)')
    .addOption(new Option('--status <status>', 'start in triage (default) or investigating').choices(['triage', 'investigating']))
    .option('--summary <text>', 'a short summary')
    .option('--json', 'print the incident as JSON')
    .action(declare);

  incident
    .command('list')
    .alias('ls')
    .description('list incidents you can see, newest first')
    .option('--status <status>', 'status, or "active" (repeatable, or comma-separated)', collect)
    .option('--severity <name>', 'severity name (repeatable, or comma-separated)', collect)
    .option('--service <name>', 'affected service')
    .option('--mine', 'incidents you declared, hold a role in or were added to')
    .option('--role-holder <user>', 'incidents where this user (id, e-mail or "me") holds a role')
    .option('--q <text>', 'search titles and text')
    .option('--limit <n>', 'at most this many (with --all: per request)', positiveInt('--limit', 200))
    .option('--all', 'fetch every page')
    .option('--json', 'print the incidents as a JSON array')
    .action(list);

  incident
    .command('show')
    .alias('view')
    .description("show an incident's ticket")
    .argument('<ref>', 'INC-42, 42 or the id')
    .option('--json', 'print the incident as JSON')
    .action(show);

  incident
    .command('status')
    .description('move an incident to another status')
    .argument('<ref>', 'INC-42, 42 or the id')
    .addArgument(new Argument('<status>', 'the new status').choices(INCIDENT_STATUSES))
    .option('--message <text>', 'why; recorded on the timeline')
    .option('--duplicate-of <ref>', 'with status duplicate: the incident this one duplicates')
    .option('--at <time>', 'when it happened, if earlier (ISO 8601, "15m ago")', instant('--at'))
    .option('--json', 'print the incident as JSON')
    .action(status);

  incident
    .command('assign')
    .description('assign, hand over or clear a role (user: e-mail, id, "me" or "none")')
    .argument('<ref>', 'INC-42, 42 or the id')
    .argument('<role>', 'role key or name, e.g. commander, comms_lead')
    .argument('<user>', 'e-mail, user id, "me", or "none" to unassign')
    .option('--message <text>', 'a note for the timeline')
    .option('--json', 'print the incident as JSON')
    .action(assign);

  registerIncidentUpdate(incident);
  registerIncidentTalk(incident);
}
