import { Anchor, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Incident } from '../../../api/types.ts';
import { RetroLink } from '../../../components/retro/RetroLink.tsx';
import { SeverityFlag } from '../../../components/SeverityFlag.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { formatDuration, useNow } from '../../../lib/time.ts';
import { Milestones } from './Milestones.tsx';
import { Roles } from './Roles.tsx';
import { StatusControls } from './StatusControls.tsx';
import { UpdateDue } from './UpdateDue.tsx';

const dot = (
  <Text span c="dimmed" aria-hidden className="fb-dot">
    ·
  </Text>
);

/** How long it has been going on: from impact (or declaration) to resolution (or now). */
function Elapsed({ incident }: { incident: Incident }) {
  const now = useNow();
  const m = incident.milestones;
  const from = m.impactStarted ?? m.declared ?? incident.createdAt;
  const to = m.resolved ? Date.parse(m.resolved) : now;
  return (
    <Tooltip label={m.resolved ? 'From start of impact (or declaration) to resolution' : 'Since impact started (or declaration)'}>
      <Text span size="sm" className="fb-nowrap">
        {formatDuration(to - Date.parse(from))}
        {m.resolved ? ' total' : ''}
      </Text>
    </Tooltip>
  );
}

/**
 * The four questions without scrolling: what is broken (title, services, severity), how bad,
 * who is on it (roles), what is next (status steps, stakeholder update due).
 */
export function IncidentHeader({ incident, compact }: { incident: Incident; compact: boolean }) {
  const services = incident.services.length ? (
    <Group gap={4} wrap="wrap" component="span">
      {incident.services.map((s, i) => (
        <span key={s.id}>
          <Anchor component={Link} to={`/services/${encodeURIComponent(s.name)}`} size="sm" c="var(--mantine-color-text)" fw={500}>
            {s.name}
          </Anchor>
          {i < incident.services.length - 1 ? ',' : ''}
        </span>
      ))}
    </Group>
  ) : (
    <Text span size="sm" c="dimmed">
      No services
    </Text>
  );
  const lock = incident.private && (
    <Tooltip label="Private: only admins and people on this incident can see it">
      <IconLock size={14} aria-label="Private incident" style={{ flex: 'none' }} />
    </Tooltip>
  );
  return (
    <Stack gap={6} px={compact ? 'sm' : 'md'} py="sm" className="fb-border-b" component="header">
      {compact ? (
        <>
          <Group justify="space-between" gap={8} wrap="nowrap">
            <Group gap={6} wrap="nowrap">
              <span className="fb-ref">{incident.ref}</span>
              <SeverityFlag severity={incident.severity} />
              <StatusBadge status={incident.status} />
              {lock}
            </Group>
            <StatusControls incident={incident} compact />
          </Group>
          <Title order={1}>{incident.title}</Title>
        </>
      ) : (
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Group gap={8} align="center" wrap="nowrap" style={{ minWidth: 0 }}>
            <span className="fb-ref">{incident.ref}</span>
            {lock}
            <Title order={1} className="fb-truncate" style={{ minWidth: 0 }}>
              {incident.title}
            </Title>
          </Group>
          <Group gap={8} wrap="nowrap" style={{ flex: 'none' }}>
            <SeverityFlag severity={incident.severity} />
            <StatusBadge status={incident.status} />
          </Group>
        </Group>
      )}
      <Group gap={compact ? 4 : 8} wrap="wrap" align="center" style={{ rowGap: 0 }}>
        {services}
        {dot}
        <Elapsed incident={incident} />
        {dot}
        <Roles incident={incident} />
        {dot}
        <RetroLink incidentRef={incident.ref} />
        {incident.stakeholderUpdates.nextDueAt && (
          <>
            {dot}
            <UpdateDue incident={incident} short={compact} />
          </>
        )}
        {incident.duplicateOf && (
          <>
            {dot}
            <Text span size="sm">
              Duplicate of{' '}
              <Anchor component={Link} to={`/incidents/${incident.duplicateOf}`}>
                {incident.duplicateOf}
              </Anchor>
            </Text>
          </>
        )}
      </Group>
      {!compact && (
        <Group justify="space-between" gap="sm" wrap="wrap">
          <StatusControls incident={incident} />
          <Milestones incident={incident} />
        </Group>
      )}
    </Stack>
  );
}
