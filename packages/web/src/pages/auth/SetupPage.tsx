import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, send } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { User } from '../../api/types.ts';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { AuthCard, useSetupStatus } from './AuthCard.tsx';

const LINK_PROBLEM = {
  used: 'This setup link was already used: the admin account exists. Sign in with it.',
  expired: 'This setup link has expired (it works for 24 hours). Ask whoever runs the server for an admin account.',
  unknown: 'This is not a setup link this server made. Check that you copied the whole link.',
} as const;

/** First run: the one-time link from the server's console sets up the admin account. */
export function SetupPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const status = useSetupStatus(token || undefined);
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const mismatch = confirm.length > 0 && confirm !== password ? 'The two passwords differ' : null;
  const short = password.length > 0 && password.length < 10 ? 'At least 10 characters' : null;
  const field = error instanceof ApiError ? error.field : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (mismatch || short) return;
    setBusy(true);
    setError(null);
    try {
      const user = await send<User>('POST', '/auth/setup', { token, email, name, password });
      qc.setQueryData(keys.me, user);
      navigate('/incidents', { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  if (!token) {
    return (
      <AuthCard title="Set up Firebreak">
        <ErrorNote error="This page needs the one-time setup link that the server printed when it first started." />
        <Button component={Link} to="/login" variant="default">
          Go to sign-in
        </Button>
      </AuthCard>
    );
  }
  // A link already used (or expired, or mistyped) says so before anyone fills in the form.
  if (status.isPending) return <AuthCard title="Set up Firebreak">{null}</AuthCard>;
  const link = status.data?.link;
  if (link && link !== 'valid') {
    return (
      <AuthCard title="Set up Firebreak">
        <ErrorNote error={LINK_PROBLEM[link]} />
        <Button component={Link} to="/login">
          Go to sign-in
        </Button>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Set up Firebreak" intro="Create the first admin account. This link works once.">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput
            label="Your name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            autoComplete="name"
            autoFocus
            error={field === 'name' ? (error as Error).message : undefined}
          />
          <TextInput
            label="E-mail"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            autoComplete="email"
            error={field === 'email' ? (error as Error).message : undefined}
          />
          <PasswordInput
            label="Password"
            description="At least 10 characters"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="new-password"
            error={short ?? (field === 'password' ? (error as Error).message : undefined)}
          />
          <PasswordInput
            label="Repeat password"
            required
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            autoComplete="new-password"
            error={mismatch}
          />
          {!field && <InlineError error={error} />}
          {error instanceof ApiError && error.code === 'setup_link_used' && (
            <Button component={Link} to="/login" variant="default">
              Go to sign-in
            </Button>
          )}
          <Button type="submit" size="sm" loading={busy} fullWidth>
            Create admin account
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
