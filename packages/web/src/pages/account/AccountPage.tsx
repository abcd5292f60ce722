import { scopeOfRole, scopesForRole, type TokenScope } from '@firebreak/shared';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Code,
  Container,
  CopyButton,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, send } from '../../api/client.ts';
import { keys, useTokens } from '../../api/queries.ts';
import type { Token } from '../../api/types.ts';
import { useUser } from '../../app/session.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { Time } from '../../components/Time.tsx';
import { NotificationSettings } from './NotificationSettings.tsx';
import { Sessions } from './Sessions.tsx';

/** The new token's secret, shown exactly once, with a copy button. */
function SecretOnce({ token, onClose }: { token: Token & { token: string }; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={`Token “${token.name}” created`}>
      <Stack gap="sm">
        <Alert color="yellow" variant="light">
          Copy it now: Firebreak stores only a hash and cannot show it again.
        </Alert>
        <Group gap={6} wrap="nowrap">
          <Code block style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} aria-label="New API token">
            {token.token}
          </Code>
          <CopyButton value={token.token}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? 'Copied' : 'Copy'}>
                <ActionIcon variant="default" size="lg" onClick={copy} aria-label={copied ? 'Copied' : 'Copy token'}>
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
        <Text size="xs" c="dimmed">
          Use it as <Code>Authorization: Bearer …</Code> or with the CLI.
        </Text>
        <Group justify="flex-end">
          <Button size="sm" onClick={onClose} data-autofocus>
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

const SCOPE_LABEL: Record<TokenScope, string> = {
  read: 'Read only',
  ingest: 'Ingest (declare and post)',
  responder: 'Responder',
  admin: 'Admin',
};
const SCOPE_HELP: Record<TokenScope, string> = {
  read: 'Reads and live streams of everything you can see; cannot change anything.',
  ingest: 'For alerting and chat hooks: only declares incidents and posts comments and updates to them.',
  responder: 'What a responder may do (never more than your own role).',
  admin: 'Everything you may do as an admin. Keep it safe.',
};
const EXPIRY_CHOICES = ['30', '90', '180', '365', 'date', 'never'] as const;

/** The body's expiry from the choice: days from now, a picked date, or never (admins). */
function expiryOf(choice: string, date: string | null) {
  if (choice === 'never') return { expiresAt: null };
  if (choice === 'date') return date ? { expiresAt: date } : {};
  return { expiresInDays: Number(choice) };
}

