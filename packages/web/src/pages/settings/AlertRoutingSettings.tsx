import { SERVICE_CRITICALITIES, SEVERITY_MAPPING_DEFAULTS } from '@firebreak/shared';
import { ActionIcon, Badge, Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  type AlertRoutingSettingsView,
  type AlertRuleView,
  routingKeys,
  useAlertRoutingSettings,
  useAlertRules,
} from '../../api/alertRouting.ts';
import { useIntegrations } from '../../api/alerts.ts';
import { send } from '../../api/client.ts';
import { useServices, useSeverities } from '../../api/queries.ts';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { AlertDryRun } from './AlertDryRun.tsx';
import { AlertRuleEditor, bodyOf, draftOf, emptyDraft, type RuleDraft } from './AlertRuleEditor.tsx';

/** Settings → Alert routing: join window and auto-declare threshold, the ordered rules, a dry run. */
export function AlertRoutingSettings() {
  const rules = useAlertRules();
  const integrations = useIntegrations();
  const services = useServices();
  const severities = useSeverities();
  const qc = useQueryClient();
  const [editing, setEditing] = useState<{ id: string | null; draft: RuleDraft } | null>(null);
  const [testRule, setTestRule] = useState<RuleDraft | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const done = (message: string) => {
    setSaid(message);
    void qc.invalidateQueries({ queryKey: routingKeys.rules });
  };
  const save = useMutation({
    mutationFn: ({ id, draft }: { id: string | null; draft: RuleDraft }) =>
      id ? send<AlertRuleView>('PATCH', `/alert-rules/${id}`, bodyOf(draft)) : send<AlertRuleView>('POST', '/alert-rules', bodyOf(draft)),
    onSuccess: (r) => {
      setEditing(null);
      setTestRule(null);
      done(`Rule “${r.name}” saved`);
    },
  });
  const remove = useMutation({
    mutationFn: (r: AlertRuleView) => send('DELETE', `/alert-rules/${r.id}`),
    onSuccess: (_v, r) => done(`Rule “${r.name}” removed`),
  });
  const reorder = useMutation({
    mutationFn: (ids: string[]) => send<AlertRuleView[]>('PUT', '/alert-rules/order', { ids }),
    onSuccess: (list) => {
      qc.setQueryData(routingKeys.rules, list);
      setSaid('Order saved');
    },
  });
  if (rules.isPending || integrations.isPending) return <PageSkeleton rows={4} />;
  if (rules.error) return <ErrorNote error={rules.error} onRetry={() => rules.refetch()} />;
  const integrationNames = (integrations.data ?? []).map((i) => i.name);
  const serviceNames = (services.data ?? []).map((s) => s.name);
  const severityNames = (severities.data ?? []).map((s) => s.name);
  const list = rules.data;
  const move = (i: number, by: number) => {
    const ids = list.map((r) => r.id);
    const [id] = ids.splice(i, 1);
    ids.splice(i + by, 0, id);
    reorder.mutate(ids);
  };
  const editor = (title: string, id: string | null, draft: RuleDraft) => (
    <AlertRuleEditor
      key={id ?? 'new'}
      title={title}
      initial={draft}
      integrations={integrationNames}
      services={serviceNames}
      severities={severityNames}
      saving={save.isPending}
      error={save.error}
      onSave={(d) => save.mutate({ id, draft: d })}
      onCancel={() => {
        setEditing(null);
        setTestRule(null);
        save.reset();
      }}
      onTest={setTestRule}
    />
  );

  return (
    <Stack gap="lg">
      <RoutingSettingsForm severities={severityNames} />
      <Stack gap="sm" component="section" aria-labelledby="rules-title">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="rules-title">
            Routing rules
          </Title>
          <Button
            leftSection={<IconPlus size={14} />}
            onClick={() => {
              save.reset();
              setEditing({ id: null, draft: emptyDraft() });
            }}
            disabled={!!editing}
          >
            Add rule
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          Tried in order on every new alert. For each action (service, severity, drop) the first matching rule that has it wins. A dropped
          alert is accepted, counted under the “dropped” status, and never opens, pages or declares.
        </Text>
        {editing && !editing.id && editor('New rule', null, editing.draft)}
        {list.length === 0 && !editing && (
          <Text size="sm">No rules: alerts go to their integration's service with the severity their tool sent.</Text>
        )}
        <Stack gap="xs" component="ol" aria-label="Routing rules in order" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((r, i) =>
            editing?.id === r.id ? (
              <li key={r.id}>{editor(`Edit “${r.name}”`, r.id, editing.draft)}</li>
            ) : (
              <Paper key={r.id} withBorder p="sm" component="li" aria-label={`Rule ${i + 1}: ${r.name}`}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm" fw={600}>
                        {i + 1}. {r.name}
                      </Text>
                      <Badge variant="light" color="gray">
                        {r.integration ? r.integration.name : 'All integrations'}
                      </Badge>
                      {!r.enabled && <Badge color="gray">Disabled</Badge>}
                    </Group>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      When{' '}
                      {r.conditions.length
                        ? r.conditions
                            .map((c) => `${c.field} ${c.op === 'regex' ? 'matches' : c.op}${c.op === 'exists' ? '' : ` “${c.value}”`}`)
                            .join(' and ')
                        : 'any alert'}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {r.actions.drop
                        ? 'Drop it'
                        : [
                            r.actions.service && `service ${r.actions.service.name}`,
                            r.actions.severity && `severity ${r.actions.severity.name}`,
                          ]
                            .filter(Boolean)
                            .join(' · ')
                            .replace(/^/, 'Set ')}
                    </Text>
                  </Stack>
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon
                      aria-label={`Move ${r.name} up`}
                      variant="subtle"
                      disabled={i === 0 || reorder.isPending}
                      onClick={() => move(i, -1)}
                    >
                      <IconArrowUp size={16} />
                    </ActionIcon>
                    <ActionIcon
                      aria-label={`Move ${r.name} down`}
                      variant="subtle"
                      disabled={i === list.length - 1 || reorder.isPending}
                      onClick={() => move(i, 1)}
                    >
                      <IconArrowDown size={16} />
                    </ActionIcon>
                    <ActionIcon
                      aria-label={`Edit ${r.name}`}
                      variant="subtle"
                      disabled={!!editing}
                      onClick={() => {
                        save.reset();
                        setEditing({ id: r.id, draft: draftOf(r) });
                      }}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon aria-label={`Remove ${r.name}`} variant="subtle" color="red" onClick={() => remove.mutate(r)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Group>
              </Paper>
            ),
          )}
        </Stack>
        <InlineError error={reorder.error ?? remove.error} />
        {said && (
          <Text size="sm" role="status">
            {said}.
          </Text>
        )}
      </Stack>
      <AlertDryRun integrations={integrationNames} rule={testRule} onClearRule={() => setTestRule(null)} />
      <SeverityDefaults />
    </Stack>
  );
}

