import { type Milestone, SETTABLE_MILESTONES } from '@firebreak/shared';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { Incident } from '../../../api/types.ts';
import { DateTimeField } from '../../../components/DateTimeField.tsx';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { MILESTONE_LABEL } from '../../../lib/labels.ts';
import { patchIncident, useIncidentChange } from './mutations.ts';

/** Back-dating: people often know better than the clock when impact began or it was detected. */
export function MilestonesDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [values, setValues] = useState<Partial<Record<Milestone, string | null>>>(() =>
    Object.fromEntries(SETTABLE_MILESTONES.map((m) => [m, incident.milestones[m]])),
  );
  const save = useIncidentChange(incident.ref, () => patchIncident(incident.ref, { milestones: values }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title="Milestones">
      <form onSubmit={submit}>
        <Stack gap="sm">
          {SETTABLE_MILESTONES.map((m) => (
            <DateTimeField
              key={m}
              label={MILESTONE_LABEL[m]}
              value={values[m] ?? null}
              onChange={(v) => setValues((cur) => ({ ...cur, [m]: v }))}
              max={new Date().toISOString()}
            />
          ))}
          <InlineError error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" size="sm" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" size="sm" loading={save.isPending}>
              Save milestones
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
