import { Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { memo } from 'react';
import { Link } from 'react-router';
import type { IncidentSummary } from '../../api/types.ts';
import { SeverityFlag } from '../../components/SeverityFlag.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { Time } from '../../components/Time.tsx';

const lock = <IconLock size={13} aria-label="Private" style={{ flex: 'none' }} />;

/** One dense row: reference, severity, title with services and commander, status, age. */
export const IncidentRow = memo(function IncidentRow({
  incident: i,
  href,
  compact = false,
}: {
  incident: IncidentSummary;
  href: string;
  compact?: boolean;
}) {
  const commander = i.roles.find((r) => r.role === 'commander');
  const meta = [i.services.map((s) => s.name).join(', '), commander ? `Commander: ${commander.user.name}` : 'No commander']
    .filter(Boolean)
    .join(' · ');
  const declared = i.milestones.declared ?? i.createdAt;
  if (compact) {
    return (
      <Link to={href} className="fb-list-row fb-list-row-compact" aria-label={`${i.ref}: ${i.title}`}>
        <Group justify="space-between" gap={6} wrap="nowrap">
          <Group gap={6} wrap="nowrap">
            <span className="fb-ref">{i.ref}</span>
            <SeverityFlag severity={i.severity} />
            {i.private && lock}
          </Group>
          <Group gap={6} wrap="nowrap">
            <StatusBadge status={i.status} />
            <Text size="xs" c="dimmed" className="fb-nowrap">
              <Time iso={declared} />
            </Text>
          </Group>
        </Group>
        <Text size="sm" fw={500} lineClamp={2}>
          {i.title}
        </Text>
        <Text size="xs" c="dimmed" className="fb-truncate">
          {meta}
        </Text>
      </Link>
    );
  }
  return (
    <Link to={href} className="fb-list-row" aria-label={`${i.ref}: ${i.title}`}>
      <span className="fb-ref">{i.ref}</span>
      <span>
        <SeverityFlag severity={i.severity} />
      </span>
      <div style={{ minWidth: 0 }}>
        <Group gap={6} wrap="nowrap">
          {i.private && lock}
          <Text size="sm" fw={500} className="fb-truncate">
            {i.title}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" className="fb-truncate">
          {meta}
        </Text>
      </div>
      <Group gap={10} wrap="nowrap" justify="flex-end">
        <StatusBadge status={i.status} />
        <Text size="xs" c="dimmed" w={78} ta="right" className="fb-nowrap">
          <Time iso={declared} />
        </Text>
      </Group>
    </Link>
  );
});
