// The themes file alone: the package index would bring zod into this page's chunk.
import { summarizeThemes } from '@firebreak/shared/retros/themes.ts';
import { Anchor, Badge, Button, FileButton, Group, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { type ChatImportResult, retroApi, retroKeys, useThemes } from '../../api/retros.ts';
import { count } from '../../lib/labels.ts';
import { formatClock, timeZonePref, useNow } from '../../lib/time.ts';
import { InlineError } from '../ErrorNote.tsx';

/** Turns pasted text into the import body: a Slack export (JSON array or {messages, users}) or a transcript. */
function toBody(format: 'slack' | 'transcript', text: string, timezone: string): unknown {
  if (format === 'transcript') return { format, text, timezone: timezone || 'UTC' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('That is not JSON: paste the messages of a Slack channel export (a day file), or switch to Transcript.');
  }
  if (Array.isArray(parsed)) return { format, messages: parsed };
  const o = parsed as { messages?: unknown[]; users?: unknown[]; channel?: string };
  return { format, messages: o.messages ?? [], users: o.users, channel: o.channel };
}

/** Import the chat log into the timeline (Slack export or transcript). */
function ChatImport({ incidentRef }: { incidentRef: string }) {
  const qc = useQueryClient();
  const [format, setFormat] = useState<'slack' | 'transcript'>('transcript');
  const [text, setText] = useState('');
  const [tz, setTz] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [result, setResult] = useState<ChatImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await retroApi.importChat(incidentRef, toBody(format, text, tz)));
      setText('');
      void qc.invalidateQueries({ queryKey: retroKeys.themes(incidentRef) });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={6}>
      <SegmentedControl
        size="xs"
        value={format}
        onChange={(v) => setFormat(v as 'slack' | 'transcript')}
        data={[
          { value: 'transcript', label: 'Transcript' },
          { value: 'slack', label: 'Slack JSON' },
        ]}
        aria-label="Chat format"
      />
      <Textarea
        size="xs"
        label={format === 'slack' ? 'Slack export (JSON)' : 'Transcript'}
        description={
          format === 'slack'
            ? 'A day file’s messages array, or {"messages": [...], "users": [...]}'
            : 'Lines like “[12:40] alice: checkout is down”'
        }
        autosize
        minRows={3}
        maxRows={10}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      {format === 'transcript' && (
        <TextInput size="xs" label="Time zone of the times" value={tz} onChange={(e) => setTz(e.currentTarget.value)} />
      )}
      <Group gap="xs">
        <Button size="xs" onClick={submit} loading={busy} disabled={!text.trim()}>
          Import chat
        </Button>
        <FileButton onChange={(f) => f?.text().then(setText)} accept=".json,.txt,.log,text/plain,application/json">
          {(props) => (
            <Button {...props} size="xs" variant="default" leftSection={<IconUpload size={12} />}>
              Upload file
            </Button>
          )}
        </FileButton>
      </Group>
      <InlineError error={error} />
      {result && (
        <Text size="xs" role="status">
          Imported {result.imported} of {result.received} messages ({result.duplicates} already there, {result.skipped} skipped) from{' '}
          {count(result.authors.length, 'person', 'people')}.
        </Text>
      )}
    </Stack>
  );
}

function Themes({ incidentRef }: { incidentRef: string }) {
  const themes = useThemes(incidentRef, true);
  const tz = timeZonePref.use();
  const now = useNow();
  const entry = (id: number) => `/incidents/${incidentRef}#entry-${id}`;
  if (themes.isPending) return <Text size="xs">Reading the timeline…</Text>;
  if (themes.error) return <InlineError error={themes.error} />;
  const t = themes.data;
  return (
    <Stack gap={4}>
      {/* Written here, not taken from the API's summary: its times are UTC, this page follows the reader's choice. */}
      {summarizeThemes(t, 30, (iso) => formatClock(iso, tz, now), tz === 'utc' ? ' UTC' : '').map((s) => (
        <Text size="xs" key={s}>
          {s}
        </Text>
      ))}
      {t.stuck.slice(0, 8).map((s) => (
        <Text size="xs" key={s.entryId}>
          <Badge size="xs" variant="outline">
            {s.category}
          </Badge>{' '}
          {s.who}: “{s.excerpt}”{' '}
          <Anchor component={Link} to={entry(s.entryId)} size="xs" underline="always">
            timeline
          </Anchor>
        </Text>
      ))}
      {t.gaps.slice(0, 5).map((g) => (
        <Text size="xs" key={g.beforeEntryId}>
          {g.minutes} min without progress ({g.messagesDuring} messages){' '}
          <Anchor component={Link} to={entry(g.beforeEntryId)} size="xs" underline="always">
            timeline
          </Anchor>
        </Text>
      ))}
      {t.handovers.slice(0, 5).map((h) => (
        <Text size="xs" key={h.entryId}>
          Handover{h.role ? ` (${h.role})` : ''}: {h.from ?? '?'} → {h.to ?? '?'}{' '}
          <Anchor component={Link} to={entry(h.entryId)} size="xs" underline="always">
            timeline
          </Anchor>
        </Text>
      ))}
      {t.people.peak && (
        <Text size="xs">
          Peak: {count(t.people.peak.people, 'person', 'people')} at once{t.people.crowded.length ? ' (crowded)' : ''}
        </Text>
      )}
      {t.summary.length + t.stuck.length + t.gaps.length + t.handovers.length === 0 && (
        <Text size="xs" c="dimmed">
          No themes yet. Import the chat log to see where people got stuck.
        </Text>
      )}
    </Stack>
  );
}

/** Investigation aids: chat import into the timeline, and the themes found in it. */
export function Investigation({ incidentRef, canImport }: { incidentRef: string; canImport: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="fb-retro-section" aria-labelledby="themes-title">
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h5" id="themes-title">
          Themes from the timeline
        </Title>
        {canImport && (
          <Button size="compact-xs" variant="subtle" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
            {open ? 'Close import' : 'Import chat'}
          </Button>
        )}
      </Group>
      <Stack gap={6} mt={6}>
        {open && <ChatImport incidentRef={incidentRef} />}
        <Themes incidentRef={incidentRef} />
      </Stack>
    </section>
  );
}
