import type { IncidentStatus } from '@firebreak/shared';
import { IconCircleCheck, IconCircleDashed, IconCircleX, IconCopy, IconEye, IconLock, IconSearch, IconTarget } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import { STATUS_COLOR, STATUS_LABEL } from '../lib/labels.ts';

const ICON = {
  triage: IconCircleDashed,
  investigating: IconSearch,
  identified: IconTarget,
  monitoring: IconEye,
  resolved: IconCircleCheck,
  closed: IconLock,
  declined: IconCircleX,
  duplicate: IconCopy,
} satisfies Record<IncidentStatus, unknown>;

/** A status with its icon and word; the colour only repeats what the word says. */
export function StatusBadge({ status }: { status: IncidentStatus }) {
  const Icon = ICON[status];
  const c = STATUS_COLOR[status];
  const style = { '--pill-color': `var(--mantine-color-${c}-filled)`, '--pill-bg': 'transparent' } as CSSProperties;
  return (
    <span className="fb-pill fb-pill-outline" style={style}>
      <Icon size={13} aria-hidden className="fb-pill-icon" stroke={2.2} />
      {STATUS_LABEL[status]}
    </span>
  );
}
