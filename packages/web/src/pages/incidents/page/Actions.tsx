import { ACTION_STATUSES, type ActionStatus, isOpenActionStatus } from '@firebreak/shared';
import { Badge, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState } from 'react';
import { send } from '../../../api/client.ts';
import { keys, useActions } from '../../../api/queries.ts';
import type { Action, Incident } from '../../../api/types.ts';
import { ErrorNote, InlineError } from '../../../components/ErrorNote.tsx';
import { Select } from '../../../components/Select.tsx';
import { Time } from '../../../components/Time.tsx';
import { ACTION_STATUS_LABEL, ADDRESSES_LABEL } from '../../../lib/labels.ts';
import { FollowUpTracker } from './FollowUpTracker.tsx';

// The new-action form (its selects, date field and owner search) loads when someone adds an action.
const AddAction = lazy(() => import('./AddAction.tsx').then((m) => ({ default: m.AddAction })));

export function useActionRefresh(ref: string) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: keys.actions(ref) });
    void qc.invalidateQueries({ queryKey: keys.incident(ref) });
    void qc.invalidateQueries({ queryKey: keys.myActions });
  };
}

function ActionRow({ action: a, incidentRef, incident }: { action: Action; incidentRef?: string; incident?: Incident }) {
  const refresh = useActionRefresh(a.incidentRef);
  const [reason, setReason] = useState<string | null>(null);
  const update = useMutation({
    mutationFn: (body: Record<string, unknown>) => send<Action>('PATCH', `/actions/${a.id}`, body),
    onSuccess: () => {
      setReason(null);
      refresh();
    },
  });
  const setStatus = (s: ActionStatus) => (s === 'wont_do' ? setReason('') : update.mutate({ status: s }));
  const finished = !isOpenActionStatus(a.status);
  return (
    <li className="fb-action">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Select
          aria-label={`Status of ${a.title}`}
          size="xs"
          w={118}
          data={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABEL[s] }))}
          value={reason !== null ? 'wont_do' : a.status}
          onChange={(v) => v && setStatus(v as ActionStatus)}
          disabled={!a.abilities.update || update.isPending}
          style={{ flex: 'none' }}
        />
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text
            size="sm"
            fw={500}
            td={finished ? 'line-through' : undefined}
            c={finished ? 'dimmed' : undefined}
            style={{ overflowWrap: 'anywhere' }}
          >
            {incidentRef && <span className="fb-ref">{a.incidentRef} </span>}
            {a.title}
          </Text>
          <Group gap={6} wrap="wrap">
            <Text size="xs" c="dimmed">
              {a.owner ? a.owner.name : a.draft ? 'No owner · draft' : 'No owner'}
            </Text>
            {a.dueAt && (
              <Text size="xs" className={a.overdue ? 'fb-danger' : undefined} c={a.overdue ? undefined : 'dimmed'}>
                {a.overdue ? 'Overdue · due ' : 'Due '}
                <Time iso={a.dueAt} mode="clock" />
              </Text>
            )}
            <Badge size="xs" variant="outline" color="gray" styles={{ root: { color: 'var(--mantine-color-text)' } }}>
              {ADDRESSES_LABEL[a.addresses]}
            </Badge>
            <Badge size="xs" variant="outline" color="gray" styles={{ root: { color: 'var(--mantine-color-text)' } }}>
              {a.priority.toUpperCase()}
            </Badge>
            {!a.owner && a.abilities.update && !finished && (
              <Button size="compact-xs" variant="subtle" onClick={() => update.mutate({ owner: 'me' })}>
                Take it
              </Button>
            )}
          </Group>
          {reason !== null && (
            <Group gap={6} mt={6} wrap="nowrap">
              <TextInput
                aria-label={`Why won't "${a.title}" be done?`}
                placeholder="Why won't it be done?"
                size="xs"
                style={{ flex: 1 }}
                autoFocus
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <Button size="xs" disabled={!reason.trim()} onClick={() => update.mutate({ status: 'wont_do', statusReason: reason.trim() })}>
                Save
              </Button>
              <Button size="xs" variant="default" onClick={() => setReason(null)}>
                Cancel
              </Button>
            </Group>
          )}
          {a.status === 'wont_do' && a.statusReason && (
            <Text size="xs" c="dimmed">
              Won't do: {a.statusReason}
            </Text>
          )}
          {incident && a.kind === 'follow_up' && <FollowUpTracker action={a} incident={incident} />}
          <InlineError error={update.error} />
        </div>
      </Group>
    </li>
  );
}

export function ActionList({
  actions,
  showIncident = false,
  incident,
}: {
  actions: Action[];
  showIncident?: boolean;
  incident?: Incident;
}) {
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
      {actions.map((a) => (
        <ActionRow key={a.id} action={a} incidentRef={showIncident ? a.incidentRef : undefined} incident={incident} />
      ))}
    </ul>
  );
}

/** Next actions and follow-ups, each with owner, due date and status; overdue ones in red. */
export function Actions({ incident }: { incident: Incident }) {
  const actions = useActions(incident.ref);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const done = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };
  if (actions.error) return <ErrorNote error={actions.error} onRetry={() => actions.refetch()} />;
  const list = actions.data ?? [];
  const next = list.filter((a) => a.kind === 'next');
  const follow = list.filter((a) => a.kind === 'follow_up');
  const overdue = list.filter((a) => a.overdue).length;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {next.length} next action{next.length === 1 ? '' : 's'} · {follow.length} follow-up{follow.length === 1 ? '' : 's'}
          {overdue > 0 && <span className="fb-danger"> · {overdue} overdue</span>}
        </Text>
        {incident.abilities.addActions && !adding && (
          <Tooltip label="Add a next action or a follow-up">
            <Button ref={addButton} size="compact-xs" variant="light" leftSection={<IconPlus size={12} />} onClick={() => setAdding(true)}>
              Add action
            </Button>
          </Tooltip>
        )}
      </Group>
      {adding && (
        <Suspense fallback={null}>
          <AddAction incident={incident} onDone={done} />
        </Suspense>
      )}
      {actions.isPending && (
        <Text size="sm" c="dimmed">
          Loading actions…
        </Text>
      )}
      {next.length > 0 && (
        <Stack gap={4}>
          <Text size="xs" fw={600}>
            Next actions
          </Text>
          <ActionList actions={next} />
        </Stack>
      )}
      {follow.length > 0 && (
        <Stack gap={4}>
          <Text size="xs" fw={600}>
            Follow-ups
          </Text>
          <ActionList actions={follow} incident={incident} />
        </Stack>
      )}
      {!actions.isPending && list.length === 0 && !adding && (
        <Text size="sm" c="dimmed">
          No actions yet. Add what needs doing now, and follow-ups for after.
        </Text>
      )}
    </Stack>
  );
}