function Tokens() {
  const user = useUser();
  const tokens = useTokens();
  const qc = useQueryClient();
  const scopes = scopesForRole(user.role);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>(scopeOfRole(user.role));
  const [expiry, setExpiry] = useState<string>('90');
  const [expiresAt, setExpires] = useState<string | null>(null);
  const [created, setCreated] = useState<(Token & { token: string }) | null>(null);
  const [confirm, setConfirm] = useState<Token | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const create = useMutation({
    mutationFn: () => send<Token & { token: string }>('POST', '/tokens', { name: name.trim(), scope, ...expiryOf(expiry, expiresAt) }),
    onSuccess: (t) => {
      setCreated(t);
      setName('');
      setExpires(null);
      void qc.invalidateQueries({ queryKey: keys.tokens });
    },
  });
  const revoke = useMutation({
    mutationFn: (t: Token) => send<Token>('DELETE', `/tokens/${t.id}`),
    onSuccess: () => {
      setConfirm(null);
      void qc.invalidateQueries({ queryKey: keys.tokens });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const field = create.error instanceof ApiError ? create.error.field : undefined;
  return (
    <Paper p="md">
      <Stack gap="sm">
        <Title order={2}>API tokens</Title>
        <Text size="sm" c="dimmed">
          For the CLI, scripts and integrations. A token acts as you, limited by its scope, and expires unless an admin says otherwise.
        </Text>
        <form onSubmit={submit}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              ref={nameInput}
              label="Token name"
              placeholder="laptop CLI"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              w={220}
              error={field === 'name' ? (create.error as Error).message : undefined}
            />
            <Select
              label="Scope"
              w={220}
              allowDeselect={false}
              data={scopes.map((v) => ({
                value: v,
                label: v === 'responder' && user.role === 'viewer' ? 'Everything you may do' : SCOPE_LABEL[v],
              }))}
              value={scope}
              onChange={(v) => v && setScope(v as TokenScope)}
            />
            <Select
              label="Expires"
              w={160}
              allowDeselect={false}
              data={EXPIRY_CHOICES.filter((c) => c !== 'never' || user.role === 'admin').map((c) => ({
                value: c,
                label: c === 'never' ? 'Never' : c === 'date' ? 'On a date…' : `In ${c} days`,
              }))}
              value={expiry}
              onChange={(v) => v && setExpiry(v)}
              error={field === 'expiresAt' ? (create.error as Error).message : undefined}
            />
            {expiry === 'date' && (
              <div style={{ width: 260 }}>
                <DateTimeField label="Expiry date" value={expiresAt} onChange={setExpires} />
              </div>
            )}
            <Button type="submit" size="sm" loading={create.isPending} leftSection={<IconKey size={14} />}>
              Create token
            </Button>
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {scope === 'responder' && user.role === 'viewer'
              ? 'Reads, and changes to your own account: what a viewer may do.'
              : SCOPE_HELP[scope]}
          </Text>
          {field !== 'name' && field !== 'expiresAt' && <InlineError error={create.error} />}
        </form>
        {tokens.error && <ErrorNote error={tokens.error} onRetry={() => tokens.refetch()} />}
        {tokens.data && tokens.data.length === 0 && (
          <Text size="sm" c="dimmed">
            No tokens yet.
          </Text>
        )}
        {tokens.data && tokens.data.length > 0 && (
          <Table.ScrollContainer minWidth={0}>
            <Table verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Scope</Table.Th>
                  <Table.Th visibleFrom="sm">Created</Table.Th>
                  <Table.Th visibleFrom="sm">Last used</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>
                    <span className="fb-sr-only">Actions</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {t.name}
                      </Text>
                      <Text size="xs" c="dimmed" className="fb-mono">
                        {t.prefix}…
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{SCOPE_LABEL[t.scope].replace(/ \(.*\)$/, '')}</Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="sm">
                        <Time iso={t.createdAt} />
                      </Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="sm">{t.lastUsedAt ? <Time iso={t.lastUsedAt} /> : 'Never'}</Text>
                    </Table.Td>
                    <Table.Td>
                      {t.active ? (
                        <Text size="sm">
                          {t.expiresAt ? (
                            <>
                              Expires <Time iso={t.expiresAt} />
                            </>
                          ) : (
                            'Never expires'
                          )}
                        </Text>
                      ) : (
                        <Badge color="gray" variant="outline" styles={{ root: { color: 'var(--mantine-color-text)' } }}>
                          {t.revoked ? 'Revoked' : 'Expired'}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {t.active && (
                        <Button size="compact-xs" variant="default" onClick={() => setConfirm(t)} aria-label={`Revoke ${t.name}`}>
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {created && (
        <SecretOnce
          token={created}
          onClose={() => {
            setCreated(null);
            requestAnimationFrame(() => nameInput.current?.focus());
          }}
        />
      )}
      {confirm && (
        <Modal opened onClose={() => setConfirm(null)} title={`Revoke “${confirm.name}”?`}>
          <Stack gap="sm">
            <Text size="sm">Anything using this token stops working at once. This cannot be undone.</Text>
            <InlineError error={revoke.error} />
            <Group justify="flex-end">
              <Button variant="default" size="sm" onClick={() => setConfirm(null)} data-autofocus>
                Keep it
              </Button>
              <Button color="red.9" size="sm" loading={revoke.isPending} onClick={() => revoke.mutate(confirm)}>
                Revoke token
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Paper>
  );
}

function Password() {
  const user = useUser();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const save = useMutation({
    mutationFn: () => send('PATCH', `/users/${user.id}`, { password }),
    onSuccess: () => {
      setPassword('');
      setDone(true);
    },
  });
  return (
    <Paper p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setDone(false);
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <Title order={2}>Password</Title>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <PasswordInput
              label="New password"
              description="At least 10 characters"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              w={260}
            />
            <Button type="submit" size="sm" variant="default" loading={save.isPending} disabled={password.length < 10}>
              Change password
            </Button>
          </Group>
          <InlineError error={save.error} />
          {done && (
            <Text size="sm" role="status">
              Password changed.
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

/** Who I am, my API tokens, where I am signed in, and my password. */
export function AccountPage() {
  const user = useUser();
  return (
    <Container size={860} py="md" px="md">
      <Stack gap="md">
        <div>
          <Title order={1}>{user.name}</Title>
          <Text size="sm" c="dimmed">
            {user.email} · {user.role}
          </Text>
        </div>
        <NotificationSettings />
        <Tokens />
        <Paper p="md">
          <Sessions />
        </Paper>
        <Password />
      </Stack>
    </Container>
  );
}
