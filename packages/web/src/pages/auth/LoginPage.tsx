import { Alert, Button, Code, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { send } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { User } from '../../api/types.ts';
import { InlineError } from '../../components/ErrorNote.tsx';
import { AuthCard, useSetupStatus } from './AuthCard.tsx';

/** Only same-site paths are followed after sign-in, never another origin. */
export const safeNext = (next: string | null) => (next?.startsWith('/') && !next.startsWith('//') ? next : '/incidents');

/** Before anyone can sign in, the way in is the setup link the server printed; say so (issue: a fresh install only said "sign in"). */
function SetupPending() {
  const status = useSetupStatus();
  if (!status.data?.pending) return null;
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle size={16} />} title="Finish setting up first">
      <Text size="sm">
        Nobody can sign in yet. Open the setup link the server printed when it first started (it ends in <Code>/setup?token=…</Code>) to
        create the admin account.
      </Text>
      <Text size="xs" mt={6}>
        Lost it? On the server, <Code>firebreak admin create-user --role admin</Code> creates an admin.
      </Text>
    </Alert>
  );
}

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await send<User>('POST', '/auth/login', { email, password });
      qc.setQueryData(keys.me, user);
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <AuthCard title="Sign in" intro="Use the e-mail and password your Firebreak admin gave you.">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <SetupPending />
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            data-autofocus
            autoFocus
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <InlineError error={error} />
          <Button type="submit" size="sm" loading={busy} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
