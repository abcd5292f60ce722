import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { type AlertDetailView, changeAlerts, invalidateAlerts, useAlert, useLiveAlerts } from '../../api/alerts.ts';
import { ApiError } from '../../api/client.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { Time } from '../../components/Time.tsx';
import { AlertSeverityPill, AlertStatusPill, DeclareFromAlertButton, FORMAT_LABEL } from './AlertBits.tsx';

const EVENT_LABEL: Record<string, string> = {
  trigger: 'Triggered',
  acknowledge: 'Acknowledged',
  resolve: 'Resolved',
  note: 'Note',
};

const pretty = (payload: unknown) => (typeof payload === 'string' ? payload : JSON.stringify(payload, null, 2));

/** Who acted, for events people made in Firebreak (their payload is `{by: {name}}`). */
const byPerson = (payload: unknown) => {
  const by = (payload as { by?: { name?: unknown } } | null)?.by;
  return typeof by?.name === 'string' ? by.name : null;
};

function Actions({ alert }: { alert: AlertDetailView }) {
  const qc = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const act = async (action: 'acknowledge' | 'resolve') => {
    setBusy(action);
    setError(null);
    try {
      await changeAlerts([alert.id], action);
      invalidateAlerts(qc);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const { acknowledge, resolve, declare } = alert.abilities;
  if (!acknowledge && !resolve && !declare) return null;
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        {acknowledge && (
          <Button size="xs" variant="default" onClick={() => act('acknowledge')} loading={busy === 'acknowledge'}>
            Acknowledge
          </Button>
        )}
        {resolve && (
          <Button size="xs" variant="default" onClick={() => act('resolve')} loading={busy === 'resolve'}>
            Resolve
          </Button>
        )}
        {declare && <DeclareFromAlertButton alert={alert} size="xs" />}
      </Group>
      <InlineError error={error} />
    </Stack>
  );
}

/** One alert: what it is, where it stands, and every event received for it with its raw payload. */
export function AlertPage() {
  const { id = '' } = useParams();
  const alert = useAlert(id);
  useLiveAlerts();
  if (alert.isPending) return <PageSkeleton />;
  if (alert.error) {
    const notFound = alert.error instanceof ApiError && alert.error.status === 404;
    return (
      <div style={{ padding: 24 }}>
        <h1 className="fb-sr-only">{notFound ? 'Alert not found' : 'Alert could not load'}</h1>
        {notFound ? (
          <EmptyState title={alert.error.message}>It may belong to a private incident, or the link may be mistyped.</EmptyState>
        ) : (
          <ErrorNote error={alert.error} onRetry={() => alert.refetch()} />
        )}
      </div>
    );
  }
  const a = alert.data;
  return (
    <Stack gap="md" p="md" maw={980}>
      <Anchor component={Link} to="/alerts" size="sm">
        ← Alerts
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {a.title}
          </Title>
          <Group gap={6}>
            <AlertStatusPill status={a.status} />
            <AlertSeverityPill severity={a.severity} />
            {a.count > 1 && (
              <Text size="sm" c="dimmed">
                received {a.count} times
              </Text>
            )}
          </Group>
        </Stack>
        <Actions alert={a} />
      </Group>
      {a.description && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {a.description}
        </Text>
      )}
      <section aria-labelledby="alert-summary">
        <h2 className="fb-section-title" id="alert-summary">
          Summary
        </h2>
        <dl className="fb-alert-summary">
          <dt>Status</dt>
          <dd>
            {a.status === 'resolved' && a.resolvedAt ? (
              <>
                Resolved <Time iso={a.resolvedAt} />
              </>
            ) : a.acknowledgedAt ? (
              <>
                Acknowledged <Time iso={a.acknowledgedAt} />
              </>
            ) : (
              'Triggered, not acknowledged'
            )}
          </dd>
          <dt>Count</dt>
          <dd>{a.count}</dd>
          <dt>First seen</dt>
          <dd>
            <Time iso={a.firstSeenAt} />
          </dd>
          <dt>Last seen</dt>
          <dd>
            <Time iso={a.lastSeenAt} />
          </dd>
          <dt>Service</dt>
          <dd>{a.service ? <Link to={`/services/${encodeURIComponent(a.service.name)}`}>{a.service.name}</Link> : 'None'}</dd>
          {a.suppressedBy && (
            <>
              <dt>Maintenance window</dt>
              <dd>
                {a.suppressedBy.reason} (<Time iso={a.suppressedBy.startsAt} /> – <Time iso={a.suppressedBy.endsAt} />)
              </dd>
            </>
          )}
          <dt>Integration</dt>
          <dd>
            {a.integration.name} ({FORMAT_LABEL[a.source]})
          </dd>
          <dt>Deduplication key</dt>
          <dd>
            <code>{a.dedupKey}</code>
          </dd>
          <dt>Incident</dt>
          <dd>{a.incident ? <Link to={`/incidents/${a.incident.ref}`}>{a.incident.ref}</Link> : 'None yet'}</dd>
        </dl>
      </section>
      {Object.keys(a.details).length > 0 && (
        <details className="fb-alert-event">
          <summary>
            <Text span size="sm" fw={600}>
              Details
            </Text>
          </summary>
          <pre className="fb-verbatim">{pretty(a.details)}</pre>
        </details>
      )}
      <section aria-labelledby="alert-events">
        <h2 className="fb-section-title" id="alert-events">
          Events received ({a.events.length})
        </h2>
        <ol className="fb-plain-list">
          {a.events.map((e) => {
            const by = byPerson(e.payload);
            return (
              <li key={e.id} className="fb-border-b">
                <details className="fb-alert-event">
                  <summary>
                    <Text span size="sm" fw={600}>
                      {EVENT_LABEL[e.action] ?? e.action}
                    </Text>{' '}
                    <Text span size="sm" c="dimmed">
                      {by ? `by ${by} · ` : ''}
                      <Time iso={e.receivedAt} mode="clock" />
                    </Text>
                  </summary>
                  <pre className="fb-verbatim">{pretty(e.payload)}</pre>
                </details>
              </li>
            );
          })}
        </ol>
      </section>
    </Stack>
  );
}
