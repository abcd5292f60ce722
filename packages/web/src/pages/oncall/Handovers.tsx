import { Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ackHandover, type HandoverView, invalidateOnCall, saveHandover, useHandovers } from '../../api/oncall.ts';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { Time } from '../../components/Time.tsx';

/** What happened in the outgoing shift, as the server gathered it: the handover's prefilled part. */
function Summary({ h }: { h: HandoverView }) {
  const s = h.summary;
  const nothing = !s.incidents.length && !s.alerts.length && !s.pages.length;
  if (nothing)
    return (
      <Text size="sm" c="dimmed">
        A quiet shift: no open incidents, unacknowledged alerts or pages.
      </Text>
    );
  return (
    <Stack gap={4}>
      {s.incidents.length > 0 && (
        <div>
          <Text size="xs" fw={600}>
            Open incidents ({s.incidents.length})
          </Text>
          <ul className="fb-plain-list">
            {s.incidents.map((i) => (
              <li key={i.id}>
                <Text size="sm">
                  <Anchor component={Link} to={`/incidents/${i.ref}`} size="sm">
                    {i.ref}
                  </Anchor>{' '}
                  {i.title}{' '}
                  <Text span size="xs" c="dimmed">
                    · {i.status}
                  </Text>
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {s.alerts.length > 0 && (
        <div>
          <Text size="xs" fw={600}>
            Unacknowledged alerts ({s.alerts.length})
          </Text>
          <ul className="fb-plain-list">
            {s.alerts.map((a) => (
              <li key={a.id}>
                <Anchor component={Link} to={`/alerts/${a.id}`} size="sm">
                  {a.title}
                </Anchor>
                {a.service && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {a.service}
                  </Text>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {s.pages.length > 0 && (
        <div>
          <Text size="xs" fw={600}>
            Pages ({s.pages.length})
          </Text>
          <ul className="fb-plain-list">
            {s.pages.map((p) => (
              <li key={p.id}>
                <Text size="sm">
                  <Time iso={p.at} mode="clock" /> {p.title}{' '}
                  <Text span size="xs" c="dimmed">
                    · {p.status}
                  </Text>
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Stack>
  );
}

function HandoverCard({ h }: { h: HandoverView }) {
  const qc = useQueryClient();
  const [notes, setNotes] = useState(h.notes);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState<'save' | 'ack' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (kind: 'save' | 'ack') => {
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'save') await saveHandover(h.id, notes);
      else await ackHandover(h.id);
      setEditing(false);
      invalidateOnCall(qc);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const who = `${h.outgoing?.name ?? 'Nobody'} → ${h.incoming?.name ?? 'nobody'}`;
  return (
    <Paper withBorder p="sm" component="article" aria-label={`Handover ${who}`}>
      <Group justify="space-between" gap="xs" mb={6}>
        <Text size="sm" fw={600}>
          {who}
        </Text>
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            <Time iso={h.changedAt} mode="clock" />
          </Text>
          {h.acknowledgedAt ? (
            <Badge c="var(--mantine-color-text)" color="green" variant="light">
              Acknowledged by {h.acknowledgedBy?.name ?? 'the incoming person'}
            </Badge>
          ) : (
            <Badge c="var(--mantine-color-text)" color="yellow" variant="light">
              Not acknowledged
            </Badge>
          )}
        </Group>
      </Group>
      <Summary h={h} />
      {editing ? (
        <Stack gap={6} mt="sm">
          <Textarea
            label="Your notes for the next person"
            description="What is in flight, what to watch, what you would do next"
            autosize
            minRows={3}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            data-autofocus
          />
          <Group gap="sm">
            <Button size="xs" loading={busy === 'save'} onClick={() => run('save')}>
              Save handover
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      ) : (
        <>
          {h.notes ? (
            <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
              <Text span fw={600} size="sm">
                Notes:{' '}
              </Text>
              {h.notes}
            </Text>
          ) : null}
          <Group gap="sm" mt="xs">
            {h.abilities.edit && !h.acknowledgedAt && (
              <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                {h.notes ? 'Edit handover notes' : 'Write handover notes'}
              </Button>
            )}
            {h.abilities.acknowledge && !h.acknowledgedAt && (
              <Button size="xs" loading={busy === 'ack'} onClick={() => run('ack')}>
                Acknowledge handover
              </Button>
            )}
          </Group>
        </>
      )}
      <InlineError error={error} />
    </Paper>
  );
}

/** A schedule's handovers, newest first: the outgoing person writes, the incoming one acknowledges. */
export function Handovers({ scheduleId }: { scheduleId: string }) {
  const q = useHandovers(scheduleId);
  if (q.error) return <ErrorNote error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data)
    return (
      <Text size="sm" c="dimmed">
        Loading handovers…
      </Text>
    );
  if (!q.data.length)
    return (
      <Text size="sm" c="dimmed">
        No handovers yet: one is prepared at each shift change.
      </Text>
    );
  return (
    <Stack gap="sm">
      {q.data.map((h) => (
        <HandoverCard key={h.id} h={h} />
      ))}
    </Stack>
  );
}
