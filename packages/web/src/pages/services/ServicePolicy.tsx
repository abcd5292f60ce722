import { Anchor, Group, Select, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { invalidatePaging, setServicePolicy, usePolicies } from '../../api/paging.ts';
import { InlineError } from '../../components/ErrorNote.tsx';

/** Which escalation policy pages for this service; people who may edit the service choose it here. */
export function ServicePolicy({ serviceId, serviceName, editable }: { serviceId: string; serviceName: string; editable: boolean }) {
  const q = usePolicies();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  if (q.error) return <InlineError error={q.error} />;
  if (!q.data) return null;
  const current = q.data.find((p) => p.services.some((s) => s.id === serviceId)) ?? null;
  const change = async (v: string | null) => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await setServicePolicy(serviceId, v);
      invalidatePaging(qc);
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  if (!editable)
    return (
      <Text size="sm" c="dimmed">
        Escalation policy:{' '}
        {current ? (
          <Anchor component={Link} to={`/oncall/policies/${encodeURIComponent(current.id)}`} size="sm">
            {current.name}
          </Anchor>
        ) : (
          'none (alerts on this service page nobody)'
        )}
      </Text>
    );
  return (
    <div>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label="Escalation policy"
          description={current ? undefined : `Alerts on ${serviceName} page nobody until a policy is chosen`}
          placeholder="None"
          clearable
          allowDeselect
          w={{ base: '100%', sm: 280 }}
          data={q.data.map((p) => ({ value: p.id, label: p.name }))}
          value={current?.id ?? null}
          onChange={change}
          disabled={busy}
          nothingFoundMessage="No policies yet"
        />
        {current && (
          <Anchor component={Link} to={`/oncall/policies/${encodeURIComponent(current.id)}`} size="sm" mb={8}>
            Open {current.name}
          </Anchor>
        )}
        {q.data.length === 0 && (
          <Anchor component={Link} to="/oncall/policies/new" size="sm" mb={8}>
            Create a policy
          </Anchor>
        )}
      </Group>
      {saved && (
        <Text size="xs" role="status" mt={2}>
          Saved.
        </Text>
      )}
      <InlineError error={error} />
    </div>
  );
}
