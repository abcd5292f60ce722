import { Anchor, Button, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconStairsUp } from '@tabler/icons-react';
import { Link } from 'react-router';
import { usePolicies } from '../../api/paging.ts';
import { canWork, useUser } from '../../app/session.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { OnCallNav } from './OnCallNav.tsx';

/** Escalation policies: who is paged first, who next and after how long, and which services use each. */
export function PoliciesPage() {
  const user = useUser();
  const q = usePolicies();
  const add = canWork(user) && (
    <Button component={Link} to="/oncall/policies/new" leftSection={<IconPlus size={14} />}>
      New policy
    </Button>
  );
  return (
    <>
      <PageHeader title="Escalation policies" subtitle="Who is paged first, who next, and after how long." action={add} />
      <OnCallNav />
      {q.isPending ? (
        <PageSkeleton rows={4} />
      ) : q.error ? (
        <div style={{ padding: 16 }}>
          <ErrorNote error={q.error} onRetry={() => q.refetch()} />
        </div>
      ) : q.data.length === 0 ? (
        <EmptyState
          icon={<IconStairsUp size={28} />}
          title="No escalation policies yet"
          action={
            canWork(user) ? (
              <Button component={Link} to="/oncall/policies/new">
                Create the first policy
              </Button>
            ) : undefined
          }
        >
          A policy pages a schedule's on-call first and, if nobody acknowledges, the next step after a delay.
        </EmptyState>
      ) : (
        <div style={{ padding: '12px 16px' }}>
          <Table.ScrollContainer minWidth={0}>
            <Table verticalSpacing={6} highlightOnHover aria-label="Escalation policies">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Policy</Table.Th>
                  <Table.Th>First step</Table.Th>
                  <Table.Th visibleFrom="sm">Services</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/oncall/policies/${encodeURIComponent(p.id)}`} fw={600} size="sm">
                        {p.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {p.steps.length} {p.steps.length === 1 ? 'step' : 'steps'}
                        {p.repeat ? `, repeats ${p.repeat}×` : ''}
                      </Text>
                      {p.warnings.length > 0 && (
                        <Text size="xs" className="fb-inline-error">
                          <IconAlertTriangle size={12} aria-hidden style={{ verticalAlign: -2 }} /> {p.warnings[0].message}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{p.steps[0]?.targets.map((t) => t.name ?? 'a removed target').join(', ') || '—'}</Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="sm">{p.services.map((s) => s.name).join(', ') || '—'}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      )}
    </>
  );
}
