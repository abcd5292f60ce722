import type { ServiceCriticality } from '@firebreak/shared';
import { IconCircleFilled } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import { CRITICALITY_COLOR } from '../lib/labels.ts';

/** Criticality as a dot and a word. */
export function CriticalityBadge({ value }: { value: ServiceCriticality }) {
  const style = { '--pill-color': `var(--mantine-color-${CRITICALITY_COLOR[value]}-filled)` } as CSSProperties;
  return (
    <span className="fb-pill fb-pill-outline" style={style}>
      <IconCircleFilled size={8} className="fb-pill-icon" aria-hidden />
      {value[0].toUpperCase() + value.slice(1)}
    </span>
  );
}
