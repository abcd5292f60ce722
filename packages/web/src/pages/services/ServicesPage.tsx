import { Anchor, Button, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch, IconServer } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useServices } from '../../api/queries.ts';
import { canWork, useUser } from '../../app/session.ts';
import { CriticalityBadge } from '../../components/CriticalityBadge.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { ServiceForm } from './ServiceForm.tsx';

const RANK = { critical: 0, high: 1, medium: 2, low: 3 };

/** The service catalog: what we run, who owns it, how critical it is. */
export function ServicesPage() {
  const user = useUser();
  const services = useServices();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const list = (services.data ?? [])
    .filter((s) => !q || `${s.name} ${s.description} ${s.ownerTeam?.name ?? ''}`.toLowerCase().includes(q.toLowerCase()))
    .sort((a, b) => RANK[a.criticality] - RANK[b.criticality] || a.name.localeCompare(b.name));
  return (
    <>
      <PageHeader
        title="Services"
        subtitle="The catalog: owners get added to incidents on their services."
        action={
          canWork(user) && (
            <Button ref={addButton} leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
              Add service
            </Button>
          )
        }
      />
      {services.isPending ? (
        <PageSkeleton rows={5} />
      ) : services.error ? (
        <div style={{ padding: 16 }}>
          <ErrorNote error={services.error} onRetry={() => services.refetch()} />
        </div>
      ) : services.data.length === 0 ? (
        <EmptyState
          icon={<IconServer size={28} />}
          title="No services yet"
          action={canWork(user) ? <Button onClick={() => setAdding(true)}>Add the first service</Button> : undefined}
        >
          Add the services you run, so incidents can name what is broken and reach the owning team.
        </EmptyState>
      ) : (
        <div style={{ padding: '12px 16px' }}>
          <TextInput
            aria-label="Filter services"
            placeholder="Filter by name, team or description"
            leftSection={<IconSearch size={14} />}
            size="xs"
            w={{ base: '100%', sm: 320 }}
            mb="sm"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
          <Table.ScrollContainer minWidth={0}>
            <Table verticalSpacing={6} highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Service</Table.Th>
                  <Table.Th>Criticality</Table.Th>
                  <Table.Th visibleFrom="sm">Owner team</Table.Th>
                  <Table.Th visibleFrom="md">Description</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/services/${encodeURIComponent(s.name)}`} fw={600} size="sm">
                        {s.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <CriticalityBadge value={s.criticality} />
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="sm">
                        {s.ownerTeam?.name ?? (
                          <Text span c="dimmed" size="sm">
                            No owner
                          </Text>
                        )}
                      </Text>
                    </Table.Td>
                    <Table.Td visibleFrom="md">
                      <Text size="sm" c="dimmed" lineClamp={1}>
                        {s.description}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.length === 0 && (
            <Text size="sm" c="dimmed" p="sm">
              No service matches “{q}”.
            </Text>
          )}
        </div>
      )}
      {adding && (
        <ServiceForm
          onClose={(saved) => {
            setAdding(false);
            if (saved) navigate(`/services/${encodeURIComponent(saved.name)}`);
            else requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      )}
    </>
  );
}
