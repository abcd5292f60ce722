import { ActionIcon, Badge, Button, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { ApiError } from '../../api/client.ts';
import { type Subscriber, send, statusKeys, useStatusWrite, useSubscribers } from '../../api/statusPage.ts';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { Time } from '../../components/Time.tsx';

/** A webhook receiver that kept failing is off: why, and turning it on again. */
function TurnedOff({ s }: { s: Subscriber }) {
  const on = useStatusWrite(
    () => send('PATCH', `/status-page/subscribers/${encodeURIComponent(s.id)}`, { enabled: true }),
    statusKeys.subscribers,
  );
  return (
    <Stack gap={4} align="flex-start">
      <Badge variant="light" color="red">
        Turned off
      </Badge>
      {s.disabledReason && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {s.disabledReason}
          {s.disabledAt ? (
            <>
              {' '}
              · <Time iso={s.disabledAt} />
            </>
          ) : null}
        </Text>
      )}
      <Button
        size="compact-xs"
        variant="default"
        leftSection={<IconPlayerPlay size={12} />}
        loading={on.isPending}
        onClick={() => on.mutate(undefined)}
      >
        Turn on again
      </Button>
      <InlineError error={on.error} />
    </Stack>
  );
}

function Row({ s }: { s: Subscriber }) {
  const remove = useStatusWrite(() => send('DELETE', `/status-page/subscribers/${encodeURIComponent(s.id)}`), statusKeys.subscribers);
  return (
    <Table.Tr>
      <Table.Td style={{ wordBreak: 'break-all' }}>{s.address}</Table.Td>
      <Table.Td>{s.kind === 'webhook' ? 'Webhook' : 'E-mail'}</Table.Td>
      <Table.Td>
        {!s.enabled ? (
          <TurnedOff s={s} />
        ) : s.confirmed ? (
          <Stack gap={2} align="flex-start">
            <Badge variant="light" color="green">
              Confirmed
            </Badge>
            {s.failuresInARow > 0 && (
              <Text size="xs" c="orange.8">
                {s.failuresInARow} {s.failuresInARow === 1 ? 'delivery' : 'deliveries'} given up in a row
              </Text>
            )}
          </Stack>
        ) : (
          <Badge variant="light" color="gray">
            Waiting for confirmation
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{s.components?.length ? `${s.components.length} component${s.components.length === 1 ? '' : 's'}` : 'Everything'}</Table.Td>
      <Table.Td>
        <Time iso={s.createdAt} />
      </Table.Td>
      <Table.Td>
        <Tooltip label="Remove">
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove subscriber ${s.address}`}
            loading={remove.isPending}
            onClick={() => window.confirm(`Stop sending status updates to ${s.address}?`) && remove.mutate(undefined)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
        <InlineError error={remove.error} />
      </Table.Td>
    </Table.Tr>
  );
}

/** Who gets the status page's updates by e-mail or webhook; an admin can remove any of them. */
export function StatusSubscribers() {
  const subs = useSubscribers();
  // The subscriber routes come with the public page's branch; until they exist there is nothing to list.
  if (subs.error instanceof ApiError && subs.error.status === 404) return null;
  return (
    <Paper p="md" withBorder component="section" aria-labelledby="status-subscribers">
      <Title order={2} size="h4" id="status-subscribers" mb={4}>
        Subscribers{subs.data ? ` (${subs.data.count.total})` : ''}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        People and systems that asked for updates on the public page. They confirm by e-mail and can unsubscribe with one click. A webhook
        whose receiver fails three deliveries in a row (five attempts each) is turned off, and admins are told by e-mail.
      </Text>
      {subs.isPending ? (
        <PageSkeleton rows={2} />
      ) : subs.error ? (
        <ErrorNote error={subs.error} onRetry={() => subs.refetch()} />
      ) : subs.data.data.length === 0 ? (
        <Text size="sm">No one has subscribed yet.</Text>
      ) : (
        <>
          <Text size="sm" mb="xs">
            {subs.data.count.confirmed} confirmed, {subs.data.count.total - subs.data.count.confirmed} waiting for confirmation
            {subs.data.data.some((x) => !x.enabled) ? `, ${subs.data.data.filter((x) => !x.enabled).length} turned off` : ''}
            {subs.data.count.total > subs.data.data.length ? ` · the newest ${subs.data.data.length} are listed` : ''}.
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={6} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Address</Table.Th>
                  <Table.Th>By</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th>Follows</Table.Th>
                  <Table.Th>Since</Table.Th>
                  <Table.Th>
                    <span className="fb-sr-only">Remove</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {subs.data.data.map((s) => (
                  <Row key={s.id} s={s} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Paper>
  );
}
