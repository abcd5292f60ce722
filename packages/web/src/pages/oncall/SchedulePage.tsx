import { ActionIcon, Alert, Anchor, Button, Container, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconChevronLeft, IconChevronRight, IconPencil, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  deleteOverride,
  invalidateOnCall,
  type OnCallSpanView,
  revokeScheduleFeed,
  scheduleFeed,
  useOverrides,
  useSchedule,
  useShifts,
} from '../../api/oncall.ts';
import { useUser } from '../../app/session.ts';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { useNow } from '../../lib/time.ts';
import { CalendarFeed } from './CalendarFeed.tsx';
import { Handovers } from './Handovers.tsx';
import { OverrideDialog, type OverrideDraft } from './OverrideDialog.tsx';
import { personName } from './people.ts';
import { ScheduleTimeline, spanText, type Track, type TrackSpan, zonedLabel } from './ScheduleTimeline.tsx';
import { rangeAround, rangeTitle, shiftRange, type TimelineRange, type TimelineView } from './timeline.ts';

/**
 * One schedule: who is on call now and next, a week or month of each layer and the final schedule
 * (overrides marked, gaps in red), overrides made by choosing a span or taking a shift, the calendar
 * feed, and the handover history.
 */
export function SchedulePage() {
  const { id = '' } = useParams();
  const schedule = useSchedule(id);
  if (schedule.isPending) return <PageSkeleton rows={5} />;
  if (schedule.error)
    return (
      <Container size="md" py="lg">
        <h1 className="fb-sr-only">Schedule not available</h1>
        <ErrorNote error={schedule.error} onRetry={() => schedule.refetch()} />
      </Container>
    );
  return <ScheduleBody s={schedule.data} />;
}

type S = NonNullable<ReturnType<typeof useSchedule>['data']>;

