import { ESCALATION_TARGET_KINDS, type EscalationTarget, type EscalationTargetKind, MAX_POLICY_REPEAT } from '@firebreak/shared';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowDown, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useSchedules } from '../../api/oncall.ts';
import { createPolicy, deletePolicy, type EscalationPolicyView, invalidatePaging, updatePolicy, usePolicy } from '../../api/paging.ts';
import { useTeams, useUsers } from '../../api/queries.ts';
import { canWork, useUser } from '../../app/session.ts';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';

type StepDraft = { delayMinutes: number; targets: EscalationTarget[] };
type PolicyDraft = { name: string; description: string; repeat: number; steps: StepDraft[] };

const KIND_LABEL: Record<EscalationTargetKind, string> = {
  user: 'Person',
  schedule: 'Schedule (whoever is on call)',
  team: 'Team (every member)',
};

/** Field path → message, checked before sending (the server checks the same and more). */
function problems(d: PolicyDraft): Record<string, string> {
  const out: Record<string, string> = {};
  if (!d.name.trim()) out.name = 'Give the policy a name, like "Payments critical"';
  if (!d.steps.length) out.steps = 'A policy needs at least one step';
  d.steps.forEach((s, i) => {
    if (!s.targets.length) out[`steps.${i}.targets`] = `Step ${i + 1} pages nobody: add a person, schedule or team`;
    if (!Number.isInteger(s.delayMinutes) || s.delayMinutes < 1 || s.delayMinutes > 1440)
      out[`steps.${i}.delayMinutes`] = 'Wait between 1 and 1,440 minutes before the next step';
  });
  return out;
}

/** A new policy (`/oncall/policies/new`) or one policy's editor. */
export function PolicyPage() {
  const { id } = useParams();
  if (!id) return <Editor initial={{ name: '', description: '', repeat: 0, steps: [{ delayMinutes: 15, targets: [] }] }} />;
  return <Existing id={id} />;
}

function Existing({ id }: { id: string }) {
  const q = usePolicy(id);
  if (q.isPending) return <PageSkeleton rows={5} />;
  if (q.error)
    return (
      <Container size="md" py="lg">
        <h1 className="fb-sr-only">Policy not available</h1>
        <ErrorNote error={q.error} onRetry={() => q.refetch()} />
      </Container>
    );
  const p = q.data;
  return (
    <Editor
      policy={p}
      initial={{
        name: p.name,
        description: p.description,
        repeat: p.repeat,
        steps: p.steps.map((s) => ({ delayMinutes: s.delayMinutes, targets: s.targets.map((t) => ({ kind: t.kind, id: t.id })) })),
      }}
    />
  );
}

function Editor({ policy, initial }: { policy?: EscalationPolicyView; initial: PolicyDraft }) {
  const user = useUser();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const users = useUsers();
  const teams = useTeams();
  const schedules = useSchedules();
  const [d, setD] = useState(initial);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const editable = canWork(user);
  const found = problems(d);
  const serverField = error instanceof ApiError ? error.field : undefined;
  const shown = (path: string) => (tried ? found[path] : undefined) ?? (serverField === path ? (error as ApiError).message : undefined);
  const options: Record<EscalationTargetKind, { value: string; label: string }[]> = {
    user: (users.data ?? []).filter((u) => !u.disabled).map((u) => ({ value: u.id, label: u.name })),
    schedule: (schedules.data ?? []).map((s) => ({ value: s.id, label: s.name })),
    team: (teams.data ?? []).map((t) => ({ value: t.id, label: t.name })),
  };
  const nameOf = (t: EscalationTarget) =>
    options[t.kind].find((o) => o.value === t.id)?.label ??
    policy?.steps.flatMap((s) => s.targets).find((x) => x.kind === t.kind && x.id === t.id)?.name ??
    t.id;
  const setStep = (i: number, patch: Partial<StepDraft>) =>
    setD((x) => ({ ...x, steps: x.steps.map((s, k) => (k === i ? { ...s, ...patch } : s)) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    setSaved(false);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const body = { name: d.name.trim(), description: d.description, repeat: d.repeat, steps: d.steps };
      if (policy) {
        await updatePolicy(policy.id, body);
        setSaved(true);
      } else {
        const p = await createPolicy(body);
        navigate(`/oncall/policies/${encodeURIComponent(p.id)}`, { replace: true });
      }
      invalidatePaging(qc);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    if (!policy) return;
    try {
      await deletePolicy(policy.id);
      invalidatePaging(qc);
      navigate('/oncall/policies');
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Container size={900} py="md" px="md">
      <Stack gap="md">
        <Anchor component={Link} to="/oncall/policies" size="sm">
          ← Escalation policies
        </Anchor>
        <Title order={1}>{policy ? policy.name : 'New escalation policy'}</Title>
        {policy && policy.warnings.length > 0 && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} title="This policy may page nobody" role="alert">
            {policy.warnings.map((w) => (
              <Text size="sm" key={`${w.code}-${w.step}-${w.userId}`}>
                {w.message}
              </Text>
            ))}
          </Alert>
        )}
        {policy && (
          <Text size="sm" c="dimmed">
            Used by:{' '}
            {policy.services.length ? policy.services.map((s) => s.name).join(', ') : 'no service yet (choose it on a service page)'}
          </Text>
        )}
        <form onSubmit={submit} noValidate aria-label="Escalation policy">
          <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0 }}>
            <Stack gap="md">
              <Group gap="sm" align="flex-start" wrap="wrap">
                <TextInput
                  label="Name"
                  required
                  w={{ base: '100%', sm: 300 }}
                  value={d.name}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setD((x) => ({ ...x, name: v }));
                  }}
                  error={shown('name')}
                />
                <NumberInput
                  label="Repeat the whole policy"
                  description="Extra rounds after the last step"
                  min={0}
                  max={MAX_POLICY_REPEAT}
                  w={{ base: '100%', sm: 200 }}
                  value={d.repeat}
                  onChange={(v) => setD((x) => ({ ...x, repeat: typeof v === 'number' ? v : 0 }))}
                  error={shown('repeat')}
                />
              </Group>
              <Textarea
                label="Description"
                autosize
                minRows={1}
                value={d.description}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setD((x) => ({ ...x, description: v }));
                }}
              />
              <Title order={2}>Steps</Title>
              {d.steps.map((s, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: steps are edited in place; their order is their identity
                <Stack key={i} gap={4}>
                  {i > 0 && (
                    <Text size="xs" c="dimmed" ta="center">
                      <IconArrowDown size={12} aria-hidden /> if nobody acknowledges within {d.steps[i - 1].delayMinutes} min
                    </Text>
                  )}
                  <StepForm
                    n={i + 1}
                    step={s}
                    options={options}
                    nameOf={nameOf}
                    error={(p) => shown(`steps.${i}.${p}`)}
                    onChange={(patch) => setStep(i, patch)}
                    onRemove={d.steps.length > 1 ? () => setD((x) => ({ ...x, steps: x.steps.filter((_, k) => k !== i) })) : undefined}
                  />
                </Stack>
              ))}
              {shown('steps') && <InlineError error={shown('steps')} />}
              {editable && (
                <Group>
                  <Button
                    variant="default"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => setD((x) => ({ ...x, steps: [...x.steps, { delayMinutes: 15, targets: [] }] }))}
                  >
                    Add step
                  </Button>
                </Group>
              )}
              {editable && (
                <Group gap="sm">
                  <Button type="submit" loading={busy}>
                    {policy ? 'Save policy' : 'Create policy'}
                  </Button>
                  {policy && (
                    <Button variant="subtle" color="red" onClick={remove}>
                      Delete policy
                    </Button>
                  )}
                  {saved && (
                    <Text size="sm" role="status">
                      Saved.
                    </Text>
                  )}
                  {tried && Object.keys(found).length > 0 && (
                    <Text size="sm" className="fb-inline-error" role="alert">
                      Fix the fields marked above.
                    </Text>
                  )}
                  {error && !serverField ? <InlineError error={error} /> : null}
                </Group>
              )}
            </Stack>
          </fieldset>
        </form>
      </Stack>
    </Container>
  );
}

