import { INTEGRATION_FORMATS, type IntegrationFormat } from '@firebreak/shared';
import { Badge, Button, Code, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { AlertTestResult } from '../../api/alertRouting.ts';
import { send } from '../../api/client.ts';
import { InlineError } from '../../components/ErrorNote.tsx';
import { bodyOf, type RuleDraft } from './AlertRuleEditor.tsx';

const SAMPLES: Record<IntegrationFormat, object> = {
  email: { subject: 'PROBLEM: db-1 disk full', text: 'Disk usage on db-1 is 97%.' },
  alertmanager: {
    alerts: [
      {
        status: 'firing',
        labels: { alertname: 'HighErrorRate', team: 'payments', severity: 'critical' },
        annotations: { summary: 'Checkout 5xx above 5%' },
      },
    ],
  },
  grafana: { alerts: [{ status: 'firing', labels: { alertname: 'Latency', team: 'search' }, annotations: { summary: 'p99 over 2s' } }] },
  pagerduty: {
    dedup_key: 'disk-db-1',
    payload: {
      summary: 'Disk full on db-1',
      source: 'db-1',
      severity: 'critical',
      component: 'postgres',
      custom_details: { region: 'eu-west-1' },
    },
  },
  opsgenie: { message: 'Queue backlog', priority: 'P2', tags: ['team-search'], details: { owner: 'ana' } },
  generic: { title: 'Nightly backup failed', severity: 'error', metadata: { host: 'backup-1' } },
};

const OUTCOME: Record<AlertTestResult['events'][number]['outcome'], string> = {
  dropped: 'Dropped: counted, not opened',
  joined: 'Joins the open incident',
  declared: 'Declares an incident',
  waiting: 'Waits in the alert list',
  not_routed: 'Stays in the alert list (no service)',
};

/** The dry run: a sample payload against the saved rules (or the rule being edited); nothing is written. */
export function AlertDryRun(props: { integrations: string[]; rule: RuleDraft | null; onClearRule(): void }) {
  const [format, setFormat] = useState<IntegrationFormat>('alertmanager');
  const [integration, setIntegration] = useState<string | null>(null);
  const [text, setText] = useState(JSON.stringify(SAMPLES.alertmanager, null, 2));
  const [parseError, setParseError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: (payload: Record<string, unknown>) =>
      send<AlertTestResult>('POST', '/alert-rules/test', {
        format,
        payload,
        ...(integration ? { integration } : {}),
        ...(props.rule ? { rule: bodyOf(props.rule) } : {}),
      }),
  });
  const test = () => {
    try {
      const payload = JSON.parse(text) as unknown;
      if (!payload || typeof payload !== 'object' || Array.isArray(payload)) throw new Error('The sample must be a JSON object');
      setParseError(null);
      run.mutate(payload as Record<string, unknown>);
    } catch (e) {
      setParseError(e instanceof SyntaxError ? `The sample is not valid JSON: ${e.message}` : (e as Error).message);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dry-run-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="dry-run-title">
          Try a payload
        </Title>
        <Text size="sm" c="dimmed">
          Paste what a tool would send: see which rule matches and what would happen now. Nothing is written.
        </Text>
        {props.rule && (
          <Group gap="xs">
            <Badge variant="light">Testing only the rule “{props.rule.name || 'unnamed'}”</Badge>
            <Button size="compact-xs" variant="subtle" onClick={props.onClearRule}>
              Test the saved rules instead
            </Button>
          </Group>
        )}
        <Group gap="sm" wrap="wrap">
          <Select
            label="Format"
            data={INTEGRATION_FORMATS.map((f) => ({ value: f, label: f }))}
            value={format}
            onChange={(v) => {
              if (!v) return;
              setFormat(v as IntegrationFormat);
              setText(JSON.stringify(SAMPLES[v as IntegrationFormat], null, 2));
            }}
            allowDeselect={false}
            w={170}
          />
          <Select
            label="As sent to"
            data={[{ value: '', label: 'Any integration' }, ...props.integrations.map((i) => ({ value: i, label: i }))]}
            value={integration ?? ''}
            onChange={(v) => setIntegration(v || null)}
            allowDeselect={false}
            w={220}
          />
        </Group>
        <Textarea
          label="Sample payload (JSON)"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={14}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        />
        <Group>
          <Button variant="default" onClick={test} loading={run.isPending}>
            Run dry run
          </Button>
        </Group>
        {parseError && (
          <Text size="sm" role="alert" className="fb-inline-error">
            {parseError}
          </Text>
        )}
        <InlineError error={run.error} />
        {run.data && <DryRunResult result={run.data} />}
      </Stack>
    </Paper>
  );
}

function DryRunResult({ result }: { result: AlertTestResult }) {
  return (
    <Stack gap="xs" role="region" aria-label="Dry run result">
      {result.errors.length > 0 && (
        <Text size="sm" className="fb-inline-error">
          The format refuses this payload: {result.errors.join('; ')}
        </Text>
      )}
      {result.events.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: events of one answer have no id; the list is never reordered
        <Paper key={i} withBorder p="sm" aria-label={`Event ${i + 1}: ${e.title}`} component="article">
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {e.title}
            </Text>
            <Badge variant="light" color={e.outcome === 'dropped' ? 'gray' : e.outcome === 'declared' ? 'red' : 'blue'}>
              {OUTCOME[e.outcome]}
              {e.incident ? ` ${e.incident.ref}` : ''}
            </Badge>
          </Group>
          <Text size="sm">
            {e.matched.length
              ? `Matched: ${e.matched.map((m) => `${m.name}${m.applied.length ? ` (${m.applied.join(', ')})` : ' (nothing left to set)'}`).join('; ')}`
              : 'No rule matched.'}
          </Text>
          <Text size="sm" c="dimmed">
            Level {e.level} · Service {e.service?.name ?? 'none'} · Severity {e.severity?.name ?? 'none'}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            Fields rules can test:{' '}
            {Object.entries(e.fields)
              .slice(0, 12)
              .map(([k, v]) => (
                <Code key={k} mr={4} style={{ overflowWrap: 'anywhere' }}>
                  {k}={v}
                </Code>
              ))}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
