import { IconFlag3Filled } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import type { Severity } from '../api/types.ts';
import { SEVERITY_MANTINE_COLOR } from '../lib/labels.ts';

/** A severity as a coloured flag with its name: colour is never the only signal. */
export function SeverityFlag({ severity, withDescription = false }: { severity: Severity | null; withDescription?: boolean }) {
  if (!severity) return <span className="fb-pill">No severity</span>;
  const c = SEVERITY_MANTINE_COLOR[severity.color] ?? 'gray';
  const style = { '--pill-color': `var(--mantine-color-${c}-filled)`, '--pill-bg': `var(--mantine-color-${c}-light)` } as CSSProperties;
  return (
    <span className="fb-pill fb-pill-strong" style={style} title={withDescription ? undefined : severity.description}>
      <IconFlag3Filled size={12} aria-hidden className="fb-pill-icon" />
      {severity.name}
      {withDescription && <span className="fb-pill-desc">{severity.description}</span>}
    </span>
  );
}
