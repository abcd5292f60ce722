import type { TimelineItem } from '@firebreak/shared';
import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type RetroSectionView, type RetroView, retroApi, retroKeys } from '../../api/retros.ts';
import { InlineError } from '../ErrorNote.tsx';
import { Time } from '../Time.tsx';
import { InternalPill } from './Pill.tsx';

/**
 * The timeline section's lines: milestones and pinned moments. A line quoted from the war room is
 * internal (stakeholders never read it) until someone rewords it or shares it as written.
 */
/** `incidentRef`: each line links to the incident as it looked at that moment (replay), for those who work it. */
export function TimelineExcerpt({
  retroId,
  section,
  canEdit,
  incidentRef,
}: {
  retroId: string;
  section: RetroSectionView;
  canEdit: boolean;
  incidentRef?: string;
}) {
  const qc = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const items = section.items ?? [];
  if (!items.length) return null;

  const save = async (next: TimelineItem[]) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await retroApi.saveItems(retroId, section.key, section.revision, next);
      qc.setQueryData<RetroView>(retroKeys.one(retroId), (cur) =>
        cur ? { ...cur, sections: cur.sections.map((s) => (s.key === saved.key ? saved : s)) } : cur,
      );
      setEditing(null);
    } catch (err) {
      setError(err);
      void qc.invalidateQueries({ queryKey: retroKeys.one(retroId) });
    } finally {
      setBusy(false);
    }
  };
  const reword = (e: FormEvent, id: string) => {
    e.preventDefault();
    if (text.trim()) void save(items.map((i) => (i.id === id ? { ...i, text: text.trim() } : i)));
  };
  const share = (id: string) => save(items.map((i) => (i.id === id ? { ...i, internal: false } : i)));

  return (
    <Stack gap={4} mt={6}>
      <Stack gap={4} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={`${section.title}: moments`}>
        {items.map((it) => (
          <li key={it.id} className={it.internal ? 'fb-retro-internal' : undefined}>
            {editing === it.id ? (
              <form onSubmit={(e) => reword(e, it.id)}>
                <Group gap={6} wrap="wrap" align="flex-end">
                  <TextInput
                    size="xs"
                    label="Reworded for the retrospective"
                    style={{ flex: 1, minWidth: 220 }}
                    value={text}
                    onChange={(e) => setText(e.currentTarget.value)}
                    autoFocus
                  />
                  <Button size="xs" type="submit" loading={busy}>
                    Save line
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setEditing(null)}>
                    Cancel
                  </Button>
                </Group>
              </form>
            ) : (
              <Text size="sm">
                <Text span size="xs" c="dimmed" ff="monospace">
                  <Time iso={it.at} mode="clock" />
                </Text>{' '}
                {it.milestone && (
                  <Text span size="xs" fw={600}>
                    [{it.milestone}]{' '}
                  </Text>
                )}
                {it.text}
                {canEdit && incidentRef && (
                  <>
                    {' '}
                    <Anchor
                      component={Link}
                      to={`/incidents/${incidentRef}?asOf=${encodeURIComponent(it.at)}`}
                      size="xs"
                      aria-label={`The incident as it was at ${new Date(it.at).toLocaleString()}`}
                    >
                      as it was
                    </Anchor>
                  </>
                )}
              </Text>
            )}
            {it.internal && editing !== it.id && (
              <Group gap={6} mt={2} wrap="wrap">
                <InternalPill>Internal: quoted from the war room</InternalPill>
                {canEdit ? (
                  <>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => {
                        setText(it.text);
                        setEditing(it.id);
                      }}
                    >
                      Reword
                    </Button>
                    <Button size="compact-xs" variant="subtle" onClick={() => share(it.id)} loading={busy}>
                      Share as written
                    </Button>
                  </>
                ) : (
                  <Text span size="xs" c="dimmed">
                    Stakeholders do not see this line.
                  </Text>
                )}
              </Group>
            )}
          </li>
        ))}
      </Stack>
      <InlineError error={error} />
    </Stack>
  );
}
