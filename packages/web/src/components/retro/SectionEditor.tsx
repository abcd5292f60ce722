import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { type RetroSectionView, type RetroView, retroApi, retroKeys } from '../../api/retros.ts';
import { InlineError } from '../ErrorNote.tsx';
import { Markdown } from '../Markdown.tsx';
import { Time } from '../Time.tsx';
import { FindingList, LanguageHints } from './LanguageHints.tsx';
import './retro.css';
import { FindingsPill, InternalPill } from './Pill.tsx';

type Conflict = { theirs: RetroSectionView; yours: string };

/** Both versions side by side after a 409: theirs (saved meanwhile) and yours, and a field to merge them. */
function ConflictPanel({ c, merged, onMerged }: { c: Conflict; merged: string; onMerged: (s: string) => void }) {
  return (
    <Stack gap={6} role="group" aria-label="Edit conflict">
      <Text size="sm" fw={600} role="alert">
        {c.theirs.updatedBy?.name ?? 'Someone'} saved this section while you were editing. Merge both versions below and save again.
      </Text>
      <div className="fb-retro-conflict">
        <div>
          <Group justify="space-between" mb={4}>
            <Text size="xs" fw={600}>
              Theirs (saved since you started)
            </Text>
            <Button size="compact-xs" variant="default" onClick={() => onMerged(c.theirs.body)}>
              Use theirs
            </Button>
          </Group>
          <pre className="fb-retro-pre" data-version="theirs">
            {c.theirs.body}
          </pre>
        </div>
        <div>
          <Group justify="space-between" mb={4}>
            <Text size="xs" fw={600}>
              Yours
            </Text>
            <Button size="compact-xs" variant="default" onClick={() => onMerged(c.yours)}>
              Use yours
            </Button>
          </Group>
          <pre className="fb-retro-pre" data-version="yours">
            {c.yours}
          </pre>
        </div>
      </div>
      <Button
        size="compact-xs"
        variant="subtle"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => onMerged(`${c.theirs.body.trimEnd()}\n\n${c.yours.trim()}`)}
      >
        Keep both (theirs, then yours)
      </Button>
      <Text size="xs" c="dimmed">
        The field below is what will be saved{merged.trim() ? '' : ' (empty now)'}.
      </Text>
    </Stack>
  );
}

/**
 * One markdown section of the retrospective, editable in place. A save carries the revision the edit
 * started from; if someone saved since, the server answers 409 with both versions and we show them.
 */
export function SectionEditor({
  retroId,
  section,
  canEdit,
  children,
}: {
  retroId: string;
  section: RetroSectionView;
  canEdit: boolean;
  children?: ReactNode;
}) {
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [base, setBase] = useState(0);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const fieldId = `section-${section.key}`;

  const start = () => {
    setText(section.body);
    setBase(section.revision);
    setConflict(null);
    setError(null);
    setEditing(true);
  };
  const save = async (body = text, from = base) => {
    setSaving(true);
    setError(null);
    try {
      const saved = await retroApi.saveSection(retroId, section.key, from, body);
      qc.setQueryData<RetroView>(retroKeys.one(retroId), (cur) =>
        cur ? { ...cur, sections: cur.sections.map((s) => (s.key === saved.key ? saved : s)) } : cur,
      );
      void qc.invalidateQueries({ queryKey: retroKeys.one(retroId) });
      setEditing(false);
      setConflict(null);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'edit_conflict') {
        const theirs = (err.details as { theirs: RetroSectionView }).theirs;
        setText(body);
        setConflict({ theirs, yours: body });
        setBase(theirs.revision);
        setEditing(true);
      } else setError(err);
    } finally {
      setSaving(false);
    }
  };

  /** A person keeps the text pulled in from the ticket as written: saved unchanged, it becomes retrospective text. */
  const keep = () => save(section.body, section.revision);

  return (
    <section className="fb-retro-section" aria-labelledby={`${fieldId}-title`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Title order={2} size="h4" id={`${fieldId}-title`}>
          {section.title}
        </Title>
        <Group gap={6} wrap="nowrap">
          {section.findings.length > 0 && !editing && <FindingsPill>{section.findings.length} to reconsider</FindingsPill>}
          {canEdit && !editing && (
            <Button
              size="compact-xs"
              variant="default"
              leftSection={<IconPencil size={12} />}
              onClick={start}
              aria-label={`Edit ${section.title}`}
            >
              Edit
            </Button>
          )}
        </Group>
      </Group>
      {section.prompt && (
        <Text size="xs" c="dimmed" mt={2}>
          {section.prompt}
        </Text>
      )}
      {editing ? (
        <Stack gap={6} mt={6}>
          {conflict && <ConflictPanel c={conflict} merged={text} onMerged={setText} />}
          {!conflict && section.revision > base && (
            <Text size="xs" role="status">
              {section.updatedBy?.name ?? 'Someone'} saved a newer version while you were editing; saving will show both to merge.
            </Text>
          )}
          <Textarea
            id={fieldId}
            label={conflict ? `${section.title} (merged)` : section.title}
            labelProps={{ className: conflict ? undefined : 'fb-sr-only' }}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={4}
            maxRows={24}
            autoFocus
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) void save();
              if (e.key === 'Escape') setEditing(false);
            }}
          />
          <LanguageHints text={text} label={`Language review of ${section.title}`} />
          <InlineError error={error} />
          <Group gap="xs">
            <Button size="xs" onClick={() => save()} loading={saving}>
              Save {section.title}
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              Cancel
            </Button>
            <Text size="xs" c="dimmed">
              Ctrl+Enter saves · Markdown
            </Text>
          </Group>
        </Stack>
      ) : (
        <Stack gap={6} mt={6}>
          {section.internal && (
            <Group gap={6} wrap="wrap" role="note" aria-label={`${section.title}: pulled in from the ticket`}>
              <InternalPill>Internal: pulled in from the ticket</InternalPill>
              <Text size="xs" c="dimmed">
                Stakeholders do not see it until someone edits it or keeps it as written.
              </Text>
              {canEdit && (
                <Button size="compact-xs" variant="subtle" onClick={keep} loading={saving}>
                  Keep as written
                </Button>
              )}
            </Group>
          )}
          {section.body.trim() ? (
            <Markdown>{section.body}</Markdown>
          ) : section.items?.length ? (
            // The moments below are already there: no "nothing written" above them.
            canEdit && (
              <Text size="xs" c="dimmed">
                Moments from the incident, below; Edit adds a summary of how the time was spent.
              </Text>
            )
          ) : (
            <Text size="sm" c="dimmed" fs="italic">
              Nothing written yet.{canEdit ? ' Select Edit to write it.' : ''}
            </Text>
          )}
          <FindingList text={section.body} findings={section.findings} label={`Wordings to reconsider in ${section.title}`} />
          {section.updatedBy && (
            <Text size="xs" c="dimmed">
              Last saved by {section.updatedBy.name} <Time iso={section.updatedAt} />
            </Text>
          )}
        </Stack>
      )}
      {children}
    </section>
  );
}
