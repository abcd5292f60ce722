import type { ChangeEventView } from '@firebreak/shared';
import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getData } from '../../../api/client.ts';
import { Time } from '../../../components/Time.tsx';
import { Section } from './TicketSection.tsx';

/** Changes (deploys, config) reported on the incident's services from a day before it was declared: kept tiny, it ships with the incident page. */
export function RecentChanges({ incidentRef }: { incidentRef: string }) {
  const q = useQuery({
    queryKey: ['changes', incidentRef.toUpperCase()],
    queryFn: ({ signal }) => getData<ChangeEventView[]>(`/incidents/${encodeURIComponent(incidentRef)}/changes?limit=20`, signal),
  });
  const list = q.data ?? [];
  return (
    <Section title={`Recent changes${list.length ? ` (${list.length})` : ''}`} id="changes">
      {q.error ? (
        <Text size="sm" c="red">
          Changes could not load.
        </Text>
      ) : !q.data ? null : list.length ? (
        <ul className="fb-plain-list">
          {list.map((c) => (
            <li key={c.id}>
              <Text size="sm">
                <Text span c="dimmed" size="xs">
                  <Time iso={c.occurredAt} mode="clock" />
                </Text>{' '}
                {c.summary}
                {c.links.map((l) => (
                  <span key={l.href}>
                    {' · '}
                    <a href={l.href} target="_blank" rel="noreferrer noopener">
                      {l.text}
                    </a>
                  </span>
                ))}
              </Text>
              <Text size="xs" c="dimmed">
                {[c.service?.name, c.source, c.integration.name].filter(Boolean).join(' · ')}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="sm" c="dimmed">
          No changes reported on these services since a day before this was declared.
        </Text>
      )}
    </Section>
  );
}
