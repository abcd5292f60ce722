import { Alert, Anchor, Skeleton, Stack, Text } from '@mantine/core';
import { IconRepeat } from '@tabler/icons-react';
import { Link } from 'react-router';
import { groupPath, useSimilarIncidents } from '../../../api/learning.ts';
import { Time } from '../../../components/Time.tsx';
import { SimilarItem } from '../../learning/bits.tsx';
import { Section } from './TicketSection.tsx';

/**
 * "What did we do last time?": past incidents like this one, why they match, their root cause and
 * fixes, and a flag when this incident belongs to a recurring group. Its own chunk (React.lazy in
 * Ticket), so the incident page's first paint does not carry it.
 */
export function SimilarIncidents({ incidentRef }: { incidentRef: string }) {
  const q = useSimilarIncidents(incidentRef);
  const list = q.data?.data ?? [];
  const group = q.data?.group;
  return (
    <Section title={`Similar past incidents${list.length ? ` (${list.length})` : ''}`} id="similar">
      {group && (
        <Alert color="orange" variant="light" icon={<IconRepeat size={16} />} title="Recurring incident" mb="xs" p="xs">
          <Text size="sm">
            One of {group.count} alike incidents since <Time iso={group.firstAt} />;{' '}
            {group.rootCauseFixed ? 'a root cause fix was done for one of them.' : 'the root cause was never fixed for real.'}{' '}
            <Anchor component={Link} to={groupPath(group.id)} size="sm" underline="always">
              See the group
            </Anchor>
          </Text>
        </Alert>
      )}
      {q.error ? (
        <Text size="sm" c="red.8">
          Similar incidents could not load.{' '}
          <Anchor component="button" size="sm" onClick={() => q.refetch()}>
            Try again
          </Anchor>
        </Text>
      ) : !q.data ? (
        <Skeleton height={48} />
      ) : list.length ? (
        <Stack gap="sm">
          {list.map((s) => (
            <SimilarItem key={s.ref} item={s} />
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          No past incident looks like this one yet.
        </Text>
      )}
    </Section>
  );
}
