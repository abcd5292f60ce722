import type { Icon } from '@tabler/icons-react';
import type { CSSProperties } from 'react';

/** A state word with its icon in the state's colour (the colour only repeats what the word says). */
export function StatePill({ icon: I, color, children }: { icon: Icon; color: string; children: string }) {
  const style = { '--pill-color': `var(--mantine-color-${color}-filled)`, '--pill-bg': 'transparent' } as CSSProperties;
  return (
    <span className="fb-pill fb-pill-outline" style={style}>
      <I size={13} aria-hidden className="fb-pill-icon" stroke={2.2} />
      {children}
    </span>
  );
}
