import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { TimelineEntry } from '../../../api/types.ts';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { talkName, useCorrection } from './Correction.tsx';

/** Asks before the text goes; a retracted update says why on the stakeholder page. */
export function RemoveEntry({ entry, incidentRef, onClose }: { entry: TimelineEntry; incidentRef: string; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const { remove } = useCorrection(incidentRef);
  const update = entry.kind === 'stakeholder_update';
  return (
    <Modal opened onClose={onClose} title={update ? 'Retract this stakeholder update?' : `Delete this ${talkName(entry.kind)}?`}>
      <Stack gap="sm">
        <Text size="sm">
          {update
            ? 'Its text disappears from the stakeholder page; a “retracted” marker stays where it was, so nobody wonders where it went.'
            : 'Its text is removed for everyone; the timeline notes that it was deleted, and by whom.'}
        </Text>
        {update && (
          <Textarea
            label="Why (shown to stakeholders)"
            placeholder="Posted to the wrong incident"
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        )}
        <InlineError error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" size="sm" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            size="sm"
            loading={remove.isPending}
            onClick={() => remove.mutate({ id: entry.id, reason }, { onSuccess: onClose })}
          >
            {update ? 'Retract update' : `Delete ${talkName(entry.kind)}`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
