import { CONTACT_METHOD_KIND_LABELS, CONTACT_METHOD_KINDS, type ContactMethodKind } from '@firebreak/shared';
import { ActionIcon, Alert, Badge, Button, Group, NumberInput, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconSend, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import {
  addContactMethod,
  addPagingRule,
  type ContactMethodView,
  invalidatePaging,
  removeContactMethod,
  removePagingRule,
  testContactMethod,
  updateContactMethod,
  useMyPaging,
} from '../../api/paging.ts';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { Time } from '../../components/Time.tsx';

const PLACEHOLDER: Record<ContactMethodKind, string> = {
  email: 'you@example.com',
  webhook: 'https://example.com/hooks/pager',
  slack: 'https://hooks.slack.com/services/…',
  mattermost: 'https://chat.example.com/hooks/…',
  teams: 'https://example.webhook.office.com/…',
};

const after = (m: number) => (m === 0 ? 'Immediately' : `After ${m} min`);

/** How Firebreak reaches me when I am paged: contact methods (with a test) and the rules that order them. */
export function ContactMethods() {
  const q = useMyPaging();
  const qc = useQueryClient();
  if (q.error) return <ErrorNote error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data)
    return (
      <Text size="sm" c="dimmed">
        Loading contact methods…
      </Text>
    );
  const { contactMethods, rules, warnings } = q.data;
  const refresh = () => invalidatePaging(qc);
  return (
    <Stack gap="sm">
      {warnings.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} title="You cannot be reached yet" role="alert">
          {warnings.map((w) => (
            <Text size="sm" key={`${w.code}-${w.step}-${w.userId}`}>
              {w.message}
            </Text>
          ))}
        </Alert>
      )}
      {contactMethods.length === 0 ? (
        <Text size="sm" c="dimmed">
          No contact methods: add one so pages reach you.
        </Text>
      ) : (
        <ul className="fb-plain-list" aria-label="Contact methods">
          {contactMethods.map((m) => (
            <MethodRow key={m.id} m={m} onChange={refresh} />
          ))}
        </ul>
      )}
      <AddMethod onAdded={refresh} />
      <Title order={3} mt="sm">
        Notification rules
      </Title>
      <Text size="sm" c="dimmed">
        When a page reaches you, these go out in order until you acknowledge.
      </Text>
      {rules.length === 0 ? (
        <Text size="sm" c="dimmed">
          No rules: every contact method is used immediately.
        </Text>
      ) : (
        <ol className="fb-plain-list" aria-label="Notification rules">
          {[...rules]
            .sort((a, b) => a.delayMinutes - b.delayMinutes)
            .map((r) => {
              const m = contactMethods.find((c) => c.id === r.contactMethodId);
              const text = `${after(r.delayMinutes)} by ${m ? `${CONTACT_METHOD_KIND_LABELS[m.kind]} (${m.label || m.address})` : 'a removed method'}`;
              return (
                <li key={r.id}>
                  <Group gap="xs" py={2}>
                    <Text size="sm">{text}</Text>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove rule: ${text}`}
                      onClick={async () => {
                        await removePagingRule(r.id).catch(() => undefined);
                        refresh();
                      }}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Group>
                </li>
              );
            })}
        </ol>
      )}
      {contactMethods.length > 0 && <AddRule methods={contactMethods} onAdded={refresh} />}
    </Stack>
  );
}

function MethodRow({ m, onChange }: { m: ContactMethodView; onChange: () => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const name = m.label || m.address;
  const run = async (kind: 'test' | 'toggle' | 'remove') => {
    setBusy(kind);
    setError(null);
    setSent(false);
    try {
      if (kind === 'test') {
        await testContactMethod(m.id);
        setSent(true);
      } else if (kind === 'toggle') await updateContactMethod(m.id, { enabled: !m.enabled });
      else await removeContactMethod(m.id);
      onChange();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <li>
      <Group justify="space-between" gap="xs" py={6} className="fb-border-b" wrap="wrap">
        <div style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Badge c="var(--mantine-color-text)" variant="light" color="gray">
              {CONTACT_METHOD_KIND_LABELS[m.kind]}
            </Badge>
            <Text size="sm" fw={600} className="fb-truncate">
              {name}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {m.label ? `${m.address} · ` : ''}at most {m.ratePerMinute} per minute
            {m.lastTestAt ? (
              <>
                {' · last test '}
                <Time iso={m.lastTestAt} />
              </>
            ) : null}
          </Text>
          {sent && (
            <Text size="xs" role="status">
              Test sent: check that it arrived.
            </Text>
          )}
          <InlineError error={error} />
        </div>
        <Group gap="xs">
          <Switch size="xs" label="On" checked={m.enabled} onChange={() => run('toggle')} aria-label={`Use ${name} for pages`} />
          <Button
            size="xs"
            variant="default"
            leftSection={<IconSend size={12} />}
            loading={busy === 'test'}
            onClick={() => run('test')}
            aria-label={`Send test to ${m.address}`}
          >
            Send test
          </Button>
          <ActionIcon variant="subtle" color="red" aria-label={`Remove ${name}`} loading={busy === 'remove'} onClick={() => run('remove')}>
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      </Group>
    </li>
  );
}

function AddMethod({ onAdded }: { onAdded: () => void }) {
  const [kind, setKind] = useState<ContactMethodKind>('email');
  const [address, setAddress] = useState('');
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await addContactMethod({ kind, address: address.trim(), label: label.trim() || undefined });
      setAddress('');
      setLabel('');
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const field = error instanceof ApiError ? error.field : undefined;
  return (
    <Paper p="sm" withBorder>
      <form onSubmit={submit} aria-label="Add a contact method">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <Select
            label="Kind"
            w={{ base: '100%', sm: 190 }}
            data={CONTACT_METHOD_KINDS.map((k) => ({ value: k, label: CONTACT_METHOD_KIND_LABELS[k] }))}
            value={kind}
            onChange={(v) => v && setKind(v as ContactMethodKind)}
          />
          <TextInput
            label={kind === 'email' ? 'E-mail address' : 'Webhook URL'}
            placeholder={PLACEHOLDER[kind]}
            required
            w={{ base: '100%', sm: 300 }}
            value={address}
            onChange={(e) => setAddress(e.currentTarget.value)}
            error={field === 'address' ? (error as ApiError).message : undefined}
          />
          <TextInput
            label="Label (optional)"
            placeholder="Work phone"
            w={{ base: '100%', sm: 180 }}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
          />
        </Group>
        <Group gap="sm" mt="xs">
          <Button type="submit" loading={busy} leftSection={<IconPlus size={14} />}>
            Add contact method
          </Button>
          {field !== 'address' && <InlineError error={error} />}
        </Group>
      </form>
    </Paper>
  );
}

function AddRule({ methods, onAdded }: { methods: ContactMethodView[]; onAdded: () => void }) {
  const [method, setMethod] = useState<string | null>(methods[0]?.id ?? null);
  const [delay, setDelay] = useState<number>(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!method) return;
    setBusy(true);
    setError(null);
    try {
      await addPagingRule({ contactMethod: method, delayMinutes: delay });
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} aria-label="Add a notification rule">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NumberInput
          label="After (minutes)"
          min={0}
          max={120}
          w={140}
          value={delay}
          onChange={(v) => setDelay(typeof v === 'number' ? v : 0)}
        />
        <Select
          label="By"
          w={{ base: '100%', sm: 260 }}
          data={methods.map((m) => ({ value: m.id, label: `${CONTACT_METHOD_KIND_LABELS[m.kind]}: ${m.label || m.address}` }))}
          value={method}
          onChange={setMethod}
        />
        <Button type="submit" variant="default" loading={busy}>
          Add rule
        </Button>
      </Group>
      <InlineError error={error} />
    </form>
  );
}
