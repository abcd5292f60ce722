import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { send } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { User } from '../../api/types.ts';
import { InlineError } from '../../components/ErrorNote.tsx';
import { AuthCard } from './AuthCard.tsx';

/** Only same-site paths are followed after sign-in, never another origin. */
export const safeNext = (next: string | null) => (next?.startsWith('/') && !next.startsWith('//') ? next : '/incidents');

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
