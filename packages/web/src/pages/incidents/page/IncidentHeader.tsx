import { ActionIcon, Anchor, Button, Group, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconHistory, IconLock, IconPencil } from '@tabler/icons-react';
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Incident } from '../../../api/types.ts';
import { pageActions } from '../../../app/commands.ts';
import { Menu } from '../../../components/Menu.tsx';
import { RetroLink } from '../../../components/retro/RetroLink.tsx';
import { SeverityFlag } from '../../../components/SeverityFlag.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { WatchButton } from '../../../components/WatchButton.tsx';
import { formatDuration, useNow } from '../../../lib/time.ts';
import type { EditField } from './EditIncident.tsx';
import { Milestones } from './Milestones.tsx';
import { Roles } from './Roles.tsx';
import { StatusControls } from './StatusControls.tsx';
import { UpdateDue } from './UpdateDue.tsx';

// The edit dialog (and its multi-select) loads when someone edits, not with every incident page.
const EditIncident = lazy(() => import('./EditIncident.tsx').then((m) => ({ default: m.EditIncident })));
// Replay loads when someone opens it (the header button, or a retrospective's link with ?asOf=).
const ReplayDrawer = lazy(() => import('./ReplayDrawer.tsx').then((m) => ({ default: m.ReplayDrawer })));
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

const EDITS: { field: EditField; label: string; keywords: string[] }[] = [
  { field: 'severity', label: 'Change severity', keywords: ['escalate', 'downgrade', 'sev'] },
  { field: 'services', label: 'Change affected services', keywords: ['service', 'components'] },
  { field: 'title', label: 'Rename incident', keywords: ['title', 'edit'] },
];

/** The meta line: each part carries its own separator, so it survives wrapping onto a second line on a phone. */
const Meta = ({ children }: { children: ReactNode[] }) => (
  <div className="fb-meta">
    {children.filter(Boolean).map((c, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts are fixed in order
      <span key={i} className="fb-meta-part">
        {c}
      </span>
    ))}
  </div>
);

/**
 * The four questions without scrolling: what is broken (title, services, severity), how bad,
 * who is on it (roles), what is next (status steps, stakeholder update due). What was known when
 * declaring can change: the title, severity and services are edited from here and the palette.
 */
