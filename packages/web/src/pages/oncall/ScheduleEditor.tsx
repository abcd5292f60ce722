import { ROTATION_UNITS, type RotationUnit } from '@firebreak/shared';
import { finalSchedule, gaps as findGaps } from '@firebreak/shared/oncall/engine.ts';
import { ActionIcon, Button, Chip, Group, NumberInput, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { type FormEvent, useMemo, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useTeams, useUsers } from '../../api/queries.ts';
import { InlineError } from '../../components/ErrorNote.tsx';
import { draftProblems, type LayerDraft, newLayer, problemAt, type ScheduleDraft, WEEKDAY_OPTIONS } from './draft.ts';
import { ScheduleTimeline, type Track } from './ScheduleTimeline.tsx';
import { rangeAround } from './timeline.ts';

const ZONES: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC', 'Europe/London', 'America/Chicago', 'Australia/Lord_Howe'];
  }
})();
const UNIT_LABEL: Record<RotationUnit, string> = { hours: 'hours', days: 'days', weeks: 'weeks' };

/**
 * The schedule form: a name, a time zone and layers (who rotates, how long a shift is, when it hands
 * off, from which date, and optional weekly windows). Each problem is shown under its field as soon
 * as the form has been submitted once; a preview of the coming week is drawn from the draft.
 */
