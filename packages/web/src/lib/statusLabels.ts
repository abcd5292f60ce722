import type { Icon } from '@tabler/icons-react';
import { IconAlertTriangle, IconCircleCheck, IconCircleX, IconGauge, IconTool } from '@tabler/icons-react';

/** Statuspage's component states, in the words customers read on the public page. */
export const COMPONENT_STATUS: Record<string, { label: string; color: string; icon: Icon }> = {
  operational: { label: 'Operational', color: 'green', icon: IconCircleCheck },
  degraded_performance: { label: 'Degraded performance', color: 'yellow', icon: IconGauge },
  partial_outage: { label: 'Partial outage', color: 'orange', icon: IconAlertTriangle },
  major_outage: { label: 'Major outage', color: 'red', icon: IconCircleX },
  under_maintenance: { label: 'Under maintenance', color: 'blue', icon: IconTool },
};
export const componentStatusLabel = (s: string) => COMPONENT_STATUS[s]?.label ?? s;

/** The impacts an incident can set on a component (operational is "not affected"). */
export const IMPACT_STATUSES = ['degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'] as const;

/** Statuspage's public incident statuses, each with what it tells customers. */
export const PUBLIC_STATUS: Record<string, { label: string; hint: string }> = {
  investigating: { label: 'Investigating', hint: 'We know and are looking into it' },
  identified: { label: 'Identified', hint: 'We found the cause and are fixing it' },
  monitoring: { label: 'Monitoring', hint: 'A fix is in place; we are watching it' },
  resolved: { label: 'Resolved', hint: 'It is over' },
};
export const PUBLIC_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;

/** The public status that matches an incident's internal status (a sensible default for an update). */
export function publicStatusFor(internal: string): (typeof PUBLIC_STATUSES)[number] {
  if (internal === 'identified') return 'identified';
  if (internal === 'monitoring') return 'monitoring';
  if (['resolved', 'closed', 'declined', 'duplicate'].includes(internal)) return 'resolved';
  return 'investigating';
}

export const MAINTENANCE_STATUS: Record<string, { label: string; color: string }> = {
  scheduled: { label: 'Scheduled', color: 'blue' },
  in_progress: { label: 'In progress', color: 'orange' },
  verifying: { label: 'Verifying', color: 'yellow' },
  completed: { label: 'Completed', color: 'gray' },
};
