import { Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { downloadFile, type RetroView, retroApi, retroPath, storeRetro, useAgenda } from '../../api/retros.ts';
import { InlineError } from '../ErrorNote.tsx';
import { Time } from '../Time.tsx';
import { useRetroRef } from './context.ts';

const localInput = (iso: string | null) => {
  const d = iso ? new Date(iso) : new Date(Date.now() + 2 * 86_400_000);
  if (!iso) d.setHours(14, 0, 0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** The review meeting: schedule or move it, attendees, the generated agenda, and the calendar invite. */
export function Meeting({ retro }: { retro: RetroView }) {
  const rid = useRetroRef();
  const qc = useQueryClient();
  const m = retro.meeting;
  const [editing, setEditing] = useState(false);
  const [startsAt, setStartsAt] = useState(localInput(m.startsAt));
  const [duration, setDuration] = useState<number>(m.durationMinutes || 60);
  const [location, setLocation] = useState(m.location);
  const [attendees, setAttendees] = useState(m.attendees.map((a) => a.email).join(', '));
  const [showAgenda, setShowAgenda] = useState(false);
  const agenda = useAgenda(rid, showAgenda);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<RetroView>) => {
    setBusy(true);
    setError(null);
    try {
      storeRetro(qc, rid, await fn());
      setEditing(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(() =>
      retroApi.schedule(rid, {
        startsAt: new Date(startsAt).toISOString(),
        durationMinutes: duration,
        location,
        attendees: attendees.split(/[,\s]+/).filter(Boolean),
      }),
    );
  return (
    <section className="fb-retro-section" aria-labelledby="meeting-title">
      <Title order={2} size="h5" id="meeting-title">
        Review meeting
      </Title>
      {m.scheduled && m.startsAt ? (
        <Text size="sm" mt={4}>
          <IconCalendarEvent size={14} aria-hidden /> <Time iso={m.startsAt} mode="clock" /> · {m.durationMinutes} min
          {m.location ? ` · ${m.location}` : ''}
          {m.attendees.length ? ` · ${m.attendees.map((a) => a.name).join(', ')}` : ''}
        </Text>
      ) : (
        <Text size="sm" c="dimmed" mt={4}>
          Not scheduled.
        </Text>
      )}
      {editing ? (
        <Stack gap={6} mt={6}>
          <TextInput
            size="xs"
            type="datetime-local"
            label="Starts"
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
            required
          />
          <NumberInput size="xs" label="Minutes" min={5} max={480} value={duration} onChange={(v) => setDuration(Number(v) || 60)} />
          <TextInput size="xs" label="Room or video link" value={location} onChange={(e) => setLocation(e.currentTarget.value)} />
          <TextInput
            size="xs"
            label="Attendees (e-mails, comma-separated)"
            value={attendees}
            onChange={(e) => setAttendees(e.currentTarget.value)}
          />
          <Group gap="xs">
            <Button size="xs" onClick={save} loading={busy}>
              {m.scheduled ? 'Move meeting' : 'Schedule'}
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group gap={6} mt={6}>
          {retro.abilities.scheduleMeeting && (
            <Button size="compact-xs" variant="default" onClick={() => setEditing(true)}>
              {m.scheduled ? 'Move' : 'Schedule'}
            </Button>
          )}
          {m.scheduled && retro.abilities.scheduleMeeting && (
            <Button size="compact-xs" variant="subtle" color="gray" onClick={() => run(() => retroApi.cancelMeeting(rid))}>
              Cancel meeting
            </Button>
          )}
          {m.scheduled && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => downloadFile(`${retroPath(rid)}/meeting.ics`, `${retro.incident.ref}-review.ics`).catch(setError)}
            >
              Calendar invite (.ics)
            </Button>
          )}
          <Button size="compact-xs" variant="subtle" onClick={() => setShowAgenda((v) => !v)} aria-expanded={showAgenda}>
            {showAgenda ? 'Hide agenda' : 'Agenda'}
          </Button>
        </Group>
      )}
      <InlineError error={error} />
      {showAgenda && (
        <Stack gap={4} mt={6} component="ol" style={{ paddingLeft: 18, margin: '6px 0 0' }} aria-label="Agenda">
          {agenda.isPending && <Text size="xs">Loading agenda…</Text>}
          <InlineError error={agenda.error} />
          {agenda.data?.items.map((it) => (
            <li key={it.title}>
              <Text size="sm" fw={600}>
                {it.title}{' '}
                <Text span size="xs" c="dimmed">
                  {it.minutes} min
                </Text>
              </Text>
              {it.points.slice(0, 6).map((p) => (
                <Text size="xs" key={p}>
                  {p}
                </Text>
              ))}
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}
