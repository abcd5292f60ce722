import type { AlertSeverity, AlertSource, AlertStatus } from '@firebreak/shared';
import { Button } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconBellOff, IconCircleCheck, IconUserCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type CSSProperties, useState } from 'react';
import { useNavigate } from 'react-router';
import { type AlertView, declareFromAlert, invalidateAlerts } from '../../api/alerts.ts';
import { keys } from '../../api/queries.ts';
import { InlineError } from '../../components/ErrorNote.tsx';

export const ALERT_STATUS_LABEL: Record<AlertStatus, string> = {
  triggered: 'Triggered',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
  suppressed: 'Suppressed (maintenance)',
  dropped: 'Dropped by a rule',
};
const STATUS_COLOR: Record<AlertStatus, string> = {
  triggered: 'red',
  acknowledged: 'yellow',
  resolved: 'green',
  suppressed: 'gray',
  dropped: 'gray',
};
const STATUS_ICON = {
  triggered: IconAlertTriangle,
  acknowledged: IconUserCheck,
  resolved: IconCircleCheck,
  suppressed: IconBellOff,
  dropped: IconBan,
} satisfies Record<AlertStatus, unknown>;

const SEVERITY_COLOR: Record<AlertSeverity, string> = { critical: 'red', error: 'orange', warning: 'yellow', info: 'blue' };
export const SEVERITY_LABEL: Record<AlertSeverity, string> = { critical: 'Critical', error: 'Error', warning: 'Warning', info: 'Info' };

export const FORMAT_LABEL: Record<AlertSource, string> = {
  alertmanager: 'Alertmanager',
  grafana: 'Grafana',
  pagerduty: 'PagerDuty Events v2',
  opsgenie: 'Opsgenie',
  generic: 'Generic JSON',
  email: 'E-mail',
  heartbeat: 'Heartbeat',
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

/** "Declare incident" from one waiting alert: one click, then the new incident's page. */
export function DeclareFromAlertButton({ alert, size = 'compact-xs' }: { alert: AlertView; size?: string }) {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await declareFromAlert(alert.id);
      invalidateAlerts(qc);
      void qc.invalidateQueries({ queryKey: keys.incidents() });
      navigate(`/incidents/${r.incident.ref}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <span>
      <Button size={size} color="red.9" onClick={run} loading={busy} aria-label={`Declare incident from alert: ${alert.title}`}>
        Declare incident
      </Button>
      <InlineError error={error} />
    </span>
  );
}
