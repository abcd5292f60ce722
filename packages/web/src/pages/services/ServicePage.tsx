import { Anchor, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconExternalLink } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useIncidents, useService } from '../../api/queries.ts';
import { canWork, useUser } from '../../app/session.ts';
import { CriticalityBadge } from '../../components/CriticalityBadge.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { Markdown } from '../../components/Markdown.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { WatchButton } from '../../components/WatchButton.tsx';
import { IncidentRow } from '../incidents/IncidentRow.tsx';
import { ServiceForm } from './ServiceForm.tsx';
import { ServicePolicy } from './ServicePolicy.tsx';

/** One service: what it is, who owns it, and its recent incidents. */
export function ServicePage() {
  const { name = '' } = useParams();
  const user = useUser();
  const navigate = useNavigate();
  const service = useService(name);
  const incidents = useIncidents({ service: name });
  const [editing, setEditing] = useState(false);
  const compact = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const editButton = useRef<HTMLButtonElement>(null);
  if (service.isPending) return <PageSkeleton rows={4} />;
  if (service.error) {
    return (
      <Container size="md" py="lg">
        <h1 className="fb-sr-only">Service not available</h1>
        <ErrorNote error={service.error} onRetry={() => service.refetch()} />
      </Container>
    );
  }
  const s = service.data;
  const rows = incidents.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Container size={960} py="md" px="md">
      <Stack gap="md">
        <Anchor component={Link} to="/services" size="sm">
          ← Services
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap={8}>
              <Title order={1}>{s.name}</Title>
              <CriticalityBadge value={s.criticality} />
            </Group>
            <Text size="sm" c="dimmed">
              Owner: {s.ownerTeam?.name ?? 'no team'}
              {s.runbookUrl && (
                <>
                  {' · '}
                  <Anchor href={s.runbookUrl} target="_blank" rel="noopener noreferrer" size="sm">
                    Runbook <IconExternalLink size={12} style={{ verticalAlign: -1 }} />
                  </Anchor>
                </>
              )}
            </Text>
          </Stack>
          <Group gap="xs">
            <WatchButton target="service" id={s.id} label={s.name} />
            {canWork(user) && (
              <Button ref={editButton} variant="default" onClick={() => setEditing(true)}>
                Edit service
              </Button>
            )}
          </Group>
        </Group>
        {s.description && <Markdown>{s.description}</Markdown>}
        <ServicePolicy serviceId={s.id} serviceName={s.name} editable={canWork(user)} />
        <Paper p={0}>
          <Group justify="space-between" px="md" py="xs" className="fb-border-b">
            <Title order={2}>Recent incidents</Title>
          </Group>
          {incidents.error && <ErrorNote error={incidents.error} />}
          {incidents.isPending && (
            <Text size="sm" c="dimmed" p="md">
              Loading incidents…
            </Text>
          )}
          {!incidents.isPending && rows.length === 0 && (
            <Text size="sm" c="dimmed" p="md">
              No incidents on {s.name} yet.
            </Text>
          )}
          <ul aria-label={`Incidents on ${s.name}`} className="fb-plain-list">
            {rows.slice(0, 20).map((i) => (
              <li key={i.id}>
                <IncidentRow
                  incident={i}
                  href={user.role === 'viewer' ? `/incidents/${i.ref}/status-page` : `/incidents/${i.ref}`}
                  compact={compact}
                />
              </li>
            ))}
          </ul>
          {rows.length > 20 && (
            <Text size="sm" p="sm">
              <Anchor component={Link} to={`/incidents?status=all&service=${encodeURIComponent(s.name)}`}>
                All incidents on {s.name}
              </Anchor>
            </Text>
          )}
        </Paper>
      </Stack>
      {editing && (
        <ServiceForm
          service={s}
          onClose={(saved) => {
            setEditing(false);
            if (saved && saved.name !== s.name) navigate(`/services/${encodeURIComponent(saved.name)}`, { replace: true });
            else requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      )}
    </Container>
  );
}
