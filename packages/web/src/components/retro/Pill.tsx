import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconEye, IconLock } from '@tabler/icons-react';
import type { CSSProperties, ReactNode } from 'react';
import type { RetroView } from '../../api/retros.ts';
import { RETRO_STATUS_LABEL } from '../../api/retros.ts';

const STATUS = {
  draft: { icon: IconCircleDashed, color: 'gray' },
  in_review: { icon: IconEye, color: 'yellow' },
  published: { icon: IconCircleCheck, color: 'green' },
} as const;

/** The house pill (see app.css .fb-pill): text carries the meaning, the coloured icon repeats it. */
function Pill({ color, icon, children }: { color: string; icon: ReactNode; children: ReactNode }) {
  const style = { '--pill-color': `var(--mantine-color-${color}-filled)`, '--pill-bg': 'transparent' } as CSSProperties;
  return (
    <span className="fb-pill fb-pill-outline" style={style}>
      {icon}
      {children}
    </span>
  );
}

export function RetroStatusPill({ status }: { status: RetroView['status'] }) {
  const { icon: Icon, color } = STATUS[status];
  return (
    <Pill color={color} icon={<Icon size={13} aria-hidden className="fb-pill-icon" stroke={2.2} />}>
      {RETRO_STATUS_LABEL[status]}
    </Pill>
  );
}

/** A count of wordings the blame-aware review flags. */
export function FindingsPill({ children }: { children: ReactNode }) {
  return (
    <Pill color="orange" icon={<IconAlertTriangle size={13} aria-hidden className="fb-pill-icon" stroke={2.2} />}>
      {children}
    </Pill>
  );
}

/** Pulled in from the war room or the ticket: responders see it, stakeholders do not (yet). */
export function InternalPill({ children = 'Internal' }: { children?: ReactNode }) {
  return (
    <Pill color="gray" icon={<IconLock size={13} aria-hidden className="fb-pill-icon" stroke={2.2} />}>
      {children}
    </Pill>
  );
}