function ScheduleBody({ s }: { s: S }) {
  const me = useUser();
  const qc = useQueryClient();
  const now = useNow();
  const compact = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [view, setView] = useState<TimelineView>('week');
  const [range, setRange] = useState<TimelineRange>(() => rangeAround('week', Date.now(), s.timeZone));
  const [draft, setDraft] = useState<OverrideDraft | null>(null);
  const shifts = useShifts(s.id, range.from, range.to);
  const name = personName([...s.people, ...(shifts.data?.people ?? [])]);
  const canOverride = s.abilities.override;

  const tracks = useMemo<Track[]>(() => {
    const d = shifts.data;
    if (!d) return [];
    const toSpan = (x: OnCallSpanView): TrackSpan => ({
      start: Date.parse(x.start),
      end: Date.parse(x.end),
      userId: x.userId,
      name: name(x.userId),
      override: x.layer === 'override',
      overrideId: x.overrideId ?? undefined,
    });
    return [
      ...d.layers.map((l) => ({ key: `l${l.index}`, label: l.name || `Layer ${l.index + 1}`, spans: l.spans.map(toSpan) })),
      { key: 'final', label: 'Final schedule', spans: d.final.map(toSpan), final: true },
    ];
  }, [shifts.data, name]);
  const gaps = (shifts.data?.gaps ?? []).map((g) => ({ start: Date.parse(g.start), end: Date.parse(g.end), message: g.message }));
  const final = tracks.find((t) => t.final)?.spans ?? [];

  const changeView = (v: TimelineView) => {
    setView(v);
    setRange(rangeAround(v, (range.from + range.to) / 2, s.timeZone));
  };
  const take = (span: TrackSpan) =>
    setDraft({
      start: new Date(Math.max(span.start, span.end > now && span.start < now ? now : span.start)).toISOString(),
      end: new Date(span.end).toISOString(),
      userId: me.id,
      replaces: { id: span.userId, name: span.name },
    });

  return (
    <Container size={1200} py="md" px="md">
      <Stack gap="md">
        <Anchor component={Link} to="/oncall" size="sm">
          ← Schedules
        </Anchor>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Title order={1}>{s.name}</Title>
            <Text size="sm" c="dimmed">
              {s.timeZone}
              {s.team ? ` · ${s.team.name}` : ''}
              {s.description ? ` · ${s.description}` : ''}
            </Text>
          </Stack>
          <Group gap="xs">
            {s.abilities.feed && <CalendarFeed what={s.name} create={() => scheduleFeed(s.id)} revoke={() => revokeScheduleFeed(s.id)} />}
            {s.abilities.update && (
              <Button
                component={Link}
                to={`/oncall/schedules/${encodeURIComponent(s.id)}/edit`}
                variant="default"
                leftSection={<IconPencil size={14} />}
              >
                Edit schedule
              </Button>
            )}
          </Group>
        </Group>

        <Paper withBorder p="sm">
          <Group gap="xl" wrap="wrap">
            <div>
              <Text size="xs" c="dimmed">
                On call now
              </Text>
              {s.current ? (
                <Text fw={700} size="lg">
                  {name(s.current.userId)}{' '}
                  <Text span size="sm" c="dimmed" fw={400}>
                    until {zonedLabel(Date.parse(s.current.end), s.timeZone)}
                  </Text>
                </Text>
              ) : (
                <Text fw={700} size="lg" className="fb-danger">
                  Nobody
                </Text>
              )}
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Next
              </Text>
              {s.next ? (
                <Text fw={600}>
                  {name(s.next.userId)}{' '}
                  <Text span size="sm" c="dimmed" fw={400}>
                    from {zonedLabel(Date.parse(s.next.start), s.timeZone)}
                  </Text>
                </Text>
              ) : (
                <Text c="dimmed">Nobody in sight</Text>
              )}
            </div>
          </Group>
        </Paper>

        {s.gaps.length > 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={16} />}
            title={`${s.gaps.length === 1 ? 'A gap' : `${s.gaps.length} gaps`} in the next 14 days`}
            role="alert"
            py="xs"
          >
            <Text size="sm">
              {s.gaps
                .slice(0, 2)
                .map((g) => g.message[0].toUpperCase() + g.message.slice(1))
                .join('; ')}
              {s.gaps.length > 2 ? `; and ${s.gaps.length - 2} more.` : '.'}
            </Text>
          </Alert>
        )}

        <Paper withBorder p="sm" component="section" aria-labelledby="timeline-title">
          <Group justify="space-between" mb="sm" gap="xs">
            <Group gap={4}>
              <ActionIcon
                variant="default"
                aria-label={`Previous ${view}`}
                onClick={() => setRange((r) => shiftRange(view, r, -1, s.timeZone))}
              >
                <IconChevronLeft size={16} />
              </ActionIcon>
              <Button variant="default" size="xs" onClick={() => setRange(rangeAround(view, Date.now(), s.timeZone))}>
                Today
              </Button>
              <ActionIcon variant="default" aria-label={`Next ${view}`} onClick={() => setRange((r) => shiftRange(view, r, 1, s.timeZone))}>
                <IconChevronRight size={16} />
              </ActionIcon>
              <Title order={2} size="h5" id="timeline-title" ml={6}>
                {rangeTitle(view, range, s.timeZone)}
              </Title>
            </Group>
            <SegmentedControl
              size="xs"
              aria-label="Timeline length"
              value={view}
              onChange={(v) => changeView(v as TimelineView)}
              data={[
                { value: 'week', label: 'Week' },
                { value: 'month', label: 'Month' },
              ]}
            />
          </Group>
          {shifts.error ? (
            <ErrorNote error={shifts.error} onRetry={() => shifts.refetch()} />
          ) : !shifts.data ? (
            <Text size="sm" c="dimmed">
              Loading shifts…
            </Text>
          ) : (
            <ScheduleTimeline
              view={view}
              range={range}
              zone={s.timeZone}
              tracks={tracks}
              gaps={gaps}
              now={now}
              compact={compact}
              colorOrder={s.layers.flatMap((l) => l.participants)}
              onSpanClick={canOverride ? (span) => (span.userId === me.id ? undefined : take(span)) : undefined}
              onChoose={
                canOverride
                  ? (a, b) => setDraft({ start: new Date(a).toISOString(), end: new Date(b).toISOString(), userId: null })
                  : undefined
              }
            />
          )}
          {gaps.length > 0 && (
            <Text size="sm" className="fb-inline-error" mt="xs">
              <IconAlertTriangle size={14} aria-hidden style={{ verticalAlign: -2 }} />{' '}
              {gaps.length === 1 ? 'One gap' : `${gaps.length} gaps`} in this {view}:{' '}
              {gaps
                .slice(0, 3)
                .map((g) => g.message)
                .join('; ')}
              {gaps.length > 3 ? '…' : ''}
            </Text>
          )}
          <Text size="xs" c="dimmed" mt="xs">
            Times in {s.timeZone}. Overrides are dashed and marked ⇄.
            {canOverride ? ' Choose a shift in the final schedule to take it.' : ''}
          </Text>
        </Paper>

        <ShiftList spans={final} zone={s.timeZone} now={now} me={me.id} canOverride={canOverride} onTake={take} />

        <Overrides
          scheduleId={s.id}
          zone={s.timeZone}
          canDelete={canOverride}
          onAdd={canOverride ? () => setDraft({ start: null, end: null, userId: null }) : undefined}
        />

        <section aria-labelledby="handovers-title" id="handovers">
          <Title order={2} size="h4" id="handovers-title" mb="xs">
            Handovers
          </Title>
          <Handovers scheduleId={s.id} />
        </section>
      </Stack>
      {draft && (
        <OverrideDialog
          scheduleId={s.id}
          zone={s.timeZone}
          initial={draft}
          onClose={(created) => {
            setDraft(null);
            if (created) invalidateOnCall(qc);
          }}
        />
      )}
    </Container>
  );
}

