import { MILESTONES } from '@firebreak/shared';
import { Button, Group, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import type { Incident } from '../../../api/types.ts';
import { Time } from '../../../components/Time.tsx';
import { MILESTONE_LABEL } from '../../../lib/labels.ts';

// The back-dating dialog loads when someone edits the milestones.
const MilestonesDialog = lazy(() => import('./MilestonesDialog.tsx').then((m) => ({ default: m.MilestonesDialog })));

/** The incident's key moments in one line: each reached one with its time, the rest dimmed. */
export function Milestones({ incident }: { incident: Incident }) {
  const [editing, setEditing] = useState(false);
  const reached = MILESTONES.filter((m) => incident.milestones[m]);
  return (
    <Group gap={4} wrap="wrap" component="ul" aria-label="Milestones" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {MILESTONES.map((m) => {
        const at = incident.milestones[m];
        if (!at && !reached.includes(m) && !['identified', 'mitigated', 'resolved'].includes(m)) return null;
        return (
          <Text component="li" key={m} size="xs" c={at ? undefined : 'dimmed'} className="fb-milestone">
            {MILESTONE_LABEL[m]} {at ? <Time iso={at} mode="clock" prefix={MILESTONE_LABEL[m]} /> : '—'}
          </Text>
        );
      })}
      {incident.abilities.update && (
        <li>
          <Button variant="subtle" size="compact-xs" onClick={() => setEditing(true)} aria-label="Edit milestones">
            Edit
          </Button>
        </li>
      )}
      {editing && (
        <Suspense fallback={null}>
          <MilestonesDialog incident={incident} onClose={() => setEditing(false)} />
        </Suspense>
      )}
    </Group>
  );
}
