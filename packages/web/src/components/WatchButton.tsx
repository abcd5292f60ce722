import { Button, Tooltip } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useWatch } from '../api/notifications.ts';
import { InlineError } from './ErrorNote.tsx';

/** Watch (subscribe to) an incident or a service: changes then reach me by my chosen channels. */
export function WatchButton({ target, id, label }: { target: 'incident' | 'service'; id: string; label: string }) {
  const { watching, loading, toggle } = useWatch(target, id, (s) => s.id === id);
  return (
    <>
      <Tooltip label={watching ? `Stop notifications about ${label}` : `Get notified about changes to ${label}`}>
        <Button
          size="xs"
          variant="default"
          leftSection={watching ? <IconEyeOff size={14} aria-hidden /> : <IconEye size={14} aria-hidden />}
          loading={toggle.isPending}
          disabled={loading}
          aria-pressed={watching}
          onClick={() => toggle.mutate()}
        >
          {watching ? 'Watching' : 'Watch'}
        </Button>
      </Tooltip>
      {toggle.error && <InlineError error={toggle.error} />}
    </>
  );
}
