import { TRACKER_LABEL } from '@firebreak/shared';
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { send } from '../../../api/client.ts';
import { type Tracker, type TrackerLink, trackerKeys, useTrackerLinks, useTrackers } from '../../../api/trackers.ts';
import type { Action, Incident } from '../../../api/types.ts';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { Menu } from '../../../components/Menu.tsx';

// The private-incident confirmation loads when it is needed.
const PrivateTrackerConfirm = lazy(() => import('./PrivateTrackerConfirm.tsx').then((m) => ({ default: m.PrivateTrackerConfirm })));

const label = (t: Tracker, several: boolean) => `${TRACKER_LABEL[t.kind]}${several ? ` (${t.team.name})` : ''}`;

function LinkState({ link }: { link: TrackerLink }) {
  const name = TRACKER_LABEL[link.kind];
  if (link.state === 'pending')
    return (
      <Text size="xs" c="dimmed" role="status">
        Creating in {name}…{link.error ? ` (retrying: ${link.error})` : ''}
      </Text>
    );
  if (link.state === 'failed')
    return (
      <Text size="xs" className="fb-danger">
        Not created in {name}: {link.error}
      </Text>
    );
  return (
    <Group gap={6}>
      <Anchor href={link.url ?? undefined} target="_blank" rel="noreferrer" size="xs">
        {name} {link.key} <IconExternalLink size={11} aria-hidden />
      </Anchor>
      <Badge size="xs" variant="outline" color="gray" styles={{ root: { color: 'var(--mantine-color-text)' } }}>
        {link.externalStatus === 'closed' ? `Closed in ${name}` : `Open in ${name}`}
      </Badge>
    </Group>
  );
}

/** A follow-up's issue in a team's tracker: its link and status, or the button that creates it. */
export function FollowUpTracker({ action, incident }: { action: Action; incident: Incident }) {
  const qc = useQueryClient();
  const trackers = useTrackers();
  const links = useTrackerLinks(incident.ref);
  const [confirm, setConfirm] = useState<Tracker | null>(null);
  const push = useMutation({
    mutationFn: (t: Tracker) =>
      send<TrackerLink>('POST', `/actions/${action.id}/push`, { tracker: t.id, ...(incident.private ? { confirmPrivate: true } : {}) }),
    onSuccess: () => {
      setConfirm(null);
      void qc.invalidateQueries({ queryKey: trackerKeys.links(incident.ref) });
    },
  });
  const link = links.data?.find((l) => l.actionId === action.id);
  const list = trackers.data ?? [];
  const start = (t: Tracker) => (incident.private ? setConfirm(t) : push.mutate(t));
  const mayPush = action.abilities.update && list.length > 0 && (!link || link.state === 'failed');
  if (!link && !mayPush) return null;
  return (
    <Stack gap={2} mt={2}>
      {link && <LinkState link={link} />}
      {mayPush &&
        (list.length === 1 ? (
          <Group>
            <Button size="compact-xs" variant="light" loading={push.isPending} onClick={() => start(list[0])}>
              {link ? 'Try again in' : 'Create in'} {TRACKER_LABEL[list[0].kind]}
            </Button>
          </Group>
        ) : (
          <Menu>
            <Menu.Target>
              <Button size="compact-xs" variant="light" loading={push.isPending} w="fit-content">
                Create in a tracker
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {list.map((t) => (
                <Menu.Item key={t.id} onClick={() => start(t)}>
                  {label(t, true)}: {t.target}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        ))}
      <InlineError error={push.error} />
      {confirm && (
        <Suspense fallback={null}>
          <PrivateTrackerConfirm
            incidentRef={incident.ref}
            tracker={confirm}
            sending={push.isPending}
            onSend={() => push.mutate(confirm)}
            onClose={() => setConfirm(null)}
          />
        </Suspense>
      )}
    </Stack>
  );
}
