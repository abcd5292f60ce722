import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { Markdown } from '../../../components/Markdown.tsx';

/** A titled block of the ticket. */
export function Section({ title, right, children, id }: { title: string; right?: ReactNode; children: ReactNode; id?: string }) {
  return (
    <section className="fb-section" aria-labelledby={id ? `${id}-title` : undefined}>
      <Group justify="space-between" gap="xs" mb={4} wrap="nowrap">
        <h2 className="fb-section-title" id={id ? `${id}-title` : undefined}>
          {title}
        </h2>
        {right}
      </Group>
      {children}
    </section>
  );
}

/**
 * A markdown section edited in place: Edit → textarea → Save (Ctrl+Enter) or Cancel (Esc). Focus
 * returns to the Edit button afterwards so keyboard users stay where they were.
 */
export function EditableText({
  label,
  value,
  placeholder,
  canEdit,
  onSave,
  rows = 3,
}: {
  label: string;
  value: string;
  placeholder: string;
  canEdit: boolean;
  onSave: (value: string) => Promise<unknown>;
  rows?: number;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const stop = () => {
    refocus.current = true;
    setEditing(false);
    setError(null);
  };
  // Once the read view is back on screen, focus returns to its Edit button.
  useEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  const save = async () => {
    if (draft.trim() === value.trim()) return stop();
    setBusy(true);
    try {
      await onSave(draft.trim());
      stop();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  if (editing) {
    return (
      <Stack gap={6}>
        <Textarea
          aria-label={label}
          autosize
          minRows={rows}
          maxRows={18}
          autoFocus
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={getHotkeyHandler([
            ['mod+Enter', save],
            ['Escape', stop],
          ])}
          description="Markdown. Ctrl+Enter saves, Esc cancels."
        />
        <InlineError error={error} />
        <Group gap="xs">
          <Button size="xs" onClick={save} loading={busy}>
            Save {label.toLowerCase()}
          </Button>
          <Button size="xs" variant="default" onClick={stop}>
            Cancel
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap" justify="space-between">
      <div style={{ minWidth: 0, flex: 1 }}>
        {value ? (
          <Markdown>{value}</Markdown>
        ) : (
          <Text size="sm" c="dimmed">
            {placeholder}
          </Text>
        )}
      </div>
      {canEdit && (
        <Button
          ref={editButton}
          variant="subtle"
          size="compact-xs"
          color="gray"
          aria-label={`Edit ${label.toLowerCase()}`}
          onClick={() => {
            setDraft(value);
            setEditing(true);
          }}
        >
          {value ? 'Edit' : 'Add'}
        </Button>
      )}
    </Group>
  );
}
