import { USER_ROLES, type UserRole } from '@firebreak/shared';
import { Badge, Button, Group, Modal, PasswordInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, send } from '../../api/client.ts';
import { useUsers } from '../../api/queries.ts';
import type { User } from '../../api/types.ts';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { count } from '../../lib/labels.ts';
import { SessionList } from '../account/Sessions.tsx';

const ROLE_HELP: Record<UserRole, string> = {
  admin: 'Admin: everything, including settings and private incidents',
  responder: 'Responder: declares and works incidents',
  viewer: 'Viewer (stakeholder): reads status and updates only',
};

function CreateUser({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>('responder');
  const [password, setPassword] = useState('');
  const create = useMutation({
    mutationFn: () =>
      send<User>('POST', '/users', { email: email.trim(), name: name.trim() || undefined, role, password: password || undefined }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
  });
  const field = create.error instanceof ApiError ? create.error.field : undefined;
  const err = (f: string) => (field === f ? (create.error as Error).message : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Modal opened onClose={onClose} title="Add a person">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput
            label="E-mail"
            type="email"
            required
            data-autofocus
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={err('email')}
          />
          <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={err('name')} />
          <Select
            label="Role"
            data={USER_ROLES.map((r) => ({ value: r, label: ROLE_HELP[r] }))}
            value={role}
            onChange={(v) => v && setRole(v as UserRole)}
          />
          <PasswordInput
            label="Initial password"
            description="At least 10 characters; share it with them safely. Leave empty for API-token-only users."
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={err('password')}
          />
          {!['email', 'name', 'password'].includes(field ?? '') && <InlineError error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" size="sm" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" size="sm" loading={create.isPending}>
              Add person
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function UserRow({ user: u }: { user: User }) {
  const qc = useQueryClient();
  const [sessions, setSessions] = useState(false);
  const sessionsButton = useRef<HTMLButtonElement>(null);
  const update = useMutation({
    mutationFn: (body: Record<string, unknown>) => send<User>('PATCH', `/users/${u.id}`, body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['users'] }),
  });
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {u.name}
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {u.email}
        </Text>
        <InlineError error={update.error} />
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={`Role of ${u.name}`}
          size="xs"
          w={130}
          data={USER_ROLES.map((r) => ({ value: r, label: r[0].toUpperCase() + r.slice(1) }))}
          value={u.role}
          disabled={!u.abilities.changeRole || update.isPending}
          onChange={(v) => v && update.mutate({ role: v })}
        />
      </Table.Td>
      <Table.Td>
        {u.disabled ? (
          <Badge color="gray" variant="outline" styles={{ root: { color: 'var(--mantine-color-text)' } }}>
            Disabled
          </Badge>
        ) : (
          <Text size="sm">Active</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          {u.abilities.changeRole && (
            <Button
              ref={sessionsButton}
              size="compact-xs"
              variant="default"
              onClick={() => setSessions(true)}
              aria-label={`Sessions of ${u.name}`}
            >
              Sessions
            </Button>
          )}
          {u.abilities.changeRole && (
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => update.mutate({ disabled: !u.disabled })}
              loading={update.isPending}
              aria-label={`${u.disabled ? 'Enable' : 'Disable'} ${u.name}`}
            >
              {u.disabled ? 'Enable' : 'Disable'}
            </Button>
          )}
        </Group>
        {sessions && (
          <Modal
            opened
            size="lg"
            onClose={() => {
              setSessions(false);
              requestAnimationFrame(() => sessionsButton.current?.focus());
            }}
            title={`Where ${u.name} is signed in`}
          >
            <SessionList who={u.id} name={u.name} />
          </Modal>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** People: add, change role, disable. */
export function UserSettings() {
  const users = useUsers();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  if (users.isPending) return <PageSkeleton rows={4} />;
  if (users.error) return <ErrorNote error={users.error} onRetry={() => users.refetch()} />;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {count(users.data.length, 'person', 'people')}. Viewers are stakeholders: they see status pages, never the war room.
        </Text>
        <Button ref={addButton} leftSection={<IconUserPlus size={14} />} onClick={() => setAdding(true)}>
          Add person
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={0}>
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>
                <span className="fb-sr-only">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data.map((u) => (
              <UserRow key={u.id} user={u} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {adding && (
        <CreateUser
          onClose={() => {
            setAdding(false);
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      )}
    </Stack>
  );
}