export function ScheduleEditor({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: ScheduleDraft;
  submitLabel: string;
  onSubmit: (d: ScheduleDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const [d, setD] = useState<ScheduleDraft>(initial);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const users = useUsers();
  const teams = useTeams();
  const compact = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const problems = useMemo(() => draftProblems(d), [d]);
  const serverField = error instanceof ApiError ? error.field : undefined;
  const shown = (path: string) =>
    (tried ? problemAt(problems, path) : undefined) ??
    (serverField && (serverField === path || serverField.startsWith(`${path}.`)) ? (error as ApiError).message : undefined);
  const names = new Map((users.data ?? []).map((u) => [u.id, u.name]));
  const setLayer = (i: number, patch: Partial<LayerDraft>) =>
    setD((x) => ({ ...x, layers: x.layers.map((l, k) => (k === i ? { ...l, ...patch } : l)) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (Object.keys(problems).length) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      await onSubmit(d);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Schedule">
      <Stack gap="md">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            label="Name"
            required
            w={{ base: '100%', sm: 280 }}
            value={d.name}
            onChange={(e) => {
              const name = e.currentTarget.value;
              setD((x) => ({ ...x, name }));
            }}
            error={shown('name')}
          />
          <Select
            label="Time zone"
            description="Handoffs and restrictions are in this zone's wall time"
            searchable
            allowDeselect={false}
            w={{ base: '100%', sm: 260 }}
            data={ZONES}
            value={d.timeZone}
            onChange={(v) => v && setD((x) => ({ ...x, timeZone: v }))}
            error={shown('timeZone')}
            limit={50}
          />
          <Select
            label="Team"
            placeholder="No team"
            clearable
            w={{ base: '100%', sm: 220 }}
            data={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
            value={d.teamId}
            onChange={(v) => setD((x) => ({ ...x, teamId: v }))}
          />
        </Group>
        <Textarea
          label="Description"
          autosize
          minRows={1}
          value={d.description}
          onChange={(e) => {
            const description = e.currentTarget.value;
            setD((x) => ({ ...x, description }));
          }}
        />
        <Title order={2} size="h4">
          Layers
        </Title>
        <Text size="sm" c="dimmed">
          A later layer covers the ones above it wherever it has someone on call; overrides cover everything.
        </Text>
        {shown('layers') && !d.layers.length && <InlineError error={shown('layers')} />}
        {d.layers.map((layer, i) => (
          <LayerForm
            // biome-ignore lint/suspicious/noArrayIndexKey: layers are edited in place; their order is their identity
            key={i}
            index={i}
            layer={layer}
            names={names}
            people={(users.data ?? []).filter((u) => !u.disabled).map((u) => ({ value: u.id, label: u.name }))}
            error={(p) => shown(`layers.${i}${p ? `.${p}` : ''}`)}
            onChange={(patch) => setLayer(i, patch)}
            onRemove={() => setD((x) => ({ ...x, layers: x.layers.filter((_, k) => k !== i) }))}
          />
        ))}
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              setD((x) => ({ ...x, layers: [...x.layers, newLayer(x.layers[0]?.startDate ?? new Date().toISOString().slice(0, 10))] }))
            }
          >
            Add layer
          </Button>
        </Group>
        <Preview draft={d} names={names} valid={!Object.keys(problems).length} compact={compact} />
        <Group gap="sm">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          {tried && Object.keys(problems).length > 0 && (
            <Text size="sm" className="fb-inline-error" role="alert">
              {Object.keys(problems).length === 1 ? 'One field needs fixing' : `${Object.keys(problems).length} fields need fixing`}: see
              the messages above.
            </Text>
          )}
          {error && !serverField ? <InlineError error={error} /> : null}
        </Group>
      </Stack>
    </form>
  );
}

function LayerForm({
  index,
  layer,
  names,
  people,
  error,
  onChange,
  onRemove,
}: {
  index: number;
  layer: LayerDraft;
  names: Map<string, string>;
  people: { value: string; label: string }[];
  error: (path: string) => string | undefined;
  onChange: (patch: Partial<LayerDraft>) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const move = (from: number, to: number) => {
    const p = [...layer.participants];
    const [x] = p.splice(from, 1);
    p.splice(to, 0, x);
    onChange({ participants: p });
  };
  const partError = error('participants');
  return (
    <Paper withBorder p="sm" component="fieldset" style={{ margin: 0 }}>
      <Group justify="space-between" mb="xs">
        <Text component="legend" fw={600} size="sm" px={0}>
          Layer {n}
          {layer.name ? `: ${layer.name}` : ''}
        </Text>
        <ActionIcon variant="subtle" color="red" aria-label={`Remove layer ${n}`} onClick={onRemove}>
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
      <Stack gap="sm">
        <TextInput
          label={`Layer ${n} name`}
          placeholder="Primary"
          w={{ base: '100%', sm: 260 }}
          value={layer.name ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange({ name: v || undefined });
          }}
          error={error('name')}
        />
        <div>
          <Text size="sm" fw={500} id={`layer-${n}-people`}>
            Participants, in rotation order
          </Text>
          <ol className="fb-plain-list" aria-labelledby={`layer-${n}-people`}>
            {layer.participants.map((id, k) => (
              <li key={id}>
                <Group gap={4} wrap="nowrap">
                  <Text size="sm" w={24} c="dimmed">
                    {k + 1}.
                  </Text>
                  <Text size="sm" className="fb-truncate" style={{ flex: 1 }}>
                    {names.get(id) ?? id}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Move ${names.get(id) ?? id} up`}
                    disabled={k === 0}
                    onClick={() => move(k, k - 1)}
                  >
                    <IconArrowUp size={14} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Move ${names.get(id) ?? id} down`}
                    disabled={k === layer.participants.length - 1}
                    onClick={() => move(k, k + 1)}
                  >
                    <IconArrowDown size={14} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${names.get(id) ?? id} from layer ${n}`}
                    onClick={() => onChange({ participants: layer.participants.filter((p) => p !== id) })}
                  >
                    <IconX size={14} />
                  </ActionIcon>
                </Group>
              </li>
            ))}
          </ol>
          <Select
            label={`Add a participant to layer ${n}`}
            placeholder="Choose a person"
            searchable
            w={{ base: '100%', sm: 260 }}
            data={people.filter((p) => !layer.participants.includes(p.value))}
            value={null}
            onChange={(v) => v && onChange({ participants: [...layer.participants, v] })}
            error={partError}
            nothingFoundMessage="No such person"
          />
        </div>
        <Group gap="sm" align="flex-start" wrap="wrap">
          <NumberInput
            label="Shift length"
            min={1}
            w={{ base: '47%', sm: 130 }}
            value={layer.rotation.length}
            onChange={(v) => onChange({ rotation: { ...layer.rotation, length: typeof v === 'number' ? v : Number.parseInt(v, 10) || 0 } })}
            error={error('rotation.length') ?? error('rotation')}
          />
          <Select
            label="Unit"
            allowDeselect={false}
            w={{ base: '47%', sm: 120 }}
            data={ROTATION_UNITS.map((u) => ({ value: u, label: UNIT_LABEL[u] }))}
            value={layer.rotation.unit}
            onChange={(v) => v && onChange({ rotation: { ...layer.rotation, unit: v as RotationUnit } })}
          />
          <TextInput
            type="time"
            label="Handoff time"
            w={{ base: '47%', sm: 130 }}
            value={layer.handoffTime}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onChange({ handoffTime: v });
            }}
            error={error('handoffTime')}
          />
          <TextInput
            type="date"
            label="Start date"
            w={{ base: '47%', sm: 160 }}
            value={layer.startDate}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onChange({ startDate: v });
            }}
            error={error('startDate')}
          />
        </Group>
        <Restrictions layer={layer} n={n} error={error} onChange={onChange} />
      </Stack>
    </Paper>
  );
}

function Restrictions({
  layer,
  n,
  error,
  onChange,
}: {
  layer: LayerDraft;
  n: number;
  error: (path: string) => string | undefined;
  onChange: (patch: Partial<LayerDraft>) => void;
}) {
  const set = (k: number, patch: Partial<LayerDraft['restrictions'][number]>) =>
    onChange({ restrictions: layer.restrictions.map((r, i) => (i === k ? { ...r, ...patch } : r)) });
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Restrictions{' '}
        {layer.restrictions.length === 0 && (
          <Text span size="sm" c="dimmed" fw={400}>
            (none: on call around the clock)
          </Text>
        )}
      </Text>
      {layer.restrictions.map((r, k) => {
        const label = `Layer ${n} window ${k + 1}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: windows are edited in place
          <Group key={k} gap="sm" align="flex-end" wrap="wrap">
            <div>
              <Text size="xs" id={`${label}-days`} mb={2}>
                {label} days
              </Text>
              <Chip.Group multiple value={r.days.map(String)} onChange={(v) => set(k, { days: v.map(Number).sort() })}>
                <Group gap={4} role="group" aria-labelledby={`${label}-days`}>
                  {WEEKDAY_OPTIONS.map((o) => (
                    <Chip key={o.value} value={o.value} size="xs">
                      {o.label}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
              <InlineError error={error(`restrictions.${k}.days`)} />
            </div>
            <TextInput
              type="time"
              label={`${label} from`}
              w={130}
              value={r.start}
              onChange={(e) => {
                const v = e.currentTarget.value;
                set(k, { start: v });
              }}
              error={error(`restrictions.${k}.start`)}
            />
            <TextInput
              type="time"
              label={`${label} until`}
              w={130}
              value={r.end === '24:00' ? '00:00' : r.end}
              onChange={(e) => {
                // Midnight as an end is the end of the day.
                const v = e.currentTarget.value;
                set(k, { end: v === '00:00' ? '24:00' : v });
              }}
              error={error(`restrictions.${k}.end`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove ${label}`}
              mb={4}
              onClick={() => onChange({ restrictions: layer.restrictions.filter((_, i) => i !== k) })}
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={12} />}
          onClick={() => onChange({ restrictions: [...layer.restrictions, { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }] })}
        >
          Add a weekly window to layer {n}
        </Button>
      </Group>
    </Stack>
  );
}

/** The draft's coming week, drawn by the same engine the server pages with. */
function Preview({ draft, names, valid, compact }: { draft: ScheduleDraft; names: Map<string, string>; valid: boolean; compact: boolean }) {
  const [now] = useState(() => Date.now());
  const data = useMemo(() => {
    if (!valid) return null;
    const range = rangeAround('week', now, draft.timeZone);
    const spans = finalSchedule({ timeZone: draft.timeZone, layers: draft.layers }, new Date(range.from), new Date(range.to));
    const toTrack = (s: { start: Date; end: Date; userId: string }) => ({
      start: s.start.getTime(),
      end: s.end.getTime(),
      userId: s.userId,
      name: names.get(s.userId) ?? s.userId,
    });
    const tracks: Track[] = [
      ...spans.layers.map((l, i) => ({ key: `p${i}`, label: draft.layers[i].name || `Layer ${i + 1}`, spans: l.map(toTrack) })),
      { key: 'pfinal', label: 'Final schedule', spans: spans.final.map(toTrack), final: true },
    ];
    const gaps = findGaps({ timeZone: draft.timeZone, layers: draft.layers }, new Date(range.from), new Date(range.to)).map((g) => ({
      start: g.start.getTime(),
      end: g.end.getTime(),
      message: g.message,
    }));
    return { range, tracks, gaps };
  }, [draft, names, valid, now]);
  return (
    <Paper withBorder p="sm" component="section" aria-label="Preview of this week">
      <Text fw={600} size="sm" mb="xs">
        Preview: this week ({draft.timeZone})
      </Text>
      {data ? (
        <ScheduleTimeline
          view="week"
          range={data.range}
          zone={draft.timeZone}
          tracks={data.tracks}
          gaps={data.gaps}
          now={now}
          compact={compact}
        />
      ) : (
        <Text size="sm" c="dimmed">
          The preview appears when every layer has participants and valid times.
        </Text>
      )}
    </Paper>
  );
}
