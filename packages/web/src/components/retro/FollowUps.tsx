import { Badge, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useUsers } from '../../api/queries.ts';
import { type RetroView, retroApi, storeRetro } from '../../api/retros.ts';
import { InlineError } from '../ErrorNote.tsx';
import { useRetroRef } from './context.ts';

type Brief = RetroView['actions']['immediate'][number];

function Row({ a }: { a: Brief }) {
  return (
    <Group gap={6} wrap="wrap" component="li">
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {a.title}
      </Text>
      <Badge size="xs" variant="outline">
        {a.priority.toUpperCase()}
      </Badge>
      <Text size="xs" c="dimmed">
        {a.owner ? a.owner.name : 'no owner (draft)'}
        {a.dueAt ? ` · due ${a.dueAt.slice(0, 10)}` : ''} · {a.status.replace('_', ' ')}
      </Text>
      {a.overdue && (
        <Badge size="xs" color="red.9">
          overdue
        </Badge>
      )}
      {a.fromRetro && (
        <Badge size="xs" variant="outline">
          proposed here
        </Badge>
      )}
    </Group>
  );
}

function Propose() {
  const rid = useRetroRef();
  const qc = useQueryClient();
  const users = useUsers();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [priority, setPriority] = useState('p2');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await retroApi.propose(rid, {
        title,
        priority,
        ...(owner ? { owner } : {}),
        ...(due ? { dueAt: new Date(`${due}T17:00:00`).toISOString() } : {}),
      });
      storeRetro(qc, rid, r.data);
      setTitle('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} aria-label="Propose a follow-up">
      <Stack gap={6}>
        <TextInput size="xs" label="Propose a follow-up" value={title} onChange={(e) => setTitle(e.currentTarget.value)} required />
        <Group grow gap="xs" wrap="wrap">
          <NativeSelect
            size="xs"
            label="Owner"
            value={owner}
            onChange={(e) => setOwner(e.currentTarget.value)}
            data={[{ value: '', label: 'Nobody yet (draft)' }, ...(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))]}
          />
          <TextInput size="xs" type="date" label="Due" value={due} onChange={(e) => setDue(e.currentTarget.value)} />
          <NativeSelect
            size="xs"
            label="Priority"
            value={priority}
            onChange={(e) => setPriority(e.currentTarget.value)}
            data={['p1', 'p2', 'p3'].map((p) => ({ value: p, label: p.toUpperCase() }))}
          />
        </Group>
        <InlineError error={error} />
        <Button type="submit" size="xs" variant="default" loading={busy} disabled={!title.trim()} style={{ alignSelf: 'flex-start' }}>
          Propose
        </Button>
      </Stack>
    </form>
  );
}

/** Actions: what was done during the incident (immediate) and the follow-ups (long-term), live from the actions slice. */
export function FollowUps({ retro, title, prompt }: { retro: RetroView; title: string; prompt: string }) {
  const { immediate, longTerm } = retro.actions;
  return (
    <section className="fb-retro-section" aria-labelledby="actions-title">
      <Title order={2} size="h4" id="actions-title">
        {title}
      </Title>
      {prompt && (
        <Text size="xs" c="dimmed" mt={2}>
          {prompt}
        </Text>
      )}
      <Stack gap={6} mt={6}>
        {[
          ['Immediate', immediate],
          ['Long-term', longTerm],
        ].map(([label, list]) => (
          <div key={label as string}>
            <Text size="xs" fw={600}>
              {label as string} ({(list as Brief[]).length})
            </Text>
            {(list as Brief[]).length === 0 ? (
              <Text size="xs" c="dimmed">
                None.
              </Text>
            ) : (
              <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {(list as Brief[]).map((a) => (
                  <Row key={a.id} a={a} />
                ))}
              </Stack>
            )}
          </div>
        ))}
        {retro.abilities.edit && <Propose />}
      </Stack>
    </section>
  );
}
