import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconDots } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { qs, send } from '../../../api/client.ts';
import { keys } from '../../../api/queries.ts';
import type { TimelineEntry } from '../../../api/types.ts';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { Menu } from '../../../components/Menu.tsx';
import { mergeEntries } from './mutations.ts';

/** What an entry people wrote is called, in the words the page uses for it. */
export const talkName = (kind: string) => (kind === 'stakeholder_update' ? 'stakeholder update' : kind === 'note' ? 'note' : 'comment');

/** Edits and removals answer with the corrected entry: it replaces the cached one at once, the live stream agrees later. */
export function useCorrection(incidentRef: string) {
  const qc = useQueryClient();
  const onSuccess = (entry: TimelineEntry) => {
    qc.setQueryData<TimelineEntry[]>(keys.timeline(incidentRef), (cur) => mergeEntries(cur, [entry]));
    if (entry.kind === 'stakeholder_update') void qc.invalidateQueries({ queryKey: keys.incident(incidentRef) });
  };
  const base = `/incidents/${encodeURIComponent(incidentRef)}/timeline`;
  return {
    edit: useMutation({
      mutationFn: ({ id, body }: { id: number; body: string }) => send<TimelineEntry>('PATCH', `${base}/${id}`, { body }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: ({ id, reason }: { id: number; reason: string }) =>
        send<TimelineEntry>('DELETE', `${base}/${id}${qs({ reason: reason.trim() || undefined })}`),
      onSuccess,
    }),
  };
}

/** The entry's own menu: edit it, or delete it (a stakeholder update is retracted, leaving a marker). */
export function CorrectionMenu({ entry, onEdit, onRemove }: { entry: TimelineEntry; onEdit: () => void; onRemove: () => void }) {
  const name = talkName(entry.kind);
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <ActionIcon size="sm" className="fb-tl-actions" aria-label={`Change this ${name}`}>
          <IconDots size={14} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={onEdit}>Edit {name}</Menu.Item>
        <Menu.Item color="red" onClick={onRemove}>
          {entry.kind === 'stakeholder_update' ? 'Retract update' : `Delete ${name}`}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Rewording in place: the timeline keeps what it said before, stakeholders see the corrected update. */
export function EditEntry({ entry, incidentRef, onDone }: { entry: TimelineEntry; incidentRef: string; onDone: () => void }) {
  const [text, setText] = useState(entry.body ?? '');
  const { edit } = useCorrection(incidentRef);
  const save = () => {
    if (!text.trim() || edit.isPending) return;
    edit.mutate({ id: entry.id, body: text.trim() }, { onSuccess: onDone });
  };
  return (
    <Stack gap={6}>
      <Textarea
        label={`Edit ${talkName(entry.kind)}`}
        autosize
        minRows={2}
        maxRows={10}
        autoFocus
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={getHotkeyHandler([
          ['mod+Enter', save],
          ['Escape', onDone],
        ])}
      />
      <InlineError error={edit.error} />
      <Group gap="xs">
        <Button size="xs" onClick={save} loading={edit.isPending} disabled={!text.trim()}>
          Save {talkName(entry.kind)}
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Text size="xs" c="dimmed">
          {entry.kind === 'stakeholder_update' ? 'Stakeholders see it marked as corrected.' : 'The timeline keeps what it said before.'}
        </Text>
      </Group>
    </Stack>
  );
}
