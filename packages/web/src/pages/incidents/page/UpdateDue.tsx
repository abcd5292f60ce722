import { Text, Tooltip } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import type { Incident } from '../../../api/types.ts';
import { formatAbsolute, formatDuration, timeZonePref, useNow } from '../../../lib/time.ts';

/** "Stakeholder update due in 12 min", red and saying "overdue" once it is late. */
export function UpdateDue({ incident, short = false }: { incident: Pick<Incident, 'stakeholderUpdates'>; short?: boolean }) {
  const now = useNow();
  const tz = timeZonePref.use();
  const due = incident.stakeholderUpdates.nextDueAt;
  if (!due) return null;
  const left = Date.parse(due) - now;
  const overdue = left < 0;
  const text = overdue
    ? `${short ? 'Update' : 'Stakeholder update'} overdue by ${formatDuration(-left)}`
    : `${short ? 'Update' : 'Stakeholder update'} due in ${formatDuration(left)}`;
  return (
    <Tooltip label={`Due ${formatAbsolute(due, tz)}; cadence every ${incident.stakeholderUpdates.cadenceMinutes} min`}>
      <Text
        span
        size="sm"
        className={overdue ? 'fb-danger fb-nowrap' : 'fb-nowrap'}
        fw={overdue ? 700 : 500}
        data-testid="update-due"
        role={overdue ? 'alert' : undefined}
      >
        <IconAlarm size={14} aria-hidden style={{ verticalAlign: -2, marginRight: 3 }} />
        {text}
      </Text>
    </Tooltip>
  );
}
