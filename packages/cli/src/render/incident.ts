import type { IncidentSummary, IncidentView } from '@firebreak/shared';
import { block, out, section, table, when } from '../output.ts';

const MILESTONE_LABELS: [keyof IncidentView['milestones'], string][] = [
  ['impactStarted', 'Impact started'],
  ['detected', 'Detected'],
  ['declared', 'Declared'],
  ['acknowledged', 'Acknowledged'],
  ['identified', 'Identified'],
  ['mitigated', 'Mitigated'],
  ['resolved', 'Resolved'],
  ['closed', 'Closed'],
];

const commander = (i: IncidentSummary) => i.roles.find((r) => r.role === 'commander')?.user.name ?? '—';

/** The incident list as a table, newest first (the server's order). */
export function incidentTable(items: IncidentSummary[]): void {
  table(
    ['REF', 'SEV', 'STATUS', 'DECLARED', 'COMMANDER', 'TITLE'],
    items.map((i) => [
      i.ref,
      i.severity?.name ?? '—',
      i.status,
      when(i.milestones.declared),
      commander(i),
      `${i.private ? '[private] ' : ''}${i.title}`,
    ]),
  );
}

function updates(i: IncidentView): string {
  const u = i.stakeholderUpdates;
  const parts = [u.cadenceMinutes ? `every ${u.cadenceMinutes} min` : 'no cadence'];
  parts.push(`last ${u.lastAt ? when(u.lastAt) : 'never'}`);
  if (u.nextDueAt) parts.push(`next due ${when(u.nextDueAt)}`);
  return parts.join('; ');
}

/** The ticket: header, roles, milestones, the ticket sections and the whys. */
export function showIncident(i: IncidentView): void {
  out(`${i.ref}  ${i.title}`);
  out();
  const header: [string, string][] = [
    ['Status', `${i.status}${i.duplicateOf ? ` (duplicate of ${i.duplicateOf})` : ''}`],
    ['Severity', i.severity ? `${i.severity.name}${i.critical ? ' (critical)' : ''}` : '—'],
    ['Services', i.services.map((s) => s.name).join(', ') || '—'],
    ['Visibility', i.private ? 'private' : 'public'],
    ['Reporter', `${i.reporter ?? '—'} (via ${i.source})`],
    ['Updates', updates(i)],
  ];
  if (i.allowedTransitions.length) header.push(['Next status', i.allowedTransitions.join(', ')]);
  if (i.closingBlockers.length) header.push(['Cannot close', i.closingBlockers.join('\n')]);
  block(header);

  out();
  out('Roles');
  if (i.roles.length)
    block(
      i.roles.map((r) => [r.roleName, `${r.user.name} <${r.user.email}>`]),
      '  ',
    );
  else out('  — (no one holds a role yet; `firebreak incident assign` one)');

  out();
  out('Milestones');
  block(
    MILESTONE_LABELS.map(([k, label]) => [label, when(i.milestones[k])]),
    '  ',
  );

  if (i.summary.trim()) section('Summary', i.summary);
  section('Original request', i.originalRequest);
  const t = i.ticket;
  section('Symptoms', t.symptoms);
  const scope = [
    t.scope.customers && `Customers: ${t.scope.customers}`,
    t.scope.regions && `Regions: ${t.scope.regions}`,
    t.scope.userShare !== null && `Users affected: ${t.scope.userShare}%`,
  ]
    .filter(Boolean)
    .join('\n');
  section('Scope', scope);
  section('Customer impact', t.customerImpact);
  section('Root causes', t.rootCauses);
  section('Fixes for symptoms', t.fixesForSymptoms);
  const fix = t.rootCauseFix;
  section(
    'Fix for the root cause',
    [`state: ${fix.state}`, fix.description, fix.reason && `reason: ${fix.reason}`].filter(Boolean).join('\n'),
  );
  section('Prevention', t.prevention);

  out();
  out(`Whys (${t.openWhys} open)`);
  if (!t.whys.length) out('  —');
  for (const w of t.whys) {
    out(`  ? ${w.question}`);
    out(`    ${w.answer?.trim() ? w.answer.trim().replace(/\n/g, '\n    ') : '(not answered yet)'}`);
  }
}
