import { Tooltip } from '@mantine/core';
import { formatAbsolute, formatClock, formatRelative, timeZonePref, useNow } from '../lib/time.ts';

/** A time shown relative ("12 min ago") or as a clock ("12:40"), with the absolute time on hover. */
export function Time({ iso, mode = 'relative', prefix }: { iso: string; mode?: 'relative' | 'clock'; prefix?: string }) {
  const tz = timeZonePref.use();
  const now = useNow();
  const text = mode === 'relative' ? formatRelative(iso, now) : formatClock(iso, tz, now);
  return (
    <Tooltip label={`${prefix ? `${prefix} ` : ''}${formatAbsolute(iso, tz)}`}>
      <time dateTime={iso}>{text}</time>
    </Tooltip>
  );
}
