import { SEVERITY_COLORS } from '@firebreak/shared';
import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { send } from '../../api/client.ts';
import { keys, useSeverities } from '../../api/queries.ts';
import type { Severity, SeverityColor } from '../../api/types.ts';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { SeverityFlag } from '../../components/SeverityFlag.tsx';

type Draft = Omit<Severity, 'id' | 'rank'> & { id?: string; key: string };

const toDraft = (s: Severity): Draft => ({ ...s, key: s.id });
let seq = 0;

/** Severities in rank order (first = most severe): colour, update cadence, retrospective rule. */
export function SeveritySettings() {
  const severities = useSeverities();
  const qc = useQueryClient();
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (severities.data && !drafts) setDrafts(severities.data.map(toDraft));
  }, [severities.data, drafts]);
  const save = useMutation({
    mutationFn: (list: Draft[]) =>
      send<Severity[]>('PUT', '/severities', {
        severities: list.map(({ key: _key, ...s }) => ({
          id: s.id,
          name: s.name.trim(),
          description: s.description,
          color: s.color,
          updateCadenceMinutes: s.updateCadenceMinutes,
          retrospectiveRequired: s.retrospectiveRequired,
          isDefault: s.isDefault,
        })),
      }),
    onSuccess: (list) => {
      qc.setQueryData(keys.severities, list);
      setDrafts(list.map(toDraft));
      void qc.invalidateQueries({ queryKey: keys.stats });
      setSaved('Severities saved');
    },
  });
  if (severities.isPending || !drafts) return <PageSkeleton rows={4} />;
  if (severities.error) return <ErrorNote error={severities.error} onRetry={() => severities.refetch()} />;
  const update = (i: number, patch: Partial<Draft>) => setDrafts(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const move = (i: number, by: number) => {
    const next = [...drafts];
    const [d] = next.splice(i, 1);
    next.splice(i + by, 0, d);
    setDrafts(next);
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        The first is the most severe. Removing one archives it: past incidents keep it. The declare dialog starts at the default one (none
        chosen: the least severe).
      </Text>
      {drafts.map((d, i) => (
        <Paper key={d.key} p="sm" aria-label={`Severity ${d.name || i + 1}`} component="fieldset" style={{ margin: 0 }}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <SeverityFlag severity={{ ...d, id: d.key, rank: i + 1 }} />
            <TextInput label="Name" value={d.name} onChange={(e) => update(i, { name: e.currentTarget.value })} w={110} size="xs" />
            <Select
              label="Colour"
              data={SEVERITY_COLORS.map((c) => ({ value: c, label: c }))}
              value={d.color}
              onChange={(v) => v && update(i, { color: v as SeverityColor })}
              w={110}
              size="xs"
            />
            <NumberInput
              label="Update every (min)"
              placeholder="No cadence"
              min={0}
              max={10080}
              value={d.updateCadenceMinutes ?? ''}
              onChange={(v) => update(i, { updateCadenceMinutes: v === '' ? null : Number(v) })}
              w={150}
              size="xs"
            />
            <Switch
              label="Retrospective required"
              checked={d.retrospectiveRequired}
              onChange={(e) => update(i, { retrospectiveRequired: e.currentTarget.checked })}
              mb={6}
            />
            <Switch
              label="Default for new incidents"
              checked={d.isDefault}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                // At most one: switching one on switches the others off.
                setDrafts(drafts.map((x, j) => ({ ...x, isDefault: j === i ? on : on ? false : x.isDefault })));
              }}
              mb={6}
            />
            <Group gap={2} ml="auto" mb={2}>
              <ActionIcon aria-label={`Move ${d.name} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon aria-label={`Move ${d.name} down`} disabled={i === drafts.length - 1} onClick={() => move(i, 1)}>
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon
                aria-label={`Remove ${d.name}`}
                disabled={drafts.length === 1}
                onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Group>
          <Textarea
            label="Description"
            autosize
            minRows={1}
            mt="xs"
            value={d.description}
            onChange={(e) => update(i, { description: e.currentTarget.value })}
            size="xs"
          />
        </Paper>
      ))}
      <InlineError error={save.error} />
      {saved && !save.error && (
        <Text size="sm" role="status">
          {saved}.
        </Text>
      )}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            setDrafts([
              ...drafts,
              {
                key: `new-${++seq}`,
                name: `SEV${drafts.length + 1}`,
                description: '',
                color: 'grey',
                updateCadenceMinutes: null,
                retrospectiveRequired: false,
                isDefault: false,
              },
            ])
          }
        >
          Add severity
        </Button>
        <Button
          onClick={() => {
            setSaved(null);
            save.mutate(drafts);
          }}
          loading={save.isPending}
        >
          Save severities
        </Button>
      </Group>
    </Stack>
  );
}
