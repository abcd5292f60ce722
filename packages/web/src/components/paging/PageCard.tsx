import type { PageView } from '@firebreak/shared';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBellRinging, IconCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { acknowledgePage, escalatePage, invalidatePaging } from '../../api/paging.ts';
import { InlineError } from '../ErrorNote.tsx';
import { Time } from '../Time.tsx';
import { ReassignDialog } from './ReassignDialog.tsx';

const STATUS: Record<PageView['status'], { label: string; color: string }> = {
  open: { label: 'Not acknowledged', color: 'red' },
  acknowledged: { label: 'Acknowledged', color: 'green' },
  resolved: { label: 'Ended', color: 'gray' },
};

/** One page: what it is about, where the escalation is, who was notified how, and acknowledge / escalate now / reassign. */
export function PageCard({ page, showIncident = true }: { page: PageView; showIncident?: boolean }) {
  const qc = useQueryClient();
  const [busy, setBusy] = useState<'ack' | 'escalate' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reassigning, setReassigning] = useState(false);
  const [movedTo, setMovedTo] = useState<string | null>(null);
  const run = async (kind: 'ack' | 'escalate') => {
    setBusy(kind);
    setError(null);
    setMovedTo(null);
    try {
      await (kind === 'ack' ? acknowledgePage(page.id) : escalatePage(page.id));
      invalidatePaging(qc);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const st = STATUS[page.status];
  const reached = [...new Map(page.notifications.map((n) => [n.user.id, n])).values()];
  return (
    <Paper withBorder p="sm" component="article" aria-label={`Page: ${page.title}`}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap={6} wrap="nowrap">
            {page.status === 'open' ? (
              <IconBellRinging size={16} color="var(--fb-danger-text)" aria-hidden />
            ) : (
              <IconCheck size={16} aria-hidden />
            )}
            <Text fw={600} size="sm" className="fb-truncate">
              {page.title}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {showIncident && page.incident && (
              <>
                <Anchor component={Link} to={`/incidents/${page.incident.ref}`} size="xs" underline="always">
                  {page.incident.ref}
                </Anchor>
                {' · '}
              </>
            )}
            {page.target?.name ? `to ${page.target.name} · ` : page.policy ? `${page.policy.name} · ` : ''}
            {page.source === 'human' && page.createdBy ? `by ${page.createdBy.name} · ` : ''}
            <Time iso={page.createdAt} />
          </Text>
        </Stack>
        <Badge c="var(--mantine-color-text)" color={st.color} variant="light" style={{ flex: 'none' }}>
          {st.label}
        </Badge>
      </Group>
      {page.message && (
        <Text size="sm" mt={4}>
          {page.message}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {page.acknowledgedBy && page.acknowledgedAt ? (
          <>
            Acknowledged by {page.acknowledgedBy.name} <Time iso={page.acknowledgedAt} />
            {page.acknowledgedVia ? ` (${page.acknowledgedVia})` : ''}
          </>
        ) : page.endedAt ? (
          <>Ended {page.endReason ? `(${page.endReason})` : ''}</>
        ) : (
          <>
            Step {page.step + 1} of {page.stepCount}
            {page.round > 0 ? `, round ${page.round + 1}` : ''}
            {page.nextStepAt ? (
              <>
                {' · next step '}
                <Time iso={page.nextStepAt} />
              </>
            ) : (
              ' · last step'
            )}
          </>
        )}
        {reached.length > 0 && ` · notified: ${reached.map((n) => n.user.name).join(', ')}`}
      </Text>
      {page.warnings.length > 0 && (
        <Text size="xs" className="fb-inline-error" mt={4}>
          <IconAlertTriangle size={12} aria-hidden style={{ verticalAlign: -2 }} /> {page.warnings.map((w) => w.message).join(' ')}
        </Text>
      )}
      {(page.abilities.acknowledge || page.abilities.escalate || page.abilities.reassign) && page.status === 'open' && (
        <Group gap="xs" mt="xs">
          {page.abilities.acknowledge && (
            <Button size="xs" color="red" loading={busy === 'ack'} onClick={() => run('ack')}>
              Acknowledge
            </Button>
          )}
          {page.abilities.escalate && (
            <Button size="xs" variant="default" loading={busy === 'escalate'} onClick={() => run('escalate')}>
              Escalate now
            </Button>
          )}
          {page.abilities.reassign && (
            <Button size="xs" variant="default" onClick={() => setReassigning(true)}>
              Reassign
            </Button>
          )}
        </Group>
      )}
      <InlineError error={error} />
      {movedTo && (
        <Text size="xs" role="status" mt={4}>
          Reassigned to {movedTo}: the page starts again from their first step.
        </Text>
      )}
      {reassigning && (
        <ReassignDialog
          page={page}
          onClose={() => setReassigning(false)}
          onDone={(name) => {
            setReassigning(false);
            setMovedTo(name);
          }}
        />
      )}
    </Paper>
  );
}
