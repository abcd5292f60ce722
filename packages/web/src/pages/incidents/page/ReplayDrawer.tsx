import { MILESTONES, type ReplayState, type TimelineEntryView } from '@firebreak/shared';
import { Badge, Drawer, Group, Slider, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useReplay } from '../../../api/replay.ts';
import { ErrorNote } from '../../../components/ErrorNote.tsx';
import { Time } from '../../../components/Time.tsx';
import { MILESTONE_LABEL, STATUS_LABEL } from '../../../lib/labels.ts';
import { describe } from './entryText.tsx';

const MINUTE = 60_000;

const SECTIONS: [keyof ReplayState['ticket'], string][] = [
  ['symptoms', 'Symptoms'],
  ['customerImpact', 'Customer impact'],
  ['scopeCustomers', 'Customers affected'],
  ['scopeRegions', 'Regions'],
  ['rootCauses', 'Root causes'],
  ['fixesForSymptoms', 'Fixes for symptoms'],
  ['prevention', 'Prevention'],
];

function Entry({ e }: { e: TimelineEntryView }) {
  const text = ['comment', 'stakeholder_update', 'note', 'chat'].includes(e.kind) ? e.body : null;
  return (
    <li>
      <Text size="sm">
        <Text span size="xs" c="dimmed" ff="monospace">
          <Time iso={e.occurredAt} mode="clock" />
        </Text>{' '}
        {text ? (
          <>
            <strong>{e.actor?.name ?? 'Firebreak'}</strong>: {text}
          </>
        ) : (
          describe(e)
        )}
      </Text>
    </li>
  );
}

function State({ s }: { s: ReplayState }) {
  const sections = SECTIONS.filter(([k]) => String(s.ticket[k] ?? '').trim());
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {s.title}
      </Title>
      <Group gap={6}>
        <Badge variant="light">{STATUS_LABEL[s.status]}</Badge>
        {s.severity && <Badge variant="outline">{s.severity}</Badge>}
        {s.private && <Badge color="gray">Private</Badge>}
        <Text size="sm" c="dimmed">
          {s.services.join(', ') || 'No service'}
        </Text>
      </Group>
      <Text size="sm">{s.roles.length ? s.roles.map((r) => `${r.roleName}: ${r.user.name}`).join(' · ') : 'No roles held'}</Text>
      <Text size="xs" c="dimmed">
        {MILESTONES.filter((m) => s.milestones[m])
          .map(
            (m) =>
              `${MILESTONE_LABEL[m]} ${new Date(s.milestones[m] as string).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`,
          )
          .join(' · ')}
      </Text>
      {sections.map(([k, label]) => (
        <div key={k}>
          <Text size="xs" fw={600} c="dimmed">
            {label}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {String(s.ticket[k])}
          </Text>
        </div>
      ))}
      {s.whys.length > 0 && (
        <div>
          <Text size="xs" fw={600} c="dimmed">
            Whys
          </Text>
          {s.whys.map((w) => (
            <Text key={w.id} size="sm">
              {w.question} — {w.answer ?? <em>not answered yet</em>}
            </Text>
          ))}
        </div>
      )}
    </Stack>
  );
}

/**
 * "What did they know then?": the ticket and timeline as they were at a moment, chosen on a slider
 * from the declaration to now. Read-only; opened from the header or a retrospective's timeline line.
 */
export function ReplayDrawer({ incidentRef, initialAt, onClose }: { incidentRef: string; initialAt: string | null; onClose: () => void }) {
  const phone = useMediaQuery('(max-width: 48em)');
  const [at, setAt] = useState<string | null>(initialAt);
  const [dragging, setDragging] = useState<number | null>(null);
  const replay = useReplay(incidentRef, at);
  const d = replay.data;
  const start = d ? Date.parse(d.declaredAt) : 0;
  const end = d ? Date.parse(d.now) : 1;
  const value = dragging ?? (d ? Date.parse(d.at) : end);
  return (
    <Drawer opened onClose={onClose} position="right" size={phone ? '100%' : 'lg'} title={`${incidentRef} as it was`}>
      {replay.error ? (
        <ErrorNote error={replay.error} onRetry={() => replay.refetch()} />
      ) : !d ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : (
        <Stack gap="md">
          <div>
            <Text size="sm" fw={600} aria-live="polite">
              As of {new Date(value).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}
            </Text>
            <Slider
              mt="xs"
              thumbLabel="Moment to show"
              min={start}
              max={end}
              step={MINUTE}
              value={Math.min(Math.max(value, start), end)}
              label={(v) => new Date(v).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
              onChange={setDragging}
              onChangeEnd={(v) => {
                setAt(v >= end ? null : new Date(v).toISOString());
                setDragging(null); // the committed moment replaces the drag's preview
              }}
            />
            <Text size="xs" c="dimmed" mt={4}>
              The ticket as people saw it then: only what had been recorded by that moment.
            </Text>
          </div>
          <State s={d.state} />
          <div>
            <Text size="xs" fw={600} c="dimmed" mb={4}>
              Timeline up to then ({d.entries.length})
            </Text>
            <Stack gap={4} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Timeline up to then">
              {[...d.entries].reverse().map((e) => (
                <Entry key={e.id} e={e} />
              ))}
            </Stack>
          </div>
        </Stack>
      )}
    </Drawer>
  );
}