function StepForm({
  n,
  step,
  options,
  nameOf,
  error,
  onChange,
  onRemove,
}: {
  n: number;
  step: StepDraft;
  options: Record<EscalationTargetKind, { value: string; label: string }[]>;
  nameOf: (t: EscalationTarget) => string;
  error: (path: string) => string | undefined;
  onChange: (patch: Partial<StepDraft>) => void;
  onRemove?: () => void;
}) {
  const [kind, setKind] = useState<EscalationTargetKind>('schedule');
  const taken = new Set(step.targets.filter((t) => t.kind === kind).map((t) => t.id));
  return (
    <Paper p="sm" withBorder aria-label={`Step ${n}`} component="section">
      <Group justify="space-between" mb={6}>
        <Text fw={600} size="sm">
          Step {n}
        </Text>
        {onRemove && (
          <ActionIcon variant="subtle" color="red" aria-label={`Remove step ${n}`} onClick={onRemove}>
            <IconTrash size={14} />
          </ActionIcon>
        )}
      </Group>
      <Group gap={6} mb={6} wrap="wrap" aria-label={`Step ${n} pages`}>
        {step.targets.length === 0 && (
          <Text size="sm" c="dimmed">
            Nobody yet.
          </Text>
        )}
        {step.targets.map((t) => (
          <Badge
            c="var(--mantine-color-text)"
            key={`${t.kind}-${t.id}`}
            variant="light"
            color="gray"
            tt="none"
            size="lg"
            rightSection={
              <ActionIcon
                size="xs"
                variant="transparent"
                aria-label={`Remove ${nameOf(t)} from step ${n}`}
                onClick={() => onChange({ targets: step.targets.filter((x) => !(x.kind === t.kind && x.id === t.id)) })}
              >
                <IconX size={12} />
              </ActionIcon>
            }
          >
            {t.kind === 'schedule' ? 'On call: ' : t.kind === 'team' ? 'Team: ' : ''}
            {nameOf(t)}
          </Badge>
        ))}
      </Group>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <Select
          label={`Step ${n} target kind`}
          w={{ base: '100%', sm: 230 }}
          data={ESCALATION_TARGET_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }))}
          value={kind}
          onChange={(v) => v && setKind(v as EscalationTargetKind)}
        />
        <Select
          label={`Add to step ${n}`}
          placeholder={kind === 'user' ? 'Choose a person' : kind === 'schedule' ? 'Choose a schedule' : 'Choose a team'}
          searchable
          w={{ base: '100%', sm: 240 }}
          data={options[kind].filter((o) => !taken.has(o.value))}
          value={null}
          onChange={(v) => v && onChange({ targets: [...step.targets, { kind, id: v }] })}
          error={error('targets')}
          nothingFoundMessage="Nothing matches"
        />
        <NumberInput
          label="Then wait (minutes)"
          min={1}
          max={1440}
          w={{ base: '100%', sm: 160 }}
          value={step.delayMinutes}
          onChange={(v) => onChange({ delayMinutes: typeof v === 'number' ? v : 0 })}
          error={error('delayMinutes')}
        />
      </Group>
    </Paper>
  );
}
