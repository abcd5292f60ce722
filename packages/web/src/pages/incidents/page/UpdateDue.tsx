import type { UpdateReminderView } from '@firebreak/shared';
import { Text, Tooltip } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getData } from '../../../api/client.ts';
import { keys } from '../../../api/queries.ts';
import type { Incident } from '../../../api/types.ts';
import { formatAbsolute, formatClock, formatDuration, timeZonePref, useNow } from '../../../lib/time.ts';

/**
 * Where the stakeholder-update cadence stands (who was reminded, when). Under the incident's key, so
 * every change to the incident refreshes it; reminders are not timeline entries, so it also polls.
 */
const useUpdateReminder = (ref: string, enabled: boolean) =>
  useQuery({
    queryKey: [...keys.incident(ref), 'update-reminder'],
    queryFn: ({ signal }) => getData<UpdateReminderView>(`/incidents/${encodeURIComponent(ref)}/update-reminder`, signal),
    enabled,
    refetchInterval: 60_000,
  });

/**
 * "Stakeholder update due in 12 min", red and saying "overdue" once it is late. With `reminders`
 * (the responders' incident page) it adds who was reminded and when: "— reminded Dana 10:32,
 * commander told 10:37".
 */
export function UpdateDue({
  incident,
  short = false,
  reminders = false,
}: {
  incident: Pick<Incident, 'stakeholderUpdates' | 'ref'>;
  short?: boolean;
  reminders?: boolean;
}) {
  const now = useNow();
  const tz = timeZonePref.use();
  const due = incident.stakeholderUpdates.nextDueAt;
  const state = useUpdateReminder(incident.ref, reminders && !!due).data;
  if (!due) return null;
  const left = Date.parse(due) - now;
  const overdue = left < 0;
  const text = overdue
    ? `${short ? 'Update' : 'Stakeholder update'} overdue ${formatDuration(-left)}`
    : `${short ? 'Update' : 'Stakeholder update'} due in ${formatDuration(left)}`;
  const told: string[] = [];
  if (state && state.dueAt === due) {
    if (state.lead?.remindedAt) told.push(`reminded ${state.lead.name.split(' ')[0]} ${formatClock(state.lead.remindedAt, tz, now)}`);
    if (state.commander?.toldAt) told.push(`commander told ${formatClock(state.commander.toldAt, tz, now)}`);
  }
  return (
    <>
      <Tooltip
        label={`Due ${formatAbsolute(due, tz)}; cadence every ${incident.stakeholderUpdates.cadenceMinutes} min${
          state ? `; the commander is told ${state.graceMinutes} min after the lead is reminded` : ''
        }`}
      >
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
      {told.length > 0 && (
        // Beside the due line, free to wrap on a phone.
        <Text span size="sm" fw={500} className={overdue ? 'fb-danger' : undefined} data-testid="update-reminders">
          {' — '}
          {told.join(', ')}
        </Text>
      )}
    </>
  );
}
