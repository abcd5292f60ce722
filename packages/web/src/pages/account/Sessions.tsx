import type { SessionView } from '@firebreak/shared';
import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconDeviceDesktop, IconDeviceMobile } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { getData, send } from '../../api/client.ts';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { Time } from '../../components/Time.tsx';

/** "Firefox on Linux" from a User-Agent header, for people to recognise their devices. */
export function describeAgent(ua: string | null): { label: string; mobile: boolean } {
  if (!ua) return { label: 'Unknown browser', mobile: false };
  if (/^firebreak-cli/i.test(ua)) return { label: 'Firebreak CLI', mobile: false };
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /OPR\//.test(ua)
      ? 'Opera'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Chrome\/|CriOS\//.test(ua)
          ? 'Chrome'
          : /Safari\//.test(ua)
            ? 'Safari'
            : (ua.split(/[\s/]/)[0] ?? 'Browser');
  const os = /iPhone/.test(ua)
    ? 'iPhone'
    : /iPad/.test(ua)
      ? 'iPad'
      : /Android/.test(ua)
        ? 'Android'
        : /Windows/.test(ua)
          ? 'Windows'
          : /Mac OS X|Macintosh/.test(ua)
            ? 'macOS'
            : /CrOS/.test(ua)
              ? 'ChromeOS'
              : /Linux/.test(ua)
                ? 'Linux'
                : null;
  return { label: os ? `${browser} on ${os}` : browser, mobile: /Mobile|iPhone|Android/.test(ua) };
}

/**
 * Someone's signed-in sessions with device, address and last seen; each can be ended. `who` is
 * "me" on the account page (the one in use is marked "This device"), or a user's id for admins.
 */
export function SessionList({ who, name }: { who: string; name?: string }) {
  const qc = useQueryClient();
  const own = who === 'me';
  const key = ['sessions', who];
  const sessions = useQuery({ queryKey: key, queryFn: ({ signal }) => getData<SessionView[]>(`/users/${who}/sessions`, signal) });
  const [confirm, setConfirm] = useState<SessionView | 'others' | null>(null);
  const end = useMutation({
    mutationFn: (target: SessionView | 'others') =>
      target === 'others' ? send('DELETE', `/users/${who}/sessions`) : send('DELETE', `/users/${who}/sessions/${target.id}`),
    onSuccess: () => {
      setConfirm(null);
      void qc.invalidateQueries({ queryKey: key });
    },
  });
  const others = sessions.data?.filter((s) => !s.current).length ?? 0;
  const whose = own ? 'your' : `${name ?? 'their'}’s`;
  return (
    <Stack gap="sm">
      {sessions.error && <ErrorNote error={sessions.error} onRetry={() => sessions.refetch()} />}
      {sessions.data && sessions.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {own ? 'No browser sessions.' : 'Not signed in anywhere.'}
        </Text>
      )}
      {sessions.data && sessions.data.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Device</Table.Th>
                <Table.Th>Last seen</Table.Th>
                <Table.Th visibleFrom="sm">Signed in</Table.Th>
                <Table.Th>
                  <span className="fb-sr-only">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.map((s) => {
                const agent = describeAgent(s.userAgent);
                return (
                  <Table.Tr key={s.id} aria-current={s.current ? 'true' : undefined}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap" align="flex-start">
                        {agent.mobile ? (
                          <IconDeviceMobile size={16} aria-hidden style={{ flexShrink: 0 }} />
                        ) : (
                          <IconDeviceDesktop size={16} aria-hidden style={{ flexShrink: 0 }} />
                        )}
                        <div>
                          <Group gap={6}>
                            <Text size="sm" fw={500}>
                              {agent.label}
                            </Text>
                            {s.current && (
                              <Badge size="sm" variant="light">
                                This device
                              </Badge>
                            )}
                          </Group>
                          <Text size="xs" c="dimmed" className="fb-mono">
                            {s.address ?? 'address unknown'}
                          </Text>
                        </div>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        <Time iso={s.lastSeenAt} />
                      </Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="sm">
                        <Time iso={s.createdAt} />
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {!s.current && (
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => setConfirm(s)}
                          aria-label={`Sign out ${agent.label}, last seen ${s.lastSeenAt}`}
                        >
                          Sign out
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {others > 0 && (
        <Group>
          <Button size="xs" variant="default" color="red" onClick={() => setConfirm('others')}>
            {own ? 'Sign out everywhere else' : 'Sign out everywhere'}
          </Button>
        </Group>
      )}
      {confirm && (
        <Modal
          opened
          onClose={() => setConfirm(null)}
          title={
            confirm === 'others'
              ? own
                ? 'Sign out everywhere else?'
                : `Sign ${name ?? 'them'} out everywhere?`
              : `Sign out ${describeAgent(confirm.userAgent).label}?`
          }
        >
          <Stack gap="sm">
            <Text size="sm">
              {confirm === 'others'
                ? `Every other browser using ${whose} account is signed out at once; open pages stop updating within seconds.`
                : 'That browser is signed out at once; its open pages stop updating within seconds.'}
            </Text>
            <InlineError error={end.error} />
            <Group justify="flex-end">
              <Button variant="default" size="sm" onClick={() => setConfirm(null)} data-autofocus>
                Cancel
              </Button>
              <Button color="red.9" size="sm" loading={end.isPending} onClick={() => end.mutate(confirm)}>
                Sign out
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}

/** The account page's section. */
export function Sessions() {
  return (
    <Stack gap="sm">
      <Title order={2}>Where you are signed in</Title>
      <Text size="sm" c="dimmed">
        Browsers signed in to your account. Sign out any you do not recognise, then change your password.
      </Text>
      <SessionList who="me" />
    </Stack>
  );
}