export function IncidentHeader({ incident, compact }: { incident: Incident; compact: boolean }) {
  const [editing, setEditing] = useState<EditField | null>(null);
  const can = incident.abilities.update;
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf');
  const [replaying, setReplaying] = useState(false);
  const closeReplay = () => {
    setReplaying(false);
    if (asOf) {
      const next = new URLSearchParams(params);
      next.delete('asOf');
      setParams(next, { replace: true });
    }
  };
  const replayButton = can && (
    <Tooltip label="Replay: how it looked at the time">
      <ActionIcon size="lg" variant="subtle" color="gray" aria-label="Replay: how it looked at the time" onClick={() => setReplaying(true)}>
        <IconHistory size={18} />
      </ActionIcon>
    </Tooltip>
  );

  useEffect(() => {
    if (!can) return;
    pageActions.set(
      'edit',
      EDITS.map((e) => ({
        id: `edit-${e.field}`,
        group: incident.ref,
        label: e.label,
        run: () => setEditing(e.field),
        keywords: e.keywords,
      })),
    );
    return () => pageActions.clear('edit');
  }, [can, incident.ref]);

  const severity = can ? (
    <Tooltip label="Change severity">
      <UnstyledButton
        className="fb-flag-button"
        onClick={() => setEditing('severity')}
        aria-label={`Severity ${incident.severity?.name ?? 'none'}: change severity`}
      >
        <SeverityFlag severity={incident.severity} />
      </UnstyledButton>
    </Tooltip>
  ) : (
    <SeverityFlag severity={incident.severity} />
  );
  const editServices = can && !compact && (
    <Tooltip label="Change affected services">
      <ActionIcon size="sm" variant="subtle" color="gray" aria-label="Change affected services" onClick={() => setEditing('services')}>
        <IconPencil size={13} />
      </ActionIcon>
    </Tooltip>
  );
  const services = (
    <Group gap={4} wrap="wrap" component="span">
      {incident.services.length ? (
        incident.services.map((s, i) => (
          <span key={s.id}>
            <Anchor component={Link} to={`/services/${encodeURIComponent(s.name)}`} size="sm" c="var(--mantine-color-text)" fw={500}>
              {s.name}
            </Anchor>
            {i < incident.services.length - 1 ? ',' : ''}
          </span>
        ))
      ) : (
        <Text span size="sm" c="dimmed">
          No services
        </Text>
      )}
      {editServices}
    </Group>
  );
  const lock = incident.private && (
    <Tooltip label="Private: only admins and people on this incident can see it">
      <IconLock size={14} aria-label="Private incident" style={{ flex: 'none' }} />
    </Tooltip>
  );
  const meta = (
    <Meta>
      {[
        services,
        <Elapsed key="elapsed" incident={incident} />,
        <Roles key="roles" incident={incident} />,
        <RetroLink key="retro" incidentRef={incident.ref} />,
        incident.stakeholderUpdates.nextDueAt ? <UpdateDue key="due" incident={incident} short={compact} reminders /> : null,
        incident.duplicateOf ? (
          <Text key="dup" span size="sm">
            Duplicate of{' '}
            <Anchor component={Link} to={`/incidents/${incident.duplicateOf}`}>
              {incident.duplicateOf}
            </Anchor>
          </Text>
        ) : null,
      ]}
    </Meta>
  );
  const dialog = editing && (
    <Suspense fallback={null}>
      <EditIncident incident={incident} field={editing} onClose={() => setEditing(null)} />
    </Suspense>
  );
  const replay = can && (replaying || asOf) && (
    <Suspense fallback={null}>
      <ReplayDrawer incidentRef={incident.ref} initialAt={asOf} onClose={closeReplay} />
    </Suspense>
  );

  if (compact) {
    return (
      <Stack gap={6} px="sm" py="sm" className="fb-border-b" component="header">
        <Group gap={6} wrap="wrap">
          <span className="fb-ref">{incident.ref}</span>
          {severity}
          <StatusBadge status={incident.status} />
          {lock}
          <WatchButton target="incident" id={incident.id} label={incident.ref} />
          {replayButton}
        </Group>
        <Title order={1}>{incident.title}</Title>
        {meta}
        <Group gap={6} wrap="nowrap">
          <StatusControls incident={incident} compact />
          {can && (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button size="xs" variant="default" rightSection={<IconChevronDown size={14} />}>
                  Edit
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {EDITS.map((e) => (
                  <Menu.Item key={e.field} onClick={() => setEditing(e.field)}>
                    {e.label}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        {dialog}
        {replay}
      </Stack>
    );
  }
  return (
    <Stack gap={6} px="md" py="sm" className="fb-border-b" component="header">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Group gap={8} align="center" wrap="nowrap" style={{ minWidth: 0 }}>
          <span className="fb-ref">{incident.ref}</span>
          {lock}
          <Title order={1} className="fb-truncate" style={{ minWidth: 0 }}>
            {incident.title}
          </Title>
          {can && (
            <Tooltip label="Rename incident">
              <ActionIcon size="sm" variant="subtle" color="gray" aria-label="Rename incident" onClick={() => setEditing('title')}>
                <IconPencil size={14} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
        <Group gap={8} wrap="nowrap" style={{ flex: 'none' }}>
          {replayButton}
          <WatchButton target="incident" id={incident.id} label={incident.ref} />
          {severity}
          <StatusBadge status={incident.status} />
        </Group>
      </Group>
      {meta}
      <Group justify="space-between" gap="sm" wrap="wrap">
        <StatusControls incident={incident} />
        <Milestones incident={incident} />
      </Group>
      {dialog}
      {replay}
    </Stack>
  );
}