/** The final schedule of the shown range as a list: the phone's easiest way to take a shift. */
function ShiftList({
  spans,
  zone,
  now,
  me,
  canOverride,
  onTake,
}: {
  spans: TrackSpan[];
  zone: string;
  now: number;
  me: string;
  canOverride: boolean;
  onTake: (s: TrackSpan) => void;
}) {
  const upcoming = spans.filter((s) => s.end > now);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="shifts-title">
      <Title order={2} size="h4" id="shifts-title" mb="xs">
        Shifts
      </Title>
      {upcoming.length === 0 ? (
        <Text size="sm" c="dimmed">
          No shifts ahead in this range.
        </Text>
      ) : (
        <ul className="fb-plain-list" aria-label="Shifts in the final schedule">
          {upcoming.map((s) => (
            <li key={`${s.start}-${s.userId}`}>
              <Group justify="space-between" gap="xs" py={4} className="fb-border-b" wrap="nowrap">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {s.name}
                    {s.override ? ' (override)' : ''}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {spanText(s, zone)}
                  </Text>
                </div>
                {canOverride && s.userId !== me && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => onTake(s)}
                    aria-label={`Take this shift: ${s.name}, ${spanText(s, zone)}`}
                  >
                    Take this shift
                  </Button>
                )}
              </Group>
            </li>
          ))}
        </ul>
      )}
    </Paper>
  );
}

function Overrides({ scheduleId, zone, canDelete, onAdd }: { scheduleId: string; zone: string; canDelete: boolean; onAdd?: () => void }) {
  const q = useOverrides(scheduleId);
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const remove = async (oid: string) => {
    setError(null);
    try {
      await deleteOverride(scheduleId, oid);
      invalidateOnCall(qc);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="overrides-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="overrides-title">
          Overrides
        </Title>
        {onAdd && (
          <Button size="xs" variant="default" onClick={onAdd}>
            Add override
          </Button>
        )}
      </Group>
      {q.error ? (
        <ErrorNote error={q.error} />
      ) : !q.data ? null : q.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No current or upcoming overrides. Choose a span on the timeline to cover someone.
        </Text>
      ) : (
        <ul className="fb-plain-list" aria-label="Overrides">
          {q.data.map((o) => (
            <li key={o.id}>
              <Group justify="space-between" gap="xs" py={4} className="fb-border-b" wrap="nowrap">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm">
                    <b>{o.user.name}</b>
                    {o.replaces ? ` covers ${o.replaces.name}` : ' is on call'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {spanText({ start: Date.parse(o.start), end: Date.parse(o.end) }, zone)}
                    {o.note ? ` · ${o.note}` : ''}
                  </Text>
                </div>
                {canDelete && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove override: ${o.user.name}, ${spanText({ start: Date.parse(o.start), end: Date.parse(o.end) }, zone)}`}
                    onClick={() => remove(o.id)}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                )}
              </Group>
            </li>
          ))}
        </ul>
      )}
      <InlineError error={error} />
    </Paper>
  );
}
