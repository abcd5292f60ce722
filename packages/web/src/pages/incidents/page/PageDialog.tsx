import { PAGE_TARGET_KINDS, type PageSuggestionView, type PageTarget } from '@firebreak/shared';
import { Badge, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSchedules } from '../../../api/oncall.ts';
import { invalidatePaging, pageAbout, usePageSuggestions, usePolicies } from '../../../api/paging.ts';
import { useTeams, useUsers } from '../../../api/queries.ts';
import { ErrorNote, InlineError } from '../../../components/ErrorNote.tsx';

const REASON: Record<PageSuggestionView['reason'], string> = {
  on_call: 'On call now',
  owner: 'Owning team',
  policy: 'Escalation policy',
};
const KIND: Record<PageTarget['kind'], string> = { user: 'Person', team: 'Team', schedule: 'Schedule', policy: 'Escalation policy' };

/**
 * "Page": the on-call of the affected services and their owners first (only people who expect to be
 * called), then anyone else by person, team, schedule or policy. Each page lands on the timeline.
 */
export function PageDialog({ incidentRef, onClose }: { incidentRef: string; onClose: () => void }) {
  const qc = useQueryClient();
  const suggestions = usePageSuggestions(incidentRef, true);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string[]>([]);
  const [kind, setKind] = useState<PageTarget['kind']>('user');
  const [other, setOther] = useState<string | null>(null);
  const users = useUsers();
  const teams = useTeams();
  const schedules = useSchedules();
  const policies = usePolicies();
  const options: Record<PageTarget['kind'], { value: string; label: string }[]> = {
    user: (users.data ?? []).filter((u) => !u.disabled).map((u) => ({ value: u.id, label: u.name })),
    team: (teams.data ?? []).map((t) => ({ value: t.id, label: t.name })),
    schedule: (schedules.data ?? []).map((s) => ({ value: s.id, label: s.name })),
    policy: (policies.data ?? []).map((p) => ({ value: p.id, label: p.name })),
  };
  const send = async (target: PageTarget, name: string) => {
    const key = `${target.kind}:${target.id}`;
    setBusy(key);
    setError(null);
    try {
      await pageAbout(incidentRef, { target, message: message.trim() || undefined });
      setDone((d) => [...d, name]);
      invalidatePaging(qc);
      void qc.invalidateQueries({ queryKey: ['timeline', incidentRef.toUpperCase()] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const list = suggestions.data ?? [];
  return (
    <Modal opened onClose={onClose} title={`Page someone about ${incidentRef}`} size="lg">
      <Stack gap="sm">
        <Textarea
          label="Message (optional)"
          placeholder="What you need from them"
          autosize
          minRows={1}
          maxLength={500}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
        />
        <Text fw={600} size="sm">
          Suggested
        </Text>
        {suggestions.error ? (
          <ErrorNote error={suggestions.error} />
        ) : !suggestions.data ? (
          <Text size="sm" c="dimmed">
            Looking up who is on call…
          </Text>
        ) : list.length === 0 ? (
          <Text size="sm" c="dimmed">
            No suggestions: the affected services have no escalation policy or owning team. Page someone below.
          </Text>
        ) : (
          <ul className="fb-plain-list" aria-label="Suggested people and teams">
            {list.map((s) => {
              const key = `${s.kind}:${s.id}`;
              return (
                <li key={`${key}-${s.reason}-${s.service?.id ?? ''}`}>
                  <Group justify="space-between" gap="xs" py={6} className="fb-border-b" wrap="nowrap">
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600}>
                        {s.name}{' '}
                        <Badge c="var(--mantine-color-text)" size="xs" variant="light" color={s.reason === 'on_call' ? 'indigo' : 'gray'}>
                          {REASON[s.reason]}
                        </Badge>
                      </Text>
                      <Text size="xs" c="dimmed">
                        {KIND[s.kind]}
                        {s.service ? ` · ${s.service.name}` : ''}
                        {s.reachable ? '' : ' · no contact method: cannot be paged'}
                      </Text>
                    </div>
                    <Button
                      size="xs"
                      disabled={!s.reachable}
                      loading={busy === key}
                      onClick={() => send({ kind: s.kind, id: s.id }, s.name)}
                      aria-label={`Page ${s.name}`}
                    >
                      Page
                    </Button>
                  </Group>
                </li>
              );
            })}
          </ul>
        )}
        <Text fw={600} size="sm" mt="xs">
          Someone else
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label="Kind"
            w={{ base: '100%', sm: 170 }}
            data={PAGE_TARGET_KINDS.map((k) => ({ value: k, label: KIND[k] }))}
            value={kind}
            onChange={(v) => {
              if (v) setKind(v as PageTarget['kind']);
              setOther(null);
            }}
          />
          <Select
            label={KIND[kind]}
            placeholder="Choose…"
            searchable
            w={{ base: '100%', sm: 240 }}
            data={options[kind]}
            value={other}
            onChange={setOther}
            nothingFoundMessage="Nothing matches"
          />
          <Button
            variant="default"
            disabled={!other}
            loading={busy === `${kind}:${other}`}
            onClick={() => other && send({ kind, id: other }, options[kind].find((o) => o.value === other)?.label ?? other)}
          >
            Page
          </Button>
        </Group>
        <InlineError error={error} />
        {done.length > 0 && (
          <Text size="sm" role="status">
            Paged {done.join(', ')}. The page is on the timeline; acknowledging stops the escalation.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