function RoutingSettingsForm({ severities }: { severities: string[] }) {
  const current = useAlertRoutingSettings();
  const qc = useQueryClient();
  const [form, setForm] = useState<AlertRoutingSettingsView | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (current.data && !form) setForm(current.data);
  }, [current.data, form]);
  const save = useMutation({
    mutationFn: (f: AlertRoutingSettingsView) =>
      send<AlertRoutingSettingsView>('PUT', '/alert-routing', {
        joinWindowMinutes: f.joinWindowMinutes,
        autoDeclare: {
          enabled: f.autoDeclare.enabled,
          atOrAbove: f.autoDeclare.atOrAbove.name || null,
          criticalities: f.autoDeclare.criticalities,
        },
      }),
    onSuccess: (v) => {
      qc.setQueryData(routingKeys.settings, v);
      setForm(v);
      setSaved(true);
    },
  });
  if (current.error) return <ErrorNote error={current.error} onRetry={() => current.refetch()} />;
  if (!form) return <PageSkeleton rows={2} />;
  const auto = form.autoDeclare;
  const setAuto = (patch: Partial<typeof auto>) => {
    setSaved(false);
    setForm({ ...form, autoDeclare: { ...auto, ...patch } });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="routing-settings-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(form);
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="routing-settings-title">
            Joining and declaring
          </Title>
          <NumberInput
            label="Join window (minutes)"
            description="A new alert joins an open incident of its service declared at most this long ago."
            min={1}
            max={10080}
            value={form.joinWindowMinutes}
            onChange={(v) => {
              setSaved(false);
              setForm({ ...form, joinWindowMinutes: Number(v) || 0 });
            }}
            w={260}
          />
          <Switch
            label="Declare an incident automatically when no incident of the service is open"
            checked={auto.enabled}
            onChange={(e) => setAuto({ enabled: e.currentTarget.checked })}
          />
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label="For alerts at or above"
              data={severities}
              value={auto.atOrAbove.name || null}
              onChange={(v) => v && setAuto({ atOrAbove: { id: '', name: v } })}
              allowDeselect={false}
              disabled={!auto.enabled}
              w={180}
            />
            <Checkbox.Group
              label="On services of criticality"
              value={auto.criticalities}
              onChange={(v) => setAuto({ criticalities: v as typeof auto.criticalities })}
            >
              <Group gap="sm" mt={6}>
                {SERVICE_CRITICALITIES.map((c) => (
                  <Checkbox key={c} value={c} label={c} disabled={!auto.enabled} />
                ))}
              </Group>
            </Checkbox.Group>
          </Group>
          <InlineError error={save.error} />
          {saved && !save.error && (
            <Text size="sm" role="status">
              Routing settings saved.
            </Text>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save routing settings
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** How each format's severity field becomes an alert level (rules can override the resulting severity). */
function SeverityDefaults() {
  return (
    <Stack gap="xs" component="section" aria-labelledby="mapping-title">
      <Title order={2} size="h4" id="mapping-title">
        Severity mapping
      </Title>
      <Text size="sm" c="dimmed">
        Each format's severity becomes a level; a level becomes a severity by rank (critical → the most severe, error → the next, …). A
        rule's “Set severity” wins over both.
      </Text>
      <Table.ScrollContainer minWidth={0}>
        <Table withTableBorder verticalSpacing={4} fz="sm" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">Format</Table.Th>
              <Table.Th w="28%">Field</Table.Th>
              <Table.Th>Mapping</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {SEVERITY_MAPPING_DEFAULTS.map((m) => (
              <Table.Tr key={m.format}>
                <Table.Td>{m.format}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{m.field}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{m.mapping}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
