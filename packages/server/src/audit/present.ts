import type { AuditEntryView } from '@firebreak/shared';
import { csvCell } from '../platform/csv.ts';
import type { AuditRow } from './store.ts';

export function presentAudit(r: AuditRow): AuditEntryView {
  let details: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(r.details);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) details = parsed;
  } catch {
    details = {};
  }
  return {
    id: Number(r.id),
    at: r.at,
    actor: { id: r.actor_id, label: r.actor_label, name: r.actor_name },
    action: r.action,
    target: { type: r.target_type, id: r.target_id, label: r.target_label },
    details,
    ip: r.ip,
    userAgent: r.user_agent,
  };
}

const CSV_COLUMNS = [
  'at',
  'actor_id',
  'actor',
  'actor_name',
  'action',
  'target_type',
  'target_id',
  'target_label',
  'details',
  'ip',
  'user_agent',
];

export const csvHeader = () => `${CSV_COLUMNS.join(',')}\r\n`;

export const csvLine = (r: AuditRow) =>
  `${[r.at, r.actor_id, r.actor_label, r.actor_name, r.action, r.target_type, r.target_id, r.target_label, r.details, r.ip, r.user_agent]
    .map(csvCell)
    .join(',')}\r\n`;
