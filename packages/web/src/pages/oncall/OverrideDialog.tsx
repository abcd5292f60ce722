import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { createOverride, type OverrideView } from '../../api/oncall.ts';
import { useUsers } from '../../api/queries.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { InlineError } from '../../components/ErrorNote.tsx';
import { spanText } from './ScheduleTimeline.tsx';

export type OverrideDraft = { start: string | null; end: string | null; userId: string | null; replaces?: { id: string; name: string } };

/**
 * Who covers a span: prefilled from the span chosen on the timeline (or the shift being taken), with
 * the times still editable; the server refuses overlaps and inverted spans with a message shown here.
 */
export function OverrideDialog({
  scheduleId,
  zone,
  initial,
  onClose,
}: {
  scheduleId: string;
  zone: string;
  initial: OverrideDraft;
  onClose: (created?: OverrideView) => void;
}) {
  const users = useUsers();
  const [d, setD] = useState(initial);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  const missing = {
    user: !d.userId ? 'Choose who covers this span' : undefined,
    start: !d.start ? 'Choose when the override starts' : undefined,
    end: !d.end
      ? 'Choose when it ends'
      : d.start && Date.parse(d.end) <= Date.parse(d.start)
        ? 'The end must be after the start'
        : undefined,
  };
  const field = error instanceof ApiError ? error.field : undefined;
  const serverAt = (f: string) => (field === f ? (error as ApiError).message : undefined);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (missing.user || missing.start || missing.end || !d.userId || !d.start || !d.end) return;
    setBusy(true);
    setError(null);
    try {
      const created = await createOverride(scheduleId, { user: d.userId, start: d.start, end: d.end, replaces: d.replaces?.id, note });
      onClose(created);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={() => onClose()} title={d.replaces ? `Take ${d.replaces.name}'s shift` : 'New override'} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {d.start && d.end && Date.parse(d.end) > Date.parse(d.start) && (
            <Text size="sm">
              {spanText({ start: Date.parse(d.start), end: Date.parse(d.end) }, zone)}{' '}
              <Text span c="dimmed" size="sm">
                ({zone})
              </Text>
            </Text>
          )}
          <Select
            label="Who covers it"
            placeholder="Choose a person"
            searchable
            data-autofocus
            data={(users.data ?? []).filter((u) => !u.disabled).map((u) => ({ value: u.id, label: u.name }))}
            value={d.userId}
            onChange={(v) => setD((x) => ({ ...x, userId: v }))}
            error={(tried ? missing.user : undefined) ?? serverAt('user')}
            nothingFoundMessage="No such person"
          />
          <DateTimeField
            label="Start"
            value={d.start}
            onChange={(v) => setD((x) => ({ ...x, start: v }))}
            error={(tried ? missing.start : undefined) ?? serverAt('start')}
          />
          <DateTimeField
            label="End"
            value={d.end}
            onChange={(v) => setD((x) => ({ ...x, end: v }))}
            error={(tried ? missing.end : undefined) ?? serverAt('end')}
          />
          {d.replaces && (
            <Alert variant="light" color="blue" py={6}>
              Applies only while {d.replaces.name} would be on call.
            </Alert>
          )}
          <Textarea
            label="Note (optional)"
            placeholder="Swap for the conference"
            autosize
            minRows={1}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {error && !['user', 'start', 'end'].includes(field ?? '') ? <InlineError error={error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => onClose()}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {d.replaces ? 'Take this shift' : 'Add override'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
