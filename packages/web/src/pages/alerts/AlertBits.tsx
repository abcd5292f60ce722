import type { AlertSeverity, AlertStatus, IntegrationFormat } from '@firebreak/shared';
import { IconAlertTriangle, IconCircleCheck, IconUserCheck } from '@tabler/icons-react';
import type { CSSProperties } from 'react';

export const ALERT_STATUS_LABEL: Record<AlertStatus, string> = {
  triggered: 'Triggered',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
};
const STATUS_COLOR: Record<AlertStatus, string> = { triggered: 'red', acknowledged: 'yellow', resolved: 'green' };
const STATUS_ICON = { triggered: IconAlertTriangle, acknowledged: IconUserCheck, resolved: IconCircleCheck } satisfies Record<
  AlertStatus,
  unknown
>;

const SEVERITY_COLOR: Record<AlertSeverity, string> = { critical: 'red', error: 'orange', warning: 'yellow', info: 'blue' };
export const SEVERITY_LABEL: Record<AlertSeverity, string> = { critical: 'Critical', error: 'Error', warning: 'Warning', info: 'Info' };

export const FORMAT_LABEL: Record<IntegrationFormat, string> = {
  alertmanager: 'Alertmanager',
  grafana: 'Grafana',
  pagerduty: 'PagerDuty Events v2',
  opsgenie: 'Opsgenie',
  generic: 'Generic JSON',
};

const pill = (color: string) => ({ '--pill-color': `var(--mantine-color-${color}-filled)`, '--pill-bg': 'transparent' }) as CSSProperties;

/** An alert's status with its icon and word; the colour only repeats the word. */
export function AlertStatusPill({ status }: { status: AlertStatus }) {
  const Icon = STATUS_ICON[status];
  return (
    <span className="fb-pill fb-pill-outline" style={pill(STATUS_COLOR[status])}>
      <Icon size={13} aria-hidden className="fb-pill-icon" stroke={2.2} />
      {ALERT_STATUS_LABEL[status]}
    </span>
  );
}

/** An alert's severity as a word with a coloured edge. */
export function AlertSeverityPill({ severity }: { severity: AlertSeverity }) {
  return (
    <span className="fb-pill fb-pill-strong" style={pill(SEVERITY_COLOR[severity])}>
      {SEVERITY_LABEL[severity]}
    </span>
  );
}
