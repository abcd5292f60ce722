import { Button, Checkbox, Group, Modal, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { Incident } from '../../../api/types.ts';
import { DateTimeField } from '../../../components/DateTimeField.tsx';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { usePostEntry } from './mutations.ts';

/** A note about something that happened earlier ("impact began 12:40"), placed at that time. */
export function NoteDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [body, setBody] = useState('');
  const [occurredAt, setOccurredAt] = useState<string | null>(new Date().toISOString());
  const [pinned, setPinned] = useState(false);
  const post = usePostEntry(incident.ref, 'timeline');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    post.mutate({ body: body.trim(), ...(occurredAt ? { occurredAt } : {}), pinned }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title="Add a note to the timeline">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Textarea
            label="What happened"
            required
            autosize
            minRows={3}
            data-autofocus
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
          <DateTimeField
            label="When it happened"
            description="Back-date it if it happened earlier; it is placed at that time."
            value={occurredAt}
            onChange={setOccurredAt}
            max={new Date().toISOString()}
          />
          <Checkbox label="Pin as a key moment" checked={pinned} onChange={(e) => setPinned(e.currentTarget.checked)} />
          <InlineError error={post.error} />
          <Group justify="flex-end">
            <Button variant="default" size="sm" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" size="sm" loading={post.isPending} disabled={!body.trim()}>
              Add note
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
