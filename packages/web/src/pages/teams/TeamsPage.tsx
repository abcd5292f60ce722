import { Anchor, Button, Group, Modal, MultiSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, send } from '../../api/client.ts';
import { keys, useServices, useTeams, useUsers } from '../../api/queries.ts';
import type { Team } from '../../api/types.ts';
import { canWork, useUser } from '../../app/session.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { TeamChatChannel } from './TeamChatChannel.tsx';
import { TeamTracker } from './TeamTracker.tsx';

function TeamForm({ team, onClose }: { team?: Team; onClose: () => void }) {
  const users = useUsers();
  const qc = useQueryClient();
  const [name, setName] = useState(team?.name ?? '');
  const [description, setDescription] = useState(team?.description ?? '');
  const [members, setMembers] = useState<string[]>(team?.members.map((m) => m.id) ?? []);
  const save = useMutation({
    mutationFn: () => {
      const body = { name: name.trim(), description, members };
      return team ? send<Team>('PATCH', `/teams/${encodeURIComponent(team.id)}`, body) : send<Team>('POST', '/teams', body);
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: keys.teams });
      void qc.invalidateQueries({ queryKey: keys.services });
      onClose();
    },
  });
  const field = save.error instanceof ApiError ? save.error.field : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={team ? `Edit ${team.name}` : 'Create a team'}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={field === 'name' ? (save.error as Error).message : undefined}
          />
          <Textarea label="Description" autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
          <MultiSelect
            label="Members"
            placeholder="Search people"
            searchable
            data={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
            value={members}
            onChange={setMembers}
            hidePickedOptions
          />
          {field !== 'name' && <InlineError error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" size="sm" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" size="sm" loading={save.isPending}>
              {team ? 'Save team' : 'Create team'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Teams, their people and the services they own. */
export function TeamsPage() {
  const user = useUser();
  const teams = useTeams();
  const services = useServices();
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = (t: Team | 'new', el: HTMLElement) => {
    opener.current = el;
    setEditing(t);
  };
  return (
    <>
      <PageHeader
        title="Teams"
        subtitle="Owning teams are added as watchers when an incident names their service."
        action={
          canWork(user) && (
            <Button leftSection={<IconPlus size={14} />} onClick={(e) => open('new', e.currentTarget)}>
              Create team
            </Button>
          )
        }
      />
      {teams.isPending ? (
        <PageSkeleton rows={4} />
      ) : teams.error ? (
        <div style={{ padding: 16 }}>
          <ErrorNote error={teams.error} onRetry={() => teams.refetch()} />
        </div>
      ) : teams.data.length === 0 ? (
        <EmptyState icon={<IconUsersGroup size={28} />} title="No teams yet">
          Create teams and make them owners of services, so the right people hear about incidents.
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} p="md" spacing="md">
          {teams.data.map((t) => {
            const owned = (services.data ?? []).filter((s) => s.ownerTeam?.id === t.id);
            return (
              <Paper key={t.id} p="md" component="section" aria-labelledby={`team-${t.id}`}>
                <Stack gap={6}>
                  <Group justify="space-between" wrap="nowrap">
                    <Title order={2} id={`team-${t.id}`}>
                      {t.name}
                    </Title>
                    {canWork(user) && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="gray"
                        c="var(--mantine-color-text)"
                        aria-label={`Edit team ${t.name}`}
                        onClick={(e) => open(t, e.currentTarget)}
                      >
                        Edit
                      </Button>
                    )}
                  </Group>
                  {t.description && (
                    <Text size="sm" c="dimmed">
                      {t.description}
                    </Text>
                  )}
                  <Text size="xs" fw={600}>
                    {t.members.length} member{t.members.length === 1 ? '' : 's'}
                  </Text>
                  <Text size="sm">
                    {t.members.map((m) => m.name).join(', ') || (
                      <Text span c="dimmed" size="sm">
                        No members
                      </Text>
                    )}
                  </Text>
                  <Text size="xs" fw={600}>
                    Owns
                  </Text>
                  <Group gap={6}>
                    {owned.length ? (
                      owned.map((s) => (
                        <Anchor key={s.id} component={Link} to={`/services/${encodeURIComponent(s.name)}`} size="sm">
                          {s.name}
                        </Anchor>
                      ))
                    ) : (
                      <Text size="sm" c="dimmed">
                        No services
                      </Text>
                    )}
                  </Group>
                  <TeamTracker team={t} />
                  <TeamChatChannel team={t} />
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
      {editing && (
        <TeamForm
          team={editing === 'new' ? undefined : editing}
          onClose={() => {
            setEditing(null);
            requestAnimationFrame(() => opener.current?.focus());
          }}
        />
      )}
    </>
  );
}
