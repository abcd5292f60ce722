import type { PageTarget, PageView } from '@firebreak/shared';
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSchedules } from '../../api/oncall.ts';
import { invalidatePaging, reassignPage } from '../../api/paging.ts';
import { useTeams, useUsers } from '../../api/queries.ts';
import { InlineError } from '../ErrorNote.tsx';

type Kind = Exclude<PageTarget['kind'], 'policy'>;
const KIND: Record<Kind, string> = { user: 'Person', schedule: 'Schedule', team: 'Team' };

/**
 * "Reassign": hands an open page to a person, a schedule (whoever is on call there now) or a team.
 * The page starts again from their first step; the server refuses targets nobody can be reached at,
 * and says why, here.
 */
export function ReassignDialog({ page, onClose, onDone }: { page: PageView; onClose: () => void; onDone: (name: string) => void }) {
  const qc = useQueryClient();
  const [kind, setKind] = useState<Kind>('user');
  const [id, setId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const users = useUsers();
  const schedules = useSchedules();
  const teams = useTeams();
  const options: Record<Kind, { value: string; label: string }[]> = {
    user: (users.data ?? []).filter((u) => !u.disabled).map((u) => ({ value: u.id, label: u.name })),
    schedule: (schedules.data ?? []).map((s) => ({ value: s.id, label: s.name })),
    team: (teams.data ?? []).map((t) => ({ value: t.id, label: t.name })),
  };
  const loading = { user: users.isPending, schedule: schedules.isPending, team: teams.isPending }[kind];
  const current = page.target?.name ?? page.policy?.name ?? null;

  const submit = async () => {
    if (!id) return;
    setBusy(true);
    setError(null);
    try {
      await reassignPage(page.id, { kind, id });
      invalidatePaging(qc);
      if (page.incident) void qc.invalidateQueries({ queryKey: ['timeline', page.incident.ref.toUpperCase()] });
      onDone(options[kind].find((o) => o.value === id)?.label ?? id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Reassign "${page.title}"`}>
      <Stack gap="sm">
        <Text size="sm">
          {current ? `Now with ${current}. ` : ''}The page starts again from the first step of whoever you choose; nothing more goes to the
          people it reached so far.
        </Text>
        <SegmentedControl
          aria-label="Reassign to a"
          fullWidth
          data={(Object.keys(KIND) as Kind[]).map((k) => ({ value: k, label: KIND[k] }))}
          value={kind}
          onChange={(v) => {
            setKind(v as Kind);
            setId(null);
            setError(null);
          }}
        />
        <Select
          label={KIND[kind]}
          placeholder={loading ? 'Loading…' : 'Choose…'}
          searchable
          data={options[kind]}
          value={id}
          onChange={(v) => {
            setId(v);
            setError(null);
          }}
          nothingFoundMessage="Nothing matches"
          description={kind === 'schedule' ? 'Whoever is on call there now' : kind === 'team' ? 'Every active member' : undefined}
          comboboxProps={{ withinPortal: true }}
        />
        <InlineError error={error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" disabled={!id} loading={busy} onClick={submit}>
            Reassign
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
