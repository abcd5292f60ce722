import { ActionIcon, Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { IconCalendarShare, IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import type { CalendarFeedView } from '../../api/oncall.ts';
import { InlineError } from '../../components/ErrorNote.tsx';

/**
 * A secret calendar feed URL: made on request, shown once with a copy button (the server keeps only a
 * hash), and revocable; making a new one stops the old one.
 */
export function CalendarFeed({
  what,
  create,
  revoke,
  buttonLabel = 'Calendar feed',
}: {
  what: string;
  create: () => Promise<CalendarFeedView>;
  revoke: () => Promise<void>;
  buttonLabel?: string;
}) {
  const [open, setOpen] = useState(false);
  const [feed, setFeed] = useState<CalendarFeedView | null>(null);
  const [revoked, setRevoked] = useState(false);
  const [busy, setBusy] = useState<'create' | 'revoke' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (kind: 'create' | 'revoke') => {
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'create') {
        setFeed(await create());
        setRevoked(false);
      } else {
        await revoke();
        setFeed(null);
        setRevoked(true);
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const close = () => {
    setOpen(false);
    setFeed(null);
    setRevoked(false);
    setError(null);
  };
  return (
    <>
      <Button variant="default" leftSection={<IconCalendarShare size={14} />} onClick={() => setOpen(true)}>
        {buttonLabel}
      </Button>
      <Modal opened={open} onClose={close} title={`Calendar feed: ${what}`} size="lg">
        <Stack gap="sm">
          <Text size="sm">
            Subscribe to {what} in Google Calendar, Outlook or Apple Calendar with a secret URL. Anyone with the URL can read the shifts, so
            keep it private; making a new URL stops the old one.
          </Text>
          {feed ? (
            <>
              <Alert color="yellow" variant="light">
                Copy the URL now: Firebreak keeps only a hash and cannot show it again.
              </Alert>
              <div className="fb-snippet">
                <Code block aria-label="Calendar feed URL" className="fb-verbatim">
                  {feed.url}
                </Code>
                <CopyButton value={feed.url}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? 'Copied' : 'Copy'}>
                      <ActionIcon
                        variant="default"
                        onClick={copy}
                        aria-label={copied ? 'Copied' : 'Copy feed URL'}
                        className="fb-snippet-copy"
                      >
                        {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </div>
            </>
          ) : revoked ? (
            <Alert color="green" variant="light">
              The feed is revoked: calendars subscribed to it stop updating.
            </Alert>
          ) : null}
          <InlineError error={error} />
          <Group justify="space-between" gap="sm">
            <Button variant="subtle" color="red" loading={busy === 'revoke'} onClick={() => run('revoke')}>
              Revoke feed
            </Button>
            <Group gap="sm">
              <Button variant="default" onClick={close}>
                Done
              </Button>
              <Button loading={busy === 'create'} onClick={() => run('create')}>
                {feed ? 'Make another URL' : 'Make a feed URL'}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
