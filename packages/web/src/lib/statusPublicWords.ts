import type { PublicIncidentStatus } from '@firebreak/shared';

// Words only (no icons): the incident page's timeline imports them, and its first load stays small.

/** Statuspage's public incident statuses, each with what it tells customers. */
export const PUBLIC_STATUS: Record<string, { label: string; hint: string }> = {
  investigating: { label: 'Investigating', hint: 'We know and are looking into it' },
  identified: { label: 'Identified', hint: 'We found the cause and are fixing it' },
  monitoring: { label: 'Monitoring', hint: 'A fix is in place; we are watching it' },
  resolved: { label: 'Resolved', hint: 'It is over' },
};
export const PUBLIC_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const satisfies readonly PublicIncidentStatus[];

/** The public status that matches an incident's internal status (a sensible default for an update). */
export function publicStatusFor(internal: string): (typeof PUBLIC_STATUSES)[number] {
  if (internal === 'identified') return 'identified';
  if (internal === 'monitoring') return 'monitoring';
  if (['resolved', 'closed', 'declined', 'duplicate'].includes(internal)) return 'resolved';
  return 'investigating';
}
