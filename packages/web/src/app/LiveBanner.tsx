import { Group } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useLiveLost } from '../api/live.ts';

/** Says so when live updates stop, after a short grace period so a quick blip does not flash. */
export function LiveBanner() {
  const lost = useLiveLost();
  const [show, setShow] = useState(false);
  useEffect(() => {
    if (!lost) {
      setShow(false);
      return;
    }
    const t = setTimeout(() => setShow(true), 1500);
    return () => clearTimeout(t);
  }, [lost]);
  if (!show) return null;
  return (
    <Group className="fb-live-banner" gap={8} role="status" px="md" py={6} wrap="nowrap">
      <IconPlugConnectedX size={16} aria-hidden />
      <span>Live updates lost. Reconnecting… anything that happened meanwhile will appear when the connection is back.</span>
    </Group>
  );
}
