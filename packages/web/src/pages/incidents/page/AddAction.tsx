import { ACTION_ADDRESSES, ACTION_PRIORITIES, type ActionAddresses, type ActionKind, type ActionPriority } from '@firebreak/shared';
import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, send } from '../../../api/client.ts';
import { useUsers } from '../../../api/queries.ts';
import type { Action, Incident } from '../../../api/types.ts';
import { useUser } from '../../../app/session.ts';
import { DateTimeField } from '../../../components/DateTimeField.tsx';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { ADDRESSES_LABEL } from '../../../lib/labels.ts';
import { useActionRefresh } from './Actions.tsx';

// The form for a new action, its own chunk: it loads when someone adds an action.

/** Owner picker over people who can work incidents; "me" first. */
export function OwnerSelect({
  value,
  onChange,
  label = 'Owner',
}: {
  value: string | null;
  onChange: (v: string | null) => void;
  label?: string;
}) {
  const me = useUser();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 200);
  const users = useUsers(q);
  const data = [
    { value: me.id, label: `Me (${me.name})` },
    ...(users.data ?? [])
      .filter((u) => u.id !== me.id && u.role !== 'viewer' && !u.disabled)
      .map((u) => ({ value: u.id, label: `${u.name} (${u.email})` })),
  ];
  return (
    <Select
      label={label}
      placeholder="Nobody yet"
      searchable
      clearable
      allowDeselect
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      value={value}
      onChange={onChange}
      size="xs"
      nothingFoundMessage="Nobody found"
    />
  );
}

export function AddAction({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ActionKind>('next');
  const [addresses, setAddresses] = useState<ActionAddresses>('symptom');
  const [owner, setOwner] = useState<string | null>(null);
  const [dueAt, setDueAt] = useState<string | null>(null);
  const [priority, setPriority] = useState<ActionPriority>('p3');
  const refresh = useActionRefresh(incident.ref);
  const create = useMutation({
    mutationFn: () =>
      send<Action>('POST', `/incidents/${encodeURIComponent(incident.ref)}/actions`, {
        title: title.trim(),
        kind,
        addresses,
        owner,
        dueAt,
        priority,
      }),
    onSuccess: () => {
      refresh();
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const field = create.error instanceof ApiError ? create.error.field : undefined;
  return (
    <form onSubmit={submit} aria-label="New action">
      <Stack gap="xs" p="sm" className="fb-surface" style={{ borderRadius: 6, border: '1px solid var(--fb-border)' }}>
        <SegmentedControl
          aria-label="Kind"
          size="xs"
          value={kind}
          onChange={(v) => {
            setKind(v as ActionKind);
            if (v === 'follow_up' && addresses === 'symptom') setAddresses('root_cause');
          }}
          data={[
            { value: 'next', label: 'Next action' },
            { value: 'follow_up', label: 'Follow-up' },
          ]}
        />
        <TextInput
          label="What needs doing"
          size="xs"
          required
          autoFocus
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={field === 'title' ? (create.error as Error).message : undefined}
        />
        <Group grow gap="xs" align="flex-start">
          <Select
            label="Addresses"
            size="xs"
            data={ACTION_ADDRESSES.map((a) => ({ value: a, label: ADDRESSES_LABEL[a] }))}
            value={addresses}
            onChange={(v) => v && setAddresses(v as ActionAddresses)}
          />
          <Select
            label="Priority"
            size="xs"
            data={ACTION_PRIORITIES.map((p) => ({ value: p, label: p.toUpperCase() }))}
            value={priority}
            onChange={(v) => v && setPriority(v as ActionPriority)}
          />
        </Group>
        <OwnerSelect value={owner} onChange={setOwner} />
        {kind === 'follow_up' && !owner && (
          <Text size="xs" c="dimmed">
            A follow-up without an owner stays a draft and does not count toward closing the incident.
          </Text>
        )}
        <DateTimeField label="Due" value={dueAt} onChange={setDueAt} />
        {field !== 'title' && <InlineError error={create.error} />}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={create.isPending}>
            Add {kind === 'next' ? 'action' : 'follow-up'}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
