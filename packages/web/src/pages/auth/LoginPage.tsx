import { type AuthMethods, isSsoError, SSO_ERRORS } from '@firebreak/shared';
import { Alert, Button, Code, Divider, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconLogin2 } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { getData, send } from '../../api/client.ts';
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

/** Which ways of signing in the server offers (public); until it answers, the password form shows. */
const useAuthMethods = () =>
  useQuery({
    queryKey: ['auth-methods'],
    queryFn: ({ signal }) => getData<AuthMethods>('/auth/methods', signal),
    staleTime: 60_000,
    retry: false,
  });

/** A single sign-on that came back without a session: the callback sent the browser here with a code. */
function SsoFailed({ code }: { code: string | null }) {
  if (!code) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} title="Single sign-on did not work" role="alert">
      <Text size="sm">{isSsoError(code) ? SSO_ERRORS[code] : SSO_ERRORS.failed}</Text>
    </Alert>
  );
}

export function LoginPage() {
  const [params] = useSearchParams();
  const methods = useAuthMethods().data ?? { password: true, oidc: null };
  const next = safeNext(params.get('next'));
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
      navigate(next, { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const sso = methods.oidc;
  const intro = sso
    ? methods.password
      ? 'Use your organisation’s account, or the e-mail and password your Firebreak admin gave you.'
      : 'Use your organisation’s account.'
    : 'Use the e-mail and password your Firebreak admin gave you.';
  return (
    <AuthCard title="Sign in" intro={intro}>
      <Stack gap="sm">
        <SetupPending />
        <SsoFailed code={params.get('sso_error')} />
        {sso && (
          // A full-page navigation: the provider's sign-in page comes next.
          <Button
            component="a"
            href={`${sso.startUrl}?next=${encodeURIComponent(next)}`}
            size="sm"
            fullWidth
            variant={methods.password ? 'default' : 'filled'}
            leftSection={<IconLogin2 size={16} />}
          >
            Sign in with {sso.name}
          </Button>
        )}
        {sso && methods.password && <Divider label="or with a password" labelPosition="center" />}
        {methods.password && (
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
        )}
      </Stack>
    </AuthCard>
  );
}
