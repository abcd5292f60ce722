import { type IncidentView, ROOT_CAUSE_FIX_STATES, UpdateIncidentBody } from '@firebreak/shared';
import { type Command, Option } from 'commander';
import { checkBody, collect, instant, textArg } from '../args.ts';
import { usageError } from '../errors.ts';
import { out, printJson } from '../output.ts';
import { connect, refPath } from '../session.ts';

type UpdateOpts = {
  title?: string;
  summary?: string;
  severity?: string;
  service?: string[];
  symptoms?: string;
  scopeCustomers?: string;
  scopeRegions?: string;
  userShare?: string;
  customerImpact?: string;
  rootCauses?: string;
  fixesForSymptoms?: string;
  prevention?: string;
  rootCauseFixState?: string;
  rootCauseFixReason?: string;
  rootCauseFixDescription?: string;
  impactStarted?: string;
  detected?: string;
  message?: string;
  json?: boolean;
};

// Flag → ticket field for the free-text sections; each accepts `-` to read stdin.
const TEXT: [keyof UpdateOpts, string][] = [
  ['title', 'title'],
  ['summary', 'summary'],
  ['symptoms', 'symptoms'],
  ['scopeCustomers', 'scopeCustomers'],
  ['scopeRegions', 'scopeRegions'],
  ['customerImpact', 'customerImpact'],
  ['rootCauses', 'rootCauses'],
  ['fixesForSymptoms', 'fixesForSymptoms'],
  ['prevention', 'prevention'],
];

function buildBody(o: UpdateOpts): Record<string, unknown> {
  const fromStdin = TEXT.filter(([k]) => o[k] === '-');
  if (fromStdin.length > 1) throw usageError('only one option can read stdin (-)');
  const body: Record<string, unknown> = {};
  for (const [k, field] of TEXT) {
    const v = o[k];
    if (typeof v === 'string') body[field] = textArg(v);
  }
  if (o.severity !== undefined) body.severity = o.severity;
  if (o.service !== undefined) body.services = o.service;
  if (o.userShare !== undefined) {
    const n = o.userShare === 'none' ? null : Number(o.userShare);
    if (n !== null && Number.isNaN(n)) throw usageError(`--user-share: expected a percentage or "none", got ${o.userShare}`);
    body.scopeUserShare = n;
  }
  if (o.rootCauseFixState !== undefined) {
    body.rootCauseFix = { state: o.rootCauseFixState, reason: o.rootCauseFixReason, description: o.rootCauseFixDescription };
  } else if (o.rootCauseFixReason !== undefined || o.rootCauseFixDescription !== undefined) {
    throw usageError('--root-cause-fix-reason and --root-cause-fix-description need --root-cause-fix-state');
  }
  const milestones: Record<string, string> = {};
  if (o.impactStarted) milestones.impactStarted = o.impactStarted;
  if (o.detected) milestones.detected = o.detected;
  if (Object.keys(milestones).length) body.milestones = milestones;
  if (Object.keys(body).length === 0) throw usageError('nothing to update: give at least one field (see --help)');
  if (o.message !== undefined) body.message = o.message;
  return checkBody(UpdateIncidentBody, body);
}

async function update(ref: string, o: UpdateOpts): Promise<void> {
  const inc = await connect().patch<IncidentView>(refPath(ref), buildBody(o));
  if (o.json) return printJson(inc);
  out(`Updated ${inc.ref}`);
}

export function registerIncidentUpdate(incident: Command): void {
  incident
    .command('update')
    .alias('edit')
    .description('edit the ticket (text options accept - to read stdin)')
    .argument('<ref>', 'INC-42, 42 or the id')
    .option('--title <text>', 'the title')
    .option('--summary <text>', 'the summary')
    .option('--severity <name>', 'the severity (e.g. SEV1)')
    .option('--service <name>', 'affected services, replacing the list (repeatable, or comma-separated)', collect)
    .option('--symptoms <text>', 'what people see')
    .option('--scope-customers <text>', 'which customers are affected')
    .option('--scope-regions <text>', 'which regions are affected')
    .option('--user-share <percent>', 'share of users affected, or "none"')
    .option('--customer-impact <text>', 'the impact on customers')
    .option('--root-causes <text>', 'what caused it')
    .option('--fixes-for-symptoms <text>', 'what stopped the bleeding')
    .option('--prevention <text>', 'how it will not happen again')
    .addOption(new Option('--root-cause-fix-state <state>', 'state of the fix for the root cause').choices(ROOT_CAUSE_FIX_STATES))
    .option('--root-cause-fix-reason <text>', 'why (required to waive the fix)')
    .option('--root-cause-fix-description <text>', 'what the fix is')
    .option('--impact-started <time>', 'when impact began (ISO 8601, "40m ago")', instant('--impact-started'))
    .option('--detected <time>', 'when it was detected (ISO 8601, "30m ago")', instant('--detected'))
    .option('--message <text>', 'why the change was made; recorded on the timeline')
    .option('--json', 'print the incident as JSON')
    .action(update);
}
