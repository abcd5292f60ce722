import { TRACKER_LABEL } from '@firebreak/shared';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Tracker } from '../../../api/trackers.ts';

/** Before a private incident's follow-up goes to a tracker: says exactly what leaves Firebreak. */
export function PrivateTrackerConfirm({
  incidentRef,
  tracker,
  sending,
  onSend,
  onClose,
}: {
  incidentRef: string;
  tracker: Tracker;
  sending: boolean;
  onSend: () => void;
  onClose: () => void;
}) {
  return (
    <Modal opened onClose={onClose} title={`Create in ${TRACKER_LABEL[tracker.kind]}?`}>
      <Stack gap="sm">
        <Text size="sm">
          {incidentRef} is private. Only this follow-up's title and a link back (which needs a sign-in and membership) will be sent to{' '}
          {tracker.target}; nothing else of the incident.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" size="sm" onClick={onClose}>
            Cancel
          </Button>
          <Button size="sm" loading={sending} onClick={onSend}>
            Send title and link
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
