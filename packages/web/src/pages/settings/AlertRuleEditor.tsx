import { RULE_LIMITS, RULE_OPERATORS, type RuleOperator } from '@firebreak/shared';
import { ActionIcon, Button, Checkbox, Group, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { AlertRuleView } from '../../api/alertRouting.ts';
import { InlineError } from '../../components/ErrorNote.tsx';

/** A rule as the API takes it (names for service, severity and integration). */
export type RuleDraft = {
  name: string;
  enabled: boolean;
  integration: string | null;
  conditions: { key: number; field: string; op: RuleOperator; value: string }[];
  service: string | null;
  severity: string | null;
  drop: boolean;
};

let seq = 0;
export const emptyDraft = (): RuleDraft => ({
  name: '',
  enabled: true,
  integration: null,
  conditions: [{ key: ++seq, field: '', op: 'equals', value: '' }],
  service: null,
  severity: null,
  drop: false,
});
export const draftOf = (r: AlertRuleView): RuleDraft => ({
  name: r.name,
  enabled: r.enabled,
  integration: r.integration?.name ?? null,
  conditions: r.conditions.map((c) => ({ key: ++seq, field: c.field, op: c.op, value: c.value ?? '' })),
  service: r.actions.service?.name ?? null,
  severity: r.actions.severity?.name ?? null,
  drop: !!r.actions.drop,
});
/** The request body of a draft. */
export const bodyOf = (d: RuleDraft) => ({
  name: d.name.trim(),
  enabled: d.enabled,
  integration: d.integration,
  conditions: d.conditions
    .filter((c) => c.field.trim())
    .map((c) => ({ field: c.field.trim(), op: c.op, ...(c.op === 'exists' ? {} : { value: c.value }) })),
  actions: d.drop ? { drop: true } : { ...(d.service ? { service: d.service } : {}), ...(d.severity ? { severity: d.severity } : {}) },
});

const OP_LABEL: Record<RuleOperator, string> = { equals: 'equals', regex: 'matches regex', exists: 'exists' };

/** Adds or edits one rule: condition rows (all must match) and its actions. */
export function AlertRuleEditor(props: {
  title: string;
  initial: RuleDraft;
  integrations: string[];
  services: string[];
  severities: string[];
  saving: boolean;
  error: unknown;
  onSave(d: RuleDraft): void;
  onCancel(): void;
  onTest(d: RuleDraft): void;
}) {
  const [d, setD] = useState(props.initial);
  const set = (patch: Partial<RuleDraft>) => setD({ ...d, ...patch });
  const setCond = (key: number, patch: Partial<RuleDraft['conditions'][number]>) =>
    set({ conditions: d.conditions.map((c) => (c.key === key ? { ...c, ...patch } : c)) });
  return (
    <Paper withBorder p="md" component="section" aria-label={props.title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onSave(d);
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h5">
            {props.title}
          </Title>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              label="Name"
              required
              value={d.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
              w={260}
              maxLength={100}
            />
            <Select
              label="Applies to"
              data={[{ value: '', label: 'All integrations' }, ...props.integrations.map((i) => ({ value: i, label: i }))]}
              value={d.integration ?? ''}
              onChange={(v) => set({ integration: v || null })}
              allowDeselect={false}
              w={220}
            />
            <Switch label="Enabled" checked={d.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} mb={8} />
          </Group>
          <Text size="sm" fw={500}>
            When all of these match{' '}
            <Text span size="xs" c="dimmed">
              (no condition: every alert)
            </Text>
          </Text>
          {d.conditions.map((c, i) => (
            <Group key={c.key} gap="xs" align="flex-end" wrap="wrap" role="group" aria-label={`Condition ${i + 1}`}>
              <TextInput
                label="Field"
                placeholder="labels.team"
                value={c.field}
                onChange={(e) => setCond(c.key, { field: e.currentTarget.value })}
                w={200}
                size="xs"
              />
              <Select
                label="Operator"
                data={RULE_OPERATORS.map((o) => ({ value: o, label: OP_LABEL[o] }))}
                value={c.op}
                onChange={(v) => v && setCond(c.key, { op: v as RuleOperator })}
                allowDeselect={false}
                w={150}
                size="xs"
              />
              {c.op !== 'exists' && (
                <TextInput
                  label="Value"
                  placeholder={c.op === 'regex' ? '^eu-' : 'payments'}
                  value={c.value}
                  onChange={(e) => setCond(c.key, { value: e.currentTarget.value })}
                  w={200}
                  size="xs"
                  maxLength={RULE_LIMITS.valueLength}
                />
              )}
              <ActionIcon
                aria-label={`Remove condition ${i + 1}`}
                variant="subtle"
                mb={4}
                onClick={() => set({ conditions: d.conditions.filter((x) => x.key !== c.key) })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} />}
              disabled={d.conditions.length >= RULE_LIMITS.conditions}
              onClick={() => set({ conditions: [...d.conditions, { key: ++seq, field: '', op: 'equals', value: '' }] })}
            >
              Add condition
            </Button>
          </Group>
          <Text size="sm" fw={500}>
            Then
          </Text>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label="Set service"
              placeholder="Keep the integration's"
              data={props.services}
              value={d.service}
              onChange={(v) => set({ service: v })}
              clearable
              searchable
              disabled={d.drop}
              w={220}
            />
            <Select
              label="Set severity"
              placeholder="Mapped from the alert"
              data={props.severities}
              value={d.severity}
              onChange={(v) => set({ severity: v })}
              clearable
              disabled={d.drop}
              w={200}
            />
            <Checkbox label="Drop the alert" checked={d.drop} onChange={(e) => set({ drop: e.currentTarget.checked })} mb={8} />
          </Group>
          <InlineError error={props.error} />
          <Group gap="sm">
            <Button type="submit" loading={props.saving}>
              Save rule
            </Button>
            <Button variant="default" onClick={() => props.onTest(d)}>
              Test this rule
            </Button>
            <Button variant="subtle" onClick={props.onCancel}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
