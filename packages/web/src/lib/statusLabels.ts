import type { Icon } from '@tabler/icons-react';
import { IconAlertTriangle, IconCircleCheck, IconCircleX, IconGauge, IconTool } from '@tabler/icons-react';

export { PUBLIC_STATUS, PUBLIC_STATUSES, publicStatusFor } from './statusPublicWords.ts';

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

export const MAINTENANCE_STATUS: Record<string, { label: string; color: string }> = {
  scheduled: { label: 'Scheduled', color: 'blue' },
  in_progress: { label: 'In progress', color: 'orange' },
  verifying: { label: 'Verifying', color: 'yellow' },
  completed: { label: 'Completed', color: 'gray' },
};
